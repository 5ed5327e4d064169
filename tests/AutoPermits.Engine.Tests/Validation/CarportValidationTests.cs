using System.Text.Json.Nodes;
using AutoPermits.Engine.Applications;
using static AutoPermits.Engine.Tests.Validation.Reading;

namespace AutoPermits.Engine.Tests.Validation;

/// <summary>The <c>data</c> of a carport application (spec/carport.md, "Inputs"): forms, allowed values and ranges.</summary>
public sealed class CarportValidationTests
{
    private static readonly string[] NumberFields =
    [
        "plotAreaM2", "existingFloorAreaM2", "existingSecondaryAreaM2", "areaM2", "heightM", "distanceToBoundaryM", "lengthFacingBoundaryM",
    ];

    private static readonly string[] BoolFields =
    [
        "openingsTowardBoundary", "integratedWithMainBuilding", "onTerrain", "protectedArea", "listedBuilding", "localPlanApplies",
        "structuralDocumentationAttached",
    ];

    private static readonly string[] EnumFields = ["propertyType", "zone", "use", "roofing"];

    public static TheoryData<string> EveryField => new(NumberFields.Concat(BoolFields).Concat(EnumFields));
    public static TheoryData<string> Numbers => new(NumberFields);
    public static TheoryData<string> Bools => new(BoolFields);
    public static TheoryData<string> Enums => new(EnumFields);

    private static ApplicationRead ReadWith(Action<JsonObject> change) => Read(Samples.Carport(change));

    private static ApplicationRead ReadWith(string field, JsonNode? value) =>
        Read(Samples.Carport(d => d[field] = value));

    [Fact]
    public void The_spec_example_is_accepted()
    {
        Accepted(Read(Samples.Carport()));
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

    [Theory]
    [MemberData(nameof(Numbers))]
    public void A_number_field_refuses_a_string(string field)
    {
        RefusedAt(ReadWith(field, "24"), "data." + field);
    }

    [Theory]
    [MemberData(nameof(Numbers))]
    public void A_number_field_refuses_a_boolean(string field)
    {
        RefusedAt(ReadWith(field, true), "data." + field);
    }

    [Theory]
    [MemberData(nameof(Bools))]
    public void A_boolean_field_refuses_a_number(string field)
    {
        RefusedAt(ReadWith(field, 1), "data." + field);
    }

    [Theory]
    [MemberData(nameof(Bools))]
    public void A_boolean_field_refuses_the_string_true(string field)
    {
        RefusedAt(ReadWith(field, "true"), "data." + field);
    }

    [Theory]
    [MemberData(nameof(Enums))]
    public void An_enumerated_field_refuses_a_number(string field)
    {
        RefusedAt(ReadWith(field, 1), "data." + field);
    }

    [Theory]
    [InlineData("propertyType", "detached")]
    [InlineData("propertyType", "terraced")]
    [InlineData("propertyType", "holiday")]
    [InlineData("propertyType", "flats")]
    [InlineData("propertyType", "other")]
    [InlineData("zone", "urban")]
    [InlineData("zone", "summerhouse")]
    [InlineData("zone", "rural")]
    [InlineData("use", "carport")]
    [InlineData("use", "carport-with-shed")]
    [InlineData("use", "annex")]
    [InlineData("use", "dwelling")]
    [InlineData("roofing", "broof-t2")]
    [InlineData("roofing", "transparent")]
    [InlineData("roofing", "fire-protected-thatch")]
    [InlineData("roofing", "thatch")]
    [InlineData("roofing", "other")]
    public void Every_allowed_value_is_accepted(string field, string value)
    {
        var form = (CarportData)Accepted(ReadWith(field, value)).Form!;

        var bound = field switch
        {
            "propertyType" => form.PropertyType,
            "zone" => form.Zone,
            "use" => form.Use,
            _ => form.Roofing,
        };
        Assert.Equal(value, bound);
    }

    [Theory]
    [InlineData("propertyType", "villa")]
    [InlineData("propertyType", "Detached")]
    [InlineData("propertyType", "")]
    [InlineData("zone", "city")]
    [InlineData("zone", "landzone")]
    [InlineData("use", "garage")]
    [InlineData("use", "carport_with_shed")]
    [InlineData("roofing", "tiles")]
    [InlineData("roofing", "BROOF-T2")]
    public void An_unknown_enumerated_value_is_refused(string field, string value)
    {
        var message = Assert.Single(RefusedAt(ReadWith(field, value), "data." + field));

        Assert.Contains(field == "zone" ? "summerhouse" : field == "use" ? "carport-with-shed" : field == "roofing" ? "broof-t2" : "detached", message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(-0.01)]
    public void The_plot_area_must_be_positive(double plotArea)
    {
        RefusedAt(ReadWith("plotAreaM2", plotArea), "data.plotAreaM2");
    }

    [Theory]
    [InlineData("existingFloorAreaM2")]
    [InlineData("existingSecondaryAreaM2")]
    [InlineData("distanceToBoundaryM")]
    [InlineData("lengthFacingBoundaryM")]
    public void A_field_that_must_not_be_negative_accepts_zero(string field)
    {
        Accepted(ReadWith(field, 0));
    }

    [Theory]
    [InlineData("existingFloorAreaM2", -1)]
    [InlineData("existingSecondaryAreaM2", -1)]
    [InlineData("distanceToBoundaryM", -0.01)]
    [InlineData("lengthFacingBoundaryM", -1)]
    public void A_field_that_must_not_be_negative_refuses_a_negative_value(string field, double value)
    {
        RefusedAt(ReadWith(field, value), "data." + field);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void The_new_area_must_be_positive(double area)
    {
        RefusedAt(ReadWith("areaM2", area), "data.areaM2");
    }

    [Fact]
    public void A_tiny_positive_area_is_accepted()
    {
        Assert.Equal(0.01m, ((CarportData)Accepted(ReadWith("areaM2", 0.01)).Form!).AreaM2);
    }

    [Fact]
    public void An_area_of_10000_m2_is_accepted_on_a_plot_big_enough()
    {
        Accepted(ReadWith(d =>
        {
            d["plotAreaM2"] = 20_000;
            d["areaM2"] = 10_000;
        }));
    }

    [Theory]
    [InlineData(10_000.01)]
    [InlineData(50_000)]
    public void An_area_above_10000_m2_is_refused_even_on_a_plot_big_enough(double area)
    {
        RefusedAt(ReadWith(d =>
        {
            d["plotAreaM2"] = 100_000;
            d["areaM2"] = area;
        }), "data.areaM2");
    }

    [Fact]
    public void An_area_larger_than_the_plot_is_refused()
    {
        RefusedAt(ReadWith(d =>
        {
            d["plotAreaM2"] = 100;
            d["areaM2"] = 100.5;
        }), "data.areaM2");
    }

    [Fact]
    public void An_area_as_large_as_the_plot_is_accepted()
    {
        Accepted(ReadWith(d =>
        {
            d["plotAreaM2"] = 100;
            d["areaM2"] = 100;
        }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2.3)]
    [InlineData(100.01)]
    [InlineData(250)]
    public void A_height_outside_0_to_100_m_is_refused(double height)
    {
        RefusedAt(ReadWith("heightM", height), "data.heightM");
    }

    [Theory]
    [InlineData(0.01)]
    [InlineData(100)]
    public void A_height_within_0_to_100_m_is_accepted(double height)
    {
        Assert.Equal((decimal)height, ((CarportData)Accepted(ReadWith("heightM", height)).Form!).HeightM);
    }
}
