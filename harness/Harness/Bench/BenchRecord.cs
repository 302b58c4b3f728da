using System.Text.Json;
using System.Text.Json.Serialization;

namespace Conformance.Harness.Bench;

/// <summary>
/// One bench run: one line of reports/history/bench.jsonl. Everything a later reader needs to
/// decide whether two runs are comparable (same oracle, corpus and machine) and to judge them
/// (every repeated sample, not only the summary).
/// </summary>
public sealed record BenchRecord
{
    public string Kind { get; init; } = "bench";
    public int Schema { get; init; } = 1;
    public required DateTimeOffset Time { get; init; }
    public required string Commit { get; init; }
    public bool Dirty { get; init; }
    public required string ProjectVersion { get; init; }
    public required BenchSideInfo Oracle { get; init; }
    public required BenchSideInfo Impl { get; init; }
    public required MachineInfo Machine { get; init; }
    public required CorpusInfo Corpus { get; init; }
    /// <summary>What the samples measure: "wall" seconds, or the stage's thread "cpu" seconds (BenchClock). Older records are wall.</summary>
    public string Clock { get; init; } = BenchClock.Wall;
    public required int Repeat { get; init; }
    public required int Warmup { get; init; }
    /// <summary>The bench's wall time, the wall time inside measured stages (warm-up included, both clocks), and the rest: the harness's own overhead.</summary>
    public required double WallSeconds { get; init; }
    public required double MeasuredSeconds { get; init; }
    public double OverheadSeconds => WallSeconds - MeasuredSeconds;
    public double OverheadShare => WallSeconds <= 0 ? 0 : OverheadSeconds / WallSeconds;
    /// <summary>Keyed by the history's stage names: tokenize, parse, compile, run.</summary>
    public required IReadOnlyDictionary<string, BenchStageRecord> Stages { get; init; }

    /// <summary>The x-axis label of the history charts: the oracle release and the commit (6 digits: HistoryPlots cuts labels past 14 characters).</summary>
    [JsonIgnore]
    public string Label => $"{Oracle.Version} {Commit[..Math.Min(6, Commit.Length)]}{(Dirty ? "+" : "")}";

    public static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // Python's json and jq read these fine; the CPU model and paths stay legible.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public string ToJsonLine() => JsonSerializer.Serialize(this, Json);

    public static BenchRecord? FromJsonLine(string line) => JsonSerializer.Deserialize<BenchRecord>(line, Json);

    /// <summary>Every bench record of a history file, oldest first; lines of other kinds (or broken ones) are skipped with a warning.</summary>
    public static List<BenchRecord> ReadHistory(string path, TextWriter? warnings = null)
    {
        var records = new List<BenchRecord>();
        if (!File.Exists(path)) return records;
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            try
            {
                if (FromJsonLine(line) is { Kind: "bench" } record) records.Add(record);
            }
            catch (JsonException e)
            {
                warnings?.WriteLine($"harness: {path}:{number}: not a bench record ({e.Message})");
            }
        }
        return records;
    }

    public static void Append(string path, BenchRecord record)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        File.AppendAllText(path, record.ToJsonLine() + "\n");
    }
}

public sealed record BenchSideInfo(string Name, string Version, string? Executable, string? Target);

/// <summary>The machine a run measured on; runs are only compared with runs of the same CPU model and core count.</summary>
public sealed record MachineInfo(int Cores, string Os, string Cpu, double[] LoadAverageStart, double[] LoadAverageEnd)
{
    [JsonIgnore]
    public string Fingerprint => $"{Cpu}|{Cores}";
}

/// <summary>What was measured: the inputs, their total size, and a hash of their paths' names and bytes.</summary>
public sealed record CorpusInfo(IReadOnlyList<string> Paths, int Files, long Bytes, string Sha256, string? StdlibSample);

/// <summary>One stage of one run: how many files take it, and both sides' timings.</summary>
public sealed record BenchStageRecord(int Files, BenchTiming Oracle, BenchTiming Impl);

/// <summary>
/// One side's timing of one stage: every repeated sample (seconds summed over the stage's files),
/// the median and the quartiles; or, when the side cannot do the stage, why.
/// </summary>
public sealed record BenchTiming
{
    public required bool Available { get; init; }
    public string? Reason { get; init; }
    public IReadOnlyList<double> Samples { get; init; } = [];
    public double Median { get; init; }
    public double Q1 { get; init; }
    public double Q3 { get; init; }
    public double Iqr => Q3 - Q1;
    /// <summary>Files on which the stage raised (a Python error or an internal one) in the last pass: their time still counts.</summary>
    public int Failures { get; init; }

    public static BenchTiming NotAvailable(string reason) => new() { Available = false, Reason = reason };

    public static BenchTiming From(IReadOnlyList<double> samples, int failures) => new()
    {
        Available = true,
        Samples = samples,
        Median = BenchStatistics.Median(samples),
        Q1 = BenchStatistics.Quantile(samples, 0.25),
        Q3 = BenchStatistics.Quantile(samples, 0.75),
        Failures = failures,
    };
}
