using System.Diagnostics;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Catalogue;
using AutoPermits.Engine.RuleSets;
using AutoPermits.Engine.Triage;

namespace AutoPermits.Engine.Assessments;

/// <summary>
/// Turns a valid application into an assessment: the guard first, then the rule set in force on the
/// submission date. A pure function of the application, the rule book and the day, which is what makes
/// decisions reproducible and simulations cheap. Whatever goes wrong sends the case to a person.
/// </summary>
public sealed class Assessor(TypeCatalogue catalogue, Guard guard, RuleBook ruleBook, TimeSpan evaluationBudget)
{
    public async Task<Assessment> AssessAsync(Application application, DateOnly today)
    {
        var triage = guard.Assess(application);
        if (triage.Queue is not null || !catalogue.TryGet(application.Type, out var type) || type.RuleSet is null)
        {
            var queue = triage.Queue ?? TriageVerdict.SocialQueue;
            var reason = triage.IsSocial ? PolicyReasons.Social : PolicyReasons.TypeNeedsPerson;
            return new Assessment(application.Type, Outcome.Manual, queue, null, [reason], triage, null, null, null);
        }

        var ruleSet = ruleBook.InForce(type.RuleSet, today);
        if (ruleSet is null)
        {
            return new Assessment(application.Type, Outcome.Manual, type.Queue, null, [PolicyReasons.RulesUnavailable], triage, null, null, null);
        }

        RuleVerdict verdict;
        try
        {
            // The rules run on the thread pool so that a runaway expression costs its thread, not the caller's answer.
            // The budget is checked again afterwards: on a busy machine the timer may fire late, and an answer that
            // came too late is treated the same as none.
            var started = Stopwatch.GetTimestamp();
            verdict = await Task.Run(() => ruleSet.EvaluateAsync(application, today)).WaitAsync(evaluationBudget);
            if (Stopwatch.GetElapsedTime(started) > evaluationBudget) throw new TimeoutException();
        }
        catch (Exception)
        {
            return new Assessment(application.Type, Outcome.Manual, type.Queue, null, [PolicyReasons.EvaluationFailed], triage, ruleSet.Ref, null, null);
        }

        if (!triage.Automatable && verdict.Outcome != Outcome.Manual)
        {
            // The citizen asked for a person (GDPR art. 22(3)). Rule sets say so in their own first row; this holds
            // the right even for a rule set that forgot it.
            verdict = verdict with { Outcome = Outcome.Manual, Queue = type.Queue, ValuationDkk = null, Reasons = [PolicyReasons.HumanReviewRequested] };
        }

        var appeal = ruleSet.AppealOutcomes.Contains(verdict.Outcome) ? ruleSet.Appeal : null;
        return new Assessment(application.Type, verdict.Outcome, verdict.Queue, verdict.ValuationDkk, verdict.Reasons, triage, ruleSet.Ref, verdict.Facts, appeal);
    }
}
