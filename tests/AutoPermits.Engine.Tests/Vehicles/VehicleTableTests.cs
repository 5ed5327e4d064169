using System.Text.Json.Nodes;
using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.Tests.Vehicles;

/// <summary>spec/vehicle-valuation.md, "Table": every row, with the submission day 2026-11-25.</summary>
public sealed class VehicleTableTests
{
    private static Task<Assessment> Assess(Action<JsonObject> change) => TestEngine.Shared.AssessAsync(Samples.Vehicle(change));

    private static async Task AssertManual(Action<JsonObject> change, string code)
    {
        var assessment = await Assess(change);
        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("vehicles", assessment.Queue);
        Assert.Null(assessment.ValuationDkk);
        Assert.Contains(assessment.Reasons, r => r.Code == code);
    }

    [Fact]
    public async Task Row1_a_citizen_who_asks_for_a_person_gets_a_vehicle_caseworker()
    {
        var application = Samples.Vehicle();
        application["requestHumanReview"] = true;

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("vehicles", assessment.Queue);
        Assert.Equal("vehicle.human-review", assessment.Reasons[0].Code);
    }

    [Fact]
    public async Task Row2_an_inspection_report_of_exactly_28_days_is_accepted()
    {
        var assessment = await Assess(d => d["inspectionDate"] = "2026-10-28");
        Assert.Equal(Outcome.Valued, assessment.Outcome);
    }

    [Fact]
    public async Task Row2_an_inspection_report_of_29_days_needs_a_new_one()
    {
        var assessment = await Assess(d => d["inspectionDate"] = "2026-10-27");

        Assert.Equal(Outcome.NeedsInfo, assessment.Outcome);
        Assert.True(assessment.Automated);
        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal("Registreringsafgiftsloven § 10, stk. 3", reason.LegalBasis);
        Assert.Contains("29 days", reason.Message.En);
    }

    [Fact]
    public async Task Row3_a_vehicle_of_exactly_35_years_is_not_a_veteran()
    {
        var assessment = await Assess(d => RegisteredIn(d, "1991-11-25"));

        Assert.Equal(Outcome.Valued, assessment.Outcome);
        Assert.Equal(35, assessment.Facts!["ageYears"]);
    }

    [Fact]
    public async Task Row3_a_vehicle_one_day_short_of_36_years_is_still_35()
    {
        var assessment = await Assess(d => RegisteredIn(d, "1990-11-26"));

        Assert.Equal(Outcome.Valued, assessment.Outcome);
        Assert.Equal(35, assessment.Facts!["ageYears"]);
    }

    [Fact]
    public Task Row3_a_vehicle_of_36_years_is_valued_by_a_person() =>
        AssertManual(d => RegisteredIn(d, "1990-11-25"), "vehicle.veteran");

    [Theory]
    [InlineData("total-loss")]
    [InlineData("rebuilt")]
    public Task Row3_a_total_loss_or_rebuilt_vehicle_is_valued_by_a_person(string history) =>
        AssertManual(d => d["history"] = history, "vehicle.history");

    [Theory]
    [InlineData("bus")]
    [InlineData("motorhome")]
    public Task Row3_buses_and_motorhomes_are_valued_by_a_person(string category) =>
        AssertManual(d => d["category"] = category, "vehicle.category");

    [Theory]
    [InlineData("van")]
    [InlineData("motorcycle")]
    public async Task Row3_vans_and_motorcycles_are_valued_automatically(string category)
    {
        var assessment = await Assess(d => d["category"] = category);
        Assert.Equal(Outcome.Valued, assessment.Outcome);
    }

    [Fact]
    public Task Row3_an_export_is_valued_by_a_person() => AssertManual(d => d["purpose"] = "export", "vehicle.export");

    [Fact]
    public Task Row4_documented_damage_needs_an_individual_assessment() =>
        AssertManual(d => d["documentedDamageDkk"] = 0.01m, "vehicle.damage");

    [Fact]
    public async Task Row3_and_row4_are_both_reported()
    {
        var assessment = await Assess(d => { d["history"] = "rebuilt"; d["documentedDamageDkk"] = 5000; d["purpose"] = "export"; });

        Assert.Equal(["vehicle.history", "vehicle.export", "vehicle.damage"], assessment.Reasons.Select(r => r.Code));
    }

    [Fact]
    public Task Row5_fewer_than_3_eligible_ads_needs_a_person() =>
        AssertManual(d => { d["comparables"]!.AsArray().RemoveAt(0); d["comparables"]!.AsArray().RemoveAt(0); }, "vehicle.too-few-comparables");

    [Fact]
    public async Task Row5_exactly_3_eligible_ads_suffice()
    {
        var assessment = await Assess(d => d["comparables"] = Ads((150_000, 85_000, 2020, 10), (150_000, 85_000, 2021, 90), (150_000, 85_000, 2019, 0)));

        Assert.Equal(Outcome.Valued, assessment.Outcome);
        Assert.Equal(150_000m, assessment.ValuationDkk);
    }

    [Fact]
    public async Task Only_dealer_ads_within_a_model_year_and_90_days_count()
    {
        var assessment = await Assess(_ => { });

        Assert.Equal(4, assessment.Facts!["eligibleCount"]);
        Assert.Equal(
            ["used", "used", "used", "used", "not-a-dealer", "not-a-dealer", "listed-too-long", "model-year-too-far"],
            (string[])assessment.Facts["comparableVerdicts"]);
    }

    [Fact]
    public async Task Row6_the_mileage_cap_reached_exactly_is_still_valued()
    {
        // Three ads at 100,000 kr. and 50,000 km; 20,000 km more moves the value by exactly 10 %.
        var assessment = await Assess(d => Mileage(d, 70_000));

        Assert.Equal(Outcome.Valued, assessment.Outcome);
        Assert.Equal(-10_000m, assessment.Facts!["mileageAdjustmentDkk"]);
        Assert.Equal(90_000m, assessment.ValuationDkk);
    }

    [Fact]
    public Task Row6_the_mileage_cap_exceeded_needs_a_person() =>
        AssertManual(d => Mileage(d, 70_001), "vehicle.mileage-cap");

    [Fact]
    public Task Row6_the_cap_holds_for_low_mileage_too() =>
        AssertManual(d => Mileage(d, 29_999), "vehicle.mileage-cap");

    [Fact]
    public async Task Row7_the_spec_example_is_valued_at_152_300_with_appeal_guidance()
    {
        var assessment = await Assess(_ => { });

        Assert.Equal(Outcome.Valued, assessment.Outcome);
        Assert.Equal(152_300m, assessment.ValuationDkk);
        Assert.Equal(153_250m, assessment.Facts!["meanPriceDkk"]);
        Assert.Equal(83_750m, assessment.Facts["meanMileageKm"]);
        Assert.Equal(-957.8125m, assessment.Facts["mileageAdjustmentDkk"]);
        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal("Registreringsafgiftsloven § 10", reason.LegalBasis);
        Assert.Contains("152,300 kr.", reason.Message.En);
        Assert.Contains("152.300 kr.", reason.Message.Da);
        Assert.Equal("Motorankenævnet", assessment.Appeal?.Body);
        Assert.Equal(3, assessment.Appeal?.Months);
    }

    [Theory]
    [InlineData(100_050, 100_100)]
    [InlineData(100_049.99, 100_000)]
    [InlineData(100_149.99, 100_100)]
    public async Task The_value_is_rounded_to_the_nearest_100_half_away_from_zero(double meanPrice, int expected)
    {
        var price = (decimal)meanPrice;
        var assessment = await Assess(d =>
        {
            d["mileageKm"] = 50_000;
            d["comparables"] = Ads((price, 50_000, 2020, 1), (price, 50_000, 2020, 1), (price, 50_000, 2020, 1));
        });

        Assert.Equal(expected, assessment.ValuationDkk);
    }

    [Fact]
    public async Task The_value_never_exceeds_the_original_new_price()
    {
        var assessment = await Assess(d => d["originalNewPriceDkk"] = 120_000);

        Assert.Equal(Outcome.Valued, assessment.Outcome);
        Assert.Equal(120_000m, assessment.ValuationDkk);
        Assert.Equal(["vehicle.valued", "vehicle.new-price-cap"], assessment.Reasons.Select(r => r.Code));
        Assert.Equal("Registreringsafgiftsloven § 10, stk. 2", assessment.Reasons[1].LegalBasis);
    }

    [Fact]
    public async Task A_new_price_above_the_trading_value_does_not_cap_it()
    {
        var assessment = await Assess(d => d["originalNewPriceDkk"] = 152_292.19m);

        Assert.Equal(152_300m, assessment.ValuationDkk);
        Assert.DoesNotContain(assessment.Reasons, r => r.Code == "vehicle.new-price-cap");
    }

    private static void RegisteredIn(JsonObject d, string date)
    {
        d["firstRegistrationDate"] = date;
        var year = int.Parse(date[..4]);
        d["comparables"] = Ads((40_000, 85_000, year, 10), (42_000, 85_000, year, 10), (44_000, 85_000, year + 1, 10));
    }

    private static void Mileage(JsonObject d, int mileageKm)
    {
        d["mileageKm"] = mileageKm;
        d["comparables"] = Ads((100_000, 50_000, 2020, 1), (100_000, 50_000, 2020, 1), (100_000, 50_000, 2020, 1));
    }

    private static JsonArray Ads(params (decimal Price, int Km, int Year, int Days)[] ads) =>
        new(ads.Select(a => (JsonNode)new JsonObject
        {
            ["priceDkk"] = a.Price,
            ["mileageKm"] = a.Km,
            ["modelYear"] = a.Year,
            ["daysListed"] = a.Days,
            ["seller"] = "dealer",
        }).ToArray());
}
