using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Triage;
using AutoPermits.Engine.Triage.Classifier;

namespace AutoPermits.Engine.Tests.SocialGuard;

/// <summary>
/// The guard's statistical layer as a citizen meets it: a social situation told without any listed word is
/// refused by the classifier, plain applications still flow, and the verdict carries the score.
/// </summary>
public sealed class ClassifierLayerTests
{
    [Theory]
    [InlineData("My daughter can no longer walk to the car since her accident")]
    [InlineData("We can't make ends meet since I lost my job")]
    [InlineData("Min datter kan ikke længere gå ud til bilen efter ulykken")]
    [InlineData("Vi kan ikke få pengene til at slå til, efter jeg mistede mit arbejde")]
    public async Task The_examples_of_the_issue_go_to_a_person_without_any_rule_running(string description)
    {
        var application = Samples.Carport();
        application["description"] = description;

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("social", assessment.Queue);
        Assert.Null(assessment.RuleSet);
    }

    [Theory]
    [InlineData("Siden trafikulykken kan min søn ikke selv komme ind og ud af bilen")]
    [InlineData("Efter fyresedlen i foråret rækker lønnen ikke længere til både husleje og mad")]
    [InlineData("Since the accident my daughter cannot get from the house to the car on her own")]
    [InlineData("We have had to choose between food and the electricity bill since I was let go")]
    public async Task A_social_situation_in_words_no_lexicon_lists_is_refused_by_the_classifier(string description)
    {
        var application = Samples.Carport();
        application["description"] = description;

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.Empty(TestEngine.Shared.Lexicon.Find(TextNormaliser.Normalise(description)));
        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("social", assessment.Queue);
        Assert.Equal(RefusedBy.Classifier, assessment.Triage.RefusedBy);
        Assert.Empty(assessment.Triage.Signals);
        Assert.True(assessment.Triage.Score >= TestEngine.Shared.Classifier.Threshold);
        Assert.Null(assessment.RuleSet);
    }

    [Fact]
    public async Task A_plain_carport_is_automated_and_its_score_is_reported()
    {
        var application = Samples.Carport();
        application["description"] = "Room for the pram and the kids' bikes";

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.True(assessment.Triage.Automatable);
        Assert.Equal(Outcome.Exempt, assessment.Outcome);
        Assert.InRange(assessment.Triage.Score!.Value, 0, TestEngine.Shared.Classifier.Threshold);
    }

    [Fact]
    public async Task A_lexicon_refusal_keeps_its_signals_and_still_reports_the_score()
    {
        var application = Samples.Carport();
        application["description"] = "Carport til handicapbil";

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.Equal(RefusedBy.Policy, assessment.Triage.RefusedBy);
        Assert.Contains(assessment.Triage.Signals, s => s.Matched == "handicapbil");
        Assert.NotNull(assessment.Triage.Score);
    }

    [Fact]
    public async Task The_typed_words_of_a_car_are_not_read_as_prose()
    {
        // A make and model say nothing about the citizen; only what they wrote in their own words is scored.
        var application = Samples.Vehicle(d => d["variant"] = "1.0 TSI Life");
        application["description"] = "";

        var assessment = await TestEngine.Shared.AssessAsync(application);

        Assert.True(assessment.Triage.Automatable);
        Assert.Null(assessment.Triage.Score);
    }

    [Fact]
    public async Task The_same_application_gets_the_same_verdict_every_time()
    {
        var application = Samples.Carport();
        application["description"] = "Vi har brug for plads til to biler og en trailer, og min mor kommer tit på besøg.";

        var verdicts = new List<TriageVerdict>();
        for (var i = 0; i < 3; i++) verdicts.Add((await TestEngine.Shared.AssessAsync(application)).Triage);
        verdicts.Add((await new TestEngine().AssessAsync(application)).Triage);

        Assert.All(verdicts, v => Assert.Equal(verdicts[0].Score, v.Score));
        Assert.All(verdicts, v => Assert.Equal(verdicts[0].RefusedBy, v.RefusedBy));
    }

    [Fact]
    public void Scoring_is_safe_from_many_threads_at_once()
    {
        var texts = Corpus.Load(Path.Combine(Repository.Rules, "classifier", SocialTextClassifier.CorpusFolder)).Examples
            .Select(e => e.Text).Take(400).ToArray();
        var alone = texts.Select(TestEngine.Shared.Classifier.Score).ToArray();

        var together = new double[texts.Length];
        Parallel.For(0, texts.Length * 10, new ParallelOptions { MaxDegreeOfParallelism = 8 },
            i => together[i % texts.Length] = TestEngine.Shared.Classifier.Score(texts[i % texts.Length]));

        Assert.Equal(alone, together);
    }

    [Fact]
    public void Without_a_classifier_the_guard_refuses_even_a_plain_carport()
    {
        var guard = new Guard(TestEngine.Shared.Catalogue, TestEngine.Shared.Lexicon, classifier: null);
        var read = TestEngine.Shared.Read(Samples.Carport().ToJsonString());

        var verdict = guard.Assess(read.Application!);

        Assert.False(verdict.Automatable);
        Assert.Equal(RefusedBy.Error, verdict.RefusedBy);
        Assert.Equal("social", verdict.Queue);
        Assert.Contains("classifier", guard.Problem);
    }
}
