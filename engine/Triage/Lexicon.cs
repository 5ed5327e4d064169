using System.Buffers;
using System.Text.Json;

namespace AutoPermits.Engine.Triage;

/// <summary>One signal word or phrase of the lexicon, as the rule author wrote it and as it is matched.</summary>
public sealed record LexiconTerm(string Written, string Normalised, string Category, LexiconTerm.Reach Kind)
{
    public enum Reach
    {
        /// <summary>The whole word, with an inflection ending: "kørestol" matches "kørestolen".</summary>
        Word,

        /// <summary>A word that starts with it: "handicap*" matches "handicapcarport".</summary>
        Start,

        /// <summary>Anywhere in a word: "*kørestol*" matches "elkørestol".</summary>
        Part,
    }
}

/// <summary>A lexicon term found in a text: the term, and the whole word (or words) it was found in.</summary>
public sealed record LexiconHit(LexiconTerm Term, string Matched);

/// <summary>
/// The social-domain lexicon (<c>rules/lexicon.json</c>), compiled for one vectorised pass over normalised
/// text: a text without any signal costs one <see cref="SearchValues{T}"/> scan.
/// </summary>
public sealed class Lexicon
{
    private readonly SearchValues<string> _starts;
    private readonly Dictionary<char, LexiconTerm[]> _byFirstChar;
    // Looked up by span, so that matching a word allocates no substring of it.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _endings;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _innocentWords;
    private readonly string[] _innocentPhrases;

    public Lexicon(string version, IEnumerable<LexiconTerm> terms, IEnumerable<string> endings, IEnumerable<string> innocent)
    {
        Version = version;
        Terms = terms.Where(t => t.Normalised.Length > 0).ToArray();
        if (Terms.Count == 0) throw new InvalidDataException("The lexicon holds no terms.");
        _starts = SearchValues.Create(Terms.Select(t => t.Normalised).Distinct().ToArray(), StringComparison.Ordinal);
        _byFirstChar = Terms.GroupBy(t => t.Normalised[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _endings = endings.Select(TextNormaliser.Normalise).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var folded = innocent.Select(TextNormaliser.Normalise).Where(i => i.Length > 0).ToArray();
        _innocentWords = folded.Where(i => !i.Contains(' ')).ToHashSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _innocentPhrases = folded.Where(i => i.Contains(' ')).ToArray();
    }

    public string Version { get; }

    public IReadOnlyList<LexiconTerm> Terms { get; }

    /// <summary>Every term found in <paramref name="normalised"/>, which must come from <see cref="TextNormaliser"/>.</summary>
    public List<LexiconHit> Find(string normalised)
    {
        var hits = new List<LexiconHit>();
        List<Range>? innocentSpans = null;
        var from = 0;
        while (from < normalised.Length)
        {
            var found = normalised.AsSpan(from).IndexOfAny(_starts);
            if (found < 0) break;
            var at = from + found;
            foreach (var term in _byFirstChar[normalised[at]])
            {
                if (Matches(normalised, at, term) is not { } match) continue;
                innocentSpans ??= InnocentSpans(normalised);
                if (!innocentSpans.Any(span => span.Start.Value <= match.Start.Value && match.End.Value <= span.End.Value))
                {
                    hits.Add(new LexiconHit(term, normalised[match]));
                }
            }
            from = at + 1;
        }
        return hits;
    }

    /// <summary>Where the text says one of the innocent phrases ("works in home care"): a term inside one is no signal.</summary>
    private List<Range> InnocentSpans(string text)
    {
        var spans = new List<Range>();
        foreach (var phrase in _innocentPhrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            {
                var startsWord = at == 0 || text[at - 1] == ' ';
                var endsWord = at + phrase.Length == text.Length || text[at + phrase.Length] == ' ';
                if (startsWord && endsWord) spans.Add(at..(at + phrase.Length));
            }
        }
        return spans;
    }

    /// <summary>The whole word (or words) in which <paramref name="term"/> matches at <paramref name="at"/>, if it does.</summary>
    private Range? Matches(string text, int at, LexiconTerm term)
    {
        // Most candidates in running text ("ill" in "tilladelse") are inside a word, where only a part term may
        // match: they are dismissed before the word around them is looked for.
        var startsWord = at == 0 || text[at - 1] == ' ';
        if (!startsWord && term.Kind != LexiconTerm.Reach.Part) return null;
        if (!text.AsSpan(at).StartsWith(term.Normalised, StringComparison.Ordinal)) return null;
        var end = at + term.Normalised.Length;
        var wordStart = text.LastIndexOf(' ', Math.Max(at - 1, 0)) + 1;
        if (at == 0) wordStart = 0;
        var wordEnd = text.IndexOf(' ', end);
        if (wordEnd < 0) wordEnd = text.Length;

        var accepted = term.Kind switch
        {
            LexiconTerm.Reach.Part => true,
            LexiconTerm.Reach.Start => startsWord,
            LexiconTerm.Reach.Word => startsWord && (end == wordEnd || _endings.Contains(text.AsSpan(end..wordEnd))),
            _ => false,
        };
        if (!accepted) return null;
        return _innocentWords.Contains(text.AsSpan(wordStart..wordEnd)) ? null : wordStart..wordEnd;
    }

    public static Lexicon Load(string path)
    {
        using var stream = File.OpenRead(path);
        var document = JsonSerializer.Deserialize<LexiconDocument>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidDataException($"{path} is empty.");
        var terms = document.Categories.SelectMany(category => category.Value.Select(written => Parse(written, category.Key)));
        return new Lexicon(document.Version, terms, document.Endings, document.Innocent ?? []);
    }

    private static LexiconTerm Parse(string written, string category)
    {
        var part = written.StartsWith('*') && written.EndsWith('*') && written.Length > 1;
        var start = !part && written.EndsWith('*');
        var kind = part ? LexiconTerm.Reach.Part : start ? LexiconTerm.Reach.Start : LexiconTerm.Reach.Word;
        return new LexiconTerm(written, TextNormaliser.Normalise(written.Trim('*')), category, kind);
    }

    private sealed record LexiconDocument(
        string Version,
        Dictionary<string, string[]> Categories,
        string[] Endings,
        string[]? Innocent);
}
