using System.Xml.Linq;
using Conformance.Harness.Model;
using Conformance.Harness.Report;

namespace Conformance.Harness.Tests.Report;

public sealed class JUnitTests : IDisposable
{
    private readonly string path = Path.Combine(Path.GetTempPath(), "harness-junit-" + Guid.NewGuid().ToString("N"), "junit.xml");

    public void Dispose()
    {
        var directory = Path.GetDirectoryName(path)!;
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void OneSuitePerStageOneCasePerResultWithMatchingCounts()
    {
        var input = SampleReport.Create();
        ReportWriter.WriteJUnit(path, input);
        var root = XDocument.Load(path).Root!;

        Assert.Equal("testsuites", root.Name.LocalName);
        var suites = root.Elements("testsuite").ToList();
        Assert.Equal(SampleReport.StageNames, suites.Select(suite => (string)suite.Attribute("name")!));
        Assert.Equal(input.Results.Count, (int)root.Attribute("tests")!);
        foreach (var suite in suites)
        {
            var stage = (string)suite.Attribute("name")!;
            var results = input.Results.Where(result => result.Stage == stage).ToList();
            var counts = input.Summary.Stages[stage];
            var cases = suite.Elements("testcase").ToList();
            Assert.Equal(results.Count, cases.Count);
            Assert.Equal(counts.Cases, (int)suite.Attribute("tests")!);
            Assert.Equal(counts.Divergent + counts.Crashes + counts.Timeouts + counts.Errors, (int)suite.Attribute("failures")!);
            Assert.Equal(counts.Divergent + counts.Crashes + counts.Timeouts + counts.Errors, cases.Count(testcase => testcase.Element("failure") is not null));
            Assert.Equal(counts.Skipped, (int)suite.Attribute("skipped")!);
            Assert.Equal(counts.Skipped, cases.Count(testcase => testcase.Element("skipped") is not null));
        }
    }

    [Fact]
    public void FailuresCarryTheFirstDifferenceAndWaiversTheirReason()
    {
        var input = SampleReport.Create();
        ReportWriter.WriteJUnit(path, input);
        var cases = XDocument.Load(path).Root!.Descendants("testcase").ToDictionary(testcase => ((string)testcase.Attribute("classname")!, (string)testcase.Attribute("name")!));

        var divergent = input.Results.First(result => result.Stage == "ast" && result.Verdict == "divergent");
        var failure = cases[("ast", divergent.Case)].Element("failure")!;
        Assert.Contains(divergent.FirstDifference!.Where, (string)failure.Attribute("message")!);
        Assert.Contains(divergent.FirstDifference.Oracle, failure.Value);
        Assert.Contains(divergent.FirstDifference.Impl, failure.Value);
        Assert.Equal("divergent", (string)failure.Attribute("type")!);

        var crash = input.Results.Single(result => result.Verdict == "crash");
        Assert.Contains("StackOverflowException", (string)cases[("run", crash.Case)].Element("failure")!.Attribute("message")!);

        foreach (var waived in input.Results.Where(result => result.Verdict == "waived"))
        {
            var testcase = cases[(waived.Stage, waived.Case)];
            Assert.Null(testcase.Element("failure"));
            Assert.Contains("waived: " + waived.Waiver, testcase.Element("system-out")!.Value);
        }
        var skipped = input.Results.First(result => result.Verdict == "skipped");
        Assert.Equal(skipped.Detail, (string)cases[(skipped.Stage, skipped.Case)].Element("skipped")!.Attribute("message")!);
    }

    [Fact]
    public void CharactersXmlForbidsAreSpelledOutNotWrittenRaw()
    {
        var summary = SampleReport.Create().Summary;
        var nasty = new CaseResult("corpus/\u0001odd\ud800.py", "run", "divergent",
            new FirstDifference("stdout\0", "a\0b\u0007\ud83d\ude00", "a\uffffb\udc00", "stdout"), new SideSeconds(0.1, 0.2));
        ReportWriter.WriteJUnit(path, new ReportInput(summary, [nasty], []));

        var testcase = XDocument.Load(path).Root!.Descendants("testcase").Single();
        Assert.Equal("corpus/\\x01odd\\ud800.py", (string)testcase.Attribute("name")!);
        var body = testcase.Element("failure")!.Value;
        Assert.Contains("a\\x00b\\x07\ud83d\ude00", body);
        Assert.Contains("a\\uffffb\\udc00", body);
    }
}
