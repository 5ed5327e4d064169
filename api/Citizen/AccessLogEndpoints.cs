using AutoPermits.Api.Cases;
using AutoPermits.Api.Identity;

namespace AutoPermits.Api.Citizen;

/// <summary>Who looked at my data, when and why (GDPR art. 15).</summary>
internal static class AccessLogEndpoints
{
    public static void MapAccessLog(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/me/access-log", async (HttpContext context, CitizenCases cases, CancellationToken cancellationToken) =>
                TypedResults.Ok(await cases.AccessLogAsync(Caller.Of(context.User), cancellationToken)))
            .WithTags("Citizen")
            .WithSummary("Every time someone other than me opened one of my cases: who, in which role, when and why")
            .RequireAuthorization(Roles.Citizen);
}
