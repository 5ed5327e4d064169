using AutoPermits.Api.Persistence;
using AutoPermits.Api.Privacy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using AutoPermits.Api.Persistence.PostgreSql;

namespace AutoPermits.Api.Hosting;

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

internal static class PersistenceRegistration
{
    public static IServiceCollection AddPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        // The options are built once, not for every request's context: building them reads configuration and
        // creates the data directory, which cost 3–5 % of the service's CPU under load.
        switch (Provider(configuration))
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<CasesDb>((sp, db) => db.UseSqlite(
                    ConnectionString(sp) ?? SqliteConnectionString(DataDirectory(sp.GetRequiredService<IOptions<AutoPermitsOptions>>().Value).FullName),
                    sqlite => sqlite.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
                    optionsLifetime: ServiceLifetime.Singleton);
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<CasesDb, PostgreSqlCasesDb>((sp, db) => db.UseNpgsql(
                    ConnectionString(sp) ?? throw new InvalidOperationException("AutoPermits:Database:Provider 'postgresql' needs ConnectionStrings:AutoPermits."),
                    npgsql => npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery)),
                    optionsLifetime: ServiceLifetime.Singleton);
                break;
        }

        // Keys live beside the data they protect: without them the CPR numbers at rest cannot be read.
        services.AddDataProtection().SetApplicationName("AutoPermits");
        services.AddOptions<KeyManagementOptions>().Configure<IOptions<AutoPermitsOptions>, ILoggerFactory>((keys, options, logging) =>
            keys.XmlRepository = new FileSystemXmlRepository(DataDirectory(options.Value).CreateSubdirectory("keys"), logging));
        services.AddSingleton<CprVault>();
        return services;
    }

    /// <summary>The configured provider, read before the container is built because it decides what is registered.</summary>
    public static DatabaseProvider Provider(IConfiguration configuration) =>
        (configuration.GetSection(AutoPermitsOptions.Section).Get<AutoPermitsOptions>()?.Database.Provider ?? "sqlite").ToLowerInvariant() switch
        {
            "sqlite" => DatabaseProvider.Sqlite,
            "postgresql" or "postgres" or "npgsql" => DatabaseProvider.PostgreSql,
            var other => throw new InvalidOperationException($"AutoPermits:Database:Provider '{other}' is not known: 'sqlite' (the default) or 'postgresql'."),
        };

    public static string? ConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString("AutoPermits");

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
