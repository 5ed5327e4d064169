using AutoPermits.Engine.Cases;
using AutoPermits.Engine.Letters;

namespace AutoPermits.Engine.Tests.Letters;

public sealed class PersonsDecisionLetterTests
{
    private const string Reason = "Carporten ville ligge 40 m fra stranden, og der er ingen særlige forhold, der taler for dispensation.";

    [Fact]
    public void A_refusal_in_Danish_says_a_caseworker_decided_and_gives_their_reason_as_written()
    {
        var letter = LetterWriter.Write(LetterCases.PersonsRefusal(Reason, LetterCases.BuildingAppeal), "da");

        Assert.Equal(DecisionOutcome.Refused, letter.Outcome);
        Assert.Contains("Afslag", letter.Subject);
        Assert.Contains("Du får afslag på din ansøgning.", letter.Paragraphs());
        Assert.Contains("En sagsbehandler i kommunen har truffet afgørelsen.", letter.Paragraphs());
        Assert.Contains("Carporten ligger inden for strandbeskyttelseslinjen.", letter.Paragraphs());
        Assert.Contains(letter.Paragraphs(), p => p.EndsWith(Reason, StringComparison.Ordinal));
        Assert.DoesNotContain("automatisk", letter.Text());
        Assert.Equal(["Naturbeskyttelsesloven § 15"], letter.LegalBases);
        Assert.Equal(new DateOnly(2026, 12, 30), letter.Appeal!.Deadline);
        Assert.Contains("30. december 2026", letter.Appeal.Text);
        Assert.Equal("Bo Hansen", letter.Recipient);
    }

    [Fact]
    public void A_refusal_in_English_says_a_caseworker_decided()
    {
        var letter = LetterWriter.Write(LetterCases.PersonsRefusal(Reason, LetterCases.BuildingAppeal), "en");

        Assert.Contains("refused", letter.Subject);
        Assert.Contains("Your application is refused.", letter.Paragraphs());
        Assert.Contains("A caseworker at the municipality made this decision.", letter.Paragraphs());
        Assert.Contains("The carport lies within the beach protection line.", letter.Paragraphs());
        Assert.Contains(letter.Paragraphs(), p => p.EndsWith(Reason, StringComparison.Ordinal));
        Assert.Contains("30 December 2026", letter.Appeal!.Text);
    }

    [Fact]
    public void Without_appeal_guidance_the_letter_says_how_to_ask_the_municipality_and_names_no_appeal_body()
    {
        var letter = LetterWriter.Write(LetterCases.PersonsRefusal(Reason, appeal: null), "en");

        Assert.Null(letter.Appeal);
        var disagree = Assert.Single(letter.Sections, s => s.Heading == "If you disagree");
        Assert.Contains("ask the municipality to reconsider", Assert.Single(disagree.Paragraphs));
        Assert.Contains(LetterCases.CaseId.ToString(), disagree.Paragraphs[0]);
        Assert.DoesNotContain("Byggeklageenheden", letter.Text());
    }

    [Fact]
    public void A_decision_that_adopts_no_rule_cites_the_legal_basis_the_caseworker_named()
    {
        var input = LetterCases.PersonsRefusal(Reason, LetterCases.BuildingAppeal) with { Reasons = [], LegalBasis = " Naturbeskyttelsesloven § 15, stk. 1 " };

        var letter = LetterWriter.Write(input, "da");

        Assert.Equal(["Naturbeskyttelsesloven § 15, stk. 1"], letter.LegalBases);
        Assert.Contains("Naturbeskyttelsesloven § 15, stk. 1", LetterWriter.Html(letter));
    }

    [Fact]
    public void A_machine_never_refuses()
    {
        var automated = LetterCases.PersonsRefusal(Reason, LetterCases.BuildingAppeal) with { ByPerson = false };

        Assert.Throws<ArgumentException>(() => LetterWriter.Write(automated, "da"));
    }
}
