using System.Text.Json.Nodes;
using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.Tests.Carport;

/// <summary>spec/carport.md, "Byggeret tests" (row 8), each at its boundary.</summary>
public sealed class ByggeretTests
{
    /// <summary>The spec's exempt carport (detached, 800 m² plot, T = 30 m², d = 0.8 m, h = 2.3 m) changed.</summary>
    private static async Task<Assessment> Assess(Action<JsonObject> change) =>
        await TestEngine.Shared.AssessAsync(Samples.Carport(change));

    private static async Task AssertPasses(Action<JsonObject> change)
    {
        var assessment = await Assess(change);
        Assert.Equal(Outcome.Exempt, assessment.Outcome);
    }

    private static async Task AssertFails(Action<JsonObject> change, string code)
    {
        var assessment = await Assess(change);
        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("building", assessment.Queue);
        Assert.Contains(assessment.Reasons, r => r.Code == code);
    }

    [Fact]
    public Task Height_near_the_boundary_of_exactly_2_5_m_passes() => AssertPasses(d => d["heightM"] = 2.5m);

    [Fact]
    public Task Height_near_the_boundary_above_2_5_m_fails() => AssertFails(d => d["heightM"] = 2.51m, "carport.height-near-boundary");

    [Fact]
    public Task A_distance_of_exactly_2_5_m_is_outside_the_near_band() =>
        AssertPasses(d => { d["distanceToBoundaryM"] = 2.5m; d["heightM"] = 3.0m; });

    [Fact]
    public Task Just_inside_the_near_band_the_2_5_m_height_limit_applies() =>
        AssertFails(d => { d["distanceToBoundaryM"] = 2.49m; d["heightM"] = 3.0m; }, "carport.height-near-boundary");

    [Fact]
    public Task Holiday_homes_have_a_5_m_near_band() =>
        AssertFails(d => Holiday(d, distance: 4.99m, height: 2.6m), "carport.height-near-boundary");

    [Fact]
    public Task Holiday_homes_at_exactly_5_m_are_outside_the_near_band() =>
        AssertPasses(d => Holiday(d, distance: 5.0m, height: 2.6m));

    [Fact]
    public Task Length_facing_the_boundary_of_exactly_12_m_passes() => AssertPasses(d => d["lengthFacingBoundaryM"] = 12.0m);

    [Fact]
    public Task Length_facing_the_boundary_above_12_m_fails() =>
        AssertFails(d => d["lengthFacingBoundaryM"] = 12.01m, "carport.length-facing-boundary");

    [Fact]
    public Task Length_facing_the_boundary_does_not_matter_outside_the_near_band() =>
        AssertPasses(d => { d["distanceToBoundaryM"] = 3m; d["lengthFacingBoundaryM"] = 30m; });

    [Fact]
    public Task Openings_toward_the_boundary_in_the_near_band_fail() =>
        AssertFails(d => d["openingsTowardBoundary"] = true, "carport.openings-toward-boundary");

    [Fact]
    public Task Openings_toward_the_boundary_outside_the_near_band_pass() =>
        AssertPasses(d => { d["distanceToBoundaryM"] = 3m; d["openingsTowardBoundary"] = true; });

    [Fact]
    public Task Height_envelope_of_exactly_1_4_times_the_distance_passes() =>
        AssertPasses(d => { d["distanceToBoundaryM"] = 3m; d["heightM"] = 4.2m; });

    [Fact]
    public Task Height_envelope_exceeded_fails() =>
        AssertFails(d => { d["distanceToBoundaryM"] = 3m; d["heightM"] = 4.21m; }, "carport.height-envelope");

    [Fact]
    public Task Maximum_height_of_exactly_8_5_m_passes() =>
        AssertPasses(d => { d["distanceToBoundaryM"] = 10m; d["heightM"] = 8.5m; });

    [Fact]
    public Task Maximum_height_above_8_5_m_fails() =>
        AssertFails(d => { d["distanceToBoundaryM"] = 10m; d["heightM"] = 8.51m; }, "carport.max-height");

    [Fact]
    public Task Holiday_homes_may_be_at_most_5_m_high() =>
        AssertFails(d => Holiday(d, distance: 10m, height: 5.01m), "carport.max-height");

    [Fact]
    public Task Holiday_homes_of_exactly_5_m_pass() => AssertPasses(d => Holiday(d, distance: 10m, height: 5.0m));

    [Theory]
    [InlineData("detached", 0.30, 50)]
    [InlineData("terraced", 0.40, 20)]
    [InlineData("holiday", 0.15, 50)]
    [InlineData("flats", 0.60, 20)]
    [InlineData("other", 0.45, 0)]
    public async Task Plot_ratio_at_its_limit_passes_and_just_above_it_fails(string propertyType, double limit, int deduction)
    {
        // T = 30 m²; plot 1,000 m²; the floor area that puts the ratio exactly at the limit.
        var counted = Math.Max(0, 30 - deduction);
        var atLimit = (decimal)limit * 1000m - counted;

        var passing = await Assess(d => PlotRatio(d, propertyType, atLimit));
        var failing = await Assess(d => PlotRatio(d, propertyType, atLimit + 0.01m));

        Assert.Equal(Outcome.Exempt, passing.Outcome);
        Assert.Equal((decimal)limit, passing.Facts!["plotRatio"]);
        Assert.Equal(Outcome.Manual, failing.Outcome);
        Assert.Contains(failing.Reasons, r => r.Code == "carport.plot-ratio");
    }

    [Theory]
    [InlineData("broof-t2", 0.5, true)]
    [InlineData("transparent", 0.5, true)]
    [InlineData("fire-protected-thatch", 5.0, true)]
    [InlineData("fire-protected-thatch", 4.99, false)]
    [InlineData("thatch", 10.0, true)]
    [InlineData("thatch", 9.99, false)]
    [InlineData("other", 10.0, true)]
    [InlineData("other", 9.99, false)]
    public async Task Fire_distance_depends_on_the_roofing(string roofing, double distance, bool passes)
    {
        // Far from the boundary the envelope allows the 2.3 m carport; near it, the near-band tests hold.
        var assessment = await Assess(d => { d["roofing"] = roofing; d["distanceToBoundaryM"] = (decimal)distance; });

        Assert.Equal(passes, assessment.Outcome == Outcome.Exempt);
        Assert.Equal(!passes, assessment.Reasons.Any(r => r.Code == "carport.fire-distance"));
    }

    private static void Holiday(JsonObject d, decimal distance, decimal height)
    {
        d["propertyType"] = "holiday";
        d["plotAreaM2"] = 2000;
        d["distanceToBoundaryM"] = distance;
        d["heightM"] = height;
    }

    private static void PlotRatio(JsonObject d, string propertyType, decimal floorArea)
    {
        d["propertyType"] = propertyType;
        d["plotAreaM2"] = 1000;
        d["existingFloorAreaM2"] = floorArea;
        d["distanceToBoundaryM"] = 10m;
    }
}
