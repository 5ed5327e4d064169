using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace AutoPermits.Engine.Letters;

/// <summary>
/// A letter as a standalone HTML5 document: one heading per part, the facts as a table with row headers, and
/// every value encoded, since the applicant's name and the caseworker's reason are text people typed.
/// </summary>
internal static class LetterHtml
{
    public static string Render(Letter letter)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var lang = LetterLanguage.Of(letter.Language);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n");
        html.Append($"<html lang=\"{E(letter.Language)}\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append($"<title>{E(letter.Subject)}</title>\n");
        html.Append("<style>body{font-family:system-ui,sans-serif;line-height:1.5;max-width:42rem;margin:2rem auto;padding:0 1rem}"
            + "table{border-collapse:collapse}th,td{text-align:left;vertical-align:top;padding:.25rem 1rem .25rem 0;border-bottom:1px solid #ccc}</style>\n");
        html.Append("</head>\n<body>\n<main>\n<header>\n");
        html.Append($"<h1>{E(letter.Subject)}</h1>\n");
        if (letter.Recipient is { } recipient) html.Append($"<p>{E(lang.Pick("Til", "To"))}: {E(recipient)}</p>\n");
        html.Append($"<p>{E(lang.Pick("Sagsnummer", "Case number"))}: {E(letter.CaseId.ToString())}</p>\n");
        html.Append($"<p>{E(lang.Pick("Dato", "Date"))}: <time datetime=\"{Iso(letter.DecidedOn)}\">{E(lang.Date(letter.DecidedOn))}</time></p>\n");
        html.Append("</header>\n");

        foreach (var section in letter.Sections)
        {
            html.Append($"<section>\n<h2>{E(section.Heading)}</h2>\n");
            foreach (var paragraph in section.Paragraphs) html.Append($"<p>{Paragraph(paragraph)}</p>\n");
            html.Append("</section>\n");
        }

        if (letter.Facts.Count > 0)
        {
            var heading = lang.Pick("Fakta i sagen", "Facts of the case");
            html.Append($"<section>\n<h2>{E(heading)}</h2>\n<table>\n<caption>{E(heading)}</caption>\n");
            html.Append($"<thead><tr><th scope=\"col\">{E(lang.Pick("Oplysning", "Fact"))}</th><th scope=\"col\">{E(lang.Pick("Værdi", "Value"))}</th></tr></thead>\n<tbody>\n");
            foreach (var fact in letter.Facts) html.Append($"<tr><th scope=\"row\">{E(fact.Label)}</th><td>{E(fact.Value)}</td></tr>\n");
            html.Append("</tbody>\n</table>\n</section>\n");
        }

        if (letter.LegalBases.Count > 0)
        {
            html.Append($"<section>\n<h2>{E(lang.Pick("Retsgrundlag", "Legal basis"))}</h2>\n<ul>\n");
            foreach (var basis in letter.LegalBases) html.Append($"<li>{E(basis)}</li>\n");
            html.Append("</ul>\n</section>\n");
        }

        if (letter.Appeal is { } appeal)
        {
            html.Append($"<section>\n<h2>{E(lang.Pick("Klagevejledning", "How to appeal"))}</h2>\n");
            html.Append($"<p>{Paragraph(appeal.Text)}</p>\n");
            html.Append($"<p>{E(lang.Pick("Klageinstans", "Appeal body"))}: {E(appeal.Body)}. ");
            html.Append($"{E(lang.Pick("Frist", "Deadline"))}: <time datetime=\"{Iso(appeal.Deadline)}\">{E(lang.Date(appeal.Deadline))}</time></p>\n");
            html.Append("</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Markup characters are encoded; Danish letters stay readable in the source (the document is UTF-8).
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static string E(string text) => Encoder.Encode(text);

    /// <summary>Encoded first, so the line breaks a caseworker typed are the only markup added.</summary>
    private static string Paragraph(string text) =>
        E(text.ReplaceLineEndings("\n")).Replace("\n", "<br>\n", StringComparison.Ordinal);
}
