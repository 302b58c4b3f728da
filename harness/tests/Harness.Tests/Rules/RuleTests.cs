using System.Text;
using Conformance.Harness.CommandLine;
using Conformance.Harness.Corpus;
using Conformance.Harness.Diff;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Ratchet;
using Conformance.Harness.Rules;
using Conformance.Harness.Tests.Corpus;

namespace Conformance.Harness.Tests.Rules;

/// <summary>
/// Roslyn compilations take seconds of CPU on both cores: these tests run on their own, after the
/// parallel ones, so that they do not push time-boxed tests (the run stage's timeouts) over their limits.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RoslynCollection
{
    public const string Name = "Roslyn compilations";
}

/// <summary>Compiles the shipped rules once for the class: Roslyn's first compilation takes seconds.</summary>
public sealed class ShippedRules
{
    public RuleSet Rules { get; } = RuleCompiler.LoadFolder(RepoPaths.Rules);
}

[Collection(RoslynCollection.Name)]
public class RuleTests(ShippedRules shipped) : IClassFixture<ShippedRules>, IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("harness-rules-").FullName;

    public void Dispose() => Directory.Delete(_dir, true);

    private CaseInfo Case(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return new CaseInfo(path, name, CaseMetadata.Read(path));
    }

    private static StageOutcome Run(string stdout) =>
        StageOutcome.Produced(new RunArtifact(0, Output(stdout), CapturedOutput.Empty), 0.01);

    private static CapturedOutput Output(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        return new CapturedOutput(bytes, bytes.Length, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    [Fact]
    public void Address_masking_makes_default_reprs_compare_equal_and_leaves_other_hex_alone()
    {
        var context = new CorpusContext(null, shipped.Rules);
        var info = Case("repr.py", "print(object())\n");
        var same = context.Judge(info, Stage.Run, Run("<object object at 0x7f3a2c1d5e10>\n"), Run("<object object at 0x1a>\n"), OutputNormalizer.None);
        Assert.Equal(Verdict.Identical, same.Verdict);

        // Without the rule the same outputs differ: the rule is what makes them equal.
        var raw = new CorpusContext(null, RuleSet.Empty).Judge(info, Stage.Run, Run("<object object at 0x7f3a2c1d5e10>\n"), Run("<object object at 0x1a>\n"), OutputNormalizer.None);
        Assert.Equal(Verdict.Divergent, raw.Verdict);

        // hex(255) is data, not an address: still compared.
        var data = context.Judge(info, Stage.Run, Run("0xff\n"), Run("0xfe\n"), OutputNormalizer.None);
        Assert.Equal(Verdict.Divergent, data.Verdict);
    }

    [Fact]
    public void Unittest_timing_masks_the_seconds_of_the_summary_line_but_not_the_count()
    {
        var context = new CorpusContext(null, shipped.Rules);
        var info = Case("tests.py", "import unittest\n");
        Assert.Equal(Verdict.Identical, context.Judge(info, Stage.Run, Run("Ran 4 tests in 0.000s\n\nOK\n"), Run("Ran 4 tests in 0.039s\n\nOK\n"), OutputNormalizer.None).Verdict);
        Assert.Equal(Verdict.Divergent, context.Judge(info, Stage.Run, Run("Ran 4 tests in 0.000s\n"), Run("Ran 3 tests in 0.000s\n"), OutputNormalizer.None).Verdict);
        // Only unittest's own line: a program printing a time in another form is still compared.
        Assert.Equal(Verdict.Divergent, context.Judge(info, Stage.Run, Run("took 0.000s\n"), Run("took 0.039s\n"), OutputNormalizer.None).Verdict);
    }

    [Fact]
    public void An_opt_in_normalizer_applies_only_to_cases_that_name_it()
    {
        var context = new CorpusContext(null, shipped.Rules);
        var named = Case("named.py", "# features: [ids]\n# normalize: [hex-numbers]\nprint(hex(id(1)))\n");
        var plain = Case("plain.py", "# features: [ids]\nprint(hex(id(1)))\n");
        Assert.Equal(["hex-numbers"], named.Metadata.Normalizers);
        Assert.Equal(Verdict.Identical, context.Judge(named, Stage.Run, Run("0x7f00aa\n"), Run("0x2b\n"), OutputNormalizer.None).Verdict);
        Assert.Equal(Verdict.Divergent, context.Judge(plain, Stage.Run, Run("0x7f00aa\n"), Run("0x2b\n"), OutputNormalizer.None).Verdict);
    }

    [Fact]
    public void A_case_naming_an_unknown_normalizer_is_a_setup_error()
    {
        var context = new CorpusContext(null, shipped.Rules);
        var typo = Case("typo.py", "# features: [x]\n# normalize: [hex-number]\npass\n");
        var error = Assert.Throws<SetupException>(() => context.CheckNormalizerNames([typo]));
        Assert.Contains("hex-number", error.Message);
    }

    private static StageOutcome Tokens(string type, string text) =>
        StageOutcome.Produced(new TokensArtifact([new TokenRecord(type, text, 1, 0, 1, text.Length, text + "\n")], null), 0.01);

    [Fact]
    public void The_unicode_waiver_waives_a_letter_newer_than_unicode_14_with_its_reason_and_link()
    {
        var context = new CorpusContext(null, shipped.Rules);
        var kawi = Case("kawi.py", "a\U00011F04 = 1\n");
        var judgement = context.Judge(kawi, Stage.Tokens, Tokens("ERRORTOKEN", "\U00011F04"), Tokens("NAME", "a\U00011F04"), OutputNormalizer.None);
        Assert.Equal(Verdict.Waived, judgement.Verdict);
        Assert.False(judgement.Unexpected);
        Assert.NotNull(judgement.Difference); // still shown: a waiver never hides what differs
        Assert.Contains("Unicode 14.0", judgement.Waiver);
        Assert.Contains("https://www.unicode.org/", judgement.Waiver);

        // The same divergence in a case without such a letter stays a divergence.
        var plain = Case("plain.py", "a = 1\n");
        Assert.Equal(Verdict.Divergent, context.Judge(plain, Stage.Tokens, Tokens("ERRORTOKEN", "a"), Tokens("NAME", "a"), OutputNormalizer.None).Verdict);
    }

    private string Rule(string name, string text)
    {
        var folder = Path.Combine(_dir, "rules");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_rule_that_does_not_compile_names_its_file_line_and_column()
    {
        var path = Rule("broken.csx", "// a rule with a typo\nNormalizer(\"x\", (ctx, text) =>\n    text.Replac(\"a\", \"b\"));\n");
        var error = Assert.Throws<SetupException>(() => RuleCompiler.Load([path]));
        // Replac is at line 3, column 10 (1-based).
        Assert.Contains($"{path}:3:10: error CS1061", error.Message);
    }

    [Fact]
    public void A_rule_that_throws_while_registering_names_its_file_and_line()
    {
        var path = Rule("empty_reason.csx", "\n\nWaiver(\"w\", \"\", \"\", ctx => true);\n");
        var error = Assert.Throws<SetupException>(() => RuleCompiler.Load([path]));
        Assert.Contains($"{path}:3:", error.Message);
        Assert.Contains("needs a reason", error.Message);
    }

    [Fact]
    public async Task A_broken_rule_stops_the_run_with_exit_code_2_before_any_case_runs()
    {
        Rule("broken.csx", "Waiver(\"w\", \"r\", \"l\", ctx => ctx.Nope);\n");
        File.WriteAllText(Path.Combine(_dir, CorpusSettings.FileName), "{\"target\": \"3.11\"}");
        Case("case.py", "# features: [x]\nprint(1)\n");
        // (The message is on stderr; the test above pins its file:line:col form.)
        var exit = await HarnessCommandLine.InvokeAsync(["run", _dir, "--out", Path.Combine(_dir, "out"), "--quiet"]);
        Assert.Equal(2, exit);
        Assert.False(File.Exists(Path.Combine(_dir, "out", "results.jsonl")));
    }

    [Fact]
    public void A_rule_that_throws_on_a_case_makes_that_verdict_an_error_naming_the_rule()
    {
        var rules = RuleCompiler.Load([Rule("throws.csx", "Normalizer(\"boom\", (ctx, text) => throw new InvalidOperationException(\"boom\"));\n")]);
        var judgement = new CorpusContext(null, rules).Judge(Case("c.py", "pass\n"), Stage.Run, Run("a"), Run("a"), OutputNormalizer.None);
        Assert.Equal(Verdict.Error, judgement.Verdict);
        Assert.True(judgement.Unexpected);
        Assert.Contains("boom", judgement.Detail);
    }
}
