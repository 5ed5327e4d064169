using FluentValidation;

namespace AutoPermits.Engine.Applications.Validation;

/// <summary>The forms and ranges of spec/carport.md, "Inputs"; absurd values are refused, not decided.</summary>
public sealed class CarportDataValidator : AbstractValidator<CarportData>
{
    public CarportDataValidator()
    {
        RuleFor(d => d.PropertyType).IsOneOf("detached", "terraced", "holiday", "flats", "other");
        RuleFor(d => d.Zone).IsOneOf("urban", "summerhouse", "rural");
        RuleFor(d => d.Use).IsOneOf("carport", "carport-with-shed", "annex", "dwelling");
        RuleFor(d => d.Roofing).IsOneOf("broof-t2", "transparent", "fire-protected-thatch", "thatch", "other");

        RuleFor(d => d.PlotAreaM2).Within(0, 10_000_000, lowerIncluded: false);
        RuleFor(d => d.ExistingFloorAreaM2).Within(0, 1_000_000);
        RuleFor(d => d.ExistingSecondaryAreaM2).Within(0, 100_000);
        RuleFor(d => d.AreaM2).Within(0, 10_000, lowerIncluded: false);
        RuleFor(d => d.AreaM2)
            .LessThanOrEqualTo(d => d.PlotAreaM2)
            .When(d => d.PlotAreaM2 > 0)
            .WithMessage("cannot be larger than the plot (plotAreaM2)");
        RuleFor(d => d.HeightM).Within(0, 100, lowerIncluded: false);
        RuleFor(d => d.DistanceToBoundaryM).Within(0, 100_000);
        RuleFor(d => d.LengthFacingBoundaryM).Within(0, 10_000);
    }
}
