using System.Text;
using System.Text.Json.Nodes;

namespace AutoPermits.LoadTest;

/// <summary>A ready request body and the state its case should end in.</summary>
internal sealed record Sample(byte[] Body, string ExpectedState);

/// <summary>
/// The mix citizens send: six in ten carports (most decided at once, some waiting for documentation, some for a
/// caseworker), three in ten car valuations, one in ten social cases that must reach a person.
/// </summary>
internal sealed class ApplicationMix
{
    private readonly Sample[] _samples;

    public ApplicationMix(string root)
    {
        JsonObject Load(string name)
        {
            var application = JsonNode.Parse(File.ReadAllText(Path.Combine(root, "samples", "applications", name + ".json")))!.AsObject();
            application.Remove("applicant"); // the signed-in citizen is the applicant
            return application;
        }
        Sample Of(JsonObject application, string state) => new(Encoding.UTF8.GetBytes(application.ToJsonString()), state);

        var samples = new List<Sample>();
        for (var area = 10; area < 40; area++)
        {
            var exempt = Load("carport-exempt");
            exempt["data"]!["areaM2"] = area;
            samples.Add(Of(exempt, "decided"));
        }
        for (var i = 0; i < 6; i++)
        {
            var undocumented = Load("carport-approved");
            undocumented["data"]!["structuralDocumentationAttached"] = false;
            samples.Add(Of(undocumented, "needs-info"));
            samples.Add(Of(Load("carport-manual-height"), "queued"));
        }
        for (var i = 0; i < 15; i++) samples.Add(Of(Load("vehicle-valued"), "decided"));
        for (var i = 0; i < 3; i++) samples.Add(Of(Load("vehicle-manual-rebuilt"), "queued"));
        for (var i = 0; i < 3; i++) samples.Add(Of(Load("social-carport"), "queued"));
        for (var i = 0; i < 3; i++) samples.Add(Of(Load("social-type"), "queued"));
        _samples = samples.ToArray();
    }

    public Sample Next(long i) => _samples[(int)(i * 7919 % _samples.Length)];
}
