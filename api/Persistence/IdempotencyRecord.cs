namespace AutoPermits.Api.Persistence;

/// <summary>An <c>Idempotency-Key</c> a citizen used, and the case it created: a retry gets the same case.</summary>
public sealed class IdempotencyRecord
{
    public required string Subject { get; set; }
    public required string Key { get; set; }

    /// <summary>The hash of the request body, so the same key with a different application is refused.</summary>
    public required string RequestSha256 { get; set; }

    public Guid CaseId { get; set; }
    public DateTime At { get; set; }
}
