using System.Text.Json.Nodes;
using AutoPermits.Engine.Applications;
using static AutoPermits.Engine.Tests.Applications.ReadingAssert;

namespace AutoPermits.Engine.Tests.Applications;

/// <summary>spec/vehicle-valuation.md, "Inputs", with the submission day 2026-11-25.</summary>
public sealed class VehicleReadingTests
{
    [Fact]
    public void A_valid_vehicle_is_bound_to_its_data_model()
    {
        var vehicle = Assert.IsType<VehicleValuationData>(Accepted(Read(Samples.Vehicle())).Form);

        Assert.Equal(new DateOnly(2020, 3, 15), vehicle.FirstRegistrationDate);
        Assert.Equal(8, vehicle.Comparables.Count);
        Assert.Equal("dealer", vehicle.Comparables[0].Seller);
    }

    [Theory]
    [InlineData("WVWZZZ1KZ9W12345")]
    [InlineData("WVWZZZ1KZ9W1234567")]
    [InlineData("WVWZZZ1KZ9I123456")]
    [InlineData("WVWZZZ1KZ9O123456")]
    [InlineData("WVWZZZ1KZ9Q123456")]
    [InlineData("WVWZZZ1KZ9-123456")]
    public void A_vin_of_the_wrong_form_is_refused(string vin) =>
        Refused(Read(Samples.Vehicle(d => d["vin"] = vin)), "data.vin");

    [Theory]
    [InlineData("make")]
    [InlineData("model")]
    [InlineData("variant")]
    public void Make_model_and_variant_must_not_be_empty(string field) =>
        Refused(Read(Samples.Vehicle(d => d[field] = "")), $"data.{field}");

    [Theory]
    [InlineData("category", "tractor")]
    [InlineData("history", "crashed")]
    [InlineData("purpose", "scrap")]
    public void Enumerations_refuse_unknown_values(string field, string value) =>
        Refused(Read(Samples.Vehicle(d => d[field] = value)), $"data.{field}");

    [Theory]
    [InlineData("firstRegistrationDate")]
    [InlineData("inspectionDate")]
    public void Dates_may_be_the_submission_day_but_not_later(string field)
    {
        Accepted(Read(Samples.Vehicle(d => d[field] = "2026-11-25")));
        Refused(Read(Samples.Vehicle(d => d[field] = "2026-11-26")), $"data.{field}");
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("25-11-2026")]
    [InlineData("2026-02-30")]
    public void A_date_must_be_written_yyyy_mm_dd(string date)
    {
        var errors = Refused(Read(Samples.Vehicle(d => d["inspectionDate"] = date)), "data.inspectionDate");
        Assert.Contains("yyyy-mm-dd", errors["data.inspectionDate"][0]);
    }

    [Theory]
    [InlineData("mileageKm", 3_000_001)]
    [InlineData("mileageKm", -1)]
    [InlineData("mileageKm", 85000.5)]
    [InlineData("originalNewPriceDkk", 100_000_001)]
    [InlineData("originalNewPriceDkk", 0)]
    [InlineData("documentedDamageDkk", -1)]
    public void Absurd_numbers_are_refused(string field, double value) =>
        Refused(Read(Samples.Vehicle(d => d[field] = (decimal)value)), $"data.{field}");

    [Theory]
    [InlineData("mileageKm", 3_000_000)]
    [InlineData("mileageKm", 0)]
    [InlineData("originalNewPriceDkk", 100_000_000)]
    public void The_largest_and_smallest_sensible_numbers_are_accepted(string field, double value) =>
        Accepted(Read(Samples.Vehicle(d => d[field] = (decimal)value)));

    [Fact]
    public void No_comparables_is_a_valid_list_but_201_is_too_many()
    {
        Accepted(Read(Samples.Vehicle(d => d["comparables"] = new JsonArray())));
        Refused(Read(Samples.Vehicle(d =>
        {
            var ads = d["comparables"]!.AsArray();
            while (ads.Count < 201) ads.Add(ads[0]!.DeepClone());
        })), "data.comparables");
    }

    [Fact]
    public void Each_bad_comparable_is_named_by_its_index()
    {
        var read = Read(Samples.Vehicle(d =>
        {
            d["comparables"]![1]!["priceDkk"] = 0;
            d["comparables"]![2]!["seller"] = "auction";
            d["comparables"]![3]!["daysListed"] = -2;
            d["comparables"]![4]!["mileageKm"] = "far";
        }));

        Refused(read, "data.comparables[1].priceDkk", "data.comparables[2].seller", "data.comparables[3].daysListed", "data.comparables[4].mileageKm");
    }
}
