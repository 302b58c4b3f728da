namespace Conformance.Harness.Model;

/// <summary>How one side's attempt at one stage ended, before the two sides are compared.</summary>
public enum OutcomeKind
{
    /// <summary>The side produced its artifact (which may itself record a Python error).</summary>
    Produced,
    /// <summary>The side does not implement the stage (yet), or the case does not apply.</summary>
    Unsupported,
    Timeout,
    /// <summary>The side's process died, or its implementation threw an internal exception.</summary>
    Crash,
    /// <summary>The harness failed (protocol error, unreadable case).</summary>
    HarnessError,
}

/// <summary>One side's result for one stage: the artifact and the seconds it spent inside the stage.</summary>
public sealed record StageOutcome(OutcomeKind Kind, Artifact? Artifact, double Seconds, string? Detail = null)
{
    public static StageOutcome Produced(Artifact artifact, double seconds) => new(OutcomeKind.Produced, artifact, seconds);
    public static StageOutcome Unsupported(string why) => new(OutcomeKind.Unsupported, null, 0, why);
    public static StageOutcome TimedOut(double seconds, string? detail = null) => new(OutcomeKind.Timeout, null, seconds, detail ?? $"no answer within {seconds:0.#} s");
    public static StageOutcome Crashed(string detail, double seconds = 0) => new(OutcomeKind.Crash, null, seconds, detail);
    public static StageOutcome Failed(string detail) => new(OutcomeKind.HarnessError, null, 0, detail);
}
