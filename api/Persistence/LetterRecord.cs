namespace AutoPermits.Api.Persistence;

/// <summary>
/// A decision letter in one language. The row is written with the decision, in the same transaction; a
/// background job renders it and puts it in the outbox, so a crash between the two loses nothing.
/// </summary>
public sealed class LetterRecord
{
    public Guid Id { get; set; }
    public Guid CaseId { get; set; }
    public Guid DecisionId { get; set; }
    public required string Language { get; set; }
    public string? Json { get; set; }
    public string? Html { get; set; }
    public DateTime? RenderedAt { get; set; }

    /// <summary>When the letter was placed in the outbox for dispatch.</summary>
    public DateTime? DispatchedAt { get; set; }
}
