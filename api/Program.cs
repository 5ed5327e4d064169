using AutoPermits.Api;
using AutoPermits.Api.Hosting;
using AutoPermits.Api.Public;
using Scalar.AspNetCore;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddAutoPermits(builder.Configuration);

var app = builder.Build();

// Load, test and compile the rule sets before the first request, not during it.
app.Services.GetRequiredService<LoadedRules>();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRateLimiter();

app.MapOpenApi();
app.MapScalarApiReference();
app.MapHealth();
app.MapAssessments();

app.Run();

/// <summary>The host's entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
