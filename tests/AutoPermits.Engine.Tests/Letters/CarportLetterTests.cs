using AutoPermits.Engine.Cases;
using AutoPermits.Engine.Letters;

namespace AutoPermits.Engine.Tests.Letters;

public sealed class CarportLetterTests
{
    [Fact]
    public async Task An_exempt_carport_is_guidance_in_Danish_with_no_appeal_body()
    {
        var letter = LetterWriter.Write(await LetterCases.ExemptCarport(), "da");

        Assert.Contains("Du skal ikke søge tilladelse", letter.Subject);
        Assert.Contains("Du skal ikke søge tilladelse.", letter.Paragraphs());
        Assert.Contains("vejledning og ikke en afgørelse", letter.Text());
        Assert.Equal(DecisionOutcome.Exempt, letter.Outcome);
        Assert.Equal("30 m²", letter.Fact("Sekundær bebyggelse på grunden i alt"));
        Assert.Equal("0,8 m", letter.Fact("Afstand til skel"));
        Assert.Contains("BR18 § 5, stk. 1, nr. 1", letter.LegalBases);

        Assert.Null(letter.Appeal);
        var disagree = Assert.Single(letter.Sections, s => s.Heading == "Hvis du er uenig");
        Assert.Contains(LetterCases.CaseId.ToString(), Assert.Single(disagree.Paragraphs));
        Assert.DoesNotContain("Byggeklageenheden", letter.Text());
    }

    [Fact]
    public async Task An_exempt_carport_in_English_says_no_permit_is_needed_and_that_a_person_can_look_again()
    {
        var letter = LetterWriter.Write(await LetterCases.ExemptCarport(), "en");

        Assert.Equal("en", letter.Language);
        Assert.Contains("no permit is needed", letter.Subject);
        Assert.Contains("No permit is needed.", letter.Paragraphs());
        Assert.Contains("guidance, not a decision", letter.Text());
        Assert.Contains("assessed automatically", letter.Text());
        Assert.Contains("GDPR Article 22(3)", letter.Text());
        Assert.Equal("30 m²", letter.Fact("Secondary buildings on the plot in all"));
        Assert.Equal("0.8 m", letter.Fact("Distance to the boundary"));
        Assert.False(letter.ByPerson);
    }

    [Fact]
    public async Task The_facts_table_shows_the_case_not_every_constant_or_flag_of_the_rule_set()
    {
        var letter = LetterWriter.Write(await LetterCases.ExemptCarport(), "en");

        Assert.DoesNotContain(letter.Facts, f => f.Label is "holidayMaxHeightM" or "fireDistanceThatchM" or "inNearBand");
        Assert.DoesNotContain(letter.Facts, f => f.Value is "True" or "False");
    }

    [Fact]
    public async Task An_approved_carport_in_Danish_grants_the_permit_with_a_4_week_appeal_to_Byggeklageenheden()
    {
        var letter = LetterWriter.Write(await LetterCases.ApprovedCarport(), "da");

        Assert.Contains("Du får tilladelse", letter.Subject);
        Assert.Contains("Du får tilladelse.", letter.Paragraphs());
        Assert.Contains("truffet automatisk", letter.Text());
        Assert.Contains("artikel 22, stk. 3", letter.Text());
        Assert.Contains("BR18 § 168", letter.LegalBases);
        Assert.Equal("60 m²", letter.Fact("Sekundær bebyggelse på grunden i alt"));
        Assert.Equal("3,2 m", letter.Fact("Højde"));
        Assert.Equal("17,8 %", letter.Fact("Bebyggelsesprocent"));
        Assert.Equal("30 %", letter.Fact("Højeste bebyggelsesprocent"));

        var appeal = Assert.IsType<LetterAppeal>(letter.Appeal);
        Assert.Equal("Byggeklageenheden", appeal.Body);
        Assert.Equal(new DateOnly(2026, 12, 23), appeal.Deadline);
        Assert.Contains("23. december 2026", appeal.Text);
        Assert.DoesNotContain(letter.Sections, s => s.Heading == "Hvis du er uenig");
    }

    [Fact]
    public async Task An_approved_carport_in_English_writes_numbers_and_the_deadline_the_English_way()
    {
        var letter = LetterWriter.Write(await LetterCases.ApprovedCarport(), "en");

        Assert.Contains("permit granted", letter.Subject);
        Assert.Contains("made automatically", letter.Text());
        Assert.Equal("3.2 m", letter.Fact("Height"));
        Assert.Equal("17.8%", letter.Fact("Plot ratio"));
        Assert.Contains("23 December 2026", letter.Appeal!.Text);
        Assert.Contains("within 4 weeks", letter.Appeal.Text);
    }
}
