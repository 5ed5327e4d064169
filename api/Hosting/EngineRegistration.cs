using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Catalogue;
using AutoPermits.Engine.RuleSets;
using AutoPermits.Engine.Triage;
using AutoPermits.Engine.Triage.Classifier;
using Microsoft.Extensions.Options;
using AutoPermits.Api.RuleSets;
using AutoPermits.Engine.Simulations;

namespace AutoPermits.Api.Hosting;

/// <summary>The rule sets loaded at start-up, and what could not be loaded (for the health page).</summary>
public sealed record LoadedRules(RuleBook Book, IReadOnlyList<string> Problems);

/// <summary>Builds the engine from the rules/ folder once, at start-up.</summary>
internal static class EngineRegistration
{
    public static IServiceCollection AddEngine(this IServiceCollection services)
    {
        services.AddSingleton(sp => TypeCatalogue.Load(Path.Combine(RulesDirectory(sp), "types.json")));
        services.AddSingleton(sp =>
        {
            // The guard fails closed: a layer that cannot be loaded makes it refuse every application, and /health says why.
            var log = sp.GetRequiredService<ILogger<Guard>>();
            var problems = new List<string>();
            Lexicon? lexicon = null;
            SocialTextClassifier? classifier = null;
            try
            {
                lexicon = Lexicon.Load(Path.Combine(RulesDirectory(sp), "lexicon.json"));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
            {
                log.LogError(e, "The social-domain lexicon could not be loaded; automation is refused for every application");
                problems.Add($"The social-domain lexicon could not be loaded: {e.Message}");
            }
            try
            {
                classifier = SocialTextClassifier.Load(Path.Combine(RulesDirectory(sp), "classifier"));
            }
            catch (ClassifierUnavailableException e)
            {
                log.LogError(e, "The social-text classifier could not be used; automation is refused for every application");
                problems.Add(e.Message);
            }
            return new Guard(sp.GetRequiredService<TypeCatalogue>(), lexicon, classifier, problems);
        });
        services.AddSingleton(sp =>
        {
            var log = sp.GetRequiredService<ILogger<RuleBook>>();
            var catalogue = sp.GetRequiredService<TypeCatalogue>();
            var runner = new RuleSetTestRunner(sp.GetRequiredService<ApplicationReader>());
            var problems = new List<string>();
            var ruleSets = new List<RuleSet>();
            foreach (var id in catalogue.Types.Select(t => t.RuleSet).OfType<string>().Distinct())
            {
                try
                {
                    var ruleSet = RuleSet.Load(Path.Combine(RulesDirectory(sp), id + ".json"));
                    // Running the rule set's own tests proves it before it decides anything, and compiles its
                    // expressions now rather than inside the first citizen's evaluation budget.
                    var failed = runner.RunAsync(ruleSet).GetAwaiter().GetResult().Where(t => !t.Passed).ToArray();
                    if (failed.Length > 0)
                    {
                        log.LogError("Rule set {RuleSet} fails its own tests; its applications go to a person", id);
                        problems.Add($"Rule set '{id}' fails its own tests: {string.Join("; ", failed.Select(t => $"{t.Name}: {t.Detail}"))}");
                        continue;
                    }
                    ruleSets.Add(ruleSet);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException or RuleSetException)
                {
                    // Without its rule set a type is not decided automatically: its cases go to a person.
                    log.LogError(e, "Rule set {RuleSet} could not be loaded; its applications go to a person", id);
                    problems.Add($"Rule set '{id}' could not be loaded: {e.Message}");
                }
            }
            return new LoadedRules(new RuleBook(ruleSets), problems);
        });
        // The rule book in force is whatever is published now: each request takes the current one.
        services.AddScoped(sp => sp.GetRequiredService<PublishedRules>().Current);
        services.AddSingleton(sp => new ApplicationReader(sp.GetRequiredService<TypeCatalogue>()));
        services.AddScoped(sp => new Assessor(
            sp.GetRequiredService<TypeCatalogue>(),
            sp.GetRequiredService<Guard>(),
            sp.GetRequiredService<RuleBook>(),
            sp.GetRequiredService<IOptions<AutoPermitsOptions>>().Value.EvaluationBudget));
        services.AddSingleton(sp => new Simulation(
            sp.GetRequiredService<ApplicationReader>(),
            sp.GetRequiredService<TypeCatalogue>(),
            sp.GetRequiredService<Guard>(),
            sp.GetRequiredService<IOptions<AutoPermitsOptions>>().Value.EvaluationBudget));
        return services;
    }

    private static string RulesDirectory(IServiceProvider services) =>
        services.GetRequiredService<IOptions<AutoPermitsOptions>>().Value.RulesDirectory;
}
