using AutoPermits.Api.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AutoPermits.Api.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the service.</summary>
internal sealed class DesignTimeCasesDb : IDesignTimeDbContextFactory<CasesDb>
{
    public CasesDb CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CasesDb>().UseSqlite(PersistenceRegistration.SqliteConnectionString(Path.GetTempPath())).Options);
}
