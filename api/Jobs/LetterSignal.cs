using System.Diagnostics;
using Hangfire;
using Microsoft.Extensions.Options;

namespace AutoPermits.Api.Jobs;

/// <summary>
/// Asks for the letters of newly committed decisions with as few jobs as will do: while a sweep is scheduled and
/// has not started, it will find every decision committed before it starts, so no other is asked for. Under
/// load, one sweep per letter delay (a second by default) sends them all, instead of one job (and one write to
/// the job store) per decision.
/// </summary>
public sealed class LetterSignal(IBackgroundJobClient jobs, IOptions<AutoPermitsOptions> options, ILogger<LetterSignal> log)
{
    // Hangfire keeps a scheduled job's time in whole seconds and enqueues it once that second has begun: a job
    // scheduled for 10:00:01.9 may start at 10:00:01.0. Scheduling one second later than the window below keeps
    // the promise that the sweep starts after it (measured on PostgreSQL: jobs enqueued 0.8–0.9 s early).
    private static readonly TimeSpan SchedulerGranularity = TimeSpan.FromSeconds(1);

    // Elapsed time, not a date: a monotonic timestamp, unaffected by the wall clock.
    private readonly long _delay = (long)(options.Value.Jobs.LetterDelay.TotalSeconds * Stopwatch.Frequency);
    private long _sweepStartsAt = long.MinValue;

    /// <summary>Call after the decisions are committed.</summary>
    public void Raise()
    {
        var now = Stopwatch.GetTimestamp();
        var scheduled = Interlocked.Read(ref _sweepStartsAt);
        // The sweep cannot start before the time it was scheduled for, so it will see what is committed now.
        if (now < scheduled || Interlocked.CompareExchange(ref _sweepStartsAt, now + _delay, scheduled) != scheduled) return;
        try
        {
            jobs.Schedule<LetterPost>(post => post.SweepAsync(), options.Value.Jobs.LetterDelay + SchedulerGranularity);
        }
        catch (Exception e)
        {
            // The decisions are committed and their letter rows with them: the recurring sweep sends them.
            log.LogWarning(e, "Could not schedule the letter sweep; the recurring sweep will send the letters");
        }
    }
}
