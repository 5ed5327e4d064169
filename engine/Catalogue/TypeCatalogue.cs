using System.Text.Json;
using System.Text.Json.Serialization;
using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.Catalogue;

/// <summary>The application types the municipality knows, read from <c>rules/types.json</c>.</summary>
public sealed class TypeCatalogue
{
    private readonly Dictionary<string, ApplicationType> _types;

    public TypeCatalogue(IEnumerable<ApplicationType> types)
    {
        _types = types.ToDictionary(t => t.Name, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Names => _types.Keys;

    public IEnumerable<ApplicationType> Types => _types.Values;

    public bool TryGet(string name, out ApplicationType type) => _types.TryGetValue(name, out type!);

    public static TypeCatalogue Load(string path)
    {
        var document = JsonSerializer.Deserialize<CatalogueDocument>(File.ReadAllBytes(path), Json)
            ?? throw new InvalidDataException($"{path} is empty.");
        return new TypeCatalogue(document.Types.Select(pair =>
            new ApplicationType(pair.Key, pair.Value.Kind, pair.Value.Queue, pair.Value.RuleSet, pair.Value.Form,
                pair.Value.Appeal is { } a ? new AppealGuidance(a.Body, a.Weeks, a.Months, new LocalizedText(a.Message.Da, a.Message.En)) : null)));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        RespectRequiredConstructorParameters = true,
    };

    private sealed record CatalogueDocument(Dictionary<string, TypeEntry> Types);

    private sealed record TypeEntry(TypeKind Kind, string Queue, string? RuleSet = null, string? Form = null, AppealEntry? Appeal = null);

    private sealed record AppealEntry(string Body, MessageEntry Message, int? Weeks = null, int? Months = null);

    private sealed record MessageEntry(string Da, string En);
}
