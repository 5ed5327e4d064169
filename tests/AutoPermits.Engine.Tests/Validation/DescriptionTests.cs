using static AutoPermits.Engine.Tests.Validation.Reading;

namespace AutoPermits.Engine.Tests.Validation;

/// <summary><c>description</c>: free text, at most 4,000 characters, may be empty.</summary>
public sealed class DescriptionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3_999)]
    [InlineData(4_000)]
    public void Up_to_4000_characters_are_accepted(int length)
    {
        var application = Samples.Carport();
        var text = new string('a', length);
        application["description"] = text;

        Assert.Equal(text, Accepted(Read(application)).Description);
    }

    [Fact]
    public void Four_thousand_danish_letters_are_characters_not_bytes()
    {
        var application = Samples.Carport();
        var text = new string('æ', 4_000);
        application["description"] = text;

        Assert.Equal(text, Accepted(Read(application)).Description);
    }

    [Theory]
    [InlineData(4_001)]
    [InlineData(10_000)]
    public void More_than_4000_characters_are_refused(int length)
    {
        var application = Samples.Carport();
        application["description"] = new string('a', length);

        var message = Assert.Single(RefusedAt(Read(application), "description"));
        Assert.Contains("4000", message.Replace(",", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void An_absent_description_is_accepted_as_empty()
    {
        var application = Samples.Carport();
        application.Remove("description");

        Assert.Equal(string.Empty, Accepted(Read(application)).Description);
    }

    [Fact]
    public void A_null_description_is_accepted_as_empty()
    {
        var application = Samples.Carport();
        application["description"] = null;

        Assert.Equal(string.Empty, Accepted(Read(application)).Description);
    }

    [Fact]
    public void A_description_that_is_not_text_is_refused()
    {
        var application = Samples.Carport();
        application["description"] = 42;

        RefusedAt(Read(application), "description");
    }
}
