using System.Globalization;
using System.Text.RegularExpressions;

namespace AutoPermits.Engine.RuleSets;

/// <summary>
/// A citizen text with placeholders for the facts a rule set computed: <c>{T}</c> or <c>{valueDkk:N0}</c>.
/// Numbers are written the way the reader's language writes them.
/// </summary>
public static partial class MessageTemplate
{
    private static readonly CultureInfo Danish = CultureInfo.GetCultureInfo("da-DK");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public static CultureInfo CultureOf(string language) => language == "da" ? Danish : English;

    public static IEnumerable<string> Placeholders(string template) =>
        Placeholder().Matches(template).Select(m => m.Groups["name"].Value);

    public static string Render(string template, IReadOnlyDictionary<string, object> facts, string language)
    {
        var culture = CultureOf(language);
        return Placeholder().Replace(template, match =>
        {
            var name = match.Groups["name"].Value;
            var format = match.Groups["format"].Success ? match.Groups["format"].Value : null;
            return facts.TryGetValue(name, out var value) ? Format(value, format, culture) : match.Value;
        });
    }

    private static string Format(object value, string? format, CultureInfo culture) => value switch
    {
        decimal d => d.ToString(format ?? "#,##0.###", culture),
        int i => i.ToString(format ?? "#,##0", culture),
        DateOnly date => date.ToString(format ?? "yyyy-MM-dd", culture),
        IFormattable formattable => formattable.ToString(format, culture),
        _ => value.ToString() ?? string.Empty,
    };

    [GeneratedRegex(@"\{(?<name>[A-Za-z_][A-Za-z0-9_]*)(?::(?<format>[^}]+))?\}")]
    private static partial Regex Placeholder();
}
