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
    // Latin letters with accents, folded once rather than decomposed on every call.
    private static readonly char[] LatinWithoutAccent =
        Enumerable.Range(0x80, 0x250 - 0x80).Select(c => WithoutAccent((char)c)).ToArray();

    public static string Normalise(string text)
    {
        var composed = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        // A character becomes at most three: a separating space and a two-letter fold such as "ae".
        var capacity = 3 * composed.Length;
        Span<char> folded = capacity <= 1024 ? stackalloc char[capacity] : new char[capacity];
        var length = 0;
        var separate = false;
        foreach (var original in composed)
        {
            var c = char.ToLowerInvariant(original);
            if (c == '§')
            {
                if (length > 0) folded[length++] = ' ';
                folded[length++] = '§';
                separate = true;
                continue;
            }
            if (!char.IsLetterOrDigit(c))
            {
                separate = length > 0;
                continue;
            }
            if (separate)
            {
                folded[length++] = ' ';
                separate = false;
            }
            switch (c)
            {
                case 'æ': folded[length++] = 'a'; folded[length++] = 'e'; break;
                case 'ø': folded[length++] = 'o'; folded[length++] = 'e'; break;
                case 'å': folded[length++] = 'a'; folded[length++] = 'a'; break;
                case 'ß': folded[length++] = 's'; folded[length++] = 's'; break;
                case < '\u0080': folded[length++] = c; break;
                case < '\u0250': folded[length++] = LatinWithoutAccent[c - 0x80]; break;
                default: folded[length++] = WithoutAccent(c); break;
            }
        }
        return new string(folded[..length]);
    }

    private static char WithoutAccent(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        return CharUnicodeInfo.GetUnicodeCategory(decomposed[0]) == UnicodeCategory.NonSpacingMark ? c : decomposed[0];
    }
}
