using System.Diagnostics;
using Conformance.Harness.Model;
using Conformance.Harness.Execution;
using Pyref;
using Pyref.Tokenizer;

namespace Conformance.Harness.Implementations;

/// <summary>
/// The reference interpreter. Static stages run in process (no start-up, no serialization: the
/// fast path for stdlib-wide runs), each on its own thread with a large stack and a timeout; the
/// run stage starts `pyref FILE` as a process like any other implementation.
/// A stage the interpreter does not implement yet is reported as skipped with that reason.
/// </summary>
public sealed class ReferenceImplementation : IImplementation
{
    /// <summary>Deeply nested input is legal; the reference parser guards its own depth, this is headroom.</summary>
    private const int AnalysisStackBytes = 256 * 1024 * 1024;

    private readonly PythonVersion _target;
    private readonly TimeSpan _timeout;
    private readonly ScriptRunner _runner;
    private readonly InterpreterCommand _command;
    private readonly string? _pycCompiler;
    private string? _cannotRun;
    private double _startupSeconds;

    /// <param name="pycCompiler">
    /// When set (`run --from-pyc`), the run stage byte-compiles each case with this CPython and runs
    /// `pyref X.pyc`: the VM is then judged on CPython's bytecode, apart from the reference compiler.
    /// </param>
    public ReferenceImplementation(PythonVersion target, TimeSpan timeout, ScriptRunner runner, string? stdlib, string? pycCompiler = null)
    {
        _target = target;
        _timeout = timeout;
        _runner = runner;
        _pycCompiler = pycCompiler;
        StdlibPath = stdlib;
        _command = PyrefCommand(target, stdlib);
        Info = new SideInfo { Name = "reference", Version = typeof(Lexer).Assembly.GetName().Version?.ToString(3) ?? "0.1.0", Target = target.ToString() };
    }

    public SideInfo Info { get; }
    public string TargetVersion => _target.ToString();
    public string? StdlibPath { get; }

    /// <summary>`dotnet pyref.dll --target X`: pyref.dll is copied next to the harness by the project reference.
    /// PYREF_STDLIB points pyref at the oracle's own Lib/ folder, so both sides import the same standard library
    /// (the oracle's version by construction).</summary>
    public static InterpreterCommand PyrefCommand(PythonVersion target, string? stdlib = null) => new(
        "dotnet",
        [Path.Combine(AppContext.BaseDirectory, "pyref.dll"), "--target", target.ToString()],
        // The GC's hard limit is the reference side's memory cap (prlimit would break the runtime).
        new Dictionary<string, string?> { ["DOTNET_GCHeapHardLimit"] = "0x100000000", ["DOTNET_TieredCompilation"] = null, ["PYREF_STDLIB"] = stdlib });

    /// <summary>Finds out whether pyref can run programs yet, and its start-up time.</summary>
    public async Task StartAsync(CancellationToken cancellation)
    {
        var probe = Path.Combine(Path.GetTempPath(), $"conformance-probe-{Environment.ProcessId}.py");
        await File.WriteAllTextAsync(probe, "pass\n", cancellation);
        try
        {
            var result = _pycCompiler is null
                ? await _runner.RunAsync(_command, probe, cancellation)
                : await RunFromPycAsync(probe, cancellation);
            if (result.Outcome.Artifact is RunArtifact { ExitCode: not 0 } failed)
                _cannotRun = $"pyref cannot run programs yet: {Diff.ArtifactDiff.Decode(failed.Stderr.Head).Trim()}";
            else if (result.Outcome.Kind != OutcomeKind.Produced)
                _cannotRun = $"pyref did not start: {result.Outcome.Detail}";
            _startupSeconds = await PythonImplementation.MeasureStartupAsync(_runner, _command, cancellation);
        }
        finally
        {
            File.Delete(probe);
        }
    }

    public async Task<IReadOnlyDictionary<Stage, StageOutcome>> AnalyzeAsync(CaseFile file, IReadOnlyList<Stage> stages, CancellationToken cancellation)
    {
        var outcomes = new Dictionary<Stage, StageOutcome>();
        byte[] source;
        try
        {
            source = await File.ReadAllBytesAsync(file.Path, cancellation);
        }
        catch (IOException e)
        {
            foreach (var stage in stages.Where(s => s.IsStatic())) outcomes[stage] = StageOutcome.Failed(e.Message);
            return outcomes;
        }
        foreach (var stage in stages.Where(s => s.IsStatic()))
            outcomes[stage] = await AnalyzeOneAsync(stage, source, file.DisplayName, cancellation);
        return outcomes;
    }

    private Task<StageOutcome> AnalyzeOneAsync(Stage stage, byte[] source, string filename, CancellationToken cancellation)
    {
        var done = new TaskCompletionSource<StageOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() => done.TrySetResult(Analyze(_target, stage, source, filename)), AnalysisStackBytes)
        {
            IsBackground = true, // a runaway analysis must not keep the process alive
            Name = $"reference-{stage.Name()}",
        };
        thread.Start();
        return done.Task.WaitAsync(_timeout, cancellation).ContinueWith(t => t.IsFaulted && t.Exception!.InnerException is TimeoutException
            // DEVIATION(harness): a thread cannot be killed; a timed-out in-process analysis keeps running in
            // the background. Use --impl reference-process to isolate such cases.
            ? StageOutcome.TimedOut(_timeout.TotalSeconds, $"no result within {_timeout.TotalSeconds:0.#} s")
            : t.GetAwaiter().GetResult(), TaskScheduler.Default);
    }

    /// <summary>One static stage of the reference interpreter, as the canonical artifact.</summary>
    public static StageOutcome Analyze(PythonVersion target, Stage stage, byte[] source, string filename)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return stage switch
            {
                Stage.Tokens => ReferenceArtifacts.Tokens(source, target, clock),
                Stage.Ast => ReferenceArtifacts.Ast(source, filename, target, clock),
                Stage.Dis => ReferenceArtifacts.Dis(source, filename, target, clock),
                _ => StageOutcome.Unsupported("not a static stage"),
            };
        }
        catch (NotImplementedException e)
        {
            return StageOutcome.Unsupported($"not implemented in the reference interpreter yet: {e.Message}");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // An exception escaping a stage is a bug of the interpreter, not a Python error.
            return StageOutcome.Crashed($"internal error: {e.GetType().Name}: {e.Message}\n{e.StackTrace}", clock.Elapsed.TotalSeconds);
        }
        catch (OutOfMemoryException)
        {
            return StageOutcome.Crashed("internal error: out of memory", clock.Elapsed.TotalSeconds);
        }
    }

    public async Task<StageOutcome> RunAsync(CaseFile file, CancellationToken cancellation)
    {
        if (_cannotRun is not null) return StageOutcome.Unsupported(_cannotRun);
        var result = _pycCompiler is null
            ? await _runner.RunAsync(_command, file.Path, cancellation)
            : await RunFromPycAsync(file.Path, cancellation);
        return result.Outcome with { Seconds = Math.Max(0, result.Outcome.Seconds - _startupSeconds) };
    }

    /// <summary>
    /// `python3 -m py_compile` semantics into a temporary folder, keeping the file name: co_filename
    /// stays the .py path the oracle runs, so tracebacks name (and quote) the same file. A case CPython
    /// cannot compile (a SyntaxError case) runs as `pyref X.py`, where the reference compiler reports it.
    /// </summary>
    private async Task<ScriptRunner.RunOutcome> RunFromPycAsync(string source, CancellationToken cancellation)
    {
        // The folder name matches OutputNormalizer's temporary-folder pattern, like the run folder.
        var folder = Directory.CreateTempSubdirectory("conformance-run-pyc-");
        try
        {
            var pyc = Path.Combine(folder.FullName, Path.GetFileNameWithoutExtension(source) + ".pyc");
            var compile = await CliWrap.Cli.Wrap(_pycCompiler!)
                .WithArguments(["-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)", source, pyc])
                .WithEnvironmentVariables(ScriptRunner.ScrubbedEnvironment())
                .WithValidation(CliWrap.CommandResultValidation.None)
                .ExecuteAsync(cancellation);
            return await _runner.RunAsync(_command, compile.ExitCode == 0 && File.Exists(pyc) ? pyc : source, cancellation);
        }
        finally
        {
            try { folder.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>What the report says about the run stage when it ran CPython-compiled bytecode.</summary>
    public string? RunNote => _pycCompiler is null ? null :
        $"run stage: the reference VM ran .pyc files compiled by CPython's compiler ({_pycCompiler} -m py_compile), not by the reference compiler";

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
