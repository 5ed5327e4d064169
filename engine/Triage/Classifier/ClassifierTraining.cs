using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>
/// How the social-text model is made: the text folded like the lexicon's, character 1–4-grams (which see
/// into Danish compounds such as "kørestolsrampe") and word 1–2-grams, and an L-BFGS logistic regression,
/// whose probability is calibrated and whose training is deterministic for a given seed.
/// </summary>
public static class ClassifierTraining
{
    public const int DefaultSeed = 2026;

    public static ITransformer Train(IEnumerable<CorpusExample> examples, int seed = DefaultSeed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(Sample));
        return Pipeline(ml).Fit(data);
    }

    public static TextSample Sample(CorpusExample example) => new() { Text = TextNormaliser.Normalise(example.Text), Label = example.IsSocial };

    private static IEstimator<ITransformer> Pipeline(MLContext ml)
    {
        var featurizer = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.Lower,
            KeepDiacritics = false,
            KeepPunctuations = false,
            KeepNumbers = true,
            StopWordsRemoverOptions = null,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = 4, UseAllLengths = true },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var trainer = new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(TextSample.Label),
            FeatureColumnName = "Features",
            L2Regularization = 0.0001f,
            L1Regularization = 0f,
            NumberOfThreads = 1,
        };
        return ml.Transforms.Text.FeaturizeText("Features", featurizer, nameof(TextSample.Text))
            .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(trainer));
    }
}
