using AutoPermits.Engine.Assessments;
using AutoPermits.Engine.Triage;

namespace AutoPermits.Engine.Tests.SocialGuard;

/// <summary>The guard fails closed: without its lexicon, or on an error, nothing is automated.</summary>
public sealed class FailClosedTests
{
    [Fact]
    public async Task Without_a_lexicon_every_application_goes_to_a_person()
    {
        var engine = TestEngine.Shared;
        var guard = new Engine.Triage.Guard(engine.Catalogue, lexicon: null, engine.Classifier);
        var assessor = new Assessor(engine.Catalogue, guard, engine.RuleBook, TimeSpan.FromSeconds(5));
        var read = engine.Read(Samples.Carport().ToJsonString());

        var assessment = await assessor.AssessAsync(read.Application!, TestEngine.SpecDay);

        Assert.Equal(Outcome.Manual, assessment.Outcome);
        Assert.Equal("social", assessment.Queue);
        Assert.Equal(RefusedBy.Error, assessment.Triage.RefusedBy);
        Assert.Null(assessment.RuleSet);
        Assert.NotNull(guard.Problem);
    }

    [Fact]
    public void A_missing_lexicon_file_cannot_be_loaded() =>
        Assert.ThrowsAny<IOException>(() => Lexicon.Load(Path.Combine(Path.GetTempPath(), "no-such-lexicon.json")));

    [Fact]
    public void An_application_type_the_guard_does_not_know_is_refused_as_an_error()
    {
        var read = TestEngine.Shared.Read(Samples.Carport().ToJsonString());
        var unknown = read.Application! with { Type = "not-in-the-catalogue" };

        var verdict = TestEngine.Shared.Guard.Assess(unknown);

        Assert.False(verdict.Automatable);
        Assert.Equal(RefusedBy.Error, verdict.RefusedBy);
        Assert.Equal("social", verdict.Queue);
    }
}
