using FluentValidation;

namespace AutoPermits.Engine.Applications.Validation;

public sealed class ApplicantValidator : AbstractValidator<Applicant>
{
    public ApplicantValidator()
    {
        // The messages never repeat the value: a CPR number must not travel into logs with an error.
        RuleFor(a => a.Cpr)
            .Must(Cpr.IsWellFormed!)
            .When(a => a.Cpr is not null)
            .WithMessage("must be 10 digits (ddmmyy-xxxx or ddmmyyxxxx) whose first six are a real date");
        RuleFor(a => a.Name).MaximumLength(200).WithMessage("must be at most 200 characters");
        RuleFor(a => a.Email)
            .MaximumLength(254).WithMessage("must be at most 254 characters")
            .EmailAddress().WithMessage("must be an e-mail address");
    }
}
