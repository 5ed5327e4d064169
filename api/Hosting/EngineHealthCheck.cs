using AutoPermits.Engine.Triage;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AutoPermits.Api.Hosting;

/// <summary>
/// Healthy when the guard and every rule set are loaded. Degraded (the service still answers, and sends
/// the affected cases to a person) when any is missing.
/// </summary>
internal sealed class EngineHealthCheck(Guard guard, LoadedRules rules) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problems = rules.Problems.ToList();
        if (guard.Problem is not null) problems.Add(guard.Problem);
        var data = new Dictionary<string, object>
        {
            ["lexiconVersion"] = guard.LexiconVersion ?? "none",
            ["ruleSets"] = rules.Book.All.Select(r => $"{r.Id} {r.Version} ({r.Sha256[..12]})").ToArray(),
        };
        return Task.FromResult(problems.Count == 0
            ? HealthCheckResult.Healthy("The guard and every rule set are loaded.", data)
            : HealthCheckResult.Degraded(string.Join(" ", problems), data: data));
    }
}
