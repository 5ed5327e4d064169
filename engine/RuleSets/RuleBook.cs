namespace AutoPermits.Engine.RuleSets;

/// <summary>
/// Every published version of every rule set, and which one is in force on a given day. Versions are given in the
/// order they were published: of two taking effect on the same day, the later publication governs.
/// </summary>
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
