using System.Text.Json;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.RuleSets;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using RulesEngine.Models;

namespace AutoPermits.Benchmarks;

/// <summary>
/// The same 64 generated carports three ways: (a) RulesEngine alone on the carport workflow, the floor any engine
/// built on RulesEngine pays; (b) the full assessment from bytes (read and validate, guard with lexicon and
/// classifier, rules, reasons); (c) RuleSet.EvaluateAsync alone, to split (b)'s extra time. Each operation is one
/// application; every invocation goes through all 64 so no single branch of the rules is measured alone.
/// </summary>
[MemoryDiagnoser]
[OperationsPerSecond]
[Config(typeof(ShortInProcess))]
public class AssessmentBenchmarks
{
    /// <summary>
    /// Ten iterations are enough for a stable mean on these microsecond operations and keep the run to a few minutes;
    /// in process, because BenchmarkDotNet's own rebuild of the whole tree (api included) takes longer than the run.
    /// </summary>
    private sealed class ShortInProcess : ManualConfig
    {
        public ShortInProcess() => AddJob(Job.Default
            .WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(10)
            .WithToolchain(InProcessEmitToolchain.Instance));
    }

    private const int N = GeneratedCarports.Count;

    private Checkout _checkout = null!;
    private RuleSet _ruleSet = null!;
    private RulesEngine.RulesEngine _engine = null!;
    private byte[][] _json = null!;
    private Application[] _applications = null!;
    private RuleParameter[][] _parameters = null!;

    [GlobalSetup]
    public void Setup()
    {
        _checkout = new Checkout();
        _ruleSet = _checkout.RuleBook.InForce("carport", Checkout.Day)!;
        _engine = CarportEngine();
        _json = GeneratedCarports.Create();
        _applications = _json.Select(bytes => _checkout.Reader.Read(bytes, Checkout.Day).Application
            ?? throw new InvalidOperationException("A generated carport is not valid.")).ToArray();
        _parameters = _applications.Select(Parameters).ToArray();
    }

    /// <summary>The carport workflow in a RulesEngine of its own, built exactly as RuleSet builds it.</summary>
    /// <param name="change">For the profile's experiments only: a changed workflow.</param>
    /// <param name="customTypes">For the profile's experiments only: types its expressions may call.</param>
    public static RulesEngine.RulesEngine CarportEngine(Func<Workflow, Workflow>? change = null, params Type[] customTypes)
    {
        var workflow = CarportWorkflow();
        var settings = new ReSettings { IsExpressionCaseSensitive = false };
        if (customTypes.Length > 0) settings.CustomTypes = customTypes;
        return new RulesEngine.RulesEngine([change is null ? workflow : change(workflow)], settings);
    }

    public static Workflow CarportWorkflow() =>
        JsonSerializer.Deserialize<Workflow>(File.ReadAllBytes(Path.Combine(Checkout.Root, "rules", "carport.json")))!;

    /// <summary>The parameters RuleSet passes, bound once: (a) measures the engine, not their allocation.</summary>
    public static RuleParameter[] Parameters(Application application) =>
    [
        new(RuleSet.InputName, application.Form!),
        new(RuleSet.ApplicationName, new CitizenChoices(application.RequestHumanReview, application.Consents.RegistryLookup)),
        new(RuleSet.TodayName, Checkout.Day),
    ];

    [Benchmark(Baseline = true, OperationsPerInvoke = N, Description = "(a) RulesEngine alone")]
    public async Task<int> RulesEngineAlone()
    {
        var held = 0;
        for (var i = 0; i < N; i++)
        {
            var results = await _engine.ExecuteAllRulesAsync("carport", _parameters[i]);
            held += results.Count;
        }
        return held;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "(b) full assessment")]
    public async Task<int> FullAssessment()
    {
        var automated = 0;
        for (var i = 0; i < N; i++)
        {
            var application = _checkout.Reader.Read(_json[i], Checkout.Day).Application!;
            var assessment = await _checkout.Assessor.AssessAsync(application, Checkout.Day);
            if (assessment.Automated) automated++;
        }
        return automated;
    }

    [Benchmark(OperationsPerInvoke = N, Description = "(c) RuleSet.EvaluateAsync")]
    public async Task<int> RuleSetEvaluate()
    {
        var reasons = 0;
        for (var i = 0; i < N; i++)
        {
            var verdict = await _ruleSet.EvaluateAsync(_applications[i], Checkout.Day);
            reasons += verdict.Reasons.Count;
        }
        return reasons;
    }
}
