using AutoPermits.Api.Cases;
using AutoPermits.Api.Http;
using AutoPermits.Api.Identity;
using Microsoft.AspNetCore.Mvc;

namespace AutoPermits.Api.Citizen;

/// <summary>A citizen's own applications: submit, follow, supplement, contest, read the letter.</summary>
internal static class ApplicationEndpoints
{
    public static void MapApplications(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/applications").WithTags("Citizen").RequireAuthorization(Roles.Citizen);

        group.MapPost("/", Submit)
            .WithSummary("Submit an application")
            .WithDescription("Validated and assessed like /api/assessments, then stored with its assessment. An automatable case is decided at once. The same Idempotency-Key again returns the same case.")
            .Accepts<ApplicationDocument>("application/json")
            .Produces<CitizenCaseView>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        group.MapGet("/{id:guid}", Read).WithSummary("Status, assessment, decision and letter of one of my applications");
        group.MapPost("/{id:guid}/supplements", Supplement)
            .WithSummary("Answer a needs-info request")
            .WithDescription("The body holds the fields to add or correct under \"data\" (and optionally \"description\"); the application is assessed again.");
        group.MapPost("/{id:guid}/human-review", Contest).WithSummary("Have a person decide an automated decision again (GDPR art. 22(3))");
        group.MapGet("/{id:guid}/letter", Letter)
            .WithSummary("The decision letter, as JSON or (Accept: text/html) as HTML, in Danish or English (Accept-Language)");
    }

    private static async Task<IResult> Submit(
        HttpRequest request, HttpContext context, Submissions submissions, CitizenCases cases,
        [FromHeader(Name = "Idempotency-Key")] string? idempotencyKey, CancellationToken cancellationToken)
    {
        if (idempotencyKey is { Length: 0 or > Submissions.MaxIdempotencyKeyLength })
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["Idempotency-Key"] = [$"must be 1 to {Submissions.MaxIdempotencyKeyLength} characters"] },
                title: "The Idempotency-Key header is not valid");
        }
        var body = await ApplicationBody.ReadAsync(request, cancellationToken);
        if (body is null) return ApplicationBody.TooLarge();

        var citizen = Caller.Of(context.User);
        var result = await submissions.SubmitAsync(citizen, body, idempotencyKey, cancellationToken);
        if (result is not CaseActionResult.Done done) return CaseResults.Failure(result);
        var view = done.Stored is { } stored
            ? CitizenCases.View(stored, citizen.Cpr, Language.Of(request))
            : await cases.ReadAsync(citizen, done.CaseId, Language.Of(request), cancellationToken);
        return TypedResults.Accepted($"/api/applications/{done.CaseId}", view);
    }

    private static async Task<IResult> Read(Guid id, HttpRequest request, HttpContext context, CitizenCases cases, CancellationToken cancellationToken) =>
        await cases.ReadAsync(Caller.Of(context.User), id, Language.Of(request), cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : CaseResults.Failure(new CaseActionResult.NotFound());

    private static async Task<IResult> Supplement(
        Guid id, HttpRequest request, HttpContext context, Submissions submissions, CitizenCases cases, CancellationToken cancellationToken)
    {
        var body = await ApplicationBody.ReadAsync(request, cancellationToken);
        if (body is null) return ApplicationBody.TooLarge();
        var citizen = Caller.Of(context.User);
        var result = await submissions.SupplementAsync(citizen, id, body, cancellationToken);
        return result is CaseActionResult.Done
            ? TypedResults.Ok(await cases.ReadAsync(citizen, id, Language.Of(request), cancellationToken))
            : CaseResults.Failure(result);
    }

    private static async Task<IResult> Contest(Guid id, HttpRequest request, HttpContext context, Submissions submissions, CitizenCases cases, CancellationToken cancellationToken)
    {
        var citizen = Caller.Of(context.User);
        var result = await submissions.ContestAsync(citizen, id, cancellationToken);
        return result is CaseActionResult.Done
            ? TypedResults.Accepted($"/api/applications/{id}", await cases.ReadAsync(citizen, id, Language.Of(request), cancellationToken))
            : CaseResults.Failure(result);
    }

    private static async Task<IResult> Letter(Guid id, HttpRequest request, HttpContext context, CitizenCases cases, CancellationToken cancellationToken)
    {
        var citizen = Caller.Of(context.User);
        var letter = await cases.LetterAsync(citizen, id, Language.Of(request), cancellationToken);
        if (letter is null)
        {
            return await cases.OwnsAsync(citizen, id, cancellationToken)
                ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No letter yet",
                    detail: "There is no decision letter for this application yet: either nothing is decided, or the letter is being written. Try again in a moment.")
                : CaseResults.Failure(new CaseActionResult.NotFound());
        }
        var wantsHtml = request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        return wantsHtml
            ? TypedResults.Content(letter.Html, "text/html; charset=utf-8")
            : TypedResults.Content(letter.Json, "application/json; charset=utf-8");
    }
}
