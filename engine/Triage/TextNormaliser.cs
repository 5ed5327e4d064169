using System.Globalization;
using System.Text;

namespace AutoPermits.Engine.Triage;

/// <summary>
/// Folds text to the form the lexicon is matched in: lower case, æ→ae, ø→oe, å→aa, other accents dropped,
/// "§" a word of its own, and every run of anything else that is not a letter or digit a single space.
/// "Kørestolen", "KOERESTOLEN" and "koerestolen" thus read the same.
/// </summary>
public static class TextNormaliser
{
    public static string Normalise(string text)
    {
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(composed.Length + 8);
        var separate = false;
        foreach (var original in composed)
        {
            var c = char.ToLowerInvariant(original);
            if (c == '§')
            {
                if (builder.Length > 0) builder.Append(' ');
                builder.Append('§');
                separate = true;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                separate = builder.Length > 0;
                continue;
            }
            if (separate)
            {
                builder.Append(' ');
                separate = false;
            }
            switch (c)
            {
                case 'æ': builder.Append("ae"); break;
                case 'ø': builder.Append("oe"); break;
                case 'å': builder.Append("aa"); break;
                case 'ß': builder.Append("ss"); break;
                case < '\u0080': builder.Append(c); break;
                default: builder.Append(WithoutAccent(c)); break;
            }
        }
        return builder.ToString();
    }

    private static char WithoutAccent(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) == UnicodeCategory.NonSpacingMark ? c : decomposed[0];
    }
}
