using AutoPermits.Engine.Applications;
using AutoPermits.Engine.Catalogue;

namespace AutoPermits.Engine.Triage;

/// <summary>
/// The social-domain guard (spec/triage.md): decides, before any rule set runs, whether an application may be
/// decided automatically at all. Its policy layer is the type catalogue, the citizen's request for a person and
/// the lexicon; a statistical layer reads the same <see cref="FreeText"/> beside it. It fails closed: with no lexicon,
/// or on any exception, it refuses.
/// </summary>
public sealed class Guard
{
    private readonly TypeCatalogue _catalogue;
    private readonly Lexicon? _lexicon;

    /// <param name="lexicon">Null when the lexicon could not be loaded: every application is then refused.</param>
    /// <param name="lexiconProblem">Why the lexicon is missing, for the operator's health page.</param>
    public Guard(TypeCatalogue catalogue, Lexicon? lexicon, string? lexiconProblem = null)
    {
        _catalogue = catalogue;
        _lexicon = lexicon;
        Problem = lexicon is null ? lexiconProblem ?? "No social-domain lexicon is loaded." : null;
    }

    /// <summary>Why the guard refuses everything, or null when it is ready.</summary>
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
            return Refused(RefusedBy.Error, []);
        }
    }

    private TriageVerdict AssessOrThrow(Application application)
    {
        if (!_catalogue.TryGet(application.Type, out var type))
        {
            return Refused(RefusedBy.Error, []);
        }
        if (type.Kind == TypeKind.Social)
        {
            return Refused(RefusedBy.Policy, [new Signal("application-type", type.Name, "type", type.Name)]);
        }
        if (_lexicon is null)
        {
            return Refused(RefusedBy.Error, []);
        }

        var signals = new List<Signal>();
        foreach (var text in FreeText.In(application))
        {
            foreach (var hit in _lexicon.Find(TextNormaliser.Normalise(text.Text)))
            {
                var signal = new Signal(hit.Term.Category, hit.Term.Written, text.Field, hit.Matched);
                if (!signals.Contains(signal)) signals.Add(signal);
            }
        }
        if (signals.Count > 0)
        {
            return Refused(RefusedBy.Policy, signals);
        }

        if (type.Kind == TypeKind.Manual)
        {
            return new TriageVerdict(false, RefusedBy.Policy, [new Signal("application-type", type.Name, "type", type.Name)], null, type.Queue);
        }
        if (application.RequestHumanReview)
        {
            // Not social: the type's own caseworkers decide, and the rules may tell them what they found.
            return new TriageVerdict(false, RefusedBy.Policy,
                [new Signal("human-review-requested", "requestHumanReview", "requestHumanReview", "true")], null, null);
        }
        return new TriageVerdict(true, null, [], null, null);
    }

    private static TriageVerdict Refused(RefusedBy by, IReadOnlyList<Signal> signals) =>
        new(false, by, signals, null, TriageVerdict.SocialQueue);
}
