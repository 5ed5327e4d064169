using AutoPermits.Api.Cases;

namespace AutoPermits.Api.Http;

/// <summary>The HTTP answers shared by every case action that does not succeed.</summary>
internal static class CaseResults
{
    public static IResult Failure(CaseActionResult result) => result switch
    {
        CaseActionResult.NotFound => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such case",
            detail: "There is no case with this id that you may see."),
        CaseActionResult.Conflict conflict => TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Not possible in the case's current state", detail: conflict.Detail),
        CaseActionResult.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors, title: invalid.Title),
        CaseActionResult.KeyReused => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "Idempotency-Key already used",
            detail: "This Idempotency-Key was already used for a different application. Use a new key for a new application."),
        CaseActionResult.Done => throw new ArgumentException("A successful action has no failure answer.", nameof(result)),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, null),
    };
}
