namespace AutoPermits.Engine.Tests.RuleSets.Checks;

/// <summary>
/// An expression reads the values it is given and computes with them, in bounded time. Everything else is
/// refused by name at upload, wherever the expression sits, before anything is compiled or run.
/// </summary>
public sealed class SandboxTests
{
    public static TheoryData<string, string> Malicious => new()
    {
        // Reflection and type discovery.
        { "input.GetType().Assembly != null", "uses 'GetType': reflection" },
        { "typeof(System.IO.File) != null", "uses 'typeof': reflection" },
        { "\"\".GetType().GetMethod(\"x\").Invoke(null, null) != null", "uses 'Invoke': reflection" },
        { "Activator.CreateInstance(\"x\", \"y\") != null", "uses 'Activator': reflection" },
        { "Type.GetType(\"System.IO.File\") != null", "uses 'Type': reflection" },
        { "Convert.ChangeType(1, typeof(decimal)) != null", "uses 'typeof': reflection" },
        { "input.zone.OfType(\"System.IO.File\").Any()", "uses 'OfType': reflection" },
        { "input.@GetType() != null", "uses 'GetType': reflection" },
        { "\"a\\\"b\".GetType() != null", "uses 'GetType': reflection" },
        // Files, processes, the network, the environment.
        { "System.IO.File.ReadAllText(\"/etc/passwd\") != \"\"", "uses 'File': rules may not reach files" },
        { "System.IO.File.ReadAllText(\"/etc/passwd\") != \"\"", "uses 'System.IO.File.ReadAllText': static members may be used only on Math" },
        { "System.Diagnostics.Process.Start(\"sh\") != null", "uses 'Process': rules may not reach" },
        { "Environment.Exit(1) == null", "uses 'Environment': rules may not reach" },
        { "Environment.GetEnvironmentVariable(\"X\") != null", "uses 'Environment': rules may not reach" },
        { "Path.GetTempPath() != \"\"", "uses 'Path': rules may not reach" },
        { "new HttpClient() != null", "uses 'HttpClient': rules may not reach" },
        { "AppDomain.CurrentDomain != null", "uses 'AppDomain': rules may not reach" },
        { "Console.ReadLine() != null", "uses 'Console': rules may not reach" },
        { "Marshal.AllocHGlobal(1000000000) != null", "uses 'Marshal': rules may not reach" },
        { "Sockets.Socket.OSSupportsIPv4", "uses 'Sockets.Socket.OSSupportsIPv4': static members may be used only on" },
        // Threads and the runtime.
        { "Thread.Sleep(100000) == null", "uses 'Thread': rules may not reach" },
        { "Task.Delay(1) != null", "uses 'Task': rules may not reach" },
        { "Parallel.For(0, 10, i => i) != null", "uses 'Parallel': rules may not reach" },
        { "GC.Collect() == null", "uses 'GC': rules may not reach" },
        // Resource exhaustion.
        { "Enumerable.Range(0, 100000000).Sum() > 0", "calls 'Enumerable.Range' with a count that is not a whole-number literal of at most 1,000" },
        { "Enumerable.Repeat(1, 1000000000).Count() > 0", "calls 'Enumerable.Repeat' with a count" },
        { "Enumerable.Range(0, input.areaM2).Count() > 0", "calls 'Enumerable.Range' with a count" },
        { "\"\".PadLeft(2000000000) != \"\"", "calls 'PadLeft' with a count" },
        { "input.zone.PadRight(input.plotAreaM2) != \"\"", "calls 'zone.PadRight' with a count" },
        { "new string('x', 1000000000) != \"\"", "calls 'string' with a count" },
        { "new string('x', 1000000000) != \"\"", "creates an object with 'new'" },
        { "new[] { 1, 2 }.Length == 2", "creates an object with 'new'" },
    };

    public static TheoryData<string> Harmless => new()
    {
        "Enumerable.Range(0, 1000).Sum() > 0",
        "input.zone.PadLeft(10) != \"\"",
        "Math.Round(input.areaM2 / 3m, MidpointRounding.AwayFromZero) > 0m",
        "input.zone == \"GetType File Process.Start Environment new\"",
        "today.AddDays(30) > today && DateOnly.FromDateTime(DateTime.Today) >= today.AddYears(-100)",
        "Convert.ToDecimal(input.areaM2.ToString().Length) > 0m && input.roofing.ToUpper() != \"\"",
    };

    [Theory]
    [MemberData(nameof(Malicious))]
    public void A_rule_condition_that_leaves_the_sandbox_is_refused_at_its_path(string expression, string refusal)
    {
        var copy = RuleSetFile.Copy("carport");
        var path = Checked.SetRule(copy, "integrated", expression);

        Checked.AssertProblem(Checked.Problems(copy), path, refusal);
    }

    [Theory]
    [MemberData(nameof(Malicious))]
    public void A_global_parameter_that_leaves_the_sandbox_is_refused_at_its_path(string expression, string refusal)
    {
        var copy = RuleSetFile.Copy("carport");
        var path = Checked.AddParam(copy, "probe", expression);

        Checked.AssertProblem(Checked.Problems(copy), path, refusal);
    }

    [Fact]
    public void An_action_that_leaves_the_sandbox_is_refused_at_its_path()
    {
        var copy = RuleSetFile.Copy("vehicle-valuation");
        RuleSetFile.Rule(copy, "valued")["Actions"]!["OnSuccess"]!["Context"]!["Expression"] = "valueDkk + System.IO.File.ReadAllText(\"/etc/passwd\").Length";

        Checked.AssertProblem(Checked.Problems(copy), Checked.RulePath(copy, "valued") + ".Actions.OnSuccess.Context.Expression", "uses 'File'");
    }

    [Theory]
    [MemberData(nameof(Harmless))]
    public void Computing_with_the_given_values_passes(string expression)
    {
        var copy = RuleSetFile.Copy("carport");
        Checked.SetRule(copy, "integrated", expression);

        Assert.Empty(Checked.Problems(copy));
    }
}
