using Conformance.Harness.Model;

namespace Conformance.Harness.Bench;

/// <summary>
/// The bench's stages and their names in the history: tokenize (tokens), parse (ast), compile
/// (dis: source to code object, parsing included, as CPython's compile() does) and run (the
/// module's code object executed as __main__, its compilation untimed).
/// </summary>
public static class BenchStages
{
    public static readonly IReadOnlyList<Stage> All = Stages.All;

    public static string HistoryName(this Stage stage) => stage switch
    {
        Stage.Tokens => "tokenize",
        Stage.Ast => "parse",
        Stage.Dis => "compile",
        Stage.Run => "run",
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public static readonly IReadOnlyList<string> HistoryNames = All.Select(HistoryName).ToList();
}

/// <summary>One input of the bench and the stages it is timed in.</summary>
public sealed record BenchFile(string Path, string DisplayName, IReadOnlyList<Stage> Stages);

/// <summary>One side's time in one stage during one pass over the files: on the bench's clock, and wall time (for the overhead).</summary>
public readonly record struct PassTiming(double Seconds, double Wall, int Files, int Failures);
