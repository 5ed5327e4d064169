using Microsoft.ML.Data;

namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>What the model reads: a normalised text, and for training, whether it is social.</summary>
public sealed class TextSample
{
    public string Text { get; set; } = string.Empty;

    public bool Label { get; set; }
}

/// <summary>What the model says of a text.</summary>
public sealed class SocialPrediction
{
    /// <summary>The calibrated probability that the text touches the citizen's social situation.</summary>
    public float Probability { get; set; }

    [ColumnName("PredictedLabel")]
    public bool PredictedLabel { get; set; }
}
