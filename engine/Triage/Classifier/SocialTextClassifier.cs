using System.Text.Json;
using Microsoft.ML;

namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>What <c>model.json</c> says of the model beside it: the corpus it came from, and the threshold chosen for it.</summary>
/// <param name="Threshold">At or above this probability the classifier refuses automation; chosen for recall first.</param>
public sealed record ClassifierModelInfo(string CorpusSha256, double Threshold, int Seed, int Folds, double AutomationFloor, GuardEvaluationSummary HeldOut)
{
    public static ClassifierModelInfo Read(string directory) =>
        JsonSerializer.Deserialize<ClassifierModelInfo>(File.ReadAllBytes(Path.Combine(directory, SocialTextClassifier.InfoFile)), JsonSerializerOptions.Web)
        ?? throw new InvalidDataException($"{SocialTextClassifier.InfoFile} is empty.");
}

/// <summary>The held-out figures recorded at training time.</summary>
public sealed record GuardEvaluationSummary(int SocialCount, double Recall, int PlainCount, double AutomationRate);

/// <summary>The model could not be used: missing, unreadable, or trained on another corpus than the one in rules/.</summary>
public sealed class ClassifierUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The guard's statistical layer: the probability that a citizen's text touches their social situation,
/// from a logistic regression trained by ML.NET on <see cref="TextFeatures"/>. Scoring is a dot product over
/// the text's features: thread-safe, allocation-light, and independent of the text's neighbours.
/// </summary>
public sealed class SocialTextClassifier
{
    public const string ModelFile = "model.zip";
    public const string InfoFile = "model.json";
    public const string CorpusFolder = "corpus";

    /// <summary>Examples written independently of the corpus and never trained on: an acceptance check.</summary>
    public const string HeldBackFolder = "held-back";

    private readonly LinearTextModel _model;

    private SocialTextClassifier(LinearTextModel model, double threshold)
    {
        _model = model;
        Threshold = threshold;
    }

    public double Threshold { get; }

    /// <summary>The probability that <paramref name="text"/> is social, between 0 and 1.</summary>
    public double Score(string text) => ScoreNormalised(TextNormaliser.Normalise(text));

    /// <summary><see cref="Score"/> of a text already passed through <see cref="TextNormaliser"/>.</summary>
    public double ScoreNormalised(string normalised) => _model.Probability(normalised);

    public static SocialTextClassifier From(TrainedModel trained, double threshold) =>
        new(ClassifierTraining.Parameters(trained.Model, trained.Ratios), threshold);

    /// <summary>
    /// Loads <c>model.zip</c> and its feature ratios from <paramref name="directory"/>, refusing a model whose
    /// corpus has changed since.
    /// </summary>
    /// <exception cref="ClassifierUnavailableException">The model is missing, unreadable or stale.</exception>
    public static SocialTextClassifier Load(string directory)
    {
        try
        {
            var info = ClassifierModelInfo.Read(directory);
            if (info.CorpusSha256 != Corpus.Sha256Of(Path.Combine(directory, CorpusFolder)))
            {
                throw new ClassifierUnavailableException(
                    "The social-text classifier is stale: the corpus has changed since it was trained. Retrain it with 'dotnet run --project cli -- classifier train'.");
            }
            var trained = new MLContext().Model.Load(Path.Combine(directory, ModelFile), out _);
            return new SocialTextClassifier(ClassifierTraining.Parameters(trained, FeatureRatios.Read(Path.Combine(directory, FeatureRatios.FileName))), info.Threshold);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or FormatException or InvalidOperationException)
        {
            throw new ClassifierUnavailableException($"The social-text classifier could not be loaded: {e.Message}", e);
        }
    }
}
