using System.Globalization;

namespace AutoPermits.Engine.Letters;

/// <summary>The language a letter is written in: its words, dates, numbers and amounts.</summary>
internal sealed class LetterLanguage
{
    public static readonly LetterLanguage Danish = new("da", CultureInfo.GetCultureInfo("da-DK"), "d. MMMM yyyy");
    public static readonly LetterLanguage English = new("en", CultureInfo.GetCultureInfo("en-GB"), "d MMMM yyyy");

    private readonly string _dateFormat;

    private LetterLanguage(string code, CultureInfo culture, string dateFormat)
    {
        Code = code;
        Culture = culture;
        _dateFormat = dateFormat;
    }

    public string Code { get; }
    public CultureInfo Culture { get; }
    private bool IsDanish => Code == "da";

    public static LetterLanguage Of(string language) => language switch
    {
        "da" => Danish,
        "en" => English,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "A letter is written in \"da\" or \"en\"."),
    };

    public string Pick(string da, string en) => IsDanish ? da : en;

    /// <summary>"25. november 2026" or "25 November 2026".</summary>
    public string Date(DateOnly date) => date.ToString(_dateFormat, Culture);

    /// <summary>"1.234,5" or "1,234.5".</summary>
    public string Number(decimal value, string format = "#,##0.##") => value.ToString(format, Culture);

    /// <summary>Whole kroner, "123.456 kr." or "DKK 123,456": what a valuation is set at.</summary>
    public string WholeKroner(decimal amount) => Kroner(decimal.Round(amount, 0, MidpointRounding.AwayFromZero));

    /// <summary>An amount with øre only when it has any: a mean price is rarely whole.</summary>
    public string Kroner(decimal amount)
    {
        var number = Number(amount, amount == decimal.Truncate(amount) ? "#,##0" : "#,##0.00");
        return IsDanish ? $"{number} kr." : $"DKK {number}";
    }

    /// <summary>A ratio as a percentage, "17,8 %" or "17.8%": how a plot ratio is spoken of.</summary>
    public string Percent(decimal ratio)
    {
        var number = Number(ratio * 100m, "#,##0.#");
        return IsDanish ? $"{number} %" : $"{number}%";
    }
}
