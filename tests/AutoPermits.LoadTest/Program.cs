using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using AutoPermits.LoadTest;

// Citizens submitting applications at a fixed rate against the service as the README starts it, then a check
// that every accepted application is stored, once, in the state it should be in.
var options = LoadOptions.Parse(args);
var root = LoadOptions.FindRoot();
var handler = new SocketsHttpHandler { MaxConnectionsPerServer = options.Connections, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
using var http = new HttpClient(handler) { BaseAddress = options.Url, Timeout = TimeSpan.FromSeconds(30) };

var tokens = new Dictionary<string, string>();
foreach (var user in new[] { "anne", "bo" })
{
    var response = await http.PostAsJsonAsync("/api/demo/token", new { user });
    response.EnsureSuccessStatusCode();
    tokens[user] = (await response.Content.ReadFromJsonAsync<JsonObject>())!["accessToken"]!.GetValue<string>();
}
var mix = new ApplicationMix(root);
// Keys of this run only, so that a second run against the same service submits new cases rather than replays.
var run = Guid.NewGuid().ToString("N")[..8];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"load: {options.Rate:N0}/s for {options.Duration.TotalSeconds:N0} s over {options.Connections} connections against {options.Url} ({Environment.ProcessorCount} cores, generator on the same machine)"));

// A sequential warm-up, so the measurement sees a process whose code is compiled and tiered up; its
// applications are checked afterwards like the others.
var warmup = new ConcurrentBag<Submitted>();
for (var i = 0; i < options.Warmup; i++)
{
    var result = await PostAsync(mix.Next(i), "anne", $"{run}-warmup-{i}");
    if (result.Id is { } id) warmup.Add(new Submitted(id, "anne", $"{run}-warmup-{i}", mix.Next(i), mix.Next(i).ExpectedState));
}

var accepted = new ConcurrentBag<Submitted>();
var latencies = new ConcurrentBag<double>();
var errors = new ConcurrentDictionary<string, int>();
var inFlight = new List<Task>();
var started = Stopwatch.GetTimestamp();
var total = (long)(options.Rate * options.Duration.TotalSeconds);
using var concurrency = new SemaphoreSlim(options.Connections * 4);
for (long i = 0; i < total; i++)
{
    // Open loop: request i is due at i / rate, whether or not earlier ones have answered.
    var due = TimeSpan.FromSeconds(i / options.Rate);
    var wait = due - Stopwatch.GetElapsedTime(started);
    if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
    var sample = mix.Next(i);
    var citizen = i % 2 == 0 ? "anne" : "bo";
    inFlight.Add(SendAsync(sample, citizen, $"{run}-load-{i}"));
    if (inFlight.Count > 50_000) { await Task.WhenAll(inFlight); inFlight.Clear(); }
}
await Task.WhenAll(inFlight);
var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;

var sorted = latencies.Order().ToArray();
double P(double q) => sorted.Length == 0 ? double.NaN : sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(q * sorted.Length) - 1)];
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"sent {total:N0} in {elapsed:F1} s; accepted {accepted.Count:N0} ({accepted.Count / elapsed:N0}/s); latency p50 {P(0.5):F1} ms, p95 {P(0.95):F1} ms, p99 {P(0.99):F1} ms, max {(sorted.Length > 0 ? sorted[^1] : 0):F1} ms; errors {errors.Values.Sum():N0} {string.Join(", ", errors.Select(e => $"{e.Key}×{e.Value}"))}"));

// After the load: every accepted application is there, once, in its state.
foreach (var item in warmup) accepted.Add(item);
var lost = 0;
var wrong = 0;
await Parallel.ForEachAsync(accepted, new ParallelOptions { MaxDegreeOfParallelism = options.Connections }, async (item, ct) =>
{
    using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/applications/{item.Id}");
    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[item.Citizen]);
    using var response = await http.SendAsync(request, ct);
    if (response.StatusCode != HttpStatusCode.OK) { Interlocked.Increment(ref lost); return; }
    var state = (await response.Content.ReadFromJsonAsync<JsonObject>(ct))!["state"]!.GetValue<string>();
    if (state != item.ExpectedState) Interlocked.Increment(ref wrong);
});
var replayed = 0;
foreach (var item in accepted.Take(200))
{
    // The same Idempotency-Key again must give the same case, never a second one.
    var again = await PostAsync(item.Sample, item.Citizen, item.Key);
    if (again.Id == item.Id) replayed++;
}
var stored = options.Data is { } data ? Storage.CountCases(data) : (long?)null;
var duplicated = stored is { } count ? count - accepted.Count : 0;
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"after the load: {accepted.Count - lost:N0} of {accepted.Count:N0} accepted found ({lost} lost), {wrong} in an unexpected state, {replayed} of {Math.Min(200, accepted.Count)} replays answered with the same case, {(stored is null ? "cases not counted (no --data)" : $"{stored:N0} cases stored ({duplicated} more than accepted)")}"));
return lost == 0 && wrong == 0 && duplicated == 0 && replayed == Math.Min(200, accepted.Count) && errors.IsEmpty ? 0 : 1;

async Task SendAsync(Sample sample, string citizen, string key)
{
    await concurrency.WaitAsync();
    try
    {
        var begun = Stopwatch.GetTimestamp();
        var result = await PostAsync(sample, citizen, key);
        latencies.Add(Stopwatch.GetElapsedTime(begun).TotalMilliseconds);
        if (result.Id is { } id) accepted.Add(new Submitted(id, citizen, key, sample, sample.ExpectedState));
        else errors.AddOrUpdate(result.Error!, 1, (_, n) => n + 1);
    }
    finally
    {
        concurrency.Release();
    }
}

async Task<(string? Id, string? Error)> PostAsync(Sample sample, string citizen, string key)
{
    try
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/applications") { Content = new ByteArrayContent(sample.Body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", tokens[citizen]);
        request.Headers.Add("Idempotency-Key", key);
        using var response = await http.SendAsync(request);
        if (response.StatusCode != HttpStatusCode.Accepted) return (null, ((int)response.StatusCode).ToString(CultureInfo.InvariantCulture));
        return ((await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!.GetValue<string>(), null);
    }
    catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
    {
        return (null, e.GetType().Name);
    }
}

internal sealed record Submitted(string Id, string Citizen, string Key, Sample Sample, string ExpectedState);
