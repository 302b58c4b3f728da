using System.Text.RegularExpressions;
using System.Xml.Linq;
using Conformance.Harness.Model;
using Conformance.Harness.Report;

namespace Conformance.Harness.Tests.Report;

public sealed class ReportWriterTests : IDisposable
{
    private readonly string outDir = Path.Combine(Path.GetTempPath(), "harness-report-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(outDir)) Directory.Delete(outDir, recursive: true);
    }

    /// <summary>The page's text as a reader sees it: tags dropped (highlighting splits excerpts into spans), entities decoded.</summary>
    private static string VisibleText(string html) => System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]*>", ""));

    private static bool IsFailure(CaseResult result) => result.Verdict is "divergent" or "crash" or "timeout" or "error";

    [Fact]
    public void IndexListsEveryDivergenceWithBothExcerptsAndEveryWaiverReason()
    {
        var input = SampleReport.Create();
        var written = ReportWriter.Write(outDir, input);
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));

        Assert.Contains(Path.Combine(outDir, "index.html"), written);
        foreach (var failure in input.Results.Where(IsFailure))
            Assert.Contains(failure.Case, html);
        foreach (var waived in input.Results.Where(result => result.Verdict == "waived"))
        {
            Assert.Contains(waived.Case, html);
            Assert.Contains(waived.Waiver!, html);
        }
        foreach (var exclusion in input.Exclusions) Assert.Contains(exclusion.Reason, html);
        Assert.Contains("body[0].value.func.id", html);
        Assert.Contains("end_col_offset=6)", VisibleText(html));
        Assert.Contains("no answer within 10 s", html);
    }

    [Fact]
    public void IndexIsSelfContainedAndEscapesExcerpts()
    {
        ReportWriter.Write(outDir, SampleReport.Create());
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));

        Assert.DoesNotContain("<script>alert(1)</script>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotMatch(new Regex("src=\"(?!data:)"), html);
        Assert.Contains("src=\"data:image/svg+xml;base64,", html);
        // Invisible characters that make a difference are spelled out, never written raw.
        Assert.DoesNotContain("\0", html);
        Assert.DoesNotContain("\u001b", html);
        Assert.Contains("<span class=\"ctl\">\\x00</span>", html);
        Assert.Contains("<span class=\"ctl\">\\r</span>", html);
        Assert.Contains("<span class=\"ctl\">\\ud800</span>", html);
        Assert.Contains("\ud83d\ude00", html);
        // The 9,000-character line is cut for display, and the page says so.
        Assert.DoesNotContain(new string('x', 2500), html);
        Assert.Contains("more characters not shown", html);
        // Its difference (at character 4,000) is past that limit: the excerpt shown starts shortly before it.
        Assert.Contains("3,700 identical characters before this point not shown", html);
        Assert.Contains("<mark>y", html);
    }

    [Fact]
    public void IndexCapsTheDivergencesListedPerStageAndCountsTheRest()
    {
        var input = SampleReport.Create(divergentPerStage: HtmlReport.MaxDivergencesPerStage + 37, identicalPerStage: 2);
        ReportWriter.Write(outDir, input);
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));

        var listed = Regex.Matches(html, "corpus/regressions/ast_divergent_\\d{4}\\.py").Count;
        Assert.Equal(HtmlReport.MaxDivergencesPerStage, listed);
        Assert.Contains("and 37 more in this stage", html);
        // Crashes and timeouts are listed ahead of plain divergences, so the cap never hides them.
        Assert.Contains("corpus/vm/deep_recursion.py", html);
        Assert.Contains("corpus/loops/forever.py", html);
    }

    [Fact]
    public void IndexShowsTheVersionNoteNextToStaticStagesAndTheInterruptedBanner()
    {
        ReportWriter.Write(outDir, SampleReport.Create(versionNote: true, interrupted: true));
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));

        Assert.Contains("targets 3.12", html);
        Assert.Contains("Interrupted.", html);
        var summaryTable = html[html.IndexOf("<table class=\"summary\">", StringComparison.Ordinal)..];
        summaryTable = summaryTable[..summaryTable.IndexOf("</table>", StringComparison.Ordinal)];
        var rows = Regex.Matches(summaryTable, "<tr><th class=\"left\">(\\w+)(.*?)</tr>").ToDictionary(match => match.Groups[1].Value, match => match.Groups[2].Value);
        foreach (var stage in new[] { "tokens", "ast", "dis" }) Assert.Contains("differs by design", rows[stage]);
        Assert.DoesNotContain("differs by design", rows["run"]);
    }

    [Fact]
    public void IndexWithoutNoteOrInterruptionHasNeitherBanner()
    {
        ReportWriter.Write(outDir, SampleReport.Create());
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        Assert.DoesNotContain("differs by design", html);
        Assert.DoesNotContain("Interrupted.", html);
    }

    [Fact]
    public void FeatureTableCountsIdenticalOutOfTotalPerStage()
    {
        var input = SampleReport.Create();
        ReportWriter.Write(outDir, input);
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        var features = html[html.IndexOf("<section id=\"features\">", StringComparison.Ordinal)..];

        var ofMatchInAst = input.Results.Where(result => result.Stage == "ast" && result.Features!?.Contains("match") == true).ToList();
        var expected = $"{ofMatchInAst.Count(result => result.Verdict == "identical")}/{ofMatchInAst.Count}";
        var row = Regex.Match(features, "<tr><th class=\"left\">match</th>(.*?)</tr>").Groups[1].Value;
        var cells = Regex.Matches(row, ">(\\d+/\\d+)<").Select(match => match.Groups[1].Value).ToList();
        Assert.Equal(expected, cells[Array.IndexOf(SampleReport.StageNames, "ast")]);
    }

    [Fact]
    public void ExclusionsOfAnUnknownKindAreListedAsDebt()
    {
        var input = SampleReport.Create() with { Exclusions = [new("corpus/x.py", "run", "reason of unclear kind", "someday")] };
        ReportWriter.Write(outDir, input);
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        var exclusions = html[html.IndexOf("<section id=\"exclusions\">", StringComparison.Ordinal)..];
        var debt = exclusions[..exclusions.IndexOf("tag-permanent", StringComparison.Ordinal)];
        Assert.Contains("reason of unclear kind", debt);
    }

    [Fact]
    public void PlotsAreWrittenAsPngAndSvg()
    {
        var written = ReportWriter.Write(outDir, SampleReport.Create());
        foreach (var name in new[] { "stage-seconds", "case-seconds", "pass-rate" })
        {
            var png = Path.Combine(outDir, "plots", name + ".png");
            var svg = Path.Combine(outDir, "plots", name + ".svg");
            Assert.Contains(png, written);
            Assert.Contains(svg, written);
            var pngBytes = File.ReadAllBytes(png);
            Assert.True(pngBytes.Length > 1000, $"{png} is {pngBytes.Length} bytes");
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, pngBytes[..4]);
            Assert.Equal("svg", XDocument.Load(svg).Root!.Name.LocalName);
        }
        Assert.All(written, file => Assert.True(File.Exists(file), file));
    }

    [Fact]
    public void EmptyRunStillWritesAPageAndCharts()
    {
        var summary = new Summary { Oracle = new SideInfo { Name = "cpython", Version = "3.11.7" }, Impl = new SideInfo { Name = "reference", Version = "0.1.0" } };
        var written = ReportWriter.Write(outDir, new ReportInput(summary, [], []));
        var html = File.ReadAllText(Path.Combine(outDir, "index.html"));
        Assert.Contains("No divergence", html);
        Assert.Equal(7, written.Count);
    }
}
