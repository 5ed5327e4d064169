using System.Diagnostics;
using Hangfire;

namespace AutoPermits.Api.Jobs;

/// <summary>
/// Asks for the letters of newly committed decisions, at most once a second: under load, one sweep a second
/// sends them all, instead of one job (and one write to the job store) per decision. The sweep starts a second
/// after the first request of a window, so it finds every decision committed in that window.
/// </summary>
public sealed class LetterSignal(IBackgroundJobClient jobs, ILogger<LetterSignal> log)
{
    // Elapsed time, not a date: a monotonic timestamp, unaffected by the wall clock.
    private static readonly long Window = Stopwatch.Frequency;
    private long _lastRaised = Stopwatch.GetTimestamp() - Stopwatch.Frequency;

    public void Raise()
    {
        var now = Stopwatch.GetTimestamp();
        var last = Interlocked.Read(ref _lastRaised);
        if (now - last < Window || Interlocked.CompareExchange(ref _lastRaised, now, last) != last) return;
        try
        {
            jobs.Schedule<LetterPost>(post => post.SweepAsync(), TimeSpan.FromSeconds(1));
        }
        catch (Exception e)
        {
            // The decisions are committed and their letter rows with them: the recurring sweep sends them.
            log.LogWarning(e, "Could not schedule the letter sweep; the recurring sweep will send the letters");
        }
    }
}
