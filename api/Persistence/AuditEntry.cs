namespace AutoPermits.Api.Persistence;

/// <summary>
/// One state change, appended and never updated. Each entry's hash covers its content and the previous
/// entry's hash, so changing or deleting any row breaks every hash after it. No personal data is written here.
/// </summary>
public sealed class AuditEntry
{
    public long Sequence { get; set; }
    public DateTime At { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public Guid? CaseId { get; set; }
    public required string Details { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}
