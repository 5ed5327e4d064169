namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>
/// What an uploaded expression may do: read the values it is given and compute with them, in bounded time.
/// System.Linq.Dynamic.Core already resolves only a few types, but it lets any value call its own methods
/// (<c>input.GetType()</c> compiles), and a rule file is uploaded by people, so the sandbox refuses by name,
/// before anything is compiled or run, and says which construct it refused.
/// </summary>
internal static class ExpressionSandbox
{
    /// <summary>The largest count a rule may ask for in a call that repeats work or builds a string.</summary>
    public const int MaxCount = 1_000;

    private const string Reflection = "reflection and type discovery are not allowed in rules";
    private const string SystemAccess = "rules may not reach files, processes, the network, the environment, threads or the runtime";

    /// <summary>
    /// Refused wherever they appear, as a whole name or as the first word of a type name (<c>FileInfo</c>,
    /// <c>HttpClient</c>). Dynamic LINQ's <c>is</c>, <c>as</c>, <c>cast</c> and <c>OfType</c> take a type name in a
    /// string, which no check looks inside, so they count as type discovery.
    /// </summary>
    private static readonly Dictionary<string, string> Denied = new(StringComparer.OrdinalIgnoreCase)
    {
        ["GetType"] = Reflection, ["typeof"] = Reflection, ["Assembly"] = Reflection, ["Invoke"] = Reflection,
        ["Activator"] = Reflection, ["Type"] = Reflection, ["MethodInfo"] = Reflection, ["Reflection"] = Reflection,
        ["CreateInstance"] = Reflection, ["DynamicInvoke"] = Reflection, ["Delegate"] = Reflection,
        ["Expression"] = Reflection, ["Emit"] = Reflection,
        ["is"] = Reflection, ["as"] = Reflection, ["cast"] = Reflection, ["OfType"] = Reflection,
        ["File"] = SystemAccess, ["Directory"] = SystemAccess, ["Path"] = SystemAccess, ["Stream"] = SystemAccess, ["Process"] = SystemAccess,
        ["Environment"] = SystemAccess, ["AppDomain"] = SystemAccess, ["Console"] = SystemAccess, ["Http"] = SystemAccess,
        ["WebClient"] = SystemAccess, ["Socket"] = SystemAccess, ["Thread"] = SystemAccess, ["Task"] = SystemAccess, ["Parallel"] = SystemAccess,
        ["GC"] = SystemAccess, ["Marshal"] = SystemAccess, ["Unsafe"] = SystemAccess, ["Runtime"] = SystemAccess, ["IO"] = SystemAccess,
    };

    /// <summary>The types whose static members a rule may use: arithmetic, conversion, dates and text.</summary>
    private static readonly HashSet<string> StaticTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "Math", "Convert", "decimal", "Decimal", "int", "Int32", "long", "double", "string", "String",
        "DateOnly", "DateTime", "TimeSpan", "Enumerable", "MidpointRounding",
    };

    private const string StaticTypesInWords = "Math, Convert, decimal, int, long, double, string, DateOnly, DateTime, TimeSpan, Enumerable and MidpointRounding";

    /// <summary>Calls whose cost grows with a count argument, and which argument that is.</summary>
    private static readonly Dictionary<string, int> CountArgument = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Range"] = 1, ["Repeat"] = 1, ["PadLeft"] = 0, ["PadRight"] = 0,
    };

    /// <summary>Names that hold a value rather than a type: what <c>name.Member</c> may start with besides a static type.</summary>
    private static readonly string[] Values = [RuleSet.InputName, RuleSet.ApplicationName, RuleSet.TodayName, "it", "parent", "root"];

    /// <param name="parameters">The rule file's global parameter names, values like <c>input</c>.</param>
    public static IEnumerable<string> Refusals(TokenisedExpression expression, IReadOnlySet<string> parameters)
    {
        var values = new HashSet<string>(Values, StringComparer.OrdinalIgnoreCase);
        values.UnionWith(parameters);
        values.UnionWith(expression.LambdaParameters);
        var refusals = new List<string>();
        for (var i = 0; i < expression.Tokens.Count; i++)
        {
            if (!expression.IsIdentifier(i)) continue;
            var name = expression.Tokens[i].Text;
            if (DeniedBecause(name) is { } reason) refusals.Add($"uses '{name}': {reason}");
            if (name.Equals("new", StringComparison.OrdinalIgnoreCase))
            {
                refusals.Add("creates an object with 'new': rules compute only with the values they are given");
            }
            if (Unbounded(expression, i)) refusals.Add($"calls '{expression.Qualified(i)}' with a count that is not a whole-number literal of at most {MaxCount:N0}: a rule must finish quickly whatever it is given");
            if (expression.IsRoot(i) && expression.IsFollowedByMember(i) && !values.Contains(name) && !StaticTypes.Contains(name))
            {
                refusals.Add($"uses '{expression.ChainFrom(i)}': static members may be used only on {StaticTypesInWords}");
            }
        }
        return refusals.Distinct();
    }

    private static string? DeniedBecause(string name)
    {
        if (Denied.TryGetValue(name, out var reason)) return reason;
        // A type name that begins with a denied word: FileInfo, HttpClient, ThreadPool, IOException.
        return char.IsUpper(name[0])
            ? Denied.FirstOrDefault(d => name.Length > d.Key.Length && name.StartsWith(d.Key, StringComparison.Ordinal) && char.IsUpper(name[d.Key.Length])).Value
            : null;
    }

    /// <summary><c>Enumerable.Range</c>, <c>Repeat</c>, <c>PadLeft</c>, <c>PadRight</c> and <c>string(c, n)</c>, with a count that is not a small literal.</summary>
    private static bool Unbounded(TokenisedExpression expression, int i)
    {
        if (!expression.IsCall(i)) return false;
        var name = expression.Tokens[i].Text;
        var argument = CountArgument.TryGetValue(name, out var index) ? index
            : expression.IsRoot(i) && name.Equals("string", StringComparison.OrdinalIgnoreCase) ? 1
            : -1;
        if (argument < 0 || expression.Argument(i, argument) is not { } count) return false;
        return count is not [{ Kind: TokenKind.Integer } literal] || !int.TryParse(literal.Text, out var n) || n > MaxCount;
    }
}
