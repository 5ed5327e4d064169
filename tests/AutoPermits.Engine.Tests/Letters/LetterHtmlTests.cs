using System.Net;
using System.Text.Json;
using System.Text.Json.Serialization;
using AutoPermits.Engine.Letters;

namespace AutoPermits.Engine.Tests.Letters;

public sealed class LetterHtmlTests
{
    [Fact]
    public void Text_people_typed_is_shown_as_text_never_as_markup()
    {
        const string reason = "<script>alert('x')</script> & \"mere\"";
        const string name = "Bo <img src=x onerror=alert(1)>";
        var input = LetterCases.PersonsRefusal(reason, LetterCases.BuildingAppeal) with { ApplicantName = name };

        var html = LetterWriter.Html(LetterWriter.Write(input, "da"));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html);
        // A browser shows both exactly as they were typed.
        var shown = WebUtility.HtmlDecode(html);
        Assert.Contains(reason, shown);
        Assert.Contains(name, shown);
    }

    [Fact]
    public async Task The_html_letter_is_a_whole_document_in_the_readers_language_with_facts_bases_and_deadline()
    {
        var letter = LetterWriter.Write(await LetterCases.ApprovedCarport(), "da");

        var html = LetterWriter.Html(letter);

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.Contains("<html lang=\"da\">", html);
        Assert.Contains("<title>Afgørelse om carport: Du får tilladelse</title>", html);
        Assert.Contains("<h1>Afgørelse om carport: Du får tilladelse</h1>", html);
        Assert.Contains("<th scope=\"row\">Bebyggelsesprocent</th><td>17,8 %</td>", html);
        Assert.Contains("<li>BR18 § 168</li>", html);
        Assert.Contains("<h2>Klagevejledning</h2>", html);
        Assert.Contains("23. december 2026", html);
        Assert.EndsWith("</html>\n", html);
    }

    [Fact]
    public async Task The_letter_reads_as_camel_case_json_with_an_iso_deadline()
    {
        var letter = LetterWriter.Write(await LetterCases.ValuedCar(new DateOnly(2026, 11, 30)), "en");
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false) },
        };

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(letter, options));
        var root = json.RootElement;

        Assert.Equal("valued", root.GetProperty("outcome").GetString());
        Assert.Equal("Decision on your vehicle valuation: DKK 152,300", root.GetProperty("subject").GetString());
        Assert.Equal("2027-02-28", root.GetProperty("appeal").GetProperty("deadline").GetString());
        Assert.Equal("Motorankenævnet", root.GetProperty("appeal").GetProperty("body").GetString());
        Assert.Contains(root.GetProperty("facts").EnumerateArray(), f =>
            f.GetProperty("label").GetString() == "Your vehicle's mileage" && f.GetProperty("value").GetString() == "85,000 km");
    }
}
