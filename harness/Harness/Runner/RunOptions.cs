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
    /// <summary>The reference's run stage runs CPython-compiled .pyc files (issue 6, figure 2).</summary>
    public bool FromPyc { get; init; }
}
