using Microsoft.AspNetCore.DataProtection;

namespace AutoPermits.Api.Privacy;

/// <summary>
/// CPR numbers at rest: encrypted with ASP.NET Core Data Protection (keys in the data directory), shown masked
/// (<c>010190-****</c>) to everyone but the caseworker handling the case.
/// </summary>
public sealed class CprVault(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("AutoPermits.Cpr.v1");

    public string Protect(string cpr) => _protector.Protect(Digits(cpr));

    public string Reveal(string protectedCpr) => _protector.Unprotect(protectedCpr);

    public static string Mask(string cpr)
    {
        var digits = Digits(cpr);
        return digits.Length == 10 ? $"{digits[..6]}-****" : "******-****";
    }

    public static string Digits(string cpr) => cpr.Replace("-", string.Empty, StringComparison.Ordinal);
}
