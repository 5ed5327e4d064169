using AutoPermits.Api.Hosting;
using AutoPermits.Api.Http;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Assessments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoPermits.Api.Public;

/// <summary>"Do I need a permit?": anyone may assess an application; nothing is stored.</summary>
internal static class AssessmentEndpoints
{
    public static void MapAssessments(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/assessments").WithTags("Public").AllowAnonymous();
        group.MapPost("/", Assess)
            .WithSummary("Assess an application without submitting it")
            .WithDescription("Runs validation, the social-domain guard and the rule set in force today, and stores nothing. Rate-limited per client address.")
            .Accepts<ApplicationDocument>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(ServiceRegistration.AssessmentsRateLimit);
    }

    private static async Task<Results<Ok<AssessmentView>, ValidationProblem, ProblemHttpResult>> Assess(
        HttpRequest request, ApplicationReader reader, Assessor assessor, MunicipalCalendar calendar, CancellationToken cancellationToken)
    {
        var body = await ApplicationBody.ReadAsync(request, cancellationToken);
        if (body is null) return (ProblemHttpResult)ApplicationBody.TooLarge();

        var today = calendar.Today();
        var read = reader.Read(body, today);
        if (!read.IsValid)
        {
            return TypedResults.ValidationProblem(read.Errors.ToDictionary(), title: "The application is not valid");
        }
        var assessment = await assessor.AssessAsync(read.Application!, today);
        return TypedResults.Ok(AssessmentView.From(assessment, Language.Of(request)));
    }
}
