using static AutoPermits.Engine.Tests.Validation.Reading;

namespace AutoPermits.Engine.Tests.Validation;

/// <summary>The <c>applicant</c> block: optional for an assessment; its e-mail, when given, an e-mail address.</summary>
public sealed class ApplicantValidationTests
{
    [Fact]
    public void An_application_without_an_applicant_is_accepted()
    {
        var application = Samples.Carport();
        application.Remove("applicant");

        Assert.Null(Accepted(Read(application)).Applicant);
    }

    [Fact]
    public void A_null_applicant_is_accepted_as_none()
    {
        var application = Samples.Vehicle();
        application["applicant"] = null;

        Assert.Null(Accepted(Read(application)).Applicant);
    }

    [Fact]
    public void An_applicant_without_a_cpr_number_is_accepted()
    {
        var application = Samples.Carport();
        application["applicant"]!.AsObject().Remove("cpr");

        var applicant = Accepted(Read(application)).Applicant!;
        Assert.Null(applicant.Cpr);
        Assert.Equal("Anne Jensen", applicant.Name);
    }

    [Fact]
    public void An_applicant_that_is_not_an_object_is_refused()
    {
        var application = Samples.Carport();
        application["applicant"] = "0101901234";

        var messages = RefusedAt(Read(application), "applicant");
        Assert.All(messages, m => Assert.DoesNotContain("0101901234", m, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("anne@example.dk")]
    [InlineData("anne.jensen+byg@kommune.example.dk")]
    public void An_email_address_is_accepted(string email)
    {
        var application = Samples.Carport();
        application["applicant"]!["email"] = email;

        Assert.Equal(email, Accepted(Read(application)).Applicant!.Email);
    }

    [Fact]
    public void The_email_may_be_left_out()
    {
        var application = Samples.Carport();
        application["applicant"]!.AsObject().Remove("email");

        Assert.Null(Accepted(Read(application)).Applicant!.Email);
    }

    [Theory]
    [InlineData("anne.example.dk")]
    [InlineData("anne@")]
    [InlineData("@example.dk")]
    [InlineData("anne@@example.dk")]
    [InlineData("Anne Jensen")]
    public void An_email_that_is_not_an_email_address_is_refused(string email)
    {
        var application = Samples.Carport();
        application["applicant"]!["email"] = email;

        RefusedAt(Read(application), "applicant.email");
    }

    [Fact]
    public void An_email_that_is_not_text_is_refused()
    {
        var application = Samples.Carport();
        application["applicant"]!["email"] = 42;

        RefusedAt(Read(application), "applicant.email");
    }
}
