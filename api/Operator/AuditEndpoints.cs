using AutoPermits.Api.Audit;
using AutoPermits.Api.Identity;
using AutoPermits.Api.Persistence;

namespace AutoPermits.Api.Operator;

internal static class AuditEndpoints
{
    public static void MapAudit(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/audit/verification", async (CasesDb db, CancellationToken cancellationToken) =>
                TypedResults.Ok(await AuditTrail.VerifyAsync(db, cancellationToken)))
            .WithTags("Operator")
            .WithSummary("Walks the hash-chained audit log and says whether any entry was changed, removed or inserted")
            .RequireAuthorization(Roles.Operator);

    /// <summary><c>dotnet run --project api -- audit verify</c>: the same check from a shell; exit code 1 when the chain is broken.</summary>
    public static async Task<int> VerifyFromCommandLineAsync(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var result = await AuditTrail.VerifyAsync(scope.ServiceProvider.GetRequiredService<CasesDb>());
        Console.WriteLine(result.Message);
        return result.Intact ? 0 : 1;
    }
}
