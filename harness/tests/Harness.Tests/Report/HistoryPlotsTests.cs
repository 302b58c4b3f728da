using System.Xml.Linq;
using Conformance.Harness.Report;

namespace Conformance.Harness.Tests.Report;

public sealed class HistoryPlotsTests : IDisposable
{
    private readonly string outDir = Path.Combine(Path.GetTempPath(), "harness-history-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
    }

    /// <summary>Releases getting faster on the impl side; the dis stage only exists from the third release on.</summary>
    public static IReadOnlyList<HistoryRun> SampleRuns(int count = 8) =>
        Enumerable.Range(0, count).Select(i =>
        {
            var stages = new Dictionary<string, HistoryStage>
            {
                ["tokens"] = new(new HistorySeconds(6.8, 6.5, 7.1), new HistorySeconds(2.0 / (i + 1), 1.8 / (i + 1), 2.3 / (i + 1))),
                ["ast"] = new(new HistorySeconds(9.1, 8.8, 9.6), new HistorySeconds(3.0 * Math.Pow(0.9, i), 2.8 * Math.Pow(0.9, i), 3.3 * Math.Pow(0.9, i))),
                ["run"] = new(new HistorySeconds(30, 29, 32), new HistorySeconds(120 * Math.Pow(0.85, i), 110 * Math.Pow(0.85, i), 131 * Math.Pow(0.85, i))),
            };
            if (i >= 2) stages["dis"] = new(new HistorySeconds(4.0, 3.9, 4.2), new HistorySeconds(0.9, 0.85, 0.97));
            return new HistoryRun($"0.{i + 1}.0", stages);
        }).ToList();

    [Fact]
    public void WritesARatioChartAndOneChartPerStageWithThePage()
    {
        var written = HistoryPlots.Write(outDir, SampleRuns());

        Assert.Contains(Path.Combine(outDir, "history.html"), written);
        foreach (var name in new[] { "history-ratio", "history-tokens", "history-ast", "history-dis", "history-run" })
        {
            var png = Path.Combine(outDir, "plots", name + ".png");
            Assert.Contains(png, written);
            Assert.True(new FileInfo(png).Length > 1000, png);
            Assert.Equal("svg", XDocument.Load(Path.Combine(outDir, "plots", name + ".svg")).Root!.Name.LocalName);
        }
        var html = File.ReadAllText(Path.Combine(outDir, "history.html"));
        Assert.Contains("0.1.0 → 0.8.0", html);
        Assert.DoesNotContain("could not be drawn", html);
    }

    [Fact]
    public void NoRunsStillWritesAPage()
    {
        var written = HistoryPlots.Write(outDir, []);
        Assert.Equal(3, written.Count); // the page and the (empty) ratio chart as PNG and SVG
        Assert.Contains("No bench run recorded yet", File.ReadAllText(Path.Combine(outDir, "history.html")));
    }

    [Fact]
    public void ASideMissingFromSomeRunsIsLeftOutNotFailed()
    {
        var runs = SampleRuns(3).Select(run => run with
        {
            Stages = run.Stages.ToDictionary(pair => pair.Key, pair => pair.Key == "run" ? pair.Value with { Impl = null } : pair.Value),
        }).ToList();
        HistoryPlots.Write(outDir, runs);
        Assert.DoesNotContain("could not be drawn", File.ReadAllText(Path.Combine(outDir, "history.html")));
        Assert.True(File.Exists(Path.Combine(outDir, "plots", "history-run.png")));
    }
}
