using AutoPermits.Cli;

// The rule author's and operator's command line. Paths default to the checkout's rules/ folder.
return args switch
{
    ["classifier", "train", .. var rest] => ClassifierCommands.Train(Options.Parse(rest)),
    ["classifier", "evaluate", .. var rest] => ClassifierCommands.Evaluate(Options.Parse(rest)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run --project cli -- <command> [--rules DIR] [--seed N] [--folds K] [--automation-floor F]

          classifier train      cross-validate, choose the threshold for recall (the lowest one that
                                still automates F of the held-out plain examples, default 0.9), train
                                on the whole corpus and write rules/classifier/model.zip and model.json
          classifier evaluate   print recall, automation rate and every misjudged example on held-out
                                folds, at the threshold in model.json; exit 1 if recall is below 1.0
        """);
    return 2;
}
