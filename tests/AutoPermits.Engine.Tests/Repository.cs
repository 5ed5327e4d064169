namespace AutoPermits.Engine.Tests;

/// <summary>Finds the checkout the tests run in, so they read the very rule files the service serves.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Rules => Path.Combine(Root, "rules");

    public static string Samples => Path.Combine(Root, "samples");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AutoPermits.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The tests must run inside the AutoPermits checkout.");
    }
}
