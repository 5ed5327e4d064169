using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Triage;

namespace AutoPermits.Engine.Tests.SocialGuard;

/// <summary>spec/triage.md: the traps a guard must catch, and the plain cases it must let through.</summary>
public sealed class GuardTrapTests
{
    [Theory]
    [InlineData("Carport til handicapbil")]
    [InlineData("Vi skal bruge en rampe op til carporten")]
    [InlineData("Udhus til hjælpemidler")]
    [InlineData("Bilen er bevilget efter serviceloven § 114")]
    [InlineData("An annex for a relative who needs care")]
    [InlineData("Anneks til min mor, som har brug for pleje")]
    [InlineData("Vi har brug for en bred carport, fordi min kone sidder i kørestol.")]
    [InlineData("HANDICAPCARPORT med ekstra bredde")]
    [InlineData("plads til koerestolen")]
    [InlineData("Plads til min elkørestol")]
    [InlineData("Carport — min søn har en diagnose")]
    [InlineData("Vi modtager boligstøtte")]
    [InlineData("Jeg er på kontanthjælp")]
    [InlineData("My husband has dementia")]
    [InlineData("We cannot afford a garage after the divorce")]
    [InlineData("Skal bruges efter anbringelsen af vores barn")]
    [InlineData("Efter min mands dødsfald")]
    [InlineData("Jeg er netop kommet ud af fængslet")]
    [InlineData("Mit barn er i plejefamilie")]
    [InlineData("We fled domestic violence")]
    [InlineData("Jeg har svært ved at betale")]
    [InlineData("Carport jf. § 116")]
    [InlineData("Jeg har gæld")]
    [InlineData("I receive housing benefit")]
    [InlineData("plejehjemmet ligger ved siden af")]
    [InlineData("Åbent skur til rollatoren")]
    [InlineData("Min mor får hjemmepleje, og jeg arbejder i hjemmeplejen")]
    [InlineData("My mother moved into a care home")]
    [InlineData("Min datter er anbragt")]
    [InlineData("Han er blind og skal ledes fra bilen")]
    [InlineData("Efter min kones død kører jeg ikke længere")]
    [InlineData("Bilen er købt med tilskud fra kommunen")]
    [InlineData("My husband is an alcoholic")]
    public async Task A_social_signal_in_the_description_sends_the_case_to_the_social_queue(string description)
    {
        var application = Samples.Carport();
        application["description"] = description;

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("social", assessment.Queue);
        Assert.False(assessment.Triage.Automatable);
        Assert.Equal(RefusedBy.Policy, assessment.Triage.RefusedBy);
        Assert.Contains(assessment.Triage.Signals, s => s.Field == "description");
    }

    [Theory]
    [InlineData("Plads til barnevognen og børnenes cykler")]
    [InlineData("Room for the pram and the kids' bikes")]
    [InlineData("We are retired and want shelter for the car")]
    [InlineData("I work nights as a nurse and park late")]
    [InlineData("Jeg arbejder som social- og sundhedsassistent og kommer sent hjem")]
    [InlineData("Carport til vores nye elbil med ladestander")]
    [InlineData("De gældende regler for carporte er overholdt")]
    [InlineData("Beskyttelse mod voldsomt regnvejr")]
    [InlineData("Vi plejer at parkere i indkørslen")]
    [InlineData("Trampolinen skal flyttes")]
    [InlineData("Jeg arbejder i hjemmeplejen og kommer sent hjem")]
    [InlineData("Carporten er anbragt 3 m fra skel")]
    [InlineData("Vi vil gerne have det bekræftet, før vi bygger")]
    [InlineData("Min kone er hjemmesygeplejerske og kører tidligt")]
    [InlineData("Vi bor for enden af en blind vej")]
    [InlineData("The car passed last year's inspection without remarks")]
    [InlineData("Min kone arbejder på plejehjemmet og møder klokken seks")]
    [InlineData("I work at a care home and have odd shifts")]
    [InlineData("My sister works in home care and visits in her company car")]
    [InlineData("Åben carport i træ med tagpap ved siden af huset.")]
    [InlineData("Dobbelt carport med redskabsrum og plads til cykler og en lille trailer.")]
    [InlineData("")]
    public async Task A_plain_carport_is_still_decided_automatically(string description)
    {
        var application = Samples.Carport();
        application["description"] = description;

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.True(assessment.Triage.Automatable, string.Join(", ", assessment.Triage.Signals.Select(s => s.Matched)));
        Assert.Equal(Outcome.Exempt, assessment.Outcome);
    }

    [Fact]
    public async Task Signals_in_any_text_the_citizen_wrote_count_and_say_where_they_were_found()
    {
        var application = Samples.Vehicle(d => d["variant"] = "1.5 TSI Handicapbil");

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.Equal("social", assessment.Queue);
        var signal = Assert.Single(assessment.Triage.Signals);
        Assert.Equal("data.variant", signal.Field);
        Assert.Equal("health-and-disability", signal.Category);
        Assert.Equal("handicapbil", signal.Matched);
    }

    [Theory]
    [InlineData("variant", "125 2-stroke")]
    [InlineData("model", "Ampera-e")]
    [InlineData("make", "Seat")]
    public async Task The_words_of_a_plain_car_are_not_signals(string field, string value)
    {
        var assessment = await TestEngine.Shared.AssessAsync(Samples.Vehicle(d => d[field] = value));

        Assert.True(assessment.Triage.Automatable, string.Join(", ", assessment.Triage.Signals.Select(s => s.Matched)));
    }

    [Fact]
    public async Task A_social_case_never_reaches_a_rule_set()
    {
        var assessment = await TestEngine.Shared.AssessAsync(Samples.Application("social-carport"));

        Assert.Null(assessment.RuleSet);
        Assert.Null(assessment.Facts);
        Assert.Null(assessment.ValuationDkk);
        var reason = Assert.Single(assessment.Reasons);
        Assert.Equal("triage.person-decides", reason.Code);
        Assert.DoesNotContain("kørestol", reason.Message.Da);
    }

    [Theory]
    [InlineData("housing-benefit")]
    [InlineData("disability-aid")]
    [InlineData("cash-assistance")]
    [InlineData("child-welfare")]
    [InlineData("home-care")]
    public async Task A_social_application_type_always_goes_to_the_social_queue(string type)
    {
        var application = Samples.Application("social-type");
        application["type"] = type;
        application["description"] = "Helt almindelig tekst.";

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("social", assessment.Queue);
        Assert.Equal(RefusedBy.Policy, assessment.Triage.RefusedBy);
        Assert.Contains(assessment.Triage.Signals, s => s.Category == "application-type");
        Assert.Null(assessment.RuleSet);
    }

    [Fact]
    public async Task A_general_inquiry_goes_to_the_general_queue()
    {
        var application = Samples.Application("social-type");
        application["type"] = "general-inquiry";
        application["description"] = "Hvornår tømmes skraldespanden?";
        application["data"] = new System.Text.Json.Nodes.JsonObject();

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("general", assessment.Queue);
        Assert.Null(assessment.RuleSet);
    }

    [Fact]
    public async Task A_general_inquiry_about_a_social_matter_goes_to_the_social_queue()
    {
        var application = Samples.Application("social-type");
        application["type"] = "general-inquiry";
        application["description"] = "Kan jeg få hjemmehjælp?";

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.Equal("social", assessment.Queue);
    }

    [Fact]
    public async Task Free_form_data_is_read_too_keys_included()
    {
        var application = Samples.Application("social-type");
        application["type"] = "general-inquiry";
        application["description"] = "Spørgsmål";
        application["data"] = new System.Text.Json.Nodes.JsonObject { ["wheelchair"] = true };

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.Equal("social", assessment.Queue);
        Assert.Contains(assessment.Triage.Signals, s => s.Field == "data.wheelchair");
    }
}
