using System.Text.Json;
using Microsoft.Extensions.ObjectPool;
using Microsoft.ML;

namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>What <c>model.json</c> says of the model beside it: the corpus it came from, and the threshold chosen for it.</summary>
/// <param name="Threshold">At or above this probability the classifier refuses automation; chosen for recall first.</param>
public sealed record ClassifierModelInfo(string CorpusSha256, double Threshold, int Seed, int Folds, double Margin, GuardEvaluationSummary HeldOut);

/// <summary>The held-out figures recorded at training time.</summary>
public sealed record GuardEvaluationSummary(int SocialCount, double Recall, int PlainCount, double AutomationRate);

/// <summary>The model could not be used: missing, unreadable, or trained on another corpus than the one in rules/.</summary>
public sealed class ClassifierUnavailableException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>
/// The guard's statistical layer: the probability that a citizen's text touches their social situation.
/// A trained ML.NET model, predicted through a pool of prediction engines, which are not thread-safe themselves.
/// </summary>
public sealed class SocialTextClassifier
{
    public const string ModelFile = "model.zip";
    public const string InfoFile = "model.json";
    public const string CorpusFolder = "corpus";

    private readonly ObjectPool<PredictionEngine<TextSample, SocialPrediction>> _engines;

    private SocialTextClassifier(MLContext ml, ITransformer model, double threshold)
    {
        Threshold = threshold;
        _engines = new DefaultObjectPool<PredictionEngine<TextSample, SocialPrediction>>(
            new EnginePolicy(ml, model), maximumRetained: Environment.ProcessorCount * 4);
    }

    public double Threshold { get; }

    /// <summary>The probability that <paramref name="text"/> is social, between 0 and 1.</summary>
    public double Score(string text)
    {
        var engine = _engines.Get();
        try
        {
            return engine.Predict(new TextSample { Text = TextNormaliser.Normalise(text) }).Probability;
        }
        finally
        {
            _engines.Return(engine);
        }
    }

    public static SocialTextClassifier From(ITransformer model, double threshold) => new(new MLContext(), model, threshold);

    /// <summary>Loads <c>model.zip</c> from <paramref name="directory"/>, refusing a model whose corpus has changed since.</summary>
    /// <exception cref="ClassifierUnavailableException">The model is missing, unreadable or stale.</exception>
    public static SocialTextClassifier Load(string directory)
    {
        ClassifierModelInfo info;
        string corpusSha256;
        ITransformer model;
        var ml = new MLContext();
        try
        {
            info = JsonSerializer.Deserialize<ClassifierModelInfo>(File.ReadAllBytes(Path.Combine(directory, InfoFile)), JsonSerializerOptions.Web)
                ?? throw new InvalidDataException($"{InfoFile} is empty.");
            corpusSha256 = Corpus.Load(Path.Combine(directory, CorpusFolder)).Sha256;
            model = ml.Model.Load(Path.Combine(directory, ModelFile), out _);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or FormatException or InvalidOperationException)
        {
            throw new ClassifierUnavailableException($"The social-text classifier could not be loaded: {e.Message}", e);
        }
        if (info.CorpusSha256 != corpusSha256)
        {
            throw new ClassifierUnavailableException(
                "The social-text classifier is stale: the corpus has changed since it was trained. Retrain it with 'dotnet run --project cli -- classifier train'.");
        }
        return new SocialTextClassifier(ml, model, info.Threshold);
    }

    private sealed class EnginePolicy(MLContext ml, ITransformer model) : PooledObjectPolicy<PredictionEngine<TextSample, SocialPrediction>>
    {
        public override PredictionEngine<TextSample, SocialPrediction> Create() => ml.Model.CreatePredictionEngine<TextSample, SocialPrediction>(model);

        public override bool Return(PredictionEngine<TextSample, SocialPrediction> engine) => true;
    }
}
