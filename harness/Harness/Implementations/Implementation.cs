using Conformance.Harness.Model;

namespace Conformance.Harness.Implementations;

/// <summary>One case as both sides see it: the file, and the name code objects carry (co_filename).</summary>
public sealed record CaseFile(string Path, string DisplayName);

/// <summary>
/// A Python implementation the harness can ask for stage artifacts: the oracle (CPython), the
/// reference interpreter (in process or as a process), or any other Python executable.
/// </summary>
public interface IImplementation : IAsyncDisposable
{
    /// <summary>What summary.json says about this side.</summary>
    SideInfo Info { get; }

    /// <summary>The Python version whose behaviour this side has (static stages differ across versions).</summary>
    string TargetVersion { get; }

    /// <summary>The standard library folder (`Lib/`) of this side, for --stdlib; null if it has none of its own.</summary>
    string? StdlibPath { get; }

    /// <summary>Produces the tokens, ast and dis artifacts of one case; one outcome per requested stage.</summary>
    Task<IReadOnlyDictionary<Stage, StageOutcome>> AnalyzeAsync(CaseFile file, IReadOnlyList<Stage> stages, CancellationToken cancellation);

    /// <summary>Runs the case as a script (the run stage) in a fresh process.</summary>
    Task<StageOutcome> RunAsync(CaseFile file, CancellationToken cancellation);
}
