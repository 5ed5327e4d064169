using AutoPermits.Cli;

// The rule author's and operator's command line. Paths default to the checkout's rules/ folder.
try
{
    return args switch
    {
        ["classifier", "train", .. var rest] => ClassifierCommands.Train(Options.Parse(rest)),
        ["classifier", "evaluate", .. var rest] => ClassifierCommands.Evaluate(Options.Parse(rest)),
        ["rules", "lint", var file, .. var rest] => RuleCommands.Lint(file, Flags.Parse(rest).Rules),
        ["rules", "test", var file, .. var rest] => await RuleCommands.TestAsync(file, Flags.Parse(rest).Rules),
        ["rules", "simulate", var file, .. var rest] => await RuleCommands.SimulateAsync(file, Flags.Parse(rest).Server(), RuleCommands.Date(Flags.Parse(rest).Get("--from")), RuleCommands.Date(Flags.Parse(rest).Get("--to"))),
        ["rules", "publish", var file, .. var rest] => await RuleCommands.PublishAsync(file, Flags.Parse(rest).Server(), RuleCommands.Date(Flags.Parse(rest).Get("--effective-from"))),
        _ => Usage(),
    };
}
catch (Exception e) when (e is ArgumentException or FormatException or IOException or HttpRequestException or UnauthorizedAccessException)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

static int Usage()
{
    Console.Error.WriteLine("""
        usage: dotnet run --project cli -- <command> [options]

          classifier train      cross-validate, choose the threshold for recall (the lowest one that
                                still automates F of the held-out plain examples, default 0.9), train
                                on the whole corpus and write rules/classifier/model.zip, model-ratios.bin, model.json
                                [--rules DIR] [--seed N] [--folds K] [--automation-floor F]
          classifier evaluate   print recall, automation rate and every misjudged example on held-out
                                folds, at the threshold in model.json; exit 1 if recall is below 1.0

          rules lint FILE       every check an upload runs (schema, structure, sandbox, compile, lint)
          rules test FILE       the checks, then the rule set's own tests
          rules simulate FILE   upload FILE as a draft to --server and run it against the stored
                                applications [--from YYYY-MM-DD] [--to YYYY-MM-DD]; prints the report
          rules publish FILE    upload FILE and publish it [--effective-from YYYY-MM-DD]
                                simulate and publish take --server URL (default http://localhost:5080)
                                and --token T (default $AUTOPERMITS_TOKEN), a rule author's token

        exit codes: 0 all well; 1 problems, failing tests or a refusal; 2 the command could not run
        """);
    return 2;
}
