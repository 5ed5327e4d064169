using System.Text.Json.Nodes;
using AutoPermits.Engine.Applications;
using static AutoPermits.Engine.Tests.Validation.Reading;

namespace AutoPermits.Engine.Tests.Validation;

/// <summary>A valid application is bound to its type's data model with exactly the values sent.</summary>
public sealed class BindingTests
{
    [Fact]
    public void A_carport_binds_every_value_sent()
    {
        var application = Samples.Carport(d =>
        {
            d["propertyType"] = "holiday";
            d["zone"] = "summerhouse";
            d["use"] = "carport-with-shed";
            d["plotAreaM2"] = 1234.5;
            d["existingFloorAreaM2"] = 98.25;
            d["existingSecondaryAreaM2"] = 0;
            d["areaM2"] = 36.75;
            d["heightM"] = 2.5;
            d["distanceToBoundaryM"] = 2.5;
            d["lengthFacingBoundaryM"] = 12;
            d["openingsTowardBoundary"] = true;
            d["integratedWithMainBuilding"] = true;
            d["onTerrain"] = false;
            d["roofing"] = "fire-protected-thatch";
            d["protectedArea"] = true;
            d["listedBuilding"] = true;
            d["localPlanApplies"] = true;
            d["structuralDocumentationAttached"] = true;
        });

        var read = Accepted(Read(application));

        Assert.Equal("carport", read.Type);
        Assert.Equal(
            new CarportData("holiday", "summerhouse", "carport-with-shed", 1234.5m, 98.25m, 0m, 36.75m, 2.5m, 2.5m, 12m,
                true, true, false, "fire-protected-thatch", true, true, true, true),
            Assert.IsType<CarportData>(read.Form));
    }

    [Fact]
    public void The_spec_carport_binds_as_written()
    {
        var form = Assert.IsType<CarportData>(Accepted(Read(Samples.Carport())).Form);

        Assert.Equal(
            new CarportData("detached", "urban", "carport", 800m, 150m, 6m, 24m, 2.3m, 0.8m, 7m,
                false, false, true, "broof-t2", false, false, false, false),
            form);
    }

    [Fact]
    public void Decimal_values_are_bound_exactly_not_as_binary_floating_point()
    {
        var read = Read("""{"type": "carport", "data": """ +
            Samples.Carport()["data"]!.ToJsonString().Replace("\"heightM\":2.3", "\"heightM\":2.300000000000000000001", StringComparison.Ordinal) + "}");

        Assert.Equal(2.300000000000000000001m, Assert.IsType<CarportData>(Accepted(read).Form).HeightM);
    }

    [Fact]
    public void A_vehicle_binds_every_value_sent()
    {
        var application = Samples.Vehicle(d => d["comparables"] = new JsonArray(
            new JsonObject { ["priceDkk"] = 149_999.5, ["mileageKm"] = 81_000, ["modelYear"] = 2019, ["daysListed"] = 0, ["seller"] = "private" },
            new JsonObject { ["priceDkk"] = 151_000, ["mileageKm"] = 0, ["modelYear"] = 2021, ["daysListed"] = 45, ["seller"] = "wholesale" }));

        var read = Accepted(Read(application));
        var form = Assert.IsType<VehicleValuationData>(read.Form);

        Assert.Equal("vehicle-valuation", read.Type);
        Assert.Equal("WVWZZZ1KZ9W123456", form.Vin);
        Assert.Equal("Volkswagen", form.Make);
        Assert.Equal("Golf", form.Model);
        Assert.Equal("1.5 TSI Life", form.Variant);
        Assert.Equal("passenger-car", form.Category);
        Assert.Equal(new DateOnly(2020, 3, 15), form.FirstRegistrationDate);
        Assert.Equal(85_000, form.MileageKm);
        Assert.Equal(320_000m, form.OriginalNewPriceDkk);
        Assert.Equal(new DateOnly(2026, 11, 15), form.InspectionDate);
        Assert.Equal(0m, form.DocumentedDamageDkk);
        Assert.Equal("normal", form.History);
        Assert.Equal("registration", form.Purpose);
        Assert.Equal(
            [new ComparableAd(149_999.5m, 81_000, 2019, 0, "private"), new ComparableAd(151_000m, 0, 2021, 45, "wholesale")],
            form.Comparables);
    }

    [Fact]
    public void The_spec_vehicle_binds_all_eight_comparables_in_order()
    {
        var form = Assert.IsType<VehicleValuationData>(Accepted(Read(Samples.Vehicle())).Form);

        Assert.Equal([150_000m, 160_000m, 155_000m, 148_000m, 120_000m, 110_000m, 190_000m, 90_000m], form.Comparables.Select(c => c.PriceDkk));
        Assert.Equal(["dealer", "dealer", "dealer", "dealer", "private", "wholesale", "dealer", "dealer"], form.Comparables.Select(c => c.Seller));
    }

    [Fact]
    public void The_data_is_kept_exactly_as_sent_beside_the_form()
    {
        var application = Samples.Vehicle();

        var read = Accepted(Read(application));

        Assert.True(JsonNode.DeepEquals(application["data"], JsonNode.Parse(read.Data.GetRawText())));
    }
}
