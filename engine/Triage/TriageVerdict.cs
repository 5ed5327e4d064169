namespace AutoPermits.Engine.Triage;

/// <summary>Which layer of the guard refused automation.</summary>
public enum RefusedBy
{
    /// <summary>The type catalogue, the citizen's request for a person, or the lexicon.</summary>
    Policy,

    /// <summary>The statistical text classifier.</summary>
    Classifier,

    /// <summary>The guard could not decide (an exception, a missing lexicon or model): it fails closed.</summary>
    Error,
}

/// <summary>What triggered a refusal, and where: a lexicon term in a field, or a policy such as the application type.</summary>
public sealed record Signal(string Category, string Term, string Field, string Matched);

/// <summary>
/// The guard's verdict on one application.
/// </summary>
/// <param name="Queue">
/// Set when the case goes straight to a person and no rule set may run: <c>social</c> for every social case,
/// or the type's queue for types that only a person decides. Null when rule sets may run: the case is
/// automatable, or the citizen asked for a person (the rules then inform the caseworker but never decide).
/// </param>
/// <param name="Score">The classifier's probability that the case is social; null while no classifier runs.</param>
public sealed record TriageVerdict(bool Automatable, RefusedBy? RefusedBy, IReadOnlyList<Signal> Signals, double? Score, string? Queue)
{
    public const string SocialQueue = "social";

    public bool IsSocial => Queue == SocialQueue;
}
