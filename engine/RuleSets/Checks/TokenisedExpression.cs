namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>An expression as tokens, with the few questions about its shape the checks ask.</summary>
internal sealed class TokenisedExpression
{
    public TokenisedExpression(string text)
    {
        Tokens = ExpressionTokeniser.Tokenise(text);
        LambdaParameters = Tokens
            .Select((token, i) => (token, i))
            .Where(t => t.token.Kind == TokenKind.Identifier && IsLambdaParameter(t.i))
            .Select(t => t.token.Text)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<ExpressionToken> Tokens { get; }

    /// <summary>The names lambdas bind, <c>ad</c> in <c>ad =&gt; ad.priceDkk</c>: values, like <c>input</c>.</summary>
    public IReadOnlySet<string> LambdaParameters { get; }

    public bool IsIdentifier(int i) => i >= 0 && i < Tokens.Count && Tokens[i].Kind == TokenKind.Identifier;

    /// <summary>A member name: <c>x</c> in <c>a.x</c>.</summary>
    public bool IsMember(int i) => IsIdentifier(i) && i > 0 && Tokens[i - 1].Kind == TokenKind.Dot;

    /// <summary>A name that starts a chain: a parameter, a type, a keyword or a function.</summary>
    public bool IsRoot(int i) => IsIdentifier(i) && !IsMember(i);

    public bool IsFollowedByMember(int i) => i + 2 < Tokens.Count && Tokens[i + 1].Kind == TokenKind.Dot && Tokens[i + 2].Kind == TokenKind.Identifier;

    public bool IsCall(int i) => i + 1 < Tokens.Count && Tokens[i + 1].Text == "(";

    /// <summary>The chain of member names from the root at <paramref name="i"/>, as written: <c>System.IO.File.ReadAllText</c>.</summary>
    public string ChainFrom(int i)
    {
        var names = new List<string> { Tokens[i].Text };
        for (var j = i; IsFollowedByMember(j); j += 2) names.Add(Tokens[j + 2].Text);
        return string.Join('.', names);
    }

    /// <summary>The name at <paramref name="i"/> with the name it is a member of, if any: <c>ad.seller</c>.</summary>
    public string Qualified(int i) => IsMember(i) && IsIdentifier(i - 2) ? $"{Tokens[i - 2].Text}.{Tokens[i].Text}" : Tokens[i].Text;

    /// <summary>
    /// The tokens of argument <paramref name="index"/> of the call whose name is at <paramref name="i"/>, or null
    /// when the call has fewer arguments.
    /// </summary>
    public IReadOnlyList<ExpressionToken>? Argument(int i, int index)
    {
        var depth = 0;
        var argument = new List<ExpressionToken>();
        var current = 0;
        for (var j = i + 2; j < Tokens.Count; j++)
        {
            var token = Tokens[j];
            if (token.Kind == TokenKind.Close && depth == 0) break;
            if (token.Kind == TokenKind.Comma && depth == 0)
            {
                if (current++ == index) return argument;
                continue;
            }
            if (token.Kind == TokenKind.Open) depth++;
            if (token.Kind == TokenKind.Close) depth--;
            if (current == index) argument.Add(token);
        }
        return current == index && argument.Count > 0 ? argument : null;
    }

    /// <summary><c>x</c> in <c>x =&gt;</c>, and <c>a</c>, <c>b</c> in <c>(a, b) =&gt;</c>.</summary>
    private bool IsLambdaParameter(int i)
    {
        var j = i + 1;
        if (j < Tokens.Count && Tokens[j].Kind == TokenKind.Arrow) return true;
        while (j < Tokens.Count && Tokens[j].Kind is TokenKind.Comma or TokenKind.Identifier) j++;
        return j + 1 < Tokens.Count && Tokens[j].Text == ")" && Tokens[j + 1].Kind == TokenKind.Arrow;
    }
}
