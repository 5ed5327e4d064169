namespace AutoPermits.Engine.RuleSets.Checks;

internal enum TokenKind
{
    Identifier,
    /// <summary>A whole number written as digits only: the one kind of count the sandbox can bound.</summary>
    Integer,
    /// <summary>Any other number: <c>2.5m</c>, <c>1e3</c>, <c>0x10</c>.</summary>
    Number,
    /// <summary>A string or character literal. Its content is data, never code, so no check looks inside.</summary>
    Literal,
    /// <summary>Member access: <c>.</c> or <c>?.</c>.</summary>
    Dot,
    /// <summary>The <c>=&gt;</c> of a lambda.</summary>
    Arrow,
    Open,
    Close,
    Comma,
    Operator,
}

/// <param name="Text">The token as written; for identifiers without a leading <c>@</c>, which Dynamic LINQ also accepts.</param>
/// <param name="Position">Where the token starts in the expression, from 0.</param>
internal readonly record struct ExpressionToken(TokenKind Kind, string Text, int Position)
{
    public bool Is(string text) => string.Equals(Text, text, StringComparison.OrdinalIgnoreCase);
}
