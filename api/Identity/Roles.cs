namespace AutoPermits.Api.Identity;

/// <summary>The roles of spec/contract.md, "Identity"; each is also the name of the policy that requires it.</summary>
public static class Roles
{
    public const string Citizen = "citizen";
    public const string Caseworker = "caseworker";
    public const string RuleAuthor = "rule-author";
    public const string Operator = "operator";

    public static readonly string[] All = [Citizen, Caseworker, RuleAuthor, Operator];
}
