namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>One example scored by a model that never saw it.</summary>
public sealed record HeldOutScore(CorpusExample Example, double Score, bool LexiconHit, int Fold);

/// <summary>How the whole guard (lexicon and classifier) does on held-out examples at a threshold.</summary>
public sealed record GuardEvaluation(
    double Threshold,
    int SocialCount,
    double Recall,
    int PlainCount,
    double AutomationRate,
    IReadOnlyList<HeldOutScore> MissedSocial,
    IReadOnlyList<HeldOutScore> RefusedPlain);

/// <summary>
/// Stratified k-fold cross-validation of the guard: each example is scored by a model trained on the other
/// folds, with every (label, category) spread evenly over the folds, so the figures speak of unseen text.
/// </summary>
public static class HeldOutEvaluation
{
    public static IReadOnlyList<HeldOutScore> Score(IReadOnlyList<CorpusExample> examples, Lexicon lexicon, int folds = 5, int seed = ClassifierTraining.DefaultSeed)
    {
        var random = new Random(seed);
        var foldOf = new int[examples.Count];
        foreach (var stratum in Enumerable.Range(0, examples.Count).GroupBy(i => (examples[i].Label, examples[i].Category)).OrderBy(g => g.Key))
        {
            var shuffled = stratum.OrderBy(_ => random.Next()).ToArray();
            for (var j = 0; j < shuffled.Length; j++) foldOf[shuffled[j]] = j % folds;
        }

        var scores = new HeldOutScore[examples.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var training = examples.Where((_, i) => foldOf[i] != fold);
            var classifier = SocialTextClassifier.From(ClassifierTraining.Train(training, seed), threshold: 0.5);
            for (var i = 0; i < examples.Count; i++)
            {
                if (foldOf[i] != fold) continue;
                scores[i] = new HeldOutScore(examples[i], classifier.Score(examples[i].Text), Listed(lexicon, examples[i]), fold);
            }
        }
        return scores;
    }

    /// <summary>Scores examples no model was trained on (a held-back set) with a trained classifier.</summary>
    public static IReadOnlyList<HeldOutScore> ScoreHeldBack(IReadOnlyList<CorpusExample> examples, Lexicon lexicon, SocialTextClassifier classifier) =>
        examples.Select(e => new HeldOutScore(e, classifier.Score(e.Text), Listed(lexicon, e), Fold: -1)).ToArray();

    private static bool Listed(Lexicon lexicon, CorpusExample example) => lexicon.Find(TextNormaliser.Normalise(example.Text)).Count > 0;

    /// <summary>
    /// Recall first, within a usability floor: the lowest threshold at which the guard still lets at least
    /// <paramref name="automationFloor"/> of the held-out plain examples through. Every lower threshold would
    /// refuse more plain cases than the floor allows; every higher one could only let more social ones through.
    /// </summary>
    public static double RecallFirstThreshold(IReadOnlyList<HeldOutScore> scores, double automationFloor)
    {
        var plain = scores.Where(s => !s.Example.IsSocial).ToArray();
        var mustPass = (int)Math.Ceiling(automationFloor * plain.Length);
        if (mustPass == 0) return 0;
        var passable = plain.Where(s => !s.LexiconHit).Select(s => s.Score).Order().ToArray();
        if (passable.Length < mustPass)
        {
            throw new InvalidOperationException(
                $"The lexicon alone refuses {plain.Length - passable.Length} of {plain.Length} plain examples; no threshold can automate {automationFloor:P0} of them.");
        }
        // Just above the score of the last plain example that must pass, on a grid of 1e-4 that model.json can state.
        var highest = passable[mustPass - 1];
        var threshold = Math.Round(Math.Floor(highest * 10_000) / 10_000 + 0.0001, 4);
        return threshold > highest ? threshold : Math.Round(threshold + 0.0001, 4);
    }

    public static GuardEvaluation Evaluate(IReadOnlyList<HeldOutScore> scores, double threshold)
    {
        bool Refused(HeldOutScore s) => s.LexiconHit || s.Score >= threshold;
        var social = scores.Where(s => s.Example.IsSocial).ToArray();
        var plain = scores.Where(s => !s.Example.IsSocial).ToArray();
        var missed = social.Where(s => !Refused(s)).ToArray();
        var refused = plain.Where(Refused).ToArray();
        return new GuardEvaluation(
            threshold,
            social.Length,
            social.Length == 0 ? 1 : 1 - (double)missed.Length / social.Length,
            plain.Length,
            plain.Length == 0 ? 1 : 1 - (double)refused.Length / plain.Length,
            missed,
            refused);
    }
}
