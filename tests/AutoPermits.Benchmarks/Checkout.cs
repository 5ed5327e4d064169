using System.Text;
using System.Text.Json.Nodes;
using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Catalogue;
using AutoPermits.Engine.RuleSets;
using AutoPermits.Engine.Triage;
using AutoPermits.Engine.Triage.Classifier;

namespace AutoPermits.Benchmarks;

/// <summary>The engine built from the checkout's rules/, as the service builds it, and applications to feed it.</summary>
public sealed class Checkout
{
    public static readonly DateOnly Day = new(2026, 11, 25);

    public Checkout()
    {
        var rules = Path.Combine(Root, "rules");
        Catalogue = TypeCatalogue.Load(Path.Combine(rules, "types.json"));
        Guard = new Guard(Catalogue, Lexicon.Load(Path.Combine(rules, "lexicon.json")), SocialTextClassifier.Load(Path.Combine(rules, "classifier")));
        RuleBook = new RuleBook([RuleSet.Load(Path.Combine(rules, "carport.json")), RuleSet.Load(Path.Combine(rules, "vehicle-valuation.json"))]);
        Reader = new ApplicationReader(Catalogue);
        Assessor = new Assessor(Catalogue, Guard, RuleBook, TimeSpan.FromSeconds(2));
        Corpus = Corpus.Load(Path.Combine(rules, "classifier", "corpus"));
    }

    public static string Root { get; } = FindRoot();

    public TypeCatalogue Catalogue { get; }
    public Guard Guard { get; }
    public RuleBook RuleBook { get; }
    public ApplicationReader Reader { get; }
    public Assessor Assessor { get; }
    public Corpus Corpus { get; }

    public static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(Root, "samples", "applications", name + ".json"));

    /// <summary>The exempt carport of the specification, with each corpus text in turn as its description.</summary>
    public IReadOnlyList<Application> CarportsDescribedByTheCorpus()
    {
        var template = JsonNode.Parse(Sample("carport-exempt"))!.AsObject();
        return Corpus.Examples.Select(example =>
        {
            template["description"] = example.Text;
            return Reader.Read(Encoding.UTF8.GetBytes(template.ToJsonString()), Day).Application!;
        }).ToArray();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "AutoPermits.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmarks inside the AutoPermits checkout.");
    }
}
