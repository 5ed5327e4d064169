using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace AutoPermits.Benchmarks;

/// <summary>
/// `startup`: starts the built service (dotnet build -c Release api first; this builds nothing) twice on one fresh
/// data directory, the first start applying the migrations, and times each from Process.Start to the first 200 from
/// /health, then the first POST /api/assessments and the median of the next 20. Exit code 1 if /health did not
/// answer 200 within 30 s.
/// </summary>
public static class Startup
{
    private static readonly TimeSpan HealthDeadline = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string[] args)
    {
        _ = args;
        var bin = Path.Combine(Checkout.Root, "api", "bin", "Release", "net10.0");
        var dll = Path.Combine(bin, "AutoPermits.Api.dll");
        if (!File.Exists(dll))
        {
            Console.Error.WriteLine($"{dll} is missing: run `dotnet build -c Release api` first.");
            return 2;
        }
        var sample = Checkout.Sample("carport-exempt");
        var data = Directory.CreateTempSubdirectory("autopermits-startup-").FullName;
        try
        {
            foreach (var start in new[] { "first start, fresh data directory (migrations)", "second start, same data directory" })
            {
                if (!await StartOnceAsync(start, bin, dll, data, sample)) return 1;
            }
            return 0;
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }

    private static async Task<bool> StartOnceAsync(string what, string bin, string dll, string data, byte[] sample)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = bin,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
                ["AutoPermits__DataDirectory"] = data,
                ["AutoPermits__RulesDirectory"] = Path.Combine(Checkout.Root, "rules"),
                // 21 assessments in a few milliseconds from one client: the per-client limit is not what is measured.
                ["AutoPermits__RateLimits__AssessmentsPerMinute"] = "100000",
            },
        };
        // Kept only to explain a failure; the pipes must be drained or a chatty service blocks on a full pipe.
        var output = new Queue<string>();
        void Keep(object _, DataReceivedEventArgs e)
        {
            if (e.Data is null) return;
            lock (output)
            {
                output.Enqueue(e.Data);
                if (output.Count > 40) output.Dequeue();
            }
        }

        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += Keep;
        process.ErrorDataReceived += Keep;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            TimeSpan? listening = null, healthy = null;
            while (clock.Elapsed < HealthDeadline && !process.HasExited)
            {
                try
                {
                    using var response = await http.GetAsync("/health");
                    listening ??= clock.Elapsed;
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        healthy = clock.Elapsed;
                        break;
                    }
                }
                catch (HttpRequestException)
                {
                    // Not listening yet.
                }
                await Task.Delay(20);
            }
            if (healthy is null)
            {
                Console.WriteLine($"{what}: /health did not answer 200 within {HealthDeadline.TotalSeconds:F0} s (exited: {process.HasExited}); last output:");
                lock (output) foreach (var line in output) Console.WriteLine("  " + line);
                return false;
            }

            var first = await AssessAsync(http, sample);
            var next = new double[20];
            for (var i = 0; i < next.Length; i++) next[i] = await AssessAsync(http, sample);
            Array.Sort(next);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{what}: listening {listening!.Value.TotalMilliseconds:F0} ms, /health 200 {healthy.Value.TotalMilliseconds:F0} ms; first assessment {first:F1} ms, next 20 median {(next[9] + next[10]) / 2:F2} ms (max {next[^1]:F2} ms)"));
            return true;
        }
        finally
        {
            if (!process.HasExited) process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<double> AssessAsync(HttpClient http, byte[] sample)
    {
        using var content = new ByteArrayContent(sample);
        content.Headers.ContentType = new("application/json");
        var started = Stopwatch.GetTimestamp();
        using var response = await http.PostAsync("/api/assessments", content);
        await response.Content.ReadAsByteArrayAsync();
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        if (response.StatusCode != HttpStatusCode.OK) throw new InvalidOperationException($"POST /api/assessments answered {(int)response.StatusCode}.");
        return elapsed;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
