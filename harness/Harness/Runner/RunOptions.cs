using Conformance.Harness.Model;

namespace Conformance.Harness.Runner;

public sealed record RunOptions
{
    public required IReadOnlyList<string> Paths { get; init; }
    public bool Stdlib { get; init; }
    public required IReadOnlyList<Stage> Stages { get; init; }
    public string Oracle { get; init; } = "python3";
    /// <summary>"reference" (in process), "reference-process", or a Python executable.</summary>
    public string Impl { get; init; } = "reference";
    public required string OutDir { get; init; }
    public string? JUnit { get; init; }
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);
    public string Target { get; init; } = "3.11";
    public bool Quiet { get; init; }
    /// <summary>False when --target was not given: the corpus's settings.json then pins the target.</summary>
    public bool TargetGiven { get; init; } = true;
    /// <summary>The corpus settings file; null finds settings.json above the PATHs; "none" runs without settings and rules.</summary>
    public string? Settings { get; init; }
    /// <summary>Skip the run stage of cases flagged `slow` (benchmarks), reported as skipped with that reason.</summary>
    public bool SkipSlow { get; init; }
    /// <summary>Rewrite settings.json's debt list from this run's failures (the ratchet's baseline).</summary>
    public bool UpdateExclusions { get; init; }
    /// <summary>The reference's run stage runs CPython-compiled .pyc files (issue 6, figure 2).</summary>
    public bool FromPyc { get; init; }
    /// <summary>What both sides time static stages with (Implementations.StageClock): "cpu" (Linux) or "wall".</summary>
    public string Clock { get; init; } = Implementations.StageClock.DefaultKind;
    /// <summary>Run every program as a fresh process on both sides (`EXE FILE`) instead of in warm workers.</summary>
    public bool ProcessRun { get; init; }
}
