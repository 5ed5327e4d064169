using System.Text.RegularExpressions;
using FluentValidation;
using static System.FormattableString;

namespace AutoPermits.Engine.Applications.Validation;

/// <summary>The forms and ranges of spec/vehicle-valuation.md, "Inputs".</summary>
public sealed partial class VehicleValuationDataValidator : AbstractValidator<VehicleValuationData>
{
    private const decimal MaxPriceDkk = 100_000_000;
    private const int MaxMileageKm = 3_000_000;
    private static readonly DateOnly EarliestDate = new(1900, 1, 1);

    public VehicleValuationDataValidator()
    {
        RuleFor(d => d.Vin)
            .Must(vin => VinForm().IsMatch(vin))
            .WithMessage("must be 17 letters and digits, without I, O and Q");
        RuleFor(d => d.Make).NotEmpty().WithMessage("must not be empty").MaximumLength(100).WithMessage("must be at most 100 characters");
        RuleFor(d => d.Model).NotEmpty().WithMessage("must not be empty").MaximumLength(100).WithMessage("must be at most 100 characters");
        RuleFor(d => d.Variant).NotEmpty().WithMessage("must not be empty").MaximumLength(100).WithMessage("must be at most 100 characters");
        RuleFor(d => d.Category).IsOneOf("passenger-car", "van", "motorcycle", "bus", "motorhome");
        RuleFor(d => d.History).IsOneOf("normal", "total-loss", "rebuilt");
        RuleFor(d => d.Purpose).IsOneOf("registration", "export");

        RuleFor(d => d.FirstRegistrationDate).Custom((date, context) => NotInFuture(date, context));
        RuleFor(d => d.InspectionDate).Custom((date, context) => NotInFuture(date, context));
        RuleFor(d => d.MileageKm).InclusiveBetween(0, MaxMileageKm).WithMessage(Invariant($"must be between 0 and {MaxMileageKm:N0}"));
        RuleFor(d => d.OriginalNewPriceDkk).Within(0, MaxPriceDkk, lowerIncluded: false);
        RuleFor(d => d.DocumentedDamageDkk).Within(0, MaxPriceDkk);

        RuleFor(d => d.Comparables.Count).LessThanOrEqualTo(200)
            .OverridePropertyName(nameof(VehicleValuationData.Comparables))
            .WithMessage("may hold at most 200 advertisements");
        RuleForEach(d => d.Comparables).ChildRules(ad =>
        {
            ad.RuleFor(a => a.PriceDkk).Within(0, MaxPriceDkk, lowerIncluded: false);
            ad.RuleFor(a => a.MileageKm).InclusiveBetween(0, MaxMileageKm).WithMessage(Invariant($"must be between 0 and {MaxMileageKm:N0}"));
            ad.RuleFor(a => a.ModelYear).InclusiveBetween(EarliestDate.Year, 2100).WithMessage("must be a model year");
            ad.RuleFor(a => a.DaysListed).InclusiveBetween(0, 36_500).WithMessage("must be between 0 and 36,500 days");
            ad.RuleFor(a => a.Seller).IsOneOf("dealer", "private", "wholesale");
        });
    }

    private static void NotInFuture(DateOnly date, ValidationContext<VehicleValuationData> context)
    {
        if (date > Today.Of(context)) context.AddFailure("must not be in the future");
        else if (date < EarliestDate) context.AddFailure(Invariant($"must not be before {EarliestDate:yyyy-MM-dd}"));
    }

    [GeneratedRegex("^[A-HJ-NPR-Z0-9]{17}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VinForm();
}
