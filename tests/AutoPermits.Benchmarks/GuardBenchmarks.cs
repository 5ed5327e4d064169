using AutoPermits.Engine.Applications;
using BenchmarkDotNet.Attributes;

namespace AutoPermits.Benchmarks;

/// <summary>The guard alone (lexicon and classifier) on a plain and on a social carport.</summary>
[MemoryDiagnoser]
public class GuardBenchmarks
{
    private Checkout _checkout = null!;
    private Application _plain = null!;
    private Application _social = null!;

    [GlobalSetup]
    public void Setup()
    {
        _checkout = new Checkout();
        _plain = _checkout.Reader.Read(Checkout.Sample("carport-exempt"), Checkout.Day).Application!;
        _social = _checkout.Reader.Read(Checkout.Sample("social-carport"), Checkout.Day).Application!;
    }

    [Benchmark(Baseline = true)]
    public object PlainCarport() => _checkout.Guard.Assess(_plain);

    [Benchmark]
    public object SocialCarport() => _checkout.Guard.Assess(_social);
}
