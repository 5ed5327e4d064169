namespace AutoPermits.Engine.Applications.Validation;

/// <summary>A Danish CPR number: ten digits, optionally <c>ddmmyy-xxxx</c>, the first six a real date.</summary>
public static class Cpr
{
    public static bool IsWellFormed(string? value)
    {
        if (value is null) return false;
        var digits = value.Length == 11 && value[6] == '-' ? string.Concat(value.AsSpan(0, 6), value.AsSpan(7)) : value;
        if (digits.Length != 10 || !digits.All(char.IsAsciiDigit)) return false;
        var day = int.Parse(digits.AsSpan(0, 2));
        var month = int.Parse(digits.AsSpan(2, 2));
        var year = int.Parse(digits.AsSpan(4, 2));
        // 2000 + yy is a leap year exactly when some century's yy is, so 29 February is judged fairly.
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(2000 + year, month);
    }

    /// <summary>The form shown to anyone but the handling caseworker: <c>010190-****</c>.</summary>
    public static string Mask(string cpr) => $"{cpr[..6]}-****";
}
