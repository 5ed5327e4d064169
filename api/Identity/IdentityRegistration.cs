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
