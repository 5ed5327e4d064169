using System.Text.Json;
using System.Text.RegularExpressions;

namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>JSON paths in the form the rule author sees them: <c>$.Rules[3].Properties.outcome</c>.</summary>
internal static partial class JsonPaths
{
    public const string Root = "$";

    public static string Child(string path, string name) =>
        PlainName().IsMatch(name) ? $"{path}.{name}" : $"{path}['{name.Replace("'", "\\'", StringComparison.Ordinal)}']";

    /// <summary>
    /// The path of a JSON pointer such as <c>/Rules/3/Expression</c>. The document decides whether a number is an
    /// array index or a property name, so <paramref name="document"/> is walked alongside.
    /// </summary>
    public static string FromPointer(string pointer, JsonElement document)
    {
        var path = Root;
        var at = (JsonElement?)document;
        foreach (var raw in pointer.Split('/').Skip(1))
        {
            var segment = raw.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (at is { ValueKind: JsonValueKind.Array } array && int.TryParse(segment, out var index))
            {
                path += $"[{index}]";
                at = index < array.GetArrayLength() ? array[index] : null;
            }
            else
            {
                path = Child(path, segment);
                at = at is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(segment, out var value) ? value : null;
            }
        }
        return path;
    }

    [GeneratedRegex(@"^[A-Za-z_$][A-Za-z0-9_$-]*$")]
    private static partial Regex PlainName();
}
