using Conformance.Harness.Diff;
using Conformance.Harness.Model;

namespace Conformance.Harness.Runner;

/// <summary>A verdict with what made it so, before it becomes a results.jsonl line.</summary>
public sealed record Judgement(Verdict Verdict, FirstDifference? Difference, string? Detail, bool Unexpected)
{
    /// <summary>For a waived verdict: the waiver rule or exclusion, with its reason (Ratchet/CorpusContext).</summary>
    public string? Waiver { get; init; }
}

/// <summary>
/// Turns the two sides' outcomes for one stage into a verdict. The oracle's failures come first:
/// if CPython itself could not produce the artifact there is nothing to hold the other side to.
/// </summary>
public static class Judge
{
    public static Judgement Decide(StageOutcome oracle, StageOutcome impl, OutputNormalizer normalizer)
    {
        switch (oracle.Kind)
        {
            case OutcomeKind.HarnessError:
                return new(Verdict.Error, null, $"oracle: {oracle.Detail}", true);
            case OutcomeKind.Crash:
                return new(Verdict.Crash, null, $"oracle crashed: {oracle.Detail}", false);
            case OutcomeKind.Unsupported:
                return new(Verdict.Skipped, null, $"oracle: {oracle.Detail}", false);
            case OutcomeKind.Timeout when impl.Kind == OutcomeKind.Timeout:
                // Both sides ran out of time (an infinite loop, say): they agree as far as anyone can tell.
                return new(Verdict.Timeout, null, $"both sides timed out ({oracle.Detail})", false);
            case OutcomeKind.Timeout:
                return new(Verdict.Timeout, null, $"oracle timed out ({oracle.Detail}); impl finished", false);
        }
        switch (impl.Kind)
        {
            case OutcomeKind.HarnessError:
                return new(Verdict.Error, null, $"impl: {impl.Detail}", true);
            case OutcomeKind.Crash:
                return new(Verdict.Crash, null, $"impl crashed: {impl.Detail}", true);
            case OutcomeKind.Unsupported:
                return new(Verdict.Skipped, null, impl.Detail, false);
            case OutcomeKind.Timeout:
                return new(Verdict.Timeout, null, $"impl timed out ({impl.Detail}); the oracle finished in {oracle.Seconds:0.###} s", true);
        }
        var difference = ArtifactDiff.Compare(oracle.Artifact!, impl.Artifact!, normalizer);
        return difference is null
            ? new(Verdict.Identical, null, null, false)
            : new(Verdict.Divergent, difference, null, true);
    }
}
