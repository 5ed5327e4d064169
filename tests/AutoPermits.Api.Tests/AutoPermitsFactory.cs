using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace AutoPermits.Api.Tests;

/// <summary>
/// The service in memory, on the specification's submission date (the vehicle examples depend on it), with
/// the rules copied beside the binaries. Settings given with <see cref="With"/> apply when the host starts.
/// </summary>
public class AutoPermitsFactory : WebApplicationFactory<Program>
{
    /// <summary>The submission date of the specification's worked examples.</summary>
    public static readonly DateTimeOffset SubmissionDay = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);

    public AutoPermitsFactory()
        : this(SubmissionDay)
    {
    }

    private AutoPermitsFactory(DateTimeOffset now) => Clock = new FakeTimeProvider(now);

    /// <summary>A service that thinks it is <paramref name="now"/>; its clock can move forward from there, never back.</summary>
    public static AutoPermitsFactory At(DateTimeOffset now) => new(now);

    public FakeTimeProvider Clock { get; }

    /// <summary>Sets a configuration key such as <c>AutoPermits:RateLimits:AssessmentsPerMinute</c>; call before the first client.</summary>
    public AutoPermitsFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }
}
