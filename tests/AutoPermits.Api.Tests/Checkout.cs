using System.Text.Json.Nodes;

namespace AutoPermits.Api.Tests;

/// <summary>The checkout the tests run in, and the specification's worked examples in it.</summary>
public static class Checkout
{
    public static string Root { get; } = FindRoot();

    public static string Examples => Path.Combine(Root, "samples", "examples");

    /// <summary>The names of <c>samples/examples/*.json</c>, without the extension.</summary>
    public static IEnumerable<string> ExampleNames =>
        Directory.GetFiles(Examples, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal);

    /// <summary>A whole worked example: <c>application</c>, <c>submittedOn</c> and <c>expect</c>.</summary>
    public static JsonObject Example(string name) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Examples, name + ".json")))!.AsObject();

    /// <summary>The <c>application</c> of a worked example, ready to change and send.</summary>
    public static JsonObject Application(string name) => Example(name)["application"]!.DeepClone().AsObject();

    /// <summary>The approved carport without its structural documentation: it waits for the citizen (needs-info).</summary>
    public static JsonObject CarportWithoutDocumentation()
    {
        var application = Application("carport-approved");
        application["data"]!["structuralDocumentationAttached"] = false;
        return application;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AutoPermits.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("The tests must run inside the AutoPermits checkout.");
    }
}
