using FluentValidation;
using static System.FormattableString;

namespace AutoPermits.Engine.Applications.Validation;

internal static class RuleExtensions
{
    public static IRuleBuilderOptions<T, string> IsOneOf<T>(this IRuleBuilder<T, string> rule, params string[] allowed) =>
        rule.Must(allowed.Contains).WithMessage($"must be one of: {string.Join(", ", allowed)}");

    public static IRuleBuilderOptions<T, decimal> Within<T>(
        this IRuleBuilder<T, decimal> rule, decimal min, decimal max, bool lowerIncluded = true) =>
        lowerIncluded
            ? rule.InclusiveBetween(min, max).WithMessage(Invariant($"must be between {min:N0} and {max:N0}"))
            : rule.Must(v => v > min && v <= max).WithMessage(Invariant($"must be greater than {min:N0} and at most {max:N0}"));
}
