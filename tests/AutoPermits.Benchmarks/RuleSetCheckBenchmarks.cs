using AutoPermits.Engine.RuleSets.Checks;
using BenchmarkDotNet.Attributes;

namespace AutoPermits.Benchmarks;

/// <summary>Every upload check (schema, catalogue, expression sandbox, data use, embedded tests) on a shipped rule file.</summary>
[MemoryDiagnoser]
public class RuleSetCheckBenchmarks
{
    private Checkout _checkout = null!;
    private byte[] _content = null!;

    [Params("carport", "vehicle-valuation")]
    public string RuleSet { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _checkout = new Checkout();
        _content = File.ReadAllBytes(Path.Combine(Checkout.Root, "rules", RuleSet + ".json"));
    }

    [Benchmark]
    public object Check() => RuleSetChecks.Check(_content, _checkout.Catalogue);
}
