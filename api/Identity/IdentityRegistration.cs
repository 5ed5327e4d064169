using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace AutoPermits.Api.Identity;

internal static class IdentityRegistration
{
    /// <summary>
    /// Standard JWT bearer: outside Development, <c>Authentication:Schemes:Bearer:Authority</c> and <c>:Audience</c>
    /// point at the municipality's OpenID Connect provider. In Development the demo token issuer signs instead.
    /// </summary>
    public static IServiceCollection AddIdentity(this IServiceCollection services, IHostEnvironment environment)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = Caller.NameClaim;
            options.TokenValidationParameters.RoleClaimType = Caller.RoleClaim;
        });
        services.AddSingleton<IConfigureOptions<JwtBearerOptions>, LifetimeByClock>();
        if (environment.IsDevelopment())
        {
            services.AddSingleton<DemoTokens>();
            services.AddSingleton<IConfigureOptions<JwtBearerOptions>, DemoSigning>();
        }

        var authorization = services.AddAuthorizationBuilder()
            // Every endpoint needs a signed-in caller unless it says otherwise.
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        foreach (var role in Roles.All)
        {
            authorization.AddPolicy(role, policy => policy.RequireAuthenticatedUser().RequireClaim(Caller.SubjectClaim).RequireRole(role));
        }
        return services;
    }

    /// <summary>
    /// A token's lifetime is judged by the service's <see cref="TimeProvider"/>, not the library's own
    /// <c>DateTime.UtcNow</c>, so the clock that dates decisions also dates sign-ins.
    /// </summary>
    private sealed class LifetimeByClock(TimeProvider clock) : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(string? name, JwtBearerOptions options)
        {
            options.TokenValidationParameters.LifetimeValidator = (notBefore, expires, _, parameters) =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var skew = parameters.ClockSkew;
                return expires is { } end && now < end.ToUniversalTime() + skew
                    && (notBefore is not { } start || now >= start.ToUniversalTime() - skew);
            };
        }

        public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
    }

    private sealed class DemoSigning(DemoTokens tokens) : IConfigureNamedOptions<JwtBearerOptions>
    {
        public void Configure(string? name, JwtBearerOptions options)
        {
            options.TokenValidationParameters.ValidIssuer = DemoTokens.Issuer;
            options.TokenValidationParameters.ValidAudience = DemoTokens.Audience;
            options.TokenValidationParameters.IssuerSigningKey = tokens.Key;
        }

        public void Configure(JwtBearerOptions options) => Configure(Options.DefaultName, options);
    }
}
