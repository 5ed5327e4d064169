using AutoPermits.Engine.Cases;

namespace AutoPermits.Engine.Letters;

/// <summary>
/// A decision letter in one language, ready to show as JSON or as HTML (<see cref="LetterWriter.Html"/>).
/// <see cref="Sections"/> is the prose in reading order; the facts, the legal bases and the appeal are kept
/// apart so that a client can lay them out as it likes.
/// </summary>
/// <param name="Language"><c>da</c> or <c>en</c>.</param>
/// <param name="Recipient">The applicant's name, when known.</param>
/// <param name="Appeal">Where and until when to appeal; <c>null</c> when there is no appeal body to name.</param>
public sealed record Letter(
    Guid CaseId,
    string Language,
    string Subject,
    string? Recipient,
    DecisionOutcome Outcome,
    DateOnly DecidedOn,
    bool ByPerson,
    IReadOnlyList<LetterSection> Sections,
    IReadOnlyList<LetterFact> Facts,
    IReadOnlyList<string> LegalBases,
    LetterAppeal? Appeal);

public sealed record LetterSection(string Heading, IReadOnlyList<string> Paragraphs);

/// <summary>One fact the decision rests on, with its value written out for the reader: <c>60 m²</c>.</summary>
public sealed record LetterFact(string Label, string Value);

/// <summary>Appeal guidance with its deadline counted from the day of the decision (forvaltningsloven § 25).</summary>
/// <param name="Text">The guidance and the deadline, in the letter's language.</param>
public sealed record LetterAppeal(string Body, DateOnly Deadline, string Text);
