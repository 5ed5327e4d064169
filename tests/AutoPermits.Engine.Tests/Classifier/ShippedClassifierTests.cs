using AutoPermits.Engine.Triage;
using AutoPermits.Engine.Triage.Classifier;

namespace AutoPermits.Engine.Tests.Classifier;

/// <summary>
/// The corpus and model the repository ships: the corpus is what issue 3 asks of it, the model is the one the
/// documented command makes from it, and on held-out folds the whole guard meets the bar.
/// </summary>
public sealed class ShippedClassifierTests
{
    private static readonly string ClassifierDirectory = Path.Combine(Repository.Rules, "classifier");
    private static readonly Corpus Shipped = Corpus.Load(Path.Combine(ClassifierDirectory, SocialTextClassifier.CorpusFolder));
    private static readonly Corpus HeldBack = Corpus.Load(Path.Combine(ClassifierDirectory, SocialTextClassifier.HeldBackFolder));

    private static readonly string[] SocialCategories =
        ["social-law", "benefits", "health-and-disability", "care", "children-and-family", "vulnerability", "special-category"];

    [Fact]
    public void The_corpus_is_large_enough_and_at_least_forty_percent_Danish()
    {
        Assert.True(Shipped.Examples.Count >= 800, $"{Shipped.Examples.Count} examples");
        Assert.True(Shipped.Examples.Count(e => e.Lang == "da") >= 0.4 * Shipped.Examples.Count);
    }

    [Fact]
    public void Every_category_of_the_triage_spec_is_in_the_corpus_in_both_languages()
    {
        foreach (var category in SocialCategories)
        {
            foreach (var lang in new[] { "da", "en" })
            {
                Assert.True(Shipped.Examples.Count(e => e.IsSocial && e.Category == category && e.Lang == lang) >= 20, $"{category}/{lang}");
            }
        }
        Assert.All(Shipped.Examples.Where(e => e.IsSocial), e => Assert.Contains(e.Category, SocialCategories));
    }

    [Fact]
    public void The_corpus_has_paraphrases_traps_and_texts_short_and_long()
    {
        var lexicon = TestEngine.Shared.Lexicon;
        bool Listed(CorpusExample e) => lexicon.Find(TextNormaliser.Normalise(e.Text)).Count > 0;
        static int Words(CorpusExample e) => e.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

        Assert.True(Shipped.Examples.Count(e => e.IsSocial && !Listed(e)) >= 200, "social examples in words the lexicon does not list");
        Assert.True(Shipped.Examples.Count(e => !e.IsSocial && e.Category == "trap") >= 100, "plain traps");
        Assert.Contains(Shipped.Examples, e => e.IsSocial && Listed(e));
        foreach (var social in new[] { true, false })
        {
            Assert.Contains(Shipped.Examples, e => e.IsSocial == social && Words(e) <= 5);
            Assert.Contains(Shipped.Examples, e => e.IsSocial == social && Words(e) >= 40);
        }
        Assert.Equal(Shipped.Examples.Count, Shipped.Examples.Select(e => e.Text).Distinct().Count());
    }

    // ML.NET's training arithmetic is vectorised to the instruction sets the CPU has (AVX2, AVX and SSE each round
    // differently): with the fixed seed, one machine retrains the same model bit for bit (ClassifierTrainingTests),
    // another one to within rounding. Measured on an AVX2 machine against the shipped model, trained on another
    // CPU: scores within 5.6e-3, every verdict the same.
    private const double ScoreTolerance = 1e-2;
    private const double RateTolerance = 0.003;

    [Fact]
    public void The_shipped_model_is_the_one_the_training_command_makes_from_the_shipped_corpus()
    {
        var shipped = SocialTextClassifier.Load(ClassifierDirectory);
        var retrained = SocialTextClassifier.From(ClassifierTraining.Train(Shipped.Examples), shipped.Threshold);

        var scores = Shipped.Examples.Concat(HeldBack.Examples).Select(e => (Shipped: shipped.Score(e.Text), Retrained: retrained.Score(e.Text))).ToArray();
        var furthest = scores.Max(s => Math.Abs(s.Shipped - s.Retrained));
        Assert.True(furthest <= ScoreTolerance, $"a retrained score differs from the shipped one by {furthest:E2}");
        Assert.DoesNotContain(scores, s => s.Shipped >= shipped.Threshold != s.Retrained >= shipped.Threshold);
    }

    [Fact]
    public void On_held_out_folds_the_guard_does_what_model_json_says_it_does()
    {
        // model.json states the held-out figures its threshold was chosen on; a lexicon or corpus changed since
        // without retraining makes them untrue, and the rule author is told to retrain. The folds are retrained
        // here, so the figures hold to within what another CPU's rounding moves (a few of 3,384 examples).
        var info = ClassifierModelInfo.Read(ClassifierDirectory);

        var evaluation = HeldOutEvaluation.Evaluate(
            HeldOutEvaluation.Score(Shipped.Examples, TestEngine.Shared.Lexicon, info.Folds, info.Seed), info.Threshold);

        Assert.Equal(info.HeldOut.Recall, evaluation.Recall, RateTolerance);
        Assert.Equal(info.HeldOut.AutomationRate, evaluation.AutomationRate, RateTolerance);
        Assert.True(info.HeldOut.AutomationRate >= info.AutomationFloor, $"model.json's automation rate {info.HeldOut.AutomationRate:P2} is below its floor");
    }

    [Fact]
    public void A_held_back_set_written_independently_of_the_corpus_is_refused_and_automated_as_it_should_be()
    {
        var heldBack = HeldBack.Examples;
        Assert.DoesNotContain(heldBack, e => Shipped.Examples.Any(c => c.Text == e.Text));

        var verdicts = heldBack.Select(e =>
        {
            var application = Samples.Carport();
            application["description"] = e.Text;
            return (Example: e, Verdict: TestEngine.Shared.Guard.Assess(TestEngine.Shared.Read(application.ToJsonString()).Application!));
        }).ToArray();

        var automatedSocial = verdicts.Where(v => v.Example.IsSocial && v.Verdict.Automatable).Select(v => v.Example.Text).ToArray();
        var plain = verdicts.Where(v => !v.Example.IsSocial).ToArray();
        var automation = plain.Count(v => v.Verdict.Automatable) / (double)plain.Length;
        Assert.True(automatedSocial.Length == 0, "social cases automated: " + string.Join(" | ", automatedSocial));
        Assert.True(automation >= 0.9, $"automation rate on plain held-back cases {automation:P1}");
    }
}
