using Conformance.Harness.Corpus;
using Conformance.Harness.Model;
using Conformance.Harness.Ratchet;

namespace Conformance.Harness.Tests.Corpus;

/// <summary>
/// The curated corpus itself (corpus/README.md): every case carries front matter, settings.json
/// loads, and its exclusions name cases that exist. The ratchet in .ci/run then compares them.
/// </summary>
public class CuratedCorpusTests
{
    private static readonly CorpusSettings Settings = CorpusSettings.Load(Path.Combine(RepoPaths.Corpus, CorpusSettings.FileName));

    private static List<CaseInfo> Cases()
    {
        var cases = CaseSource.Discover([RepoPaths.Corpus], null);
        new CorpusContext(Settings, Conformance.Harness.Rules.RuleSet.Empty).RemoveIgnored(cases);
        return cases;
    }

    [Fact]
    public void Every_case_names_its_features_and_stages()
    {
        // A file of at most a BOM (tokens/encoding/bom_only.py) has no room for front matter: it runs every stage.
        var missing = Cases().Where(c => (c.Metadata.Features.Count == 0 || c.Metadata.Stages is null) && new FileInfo(c.Path).Length > 3)
            .Select(c => c.Name).ToList();
        Assert.True(missing.Count == 0, "cases without `# features:` or `# stages:` front matter:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void Expected_errors_name_a_stage_the_case_runs_and_an_exception_type()
    {
        var wrong = new List<string>();
        foreach (var c in Cases().Where(c => c.Metadata.ExpectedError is not null))
        {
            var parts = c.Metadata.ExpectedError!.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2 || !parts[1].EndsWith("Error", StringComparison.Ordinal)) { wrong.Add($"{c.Name}: {c.Metadata.ExpectedError}"); continue; }
            try
            {
                if (!c.Metadata.Stages!.Contains(Stages.Parse(parts[0]))) wrong.Add($"{c.Name}: {parts[0]} is not one of its stages");
            }
            catch (FormatException e) { wrong.Add($"{c.Name}: {e.Message}"); }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void The_corpus_is_large_and_broad_enough_for_the_per_feature_table()
    {
        var cases = Cases();
        Assert.True(cases.Count >= 1000, $"{cases.Count} curated cases");
        var features = cases.SelectMany(c => c.Metadata.Features).Distinct().Count();
        Assert.True(features >= 40, $"{features} features");
    }

    [Fact]
    public void Settings_pin_the_target_and_every_exclusion_names_an_existing_case()
    {
        Assert.Equal("3.11", Settings.Target);
        Assert.Empty(RatchetCheck.StaleExclusions(Settings).Select(e => e.Case));
    }
}
