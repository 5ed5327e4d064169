namespace AutoPermits.Engine.Applications;

/// <summary>The <c>data</c> of a <c>vehicle-valuation</c> application (spec/vehicle-valuation.md, "Inputs").</summary>
public sealed record VehicleValuationData(
    string Vin,
    string Make,
    string Model,
    string Variant,
    string Category,
    DateOnly FirstRegistrationDate,
    int MileageKm,
    decimal OriginalNewPriceDkk,
    DateOnly InspectionDate,
    decimal DocumentedDamageDkk,
    string History,
    string Purpose,
    IReadOnlyList<ComparableAd> Comparables);

/// <summary>A dealer, private or wholesale advertisement for a comparable vehicle.</summary>
public sealed record ComparableAd(decimal PriceDkk, int MileageKm, int ModelYear, int DaysListed, string Seller);
