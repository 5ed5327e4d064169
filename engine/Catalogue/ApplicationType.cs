using AutoPermits.Engine.Assessments;

namespace AutoPermits.Engine.Catalogue;

/// <summary>What the municipality does with one kind of application.</summary>
public enum TypeKind
{
    /// <summary>A rule set may decide it, once the guard lets it through.</summary>
    Automatable,

    /// <summary>Touches a citizen's social situation: always a person, always the social queue.</summary>
    Social,

    /// <summary>Not social, but no rule set exists for it: a person decides.</summary>
    Manual,
}

/// <param name="Name">The <c>type</c> an application names, e.g. <c>carport</c>.</param>
/// <param name="Queue">The queue its cases go to when a person must decide.</param>
/// <param name="RuleSet">The id of the rule set that decides it (automatable types only).</param>
/// <param name="Form">The data model its <c>data</c> is bound to (automatable types only).</param>
/// <param name="Appeal">Where a person's decision on a type without a rule set is appealed; rule sets carry their own.</param>
public sealed record ApplicationType(string Name, TypeKind Kind, string Queue, string? RuleSet, string? Form, AppealGuidance? Appeal = null);
