namespace AutoPermits.Engine.RuleSets;

/// <summary>Every loaded version of every rule set, and which one is in force on a given day.</summary>
public sealed class RuleBook(IEnumerable<RuleSet> ruleSets)
{
    private readonly Dictionary<string, RuleSet[]> _versionsById = ruleSets
        .GroupBy(r => r.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.OrderBy(r => r.EffectiveFrom).ToArray(), StringComparer.Ordinal);

    public IEnumerable<RuleSet> All => _versionsById.Values.SelectMany(v => v);

    /// <summary>The version that governs an application submitted on <paramref name="day"/>, if any.</summary>
    public RuleSet? InForce(string id, DateOnly day) =>
        _versionsById.TryGetValue(id, out var versions) ? versions.LastOrDefault(v => v.EffectiveFrom <= day) : null;
}
