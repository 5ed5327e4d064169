using System.Diagnostics;
using System.Globalization;

namespace AutoPermits.Benchmarks;

/// <summary>
/// The guard's latency per application on a warm process: every corpus text as a carport description,
/// each call timed on its own, percentiles over all calls.
/// </summary>
public static class GuardLatency
{
    public static int Run(string[] args)
    {
        var rounds = args is [var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 50;
        var checkout = new Checkout();
        var applications = checkout.CarportsDescribedByTheCorpus();
        for (var i = 0; i < 5; i++) foreach (var a in applications) checkout.Guard.Assess(a);

        var samples = new double[rounds * applications.Count];
        var k = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var application in applications)
            {
                var started = Stopwatch.GetTimestamp();
                checkout.Guard.Assess(application);
                samples[k++] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }
        }
        Array.Sort(samples);
        double P(double q) => samples[(int)Math.Min(samples.Length - 1, Math.Ceiling(q * samples.Length) - 1)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"guard, {samples.Length:N0} calls over {applications.Count} texts: p50 {P(0.50):F1} µs, p90 {P(0.90):F1} µs, p99 {P(0.99):F1} µs, p99.9 {P(0.999):F1} µs, max {samples[^1]:F1} µs"));
        return 0;
    }
}
