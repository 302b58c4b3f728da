using System.Text.Json.Serialization;

namespace Conformance.Harness.Model;

/// <summary>Where two artifacts first differ, with both sides' excerpts (DESIGN.md: results.jsonl).</summary>
public sealed record FirstDifference(
    [property: JsonPropertyName("where")] string Where,
    [property: JsonPropertyName("oracle")] string Oracle,
    [property: JsonPropertyName("impl")] string Impl,
    [property: JsonPropertyName("kind")] string Kind);

public sealed record SideSeconds(
    [property: JsonPropertyName("oracle")] double? Oracle,
    [property: JsonPropertyName("impl")] double? Impl);

/// <summary>One line of results.jsonl: one case at one stage.</summary>
public sealed record CaseResult(
    [property: JsonPropertyName("case")] string Case,
    [property: JsonPropertyName("stage")] string Stage,
    [property: JsonPropertyName("verdict")] string Verdict,
    [property: JsonPropertyName("first_difference")] FirstDifference? FirstDifference,
    [property: JsonPropertyName("seconds")] SideSeconds Seconds,
    [property: JsonPropertyName("detail")] string? Detail = null,
    [property: JsonPropertyName("waiver")] string? Waiver = null,
    [property: JsonPropertyName("features")] IReadOnlyList<string>? Features = null)
{
    [JsonIgnore] public Stage StageValue => Stages.Parse(Stage);
    [JsonIgnore] public Verdict VerdictValue => Enum.Parse<Verdict>(Verdict, ignoreCase: true);
}
