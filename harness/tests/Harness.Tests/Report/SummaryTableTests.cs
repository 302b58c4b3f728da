using Conformance.Harness.Report;

namespace Conformance.Harness.Tests.Report;

public sealed class SummaryTableTests
{
    private static readonly string[] CountColumns = ["cases", "identical", "divergent", "waived", "errors", "timeouts", "crashes", "skipped"];

    /// <summary>The table's rows by their first cell, as column name to cell text.</summary>
    private static Dictionary<string, Dictionary<string, string>> Parse(string table)
    {
        var lines = table.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.TrimEnd('\r')).ToList();
        var header = lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var rows = new Dictionary<string, Dictionary<string, string>>();
        // Data lines have the header's cell count once the stage's "*" marker is dropped; notes and rules do not.
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Replace(" *", "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (cells.Length != header.Length - 2 || line.StartsWith('-')) continue; // "oracle s" and "impl s" are two words in the header
            var row = new Dictionary<string, string>();
            string[] names = ["stage", .. CountColumns, "pass", "oracle", "impl", "ratio"];
            for (var i = 0; i < names.Length; i++) row[names[i]] = cells[i];
            rows[cells[0]] = row;
        }
        return rows;
    }

    [Fact]
    public void EveryStageRowAddsUpToItsCasesAndTheTotalRowToTheSumOfStages()
    {
        var summary = SampleReport.Create().Summary;
        var rows = Parse(ReportWriter.SummaryTable(summary));

        Assert.Equal([.. SampleReport.StageNames, "total"], rows.Keys);
        foreach (var (name, row) in rows)
        {
            var buckets = CountColumns.Skip(1).Sum(column => int.Parse(row[column]));
            Assert.Equal(int.Parse(row["cases"]), buckets);
            if (name != "total") Assert.Equal(summary.Stages[name].Cases, int.Parse(row["cases"]));
        }
        foreach (var column in CountColumns)
            Assert.Equal(int.Parse(rows["total"][column]), SampleReport.StageNames.Sum(stage => int.Parse(rows[stage][column])));
    }

    [Fact]
    public void PassRateRoundsDownSoASingleFailureNeverReads100Percent()
    {
        var summary = SampleReport.Create(divergentPerStage: 0, identicalPerStage: 4000).Summary;
        var rows = Parse(ReportWriter.SummaryTable(summary));
        // run: a timeout and a crash among 4,003 compared cases is 99.95%, which ordinary rounding would show as 100.0%.
        Assert.Equal("99.9%", rows["run"]["pass"]);
        Assert.Equal("100.0%", rows["ast"]["pass"]);
    }

    [Fact]
    public void SecondsAndRatioComeFromTheSummary()
    {
        var summary = SampleReport.Create().Summary;
        summary.Stages["dis"].Seconds = new(2.0, 0.5);
        var rows = Parse(ReportWriter.SummaryTable(summary));
        Assert.Equal("2.00", rows["dis"]["oracle"]);
        Assert.Equal("0.500", rows["dis"]["impl"]);
        Assert.Equal("0.25x", rows["dis"]["ratio"]);
    }

    [Fact]
    public void MarksStaticStagesWhenVersionsDifferAndSaysWhenInterrupted()
    {
        var table = ReportWriter.SummaryTable(SampleReport.Create(versionNote: true, interrupted: true).Summary);
        Assert.Contains("tokens *", table);
        Assert.DoesNotContain("run *", table);
        Assert.Contains("* static stage: the oracle is CPython 3.11.7", table);
        Assert.Contains("INTERRUPTED", table);
        Assert.All(table, c => Assert.True(c < 128, $"non-ASCII character U+{(int)c:X4} in the console table"));
    }
}
