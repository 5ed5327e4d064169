using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Catalogue;
using AutoPermits.Engine.Triage.Classifier;

namespace AutoPermits.Engine.Triage;

/// <summary>
/// The social-domain guard (spec/triage.md): decides, before any rule set runs, whether an application may be
/// decided automatically at all. Two layers, either of which refuses: the policy layer (the type catalogue, the
/// citizen's request for a person, the lexicon) and the statistical layer (a text classifier over the citizen's
/// own words). It fails closed: without its lexicon or its classifier, or on any exception, it refuses.
/// </summary>
public sealed class Guard
{
    private readonly TypeCatalogue _catalogue;
    private readonly Lexicon? _lexicon;
    private readonly SocialTextClassifier? _classifier;

    /// <param name="lexicon">Null when the lexicon could not be loaded: every application is then refused.</param>
    /// <param name="classifier">Null when the model could not be loaded or is stale: every application is then refused.</param>
    /// <param name="problems">Why a layer is missing, for the operator's health page.</param>
    public Guard(TypeCatalogue catalogue, Lexicon? lexicon, SocialTextClassifier? classifier, IReadOnlyList<string>? problems = null)
    {
        _catalogue = catalogue;
        _lexicon = lexicon;
        _classifier = classifier;
        var all = new List<string>(problems ?? []);
        if (all.Count == 0)
        {
            if (lexicon is null) all.Add("No social-domain lexicon is loaded.");
            if (classifier is null) all.Add("No social-text classifier is loaded.");
        }
        Problem = all.Count == 0 ? null : string.Join(" ", all);
    }

    /// <summary>Why the guard refuses everything, or null when both layers are ready.</summary>
    public string? Problem { get; }

    public string? LexiconVersion => _lexicon?.Version;

    public TriageVerdict Assess(Application application)
    {
        try
        {
            return AssessOrThrow(application);
        }
        catch (Exception)
        {
            return Refused(RefusedBy.Error, [], null);
        }
    }

    private TriageVerdict AssessOrThrow(Application application)
    {
        if (!_catalogue.TryGet(application.Type, out var type))
        {
            return Refused(RefusedBy.Error, [], null);
        }
        if (type.Kind == TypeKind.Social)
        {
            return Refused(RefusedBy.Policy, [new Signal("application-type", type.Name, "type", type.Name)], null);
        }
        if (_lexicon is null || _classifier is null)
        {
            return Refused(RefusedBy.Error, [], null);
        }

        var texts = FreeText.In(application);
        // Most applications have one prose text and no signal: neither needs a list of its own.
        List<Signal>? signals = null;
        string? firstProse = null;
        var proseCount = 0;
        foreach (var text in texts)
        {
            var normalised = TextNormaliser.Normalise(text.Text);
            if (text.Prose && proseCount++ == 0) firstProse = normalised;
            foreach (var hit in _lexicon.Find(normalised))
            {
                var signal = new Signal(hit.Term.Category, hit.Term.Written, text.Field, hit.Matched);
                signals ??= [];
                if (!signals.Contains(signal)) signals.Add(signal);
            }
        }
        double? score = proseCount switch
        {
            0 => null,
            1 => _classifier.ScoreNormalised(firstProse!),
            _ => _classifier.Score(string.Join(". ", texts.Where(t => t.Prose).Select(t => t.Text))),
        };

        if (signals is not null)
        {
            return Refused(RefusedBy.Policy, signals, score);
        }
        if (score >= _classifier.Threshold)
        {
            return Refused(RefusedBy.Classifier, [], score);
        }
        if (type.Kind == TypeKind.Manual)
        {
            return new TriageVerdict(false, RefusedBy.Policy, [new Signal("application-type", type.Name, "type", type.Name)], score, type.Queue);
        }
        if (application.RequestHumanReview)
        {
            // Not social: the type's own caseworkers decide, and the rules may tell them what they found.
            return new TriageVerdict(false, RefusedBy.Policy,
                [new Signal("human-review-requested", "requestHumanReview", "requestHumanReview", "true")], score, null);
        }
        return new TriageVerdict(true, null, [], score, null);
    }

    private static TriageVerdict Refused(RefusedBy by, IReadOnlyList<Signal> signals, double? score) =>
        new(false, by, signals, score, TriageVerdict.SocialQueue);
}
