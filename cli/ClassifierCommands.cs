using System.Globalization;
using AutoPermits.Engine.Triage;
using AutoPermits.Engine.Triage.Classifier;

namespace AutoPermits.Cli;

internal static class ClassifierCommands
{
    public static int Train(Options options)
    {
        var lexicon = Lexicon.Load(Path.Combine(options.Rules, "lexicon.json"));
        Console.WriteLine($"Training on {options.Classifier}/corpus with seed {options.Seed}, {options.Folds} folds …");
        var (info, heldOut) = ClassifierTrainer.TrainAndSave(options.Classifier, lexicon, options.Seed, options.Folds, options.AutomationFloor);
        Console.WriteLine($"corpus sha256 {info.CorpusSha256}");
        Print(heldOut);
        Console.WriteLine($"wrote {Path.Combine(options.Classifier, SocialTextClassifier.ModelFile)}, {FeatureRatios.FileName} and {SocialTextClassifier.InfoFile}");
        return 0;
    }

    public static int Evaluate(Options options)
    {
        var lexicon = Lexicon.Load(Path.Combine(options.Rules, "lexicon.json"));
        var threshold = SocialTextClassifier.Load(options.Classifier).Threshold;
        var corpus = Corpus.Load(Path.Combine(options.Classifier, SocialTextClassifier.CorpusFolder));
        Console.WriteLine($"Held-out folds of the corpus ({options.Folds}-fold, stratified):");
        var heldOut = HeldOutEvaluation.Evaluate(HeldOutEvaluation.Score(corpus.Examples, lexicon, options.Folds, options.Seed), threshold);
        Print(heldOut);
        var heldBackDirectory = Path.Combine(options.Classifier, SocialTextClassifier.HeldBackFolder);
        if (!Directory.Exists(heldBackDirectory)) return heldOut.Recall < 1.0 ? 1 : 0;

        Console.WriteLine($"Held-back set {heldBackDirectory} (never trained on), scored by the shipped model:");
        var classifier = SocialTextClassifier.Load(options.Classifier);
        var heldBack = HeldOutEvaluation.Evaluate(HeldOutEvaluation.ScoreHeldBack(Corpus.Load(heldBackDirectory).Examples, lexicon, classifier), threshold);
        Print(heldBack);
        return heldOut.Recall < 1.0 || heldBack.Recall < 1.0 ? 1 : 0;
    }

    private static void Print(GuardEvaluation e)
    {
        var c = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(c, $"threshold {e.Threshold:0.####}"));
        Console.WriteLine(string.Create(c, $"recall on social examples   {e.Recall:P2} ({e.SocialCount - e.MissedSocial.Count}/{e.SocialCount} refused)"));
        Console.WriteLine(string.Create(c, $"automation rate on plain    {e.AutomationRate:P2} ({e.PlainCount - e.RefusedPlain.Count}/{e.PlainCount} automated)"));
        foreach (var s in e.MissedSocial)
        {
            Console.WriteLine(string.Create(c, $"  MISSED social [{s.Example.Category}, {s.Example.Lang}] score {s.Score:0.000}: {s.Example.Text}"));
        }
        foreach (var s in e.RefusedPlain)
        {
            var by = s.LexiconHit ? "lexicon" : string.Create(c, $"score {s.Score:0.000}");
            Console.WriteLine($"  REFUSED plain [{s.Example.Category}, {s.Example.Lang}] {by}: {s.Example.Text}");
        }
    }
}
