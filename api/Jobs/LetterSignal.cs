using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.Options;

namespace AutoPermits.Api.Jobs;

/// <summary>
/// Asks for the letters of newly committed decisions, at most once per letter delay (a second by default): under
/// load, one sweep sends them all, instead of one job (and one write to the job store) per decision. The sweep
/// starts one delay after the first request of a window, so it finds every decision committed in that window.
/// </summary>
public sealed class LetterSignal(IBackgroundJobClient jobs, IOptions<AutoPermitsOptions> options, ILogger<LetterSignal> log)
{
    // Elapsed time, not a date: a monotonic timestamp, unaffected by the wall clock.
    private readonly long _window = (long)(options.Value.Jobs.LetterDelay.TotalSeconds * Stopwatch.Frequency);
    private long _lastRaised = long.MinValue / 2;

    public void Raise()
    {
        var now = Stopwatch.GetTimestamp();
        var last = Interlocked.Read(ref _lastRaised);
        if (now - last < _window || Interlocked.CompareExchange(ref _lastRaised, now, last) != last) return;
        try
        {
            jobs.Schedule<LetterPost>(post => post.SweepAsync(), options.Value.Jobs.LetterDelay);
        }
        catch (Exception e)
        {
            // The decisions are committed and their letter rows with them: the recurring sweep sends them.
            log.LogWarning(e, "Could not schedule the letter sweep; the recurring sweep will send the letters");
        }
    }
}
