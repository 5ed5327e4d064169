using System.Text.Json.Nodes;
using static AutoPermits.Engine.Tests.Validation.Reading;

namespace AutoPermits.Engine.Tests.Validation;

/// <summary>A bad application gets one answer that names every bad field at once (spec/contract.md).</summary>
public sealed class AllErrorsAtOnceTests
{
    [Fact]
    public void Every_bad_carport_field_is_named()
    {
        var application = Samples.Carport(d =>
        {
            d["heightM"] = "2.3";
            d["zone"] = "city";
            d["areaM2"] = 0;
            d["distanceToBoundaryM"] = -1;
            d.Remove("roofing");
            d["onTerrain"] = 1;
        });

        var errors = Refused(Read(application),
            "data.heightM", "data.zone", "data.areaM2", "data.distanceToBoundaryM", "data.roofing", "data.onTerrain");

        Assert.Equal(["is required"], errors["data.roofing"]);
    }

    [Fact]
    public void Every_bad_vehicle_field_is_named_down_to_each_comparable()
    {
        var application = Samples.Vehicle(d =>
        {
            d["vin"] = "WVWZZZ1KZ9W12345";
            d["mileageKm"] = 85000.5;
            d["firstRegistrationDate"] = "2026-11-26";
            d["comparables"]![2]!["priceDkk"] = 0;
            d["comparables"]![5]!["seller"] = "shop";
            d["comparables"]![7]!.AsObject().Remove("daysListed");
        });

        Refused(Read(application),
            "data.vin", "data.mileageKm", "data.firstRegistrationDate",
            "data.comparables[2].priceDkk", "data.comparables[5].seller", "data.comparables[7].daysListed");
    }

    [Fact]
    public void Envelope_and_data_errors_are_named_together()
    {
        var application = Samples.Carport(d => d["heightM"] = 101);
        application["applicant"]!["cpr"] = "3201901234";
        application["applicant"]!["email"] = "anne.example.dk";
        application["description"] = new string('a', 4_001);
        application["requestHumanReview"] = "no";

        Refused(Read(application),
            "applicant.cpr", "applicant.email", "description", "requestHumanReview", "data.heightM");
    }

    [Fact]
    public void A_cpr_of_the_wrong_json_type_does_not_hide_a_bad_email()
    {
        var application = Samples.Carport();
        application["applicant"]!["cpr"] = 101901234;
        application["applicant"]!["email"] = "anne.example.dk";

        Refused(Read(application), "applicant.cpr", "applicant.email");
    }

    [Fact]
    public void An_unknown_type_does_not_hide_envelope_errors()
    {
        var application = Samples.Carport();
        application["type"] = "garage";
        application["applicant"]!["cpr"] = "0113901234";
        application["description"] = new string('a', 4_001);

        Refused(Read(application), "type", "applicant.cpr", "description");
    }

    [Fact]
    public void Missing_type_and_missing_data_are_both_named()
    {
        Refused(Read("""{"description": "carport"}"""), "type", "data");
    }

    [Fact]
    public void A_field_of_the_wrong_json_type_gets_one_error_not_a_second_about_its_range()
    {
        var application = Samples.Carport(d => d["plotAreaM2"] = "800");

        var message = Assert.Single(RefusedAt(Read(application), "data.plotAreaM2"));
        Assert.Contains("number", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_missing_field_of_empty_carport_data_is_named()
    {
        var application = Samples.Carport();
        application["data"] = new JsonObject();

        var fields = Samples.Carport()["data"]!.AsObject().Select(p => "data." + p.Key).ToArray();
        var errors = Refused(Read(application), fields);

        Assert.Equal(18, fields.Length);
        Assert.All(errors.Values, messages => Assert.Equal(["is required"], messages));
    }

    [Fact]
    public void Every_missing_field_of_empty_vehicle_data_is_named()
    {
        var application = Samples.Vehicle();
        application["data"] = new JsonObject();

        var fields = Samples.Vehicle()["data"]!.AsObject().Select(p => "data." + p.Key).ToArray();
        var errors = Refused(Read(application), fields);

        Assert.Equal(13, fields.Length);
        Assert.All(errors.Values, messages => Assert.Equal(["is required"], messages));
    }
}
