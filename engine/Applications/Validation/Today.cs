using FluentValidation;

namespace AutoPermits.Engine.Applications.Validation;

/// <summary>The submission date travels with the validation, so "not in the future" means the same day the rules see.</summary>
internal static class Today
{
    public const string Key = "today";

    public static DateOnly Of<T>(ValidationContext<T> context) =>
        context.RootContextData.TryGetValue(Key, out var today) && today is DateOnly date
            ? date
            : throw new InvalidOperationException("The submission date was not given to the validator.");
}
