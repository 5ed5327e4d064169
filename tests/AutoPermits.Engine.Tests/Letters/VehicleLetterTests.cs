using AutoPermits.Engine.Cases;
using AutoPermits.Engine.Letters;

namespace AutoPermits.Engine.Tests.Letters;

public sealed class VehicleLetterTests
{
    [Fact]
    public async Task A_valued_car_in_Danish_states_the_amount_and_a_3_month_deadline_across_the_month_end()
    {
        var letter = LetterWriter.Write(await LetterCases.ValuedCar(new DateOnly(2026, 11, 30)), "da");

        Assert.Contains("152.300 kr.", letter.Subject);
        Assert.Contains("Værdien er fastsat til 152.300 kr.", letter.Paragraphs());
        Assert.Contains("Registreringsafgiftsloven § 10", letter.LegalBases);
        Assert.Equal("153.250 kr.", letter.Fact("Gennemsnitspris i annoncerne"));
        Assert.Equal("85.000 km", letter.Fact("Dit køretøjs kilometertal"));
        Assert.Equal("4", letter.Fact("Sammenlignelige forhandlerannoncer brugt"));
        Assert.Equal("2020", letter.Fact("Første registreringsår"));

        var appeal = Assert.IsType<LetterAppeal>(letter.Appeal);
        Assert.Equal("Motorankenævnet", appeal.Body);
        Assert.Equal(new DateOnly(2027, 2, 28), appeal.Deadline);
        Assert.Contains("28. februar 2027", appeal.Text);
    }

    [Fact]
    public async Task A_valued_car_in_English_states_the_amount_in_DKK()
    {
        var letter = LetterWriter.Write(await LetterCases.ValuedCar(new DateOnly(2026, 11, 30)), "en");

        Assert.Equal(DecisionOutcome.Valued, letter.Outcome);
        Assert.Contains("DKK 152,300", letter.Subject);
        Assert.Contains("The value is set at DKK 152,300.", letter.Paragraphs());
        Assert.Equal("DKK 153,250", letter.Fact("Mean price in the advertisements"));
        Assert.Equal("85,000 km", letter.Fact("Your vehicle's mileage"));
        Assert.Contains("28 February 2027", letter.Appeal!.Text);
        Assert.Contains("Motorankenævnet", letter.Appeal.Text);
    }

    [Theory]
    [InlineData("2027-11-30", "2028-02-29")] // a leap year's February
    [InlineData("2026-08-31", "2026-11-30")]
    [InlineData("2026-11-25", "2027-02-25")]
    public async Task The_appeal_deadline_is_three_calendar_months_after_the_decision(string decided, string deadline)
    {
        var letter = LetterWriter.Write(await LetterCases.ValuedCar(DateOnly.Parse(decided)), "en");

        Assert.Equal(DateOnly.Parse(deadline), letter.Appeal!.Deadline);
    }

    [Fact]
    public async Task An_override_says_the_caseworkers_decision_replaces_the_automatic_assessment()
    {
        var input = await LetterCases.OverriddenValuation();

        var da = LetterWriter.Write(input, "da");
        Assert.True(da.ByPerson);
        Assert.Contains("Værdien er fastsat til 145.000 kr.", da.Paragraphs());
        Assert.Contains("En sagsbehandler i kommunen har truffet afgørelsen.", da.Paragraphs());
        Assert.Contains("Sagsbehandlerens afgørelse træder i stedet for kommunens automatiske vurdering.", da.Paragraphs());
        Assert.Contains("Bilen har en dokumenteret skade på forskærmen, som annoncerne ikke afspejler.", da.Text());
        Assert.DoesNotContain("truffet automatisk", da.Text());
        Assert.Equal(new DateOnly(2027, 3, 14), da.Appeal!.Deadline);

        var en = LetterWriter.Write(input, "en");
        Assert.Contains("The value is set at DKK 145,000.", en.Paragraphs());
        Assert.Contains("The caseworker's decision replaces the municipality's automatic assessment.", en.Paragraphs());
        Assert.Contains("14 March 2027", en.Appeal!.Text);
    }
}
