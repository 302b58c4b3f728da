using System.Text.Json.Serialization;

namespace Conformance.Harness.Fuzz;

/// <summary>
/// DIR/fuzz-summary.json as DESIGN.md gives it: programs, seconds, programs_per_second, valid_rate,
/// divergences[{signature, stage, repro, lines, original_lines}]. The other fields are additions
/// (the seed to reproduce, what was skipped, the mutants) that readers of the contract may ignore.
/// `programs` counts generated programs; mutants of corpus files are counted apart, since they are
/// invalid on purpose and run through the static stages only.
/// </summary>
public sealed class FuzzSummary
{
    [JsonPropertyName("programs")] public long Programs { get; set; }
    [JsonPropertyName("seconds")] public double Seconds { get; set; }
    [JsonPropertyName("programs_per_second")] public double ProgramsPerSecond { get; set; }
    [JsonPropertyName("valid_rate")] public double ValidRate { get; set; }
    [JsonPropertyName("divergences")] public List<FuzzDivergence> Divergences { get; set; } = [];

    [JsonPropertyName("seed")] public int Seed { get; set; }
    [JsonPropertyName("stages")] public List<string> Stages { get; set; } = [];
    /// <summary>Stages the implementation could not do (skipped on every program), with its reason.</summary>
    [JsonPropertyName("skipped_stages")] public Dictionary<string, string> SkippedStages { get; set; } = [];
    [JsonPropertyName("mutants")] public long Mutants { get; set; }
    [JsonPropertyName("mutants_valid_rate")] public double MutantsValidRate { get; set; }
    [JsonPropertyName("divergent_programs")] public long DivergentPrograms { get; set; }
    [JsonPropertyName("median_lines")] public double? MedianLines { get; set; }
    /// <summary>Total lines of the reduced cases over total lines of the programs they came from.</summary>
    [JsonPropertyName("reduction_ratio")] public double? ReductionRatio { get; set; }
    [JsonPropertyName("reduce_seconds")] public double ReduceSeconds { get; set; }
    [JsonPropertyName("interrupted")] public bool Interrupted { get; set; }
}

public sealed class FuzzDivergence
{
    [JsonPropertyName("signature")] public required string Signature { get; init; }
    [JsonPropertyName("stage")] public required string Stage { get; init; }
    [JsonPropertyName("repro")] public string? Repro { get; set; }
    [JsonPropertyName("lines")] public int Lines { get; set; }
    [JsonPropertyName("original_lines")] public int OriginalLines { get; set; }

    [JsonPropertyName("count")] public long Count { get; set; }
    /// <summary>The program index that produced the reduced case: `fuzz --seed S` regenerates it.</summary>
    [JsonPropertyName("program")] public long Program { get; set; }
    [JsonPropertyName("mutant")] public bool Mutant { get; set; }
    /// <summary>False when the case reproduces only without its front matter (the comment lines shift positions).</summary>
    [JsonPropertyName("verified")] public bool Verified { get; set; }
    [JsonPropertyName("first_difference")] public Model.FirstDifference? FirstDifference { get; set; }
    [JsonPropertyName("detail")] public string? Detail { get; set; }
}
