using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using AutoPermits.Api.Cases;
using AutoPermits.Api.Jobs;
using AutoPermits.Api.Persistence;
using AutoPermits.Engine.Cases;
using AutoPermits.Engine.Simulations;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace AutoPermits.Benchmarks;

/// <summary>
/// `simulation N`: stores N carport applications assessed by today's rules in a fresh SQLite file, then times the
/// simulation job running a draft (the exemption limit lowered from 50 to 35 m²) against all of them.
/// </summary>
public static class SimulationScale
{
    public static async Task<int> RunAsync(string[] args)
    {
        var count = args is [var n, ..] ? int.Parse(n, CultureInfo.InvariantCulture) : 100_000;
        var checkout = new Checkout();
        var directory = Directory.CreateTempSubdirectory("autopermits-simulation-").FullName;
        var options = new DbContextOptionsBuilder<CasesDb>()
            .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "autopermits.db"), DefaultTimeout = 30 }.ToString())
            .Options;
        try
        {
            await using (var db = new CasesDb(options))
            {
                await db.Database.MigrateAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
                var stored = Stopwatch.StartNew();
                await StoreAsync(db, checkout, count);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"stored {count:N0} assessed carport applications in {stored.Elapsed.TotalSeconds:F1} s"));

                var draft = JsonNode.Parse(File.ReadAllText(Path.Combine(Checkout.Root, "rules", "carport.json")))!.AsObject();
                draft["Version"] = "2";
                draft["GlobalParams"]!.AsArray().Single(p => p!["Name"]!.GetValue<string>() == "exemptTotalAreaM2")!["Expression"] = "35m";
                var content = draft.ToJsonString();
                db.RuleSetVersions.Add(new RuleSetVersionRecord
                {
                    RuleSetId = "carport", Version = "2", Sha256 = "draft", Content = content, ApplicationType = "carport",
                    Status = RuleSetStatus.Draft, EffectiveFrom = Checkout.Day, UploadedBy = "benchmark", UploadedAt = DateTime.UtcNow,
                });
                db.Simulations.Add(new SimulationRecord
                {
                    Id = Guid.CreateVersion7(), RuleSetId = "carport", Version = "2", From = Checkout.Day.AddYears(-1), To = Checkout.Day,
                    Status = SimulationStatus.Queued, RequestedBy = "benchmark", RequestedAt = DateTime.UtcNow,
                });
                await db.SaveChangesAsync();
            }

            await using (var db = new CasesDb(options))
            {
                var simulation = await db.Simulations.SingleAsync();
                var run = new SimulationRun(db, new Simulation(checkout.Reader, checkout.Catalogue, checkout.Guard, TimeSpan.FromSeconds(2)), TimeProvider.System, NullLogger<SimulationRun>.Instance);
                var timed = Stopwatch.StartNew();
                await run.RunAsync(simulation.Id);
                var seconds = timed.Elapsed.TotalSeconds;
                var done = await db.Simulations.AsNoTracking().SingleAsync();
                var summary = JsonNode.Parse(done.SummaryJson!)!;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"simulated {done.Processed:N0} applications in {seconds:F1} s ({done.Processed / seconds:N0}/s, {Environment.ProcessorCount} cores): {summary["changed"]} changed, automation {summary["automationRateBefore"]} → {summary["automationRateAfter"]}, status {done.Status}"));
                return done.Status == SimulationStatus.Done && done.Processed == count ? 0 : 1;
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    private static async Task StoreAsync(CasesDb db, Checkout checkout, int count)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var template = JsonNode.Parse(Checkout.Sample("carport-exempt"))!.AsObject();
        template["applicant"]!.AsObject().Remove("cpr");
        var random = new Random(2026);
        for (var i = 0; i < count; i++)
        {
            var data = template["data"]!;
            data["existingSecondaryAreaM2"] = random.Next(0, 21);
            data["areaM2"] = random.Next(12, 50);
            data["heightM"] = Math.Round(2.0 + random.NextDouble(), 1);
            data["structuralDocumentationAttached"] = random.Next(4) != 0;
            var input = template.ToJsonString();
            var submitted = Checkout.Day.AddDays(-random.Next(0, 365));
            var assessment = await checkout.Assessor.AssessAsync(checkout.Reader.Read(Encoding.UTF8.GetBytes(input), submitted).Application!, submitted);
            var id = Guid.CreateVersion7();
            db.Cases.Add(new CaseRecord
            {
                Id = id, ApplicantSubject = "benchmark", Type = "carport", State = CaseState.Decided,
                SubmittedAt = submitted.ToDateTime(new TimeOnly(10, 0)), UpdatedAt = DateTime.UtcNow, ApplicationJson = input,
            });
            db.Assessments.Add(new AssessmentRecord
            {
                Id = Guid.CreateVersion7(), CaseId = id, Sequence = 1, At = DateTime.UtcNow, AssessedOn = submitted, InputJson = input,
                AssessmentJson = StoredAssessment.Write(assessment), Outcome = assessment.Outcome.ToString(),
                RuleSetId = "carport", RuleSetVersion = "1", RuleSetSha256 = assessment.RuleSet?.Sha256,
            });
            if (i % 5_000 == 4_999)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
