using System.Text.Json.Nodes;
using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.Tests.Carport;

/// <summary>spec/carport.md, "Table": every row, in order, with the first matching row deciding.</summary>
public sealed class CarportTableTests
{
    private static Task<Assessment> Assess(Action<JsonObject> change) => TestEngine.Shared.AssessAsync(Samples.Carport(change));

    private static async Task AssertManual(Action<JsonObject> change, string code)
    {
        var assessment = await Assess(change);
        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("building", assessment.Queue);
        Assert.False(assessment.Automated);
        Assert.Contains(assessment.Reasons, r => r.Code == code);
        Assert.Equal("carport", assessment.RuleSet?.Id);
    }

    [Fact]
    public async Task Row1_a_citizen_who_asks_for_a_person_gets_a_building_caseworker()
    {
        var application = Samples.Carport();
        application["requestHumanReview"] = true;

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("building", assessment.Queue);
        Assert.Equal("carport.human-review", assessment.Reasons[0].Code);
        Assert.Equal("GDPR art. 22, stk. 3", assessment.Reasons[0].LegalBasis);
        Assert.False(assessment.Triage.Automatable);
        Assert.Equal(Triage.RefusedBy.Policy, assessment.Triage.RefusedBy);
    }

    [Theory]
    [InlineData("annex")]
    [InlineData("dwelling")]
    public Task Row2_an_annex_or_dwelling_is_not_a_carport(string use) =>
        AssertManual(d => d["use"] = use, "carport.use-not-secondary");

    [Fact]
    public Task Row3_integrated_with_the_main_building() =>
        AssertManual(d => d["integratedWithMainBuilding"] = true, "carport.integrated");

    [Theory]
    [InlineData("protectedArea")]
    [InlineData("listedBuilding")]
    public Task Row4_protected_area_or_listed_building(string field) =>
        AssertManual(d => d[field] = true, "carport.protected");

    [Fact]
    public Task Row5_rural_zone_above_50_m2_in_all() =>
        AssertManual(d => { d["zone"] = "rural"; d["areaM2"] = 44.01m; }, "carport.rural-zone");

    [Fact]
    public async Task Row5_rural_zone_at_exactly_50_m2_is_exempt()
    {
        var assessment = await Assess(d => { d["zone"] = "rural"; d["areaM2"] = 44; });
        Assert.Equal(Outcome.Exempt, assessment.Outcome);
    }

    [Fact]
    public Task Row6_a_local_plan_applies() =>
        AssertManual(d => d["localPlanApplies"] = true, "carport.local-plan");

    [Fact]
    public Task Row7_not_on_terrain() =>
        AssertManual(d => d["onTerrain"] = false, "carport.not-on-terrain");

    [Fact]
    public async Task Rows2to8_every_problem_is_reported_but_the_first_row_decides()
    {
        var assessment = await Assess(d =>
        {
            d["use"] = "annex";
            d["integratedWithMainBuilding"] = true;
            d["listedBuilding"] = true;
            d["localPlanApplies"] = true;
            d["onTerrain"] = false;
            d["heightM"] = 2.9;
            d["roofing"] = "thatch";
        });

        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal(
            ["carport.use-not-secondary", "carport.integrated", "carport.protected", "carport.local-plan",
             "carport.not-on-terrain", "carport.height-near-boundary", "carport.fire-distance"],
            assessment.Reasons.Select(r => r.Code));
    }

    [Fact]
    public async Task Row9_at_most_50_m2_in_all_is_exempt_with_the_reminders()
    {
        var assessment = await Assess(_ => { });

        Assert.Equal(Outcome.Exempt, assessment.Outcome);
        Assert.True(assessment.Automated);
        Assert.Null(assessment.Queue);
        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal("carport.exempt", reason.Code);
        Assert.Equal("BR18 § 5, stk. 1, nr. 1", reason.LegalBasis);
        Assert.Contains("30 m²", reason.Message.En);
        Assert.Contains("BBR", reason.Message.En);
        Assert.Contains("servitutter", reason.Message.Da);
        Assert.Null(assessment.Appeal);
    }

    [Fact]
    public async Task Row9_decimal_areas_that_sum_to_exactly_50_are_exempt()
    {
        var assessment = await Assess(d => { d["existingSecondaryAreaM2"] = 29.95m; d["areaM2"] = 20.05m; });

        Assert.Equal(Outcome.Exempt, assessment.Outcome);
        Assert.Equal(50m, assessment.Facts!["T"]);
    }

    [Fact]
    public async Task Row10_above_50_m2_without_structural_documentation_needs_it()
    {
        var assessment = await Assess(d => { d["existingSecondaryAreaM2"] = 26.01m; d["areaM2"] = 24; });

        Assert.Equal(Outcome.NeedsInfo, assessment.Outcome);
        Assert.True(assessment.Automated);
        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal("carport.structural-documentation-missing", reason.Code);
        Assert.Equal("BR18 § 6", reason.LegalBasis);
        Assert.Contains("structural documentation", reason.Message.En);
    }

    [Fact]
    public async Task Row11_above_50_m2_with_documentation_and_every_test_passing_is_approved_with_its_facts()
    {
        var assessment = await TestEngine.Shared.AssessAsync(Samples.Application("carport-approved"));

        Assert.Equal(Outcome.Approved, assessment.Outcome);
        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal("BR18 § 168", reason.LegalBasis);
        Assert.Contains("60 m²", reason.Message.En);
        Assert.Contains("3.2 m", reason.Message.En);
        Assert.Contains("4 m", reason.Message.En);
        Assert.Contains("0.178", reason.Message.En);
        Assert.Contains("0,178", reason.Message.Da);
        Assert.Equal("Byggeklageenheden", assessment.Appeal?.Body);
        Assert.Equal(4, assessment.Appeal?.Weeks);
    }
}
