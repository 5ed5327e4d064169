using System.Globalization;

namespace AutoPermits.LoadTest;

internal sealed record LoadOptions(Uri Url, double Rate, TimeSpan Duration, int Connections, string? Data, int Warmup)
{
    public static LoadOptions Parse(string[] args)
    {
        var url = new Uri("http://localhost:5080");
        double rate = 5_000;
        var duration = TimeSpan.FromSeconds(60);
        var connections = 32;
        string? data = null;
        var warmup = 2_000;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--url": url = new Uri(args[i + 1]); break;
                case "--rate": rate = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--duration": duration = TimeSpan.FromSeconds(double.Parse(args[i + 1], CultureInfo.InvariantCulture)); break;
                case "--connections": connections = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--data": data = args[i + 1]; break;
                case "--warmup": warmup = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}: --url --rate --duration --connections --data --warmup");
            }
        }
        return new LoadOptions(url, rate, duration, connections, data, warmup);
    }

    public static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AutoPermits.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the load test inside the AutoPermits checkout.");
    }
}
