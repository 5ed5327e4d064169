using System.Text.Json.Nodes;
using AutoPermits.Engine.Applications;
using static AutoPermits.Engine.Tests.Validation.Reading;

namespace AutoPermits.Engine.Tests.Validation;

/// <summary>The <c>data</c> of a vehicle valuation (spec/vehicle-valuation.md, "Inputs"): forms, allowed values and ranges.</summary>
public sealed class VehicleValidationTests
{
    private static readonly DateOnly Tomorrow = TestEngine.SpecDay.AddDays(1);

    public static TheoryData<string> EveryField => new(
        "vin", "make", "model", "variant", "category", "firstRegistrationDate", "mileageKm", "originalNewPriceDkk",
        "inspectionDate", "documentedDamageDkk", "history", "purpose", "comparables");

    public static TheoryData<string> EveryComparableField => new("priceDkk", "mileageKm", "modelYear", "daysListed", "seller");

    private static ApplicationRead ReadWith(Action<JsonObject> change, DateOnly? today = null) => Read(Samples.Vehicle(change), today);

    private static ApplicationRead ReadWith(string field, JsonNode? value) => ReadWith(d => d[field] = value);

    private static ApplicationRead ReadWithComparable(int index, string field, JsonNode? value) =>
        ReadWith(d => d["comparables"]![index]![field] = value);

    private static VehicleValuationData Form(ApplicationRead read) => Assert.IsType<VehicleValuationData>(Accepted(read).Form);

    private static JsonArray Ads(int count) =>
        new(Enumerable.Range(0, count)
            .Select(i => (JsonNode?)new JsonObject
            {
                ["priceDkk"] = 150_000 + i,
                ["mileageKm"] = 80_000,
                ["modelYear"] = 2020,
                ["daysListed"] = 10,
                ["seller"] = "dealer",
            })
            .ToArray());

    [Fact]
    public void The_spec_example_is_accepted()
    {
        Accepted(Read(Samples.Vehicle()));
    }

    [Theory]
    [MemberData(nameof(EveryField))]
    public void A_missing_field_is_required(string field)
    {
        Assert.Equal(["is required"], RefusedAt(ReadWith(d => d.Remove(field)), "data." + field));
    }

    [Theory]
    [MemberData(nameof(EveryField))]
    public void A_null_field_is_required(string field)
    {
        Assert.Equal(["is required"], RefusedAt(ReadWith(field, null), "data." + field));
    }

    // --- the VIN

    [Theory]
    [InlineData("WVWZZZ1KZ9W123456")]
    [InlineData("1HGCM82633A004352")]
    [InlineData("ABCDEFGHJKLMNPRST")]
    [InlineData("UVWXYZ01234567890")]
    public void A_vin_of_17_allowed_characters_is_accepted(string vin)
    {
        Assert.Equal(vin, Form(ReadWith("vin", vin)).Vin);
    }

    [Theory]
    [InlineData("WVWZZZ1KZ9W12345")] // 16
    [InlineData("WVWZZZ1KZ9W1234567")] // 18
    [InlineData("")]
    [InlineData("WVWZZZ1KZ9W12345I")] // I
    [InlineData("WVWZZZ1KZ9WO23456")] // O
    [InlineData("QVWZZZ1KZ9W123456")] // Q
    [InlineData("WVWZZZ-KZ9W123456")]
    [InlineData("WVWZZZ KZ9W123456")]
    [InlineData("WVWZZZ1KZ9W12345Æ")]
    public void A_vin_of_the_wrong_form_is_refused(string vin)
    {
        RefusedAt(ReadWith("vin", vin), "data.vin");
    }

    [Fact]
    public void A_vin_sent_as_a_number_is_refused()
    {
        RefusedAt(ReadWith("vin", 12345678901234567L), "data.vin");
    }

    // --- make, model, variant

    [Theory]
    [InlineData("make")]
    [InlineData("model")]
    [InlineData("variant")]
    public void An_empty_name_is_refused(string field)
    {
        RefusedAt(ReadWith(field, ""), "data." + field);
    }

    [Theory]
    [InlineData("make")]
    [InlineData("model")]
    [InlineData("variant")]
    public void A_name_that_is_not_text_is_refused(string field)
    {
        RefusedAt(ReadWith(field, 1), "data." + field);
    }

    // --- enumerations

    [Theory]
    [InlineData("category", "passenger-car")]
    [InlineData("category", "van")]
    [InlineData("category", "motorcycle")]
    [InlineData("category", "bus")]
    [InlineData("category", "motorhome")]
    [InlineData("history", "normal")]
    [InlineData("history", "total-loss")]
    [InlineData("history", "rebuilt")]
    [InlineData("purpose", "registration")]
    [InlineData("purpose", "export")]
    public void Every_allowed_value_is_accepted(string field, string value)
    {
        var form = Form(ReadWith(field, value));

        Assert.Equal(value, field switch { "category" => form.Category, "history" => form.History, _ => form.Purpose });
    }

    [Theory]
    [InlineData("category", "car")]
    [InlineData("category", "Passenger-Car")]
    [InlineData("category", "truck")]
    [InlineData("history", "damaged")]
    [InlineData("history", "total_loss")]
    [InlineData("purpose", "import")]
    [InlineData("purpose", "")]
    public void An_unknown_enumerated_value_is_refused(string field, string value)
    {
        RefusedAt(ReadWith(field, value), "data." + field);
    }

    [Theory]
    [InlineData("category")]
    [InlineData("history")]
    [InlineData("purpose")]
    public void An_enumerated_field_refuses_a_number(string field)
    {
        RefusedAt(ReadWith(field, 0), "data." + field);
    }

    // --- dates

    [Theory]
    [InlineData("firstRegistrationDate", "2026/11/15")]
    [InlineData("firstRegistrationDate", "15-11-2026")]
    [InlineData("firstRegistrationDate", "20261115")]
    [InlineData("firstRegistrationDate", "2026-1-5")]
    [InlineData("inspectionDate", "2026-11-15T00:00:00Z")]
    [InlineData("inspectionDate", "2026-02-30")]
    [InlineData("inspectionDate", "15. november 2026")]
    [InlineData("inspectionDate", "")]
    public void A_date_not_written_yyyy_mm_dd_is_refused(string field, string value)
    {
        var message = Assert.Single(RefusedAt(ReadWith(field, value), "data." + field));
        Assert.Contains("yyyy-mm-dd", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("firstRegistrationDate")]
    [InlineData("inspectionDate")]
    public void A_date_sent_as_a_number_is_refused(string field)
    {
        RefusedAt(ReadWith(field, 20261115), "data." + field);
    }

    [Theory]
    [InlineData("firstRegistrationDate")]
    [InlineData("inspectionDate")]
    public void A_date_on_the_submission_day_is_accepted(string field)
    {
        var form = Form(ReadWith(field, "2026-11-25"));

        Assert.Equal(TestEngine.SpecDay, field == "inspectionDate" ? form.InspectionDate : form.FirstRegistrationDate);
    }

    [Theory]
    [InlineData("firstRegistrationDate", "2026-11-26")]
    [InlineData("firstRegistrationDate", "2030-01-01")]
    [InlineData("inspectionDate", "2026-11-26")]
    [InlineData("inspectionDate", "2026-12-25")]
    public void A_date_after_the_submission_day_is_refused(string field, string value)
    {
        var message = Assert.Single(RefusedAt(ReadWith(field, value), "data." + field));
        Assert.Contains("future", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("firstRegistrationDate")]
    [InlineData("inspectionDate")]
    public void The_future_is_judged_from_the_submission_day_not_the_clock(string field)
    {
        Accepted(ReadWith(d => d[field] = "2026-11-26", today: Tomorrow));
        RefusedAt(ReadWith(d => d[field] = "2026-11-25", today: new DateOnly(2026, 11, 24)), "data." + field);
    }

    // --- mileage, prices, damage

    [Theory]
    [InlineData(0)]
    [InlineData(3_000_000)]
    public void A_mileage_from_0_to_3_million_km_is_accepted(int mileage)
    {
        Assert.Equal(mileage, Form(ReadWith("mileageKm", mileage)).MileageKm);
    }

    [Theory]
    [InlineData(3_000_001)]
    [InlineData(-1)]
    [InlineData(3_000_000_000)]
    public void A_mileage_outside_0_to_3_million_km_is_refused(long mileage)
    {
        RefusedAt(ReadWith("mileageKm", mileage), "data.mileageKm");
    }

    [Fact]
    public void A_mileage_that_is_not_a_whole_number_is_refused()
    {
        var message = Assert.Single(RefusedAt(ReadWith("mileageKm", 85_000.5), "data.mileageKm"));
        Assert.Contains("whole", message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mileage_sent_as_text_is_refused()
    {
        RefusedAt(ReadWith("mileageKm", "85000"), "data.mileageKm");
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(100_000_000)]
    public void An_original_new_price_above_0_and_up_to_100_million_is_accepted(double price)
    {
        Assert.Equal((decimal)price, Form(ReadWith("originalNewPriceDkk", price)).OriginalNewPriceDkk);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100_000_001)]
    [InlineData(100_000_000.01)]
    public void An_original_new_price_outside_0_to_100_million_is_refused(double price)
    {
        RefusedAt(ReadWith("originalNewPriceDkk", price), "data.originalNewPriceDkk");
    }

    [Fact]
    public void An_original_new_price_sent_as_text_is_refused()
    {
        RefusedAt(ReadWith("originalNewPriceDkk", "320000"), "data.originalNewPriceDkk");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12_500.50)]
    public void Documented_damage_of_zero_or_more_is_accepted(double damage)
    {
        Assert.Equal((decimal)damage, Form(ReadWith("documentedDamageDkk", damage)).DocumentedDamageDkk);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(-0.01)]
    public void Negative_documented_damage_is_refused(double damage)
    {
        RefusedAt(ReadWith("documentedDamageDkk", damage), "data.documentedDamageDkk");
    }

    // --- comparables: the list

    [Fact]
    public void An_empty_list_of_comparables_is_accepted()
    {
        Assert.Empty(Form(ReadWith("comparables", new JsonArray())).Comparables);
    }

    [Fact]
    public void Two_hundred_comparables_are_accepted()
    {
        Assert.Equal(200, Form(ReadWith("comparables", Ads(200))).Comparables.Count);
    }

    [Fact]
    public void Two_hundred_and_one_comparables_are_refused()
    {
        RefusedAt(ReadWith("comparables", Ads(201)), "data.comparables");
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"priceDkk\": 150000, \"mileageKm\": 80000, \"modelYear\": 2020, \"daysListed\": 10, \"seller\": \"dealer\"}")]
    [InlineData("\"none\"")]
    [InlineData("3")]
    public void Comparables_that_are_not_a_list_are_refused(string comparables)
    {
        var message = Assert.Single(RefusedAt(ReadWith("comparables", JsonNode.Parse(comparables)), "data.comparables"));
        Assert.Contains("list", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("150000")]
    [InlineData("\"dealer\"")]
    [InlineData("[]")]
    [InlineData("null")]
    public void A_comparable_that_is_not_an_object_is_refused_at_its_index(string ad)
    {
        RefusedAt(ReadWith(d => d["comparables"]![3] = JsonNode.Parse(ad)), "data.comparables[3]");
    }

    // --- comparables: each advertisement

    [Theory]
    [MemberData(nameof(EveryComparableField))]
    public void A_missing_comparable_field_is_required_at_its_index(string field)
    {
        var read = ReadWith(d => d["comparables"]![6]!.AsObject().Remove(field));

        Assert.Equal(["is required"], RefusedAt(read, $"data.comparables[6].{field}"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(100_000_001)]
    public void A_comparable_price_outside_0_to_100_million_is_refused(double price)
    {
        RefusedAt(ReadWithComparable(2, "priceDkk", price), "data.comparables[2].priceDkk");
    }

    [Fact]
    public void A_comparable_price_sent_as_text_is_refused()
    {
        RefusedAt(ReadWithComparable(0, "priceDkk", "150000"), "data.comparables[0].priceDkk");
    }

    [Fact]
    public void A_small_positive_comparable_price_is_accepted()
    {
        Assert.Equal(0.01m, Form(ReadWithComparable(2, "priceDkk", 0.01)).Comparables[2].PriceDkk);
    }

    [Fact]
    public void A_negative_comparable_mileage_is_refused()
    {
        RefusedAt(ReadWithComparable(4, "mileageKm", -1), "data.comparables[4].mileageKm");
    }

    [Fact]
    public void A_comparable_mileage_that_is_not_a_whole_number_is_refused()
    {
        RefusedAt(ReadWithComparable(4, "mileageKm", 80_000.5), "data.comparables[4].mileageKm");
    }

    [Fact]
    public void A_comparable_mileage_of_zero_is_accepted()
    {
        Assert.Equal(0, Form(ReadWithComparable(4, "mileageKm", 0)).Comparables[4].MileageKm);
    }

    [Fact]
    public void A_negative_days_listed_is_refused()
    {
        RefusedAt(ReadWithComparable(7, "daysListed", -1), "data.comparables[7].daysListed");
    }

    [Fact]
    public void Zero_days_listed_is_accepted()
    {
        Assert.Equal(0, Form(ReadWithComparable(7, "daysListed", 0)).Comparables[7].DaysListed);
    }

    [Theory]
    [InlineData("dealer")]
    [InlineData("private")]
    [InlineData("wholesale")]
    public void Every_seller_kind_is_accepted(string seller)
    {
        Assert.Equal(seller, Form(ReadWithComparable(1, "seller", seller)).Comparables[1].Seller);
    }

    [Theory]
    [InlineData("Dealer")]
    [InlineData("broker")]
    [InlineData("")]
    public void An_unknown_seller_is_refused(string seller)
    {
        RefusedAt(ReadWithComparable(1, "seller", seller), "data.comparables[1].seller");
    }

    [Fact]
    public void A_seller_sent_as_a_number_is_refused()
    {
        RefusedAt(ReadWithComparable(1, "seller", 1), "data.comparables[1].seller");
    }

    [Fact]
    public void Problems_in_several_comparables_are_each_named_at_their_own_index()
    {
        var read = ReadWith(d =>
        {
            d["comparables"]![0]!["priceDkk"] = -5;
            d["comparables"]![1]!["seller"] = "broker";
            d["comparables"]![1]!["daysListed"] = -3;
            d["comparables"]![7]!["mileageKm"] = "many";
        });

        Refused(read, "data.comparables[0].priceDkk", "data.comparables[1].seller", "data.comparables[1].daysListed", "data.comparables[7].mileageKm");
    }

    [Fact]
    public void An_index_above_nine_is_named_exactly()
    {
        var ads = Ads(12);
        ads[10]!["seller"] = "broker";
        ads[1]!["priceDkk"] = 0;

        Refused(ReadWith("comparables", ads), "data.comparables[10].seller", "data.comparables[1].priceDkk");
    }
}
