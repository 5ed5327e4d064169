using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using AutoPermits.Api.Cases;
using AutoPermits.Api.Identity;
using AutoPermits.Api.Jobs;
using AutoPermits.Api.RuleSets;

namespace AutoPermits.Api.Hosting;

internal static class ServiceRegistration
{
    public const string AssessmentsRateLimit = "assessments";

    public static IServiceCollection AddAutoPermits(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<AutoPermitsOptions>()
            .Bind(configuration.GetSection(AutoPermitsOptions.Section))
            .Validate(o => o.RateLimits.AssessmentsPerMinute > 0, "AutoPermits:RateLimits:AssessmentsPerMinute must be positive")
            .Validate(o => o.EvaluationBudget > TimeSpan.Zero, "AutoPermits:EvaluationBudget must be positive")
            .ValidateOnStart();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<MunicipalCalendar>();
        services.Configure<JsonOptions>(options => Configure(options.SerializerOptions));

        services.AddProblemDetails();
        services.AddExceptionHandler(options =>
            options.StatusCodeSelector = e => e is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError);
        services.AddRateLimiter(ConfigureRateLimits);
        services.AddOpenApi(options => options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "AutoPermits";
            document.Info.Description = "Automated, explainable municipal permits — and a person for everything a machine should not decide.";
            return Task.CompletedTask;
        }));
        services.AddHealthChecks().AddCheck<EngineHealthCheck>("engine");
        services.AddEngine();
        services.AddIdentity(environment);
        services.AddPersistence(configuration);
        services.AddJobs(configuration);
        services.AddSingleton<CaseWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<CaseWriter>());
        services.AddScoped<Submissions>();
        services.AddScoped<Casework>();
        services.AddScoped<CitizenCases>();
        services.AddSingleton<PublishedRules>();
        services.AddHostedService<RuleBookWatcher>();
        services.AddScoped<RuleSetReleases>();
        return services;
    }

    public static void Configure(JsonSerializerOptions json)
    {
        json.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        // Danish letters and "§" are written as themselves: the API speaks to people, not only to parsers.
        json.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
    }

    private static void ConfigureRateLimits(RateLimiterOptions options)
    {
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.AddPolicy(AssessmentsRateLimit, context =>
        {
            var perMinute = context.RequestServices.GetRequiredService<IOptions<AutoPermitsOptions>>().Value.RateLimits.AssessmentsPerMinute;
            var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
            return RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = perMinute,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
        options.OnRejected = async (rejected, cancellationToken) =>
        {
            var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
            var seconds = (int)Math.Ceiling(retryAfter.TotalSeconds);
            rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await rejected.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
            {
                HttpContext = rejected.HttpContext,
                ProblemDetails =
                {
                    Status = StatusCodes.Status429TooManyRequests,
                    Title = "Too many requests",
                    Detail = $"This address has used its assessments for this minute. Try again in {seconds} seconds.",
                },
            });
        };
    }
}
