using Conformance.Harness.Model;

namespace Conformance.Harness.Report;

/// <summary>Everything a report shows: the run's summary, every case result, and the cases the run left out on purpose.</summary>
public sealed record ReportInput(Summary Summary, IReadOnlyList<CaseResult> Results, IReadOnlyList<ExclusionInfo> Exclusions);

/// <summary>
/// A case (or case and stage) the run did not compare, with the reason.
/// Kind is "debt" (to be fixed: the implementation falls short) or "permanent" (not applicable by design).
/// </summary>
public sealed record ExclusionInfo(string Case, string Stage, string Reason, string Kind)
{
    /// <summary>Anything not explicitly permanent counts as debt: an unknown kind must not pass as settled.</summary>
    public bool IsDebt => !string.Equals(Kind, "permanent", StringComparison.OrdinalIgnoreCase);
}
