using AutoPermits.Engine.Cases;

namespace AutoPermits.Engine.Letters;

/// <summary>
/// Writes the letter a citizen receives: the outcome, the reasons with the legal basis and the main facts
/// (forvaltningsloven §§ 22–24), who decided, and how to appeal (§ 25). It words what the rules and the
/// caseworker concluded; it adds no legal text of its own.
/// </summary>
public static class LetterWriter
{
    public static Letter Write(LetterInput input, string language)
    {
        ArgumentNullException.ThrowIfNull(input);
        var lang = LetterLanguage.Of(language);
        Check(input);

        var sections = new List<LetterSection> { Outcome(input, lang) };
        if (Reasons(input, lang) is { } reasons) sections.Add(reasons);
        sections.Add(HowDecided(input, lang));
        var appeal = Appeal(input, lang);
        if (appeal is null) sections.Add(Reconsideration(input, lang));

        return new Letter(
            input.CaseId,
            lang.Code,
            Subject(input, lang),
            string.IsNullOrWhiteSpace(input.ApplicantName) ? null : input.ApplicantName.Trim(),
            input.Outcome,
            input.DecidedOn,
            input.ByPerson,
            sections,
            FactLabels.Show(input.ApplicationType, input.Facts, lang),
            input.Reasons.Select(r => r.LegalBasis).Append(input.LegalBasis).Where(b => !string.IsNullOrWhiteSpace(b)).Select(b => b!.Trim())
                .Distinct(StringComparer.Ordinal).ToArray(),
            appeal);
    }

    public static string Html(Letter letter) => LetterHtml.Render(letter);

    // A letter that said a machine refused, or overrode itself, or valued at no amount would tell the citizen
    // something untrue; better no letter than that.
    private static void Check(LetterInput input)
    {
        if (input.Outcome == DecisionOutcome.Refused && !input.ByPerson)
            throw new ArgumentException("Only a person refuses: a refusal letter must be a person's decision.", nameof(input));
        if (input.Overrode && !input.ByPerson)
            throw new ArgumentException("Only a person overrides the automated assessment.", nameof(input));
        if (input.Outcome == DecisionOutcome.Valued && input.ValuationDkk is null)
            throw new ArgumentException("A valuation letter needs the value.", nameof(input));
    }

    private static string Subject(LetterInput input, LetterLanguage lang)
    {
        var about = TypeName(input.ApplicationType, lang);
        return input.Outcome switch
        {
            DecisionOutcome.Exempt => lang.Pick($"Vejledning om {about}: Du skal ikke søge tilladelse", $"Guidance on your {about}: no permit is needed"),
            DecisionOutcome.Approved => lang.Pick($"Afgørelse om {about}: Du får tilladelse", $"Decision on your {about}: permit granted"),
            DecisionOutcome.Valued => lang.Pick($"Afgørelse om {about}: {lang.WholeKroner(input.ValuationDkk!.Value)}", $"Decision on your {about}: {lang.WholeKroner(input.ValuationDkk!.Value)}"),
            DecisionOutcome.Refused => lang.Pick($"Afgørelse om {about}: Afslag", $"Decision on your {about}: refused"),
            _ => throw new ArgumentOutOfRangeException(nameof(input), input.Outcome, "Unknown outcome."),
        };
    }

    private static string TypeName(string applicationType, LetterLanguage lang) => applicationType switch
    {
        "carport" => "carport",
        "vehicle-valuation" => lang.Pick("værdiansættelse af køretøj", "vehicle valuation"),
        "housing-benefit" => lang.Pick("boligstøtte", "housing benefit"),
        _ => applicationType,
    };

    private static LetterSection Outcome(LetterInput input, LetterLanguage lang) => input.Outcome switch
    {
        // Exempt is guidance: nothing was decided, so there is nothing to appeal either.
        DecisionOutcome.Exempt => new(lang.Pick("Vejledning", "Guidance"),
        [
            lang.Pick("Du skal ikke søge tilladelse.", "No permit is needed."),
            lang.Pick("Dette brev er vejledning og ikke en afgørelse.", "This letter is guidance, not a decision."),
        ]),
        DecisionOutcome.Approved => new(lang.Pick("Afgørelse", "Decision"),
            [lang.Pick("Du får tilladelse.", "Your permit is granted.")]),
        DecisionOutcome.Valued => new(lang.Pick("Afgørelse", "Decision"),
            // "kr." ends the Danish sentence itself.
            [lang.Pick($"Værdien er fastsat til {lang.WholeKroner(input.ValuationDkk!.Value)}", $"The value is set at {lang.WholeKroner(input.ValuationDkk!.Value)}.")]),
        DecisionOutcome.Refused => new(lang.Pick("Afgørelse", "Decision"),
            [lang.Pick("Du får afslag på din ansøgning.", "Your application is refused.")]),
        _ => throw new ArgumentOutOfRangeException(nameof(input), input.Outcome, "Unknown outcome."),
    };

    private static LetterSection? Reasons(LetterInput input, LetterLanguage lang)
    {
        var paragraphs = input.Reasons.Select(r => r.Message.In(lang.Code)).Where(m => !string.IsNullOrWhiteSpace(m)).ToList();
        if (input.ByPerson && !string.IsNullOrWhiteSpace(input.CaseworkerReason))
        {
            paragraphs.Add(lang.Pick("Sagsbehandlerens begrundelse:", "The caseworker's reason:") + " " + input.CaseworkerReason.Trim());
        }
        return paragraphs.Count == 0 ? null : new LetterSection(lang.Pick("Begrundelse", "Reasons"), paragraphs);
    }

    private static LetterSection HowDecided(LetterInput input, LetterLanguage lang)
    {
        var guidance = input.Outcome == DecisionOutcome.Exempt;
        var heading = lang.Pick("Sådan er sagen behandlet", "How your case was handled");
        if (input.ByPerson)
        {
            var paragraphs = new List<string>
            {
                guidance
                    ? lang.Pick("En sagsbehandler i kommunen har vurderet sagen.", "A caseworker at the municipality assessed your case.")
                    : lang.Pick("En sagsbehandler i kommunen har truffet afgørelsen.", "A caseworker at the municipality made this decision."),
            };
            if (input.Overrode)
            {
                paragraphs.Add(lang.Pick(
                    "Sagsbehandlerens afgørelse træder i stedet for kommunens automatiske vurdering.",
                    "The caseworker's decision replaces the municipality's automatic assessment."));
            }
            return new LetterSection(heading, paragraphs);
        }
        return new LetterSection(heading,
        [
            guidance
                ? lang.Pick("Vurderingen er foretaget automatisk ud fra reglerne under Retsgrundlag.", "Your case was assessed automatically from the rules listed under Legal basis.")
                : lang.Pick("Afgørelsen er truffet automatisk ud fra reglerne under Retsgrundlag.", "This decision was made automatically from the rules listed under Legal basis."),
            // GDPR art. 22(3): the right to human intervention holds whether or not there is an appeal.
            lang.Pick(
                "Du kan altid bede om, at en medarbejder i kommunen ser på sagen igen (databeskyttelsesforordningen artikel 22, stk. 3).",
                "You can always ask for a person at the municipality to look at your case again (GDPR Article 22(3))."),
        ]);
    }

    private static LetterAppeal? Appeal(LetterInput input, LetterLanguage lang)
    {
        if (input.Appeal is not { } appeal) return null;
        if (appeal.Weeks is null && appeal.Months is null)
            throw new ArgumentException($"The appeal to {appeal.Body} has no time limit to count a deadline from.", nameof(input));

        // AddMonths keeps to the month's last day: 30 November + 3 months is 28 (or 29) February.
        var deadline = input.DecidedOn.AddMonths(appeal.Months ?? 0).AddDays(7 * (appeal.Weeks ?? 0));
        var text = appeal.Message.In(lang.Code) + " " + lang.Pick(
            $"Regnet fra afgørelsens dato er fristen {lang.Date(deadline)}.",
            $"Counted from the date of the decision, the deadline is {lang.Date(deadline)}.");
        return new LetterAppeal(appeal.Body, deadline, text);
    }

    // Without an appeal body there is still the municipality itself; naming a body the rules do not name would
    // send the citizen to the wrong place.
    private static LetterSection Reconsideration(LetterInput input, LetterLanguage lang) => new(
        lang.Pick("Hvis du er uenig", "If you disagree"),
        [
            lang.Pick(
                $"Du kan bede kommunen om at se på sagen igen. Skriv til kommunen, oplys sagsnummer {input.CaseId}, og forklar, hvorfor du er uenig.",
                $"You can ask the municipality to reconsider your case. Write to the municipality, quote case number {input.CaseId}, and explain why you disagree."),
        ]);
}
