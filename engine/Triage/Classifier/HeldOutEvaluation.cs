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
                var hit = lexicon.Find(TextNormaliser.Normalise(examples[i].Text)).Count > 0;
                scores[i] = new HeldOutScore(examples[i], classifier.Score(examples[i].Text), hit, fold);
            }
        }
        return scores;
    }

    /// <summary>
    /// Recall first: the highest threshold at which every held-out social example is still refused (by the
    /// lexicon or the classifier), lowered by <paramref name="margin"/> for text nobody has written yet.
    /// </summary>
    public static double RecallFirstThreshold(IReadOnlyList<HeldOutScore> scores, double margin)
    {
        var lowestSocial = scores.Where(s => s.Example.IsSocial && !s.LexiconHit).Select(s => s.Score).DefaultIfEmpty(1.0).Min();
        return Math.Round(lowestSocial * margin, 4, MidpointRounding.ToZero);
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
