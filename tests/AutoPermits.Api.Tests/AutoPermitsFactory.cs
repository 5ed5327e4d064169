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

    private AutoPermitsFactory(DateTimeOffset now)
    {
        Clock = new FakeTimeProvider(now);
        DataDirectory = Directory.CreateTempSubdirectory("autopermits-data-").FullName;
        Database = TestDatabase.Create();
        _ownsData = true;
    }

    private readonly bool _ownsData;

    private AutoPermitsFactory(DateTimeOffset now, string dataDirectory, TestDatabase? database)
    {
        Clock = new FakeTimeProvider(now);
        DataDirectory = dataDirectory;
        Database = database;
    }

    /// <summary>A second start of the service on the data of an earlier one, as after a restart; the earlier one cleans up.</summary>
    public AutoPermitsFactory Restarted() => new AutoPermitsFactory(Clock.GetUtcNow(), DataDirectory, Database).WithAll(_settings);

    /// <summary>The PostgreSQL database of this service when the tests run against PostgreSQL; null on the embedded SQLite.</summary>
    public TestDatabase? Database { get; }

    /// <summary>Where this service keeps its SQLite files, keys and outbox: a fresh folder for each factory.</summary>
    public string DataDirectory { get; }

    /// <summary>A service that thinks it is <paramref name="now"/>; its clock can move forward from there, never back.</summary>
    public static AutoPermitsFactory At(DateTimeOffset now) => new(now);

    public FakeTimeProvider Clock { get; }

    /// <summary>Sets a configuration key such as <c>AutoPermits:RateLimits:AssessmentsPerMinute</c>; call before the first client.</summary>
    public AutoPermitsFactory With(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    private AutoPermitsFactory WithAll(Dictionary<string, string> settings)
    {
        foreach (var (key, value) in settings) _settings[key] = value;
        return this;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("AutoPermits:DataDirectory", DataDirectory);
        if (Database is not null)
        {
            builder.UseSetting("AutoPermits:Database:Provider", "postgresql");
            builder.UseSetting("ConnectionStrings:AutoPermits", Database.ConnectionString);
        }
        // Jobs are really executed by Hangfire; a short poll keeps the tests quick.
        builder.UseSetting("AutoPermits:Jobs:PollInterval", "00:00:00.200");
        // A CI machine running two test projects at once can starve the thread pool past the 2 s default, and the
        // case would (rightly) go to a person; tests of the budget set their own.
        builder.UseSetting("AutoPermits:EvaluationBudget", "00:00:30");
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

    private bool _keepData;

    /// <summary>Stops the service as a restart would, leaving its data for <see cref="Restarted"/>; disposing again cleans up.</summary>
    public async Task DisposeAsyncKeepingData()
    {
        _keepData = true;
        await base.DisposeAsync();
        _keepData = false;
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (_ownsData && !_keepData)
        {
            // Pooled SQLite connections keep the files open until cleared.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Database?.Drop();
            try
            {
                Directory.Delete(DataDirectory, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a finishing job; the temp folder is cleaned by the system.
            }
        }
    }
}
