using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>
/// How the social-text model is made: <see cref="TextFeatures"/> of the text folded like the lexicon's, and an
/// ML.NET L-BFGS logistic regression on them, whose probability is calibrated and whose training is
/// deterministic for a given seed.
/// </summary>
public static class ClassifierTraining
{
    public const int DefaultSeed = 2026;

    public static ITransformer Train(IEnumerable<CorpusExample> examples, int seed = DefaultSeed)
    {
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(examples.Select(e => FeatureRow.Of(TextNormaliser.Normalise(e.Text), e.IsSocial)));
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            L2Regularization = 0.001f,
            L1Regularization = 0f,
            NumberOfThreads = 1,
        });
        return trainer.Fit(data);
    }

    /// <summary>The schema a saved model is read with.</summary>
    public static DataViewSchema Schema(MLContext ml) => ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>()).Schema;

    /// <summary>The weights, bias and calibration of a trained model, to score without ML.NET's per-call overhead.</summary>
    public static LinearTextModel Parameters(ITransformer model)
    {
        if (model is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> trained)
        {
            throw new InvalidDataException($"Expected a calibrated logistic regression, found {model.GetType().Name}.");
        }
        var linear = trained.Model.SubModel;
        var weights = new float[TextFeatures.Buckets];
        var i = 0;
        foreach (var w in linear.Weights) weights[i++] = w;
        return new LinearTextModel(weights, linear.Bias, (float)trained.Model.Calibrator.Slope, (float)trained.Model.Calibrator.Offset);
    }

    public sealed class FeatureRow
    {
        [VectorType(TextFeatures.Buckets)]
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }

        public static FeatureRow Of(string normalised, bool label)
        {
            var features = TextFeatures.Of(normalised).OrderBy(f => f.Key).ToArray();
            return new FeatureRow
            {
                Features = new VBuffer<float>(TextFeatures.Buckets, features.Length, features.Select(f => f.Value).ToArray(), features.Select(f => f.Key).ToArray()),
                Label = label,
            };
        }
    }
}

/// <summary>A trained logistic regression over <see cref="TextFeatures"/>: score = w·x + b, probability = Platt(score).</summary>
public sealed record LinearTextModel(float[] Weights, float Bias, float Slope, float Offset)
{
    public double Probability(string normalised) =>
        1.0 / (1.0 + Math.Exp(Slope * (TextFeatures.Dot(normalised, Weights) + Bias) + Offset));
}
