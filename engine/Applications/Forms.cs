using AutoPermits.Engine.Applications.Validation;
using FluentValidation;

namespace AutoPermits.Engine.Applications;

/// <summary>A data model that the type catalogue may name, with the validator that guards it.</summary>
public sealed record Form(string Name, Type DataType, IValidator Validator)
{
    /// <summary>The data models rule sets are written against. Adding a form is a code change; using it is not.</summary>
    public static IReadOnlyDictionary<string, Form> Known { get; } = new Dictionary<string, Form>(StringComparer.Ordinal)
    {
        ["carport"] = new("carport", typeof(CarportData), new CarportDataValidator()),
        ["vehicle-valuation"] = new("vehicle-valuation", typeof(VehicleValuationData), new VehicleValuationDataValidator()),
    };
}
