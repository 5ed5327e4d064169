namespace AutoPermits.Engine.RuleSets.Checks;

/// <summary>
/// Splits a System.Linq.Dynamic.Core expression into the tokens the sandbox and the lint reason about. Names are
/// read as the parser reads them (letters, digits, underscores, an optional leading @), and literals are skipped
/// whole with both of the parser's escapes, so no quote can end one early and let code pass as data.
/// </summary>
internal static class ExpressionTokeniser
{
    public static IReadOnlyList<ExpressionToken> Tokenise(string expression)
    {
        var tokens = new List<ExpressionToken>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            var start = i;
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (c is '"' or '\'')
            {
                i = EndOfLiteral(expression, i);
                tokens.Add(new(TokenKind.Literal, expression[start..i], start));
            }
            else if (char.IsLetter(c) || c == '_' || c == '@' && (char.IsLetter(At(expression, i + 1)) || At(expression, i + 1) == '_'))
            {
                i++;
                while (i < expression.Length && (char.IsLetterOrDigit(expression[i]) || expression[i] == '_')) i++;
                tokens.Add(new(TokenKind.Identifier, expression[start..i].TrimStart('@'), start));
            }
            else if (char.IsDigit(c))
            {
                while (char.IsDigit(At(expression, i))) i++;
                var digitsOnly = i;
                if (At(expression, i) == '.' && char.IsDigit(At(expression, i + 1)))
                {
                    i++;
                    while (char.IsDigit(At(expression, i))) i++;
                }
                if (At(expression, i) is 'e' or 'E' && (char.IsDigit(At(expression, i + 1)) || At(expression, i + 1) is '+' or '-' && char.IsDigit(At(expression, i + 2))))
                {
                    i += 2;
                    while (char.IsDigit(At(expression, i))) i++;
                }
                // Suffixes and hex digits: 2.5m, 10L, 0x1F.
                while (char.IsLetterOrDigit(At(expression, i))) i++;
                tokens.Add(new(i == digitsOnly ? TokenKind.Integer : TokenKind.Number, expression[start..i], start));
            }
            else if (c == '.' || c == '?' && At(expression, i + 1) == '.' && !char.IsDigit(At(expression, i + 2)))
            {
                i += c == '.' ? 1 : 2;
                tokens.Add(new(TokenKind.Dot, expression[start..i], start));
            }
            else if (c == '=' && At(expression, i + 1) == '>')
            {
                i += 2;
                tokens.Add(new(TokenKind.Arrow, "=>", start));
            }
            else
            {
                i++;
                var kind = c switch
                {
                    '(' or '[' or '{' => TokenKind.Open,
                    ')' or ']' or '}' => TokenKind.Close,
                    ',' => TokenKind.Comma,
                    _ => TokenKind.Operator,
                };
                tokens.Add(new(kind, c.ToString(), start));
            }
        }
        return tokens;
    }

    /// <summary>
    /// The index just past a literal opened at <paramref name="start"/>. A backslash escapes the next character,
    /// and a doubled quote continues the literal (both spellings Dynamic LINQ reads), so no quote inside a literal
    /// can end it early and let code pass as data. An unterminated literal runs to the end.
    /// </summary>
    private static int EndOfLiteral(string expression, int start)
    {
        var quote = expression[start];
        var i = start + 1;
        while (i < expression.Length)
        {
            if (expression[i] == '\\')
            {
                i += 2;
            }
            else if (expression[i] == quote)
            {
                if (At(expression, i + 1) != quote) return i + 1;
                i += 2;
            }
            else
            {
                i++;
            }
        }
        return expression.Length;
    }

    private static char At(string expression, int i) => i < expression.Length ? expression[i] : '\0';
}
