using AutoPermits.Engine.Triage.Classifier;

namespace AutoPermits.Engine.Tests.Classifier;

/// <summary>
/// The classifier's machinery: the corpus, reproducible training, stratified held-out evaluation, the
/// recall-first threshold, and a saved model that refuses to be used once its corpus has changed.
/// </summary>
public sealed class ClassifierTrainingTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("autopermits-classifier-").FullName;

    private static string CorpusDirectory => Path.Combine(Repository.Rules, "classifier", SocialTextClassifier.CorpusFolder);

    public ClassifierTrainingTests()
    {
        Directory.CreateDirectory(Path.Combine(_directory, SocialTextClassifier.CorpusFolder));
        foreach (var file in Directory.GetFiles(CorpusDirectory))
        {
            File.Copy(file, Path.Combine(_directory, SocialTextClassifier.CorpusFolder, Path.GetFileName(file)));
        }
    }

    [Fact]
    public void The_corpus_holds_both_labels_in_both_languages()
    {
        var corpus = Corpus.Load(CorpusDirectory);

        Assert.Contains(corpus.Examples, e => e.IsSocial && e.Lang == "da");
        Assert.Contains(corpus.Examples, e => e.IsSocial && e.Lang == "en");
        Assert.Contains(corpus.Examples, e => !e.IsSocial && e.Lang == "da");
        Assert.Contains(corpus.Examples, e => !e.IsSocial && e.Category == "trap");
        Assert.Matches("^[0-9a-f]{64}$", corpus.Sha256);
    }

    [Fact]
    public void An_example_without_a_known_label_is_refused_with_its_file_and_line()
    {
        File.AppendAllText(Path.Combine(_directory, SocialTextClassifier.CorpusFolder, "zz.jsonl"),
            "{\"text\": \"ok\", \"label\": \"plain\", \"category\": \"carport\", \"lang\": \"da\"}\n{\"text\": \"hmm\", \"label\": \"maybe\", \"category\": \"x\", \"lang\": \"da\"}\n");

        var error = Assert.Throws<InvalidDataException>(() => Corpus.Load(Path.Combine(_directory, SocialTextClassifier.CorpusFolder)));

        Assert.StartsWith("zz.jsonl:2:", error.Message);
    }

    [Fact]
    public void Training_twice_with_the_same_seed_gives_the_same_scores()
    {
        var corpus = Corpus.Load(CorpusDirectory);
        var texts = corpus.Examples.Where((_, i) => i % 10 == 0).Select(e => e.Text).ToArray();

        var first = SocialTextClassifier.From(ClassifierTraining.Train(corpus.Examples), 0.5);
        var second = SocialTextClassifier.From(ClassifierTraining.Train(corpus.Examples), 0.5);

        Assert.Equal(texts.Select(first.Score), texts.Select(second.Score));
        Assert.All(texts.Select(first.Score), s => Assert.InRange(s, 0, 1));
    }

    [Fact]
    public void Held_out_evaluation_scores_every_example_once_and_spreads_each_stratum_over_the_folds()
    {
        var corpus = Corpus.Load(CorpusDirectory);

        var scores = HeldOutEvaluation.Score(corpus.Examples, TestEngine.Shared.Lexicon, folds: 5);

        Assert.Equal(corpus.Examples.Count, scores.Count);
        Assert.Equal(corpus.Examples, scores.Select(s => s.Example));
        foreach (var stratum in scores.GroupBy(s => (s.Example.Label, s.Example.Category)))
        {
            var perFold = Enumerable.Range(0, 5).Select(f => stratum.Count(s => s.Fold == f)).ToArray();
            Assert.True(perFold.Max() - perFold.Min() <= 1, $"{stratum.Key}: {string.Join(",", perFold)}");
        }
    }

    [Fact]
    public void The_recall_first_threshold_is_the_lowest_that_still_automates_the_floor_of_plain_examples()
    {
        CorpusExample Example(bool social) => new("t", social ? CorpusExample.Social : CorpusExample.Plain, "c", "da");
        HeldOutScore[] scores =
        [
            new(Example(social: true), 0.90, LexiconHit: false, 0),
            new(Example(social: true), 0.40, LexiconHit: false, 1),
            new(Example(social: true), 0.02, LexiconHit: false, 1),
            new(Example(social: true), 0.01, LexiconHit: true, 2),
            new(Example(social: false), 0.35, LexiconHit: false, 3),
            new(Example(social: false), 0.05, LexiconHit: false, 4),
            new(Example(social: false), 0.10, LexiconHit: false, 4),
            new(Example(social: false), 0.90, LexiconHit: false, 4),
        ];

        var threshold = HeldOutEvaluation.RecallFirstThreshold(scores, automationFloor: 0.75);
        var evaluation = HeldOutEvaluation.Evaluate(scores, threshold);

        Assert.Equal(0.3501, threshold);
        Assert.Equal(0.75, evaluation.AutomationRate);
        Assert.Equal(0.75, evaluation.Recall);
        Assert.Equal(0.02, Assert.Single(evaluation.MissedSocial).Score);
    }

    [Fact]
    public void No_threshold_is_chosen_when_the_lexicon_alone_refuses_more_plain_examples_than_the_floor_allows()
    {
        HeldOutScore[] scores =
        [
            new(new("t", CorpusExample.Plain, "c", "da"), 0.1, LexiconHit: true, 0),
            new(new("t", CorpusExample.Plain, "c", "da"), 0.1, LexiconHit: false, 1),
        ];

        Assert.Throws<InvalidOperationException>(() => HeldOutEvaluation.RecallFirstThreshold(scores, automationFloor: 0.9));
    }

    [Fact]
    public void A_saved_model_loads_with_its_threshold_and_is_refused_once_the_corpus_changes()
    {
        var (info, _) = ClassifierTrainer.TrainAndSave(_directory, TestEngine.Shared.Lexicon, folds: 3);

        var loaded = SocialTextClassifier.Load(_directory);
        var corpus = Corpus.Load(Path.Combine(_directory, SocialTextClassifier.CorpusFolder));
        Assert.Equal(info.Threshold, loaded.Threshold);
        Assert.Equal(corpus.Sha256, info.CorpusSha256);
        // The loaded model scores as the one just trained: its feature ratios came back from the file intact.
        var trained = SocialTextClassifier.From(ClassifierTraining.Train(corpus.Examples), info.Threshold);
        string[] texts = ["Vi har brug for en bred carport, fordi min søn sidder i kørestol.", "Plads til barnevognen og cyklerne.", "I can't stand for long since the operation."];
        Assert.Equal(texts.Select(trained.Score), texts.Select(loaded.Score));

        File.AppendAllText(Path.Combine(_directory, SocialTextClassifier.CorpusFolder, "added.jsonl"),
            "{\"text\": \"Plads til to biler\", \"label\": \"plain\", \"category\": \"carport\", \"lang\": \"da\"}\n");
        var stale = Assert.Throws<ClassifierUnavailableException>(() => SocialTextClassifier.Load(_directory));
        Assert.Contains("stale", stale.Message);
    }

    [Fact]
    public void A_missing_model_is_refused()
    {
        var error = Assert.Throws<ClassifierUnavailableException>(() => SocialTextClassifier.Load(_directory));
        Assert.Contains("could not be loaded", error.Message);
    }

    [Fact]
    public void A_model_without_its_feature_ratios_is_refused()
    {
        ClassifierTrainer.TrainAndSave(_directory, TestEngine.Shared.Lexicon, folds: 3);
        File.Delete(Path.Combine(_directory, FeatureRatios.FileName));

        var error = Assert.Throws<ClassifierUnavailableException>(() => SocialTextClassifier.Load(_directory));
        Assert.Contains("could not be loaded", error.Message);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
