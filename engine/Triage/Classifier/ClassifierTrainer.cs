using System.Text.Json;
using Microsoft.ML;

namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>
/// Trains the classifier from <c>rules/classifier/corpus</c> and writes <c>model.zip</c>, <c>model-ratios.bin</c> and <c>model.json</c>
/// beside it: cross-validates first, chooses the threshold for recall, then trains on the whole corpus.
/// </summary>
public static class ClassifierTrainer
{
    /// <summary>The share of plain examples the guard must still automate: issue 3's bar.</summary>
    public const double DefaultAutomationFloor = 0.9;
    public const int DefaultFolds = 5;

    public static (ClassifierModelInfo Info, GuardEvaluation HeldOut) TrainAndSave(
        string classifierDirectory, Lexicon lexicon, int seed = ClassifierTraining.DefaultSeed, int folds = DefaultFolds, double automationFloor = DefaultAutomationFloor)
    {
        var corpus = Corpus.Load(Path.Combine(classifierDirectory, SocialTextClassifier.CorpusFolder));
        var scores = HeldOutEvaluation.Score(corpus.Examples, lexicon, folds, seed);
        var threshold = HeldOutEvaluation.RecallFirstThreshold(scores, automationFloor);
        var heldOut = HeldOutEvaluation.Evaluate(scores, threshold);

        var model = ClassifierTraining.Train(corpus.Examples, seed);
        var ml = new MLContext(seed);
        ml.Model.Save(model.Model, ClassifierTraining.Schema(ml), Path.Combine(classifierDirectory, SocialTextClassifier.ModelFile));
        FeatureRatios.Write(Path.Combine(classifierDirectory, FeatureRatios.FileName), model.Ratios);

        var info = new ClassifierModelInfo(corpus.Sha256, threshold, seed, folds, automationFloor,
            new GuardEvaluationSummary(heldOut.SocialCount, heldOut.Recall, heldOut.PlainCount, heldOut.AutomationRate));
        File.WriteAllText(Path.Combine(classifierDirectory, SocialTextClassifier.InfoFile),
            JsonSerializer.Serialize(info, new JsonSerializerOptions(JsonSerializerOptions.Web) { WriteIndented = true }) + "\n");
        return (info, heldOut);
    }
}
