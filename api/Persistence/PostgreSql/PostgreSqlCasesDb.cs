using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AutoPermits.Api.Persistence.PostgreSql;

/// <summary>
/// The same database on PostgreSQL, for more than one node. A type of its own only so that its migrations
/// (generated for PostgreSQL) are kept apart from SQLite's.
/// </summary>
public sealed class PostgreSqlCasesDb(DbContextOptions<PostgreSqlCasesDb> options) : CasesDb(options);

/// <summary>Lets <c>dotnet ef migrations add … --context PostgreSqlCasesDb</c> build the model without a server.</summary>
internal sealed class DesignTimePostgreSqlCasesDb : IDesignTimeDbContextFactory<PostgreSqlCasesDb>
{
    public PostgreSqlCasesDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlCasesDb>().UseNpgsql("Host=localhost;Database=autopermits").Options);
}
