using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.RuleSets;
using RulesEngine.Models;

namespace AutoPermits.Benchmarks;

/// <summary>
/// `assessment-profile [rounds]`: where an assessment's time goes, phase by phase, on the generated carports of
/// <see cref="AssessmentBenchmarks"/>; then how much of RulesEngine's own time is the workflow's GlobalParams,
/// counted (are they evaluated once per execution or once per rule?) and timed.
/// </summary>
public static partial class AssessmentProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rounds = args is [var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 200;
        var checkout = new Checkout();
        var ruleSet = checkout.RuleBook.InForce("carport", Checkout.Day)!;
        var json = GeneratedCarports.Create();
        var applications = json.Select(b => checkout.Reader.Read(b, Checkout.Day).Application!).ToArray();
        var parameters = applications.Select(AssessmentBenchmarks.Parameters).ToArray();
        var engine = AssessmentBenchmarks.CarportEngine();
        var budget = TimeSpan.FromSeconds(2);

        var outcomes = new Dictionary<string, int>();
        foreach (var a in applications)
        {
            var assessment = await checkout.Assessor.AssessAsync(a, Checkout.Day);
            var key = assessment.Outcome + (assessment.Triage.Automatable ? "" : " (guard refused)");
            outcomes[key] = outcomes.GetValueOrDefault(key) + 1;
        }
        Console.WriteLine($"{applications.Length} generated carports: {string.Join(", ", outcomes.OrderBy(o => o.Key).Select(o => $"{o.Key} {o.Value}"))}");
        Console.WriteLine($"{rounds} rounds; µs per application; bytes allocated per application (all threads)");

        var verdicts = new RuleVerdict[applications.Length];
        for (var i = 0; i < applications.Length; i++) verdicts[i] = await ruleSet.EvaluateAsync(applications[i], Checkout.Day);
        var rulesByCode = ruleSet.Rules.ToDictionary(r => r.Code);

        var phases = new (string Name, Func<int, ValueTask> Run)[]
        {
            ("read + validate (ApplicationReader.Read)", i => { checkout.Reader.Read(json[i], Checkout.Day); return ValueTask.CompletedTask; }),
            ("guard (lexicon + classifier)", i => { checkout.Guard.Assess(applications[i]); return ValueTask.CompletedTask; }),
            ("RulesEngine.ExecuteAllRulesAsync alone", async i => await engine.ExecuteAllRulesAsync("carport", parameters[i])),
            ("RuleSet.EvaluateAsync (engine + facts + reasons)", async i => await ruleSet.EvaluateAsync(applications[i], Checkout.Day)),
            ("  of which: reasons rendered (da + en)", i => { Render(verdicts[i], rulesByCode); return ValueTask.CompletedTask; }),
            ("Task.Run(EvaluateAsync).WaitAsync(budget)", async i => await Task.Run(() => ruleSet.EvaluateAsync(applications[i], Checkout.Day)).WaitAsync(budget)),
            ("Assessor.AssessAsync (guard + rules)", async i => await checkout.Assessor.AssessAsync(applications[i], Checkout.Day)),
            ("full: read + AssessAsync", async i => await checkout.Assessor.AssessAsync(checkout.Reader.Read(json[i], Checkout.Day).Application!, Checkout.Day)),
        };
        // Every phase runs once before any is measured, so none is timed at tier-0 while the JIT is still promoting code.
        foreach (var (name, run) in phases) await MeasureAsync(name, applications.Length, Math.Max(1, rounds / 4), run);
        await Task.Delay(500);
        foreach (var (name, run) in phases) Console.WriteLine(await MeasureAsync(name, applications.Length, rounds, run));

        await GlobalParamsAsync(parameters, rounds);
        return 0;
    }

    /// <summary>What RuleSet does to turn the rules that held into reasons, done again on its own.</summary>
    private static int Render(RuleVerdict verdict, Dictionary<string, RuleDefinition> rulesByCode)
    {
        var length = 0;
        foreach (var reason in verdict.Reasons)
        {
            if (!rulesByCode.TryGetValue(reason.Code, out var rule)) continue;
            length += MessageTemplate.Render(rule.Message.Da, verdict.Facts, "da").Length + MessageTemplate.Render(rule.Message.En, verdict.Facts, "en").Length;
        }
        return length;
    }

    /// <summary>
    /// First counts how often RulesEngine evaluates a global parameter per execution (a probe parameter counts its
    /// own evaluations), then times the workflow as written against the same rules with each rule given only the
    /// parameters it reads as LocalParams, and against one rule with and without the 23 globals.
    /// </summary>
    private static async Task GlobalParamsAsync(RuleParameter[][] parameters, int rounds)
    {
        var probed = AssessmentBenchmarks.CarportEngine(w =>
        {
            w.GlobalParams = [.. w.GlobalParams, new ScopedParam { Name = "probe", Expression = "Probe.Hit()" }];
            return w;
        }, typeof(Probe));
        Probe.Count = 0;
        await probed.ExecuteAllRulesAsync("carport", parameters[0]);
        var rules = AssessmentBenchmarks.CarportWorkflow().Rules.Count();
        Console.WriteLine($"GlobalParams: one global parameter is evaluated {Probe.Count} times per ExecuteAllRulesAsync of {rules} rules");

        var variants = new (string Name, RulesEngine.RulesEngine Engine)[]
        {
            ("workflow as written (23 GlobalParams x 17 rules)", AssessmentBenchmarks.CarportEngine()),
            ("each rule only the params it reads, as LocalParams", AssessmentBenchmarks.CarportEngine(LocalParamsOnly)),
            ("1 rule, 23 GlobalParams", AssessmentBenchmarks.CarportEngine(w => { w.Rules = [w.Rules.First()]; return w; })),
            ("1 rule, no GlobalParams", AssessmentBenchmarks.CarportEngine(w => { w.Rules = [w.Rules.First()]; w.GlobalParams = []; return w; })),
        };
        await SameOutcomesAsync(variants[0].Engine, variants[1].Engine, parameters);
        foreach (var (name, engine) in variants)
        {
            Console.WriteLine(await MeasureAsync("RulesEngine: " + name, parameters.Length, rounds, async i => await engine.ExecuteAllRulesAsync("carport", parameters[i])));
        }
    }

    /// <summary>Each rule gets, in the workflow's order, the global parameters it reads directly or through another.</summary>
    private static Workflow LocalParamsOnly(Workflow workflow)
    {
        var globals = workflow.GlobalParams.ToList();
        var names = globals.Select(g => g.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        HashSet<string> Reads(string expression) =>
            Identifier().Matches(expression).Select(m => m.Value).Where(names.Contains).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var rule in workflow.Rules)
        {
            var needed = Reads(rule.Expression + " " + string.Join(" ", rule.Actions?.OnSuccess?.Context?.Values.Select(v => v?.ToString()) ?? []));
            for (var grew = true; grew;)
            {
                grew = false;
                foreach (var g in globals.Where(g => needed.Contains(g.Name)).ToList())
                {
                    foreach (var name in Reads(g.Expression)) grew |= needed.Add(name);
                }
            }
            rule.LocalParams = globals.Where(g => needed.Contains(g.Name)).ToList();
        }
        workflow.GlobalParams = [];
        return workflow;
    }

    private static async Task SameOutcomesAsync(RulesEngine.RulesEngine expected, RulesEngine.RulesEngine actual, RuleParameter[][] parameters)
    {
        foreach (var p in parameters)
        {
            var a = (await expected.ExecuteAllRulesAsync("carport", p)).Select(r => r.IsSuccess);
            var b = (await actual.ExecuteAllRulesAsync("carport", p)).Select(r => r.IsSuccess);
            if (!a.SequenceEqual(b)) throw new InvalidOperationException("The LocalParams variant decides differently; its timing would mean nothing.");
        }
    }

    private static async Task<string> MeasureAsync(string name, int count, int rounds, Func<int, ValueTask> run)
    {
        for (var w = 0; w < 3; w++) for (var i = 0; i < count; i++) await run(i);
        var samples = new double[count * rounds];
        long allocated = 0;
        var k = 0;
        for (var r = 0; r < rounds; r++)
        {
            for (var i = 0; i < count; i++)
            {
                // All threads: Task.Run moves the rules, and the continuation, to another thread.
                var bytes = GC.GetTotalAllocatedBytes(precise: true);
                var started = Stopwatch.GetTimestamp();
                await run(i);
                samples[k++] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
                allocated += GC.GetTotalAllocatedBytes(precise: true) - bytes;
            }
        }
        var mean = samples.Average();
        Array.Sort(samples);
        return string.Create(CultureInfo.InvariantCulture,
            $"{name,-58} mean {mean,8:F1}  p50 {samples[samples.Length / 2],8:F1}  p99 {samples[(int)(samples.Length * 0.99)],8:F1}  alloc {allocated / samples.Length,8:N0} B");
    }

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*")]
    private static partial Regex Identifier();
}

/// <summary>A global parameter that counts its own evaluations; registered with RulesEngine only for that count.</summary>
public static class Probe
{
    public static int Count;

    public static bool Hit()
    {
        Count++;
        return true;
    }
}
