using Microsoft.ML;
using Microsoft.ML.Calibrators;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>
/// How the social-text model is made: <see cref="TextFeatures"/> of the text folded like the lexicon's, each
/// scaled by its <see cref="FeatureRatios">naive-Bayes log-count ratio</see>, and an ML.NET L-BFGS logistic
/// regression on them, whose probability is calibrated and whose training is deterministic for a given seed.
/// </summary>
public static class ClassifierTraining
{
    public const int DefaultSeed = 2026;

    public static TrainedModel Train(IEnumerable<CorpusExample> examples, int seed = DefaultSeed)
    {
        var rows = examples.Select(e => FeatureRow.Of(TextNormaliser.Normalise(e.Text), e.IsSocial)).ToArray();
        var ratios = FeatureRatios.Of(rows);
        var ml = new MLContext(seed);
        var data = ml.Data.LoadFromEnumerable(rows.Select(r => r.ScaledBy(ratios)));
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(FeatureRow.Label),
            FeatureColumnName = nameof(FeatureRow.Features),
            L2Regularization = 0.001f,
            L1Regularization = 0f,
            NumberOfThreads = 1,
        });
        return new TrainedModel(trainer.Fit(data), ratios);
    }

    /// <summary>The schema a saved model is read with.</summary>
    public static DataViewSchema Schema(MLContext ml) => ml.Data.LoadFromEnumerable(Array.Empty<FeatureRow>()).Schema;

    /// <summary>
    /// The weights, bias and calibration of a trained model, to score without ML.NET's per-call overhead. The
    /// ratios are folded into the weights: w·(r∘x) = (w∘r)·x.
    /// </summary>
    public static LinearTextModel Parameters(ITransformer model, float[] ratios)
    {
        if (model is not ISingleFeaturePredictionTransformer<CalibratedModelParametersBase<LinearBinaryModelParameters, PlattCalibrator>> trained)
        {
            throw new InvalidDataException($"Expected a calibrated logistic regression, found {model.GetType().Name}.");
        }
        var linear = trained.Model.SubModel;
        var weights = new float[TextFeatures.Buckets];
        var i = 0;
        foreach (var w in linear.Weights)
        {
            weights[i] = w * ratios[i];
            i++;
        }
        return new LinearTextModel(weights, linear.Bias, (float)trained.Model.Calibrator.Slope, (float)trained.Model.Calibrator.Offset);
    }

    public sealed class FeatureRow
    {
        [VectorType(TextFeatures.Buckets)]
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }

        public FeatureRow ScaledBy(float[] ratios)
        {
            var indices = Features.GetIndices().ToArray();
            var values = Features.GetValues().ToArray();
            for (var k = 0; k < indices.Length; k++) values[k] *= ratios[indices[k]];
            return new FeatureRow { Features = new VBuffer<float>(TextFeatures.Buckets, indices.Length, values, indices), Label = Label };
        }

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

/// <summary>What training makes: the ML.NET model (<c>model.zip</c>) and the ratios its features were scaled by (<c>model-ratios.bin</c>).</summary>
public sealed record TrainedModel(ITransformer Model, float[] Ratios);

/// <summary>A trained logistic regression over <see cref="TextFeatures"/>: score = w·x + b, probability = Platt(score).</summary>
public sealed record LinearTextModel(float[] Weights, float Bias, float Slope, float Offset)
{
    public double Probability(string normalised) =>
        1.0 / (1.0 + Math.Exp(Slope * (TextFeatures.Dot(normalised, Weights) + Bias) + Offset));
}
