namespace AutoPermits.Cli;

/// <summary>The <c>--name value</c> options of the rule commands.</summary>
internal sealed class Flags
{
    private static readonly string[] Known = ["--rules", "--server", "--token", "--from", "--to", "--effective-from"];

    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public static Flags Parse(string[] args)
    {
        var flags = new Flags();
        for (var i = 0; i < args.Length; i += 2)
        {
            if (!Known.Contains(args[i]) || i + 1 >= args.Length) throw new ArgumentException($"Unknown or incomplete option {args[i]}");
            flags._values[args[i]] = args[i + 1];
        }
        return flags;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public string Rules => Get("--rules") ?? Options.Parse([]).Rules;

    public ServerOptions Server() => new(
        new Uri(Get("--server") ?? "http://localhost:5080"),
        Get("--token") ?? Environment.GetEnvironmentVariable("AUTOPERMITS_TOKEN") ?? throw new ArgumentException("A rule author's token is needed: --token or AUTOPERMITS_TOKEN."));
}
