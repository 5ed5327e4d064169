using System.Text.Json;
using AutoPermits.Engine.Applications;

namespace AutoPermits.Engine.Triage;

/// <summary>A piece of text the citizen wrote, with the JSON path of the field it came from.</summary>
/// <param name="Prose">Written in the citizen's own words (a description, free-form data), not a value of a typed form such as a car's make.</param>
public sealed record FreeText(string Field, string Text, bool Prose)
{
    /// <summary>The description and every text inside <c>data</c> (make, model, variant, free-form fields …).</summary>
    public static List<FreeText> In(Application application)
    {
        var texts = new List<FreeText>();
        if (application.Description.Length > 0) texts.Add(new FreeText("description", application.Description, Prose: true));
        Collect(application.Data, "data", texts, includeKeys: application.Form is null);
        return texts;
    }

    private static void Collect(JsonElement element, string path, List<FreeText> texts, bool includeKeys)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                texts.Add(new FreeText(path, element.GetString()!, Prose: includeKeys));
                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    // Numbers and booleans hold no text: their paths are not built, as most of a typed form's values are such.
                    var holdsText = property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Object or JsonValueKind.Array;
                    if (!includeKeys && !holdsText) continue;
                    var propertyPath = $"{path}.{property.Name}";
                    // Free-form data may say as much in its keys ("wheelchair": true) as in its values;
                    // a typed form's keys are fixed by its data model and say nothing of the citizen.
                    if (includeKeys) texts.Add(new FreeText(propertyPath, property.Name, Prose: true));
                    Collect(property.Value, propertyPath, texts, includeKeys);
                }
                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray()) Collect(item, $"{path}[{index++}]", texts, includeKeys);
                break;
        }
    }
}
