using System.Security.Cryptography;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace AutoPermits.Api.Identity;

/// <summary>
/// Signs tokens for the demo users. Registered and mapped only in the Development environment; the key is made
/// afresh each start, so a demo token never outlives the process that issued it.
/// </summary>
public sealed class DemoTokens
{
    public const string Issuer = "autopermits-demo";
    public const string Audience = "autopermits";

    public SymmetricSecurityKey Key { get; } = new(RandomNumberGenerator.GetBytes(32));

    public string For(DemoUsers.User user, DateTimeOffset now)
    {
        var claims = new Dictionary<string, object>
        {
            [Caller.SubjectClaim] = user.Subject,
            [Caller.NameClaim] = user.Name,
            [Caller.RoleClaim] = user.Role,
        };
        if (user.Cpr is not null) claims[Caller.CprClaim] = user.Cpr;
        if (user.Queues is not null) claims[Caller.QueueClaim] = user.Queues;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            Claims = claims,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = now.AddHours(8).UtcDateTime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
        });
    }

    public sealed record TokenRequest(string User);

    public sealed record TokenResponse(string AccessToken, string Role);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/demo/token", Issue)
            .WithTags("Demo")
            .WithSummary("A token for a seeded demo user (Development only)")
            .AllowAnonymous();

    private static Results<Ok<TokenResponse>, ValidationProblem> Issue(TokenRequest? request, DemoTokens tokens, TimeProvider clock)
    {
        if (request?.User is not { } name || !DemoUsers.All.TryGetValue(name, out var user))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["user"] = [$"must be one of the demo users: {string.Join(", ", DemoUsers.All.Keys)}"] },
                title: "Unknown demo user");
        }
        return TypedResults.Ok(new TokenResponse(tokens.For(user, clock.GetUtcNow()), user.Role));
    }
}
