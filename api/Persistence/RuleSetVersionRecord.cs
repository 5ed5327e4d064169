namespace AutoPermits.Api.Persistence;

public enum RuleSetStatus
{
    /// <summary>Uploaded and checked; decides nothing until published.</summary>
    Draft,

    /// <summary>Decides applications submitted on or after its effective date, on every instance.</summary>
    Published,
}

/// <summary>
/// One version of a rule set, exactly as its author wrote it. Content never changes: a change is a new version,
/// and rolling back publishes an earlier content as a new version.
/// </summary>
public sealed class RuleSetVersionRecord
{
    public long Id { get; set; }
    public required string RuleSetId { get; set; }
    public required string Version { get; set; }
    public required string Sha256 { get; set; }
    public required string Content { get; set; }
    public required string ApplicationType { get; set; }
    public RuleSetStatus Status { get; set; }
    public DateOnly EffectiveFrom { get; set; }
    public required string UploadedBy { get; set; }
    public DateTime UploadedAt { get; set; }
    public string? PublishedBy { get; set; }
    public DateTime? PublishedAt { get; set; }

    /// <summary>The order of publication, which settles two versions taking effect on the same day.</summary>
    public long? PublicationSequence { get; set; }
}
