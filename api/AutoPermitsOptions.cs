namespace AutoPermits.Api;

/// <summary>The <c>AutoPermits</c> configuration section (spec/contract.md, "Configuration an operator relies on").</summary>
public sealed class AutoPermitsOptions
{
    public const string Section = "AutoPermits";

    /// <summary>The rule sets, type catalogue and lexicon; by default the copy of <c>rules/</c> next to the binaries.</summary>
    public string RulesDirectory { get; set; } = Path.Combine(AppContext.BaseDirectory, "rules");

    /// <summary>How long one application's rules may run before the case goes to a person.</summary>
    public TimeSpan EvaluationBudget { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The largest request body accepted, in bytes.</summary>
    public int MaxBodyBytes { get; set; } = 256 * 1024;

    public RateLimitOptions RateLimits { get; set; } = new();

    public sealed class RateLimitOptions
    {
        /// <summary>Anonymous <c>POST /api/assessments</c> per client address and minute.</summary>
        public int AssessmentsPerMinute { get; set; } = 600;
    }
}
