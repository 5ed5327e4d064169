namespace AutoPermits.Engine.Applications;

/// <summary>The <c>data</c> of a <c>carport</c> application (spec/carport.md, "Inputs").</summary>
public sealed record CarportData(
    string PropertyType,
    string Zone,
    string Use,
    decimal PlotAreaM2,
    decimal ExistingFloorAreaM2,
    decimal ExistingSecondaryAreaM2,
    decimal AreaM2,
    decimal HeightM,
    decimal DistanceToBoundaryM,
    decimal LengthFacingBoundaryM,
    bool OpeningsTowardBoundary,
    bool IntegratedWithMainBuilding,
    bool OnTerrain,
    string Roofing,
    bool ProtectedArea,
    bool ListedBuilding,
    bool LocalPlanApplies,
    bool StructuralDocumentationAttached);
