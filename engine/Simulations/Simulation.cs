using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Catalogue;
using AutoPermits.Engine.RuleSets;
using AutoPermits.Engine.Triage;

namespace AutoPermits.Engine.Simulations;

/// <summary>What one stored application would become under a draft.</summary>
public sealed record SimulatedCase(StoredApplication Stored, Outcome After, string? QueueAfter, decimal? ValuationAfter, IReadOnlyList<string> ReasonsAfter)
{
    public bool Changed => Stored.Outcome != After || Stored.Queue != QueueAfter || Stored.ValuationDkk != ValuationAfter;

    public SimulatedChange ToChange() => new(
        Stored.CaseId, Stored.SubmittedOn, Stored.Outcome, After, Stored.Queue, QueueAfter, Stored.ValuationDkk, ValuationAfter, Stored.ReasonCodes, ReasonsAfter);
}

/// <summary>
/// Re-assesses stored applications as if a draft rule set had been in force when they were submitted: the whole
/// assessment (guard included), on each application's own submission date, so that a change is reported exactly
/// where a citizen would have received another answer.
/// </summary>
public sealed class Simulation(ApplicationReader reader, TypeCatalogue catalogue, Guard guard, TimeSpan evaluationBudget)
{
    public Assessor AssessorFor(RuleSet draft) => new(catalogue, guard, new RuleBook([draft]), evaluationBudget);

    public async Task<SimulatedCase> RunAsync(Assessor draft, StoredApplication stored)
    {
        var read = reader.Read(stored.Input, stored.SubmittedOn);
        if (!read.IsValid)
        {
            // Valid when it was submitted; a reader that has since grown stricter sends it to a person.
            return new SimulatedCase(stored, Outcome.Manual, stored.Queue, null, ["simulation.input-no-longer-valid"]);
        }
        var after = await draft.AssessAsync(read.Application!, stored.SubmittedOn);
        return new SimulatedCase(stored, after.Outcome, after.Queue, after.ValuationDkk, after.Reasons.Select(r => r.Code).ToArray());
    }
}
