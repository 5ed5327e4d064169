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

    /// <summary>Where the embedded SQLite files, the Data Protection keys and the letter outbox live.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The municipality's time zone (IANA id): its calendar days date decisions and deadlines.</summary>
    public string TimeZone { get; set; } = "Europe/Copenhagen";

    public RateLimitOptions RateLimits { get; set; } = new();

    public DatabaseOptions Database { get; set; } = new();

    public CaseOptions Cases { get; set; } = new();

    public JobOptions Jobs { get; set; } = new();

    public RuleSetOptions RuleSets { get; set; } = new();

    public sealed class RuleSetOptions
    {
        /// <summary>How often an instance looks for rule sets published elsewhere.</summary>
        public TimeSpan RefreshInterval { get; set; } = TimeSpan.FromSeconds(1);
    }

    public sealed class DatabaseOptions
    {
        /// <summary>
        /// <c>sqlite</c>, the embedded default (<c>ConnectionStrings:AutoPermits</c> overrides the file), or
        /// <c>postgresql</c> with <c>ConnectionStrings:AutoPermits</c>, for more than one node.
        /// </summary>
        public string Provider { get; set; } = "sqlite";
    }

    public sealed class CaseOptions
    {
        /// <summary>How long a case may wait in a queue before it is escalated.</summary>
        public TimeSpan QueueDeadline { get; set; } = TimeSpan.FromDays(28);

        /// <summary>How long the citizen has to answer a needs-info request before the case expires.</summary>
        public TimeSpan NeedsInfoDeadline { get; set; } = TimeSpan.FromDays(30);

        /// <summary>How long a closed case is kept before retention clean-up deletes it.</summary>
        public TimeSpan Retention { get; set; } = TimeSpan.FromDays(5 * 365);
    }

    public sealed class JobOptions
    {
        /// <summary>How often the Hangfire server looks for new jobs in its embedded SQLite storage.</summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>Cron for the sweeps: letters not yet dispatched, overdue queues, expired requests, retention.</summary>
        public string SweepCron { get; set; } = "*/5 * * * *";

        /// <summary>How long after a decision its letters are swept: the decisions of that window go in one job.</summary>
        public TimeSpan LetterDelay { get; set; } = TimeSpan.FromSeconds(1);
    }

    public sealed class RateLimitOptions
    {
        /// <summary>Anonymous <c>POST /api/assessments</c> per client address and minute.</summary>
        public int AssessmentsPerMinute { get; set; } = 600;
    }
}
