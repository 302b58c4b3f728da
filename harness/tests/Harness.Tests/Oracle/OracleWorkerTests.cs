using Conformance.Harness.Corpus;
using Conformance.Harness.Diff;
using Conformance.Harness.Execution;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Runner;

namespace Conformance.Harness.Tests.Oracle;

/// <summary>The CPython worker and the run stage, against the real python3 of this machine.</summary>
public class OracleWorkerTests : IAsyncLifetime
{
    private PythonImplementation _python = null!;
    private readonly string _dir = Directory.CreateTempSubdirectory("harness-tests-").FullName;

    public async Task InitializeAsync() =>
        _python = await PythonImplementation.StartAsync("python3", 1, TimeSpan.FromSeconds(30), new ScriptRunner(TimeSpan.FromSeconds(3)), CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _python.DisposeAsync();
        Directory.Delete(_dir, true);
    }

    private CaseFile Case(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return new CaseFile(path, name);
    }

    private CaseFile Case(string name, string text) => Case(name, System.Text.Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Worker_reports_the_interpreter_it_runs_under()
    {
        Assert.Equal("cpython", _python.Info.Name);
        Assert.StartsWith("3.", _python.TargetVersion);
        Assert.True(Directory.Exists(_python.StdlibPath));
    }

    [Fact]
    public async Task Static_stages_give_tokens_dump_and_code_objects()
    {
        var outcomes = await _python.AnalyzeAsync(Case("ok.py", "def f(a):\n    return a + 1\n"), [Stage.Tokens, Stage.Ast, Stage.Dis], default);
        var tokens = (TokensArtifact)outcomes[Stage.Tokens].Artifact!;
        Assert.Equal("ENCODING", tokens.Tokens[0].Type);
        Assert.Contains(tokens.Tokens, t => t.Type == "PLUS");
        var ast = (AstArtifact)outcomes[Stage.Ast].Artifact!;
        Assert.StartsWith("Module(body=[FunctionDef(name='f'", ast.Dump);
        var dis = (DisArtifact)outcomes[Stage.Dis].Artifact!;
        Assert.Equal(["<module>", "<module>/f"], dis.CodeObjects.Select(c => c.Path));
        Assert.Contains("BINARY_OP", dis.Text);
        Assert.DoesNotMatch("0x[0-9a-f]{4,}", dis.Text!);
    }

    [Fact]
    public async Task Syntax_errors_come_back_with_all_positions()
    {
        var outcomes = await _python.AnalyzeAsync(Case("bad.py", "x = (1,\n"), [Stage.Tokens, Stage.Ast], default);
        Assert.Equal("TokenError", ((TokensArtifact)outcomes[Stage.Tokens].Artifact!).Error!.Type);
        var error = ((AstArtifact)outcomes[Stage.Ast].Artifact!).Error!;
        Assert.Equal("SyntaxError", error.Type);
        Assert.Equal("'(' was never closed", error.Message);
        Assert.Equal((1, 5), (error.Lineno, error.Offset));
    }

    [Fact]
    public async Task Files_not_in_utf8_and_with_null_bytes_get_an_error_verdict_not_a_crash()
    {
        var latin = await _python.AnalyzeAsync(Case("latin.py", [(byte)'x', (byte)'=', (byte)'"', 0xe9, (byte)'"', (byte)'\n']), [Stage.Ast], default);
        Assert.Equal(OutcomeKind.Produced, latin[Stage.Ast].Kind);
        Assert.Equal("SyntaxError", ((AstArtifact)latin[Stage.Ast].Artifact!).Error!.Type);
        var nul = await _python.AnalyzeAsync(Case("nul.py", "x = 1\0\n"), [Stage.Ast], default);
        Assert.NotNull(((AstArtifact)nul[Stage.Ast].Artifact!).Error);
    }

    [Fact]
    public async Task Run_stage_captures_output_exit_codes_timeouts_and_signals()
    {
        var hello = (RunArtifact)(await _python.RunAsync(Case("hello.py", "import sys\nprint('hi')\nsys.exit(3)\n"), default)).Artifact!;
        Assert.Equal("hi\n", ArtifactDiff.Decode(hello.Stdout.Head));
        Assert.Equal(3, hello.ExitCode);

        var loop = await _python.RunAsync(Case("loop.py", "while True: pass\n"), default);
        Assert.Equal(OutcomeKind.Timeout, loop.Kind);

        var killed = (RunArtifact)(await _python.RunAsync(Case("kill.py", "import os, signal\nos.kill(os.getpid(), signal.SIGKILL)\n"), default)).Artifact!;
        Assert.True(killed.KilledBySignal);

        var exit = (RunArtifact)(await _python.RunAsync(Case("exit.py", "import os\nprint('x', flush=True)\nos._exit(3)\n"), default)).Artifact!;
        Assert.Equal(3, exit.ExitCode);

        var hash = (RunArtifact)(await _python.RunAsync(Case("hash.py", "import os\nprint(os.environ.get('PYTHONHASHSEED'), hash('abc'))\n"), default)).Artifact!;
        Assert.StartsWith("0 ", ArtifactDiff.Decode(hash.Stdout.Head));
    }

    [Fact]
    public async Task Fifty_megabytes_of_output_are_judged_by_hash()
    {
        var big = (RunArtifact)(await _python.RunAsync(Case("big.py", "import sys\nsys.stdout.write('x' * (50 * 1024 * 1024))\n"), default)).Artifact!;
        Assert.Equal(50L * 1024 * 1024, big.Stdout.Length);
        Assert.True(big.Stdout.Truncated);
    }

    [Fact]
    public async Task A_case_against_itself_is_identical_at_every_stage()
    {
        var file = Case("same.py", "print(sorted({3, 1, 2}))\n");
        var info = new CaseInfo(file.Path, file.DisplayName, CaseMetadata.None);
        var lines = await ConformanceRun.RunCaseAsync(info, Stages.All, _python, _python, OutputNormalizer.None, default);
        Assert.All(lines, l => Assert.Equal("identical", l.Item1.Verdict));
    }

    [Fact]
    public async Task Reference_tokens_stage_matches_cpython_on_a_simple_file()
    {
        var file = Case("ref.py", "x = [1, 2]  # c\nif x:\n    print(x)\n");
        var reference = ReferenceImplementation.Analyze(Pyref.PythonVersion.Py311, Stage.Tokens, File.ReadAllBytes(file.Path), file.DisplayName);
        var cpython = (await _python.AnalyzeAsync(file, [Stage.Tokens], default))[Stage.Tokens];
        Assert.Null(ArtifactDiff.Compare(cpython.Artifact!, reference.Artifact!));
    }

    [Fact]
    public async Task Reference_dis_stage_matches_cpython_on_a_simple_file()
    {
        var file = Case("refdis.py", "import os\ndef f(a, *b, c=1):\n    return [os.path.join(x) for x in b if x], c\nclass C:\n    def m(self):\n        return super().m()\n");
        var reference = ReferenceImplementation.Analyze(Pyref.PythonVersion.Py311, Stage.Dis, File.ReadAllBytes(file.Path), file.DisplayName);
        var cpython = (await _python.AnalyzeAsync(file, [Stage.Dis], default))[Stage.Dis];
        Assert.Null(ArtifactDiff.Compare(cpython.Artifact!, reference.Artifact!));
    }
}
