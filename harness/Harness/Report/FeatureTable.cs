using System.Text.Json;
using System.Text.Json.Serialization;
using Conformance.Harness.Model;

namespace Conformance.Harness.Report;

/// <summary>
/// The per-feature table, as test262's feature reports have it: for every feature named in the
/// cases' front matter and every stage, identical cases out of the cases that have that stage.
/// A stage the front matter leaves out is not counted (a tokens-only case says nothing about run);
/// a stage the implementation skips is (it is a stage the case should pass).
/// </summary>
public sealed record FeatureCell(
    [property: JsonPropertyName("identical")] int Identical,
    [property: JsonPropertyName("total")] int Total);

public static class FeatureTable
{
    /// <summary>The detail ConformanceRun gives a stage its front matter leaves out.</summary>
    public const string NotAStageDetail = "not a stage of this case (front matter)";

    /// <summary>feature -> stage -> cell, features and stages in a stable order.</summary>
    public static SortedDictionary<string, Dictionary<string, FeatureCell>> Build(IEnumerable<CaseResult> results)
    {
        var table = new SortedDictionary<string, Dictionary<string, FeatureCell>>(StringComparer.Ordinal);
        foreach (var result in results)
        {
            if (result.Detail == NotAStageDetail) continue;
            var identical = ReportData.VerdictOf(result) == Verdict.Identical ? 1 : 0;
            foreach (var feature in (result.Features ?? []).Distinct(StringComparer.Ordinal))
            {
                if (!table.TryGetValue(feature, out var row)) table[feature] = row = new Dictionary<string, FeatureCell>(StringComparer.Ordinal);
                row.TryGetValue(result.Stage, out var cell);
                row[result.Stage] = new FeatureCell((cell?.Identical ?? 0) + identical, (cell?.Total ?? 0) + 1);
            }
        }
        return table;
    }

    /// <summary>OUTDIR/features.json: {"feature": {"stage": {"identical": n, "total": n}}}, for tools and CI.</summary>
    public static void Write(string path, IEnumerable<CaseResult> results) =>
        File.WriteAllText(path, JsonSerializer.Serialize(Build(results), new JsonSerializerOptions { WriteIndented = true }) + "\n");
}
