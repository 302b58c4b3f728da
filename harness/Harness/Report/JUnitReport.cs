using System.Globalization;
using System.Text;
using System.Xml;
using Conformance.Harness.Model;

namespace Conformance.Harness.Report;

/// <summary>
/// JUnit XML for CI dashboards: one testsuite per stage, one testcase per case.
/// Divergences, crashes, timeouts and harness errors are failures; waived cases pass and name their waiver;
/// skipped cases are skipped.
/// </summary>
internal static class JUnitReport
{
    private const int ExcerptLimit = DisplayText.DefaultDisplayLimit;

    public static void Write(string path, ReportInput input)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);

        var byStage = input.Results.GroupBy(result => result.Stage).ToDictionary(group => group.Key, group => group.ToList());
        var stages = ReportData.OrderedStages(byStage.Keys);
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) };
        using var xml = XmlWriter.Create(path, settings);
        xml.WriteStartDocument();
        xml.WriteStartElement("testsuites");
        xml.WriteAttributeString("name", "conformance");
        xml.WriteAttributeString("tests", Count(input.Results, _ => true));
        xml.WriteAttributeString("failures", Count(input.Results, ReportData.IsFailure));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Count(input.Results, verdict => verdict == Verdict.Skipped));
        xml.WriteAttributeString("time", Seconds(input.Summary.WallSeconds));
        foreach (var stage in stages) WriteSuite(xml, stage, byStage[stage], input.Summary);
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteSuite(XmlWriter xml, string stage, List<CaseResult> results, Summary summary)
    {
        xml.WriteStartElement("testsuite");
        xml.WriteAttributeString("name", stage);
        xml.WriteAttributeString("tests", Count(results, _ => true));
        xml.WriteAttributeString("failures", Count(results, ReportData.IsFailure));
        xml.WriteAttributeString("errors", "0");
        xml.WriteAttributeString("skipped", Count(results, verdict => verdict == Verdict.Skipped));
        xml.WriteAttributeString("time", Seconds(results.Sum(result => result.Seconds.Impl ?? 0)));

        xml.WriteStartElement("properties");
        Property(xml, "oracle", $"{ReportData.SideLabel(summary.Oracle)} ({summary.Oracle.Executable})");
        Property(xml, "impl", $"{ReportData.SideLabel(summary.Impl)} (target {summary.Impl.Target})");
        Property(xml, "oracle_seconds", Seconds(results.Sum(result => result.Seconds.Oracle ?? 0)));
        if (!string.IsNullOrEmpty(summary.VersionNote) && ReportData.IsStaticStage(stage)) Property(xml, "version_note", summary.VersionNote);
        if (summary.Interrupted) Property(xml, "interrupted", "true");
        xml.WriteEndElement();

        foreach (var result in results) WriteCase(xml, stage, result);
        xml.WriteEndElement();
    }

    private static void WriteCase(XmlWriter xml, string stage, CaseResult result)
    {
        var verdict = ReportData.VerdictOf(result);
        xml.WriteStartElement("testcase");
        xml.WriteAttributeString("classname", stage);
        xml.WriteAttributeString("name", DisplayText.XmlSafe(result.Case));
        // testcase time is the implementation's: that is what is under test; the oracle's is in the suite's properties.
        xml.WriteAttributeString("time", Seconds(result.Seconds.Impl ?? 0));
        if (ReportData.IsFailure(verdict))
        {
            xml.WriteStartElement("failure");
            xml.WriteAttributeString("type", verdict.Name());
            xml.WriteAttributeString("message", DisplayText.XmlSafe(FailureMessage(verdict, result)));
            xml.WriteString(DisplayText.XmlSafe(FailureBody(verdict, result)));
            xml.WriteEndElement();
        }
        else if (verdict == Verdict.Skipped)
        {
            xml.WriteStartElement("skipped");
            xml.WriteAttributeString("message", DisplayText.XmlSafe(DisplayText.OneLine(result.Detail ?? "skipped", 500)));
            xml.WriteEndElement();
        }
        else if (verdict == Verdict.Waived)
        {
            // A waived divergence passes but stays visible (DESIGN.md, honesty rules).
            var body = $"waived: {result.Waiver ?? "(no reason given)"}";
            if (result.FirstDifference is { } difference) body += "\n\n" + DifferenceText(difference);
            xml.WriteElementString("system-out", DisplayText.XmlSafe(body));
        }
        xml.WriteEndElement();
    }

    private static string FailureMessage(Verdict verdict, CaseResult result)
    {
        if (result.FirstDifference is { } difference)
            return $"{verdict.Name()} at {DisplayText.OneLine(difference.Where)}: oracle {DisplayText.OneLine(difference.Oracle, 120)} | impl {DisplayText.OneLine(difference.Impl, 120)}";
        return $"{verdict.Name()}: {DisplayText.OneLine(result.Detail ?? "(no detail)", 300)}";
    }

    private static string FailureBody(Verdict verdict, CaseResult result)
    {
        var body = new StringBuilder();
        body.Append("verdict: ").AppendLine(verdict.Name());
        if (result.Detail is { } detail) body.Append("detail: ").AppendLine(DisplayText.Truncate(detail, ExcerptLimit).Text);
        if (result.FirstDifference is { } difference) body.Append(DifferenceText(difference));
        return body.ToString();
    }

    private static string DifferenceText(FirstDifference difference) =>
        $"where: {difference.Where}\nkind: {difference.Kind}\n--- oracle\n{Excerpt(difference.Oracle)}\n+++ impl\n{Excerpt(difference.Impl)}\n";

    private static string Excerpt(string text)
    {
        var (head, omitted) = DisplayText.Truncate(text, ExcerptLimit);
        return omitted > 0 ? $"{head}\n[... {omitted} more characters in results.jsonl]" : head;
    }

    private static void Property(XmlWriter xml, string name, string value)
    {
        xml.WriteStartElement("property");
        xml.WriteAttributeString("name", name);
        xml.WriteAttributeString("value", DisplayText.XmlSafe(value));
        xml.WriteEndElement();
    }

    private static string Count(IEnumerable<CaseResult> results, Func<Verdict, bool> predicate) =>
        results.Count(result => predicate(ReportData.VerdictOf(result))).ToString(CultureInfo.InvariantCulture);

    private static string Seconds(double seconds) => seconds.ToString("0.######", CultureInfo.InvariantCulture);
}
