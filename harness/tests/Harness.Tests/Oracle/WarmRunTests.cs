using System.Text;
using Conformance.Harness.Diff;
using Conformance.Harness.Execution;
using Conformance.Harness.Fuzz;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Runner;

namespace Conformance.Harness.Tests.Oracle;

/// <summary>
/// The warm runners of the run stage: the reference's (`harness worker` run op, a fresh interpreter
/// per program in a long-lived process) and CPython's (forks of oracle_worker.py). Each must give
/// what a fresh process gives, survive what kills or hangs a program, and let nothing of one program
/// reach the next.
/// </summary>
public class WarmRunTests : IAsyncLifetime
{
    private static readonly Pyref.PythonVersion Target = Pyref.PythonVersion.Py311;
    private readonly CaseFolder _cases = new("warm-run-tests-");
    private string _dir => _cases.Path;
    private PythonImplementation _python = null!;

    public async Task InitializeAsync() =>
        _python = await PythonImplementation.StartAsync("python3", 1, TimeSpan.FromSeconds(30), new ScriptRunner(TimeSpan.FromSeconds(20)), CancellationToken.None);

    public async Task DisposeAsync()
    {
        await _python.DisposeAsync();
        _cases.Dispose();
    }

    private CaseFile Write(string name, string source) => _cases.Write(name, source);

    private static string Stdout(StageOutcome outcome) => Encoding.UTF8.GetString(Assert.IsType<RunArtifact>(outcome.Artifact).Stdout.Head);

    [Fact]
    public async Task Reference_warm_run_gives_what_pyref_FILE_gives()
    {
        var runner = new ScriptRunner(TimeSpan.FromSeconds(30));
        await using var warm = WarmReferenceRunner.Start(Target, 1, TimeSpan.FromSeconds(30));
        var sources = new[]
        {
            "import sys\nprint(sys.argv[0].endswith('.py'), __name__, len(sys.argv))\nprint('caf\\u00e9', '\\U0001F600')\n",
            "def f():\n    return 1 / 0\nprint('before')\nf()\n",
            "raise SystemExit('bye')\n",
            "raise SystemExit(300)\n",
            "x = (1,\n",
            "print(input())\n", // stdin is at end of file on both paths
            "open('here.txt', 'w').write('x')\nprint(open('here.txt').read())\n",
        };
        var k = 0;
        foreach (var source in sources)
        {
            var file = Write($"same_{k++}.py", source);
            var (outcome, why) = await warm.RunAsync(file.Path, default);
            Assert.True(outcome is not null, why);
            var fresh = (await runner.RunAsync(ReferenceImplementation.PyrefCommand(Target), file.Path, default)).Outcome;
            Assert.Equal(OutcomeKind.Produced, outcome.Kind);
            var difference = ArtifactDiff.Compare(fresh.Artifact!, outcome.Artifact!);
            Assert.True(difference is null, $"{file.DisplayName}: {difference}\n{source}");
        }
    }

    /// <summary>One program's changes to builtins, sys, the folder it ran in or the environment are gone for the next.</summary>
    [Fact]
    public async Task Reference_warm_run_leaks_no_state_between_programs()
    {
        await using var warm = WarmReferenceRunner.Start(Target, 1, TimeSpan.FromSeconds(30));
        var first = Write("first.py", "import builtins, sys\nbuiltins.leak = 1\nsys.leak = 2\nsys.setrecursionlimit(50)\n" +
                                      "open('left-behind.txt', 'w').write('x')\nprint('set')\nraise ValueError('first')\n");
        // The same file name in the next program's folder, and a traceback line that must come from the new file.
        var second = Write("second.py", "import builtins, sys\nprint(hasattr(builtins, 'leak'), hasattr(sys, 'leak'), sys.getrecursionlimit())\n" +
                                        "try:\n    open('left-behind.txt')\nexcept FileNotFoundError:\n    print('fresh folder')\n");
        Assert.Equal("set\n", Stdout((await warm.RunAsync(first.Path, default)).Outcome!));
        Assert.Equal("False False 1000\nfresh folder\n", Stdout((await warm.RunAsync(second.Path, default)).Outcome!));

        // A file rewritten under the same name: its traceback quotes the new line, not a cached one.
        var same = Write("rewritten.py", "raise KeyError('old')\n");
        await warm.RunAsync(same.Path, default);
        File.WriteAllText(same.Path, "x = 1\nraise KeyError('new line')\n");
        var stderr = Encoding.UTF8.GetString(((RunArtifact)(await warm.RunAsync(same.Path, default)).Outcome!.Artifact!).Stderr.Head);
        Assert.Contains("    raise KeyError('new line')\n", stderr);
    }

    [Fact]
    public async Task Reference_warm_run_kills_a_hang_and_goes_on()
    {
        await using var warm = WarmReferenceRunner.Start(Target, 1, TimeSpan.FromSeconds(2));
        var (hang, _) = await warm.RunAsync(Write("hang.py", "while True:\n    pass\n").Path, default);
        Assert.Equal(OutcomeKind.Timeout, hang!.Kind);
        Assert.Equal("still running after 2 s (killed)", hang.Detail);
        var (next, why) = await warm.RunAsync(Write("after_hang.py", "print('alive')\n").Path, default);
        Assert.True(next is not null, why);
        Assert.Equal("alive\n", Stdout(next));
    }

    /// <summary>
    /// A program that kills its worker (here: out of memory under a small GC heap limit) is run again as
    /// `pyref FILE`, whose outcome is the verdict, and the detail says which path gave it.
    /// </summary>
    [Fact]
    public async Task Reference_program_that_kills_its_worker_is_rerun_as_a_process()
    {
        var runner = new ScriptRunner(TimeSpan.FromSeconds(30), memoryLimitBytes: 256L << 20);
        await using var reference = new ReferenceImplementation(Target, TimeSpan.FromSeconds(30), runner, null, warmJobs: 1);
        await reference.StartAsync(default);
        var hog = await reference.RunAsync(Write("hog.py", "x = []\nwhile True:\n    x.append(bytearray(1 << 24))\n"), default);
        Assert.StartsWith(WarmReferenceRunner.ProcessPathNote, hog.Detail);
        var fresh = (await runner.RunAsync(ReferenceImplementation.PyrefCommand(Target, memoryLimitBytes: 256L << 20), Path.Combine(_dir, "hog.py"), default)).Outcome;
        Assert.Equal(fresh.Kind, hog.Kind);
        Assert.Equal((fresh.Artifact as RunArtifact)?.ExitCode, (hog.Artifact as RunArtifact)?.ExitCode);
        Assert.Contains("1 so far", reference.RunPath);

        var after = await reference.RunAsync(Write("after_hog.py", "print('alive')\n"), default);
        Assert.Null(after.Detail);
        Assert.Equal("alive\n", Stdout(after));
    }

    /// <summary>
    /// CPython's forked run against `python3 FILE`: output written at exit (atexit, __del__ of globals,
    /// non-daemon threads), os._exit (buffered stdout lost, stderr kept), the recursion depth a program
    /// reaches, stdin, a missing file.
    /// </summary>
    [Fact]
    public async Task CPython_forked_run_ends_as_python3_FILE_ends()
    {
        var runner = new ScriptRunner(TimeSpan.FromSeconds(20));
        await using var forked = ForkedPython.Start(_python, "python3", 1, TimeSpan.FromSeconds(20));
        var sources = new[]
        {
            "import atexit\natexit.register(lambda: print('atexit ran'))\nclass A:\n    def __del__(self):\n        print('del A')\na = A()\nprint('main')\n",
            "import os, sys\nprint('buffered, lost')\nsys.stderr.write('kept\\n')\nos._exit(3)\n",
            "import threading, time\ndef w():\n    time.sleep(0.1)\n    print('thread done')\nthreading.Thread(target=w).start()\nprint('main done')\n",
            "import sys\ndef d(n):\n    try:\n        return d(n + 1)\n    except RecursionError:\n        return n\nprint(sys.getrecursionlimit(), d(0))\nsys.setrecursionlimit(200)\nprint(sys.getrecursionlimit(), d(0))\n",
            "def f(n):\n    return f(n + 1)\nf(0)\n",
            "import sys\nprint(repr(sys.stdin.read()), sys.stdin.isatty(), sys.stdin.seekable())\n",
            "import sys\nsys.stdout.close()\nprint('x')\n",
            "x = 1 is not 2\nraise SystemExit('bye')\n",
        };
        var k = 0;
        foreach (var source in sources)
        {
            var file = Write($"fork_{k++}.py", source);
            var fork = await forked.RunAsync(file, default);
            var fresh = (await runner.RunAsync(InterpreterCommand.Python("python3"), file.Path, default)).Outcome;
            Assert.Equal(OutcomeKind.Produced, fork.Kind);
            var difference = ArtifactDiff.Compare(fresh.Artifact!, fork.Artifact!);
            Assert.True(difference is null, $"{file.DisplayName}: {difference}\n{source}");
        }
        // Not UTF-8 and no cookie: python3 FILE's own message, which names the line as its file reader counts them (\r ends one).
        foreach (var (name, bytes) in new[] { ("latin1.py", "print(1)\nx = '\xc3('\n"), ("cr.py", "x = 1 + \\\r\xff\n") })
        {
            var path = Path.Combine(_dir, name);
            File.WriteAllBytes(path, bytes.Select(c => (byte)c).ToArray());
            var undecodable = ArtifactDiff.Compare((await runner.RunAsync(InterpreterCommand.Python("python3"), path, default)).Outcome.Artifact!,
                (await forked.RunAsync(new CaseFile(path, name), default)).Artifact!);
            Assert.True(undecodable is null, $"{name}: {undecodable}");
        }
        var missing = new CaseFile(Path.Combine(_dir, "missing.py"), "missing.py");
        var gone = ArtifactDiff.Compare((await runner.RunAsync(InterpreterCommand.Python("python3"), missing.Path, default)).Outcome.Artifact!,
            (await forked.RunAsync(missing, default)).Artifact!);
        Assert.True(gone is null, gone?.ToString());
    }

    /// <summary>Each forked program starts from the worker's state, not the previous program's.</summary>
    [Fact]
    public async Task CPython_forked_run_leaks_no_state_between_programs()
    {
        await using var forked = ForkedPython.Start(_python, "python3", 1, TimeSpan.FromSeconds(20));
        await forked.RunAsync(Write("leak_1.py", "import json, builtins, sys\njson.leak = 1\nbuiltins.leak = 2\nsys.setrecursionlimit(60)\nopen('left.txt', 'w').write('x')\n"), default);
        var second = await forked.RunAsync(Write("leak_2.py",
            "import json, builtins, os, sys\nprint(hasattr(json, 'leak'), hasattr(builtins, 'leak'), sys.getrecursionlimit(), os.path.exists('left.txt'))\n"), default);
        Assert.Equal("False False 1000 False\n", Stdout(second));
    }

    /// <summary>Ctrl-C during a forked run: the request ends at once and disposal does not wait for the program.</summary>
    [Fact]
    public async Task Interrupted_request_kills_its_worker_without_waiting()
    {
        var worker = new Conformance.Harness.Oracle.JsonLinesWorker("python3", [PythonImplementation.WorkerScript], ScriptRunner.ScrubbedEnvironment());
        var hang = Write("interrupted.py", "while True:\n    pass\n");
        using var interrupt = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            worker.RequestAsync(Conformance.Harness.Oracle.WorkerProtocol.Run(1, hang.Path, TimeSpan.FromSeconds(60), null), TimeSpan.FromSeconds(90), interrupt.Token));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"the interrupt took {clock.Elapsed.TotalSeconds:0.#} s");
        // The forked program, still looping, must neither be waited for nor hold the worker's pipe open.
        clock.Restart();
        await worker.DisposeAsync();
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"disposal took {clock.Elapsed.TotalSeconds:0.#} s");
    }

    /// <summary>run --process-run and the default give the same verdicts, and summary.json names the path.</summary>
    [Fact]
    public async Task Run_paths_give_the_same_verdicts()
    {
        var folder = Path.Combine(_dir, "cases");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "ok.py"), "print(sorted({3, 1, 2}), 2 ** 100)\n");
        File.WriteAllText(Path.Combine(folder, "boom.py"), "def f():\n    raise KeyError('k')\nf()\n");
        var verdicts = new List<string>();
        foreach (var processRun in new[] { false, true })
        {
            var options = new RunOptions
            {
                Paths = [folder], Stages = [Stage.Run], OutDir = Path.Combine(_dir, processRun ? "out-process" : "out-warm"), Jobs = 1,
                Settings = "none", Quiet = true, ProcessRun = processRun,
            };
            var outcome = await ConformanceRun.ExecuteAsync(options, TextWriter.Null, default);
            verdicts.Add(string.Join(",", outcome.Results.Select(r => $"{r.Case}:{r.Verdict}")));
            Assert.Contains(processRun ? "one `python3 FILE` process per program" : "forks of warm worker processes", outcome.Summary.RunPath);
        }
        Assert.Equal(verdicts[0], verdicts[1]);
        Assert.Contains("boom.py:identical", verdicts[0]);
    }
}
