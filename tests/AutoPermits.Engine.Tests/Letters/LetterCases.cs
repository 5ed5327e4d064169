using System.Text.Json.Nodes;
using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Cases;
using AutoPermits.Engine.Letters;

namespace AutoPermits.Engine.Tests.Letters;

/// <summary>Letters for the spec's worked examples, assessed by the real rule sets, and for people's decisions.</summary>
internal static class LetterCases
{
    public static readonly Guid CaseId = Guid.Parse("3f2a9c1e-7b4d-4e21-9a0c-5d8e6f1b2a34");

    public static readonly AppealGuidance BuildingAppeal = new("Byggeklageenheden", Weeks: 4, Months: null, new LocalizedText(
        "Du kan klage over afgørelsen til Byggeklageenheden inden 4 uger.",
        "You can appeal the decision to Byggeklageenheden within 4 weeks."));

    public static readonly AppealGuidance VehicleAppeal = new("Motorankenævnet", Weeks: null, Months: 3, new LocalizedText(
        "Du kan klage over værdiansættelsen til Motorankenævnet inden 3 måneder.",
        "You can appeal the valuation to Motorankenævnet within 3 months."));

    public static Task<LetterInput> ExemptCarport() =>
        Automated(Samples.Carport(), Outcome.Exempt, DecisionOutcome.Exempt, new DateOnly(2026, 11, 25));

    public static Task<LetterInput> ApprovedCarport() =>
        Automated(Samples.Application("carport-approved"), Outcome.Approved, DecisionOutcome.Approved, new DateOnly(2026, 11, 25));

    public static Task<LetterInput> ValuedCar(DateOnly decidedOn) =>
        Automated(Samples.Vehicle(), Outcome.Valued, DecisionOutcome.Valued, decidedOn);

    public static LetterInput PersonsRefusal(string caseworkerReason, AppealGuidance? appeal) => new(
        CaseId, "carport", "Bo Hansen", new DateOnly(2026, 12, 2), DecisionOutcome.Refused, null,
        [
            new Reason("carport.protection-line", "Naturbeskyttelsesloven § 15",
                new LocalizedText("Carporten ligger inden for strandbeskyttelseslinjen.", "The carport lies within the beach protection line.")),
            new Reason("carport.protection-line-dispensation", "Naturbeskyttelsesloven § 15",
                new LocalizedText("Der er ikke givet dispensation.", "No dispensation has been given.")),
        ],
        Facts: null, appeal, ByPerson: true, caseworkerReason, Overrode: false);

    /// <summary>The citizen asked for a person to look at the automatic valuation; the caseworker set it lower.</summary>
    public static async Task<LetterInput> OverriddenValuation()
    {
        var automated = await ValuedCar(new DateOnly(2026, 12, 14));
        return automated with
        {
            ValuationDkk = 145_000m,
            Reasons = [],
            ByPerson = true,
            CaseworkerReason = "Bilen har en dokumenteret skade på forskærmen, som annoncerne ikke afspejler.",
            Overrode = true,
        };
    }

    private static async Task<LetterInput> Automated(JsonObject application, Outcome expected, DecisionOutcome outcome, DateOnly decidedOn)
    {
        var assessment = await TestEngine.Shared.AssessAsync(application);
        Assert.Equal(expected, assessment.Outcome);
        return new LetterInput(CaseId, assessment.ApplicationType, "Anne Jensen", decidedOn, outcome, assessment.ValuationDkk,
            assessment.Reasons, assessment.Facts, assessment.Appeal, ByPerson: false, CaseworkerReason: null, Overrode: false);
    }

    public static IEnumerable<string> Paragraphs(this Letter letter) => letter.Sections.SelectMany(s => s.Paragraphs);

    public static string Text(this Letter letter) => string.Join("\n", letter.Paragraphs());

    public static string? Fact(this Letter letter, string label) => letter.Facts.SingleOrDefault(f => f.Label == label)?.Value;
}
