using AutoPermits.Api.Identity;
using AutoPermits.Api.Persistence;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.RuleAuthor;

public sealed record OverrideCount(string RuleSetId, string RuleSetVersion, string ReasonCode, int Overrides);

/// <summary>Which rules caseworkers disagree with: a rule author's first hint that a rule is wrong.</summary>
internal static class OverrideEndpoints
{
    public static void MapOverrides(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/rulesets/overrides", async (CasesDb db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await db.Overrides.AsNoTracking()
                    .GroupBy(o => new { o.RuleSetId, o.RuleSetVersion, o.ReasonCode })
                    .OrderByDescending(g => g.Count())
                    .Select(g => new OverrideCount(g.Key.RuleSetId, g.Key.RuleSetVersion, g.Key.ReasonCode, g.Count()))
                    .ToListAsync(cancellationToken)))
            .WithTags("Rule author")
            .WithSummary("How often caseworkers decided against each rule's automated assessment")
            .RequireAuthorization(Roles.RuleAuthor);
}
