using System.Text;
using Conformance.Harness.Diff;
using Conformance.Harness.Execution;
using Conformance.Harness.Fuzz;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Runner;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pyref;

namespace Conformance.Harness.Tests.Fuzz;

/// <summary>The generator, the mutator and the reducer on their own, without python3.</summary>
public class GeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_programs()
    {
        var first = Enumerable.Range(0, 40).Select(i => ProgramGenerator.Generate(17, i, FuzzRun.SizeOf(i)).ToSource()).ToList();
        var again = Enumerable.Range(0, 40).Select(i => ProgramGenerator.Generate(17, i, FuzzRun.SizeOf(i)).ToSource()).ToList();
        Assert.Equal(first, again);
        var other = Enumerable.Range(0, 40).Select(i => ProgramGenerator.Generate(18, i, FuzzRun.SizeOf(i)).ToSource()).ToList();
        Assert.NotEqual(first, other);
        Assert.True(first.Distinct().Count() > 35, "programs of one seed should differ from each other");
    }

    [Fact]
    public void Programs_cover_the_features_that_break_implementations()
    {
        var all = string.Concat(Enumerable.Range(0, 300).Select(i => ProgramGenerator.Generate(3, i, FuzzRun.SizeOf(i)).ToSource()));
        foreach (var feature in new[] { "nonlocal ", "global ", "match ", "case ", "yield", "finally:", "with ", "f'", ":=", "[::-1]", "*", "__eq__", "super()", "lambda", "except*", "\r\n", "\t", "\\\n", "-0.0", "float('nan')", "😀" })
            Assert.Contains(feature, all);
    }

    [Fact]
    public void Mutants_are_deterministic_and_differ_from_their_source()
    {
        var source = "def f(a, b=1):\n    return a + b  # sum\nprint(f'{f(1)!r:>4}')\n"u8.ToArray();
        var mutants = Enumerable.Range(0, 30).Select(i => Mutator.Mutate(source, 5, i)).ToList();
        Assert.Equal(mutants.Select(Convert.ToBase64String), Enumerable.Range(0, 30).Select(i => Convert.ToBase64String(Mutator.Mutate(source, 5, i))));
        Assert.True(mutants.Count(m => !m.AsSpan().SequenceEqual(source)) >= 25);
    }

    [Fact]
    public void Token_split_keeps_every_character()
    {
        const string text = "x = f'{a!r}' + b'\\xff'  # é\n\tif x:\r\n  y **= 0x1f\n";
        Assert.Equal(text, string.Concat(Mutator.Tokens().Matches(text).Select(m => m.Value)));
    }

    /// <summary>
    /// A synthetic signature: "the program still contains a match statement whose output is
    /// printed". AST shrinking then ddmin must keep it and end up far smaller than the start.
    /// </summary>
    [Fact]
    public async Task Reducer_keeps_a_synthetic_signature_and_shrinks_far()
    {
        var program = Enumerable.Range(0, 2000).Select(i => ProgramGenerator.Generate(11, i, 20))
            .First(p => p.ToSource().Contains("match subj") && p.ToSource().Split('\n').Length > 40);
        static bool Signature(string text) => text.Contains("match ") && text.Contains("case ") && text.Contains("print(");
        var reducer = new Reducer(bytes => Task.FromResult(Signature(Encoding.UTF8.GetString(bytes))), maxTests: 3000, budget: TimeSpan.FromSeconds(60));
        var shrunk = await reducer.ShrinkAstAsync(program);
        Assert.True(Signature(shrunk.ToSource()));
        Assert.True(shrunk.CountNodes() < program.CountNodes());
        var reduced = Encoding.UTF8.GetString(await reducer.ReduceTextAsync(Encoding.UTF8.GetBytes(shrunk.ToSource())));
        Assert.True(Signature(reduced));
        var before = program.ToSource().Split('\n').Length;
        var after = reduced.Split('\n').Length;
        Assert.True(after <= 4, $"reduced to {after} lines from {before}:\n{reduced}");
    }

    [Fact]
    public void Signatures_name_stage_kind_and_where()
    {
        var token = new Judgement(Verdict.Divergent, new FirstDifference("token 3 (start)", "1,4-1,5:            OP             '('", "1,5-1,6:            OP             '('", "token"), null, true);
        Assert.Equal("tokens:token:start:OP", FuzzEvaluator.Signature(Stage.Tokens, token));
        var error = new Judgement(Verdict.Divergent, new FirstDifference("error.offset", "SyntaxError: unterminated string literal (detected at line 3) (line 3, offset 5)", "SyntaxError: ...", "error"), null, true);
        Assert.Equal("ast:error:offset:SyntaxError: unterminated string literal (detected at line N)", FuzzEvaluator.Signature(Stage.Ast, error));
        var output = new Judgement(Verdict.Divergent, new FirstDifference("stdout line 4", "fs3 +1.5e+00", "fs3 1.5", "stdout"), null, true);
        Assert.Equal("run:stdout:fs", FuzzEvaluator.Signature(Stage.Run, output));
        var warning = new Judgement(Verdict.Divergent, new FirstDifference("stderr line 1", "/tmp/x/fuzz_94.py:3: SyntaxWarning: \"is not\" with a literal.", "/tmp/x/fuzz_94.py:3: SyntaxWarning: other", "stderr"), null, true);
        Assert.Equal("run:stderr:SyntaxWarning", FuzzEvaluator.Signature(Stage.Run, warning));
        var crash = new Judgement(Verdict.Crash, null, "impl crashed: internal error: IndexOutOfRangeException: boom", true);
        Assert.Equal("ast:crash:IndexOutOfRangeException", FuzzEvaluator.Signature(Stage.Ast, crash));
    }

    [Fact]
    public void Regression_files_are_named_by_signature_and_carry_front_matter()
    {
        var header = RegressionCase.Header("ast:ast-value:end_col_offset", 4, "generated program 12", 80);
        var metadata = Conformance.Harness.Corpus.CaseMetadata.Parse(header + "x = 1\n");
        Assert.Equal(["fuzz"], metadata.Features);
        Assert.Equal(4, metadata.Stages!.Count);
        Assert.Matches(@"^ast-ast-value-end-col-offset-[0-9a-f]{8}\.py$", RegressionCase.FileName("ast:ast-value:end_col_offset"));
    }
}

/// <summary>Against the real python3: validity, the forked run stage, and the tokens/ast property.</summary>
public class FuzzAgainstCPythonTests : IAsyncLifetime
{
    private PythonImplementation _python = null!;
    private ForkedPython _forked = null!;
    private readonly CaseFolder _cases = new("fuzz-tests-");
    private static readonly PythonVersion Target = PythonVersion.Parse("3.11");

    public async Task InitializeAsync()
    {
        var runner = new ScriptRunner(TimeSpan.FromSeconds(10));
        _python = await PythonImplementation.StartAsync("python3", 1, TimeSpan.FromSeconds(30), runner, CancellationToken.None);
        _forked = ForkedPython.Start(_python, "python3", 1, TimeSpan.FromSeconds(10));
    }

    public async Task DisposeAsync()
    {
        await _forked.DisposeAsync();
        _cases.Dispose();
    }

    private CaseFile Write(string name, string source) => _cases.Write(name, source);

    [Fact]
    public async Task CPython_accepts_generated_programs()
    {
        var valid = 0;
        const int count = 60;
        for (var i = 0; i < count; i++)
        {
            var file = Write($"valid_{i}.py", ProgramGenerator.Generate(21, i, FuzzRun.SizeOf(i)).ToSource());
            var outcome = await _python.AnalyzeAsync(file, [Stage.Ast], default);
            if (outcome[Stage.Ast].Artifact is AstArtifact { Error: null }) valid++;
        }
        Assert.True(valid >= count * 95 / 100, $"{valid} of {count} generated programs are valid");
    }

    /// <summary>The fork of a warm worker must be indistinguishable from `python3 FILE`, or the run stage would diverge by itself.</summary>
    [Fact]
    public async Task Forked_run_gives_what_python3_FILE_gives()
    {
        var runner = new ScriptRunner(TimeSpan.FromSeconds(20));
        var python = InterpreterCommand.Python("python3");
        var sources = Enumerable.Range(0, 12).Select(i => ProgramGenerator.Generate(5, i, FuzzRun.SizeOf(i)).ToSource())
            .Append("import sys\nprint(sys.argv[0].endswith('.py'), __name__, sys.stdout.encoding, sys.stdout.errors, sys.flags.utf8_mode)\nprint('\\ud800')\n")
            .Append("x = 1 is not 2\nraise SystemExit('bye')\n")
            .Append("def f():\n    return 1 / 0\nf()\n")
            .Append("x = (1,\n")
            .Append("import warnings\nwarnings.warn('careful')\nprint(len(__import__('sys').argv))\n");
        var k = 0;
        foreach (var source in sources)
        {
            var file = Write($"run_{k++}.py", source);
            var forked = await _forked.RunAsync(file, default);
            var fresh = (await runner.RunAsync(python, file.Path, default)).Outcome;
            Assert.Equal(OutcomeKind.Produced, forked.Kind);
            var difference = ArtifactDiff.Compare(fresh.Artifact!, forked.Artifact!);
            Assert.True(difference is null, $"{file.DisplayName}: {difference}\n{source}");
        }
    }

    [Fact]
    public async Task Forked_run_times_out_and_caps_memory()
    {
        await using var quick = ForkedPython.Start(_python, "python3", 1, TimeSpan.FromSeconds(1));
        var loop = await quick.RunAsync(Write("loop.py", "while True:\n    pass\n"), default);
        Assert.Equal(OutcomeKind.Timeout, loop.Kind);
        var hog = await quick.RunAsync(Write("hog.py", "try:\n    x = bytearray(8 << 30)\nexcept MemoryError:\n    print('capped')\n"), default);
        Assert.Equal("capped\n", Encoding.UTF8.GetString(((RunArtifact)hog.Artifact!).Stdout.Head));
    }

    /// <summary>
    /// The reference tokenizer and parser agree with CPython on generated programs: tokens and
    /// ast.dump(include_attributes=True) identical. A small sample, so CI stays fast; the fuzz verb
    /// runs the same comparison at scale.
    /// </summary>
    [Property(MaxTest = 25)]
    public Property Reference_tokens_and_ast_agree_with_CPython_on_generated_programs() =>
        Prop.ForAll(ProgramGenerator.Arbitrary, program =>
        {
            var source = Encoding.UTF8.GetBytes(program.ToSource());
            var file = Write($"prop_{Guid.NewGuid():N}.py", program.ToSource());
            var oracle = _python.AnalyzeAsync(file, [Stage.Tokens, Stage.Ast], default).GetAwaiter().GetResult();
            foreach (var stage in new[] { Stage.Tokens, Stage.Ast })
            {
                var reference = ReferenceImplementation.Analyze(Target, stage, source, file.DisplayName);
                var judgement = Judge.Decide(oracle[stage], reference, OutputNormalizer.None);
                if (judgement.Verdict != Verdict.Identical)
                    return false.Label($"{stage.Name()}: {judgement.Verdict.Name()} {judgement.Difference} {judgement.Detail}");
            }
            return true.ToProperty();
        });
}
