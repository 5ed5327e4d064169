using AutoPermits.Engine.Triage.Classifier;

namespace AutoPermits.Cli;

/// <summary>The options every command shares.</summary>
internal sealed record Options(string Rules, int Seed, int Folds, double AutomationFloor)
{
    public string Classifier => Path.Combine(Rules, "classifier");

    public static Options Parse(string[] args)
    {
        var rules = FindRules();
        var seed = ClassifierTraining.DefaultSeed;
        var folds = ClassifierTrainer.DefaultFolds;
        var floor = ClassifierTrainer.DefaultAutomationFloor;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--rules": rules = args[i + 1]; break;
                case "--seed": seed = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--folds": folds = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                case "--automation-floor": floor = double.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"Unknown option {args[i]}");
            }
        }
        return new Options(rules, seed, folds, floor);
    }

    private static string FindRules()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var rules = Path.Combine(dir.FullName, "rules");
            if (File.Exists(Path.Combine(rules, "types.json"))) return rules;
        }
        return "rules";
    }
}
