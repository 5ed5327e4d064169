namespace AutoPermits.Engine.Assessments;

/// <summary>
/// The reasons the guard and the machinery give when no rule decides. They tell the citizen that a person
/// will decide, never what in their application made the guard refuse: that stays with the caseworker.
/// </summary>
public static class PolicyReasons
{
    public static readonly Reason Social = new(
        "triage.person-decides",
        "GDPR art. 22 og art. 9; forvaltningsloven",
        new LocalizedText(
            "En sagsbehandler behandler din ansøgning. Den afgøres ikke automatisk.",
            "A caseworker will handle your application. It is not decided automatically."));

    public static readonly Reason TypeNeedsPerson = new(
        "triage.type-needs-person",
        "GDPR art. 22",
        new LocalizedText(
            "Ansøgninger af denne type behandles altid af en sagsbehandler.",
            "Applications of this type are always handled by a caseworker."));

    public static readonly Reason HumanReviewRequested = new(
        "human-review.requested",
        "GDPR art. 22, stk. 3",
        new LocalizedText(
            "Du har bedt om, at en person behandler din ansøgning. En sagsbehandler afgør den.",
            "You asked for a person to handle your application. A caseworker will decide it."));

    public static readonly Reason RulesUnavailable = new(
        "rules.unavailable",
        "Forvaltningsloven § 22",
        new LocalizedText(
            "Der er ingen gældende regler for automatisk behandling på ansøgningsdatoen. En sagsbehandler afgør sagen.",
            "No rules for automatic handling were in force on the date of application. A caseworker will decide."));

    public static readonly Reason EvaluationFailed = new(
        "rules.evaluation-failed",
        "Forvaltningsloven § 22",
        new LocalizedText(
            "Reglerne kunne ikke anvendes sikkert på din ansøgning. En sagsbehandler afgør sagen.",
            "The rules could not be applied safely to your application. A caseworker will decide."));
}
