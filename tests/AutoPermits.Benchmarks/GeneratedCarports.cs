using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace AutoPermits.Benchmarks;

/// <summary>
/// A fixed, seeded set of valid carport applications as the JSON a citizen sends. Varied so that the rules take
/// every path (exempt, approved, needs-info, each manual row) rather than one cached branch; the descriptions are
/// plain, so the guard lets them all through to the rules.
/// </summary>
public static class GeneratedCarports
{
    public const int Count = 64;
    public const int Seed = 2026;

    private static readonly string[] PropertyTypes = ["detached", "terraced", "holiday", "flats", "other"];
    private static readonly string[] Zones = ["urban", "urban", "urban", "summerhouse", "rural"];
    private static readonly string[] Uses = ["carport", "carport", "carport-with-shed", "carport-with-shed", "annex"];
    private static readonly string[] Roofings = ["broof-t2", "broof-t2", "broof-t2", "transparent", "fire-protected-thatch", "thatch", "other"];
    private static readonly string[] Descriptions =
    [
        "Åben carport i træ med tagpap.",
        "Carport i stål med tag af trapezplader.",
        "Dobbelt carport med redskabsrum i den ene ende.",
        "Carport bygget op ad skel mod naboen, tag med fald mod haven.",
        "Open timber carport with a felt roof.",
        "Carport med sedumtag og regnvandsopsamling.",
        "Enkel carport til én bil, stolper i lærk.",
        "",
    ];

    public static byte[][] Create(int count = Count, int seed = Seed)
    {
        var random = new Random(seed);
        var template = JsonNode.Parse(Checkout.Sample("carport-exempt"))!.AsObject();
        var result = new byte[count][];
        for (var i = 0; i < count; i++)
        {
            template["description"] = Descriptions[random.Next(Descriptions.Length)];
            var data = template["data"]!.AsObject();
            // Most carports are ordinary (exempt or approved); about one in three hits a manual row, so each row is reached.
            var unusual = random.Next(3) == 0;
            var nearBoundary = random.Next(2) == 0;
            data["propertyType"] = PropertyTypes[random.Next(PropertyTypes.Length)];
            data["zone"] = unusual ? Zones[random.Next(Zones.Length)] : "urban";
            data["use"] = unusual ? Uses[random.Next(Uses.Length)] : "carport";
            data["plotAreaM2"] = random.Next(600, 2_000);
            data["existingFloorAreaM2"] = random.Next(60, 180);
            data["existingSecondaryAreaM2"] = random.Next(0, 30);
            data["areaM2"] = random.Next(12, 60);
            data["heightM"] = Decimal(nearBoundary ? 2.0 + 0.5 * random.NextDouble() : 2.2 + 1.5 * random.NextDouble());
            data["distanceToBoundaryM"] = Decimal(nearBoundary ? 0.3 + 2.1 * random.NextDouble() : 2.5 + 4.0 * random.NextDouble());
            data["lengthFacingBoundaryM"] = random.Next(3, 12);
            data["openingsTowardBoundary"] = unusual && random.Next(4) == 0;
            data["integratedWithMainBuilding"] = unusual && random.Next(6) == 0;
            data["onTerrain"] = !(unusual && random.Next(6) == 0);
            data["roofing"] = unusual ? Roofings[random.Next(Roofings.Length)] : "broof-t2";
            data["protectedArea"] = unusual && random.Next(6) == 0;
            data["listedBuilding"] = unusual && random.Next(8) == 0;
            data["localPlanApplies"] = unusual && random.Next(5) == 0;
            data["structuralDocumentationAttached"] = random.Next(4) != 0;
            result[i] = Encoding.UTF8.GetBytes(template.ToJsonString());
        }
        return result;
    }

    // One decimal place, as a citizen types it; a double's binary tail would only test the JSON writer.
    private static decimal Decimal(double value) => decimal.Parse(value.ToString("F1", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
