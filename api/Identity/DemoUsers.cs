namespace AutoPermits.Api.Identity;

/// <summary>The seeded demo users of spec/contract.md, "Identity": they exist only in the Development environment.</summary>
public static class DemoUsers
{
    public sealed record User(string Subject, string Name, string Role, string? Cpr = null, string[]? Queues = null);

    public static readonly IReadOnlyDictionary<string, User> All = new User[]
    {
        new("anne", "Anne Jensen", Roles.Citizen, Cpr: "0101901234"),
        new("bo", "Bo Nielsen", Roles.Citizen, Cpr: "1203854321"),
        new("carl", "Carl Holm", Roles.Caseworker, Queues: ["building"]),
        new("vera", "Vera Lund", Roles.Caseworker, Queues: ["vehicles"]),
        new("sofie", "Sofie Berg", Roles.Caseworker, Queues: ["social", "general"]),
        new("rita", "Rita Skov", Roles.RuleAuthor),
        new("otto", "Otto Dahl", Roles.Operator),
    }.ToDictionary(u => u.Subject, StringComparer.Ordinal);
}
