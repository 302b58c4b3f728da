using System.Text.Json.Serialization;

namespace Conformance.Harness.Model;

/// <summary>summary.json, exactly as DESIGN.md gives it (other tools read it).</summary>
public sealed class Summary
{
    [JsonPropertyName("oracle")] public required SideInfo Oracle { get; init; }
    [JsonPropertyName("impl")] public required SideInfo Impl { get; init; }
    [JsonPropertyName("wall_seconds")] public double WallSeconds { get; set; }
    /// <summary>
    /// What the tokens, ast and dis seconds of both sides measure: "cpu" (the working thread's CPU time) or
    /// "wall". The run stage's seconds are always a process's wall time less its start-up.
    /// </summary>
    [JsonPropertyName("static_clock")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? StaticClock { get; init; }
    [JsonPropertyName("interrupted")] public bool Interrupted { get; set; }
    /// <summary>Set when the two sides target different Python versions: static stages then differ by design.</summary>
    [JsonPropertyName("version_note")] public string? VersionNote { get; set; }
    /// <summary>Set when the run stage did not use the implementation's own compiler (run --from-pyc).</summary>
    [JsonPropertyName("run_note")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? RunNote { get; set; }
    /// <summary>Which path ran each side's run stage (warm workers or a process per program), and how many programs fell back.</summary>
    [JsonPropertyName("run_path")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? RunPath { get; set; }
    [JsonPropertyName("stages")] public Dictionary<string, StageSummary> Stages { get; init; } = new();
}

public sealed class SideInfo
{
    [JsonPropertyName("name")] public required string Name { get; init; }
    [JsonPropertyName("version")] public required string Version { get; init; }
    [JsonPropertyName("executable")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Executable { get; init; }
    [JsonPropertyName("target")] [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] public string? Target { get; init; }
}

public sealed class StageSummary
{
    [JsonPropertyName("cases")] public int Cases { get; set; }
    [JsonPropertyName("identical")] public int Identical { get; set; }
    [JsonPropertyName("divergent")] public int Divergent { get; set; }
    [JsonPropertyName("waived")] public int Waived { get; set; }
    [JsonPropertyName("errors")] public int Errors { get; set; }
    [JsonPropertyName("timeouts")] public int Timeouts { get; set; }
    [JsonPropertyName("crashes")] public int Crashes { get; set; }
    [JsonPropertyName("skipped")] public int Skipped { get; set; }
    [JsonPropertyName("seconds")] public SideSeconds Seconds { get; set; } = new(0, 0);

    public void Add(CaseResult result)
    {
        Cases++;
        switch (result.VerdictValue)
        {
            case Verdict.Identical: Identical++; break;
            case Verdict.Divergent: Divergent++; break;
            case Verdict.Waived: Waived++; break;
            case Verdict.Error: Errors++; break;
            case Verdict.Timeout: Timeouts++; break;
            case Verdict.Crash: Crashes++; break;
            case Verdict.Skipped: Skipped++; break;
        }
        Seconds = new SideSeconds(
            (Seconds.Oracle ?? 0) + (result.Seconds.Oracle ?? 0),
            (Seconds.Impl ?? 0) + (result.Seconds.Impl ?? 0));
    }

    /// <summary>Share of the compared cases (not skipped) that are identical or waived.</summary>
    [JsonIgnore]
    public double PassRate => Cases - Skipped == 0 ? 0 : (double)(Identical + Waived) / (Cases - Skipped);
}
