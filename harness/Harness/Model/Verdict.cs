namespace Conformance.Harness.Model;

/// <summary>
/// The outcome of one case at one stage. Every case lands in exactly one bucket, so that
/// identical + divergent + waived + errors + timeouts + crashes + skipped == cases (DESIGN.md).
/// </summary>
public enum Verdict
{
    /// <summary>Both sides produced the same artifact (or the same error).</summary>
    Identical,
    /// <summary>The artifacts differ and no waiver covers it.</summary>
    Divergent,
    /// <summary>The artifacts differ and a waiver (with its reason) covers it: still reported.</summary>
    Waived,
    /// <summary>The harness could not produce a verdict (unreadable case, protocol failure, ...).</summary>
    Error,
    /// <summary>A side ran past the timeout.</summary>
    Timeout,
    /// <summary>A side's implementation died or failed internally (not the program's own doing).</summary>
    Crash,
    /// <summary>The stage does not apply to the case, or a side does not implement it yet.</summary>
    Skipped,
}

public static class Verdicts
{
    public static string Name(this Verdict verdict) => verdict.ToString().ToLowerInvariant();
}
