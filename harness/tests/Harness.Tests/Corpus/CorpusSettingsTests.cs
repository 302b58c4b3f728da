using Conformance.Harness.Corpus;
using Conformance.Harness.Diff;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Ratchet;
using Conformance.Harness.Rules;

namespace Conformance.Harness.Tests.Corpus;

public class CorpusSettingsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("harness-settings-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private CorpusSettings Settings(string json)
    {
        var path = Path.Combine(_dir, CorpusSettings.FileName);
        File.WriteAllText(path, json);
        return CorpusSettings.Load(path);
    }

    private CaseInfo Case(string relative, string text = "# features: [x]\npass\n")
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return new CaseInfo(path, "corpus/" + relative, CaseMetadata.Read(path));
    }

    private static StageOutcome Dump(string dump) => StageOutcome.Produced(new AstArtifact(dump, null), 0.01);

    [Theory]
    [InlineData("run/*.py", "run/a.py", true)]
    [InlineData("run/*.py", "run/sub/a.py", false)]
    [InlineData("run/**", "run/sub/a.py", true)]
    [InlineData("**/a.py", "a.py", true)]
    [InlineData("**/a.py", "x/y/a.py", true)]
    [InlineData("tokens/a?.py", "tokens/ab.py", true)]
    [InlineData("tokens/a.py", "tokens/a.py", true)]
    [InlineData("tokens/a.py", "tokens/ab.py", false)]
    public void Globs_match_within_and_across_folders(string glob, string path, bool expected) =>
        Assert.Equal(expected, Glob.Matches(glob, path));

    [Fact]
    public void Exclusions_are_found_per_stage_and_permanent_ones_win()
    {
        var settings = Settings("""
            {"target": "3.11",
             "exclusions": {"permanent": [{"case": "run/**", "stage": "run", "reason": "by design"}],
                            "debt": [{"case": "run/a.py", "reason": "all stages"}, {"case": "tokens/b.py", "stage": "ast", "reason": "ast only"}]}}
            """);
        Assert.Equal("3.11", settings.Target);
        Assert.Equal(ExclusionKind.Permanent, settings.ExclusionFor(Path.Combine(_dir, "run/a.py"), Stage.Run)!.Kind);
        Assert.Equal("all stages", settings.ExclusionFor(Path.Combine(_dir, "run/a.py"), Stage.Tokens)!.Reason);
        Assert.Equal("ast only", settings.ExclusionFor(Path.Combine(_dir, "tokens/b.py"), Stage.Ast)!.Reason);
        Assert.Null(settings.ExclusionFor(Path.Combine(_dir, "tokens/b.py"), Stage.Tokens));
        Assert.Null(settings.ExclusionFor("/elsewhere/run/a.py", Stage.Run));
    }

    [Theory]
    [InlineData("""{"exclusions": {"debt": [{"case": "a.py"}]}}""", "needs a \"reason\"")]
    [InlineData("""{"exclusions": {"debt": [{"case": "a.py", "stage": "bytecode", "reason": "r"}]}}""", "unknown stage")]
    [InlineData("""{"exclusions": {"debt": [{"reason": "r"}]}}""", "needs a \"case\"")]
    [InlineData("""{"ignore": [{"path": "tools/**"}]}""", "needs a \"reason\"")]
    [InlineData("""{"target": """, "settings.json")]
    public void A_malformed_settings_file_is_a_setup_error(string json, string message) =>
        Assert.Contains(message, Assert.Throws<SetupException>(() => Settings(json)).Message);

    [Fact]
    public void An_excluded_failure_is_waived_with_its_reason_and_an_excluded_pass_is_recorded()
    {
        var settings = Settings("""{"exclusions": {"debt": [{"case": "a.py", "stage": "ast", "reason": "known", "note": "see issue 7"}, {"case": "b.py", "reason": "fixed since"}]}}""");
        var context = new CorpusContext(settings, RuleSet.Empty);
        var failing = context.Judge(Case("a.py"), Stage.Ast, Dump("Module()"), Dump("Module(x)"), OutputNormalizer.None);
        Assert.Equal(Verdict.Waived, failing.Verdict);
        Assert.False(failing.Unexpected);
        Assert.Equal("excluded (debt): known [see issue 7]", failing.Waiver);
        Assert.NotNull(failing.Difference);

        var passing = context.Judge(Case("b.py"), Stage.Ast, Dump("Module()"), Dump("Module()"), OutputNormalizer.None);
        Assert.Equal(Verdict.Identical, passing.Verdict);
        var notExcluded = context.Judge(Case("c.py"), Stage.Ast, Dump("Module()"), Dump("Module(y)"), OutputNormalizer.None);
        Assert.True(notExcluded.Unexpected);

        var entries = context.Entries.ToDictionary(e => e.CorpusPath!);
        Assert.True(entries["a.py"].Fails);
        Assert.Equal(Verdict.Identical, entries["b.py"].Underlying);
        Assert.NotNull(entries["b.py"].Exclusion); // the ratchet prints it: the exclusion can go
        Assert.Null(entries["c.py"].Exclusion);
    }

    [Fact]
    public void Update_exclusions_rewrites_debt_from_the_run_and_keeps_the_rest()
    {
        var settings = Settings("""
            {"about": "kept", "target": "3.11",
             "exclusions": {"permanent": [{"case": "p.py", "reason": "by design"}],
                            "debt": [{"case": "a.py", "stage": "ast", "reason": "old", "note": "kept note"},
                                     {"case": "b.py", "stage": "ast", "reason": "fixed since"},
                                     {"case": "other.py", "stage": "ast", "reason": "not run this time"}]}}
            """);
        var context = new CorpusContext(settings, RuleSet.Empty);
        context.Judge(Case("a.py"), Stage.Ast, Dump("Module(body=[])"), Dump("Module(body=[1])"), OutputNormalizer.None);
        context.Judge(Case("b.py"), Stage.Ast, Dump("Module()"), Dump("Module()"), OutputNormalizer.None);
        context.Judge(Case("c.py"), Stage.Ast, Dump("Module()"), Dump("Module(z)"), OutputNormalizer.None);
        context.Judge(Case("p.py"), Stage.Ast, Dump("Module()"), Dump("Module(z)"), OutputNormalizer.None);

        var change = ExclusionUpdater.Update(settings, context.Entries.ToList());
        var updated = CorpusSettings.Load(settings.Path);
        var debt = updated.Exclusions.Where(e => e.Kind == ExclusionKind.Debt).ToList();
        Assert.Equal(["a.py", "c.py", "other.py"], debt.Select(e => e.Case));
        Assert.Equal("kept note", debt[0].Note);
        Assert.StartsWith("body (length 0 vs 1): oracle", debt[0].Reason);  // the reason is the current first difference
        Assert.Equal("not run this time", debt[2].Reason);
        Assert.Single(updated.Exclusions, e => e.Kind == ExclusionKind.Permanent);
        Assert.Equal("3.11", updated.Target);
        Assert.Contains("\"about\": \"kept\"", File.ReadAllText(settings.Path));
        Assert.Equal((3, 1, 1), (change.Count, change.Added, change.Removed));
    }

    [Fact]
    public void Ignored_files_are_not_cases()
    {
        var settings = Settings("""{"ignore": [{"path": "tools/**", "reason": "generators"}]}""");
        var cases = new List<CaseInfo> { Case("tools/make.py"), Case("run/a.py") };
        var ignored = new CorpusContext(settings, RuleSet.Empty).RemoveIgnored(cases);
        Assert.Equal("corpus/run/a.py", Assert.Single(cases).Name);
        Assert.Equal("generators", Assert.Single(ignored).Reason);
    }

    [Fact]
    public void Skip_slow_skips_only_the_run_stage_of_slow_cases()
    {
        var context = new CorpusContext(null, RuleSet.Empty, skipSlow: true);
        var slow = Case("bench.py", "# features: [bench]\n# flags: [slow]\npass\n");
        Assert.NotNull(context.SkipReason(slow, Stage.Run));
        Assert.Null(context.SkipReason(slow, Stage.Ast));
        Assert.Null(new CorpusContext(null, RuleSet.Empty).SkipReason(slow, Stage.Run));
    }
}
