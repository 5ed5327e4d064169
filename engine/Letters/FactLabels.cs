namespace AutoPermits.Engine.Letters;

/// <summary>
/// Which of a rule set's facts a letter shows, under what label, and how their values are written.
/// Facts a table does not know are shown under their own name; a rule author's new parameter is not hidden.
/// </summary>
internal static class FactLabels
{
    private enum Unit { None, Count, SquareMetres, Metres, Kilometres, Years, CalendarYear, Ratio, Kroner }

    private sealed record Label(string Name, string Da, string En, Unit Unit);

    /// <summary>A string fact longer than this is prose or an identifier list, not a fact for a table.</summary>
    private const int ShortString = 80;

    // The names are the GlobalParams of rules/*.json, in the order a reader follows the reasoning.
    private static readonly Dictionary<string, Label[]> Known = new(StringComparer.Ordinal)
    {
        ["carport"] =
        [
            new("T", "Sekundær bebyggelse på grunden i alt", "Secondary buildings on the plot in all", Unit.SquareMetres),
            new("exemptTotalAreaM2", "Højst i alt uden byggetilladelse", "Most in all without a building permit", Unit.SquareMetres),
            new("h", "Højde", "Height", Unit.Metres),
            new("d", "Afstand til skel", "Distance to the boundary", Unit.Metres),
            new("lengthFacingM", "Længde mod skel", "Length facing the boundary", Unit.Metres),
            new("plotRatio", "Bebyggelsesprocent", "Plot ratio", Unit.Ratio),
            new("plotRatioLimit", "Højeste bebyggelsesprocent", "Highest plot ratio allowed", Unit.Ratio),
        ],
        ["vehicle-valuation"] =
        [
            new("vehicleModelYear", "Første registreringsår", "Year of first registration", Unit.CalendarYear),
            new("ageYears", "Køretøjets alder", "Age of the vehicle", Unit.Years),
            new("eligibleCount", "Sammenlignelige forhandlerannoncer brugt", "Comparable dealer advertisements used", Unit.Count),
            new("leftOutCount", "Annoncer, der ikke indgik", "Advertisements left out", Unit.Count),
            new("meanPriceDkk", "Gennemsnitspris i annoncerne", "Mean price in the advertisements", Unit.Kroner),
            new("meanMileageKm", "Gennemsnitligt kilometertal i annoncerne", "Mean mileage in the advertisements", Unit.Kilometres),
            new("declaredMileageKm", "Dit køretøjs kilometertal", "Your vehicle's mileage", Unit.Kilometres),
            new("mileageAdjustmentDkk", "Regulering for kilometertal", "Adjustment for mileage", Unit.Kroner),
            new("newPriceDkk", "Oprindelig nypris", "Original new price", Unit.Kroner),
        ],
    };

    // The rule sets' constants and the intermediate limits: the reasons' texts already name the limit that
    // decided, and every limit that did not apply (holiday homes, thatched roofs) would bury the facts the
    // decision rests on. The value itself is the letter's outcome, not a fact.
    private static readonly Dictionary<string, HashSet<string>> Hidden = new(StringComparer.Ordinal)
    {
        ["carport"] =
        [
            "ruralTotalAreaM2", "nearBandM", "holidayNearBandM", "nearHeightMaxM", "nearLengthMaxM", "envelopeFactor",
            "maxHeightM", "holidayMaxHeightM", "fireDistanceProtectedThatchM", "fireDistanceThatchM",
            "plotRatioDeductionM2", "nearBandLimitM", "maxHeightLimitM", "envelopeLimitM", "requiredFireDistanceM",
        ],
        ["vehicle-valuation"] =
        [
            "maxInspectionAgeDays", "veteranAgeYears", "minComparables", "maxComparableYearDelta", "maxDaysListed",
            "kmRatePerThousand", "kmAdjustmentCap", "inspectionAgeDays", "mileageAdjustmentCapDkk", "adjustedPriceDkk",
            "valueDkk",
        ],
    };

    public static IReadOnlyList<LetterFact> Show(string applicationType, IReadOnlyDictionary<string, object>? facts, LetterLanguage language)
    {
        if (facts is null || facts.Count == 0) return [];
        var known = Known.GetValueOrDefault(applicationType, []);
        var hidden = Hidden.GetValueOrDefault(applicationType, []);

        var shown = new List<LetterFact>();
        foreach (var label in known)
        {
            if (facts.TryGetValue(label.Name, out var value) && Write(value, label.Unit, language) is { } text)
            {
                shown.Add(new LetterFact(language.Pick(label.Da, label.En), text));
            }
        }
        var unknown = facts.Keys
            .Where(name => !hidden.Contains(name) && !known.Any(label => label.Name == name))
            .Order(StringComparer.Ordinal);
        foreach (var name in unknown)
        {
            if (Write(facts[name], Unit.None, language) is { } text) shown.Add(new LetterFact(name, text));
        }
        return shown;
    }

    /// <summary>The value as the reader reads it, or <c>null</c> for what is no fact for a table (flags, lists).</summary>
    private static string? Write(object value, Unit unit, LetterLanguage language)
    {
        if (unit == Unit.CalendarYear && value is int year) return year.ToString(language.Culture);
        decimal? number = value switch
        {
            decimal d => d,
            int i => i,
            long l => l,
            _ => null,
        };
        if (number is { } n)
        {
            return unit switch
            {
                Unit.SquareMetres => $"{language.Number(n)} m²",
                Unit.Metres => $"{language.Number(n)} m",
                Unit.Kilometres => $"{language.Number(n, "#,##0")} km",
                Unit.Years => $"{language.Number(n)} {language.Pick("år", n == 1 ? "year" : "years")}",
                Unit.Ratio => language.Percent(n),
                Unit.Kroner => language.Kroner(n),
                _ => language.Number(n),
            };
        }
        return value switch
        {
            DateOnly date => language.Date(date),
            string s when !string.IsNullOrWhiteSpace(s) && s.Length <= ShortString => s,
            _ => null,
        };
    }
}
