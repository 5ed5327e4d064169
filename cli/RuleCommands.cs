using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Catalogue;
using AutoPermits.Engine.RuleSets;
using AutoPermits.Engine.RuleSets.Checks;

namespace AutoPermits.Cli;

/// <summary>
/// A rule author's commands for git and CI. Exit codes: 0 all is well; 1 the file has problems, a test fails, or
/// the server refused; 2 the command itself could not run (usage, file or server not reachable).
/// </summary>
internal static class RuleCommands
{
    public static int Lint(string file, string rules)
    {
        var problems = RuleSetChecks.Check(File.ReadAllBytes(file), TypeCatalogue.Load(Path.Combine(rules, "types.json")));
        foreach (var problem in problems) Console.WriteLine($"{file}: {problem.Path}: {problem.Message}");
        Console.WriteLine(problems.Count == 0 ? $"{file}: no problems" : $"{file}: {problems.Count} problem(s)");
        return problems.Count == 0 ? 0 : 1;
    }

    public static async Task<int> TestAsync(string file, string rules)
    {
        if (Lint(file, rules) != 0) return 1;
        var catalogue = TypeCatalogue.Load(Path.Combine(rules, "types.json"));
        var results = await new RuleSetTestRunner(new ApplicationReader(catalogue)).RunAsync(RuleSet.Load(file));
        foreach (var result in results) Console.WriteLine($"{(result.Passed ? "pass" : "FAIL")}  {result.Name}{(result.Passed ? "" : ": " + result.Detail)}");
        Console.WriteLine($"{results.Count(r => r.Passed)} passed, {results.Count(r => !r.Passed)} failed");
        return results.Count > 0 && results.All(r => r.Passed) ? 0 : 1;
    }

    /// <summary>Uploads the file as a draft to a running service and runs it against the stored applications of a period.</summary>
    public static async Task<int> SimulateAsync(string file, ServerOptions server, DateOnly? from, DateOnly? to)
    {
        using var http = server.Client();
        var (id, version) = await UploadAsync(http, file);
        if (id is null) return 1;
        var started = await http.PostAsJsonAsync($"/api/rulesets/{id}/versions/{version}/simulations", new { from, to });
        if (!started.IsSuccessStatusCode) return await Refused(started);
        var location = started.Headers.Location!.OriginalString;
        while (true)
        {
            var progress = (await http.GetFromJsonAsync<JsonObject>(location))!;
            var status = progress["status"]!.GetValue<string>();
            Console.Error.WriteLine($"{status}: {progress["processed"]} of {progress["total"]}");
            if (status == "failed") { Console.WriteLine(progress["error"]); return 1; }
            if (status == "done")
            {
                Console.WriteLine(await http.GetStringAsync(progress["report"]!.GetValue<string>()));
                return 0;
            }
            await Task.Delay(500);
        }
    }

    public static async Task<int> PublishAsync(string file, ServerOptions server, DateOnly? effectiveFrom)
    {
        using var http = server.Client();
        var (id, version) = await UploadAsync(http, file);
        if (id is null) return 1;
        var published = await http.PostAsJsonAsync($"/api/rulesets/{id}/versions/{version}/publish", new { effectiveFrom });
        if (!published.IsSuccessStatusCode) return await Refused(published);
        Console.WriteLine($"{id} version {version} is published, in force from {(await published.Content.ReadFromJsonAsync<JsonObject>())!["ruleSet"]!["effectiveFrom"]}");
        return 0;
    }

    private static async Task<(string? Id, string? Version)> UploadAsync(HttpClient http, string file)
    {
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var uploaded = await http.PostAsync("/api/rulesets", content);
        if (!uploaded.IsSuccessStatusCode)
        {
            await Refused(uploaded);
            return (null, null);
        }
        var ruleSet = (await uploaded.Content.ReadFromJsonAsync<JsonObject>())!["ruleSet"]!;
        return (ruleSet["id"]!.GetValue<string>(), ruleSet["version"]!.GetValue<string>());
    }

    private static async Task<int> Refused(HttpResponseMessage response)
    {
        Console.WriteLine($"{(int)response.StatusCode} {response.ReasonPhrase}");
        Console.WriteLine(await response.Content.ReadAsStringAsync());
        return 1;
    }

    public static DateOnly? Date(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>Where the service runs and the rule author's bearer token (from <c>AUTOPERMITS_TOKEN</c> or <c>--token</c>).</summary>
internal sealed record ServerOptions(Uri Server, string Token)
{
    public HttpClient Client()
    {
        var http = new HttpClient { BaseAddress = Server };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
        return http;
    }
}
