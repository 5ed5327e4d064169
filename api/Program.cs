using AutoPermits.Api.Caseworker;
using AutoPermits.Api.Citizen;
using AutoPermits.Api.Hosting;
using AutoPermits.Api.Identity;
using AutoPermits.Api.Jobs;
using AutoPermits.Api.Operator;
using AutoPermits.Api.Public;
using AutoPermits.Api.RuleAuthor;
using AutoPermits.Api.RuleSets;
using Hangfire;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAutoPermits(builder.Configuration, builder.Environment);

var app = builder.Build();

app.Services.MigrateDatabase();
if (args is ["audit", "verify", ..])
{
    return await AuditEndpoints.VerifyFromCommandLineAsync(app.Services);
}

// Load, test and compile the rule sets before the first request, not during it; a fresh database publishes them.
app.Services.GetRequiredService<LoadedRules>();
await RuleSetImport.ImportAsync(app.Services);
app.Services.ScheduleSweeps();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();

app.MapOpenApi().AllowAnonymous();
app.MapScalarApiReference().AllowAnonymous();
app.MapHealth();
app.MapAssessments();
app.MapApplications();
app.MapAccessLog();
app.MapCasework();
app.MapOverrides();
app.MapRuleSets();
app.MapAudit();
app.MapHangfireDashboard("/hangfire", new DashboardOptions { Authorization = [], AppPath = null }, app.Services.GetRequiredService<JobStorage>())
    .RequireAuthorization(Roles.Operator);
if (app.Environment.IsDevelopment())
{
    // Demo tokens exist only here: in every other environment the endpoint is not mapped at all.
    DemoTokens.Map(app);
}

await app.RunAsync();
return 0;

/// <summary>The host's entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
