using static AutoPermits.Engine.Tests.Validation.Reading;

namespace AutoPermits.Engine.Tests.Validation;

/// <summary><c>applicant.cpr</c>: ten digits, an optional hyphen after the sixth, the first six a valid ddmmyy date.</summary>
public sealed class CprTests
{
    [Theory]
    [InlineData("0101901234")]
    [InlineData("010190-1234")]
    [InlineData("2902001234")] // 29 February in a year whose yy is divisible by 4
    [InlineData("2902961234")]
    [InlineData("3112991234")]
    [InlineData("3101001234")]
    [InlineData("3004851234")]
    public void A_valid_cpr_number_is_accepted(string cpr)
    {
        var application = Samples.Carport();
        application["applicant"]!["cpr"] = cpr;

        Assert.Equal(cpr, Accepted(Read(application)).Applicant!.Cpr);
    }

    [Theory]
    [InlineData("3201901234")] // day 32
    [InlineData("0001901234")] // day 0
    [InlineData("0113901234")] // month 13
    [InlineData("0100901234")] // month 0
    [InlineData("3104901234")] // 31 April
    [InlineData("3002001234")] // 30 February
    [InlineData("2902011234")] // 29 February, yy not divisible by 4
    [InlineData("010190123")] // 9 digits
    [InlineData("01019012345")] // 11 digits
    [InlineData("010190-123")] // too short with hyphen
    [InlineData("010190-12345")] // too long with hyphen
    [InlineData("")]
    [InlineData("01019O1234")] // a letter O for a zero
    [InlineData("ABCDEFGHIJ")]
    [InlineData("010190123X")]
    [InlineData("0101-901234")] // hyphen in the wrong place
    [InlineData("010190 1234")] // space instead of hyphen
    [InlineData("010190--1234")]
    [InlineData("０１０１９０１２３４")] // full-width digits
    public void An_invalid_cpr_number_is_refused_without_repeating_it(string cpr)
    {
        var application = Samples.Carport();
        application["applicant"]!["cpr"] = cpr;

        var errors = Refused(Read(application), "applicant.cpr");

        var everyMessage = errors.Values.SelectMany(m => m).ToArray();
        Assert.NotEmpty(everyMessage);
        var digits = new string(cpr.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 6)
        {
            Assert.All(everyMessage, m => Assert.DoesNotContain(digits[..6], m, StringComparison.Ordinal));
        }
        if (cpr.Length > 0)
        {
            Assert.All(everyMessage, m => Assert.DoesNotContain(cpr, m, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void A_cpr_number_sent_as_a_json_number_is_refused_without_repeating_it()
    {
        var application = Samples.Carport();
        application["applicant"]!["cpr"] = 1101901234L;

        var messages = RefusedAt(Read(application), "applicant.cpr");

        Assert.All(messages, m => Assert.DoesNotContain("110190", m, StringComparison.Ordinal));
    }

    [Fact]
    public void A_bad_cpr_number_in_the_hyphen_form_is_not_repeated_in_any_form()
    {
        var application = Samples.Carport();
        application["applicant"]!["cpr"] = "321190-4321";

        var messages = RefusedAt(Read(application), "applicant.cpr");

        Assert.All(messages, m =>
        {
            Assert.DoesNotContain("321190", m, StringComparison.Ordinal);
            Assert.DoesNotContain("4321", m, StringComparison.Ordinal);
        });
    }
}
