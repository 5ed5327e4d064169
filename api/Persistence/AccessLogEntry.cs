namespace AutoPermits.Api.Persistence;

/// <summary>Someone other than the applicant read a case: who, in which role, when and why. The citizen reads these.</summary>
public sealed class AccessLogEntry
{
    public long Id { get; set; }
    public Guid CaseId { get; set; }
    public required string CitizenSubject { get; set; }
    public required string Who { get; set; }
    public required string WhoName { get; set; }
    public required string Role { get; set; }
    public DateTime At { get; set; }
    public required string Purpose { get; set; }
}
