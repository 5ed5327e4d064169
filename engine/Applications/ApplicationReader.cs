using System.Text;
using System.Text.Json;
using AutoPermits.Engine.Applications.Validation;
using AutoPermits.Engine.Catalogue;
using FluentValidation;

namespace AutoPermits.Engine.Applications;

/// <summary>The outcome of reading an application: either a valid application or every problem with it.</summary>
public sealed record ApplicationRead(Application? Application, FieldErrors Errors)
{
    public bool IsValid => Application is not null;
}

/// <summary>
/// Reads an application from the JSON a citizen sent (spec/contract.md, "An application") and validates it
/// completely: malformed JSON, wrong JSON types, unknown types, missing fields and out-of-range values are
/// all reported at once, with the JSON path of each field.
/// </summary>
public sealed class ApplicationReader(TypeCatalogue catalogue)
{
    public const int MaxDescriptionLength = 4_000;
    public const int MaxFreeFormDataBytes = 32 * 1024;

    private static readonly ApplicantValidator ApplicantRules = new();

    // A field given twice would be read one way here and another way by whoever reads the stored input later.
    public static readonly JsonDocumentOptions Strict = new() { AllowDuplicateProperties = false };

    public ApplicationRead Read(ReadOnlyMemory<byte> utf8Json, DateOnly today)
    {
        var errors = new FieldErrors();
        JsonDocument document;
        try
        {
            // A byte-order mark is legal at the start of a UTF-8 body, but not in JSON text.
            document = JsonDocument.Parse(utf8Json.Span.StartsWith("\uFEFF"u8) ? utf8Json[3..] : utf8Json, Strict);
        }
        catch (JsonException e)
        {
            // The parser's message may quote the body; only the position is reported.
            errors.Add("$", $"is not valid JSON, or names a field twice (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})");
            return new ApplicationRead(null, errors);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add("$", "must be a JSON object describing one application");
                return new ApplicationRead(null, errors);
            }
            var application = ReadEnvelope(root, today, errors);
            return new ApplicationRead(errors.IsEmpty ? application : null, errors);
        }
    }

    private Application? ReadEnvelope(JsonElement root, DateOnly today, FieldErrors errors)
    {
        var typeName = Field<string>(root, "type", errors, required: true);
        ApplicationType? type = null;
        if (typeName is not null && !catalogue.TryGet(typeName, out type))
        {
            errors.Add("type", $"is not a known application type; known types: {string.Join(", ", catalogue.Names)}");
        }

        // A block is validated even when one of its fields cannot be read, so every bad field is named at once.
        var applicant = root.TryGetProperty("applicant", out var applicantJson) && applicantJson.ValueKind != JsonValueKind.Null
            ? (Applicant?)FormBinder.Bind(applicantJson, typeof(Applicant), "applicant", errors)
            : null;
        if (applicant is not null) Validate(ApplicantRules, applicant, "applicant", today, errors);

        var description = Field<string>(root, "description", errors) ?? string.Empty;
        if (description.Length > MaxDescriptionLength)
        {
            errors.Add("description", $"must be at most {MaxDescriptionLength:D} characters");
        }

        var requestHumanReview = Field<bool?>(root, "requestHumanReview", errors) ?? false;
        var consents = Field<Consents>(root, "consents", errors) ?? new Consents();

        object? form = null;
        JsonElement data = default;
        if (!root.TryGetProperty("data", out data) || data.ValueKind == JsonValueKind.Null)
        {
            errors.Add("data", "is required");
        }
        else if (data.ValueKind != JsonValueKind.Object)
        {
            errors.Add("data", "must be an object");
        }
        else if (type is not null)
        {
            form = ReadData(type, data, today, errors);
        }

        if (!errors.IsEmpty) return null;
        return new Application(typeName!, applicant, description, requestHumanReview, consents, data.Clone(), form);
    }

    private static object? ReadData(ApplicationType type, JsonElement data, DateOnly today, FieldErrors errors)
    {
        if (type.Form is null)
        {
            if (Encoding.UTF8.GetByteCount(data.GetRawText()) > MaxFreeFormDataBytes)
            {
                errors.Add("data", $"must be at most {MaxFreeFormDataBytes / 1024:D} KiB");
            }
            return null;
        }

        var form = Form.Known[type.Form];
        var bound = FormBinder.Bind(data, form.DataType, "data", errors)!;
        Validate(form.Validator, bound, "data", today, errors);
        return bound;
    }

    private static T? Field<T>(JsonElement root, string name, FieldErrors errors, bool required = false)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required) errors.Add(name, "is required");
            return default;
        }
        var problemsBefore = errors.Count;
        var bound = (T?)FormBinder.Bind(value, typeof(T), name, errors);
        return errors.Count == problemsBefore ? bound : default;
    }

    private static void Validate(IValidator validator, object instance, string prefix, DateOnly today, FieldErrors errors)
    {
        // A field that could not be read already has its error; its stand-in value is not judged again.
        var unreadable = errors.Paths.ToArray();
        var context = new ValidationContext<object>(instance);
        context.RootContextData[Today.Key] = today;
        foreach (var failure in validator.Validate(context).Errors)
        {
            var path = JsonPath(prefix, failure.PropertyName);
            if (!unreadable.Any(p => path == p || path.StartsWith(p + ".", StringComparison.Ordinal) || path.StartsWith(p + "[", StringComparison.Ordinal)))
            {
                errors.Add(path, failure.ErrorMessage);
            }
        }
    }

    /// <summary><c>Comparables[2].PriceDkk</c> under <c>data</c> becomes <c>data.comparables[2].priceDkk</c>.</summary>
    private static string JsonPath(string prefix, string propertyName) =>
        string.Join('.', new[] { prefix }.Concat(propertyName.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName)));
}
