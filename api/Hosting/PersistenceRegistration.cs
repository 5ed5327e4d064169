using AutoPermits.Api.Persistence;
using AutoPermits.Api.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace AutoPermits.Api.Hosting;

internal static class PersistenceRegistration
{
    public static IServiceCollection AddPersistence(this IServiceCollection services)
    {
        services.AddDbContext<CasesDb>((sp, db) =>
        {
            var options = sp.GetRequiredService<IOptions<AutoPermitsOptions>>().Value;
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString("AutoPermits")
                ?? SqliteConnectionString(DataDirectory(options).FullName);
            _ = options.Database.Provider.ToLowerInvariant() switch
            {
                "sqlite" => db.UseSqlite(connectionString, sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
                var other => throw new InvalidOperationException(
                    $"AutoPermits:Database:Provider '{other}' is not built into this service; 'sqlite' is. Another provider needs its package and its own migrations."),
            };
        });

        // Keys live beside the data they protect: without them the CPR numbers at rest cannot be read.
        services.AddDataProtection().SetApplicationName("AutoPermits");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<AutoPermitsOptions>, ILoggerFactory>((keys, options, logging) =>
            keys.XmlRepository = new FileSystemXmlRepository(DataDirectory(options.Value).CreateSubdirectory("keys"), logging));
        services.AddSingleton<CprVault>();
        return services;
    }

    public static DirectoryInfo DataDirectory(AutoPermitsOptions options) => Directory.CreateDirectory(Path.GetFullPath(options.DataDirectory));

    /// <summary>Applies migrations and turns on write-ahead logging, so readers never wait for the writer.</summary>
    public static void MigrateDatabase(this IServiceProvider services)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CasesDb>();
        db.Database.Migrate();
        if (db.Database.IsSqlite()) db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    // "Default Timeout" is also how long a command waits for another writer's lock before it gives up.
    public static string SqliteConnectionString(string dataDirectory) => new SqliteConnectionStringBuilder
    {
        DataSource = Path.Combine(dataDirectory, "autopermits.db"),
        DefaultTimeout = 30,
        Pooling = true,
    }.ToString();
}
