using System.Globalization;
using System.Text;
using Conformance.Harness.Model;

namespace Conformance.Harness.Report;

/// <summary>
/// index.html: one self-contained page (inline CSS, charts as data: URIs) that opens from disk,
/// stays usable with tens of thousands of divergences (collapsed per stage, capped), and never
/// hides a waiver.
/// </summary>
internal sealed class HtmlReport
{
    /// <summary>Divergences listed per stage; the rest are counted (everything is in results.jsonl).</summary>
    public const int MaxDivergencesPerStage = 500;
    /// <summary>Waived rows listed; the per-reason counts above them are always complete.</summary>
    public const int MaxWaivedRows = 1000;
    /// <summary>Divergences shown expanded at the top of each stage; the others open on click.</summary>
    private const int ExpandedPerStage = 12;

    private readonly ReportInput input;
    private readonly IReadOnlyList<RenderedPlot> plots;
    private readonly IReadOnlyList<FailedPlot> failedPlots;
    private readonly bool plotsLackText;
    private readonly StringBuilder html = new();

    private HtmlReport(ReportInput input, IReadOnlyList<RenderedPlot> plots, IReadOnlyList<FailedPlot> failedPlots, bool plotsLackText)
    {
        this.input = input;
        this.plots = plots;
        this.failedPlots = failedPlots;
        this.plotsLackText = plotsLackText;
    }

    private Summary Summary => input.Summary;
    private bool VersionsDiffer => !string.IsNullOrEmpty(Summary.VersionNote);

    public static string Render(ReportInput input, IReadOnlyList<RenderedPlot> plots, IReadOnlyList<FailedPlot> failedPlots, bool plotsLackText)
    {
        var report = new HtmlReport(input, plots, failedPlots, plotsLackText);
        report.Page();
        return report.html.ToString();
    }

    private void Page()
    {
        var failures = input.Results.Where(result => ReportData.IsFailure(ReportData.VerdictOf(result))).ToList();
        var waived = input.Results.Where(result => ReportData.VerdictOf(result) == Verdict.Waived).ToList();
        var hasFeatures = input.Results.Any(result => result.Features is { Count: > 0 });

        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>Conformance: ").Append(Text(ReportData.SideLabel(Summary.Impl))).Append(" vs ")
            .Append(Text(ReportData.SideLabel(Summary.Oracle))).Append("</title>\n<style>").Append(Css).Append("</style>\n</head>\n<body>\n");
        Header(failures.Count);
        html.Append("<main>\n");
        Banners();
        Navigation(failures.Count, waived.Count, hasFeatures);
        SummarySection();
        PlotsSection();
        DivergencesSection(failures);
        WaivedSection(waived);
        ExclusionsSection();
        if (hasFeatures) FeaturesSection();
        html.Append("<footer>Every case and stage, with both sides' full excerpts: <a href=\"results.jsonl\">results.jsonl</a>; ")
            .Append("counts: <a href=\"summary.json\">summary.json</a>. Generated ")
            .Append(DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)).Append(".</footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
    }

    private void Header(int failureCount)
    {
        var total = ReportData.Total(Summary.Stages.Values);
        var status = failureCount == 0 ? ("no unexpected divergence", "status-ok")
            : ($"{failureCount:N0} unexpected divergence{(failureCount == 1 ? "" : "s")}", "status-bad");
        html.Append("<header class=\"top\">\n<div class=\"title-row\"><h1>Conformance report</h1>")
            .Append("<span class=\"status ").Append(status.Item2).Append("\">").Append(Text(status.Item1)).Append("</span>")
            .Append(Summary.Interrupted ? "<span class=\"status status-warn\">interrupted: partial counts</span>" : "").Append("</div>\n")
            .Append("<div class=\"sides\">\n");
        SideCard("oracle", Summary.Oracle, "executable", Summary.Oracle.Executable);
        html.Append("<div class=\"vs\">vs</div>\n");
        SideCard("impl", Summary.Impl, "target", Summary.Impl.Target is { } target ? "Python " + target : null);
        html.Append("<div class=\"run-facts\">")
            .Append(Fact("wall time", $"{Summary.WallSeconds:0.0} s"))
            .Append(Fact("case × stage results", total.Cases.ToString("N0", CultureInfo.InvariantCulture)))
            .Append(Fact("stages", Summary.Stages.Count.ToString(CultureInfo.InvariantCulture)))
            .Append("</div>\n</div>\n</header>\n");
    }

    private void SideCard(string role, SideInfo side, string extraLabel, string? extra)
    {
        html.Append("<div class=\"side-card ").Append(role).Append("\"><div class=\"role\">").Append(role).Append("</div>")
            .Append("<div class=\"side-name\">").Append(Text(side.Name)).Append(" <span class=\"version\">")
            .Append(Text(side.Version)).Append("</span></div>");
        if (!string.IsNullOrEmpty(extra))
            html.Append("<div class=\"side-extra\"><span class=\"muted\">").Append(extraLabel).Append("</span> <code>").Append(Text(extra)).Append("</code></div>");
        html.Append("</div>\n");
    }

    private static string Fact(string label, string value) =>
        $"<div class=\"fact\"><div class=\"fact-value\">{Text(value)}</div><div class=\"fact-label\">{Text(label)}</div></div>";

    private void Banners()
    {
        if (Summary.Interrupted)
            html.Append("<div class=\"banner banner-warn\"><strong>Interrupted.</strong> The run was stopped before every case was compared: ")
                .Append("the counts below are partial.</div>\n");
        if (VersionsDiffer)
            html.Append("<div class=\"banner banner-info\"><strong>The sides target different Python versions.</strong> ")
                .Append(Text(Sentence(Summary.VersionNote!)))
                .Append(" The static stages (tokens, ast, dis) differ by design; they are marked in the table below.</div>\n");
        if (!string.IsNullOrEmpty(Summary.RunNote))
            html.Append("<div class=\"banner banner-info\"><strong>CPython's compiler.</strong> ").Append(Text(Sentence(Summary.RunNote!))).Append("</div>\n");
    }

    private void Navigation(int failureCount, int waivedCount, bool hasFeatures)
    {
        html.Append("<nav>")
            .Append("<a href=\"#summary\">Summary</a><a href=\"#plots\">Charts</a>")
            .Append($"<a href=\"#divergences\">Divergences <span class=\"count\">{failureCount:N0}</span></a>")
            .Append($"<a href=\"#waived\">Waived <span class=\"count\">{waivedCount:N0}</span></a>")
            .Append($"<a href=\"#exclusions\">Exclusions <span class=\"count\">{input.Exclusions.Count:N0}</span></a>");
        if (hasFeatures) html.Append("<a href=\"#features\">Features</a>");
        html.Append("</nav>\n");
    }

    private void SummarySection()
    {
        html.Append("<section id=\"summary\"><h2>Summary</h2>\n<div class=\"scroll\"><table class=\"summary\">\n<thead><tr>")
            .Append("<th class=\"left\">stage</th><th>cases</th><th>identical</th><th>divergent</th><th>waived</th><th>errors</th>")
            .Append("<th>timeouts</th><th>crashes</th><th>skipped</th><th class=\"left\">pass rate</th><th>oracle s</th><th>impl s</th>")
            .Append("<th title=\"impl seconds / oracle seconds: above 1 the implementation is slower\">impl/oracle</th></tr></thead>\n<tbody>\n");
        var stages = ReportData.OrderedStages(Summary.Stages.Keys);
        foreach (var stage in stages) SummaryRow(stage, Summary.Stages[stage], isTotal: false);
        html.Append("</tbody>\n");
        if (stages.Count > 1)
        {
            html.Append("<tfoot>\n");
            SummaryRow("total", ReportData.Total(Summary.Stages.Values), isTotal: true);
            html.Append("</tfoot>\n");
        }
        html.Append("</table></div>\n");
        if (stages.Count == 0) html.Append("<p class=\"muted\">No stage was run.</p>\n");
        html.Append("<p class=\"note\">Pass rate: identical or waived cases as a share of the cases compared (skipped cases excluded), rounded down. ")
            .Append("Seconds are measured inside each implementation, per stage.</p>\n</section>\n");
    }

    private void SummaryRow(string stage, StageSummary counts, bool isTotal)
    {
        html.Append("<tr><th class=\"left\">").Append(Text(stage));
        if (!isTotal && VersionsDiffer && ReportData.IsStaticStage(stage))
            html.Append(" <span class=\"tag tag-info\" title=\"").Append(DisplayText.Attribute(Summary.VersionNote!))
                .Append("\">differs by design</span>");
        html.Append("</th>")
            .Append(CountCell(counts.Cases, null)).Append(CountCell(counts.Identical, "good")).Append(CountCell(counts.Divergent, "bad"))
            .Append(CountCell(counts.Waived, "waived")).Append(CountCell(counts.Errors, "bad")).Append(CountCell(counts.Timeouts, "bad"))
            .Append(CountCell(counts.Crashes, "bad")).Append(CountCell(counts.Skipped, "muted"));
        var compared = counts.Cases - counts.Skipped;
        var percent = compared == 0 ? 0 : counts.PassRate * 100;
        var rateClass = compared == 0 ? "rate-none" : percent >= 99.95 ? "rate-good" : percent >= 90 ? "rate-warn" : "rate-bad";
        html.Append("<td class=\"left rate-cell\"><div class=\"rate ").Append(rateClass).Append("\"><span style=\"width:")
            .Append(percent.ToString("0.##", CultureInfo.InvariantCulture)).Append("%\"></span></div><span class=\"rate-text\">")
            .Append(ReportData.FormatPassRate(counts)).Append("</span></td>")
            .Append("<td>").Append(ReportData.FormatSeconds(counts.Seconds.Oracle)).Append("</td>")
            .Append("<td>").Append(ReportData.FormatSeconds(counts.Seconds.Impl)).Append("</td>")
            .Append("<td>").Append(ReportData.FormatRatio(counts.Seconds)).Append("</td></tr>\n");
    }

    private static string CountCell(int count, string? tone) =>
        count == 0 && tone is not null ? "<td class=\"zero\">0</td>"
        : tone is null or "muted" ? $"<td>{count:N0}</td>"
        : $"<td class=\"{tone}\">{count:N0}</td>";

    private void PlotsSection()
    {
        html.Append("<section id=\"plots\"><h2>Charts</h2>\n");
        if (plotsLackText)
            html.Append("<p class=\"banner banner-warn small\">No font was installed on the machine that wrote this report, so the charts have no text ")
                .Append("(no titles, tick labels or values); the tables carry every number. Install one, e.g. <code>apt-get install fonts-dejavu-core</code>.</p>\n");
        html.Append("<div class=\"plots\">\n");
        foreach (var plot in plots)
        {
            var svg = Convert.ToBase64String(Encoding.UTF8.GetBytes(plot.Svg));
            html.Append("<figure><figcaption><strong>").Append(Text(plot.Title)).Append("</strong> <span class=\"files\">")
                .Append("<a href=\"plots/").Append(plot.Name).Append(".png\">png</a> · <a href=\"plots/").Append(plot.Name).Append(".svg\">svg</a></span></figcaption>")
                .Append("<img alt=\"").Append(DisplayText.Attribute(plot.Title)).Append("\" width=\"").Append(ReportPlots.Width)
                .Append("\" height=\"").Append(ReportPlots.Height).Append("\" src=\"data:image/svg+xml;base64,").Append(svg).Append("\">")
                .Append("<p class=\"note\">").Append(Text(plot.Caption)).Append("</p></figure>\n");
        }
        foreach (var failed in failedPlots)
            html.Append("<figure class=\"failed\"><figcaption><strong>").Append(Text(failed.Title)).Append("</strong></figcaption>")
                .Append("<p>This chart could not be drawn: <code>").Append(Text(failed.Error)).Append("</code></p></figure>\n");
        html.Append("</div>\n</section>\n");
    }

    private void DivergencesSection(List<CaseResult> failures)
    {
        html.Append("<section id=\"divergences\"><h2>Divergences <span class=\"count\">").Append(failures.Count.ToString("N0", CultureInfo.InvariantCulture))
            .Append("</span></h2>\n");
        if (failures.Count == 0)
        {
            html.Append("<p class=\"empty\">No divergence, crash, timeout or harness error.</p>\n</section>\n");
            return;
        }
        html.Append("<p class=\"note\">Divergent, crashed, timed-out and errored cases, grouped by stage; crashes first. ")
            .Append("Up to ").Append(MaxDivergencesPerStage).Append(" cases per stage are listed; excerpts longer than ")
            .Append(DisplayText.DefaultDisplayLimit.ToString("N0", CultureInfo.InvariantCulture))
            .Append(" characters are cut. Invisible characters are spelled out (<span class=\"ctl\">\\r</span>, <span class=\"ctl\">\\x00</span>, ...); ")
            .Append("the highlighted line is where the excerpts start to differ.</p>\n");

        var byStage = failures.GroupBy(result => result.Stage).ToDictionary(group => group.Key, group => group.ToList());
        foreach (var stage in ReportData.OrderedStages(byStage.Keys))
        {
            var cases = byStage[stage]
                .OrderBy(result => ReportData.FailureRank(ReportData.VerdictOf(result)))
                .ThenBy(result => result.Case, StringComparer.Ordinal)
                .ToList();
            var verdictCounts = cases.GroupBy(result => ReportData.VerdictOf(result)).OrderBy(group => ReportData.FailureRank(group.Key))
                .Select(group => $"<span class=\"badge {group.Key.Name()}\">{group.Count():N0} {group.Key.Name()}</span>");
            html.Append("<details class=\"stage\" open><summary><span class=\"stage-name\">").Append(Text(stage)).Append("</span> ")
                .Append(string.Join(" ", verdictCounts)).Append("</summary>\n<div class=\"stage-body\">\n");
            if (VersionsDiffer && ReportData.IsStaticStage(stage))
                html.Append("<p class=\"banner banner-info small\">Static stage: ").Append(Text(Summary.VersionNote!)).Append("</p>\n");
            KindBreakdown(cases);
            for (var i = 0; i < Math.Min(cases.Count, MaxDivergencesPerStage); i++) DivergenceEntry(cases[i], expanded: i < ExpandedPerStage);
            if (cases.Count > MaxDivergencesPerStage)
                html.Append("<p class=\"more\">… and ").Append((cases.Count - MaxDivergencesPerStage).ToString("N0", CultureInfo.InvariantCulture))
                    .Append(" more in this stage, not listed here: see <a href=\"results.jsonl\">results.jsonl</a>.</p>\n");
            html.Append("</div></details>\n");
        }
        html.Append("</section>\n");
    }

    /// <summary>With hundreds of divergences in a stage, the kinds of difference say more than the list.</summary>
    private void KindBreakdown(List<CaseResult> cases)
    {
        var kinds = cases.Where(result => result.FirstDifference is not null)
            .GroupBy(result => result.FirstDifference!.Kind)
            .OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal)
            .ToList();
        if (kinds.Count < 2 && cases.Count < 20) return;
        html.Append("<p class=\"kinds\"><span class=\"muted\">by kind of difference:</span> ");
        foreach (var kind in kinds.Take(12))
            html.Append("<span class=\"kind\">").Append(Text(kind.Key)).Append(" <b>").Append(kind.Count().ToString("N0", CultureInfo.InvariantCulture)).Append("</b></span> ");
        if (kinds.Count > 12) html.Append("<span class=\"muted\">and ").Append(kinds.Count - 12).Append(" more kinds</span>");
        html.Append("</p>\n");
    }

    private void DivergenceEntry(CaseResult result, bool expanded)
    {
        var verdict = ReportData.VerdictOf(result);
        html.Append(expanded ? "<details class=\"case\" open>" : "<details class=\"case\">")
            .Append("<summary><span class=\"badge ").Append(verdict.Name()).Append("\">").Append(verdict.Name()).Append("</span> ")
            .Append("<code class=\"path\">").Append(Text(result.Case)).Append("</code>");
        if (result.FirstDifference is { } difference)
        {
            html.Append(" <span class=\"where\">at ").Append(Text(DisplayText.OneLine(difference.Where, 200))).Append("</span>");
            if (!string.IsNullOrEmpty(difference.Kind)) html.Append(" <span class=\"kind\">").Append(Text(difference.Kind)).Append("</span>");
        }
        html.Append(SecondsNote(result.Seconds)).Append("</summary>\n");
        if (result.FirstDifference is { } diff)
        {
            html.Append("<div class=\"diff\">");
            Excerpt("oracle", ReportData.SideLabel(Summary.Oracle), diff.Oracle, diff.Impl);
            Excerpt("impl", ReportData.SideLabel(Summary.Impl), diff.Impl, diff.Oracle);
            html.Append("</div>\n");
            if (diff.Where.Length > 200 || diff.Where.Contains('\n'))
                html.Append("<p class=\"where-full\"><span class=\"muted\">where</span> ").Append(Text(DisplayText.Truncate(diff.Where, 1000).Text)).Append("</p>\n");
        }
        if (!string.IsNullOrEmpty(result.Detail))
        {
            var (detail, omitted) = DisplayText.Truncate(result.Detail);
            html.Append("<pre class=\"detail\">").Append(DisplayText.Html(detail)).Append("</pre>");
            if (omitted > 0) html.Append(TruncationNote(omitted));
        }
        else if (result.FirstDifference is null)
            html.Append("<p class=\"muted\">No difference or detail was recorded for this case.</p>");
        html.Append("</details>\n");
    }

    private static string SecondsNote(SideSeconds seconds) =>
        seconds.Oracle is null && seconds.Impl is null ? ""
        : $" <span class=\"secs\" title=\"seconds in this stage: oracle / impl\">{ReportData.FormatDuration(seconds.Oracle)} / {ReportData.FormatDuration(seconds.Impl)}</span>";

    /// <summary>
    /// One side's excerpt, with the line where it first departs from the other side's highlighted.
    /// When that point lies beyond the display limit, the excerpt shown starts shortly before it.
    /// </summary>
    private void Excerpt(string role, string label, string text, string other)
    {
        var split = text == other ? text.Length : CommonPrefixLength(text, other);
        var windowStart = split > DisplayText.DefaultDisplayLimit - ContextBeforeDifference ? SafeIndex(text, split - ContextBeforeDifference) : 0;
        var (shown, omitted) = DisplayText.Truncate(text[windowStart..]);
        split -= windowStart;

        html.Append("<div class=\"side ").Append(role).Append("\"><div class=\"side-h\">").Append(role).Append(" <span class=\"muted\">")
            .Append(Text(label)).Append("</span></div>");
        if (windowStart > 0)
            html.Append("<p class=\"truncated\">… ").Append(windowStart.ToString("N0", CultureInfo.InvariantCulture))
                .Append(" identical characters before this point not shown</p>");
        html.Append("<pre>");
        if (split >= shown.Length)
            html.Append(DisplayText.Html(shown));
        else
        {
            // Tint the differing line, but only near the difference: lines can be thousands of characters long.
            var lineStart = split == 0 ? 0 : shown.LastIndexOf('\n', split - 1) + 1;
            var lineEnd = shown.IndexOf('\n', split);
            if (lineEnd < 0) lineEnd = shown.Length;
            var tintStart = SafeIndex(shown, Math.Max(lineStart, split - HighlightReach));
            var tintEnd = SafeIndex(shown, Math.Min(lineEnd, split + HighlightReach));
            var markEnd = SafeIndex(shown, Math.Min(tintEnd, split + MarkReach));
            if (markEnd == split && split < tintEnd) markEnd = Math.Min(tintEnd, split + 2);
            html.Append(DisplayText.Html(shown[..tintStart]))
                .Append("<span class=\"hl\">").Append(DisplayText.Html(shown[tintStart..split]))
                .Append("<mark>").Append(DisplayText.Html(shown[split..markEnd])).Append("</mark>")
                .Append(DisplayText.Html(shown[markEnd..tintEnd])).Append("</span>")
                .Append(DisplayText.Html(shown[tintEnd..]));
        }
        if (text.Length == 0) html.Append("<span class=\"muted\">(empty)</span>");
        html.Append("</pre>");
        if (omitted > 0) html.Append(TruncationNote(omitted));
        html.Append("</div>");
    }

    /// <summary>How far around the first difference its line is tinted, and how much of it is marked strongly.</summary>
    private const int HighlightReach = 120;
    private const int MarkReach = 24;

    /// <summary>Characters of common text kept before a difference that lies beyond the display limit.</summary>
    private const int ContextBeforeDifference = 300;

    /// <summary>The index, moved back if it would start the text in the middle of a surrogate pair.</summary>
    private static int SafeIndex(string text, int index) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index - 1 : index;

    private static int CommonPrefixLength(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        var i = 0;
        while (i < length && a[i] == b[i]) i++;
        // Never split a surrogate pair: back up to its first half.
        if (i > 0 && i < a.Length && char.IsLowSurrogate(a[i]) && char.IsHighSurrogate(a[i - 1])) i--;
        return i;
    }

    private static string TruncationNote(int omitted) =>
        $"<p class=\"truncated\">… {omitted:N0} more characters not shown (full text in results.jsonl)</p>";

    private void WaivedSection(List<CaseResult> waived)
    {
        html.Append("<section id=\"waived\"><h2>Waived divergences <span class=\"count\">").Append(waived.Count.ToString("N0", CultureInfo.InvariantCulture))
            .Append("</span></h2>\n");
        if (waived.Count == 0)
        {
            html.Append("<p class=\"empty\">No divergence was waived.</p>\n</section>\n");
            return;
        }
        html.Append("<p class=\"note\">These cases differ from the oracle and pass only because a waiver covers them. Each waiver's reason:</p>\n")
            .Append("<h3>By reason</h3>\n<table class=\"list\"><thead><tr><th class=\"left\">reason</th><th class=\"left\">stages</th><th>cases</th></tr></thead><tbody>\n");
        foreach (var reason in waived.GroupBy(result => result.Waiver ?? "(no reason given)").OrderByDescending(group => group.Count()).ThenBy(group => group.Key, StringComparer.Ordinal))
        {
            var stages = ReportData.OrderedStages(reason.Select(result => result.Stage));
            html.Append("<tr><td class=\"left reason\">").Append(Text(reason.Key)).Append("</td><td class=\"left\">")
                .Append(Text(string.Join(", ", stages))).Append("</td><td>").Append(reason.Count().ToString("N0", CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n")
            .Append("<h3>Cases</h3>\n<table class=\"list\"><thead><tr><th class=\"left\">case</th><th class=\"left\">stage</th><th class=\"left\">first difference</th><th class=\"left\">waiver</th></tr></thead><tbody>\n");
        var ordered = waived.OrderBy(result => ReportData.TryParseStage(result.Stage) is { } stage ? (int)stage : int.MaxValue)
            .ThenBy(result => result.Case, StringComparer.Ordinal).ToList();
        foreach (var result in ordered.Take(MaxWaivedRows))
            html.Append("<tr><td class=\"left\"><code class=\"path\">").Append(Text(result.Case)).Append("</code></td><td class=\"left\">").Append(Text(result.Stage))
                .Append("</td><td class=\"left\">").Append(result.FirstDifference is { } difference ? Text(DisplayText.OneLine(difference.Where, 200)) : "")
                .Append("</td><td class=\"left reason\">").Append(Text(result.Waiver ?? "(no reason given)")).Append("</td></tr>\n");
        html.Append("</tbody></table>\n");
        if (ordered.Count > MaxWaivedRows)
            html.Append("<p class=\"more\">… and ").Append((ordered.Count - MaxWaivedRows).ToString("N0", CultureInfo.InvariantCulture))
                .Append(" more waived cases (counted by reason above; all in results.jsonl).</p>\n");
        html.Append("</section>\n");
    }

    private void ExclusionsSection()
    {
        html.Append("<section id=\"exclusions\"><h2>Exclusions <span class=\"count\">").Append(input.Exclusions.Count.ToString("N0", CultureInfo.InvariantCulture))
            .Append("</span></h2>\n");
        if (input.Exclusions.Count == 0)
        {
            html.Append("<p class=\"empty\">No case was excluded.</p>\n</section>\n");
            return;
        }
        var debt = input.Exclusions.Where(exclusion => exclusion.IsDebt).ToList();
        var permanent = input.Exclusions.Where(exclusion => !exclusion.IsDebt).ToList();
        ExclusionTable("Debt", "left out until the implementation handles them: each one is work to do", debt, "debt");
        ExclusionTable("Permanent", "left out by design: the comparison does not apply", permanent, "permanent");
        html.Append("</section>\n");
    }

    private void ExclusionTable(string title, string meaning, List<ExclusionInfo> exclusions, string tone)
    {
        html.Append("<h3><span class=\"tag tag-").Append(tone).Append("\">").Append(Text(title)).Append("</span> ")
            .Append(exclusions.Count.ToString("N0", CultureInfo.InvariantCulture)).Append(" <span class=\"muted small\">").Append(Text(meaning)).Append("</span></h3>\n");
        if (exclusions.Count == 0) return;
        html.Append("<table class=\"list\"><thead><tr><th class=\"left\">case</th><th class=\"left\">stage</th><th class=\"left\">reason</th></tr></thead><tbody>\n");
        foreach (var exclusion in exclusions.OrderBy(exclusion => exclusion.Case, StringComparer.Ordinal).ThenBy(exclusion => exclusion.Stage, StringComparer.Ordinal))
            html.Append("<tr><td class=\"left\"><code class=\"path\">").Append(Text(exclusion.Case)).Append("</code></td><td class=\"left\">")
                .Append(Text(exclusion.Stage)).Append("</td><td class=\"left reason\">").Append(Text(exclusion.Reason)).Append("</td></tr>\n");
        html.Append("</tbody></table>\n");
    }

    private void FeaturesSection()
    {
        var stages = ReportData.StagesOf(input);
        var table = FeatureTable.Build(input.Results);
        var cells = table.SelectMany(row => row.Value.Select(cell => (Key: (row.Key, cell.Key), cell.Value)))
            .ToDictionary(entry => entry.Key, entry => (entry.Value.Identical, entry.Value.Total));
        var features = table.Keys.ToList();
        html.Append("<section id=\"features\"><h2>By feature <span class=\"count\">").Append(features.Count.ToString("N0", CultureInfo.InvariantCulture))
            .Append("</span></h2>\n<p class=\"note\">Identical cases out of the cases tagged with the feature that have the stage (front matter), per stage.</p>\n")
            .Append("<table class=\"features\"><thead><tr><th class=\"left\">feature</th>");
        foreach (var stage in stages) html.Append("<th>").Append(Text(stage)).Append("</th>");
        html.Append("</tr></thead><tbody>\n");
        foreach (var feature in features)
        {
            html.Append("<tr><th class=\"left\">").Append(Text(feature)).Append("</th>");
            foreach (var stage in stages)
            {
                if (!cells.TryGetValue((feature, stage), out var cell)) { html.Append("<td class=\"zero\">-</td>"); continue; }
                var tone = cell.Identical == cell.Total ? "cell-good" : cell.Identical * 10 >= cell.Total * 9 ? "cell-warn" : "cell-bad";
                html.Append("<td class=\"").Append(tone).Append("\">").Append(cell.Identical).Append('/').Append(cell.Total).Append("</td>");
            }
            html.Append("</tr>\n");
        }
        html.Append("</tbody></table>\n</section>\n");
    }

    private static string Text(string text) => DisplayText.Html(text);

    private static string Sentence(string text) => text.TrimEnd() is var trimmed && trimmed.Length > 0 && !".!?".Contains(trimmed[^1]) ? trimmed + "." : text;

    internal const string Css = """

        :root { --fg:#1d2330; --muted:#6b7280; --line:#e3e6ea; --bg:#f6f7f9; --card:#fff; --oracle:#4C72B0; --impl:#DD8452;
                --good:#2f8a4f; --bad:#c0392b; --warn:#b7791f; --info:#2b6cb0; --waived:#7c5cbf; }
        * { box-sizing: border-box; }
        body { margin:0; font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif; color:var(--fg); background:var(--bg); }
        code, pre { font-family: ui-monospace,"SF Mono",Menlo,Consolas,"DejaVu Sans Mono",monospace; font-size:12.5px; }
        a { color:var(--info); }
        header.top { background:#1f2937; color:#f3f4f6; padding:20px 32px 22px; }
        .title-row { display:flex; align-items:center; gap:16px; }
        h1 { margin:0; font-size:22px; font-weight:600; letter-spacing:.2px; }
        .status { padding:3px 10px; border-radius:999px; font-size:12.5px; font-weight:600; }
        .status-ok { background:#1f6f43; color:#e6ffef; } .status-bad { background:#9b2c2c; color:#fff0f0; } .status-warn { background:#975a16; color:#fffaf0; }
        .sides { display:flex; align-items:stretch; gap:14px; margin-top:16px; flex-wrap:wrap; }
        .side-card { background:#2b3544; border-radius:8px; padding:10px 14px; min-width:240px; border-left:4px solid var(--oracle); }
        .side-card.impl { border-left-color:var(--impl); }
        .role { text-transform:uppercase; font-size:11px; letter-spacing:1px; color:#9ca3af; }
        .side-name { font-size:17px; font-weight:600; } .version { font-weight:400; color:#d1d5db; }
        .side-extra code { color:#e5e7eb; font-size:12px; word-break:break-all; } .side-extra .muted { color:#9ca3af; }
        .vs { align-self:center; color:#9ca3af; font-style:italic; }
        .run-facts { display:flex; gap:24px; margin-left:auto; align-self:center; }
        .fact-value { font-size:18px; font-weight:600; text-align:right; } .fact-label { font-size:11.5px; color:#9ca3af; text-align:right; }
        main { max-width:1320px; margin:0 auto; padding:8px 32px 40px; }
        nav { display:flex; gap:6px; margin:16px 0 4px; flex-wrap:wrap; }
        nav a { text-decoration:none; background:var(--card); border:1px solid var(--line); border-radius:6px; padding:5px 12px; color:var(--fg); }
        nav a:hover { border-color:#b8bec7; }
        .count { display:inline-block; min-width:20px; padding:0 7px; border-radius:999px; background:#eceef1; color:var(--muted); font-size:12px; font-weight:600; text-align:center; }
        section { background:var(--card); border:1px solid var(--line); border-radius:10px; padding:16px 22px 18px; margin:18px 0; }
        h2 { font-size:17px; margin:0 0 12px; font-weight:600; } h3 { font-size:14.5px; margin:16px 0 8px; font-weight:600; }
        .banner { border-radius:8px; padding:10px 14px; margin:16px 0 0; }
        .banner-warn { background:#fff7e6; border:1px solid #f6c77a; color:#7a4a06; }
        .banner-info { background:#ebf4ff; border:1px solid #a9cdf5; color:#1e4e8c; }
        .banner.small { margin:0 0 10px; padding:6px 12px; font-size:13px; }
        table { border-collapse:collapse; width:100%; }
        th, td { padding:6px 8px; border-bottom:1px solid var(--line); text-align:right; font-variant-numeric:tabular-nums; white-space:nowrap; }
        thead th { font-size:11px; text-transform:uppercase; letter-spacing:.2px; color:var(--muted); font-weight:600; border-bottom:2px solid var(--line); }
        .left { text-align:left; }
        tbody tr:hover { background:#fafbfc; }
        tfoot th, tfoot td { font-weight:600; border-top:2px solid var(--line); border-bottom:none; }
        td.zero { color:#c3c8cf; } td.good { color:var(--good); } td.bad { color:var(--bad); font-weight:600; } td.waived { color:var(--waived); font-weight:600; }
        .scroll { overflow-x:auto; }
        .rate-cell { min-width:124px; } .rate { display:inline-block; width:64px; height:8px; background:#edf0f3; border-radius:4px; overflow:hidden; vertical-align:middle; margin-right:8px; }
        .rate span { display:block; height:100%; } .rate-good span { background:#3a9d5d; } .rate-warn span { background:#e0a526; } .rate-bad span { background:#c8433a; }
        .rate-text { display:inline-block; min-width:48px; text-align:right; }
        .tag { display:inline-block; font-size:11px; font-weight:600; padding:1px 7px; border-radius:4px; vertical-align:1px; letter-spacing:.2px; }
        .tag-info { background:#ebf4ff; color:#1e4e8c; border:1px solid #a9cdf5; cursor:help; }
        .tag-debt { background:#fff7e6; color:#7a4a06; border:1px solid #f6c77a; } .tag-permanent { background:#eef0f3; color:#4b5563; border:1px solid #d5d9df; }
        .note { color:var(--muted); font-size:12.5px; margin:10px 0 0; } .muted { color:var(--muted); } .small { font-size:12.5px; font-weight:400; }
        .empty { color:var(--good); margin:0; }
        .plots { display:grid; grid-template-columns:repeat(auto-fit,minmax(560px,1fr)); gap:18px; }
        figure { margin:0; border:1px solid var(--line); border-radius:8px; padding:10px 12px; }
        figure img { width:100%; height:auto; display:block; }
        figcaption { display:flex; justify-content:space-between; margin-bottom:4px; } .files { font-size:12px; }
        figure.failed p { color:var(--bad); }
        details.stage { border:1px solid var(--line); border-radius:8px; margin:12px 0; }
        details.stage > summary { padding:9px 14px; cursor:pointer; background:#f9fafb; border-radius:8px; font-weight:600; }
        details.stage[open] > summary { border-bottom:1px solid var(--line); border-radius:8px 8px 0 0; }
        .stage-name { font-size:15px; margin-right:8px; }
        .stage-body { padding:10px 14px; }
        .kinds { margin:0 0 10px; font-size:12.5px; } .kind { background:#f1f3f5; border-radius:4px; padding:1px 7px; margin-right:4px; display:inline-block; }
        details.case { border-bottom:1px solid var(--line); padding:6px 0; }
        details.case > summary { cursor:pointer; list-style-position:outside; margin-left:16px; }
        details.case > summary code.path { font-weight:600; }
        .where { color:#374151; } .secs { color:var(--muted); font-size:12px; margin-left:6px; }
        .badge { display:inline-block; font-size:11px; font-weight:700; text-transform:uppercase; letter-spacing:.4px; padding:1px 7px; border-radius:4px; color:#fff; vertical-align:1px; }
        .badge.divergent { background:#c0392b; } .badge.crash { background:#7b1fa2; } .badge.timeout { background:#b7791f; } .badge.error { background:#4b5563; }
        .diff { display:grid; grid-template-columns:1fr 1fr; gap:10px; margin:8px 0 4px 16px; }
        .side { min-width:0; border:1px solid var(--line); border-radius:6px; overflow:hidden; }
        .side-h { font-size:12px; font-weight:600; padding:3px 10px; background:#f3f5f8; border-bottom:1px solid var(--line); }
        .side.oracle .side-h { border-top:3px solid var(--oracle); } .side.impl .side-h { border-top:3px solid var(--impl); }
        pre { margin:0; padding:8px 10px; white-space:pre-wrap; overflow-wrap:anywhere; max-height:340px; overflow:auto; background:#fcfcfd; }
        pre.detail { margin:8px 0 4px 16px; border:1px solid var(--line); border-radius:6px; }
        .hl { background:#fff4d6; } mark { background:#ffd98a; color:inherit; border-radius:2px; }
        .ctl { color:#b42318; background:#fde8e7; border-radius:3px; padding:0 2px; font-size:11px; }
        .truncated, .more { color:var(--warn); font-size:12.5px; margin:4px 10px; }
        .where-full { margin:2px 0 4px 16px; font-size:12.5px; overflow-wrap:anywhere; }
        table.list td { white-space:normal; } td.reason { color:#374151; }
        table.features { width:auto; min-width:60%; } table.features td, table.features th { text-align:center; min-width:90px; } table.features th.left { text-align:left; }
        .cell-good { color:var(--good); } .cell-warn { color:var(--warn); background:#fffaf0; font-weight:600; } .cell-bad { color:var(--bad); background:#fff5f5; font-weight:600; }
        footer { color:var(--muted); font-size:12.5px; text-align:center; margin-top:20px; }
        @media (max-width: 900px) { .diff { grid-template-columns:1fr; } .run-facts { margin-left:0; } }

        """;
}
