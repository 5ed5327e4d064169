using System.Diagnostics;
using System.Globalization;

namespace AutoPermits.Benchmarks;

/// <summary>
/// The guard's latency per application on a warm process: every corpus text as a carport description, each call
/// timed on its own. Two views: percentiles over all calls, which include the machine's own pauses (this VM stops
/// every thread for 25–45 µs some 2,000 times a second, guard or no guard); and percentiles over applications of
/// each one's median call, which is what the guard itself costs for that application.
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
        var perApplication = new double[applications.Count][];
        for (var a = 0; a < applications.Count; a++) perApplication[a] = new double[rounds];
        var k = 0;
        for (var round = 0; round < rounds; round++)
        {
            for (var a = 0; a < applications.Count; a++)
            {
                var started = Stopwatch.GetTimestamp();
                checkout.Guard.Assess(applications[a]);
                samples[k++] = perApplication[a][round] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
            }
        }
        Console.WriteLine(Describe($"guard, {samples.Length:N0} calls over {applications.Count} texts, every call", samples));
        var medians = perApplication.Select(s => { Array.Sort(s); return s[s.Length / 2]; }).ToArray();
        Console.WriteLine(Describe($"guard, per application (median of its {rounds} calls)", medians));
        return 0;
    }

    private static string Describe(string what, double[] samples)
    {
        Array.Sort(samples);
        double P(double q) => samples[(int)Math.Min(samples.Length - 1, Math.Ceiling(q * samples.Length) - 1)];
        return string.Create(CultureInfo.InvariantCulture,
            $"{what}: p50 {P(0.50):F1} µs, p90 {P(0.90):F1} µs, p99 {P(0.99):F1} µs, p99.9 {P(0.999):F1} µs, max {samples[^1]:F1} µs");
    }
}
