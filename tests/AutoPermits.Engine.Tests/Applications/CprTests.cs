using static AutoPermits.Engine.Tests.Applications.ReadingAssert;

namespace AutoPermits.Engine.Tests.Applications;

/// <summary>A CPR number: ten digits, an optional hyphen after the sixth, the first six a real date.</summary>
public sealed class CprTests
{
    [Theory]
    [InlineData("0101901234")]
    [InlineData("010190-1234")]
    [InlineData("2902001234")]
    [InlineData("3112991234")]
    public void Well_formed_numbers_are_accepted(string cpr)
    {
        var application = Samples.Carport();
        application["applicant"]!["cpr"] = cpr;

        Assert.Equal(cpr, Accepted(Read(application)).Applicant!.Cpr);
    }

    [Theory]
    [InlineData("3201901234")]
    [InlineData("0113901234")]
    [InlineData("0000901234")]
    [InlineData("2902011234")]
    [InlineData("010190123")]
    [InlineData("01019012345")]
    [InlineData("01019O1234")]
    [InlineData("0101-901234")]
    public void Malformed_numbers_are_refused_without_repeating_them(string cpr)
    {
        var application = Samples.Carport();
        application["applicant"]!["cpr"] = cpr;

        var errors = Refused(Read(application), "applicant.cpr");

        Assert.DoesNotContain(cpr, errors["applicant.cpr"][0]);
        Assert.DoesNotContain(cpr[..6], errors["applicant.cpr"][0]);
    }

    [Fact]
    public void An_email_must_look_like_one()
    {
        var application = Samples.Carport();
        application["applicant"]!["email"] = "anne at example";

        Refused(Read(application), "applicant.email");
    }
}
