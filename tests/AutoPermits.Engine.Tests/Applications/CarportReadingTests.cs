using AutoPermits.Engine.Applications;
using static AutoPermits.Engine.Tests.Applications.ReadingAssert;

namespace AutoPermits.Engine.Tests.Applications;

/// <summary>spec/carport.md, "Inputs": forms and ranges, and absurd values refused at submission.</summary>
public sealed class CarportReadingTests
{
    [Fact]
    public void A_valid_carport_is_bound_to_its_data_model()
    {
        var carport = Assert.IsType<CarportData>(Accepted(Read(Samples.Carport())).Form);

        Assert.Equal(24m, carport.AreaM2);
        Assert.Equal("broof-t2", carport.Roofing);
        Assert.True(carport.OnTerrain);
    }

    [Theory]
    [InlineData("propertyType", "castle")]
    [InlineData("zone", "moon")]
    [InlineData("use", "garage")]
    [InlineData("roofing", "straw")]
    public void Enumerations_refuse_unknown_values(string field, string value) =>
        Refused(Read(Samples.Carport(d => d[field] = value)), $"data.{field}");

    [Theory]
    [InlineData("plotAreaM2", 0)]
    [InlineData("existingFloorAreaM2", -1)]
    [InlineData("existingSecondaryAreaM2", -0.01)]
    [InlineData("areaM2", 0)]
    [InlineData("areaM2", 10000.01)]
    [InlineData("heightM", 0)]
    [InlineData("heightM", 100.01)]
    [InlineData("distanceToBoundaryM", -0.5)]
    [InlineData("lengthFacingBoundaryM", -1)]
    public void Out_of_range_and_absurd_values_are_refused(string field, double value) =>
        Refused(Read(Samples.Carport(d => { d[field] = (decimal)value; d["plotAreaM2"] ??= 800; })), $"data.{field}");

    [Theory]
    [InlineData("existingFloorAreaM2", 0)]
    [InlineData("existingSecondaryAreaM2", 0)]
    [InlineData("distanceToBoundaryM", 0)]
    [InlineData("lengthFacingBoundaryM", 0)]
    [InlineData("heightM", 100)]
    public void Boundary_values_inside_the_range_are_accepted(string field, double value) =>
        Accepted(Read(Samples.Carport(d => d[field] = (decimal)value)));

    [Fact]
    public void The_largest_carport_is_10000_m2_on_a_plot_that_holds_it() =>
        Accepted(Read(Samples.Carport(d => { d["areaM2"] = 10000; d["plotAreaM2"] = 50000; })));

    [Fact]
    public void A_carport_larger_than_its_plot_is_refused() =>
        Refused(Read(Samples.Carport(d => { d["areaM2"] = 900; d["plotAreaM2"] = 800; })), "data.areaM2");

    [Theory]
    [InlineData("heightM", "\"2.5\"", "must be a number")]
    [InlineData("onTerrain", "1", "must be true or false")]
    [InlineData("zone", "3", "must be a text string")]
    public void A_field_of_the_wrong_json_type_is_named(string field, string json, string message)
    {
        var errors = Refused(Read(Samples.Carport(d => d[field] = System.Text.Json.Nodes.JsonNode.Parse(json))), $"data.{field}");
        Assert.Equal(message, errors[$"data.{field}"][0]);
    }

    [Fact]
    public void Every_missing_field_is_named()
    {
        var read = Read(Samples.Carport(d => { d.Remove("heightM"); d.Remove("roofing"); d.Remove("onTerrain"); }));
        var errors = Refused(read, "data.heightM", "data.roofing", "data.onTerrain");
        Assert.All(errors.Values, m => Assert.Equal("is required", m[0]));
    }
}
