namespace AutoPermits.Api.Persistence;

/// <summary>One rule a person disagreed with: a rule author counts these per rule.</summary>
public sealed class OverrideRecord
{
    public long Id { get; set; }
    public Guid DecisionId { get; set; }
    public required string RuleSetId { get; set; }
    public required string RuleSetVersion { get; set; }
    public required string ReasonCode { get; set; }
    public DateTime At { get; set; }
}
