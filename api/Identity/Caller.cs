using System.Security.Claims;

namespace AutoPermits.Api.Identity;

/// <summary>Who is calling, read from the token's claims (the claim names any OpenID Connect provider can be mapped to).</summary>
public sealed record Caller(string Subject, string Name, string Role, string? Cpr, IReadOnlySet<string> Queues)
{
    public const string SubjectClaim = "sub";
    public const string NameClaim = "name";
    public const string RoleClaim = "role";
    public const string CprClaim = "cpr";
    public const string QueueClaim = "queue";

    public static Caller Of(ClaimsPrincipal user)
    {
        var subject = user.FindFirstValue(SubjectClaim) ?? throw new InvalidOperationException("The token has no subject.");
        return new Caller(
            subject,
            user.FindFirstValue(NameClaim) ?? subject,
            user.FindFirstValue(RoleClaim) ?? string.Empty,
            user.FindFirstValue(CprClaim),
            user.FindAll(QueueClaim).Select(c => c.Value).ToHashSet(StringComparer.Ordinal));
    }

    public bool Works(string? queue) => queue is not null && Queues.Contains(queue);
}
