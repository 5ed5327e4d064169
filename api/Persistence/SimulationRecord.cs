namespace AutoPermits.Api.Persistence;

public enum SimulationStatus
{
    Queued,
    Running,
    Done,
    Failed,
}

/// <summary>A draft run against the stored applications of a period; the report is kept for download.</summary>
public sealed class SimulationRecord
{
    public Guid Id { get; set; }
    public required string RuleSetId { get; set; }
    public required string Version { get; set; }
    public DateOnly From { get; set; }
    public DateOnly To { get; set; }
    public SimulationStatus Status { get; set; }
    public int Total { get; set; }
    public int Processed { get; set; }
    public required string RequestedBy { get; set; }
    public DateTime RequestedAt { get; set; }
    public DateTime? FinishedAt { get; set; }
    public string? SummaryJson { get; set; }
    public string? ReportJson { get; set; }
    public string? Error { get; set; }
}
