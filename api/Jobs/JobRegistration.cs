using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;
using AutoPermits.Api.Hosting;
using Microsoft.Extensions.Options;

namespace AutoPermits.Api.Jobs;

internal static class JobRegistration
{
    public const string LetterSweep = "letters-sweep";
    public const string Escalation = "escalate-overdue";
    public const string Expiry = "expire-needs-info";
    public const string Retention = "retention-clean-up";

    /// <summary>
    /// Hangfire's storage follows the application database: embedded SQLite for one node only (that storage can
    /// run a job twice when two processes share its file), PostgreSQL (its own schema in the same database) for
    /// more. The storage is this host's own, not Hangfire's static one, so two hosts in one process (the
    /// integration tests) never share a queue unless they share a database.
    /// </summary>
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var provider = PersistenceRegistration.Provider(configuration);
        services.AddSingleton<JobStorage>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<AutoPermitsOptions>>().Value;
            switch (provider)
            {
                case DatabaseProvider.PostgreSql:
                    var postgres = new PostgreSqlStorageOptions { QueuePollInterval = options.Jobs.PollInterval, PrepareSchemaIfNecessary = true };
                    return new PostgreSqlStorage(new NpgsqlConnectionFactory(PersistenceRegistration.ConnectionString(sp)!, postgres), postgres);
                default:
                    var file = Path.Combine(PersistenceRegistration.DataDirectory(options).FullName, "hangfire.db");
                    return new SQLiteStorage(file, new SQLiteStorageOptions { QueuePollInterval = options.Jobs.PollInterval });
            }
        });
        services.AddHangfire(config => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddHangfireServer((sp, server) =>
        {
            server.WorkerCount = 2;
            server.SchedulePollingInterval = sp.GetRequiredService<IOptions<AutoPermitsOptions>>().Value.Jobs.PollInterval;
        });
        services.AddScoped<LetterPost>();
        services.AddScoped<CaseDeadlines>();
        services.AddScoped<SimulationRun>();
        services.AddSingleton<LetterSignal>();
        return services;
    }

    public static void ScheduleSweeps(this IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AutoPermitsOptions>>().Value.Jobs;
        var recurring = services.GetRequiredService<IRecurringJobManager>();
        recurring.AddOrUpdate<LetterPost>(LetterSweep, post => post.SweepAsync(), options.SweepCron);
        recurring.AddOrUpdate<CaseDeadlines>(Escalation, d => d.EscalateOverdueAsync(), options.SweepCron);
        recurring.AddOrUpdate<CaseDeadlines>(Expiry, d => d.ExpireUnansweredAsync(), options.SweepCron);
        recurring.AddOrUpdate<CaseDeadlines>(Retention, d => d.CleanUpAsync(), Cron.Daily());
    }
}
