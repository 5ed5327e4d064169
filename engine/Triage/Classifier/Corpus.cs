using System.Security.Cryptography;
using System.Text.Json;

namespace AutoPermits.Engine.Triage.Classifier;

/// <summary>One labelled example: a text a citizen might write, and whether it touches their social situation.</summary>
public sealed record CorpusExample(string Text, string Label, string Category, string Lang)
{
    public const string Social = "social";
    public const string Plain = "plain";

    public bool IsSocial => Label == Social;
}

/// <summary>
/// The classifier's labelled corpus: every <c>*.jsonl</c> file of <c>rules/classifier/corpus/</c>, one example a line.
/// Its hash ties a trained model to the exact corpus it came from.
/// </summary>
public sealed class Corpus
{
    private Corpus(IReadOnlyList<CorpusExample> examples, string sha256)
    {
        Examples = examples;
        Sha256 = sha256;
    }

    public IReadOnlyList<CorpusExample> Examples { get; }

    public string Sha256 { get; }

    public static Corpus Load(string directory)
    {
        var examples = new List<CorpusExample>();
        var sha256 = Hash(directory, (file, bytes) =>
        {
            var lineNumber = 0;
            foreach (var line in System.Text.Encoding.UTF8.GetString(bytes).Split('\n'))
            {
                lineNumber++;
                if (string.IsNullOrWhiteSpace(line)) continue;
                var example = JsonSerializer.Deserialize<CorpusExample>(line, JsonSerializerOptions.Web)
                    ?? throw new InvalidDataException($"{file}:{lineNumber}: empty example");
                if (example.Label is not (CorpusExample.Social or CorpusExample.Plain) || string.IsNullOrWhiteSpace(example.Text))
                {
                    throw new InvalidDataException($"{file}:{lineNumber}: an example needs a text and the label 'social' or 'plain'");
                }
                examples.Add(example);
            }
        });
        return new Corpus(examples, sha256);
    }

    /// <summary>The hash <see cref="Load"/> gives, without parsing a line: all the service needs to tell a stale model.</summary>
    public static string Sha256Of(string directory) => Hash(directory, (_, _) => { });

    private static string Hash(string directory, Action<string, byte[]> read)
    {
        var files = Directory.GetFiles(directory, "*.jsonl").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0) throw new FileNotFoundException($"No *.jsonl corpus files in {directory}.");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetFileName(file) + "\n"));
            hash.AppendData(bytes);
            read(Path.GetFileName(file), bytes);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
