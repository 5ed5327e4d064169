using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace AutoPermits.Api.Tests.RuleSets;

/// <summary>Rule files as a rule author changes them: the checked-in carport rule set with one thing different.</summary>
public static class Drafts
{
    public static JsonObject Carport() => JsonNode.Parse(File.ReadAllText(Path.Combine(Checkout.Root, "rules", "carport.json")))!.AsObject();

    /// <summary>Version <paramref name="version"/> of the carport rules with the exemption limit lowered from 50 to 35 m².</summary>
    public static JsonObject CarportWithExemptionLimit(string version, string limit = "35m")
    {
        var draft = Carport();
        draft["Version"] = version;
        var parameter = draft["GlobalParams"]!.AsArray().Single(p => p!["Name"]!.GetValue<string>() == "exemptTotalAreaM2")!;
        parameter["Expression"] = limit;
        return draft;
    }

    public static async Task<HttpResponseMessage> Upload(this HttpClient author, JsonObject draft) =>
        await author.PostAsync("/api/rulesets", new StringContent(draft.ToJsonString(), Encoding.UTF8, "application/json"));

    public static async Task<HttpResponseMessage> Publish(this HttpClient author, string id, string version, DateOnly? effectiveFrom) =>
        await author.PostAsJsonAsync($"/api/rulesets/{id}/versions/{version}/publish", new { effectiveFrom });

    /// <summary>A carport of <paramref name="areaM2"/> m² beside 6 m² of other secondary buildings, documented.</summary>
    public static JsonObject CarportOf(int areaM2)
    {
        var application = Checkout.Application("carport-exempt");
        application["data"]!["existingSecondaryAreaM2"] = 6;
        application["data"]!["areaM2"] = areaM2;
        application["data"]!["structuralDocumentationAttached"] = true;
        return application;
    }
}
