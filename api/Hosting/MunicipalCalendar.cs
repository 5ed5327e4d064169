using Microsoft.Extensions.Options;

namespace AutoPermits.Api.Hosting;

/// <summary>
/// The municipality's calendar day. Decisions, rule sets in force and appeal deadlines are counted in local
/// days: an application sent at 00:30 in Copenhagen is sent on that day, not on the UTC day before it.
/// </summary>
public sealed class MunicipalCalendar(TimeProvider clock, IOptions<AutoPermitsOptions> options)
{
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateOnly Today() => DayOf(clock.GetUtcNow().UtcDateTime);

    /// <summary>The local day of a stored UTC instant.</summary>
    public DateOnly DayOf(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), _zone));
}
