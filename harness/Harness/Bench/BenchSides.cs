using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Harness.Execution;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Oracle;
using Pyref;
using Pyref.Tokenizer;

namespace Conformance.Harness.Bench;

/// <summary>
/// One side of the bench. A pass times every requested stage over the files once, stage by stage,
/// each file measured inside the implementation (not process start-up, not the protocol).
/// </summary>
public interface IBenchSide : IAsyncDisposable
{
    BenchSideInfo Info { get; }

    /// <summary>Why the side cannot do a stage (yet); a stage absent from this map is available.</summary>
    IReadOnlyDictionary<Stage, string> Unavailable { get; }

    /// <summary>Times the stages over the files once; CLOCK is BenchClock.Wall or BenchClock.Cpu.</summary>
    Task<IReadOnlyDictionary<Stage, PassTiming>> PassAsync(IReadOnlyList<BenchFile> files, IReadOnlyList<Stage> stages, string clock, CancellationToken cancellation);
}

/// <summary>
/// A Python executable through harness/oracle/oracle_worker.py's "bench" op: the worker reads and
/// compiles its inputs once and times each file with perf_counter, so a pass costs one JSON line.
/// </summary>
public sealed class PythonBenchSide : IBenchSide
{
    /// <summary>A pass over the default corpus takes seconds; a minute per stage and file set is ample even on a loaded machine.</summary>
    private static readonly TimeSpan PassTimeout = TimeSpan.FromMinutes(30);

    private readonly JsonLinesWorker _worker;

    private PythonBenchSide(JsonLinesWorker worker, BenchSideInfo info)
    {
        _worker = worker;
        Info = info;
    }

    public BenchSideInfo Info { get; }
    public IReadOnlyDictionary<Stage, string> Unavailable { get; } = new Dictionary<Stage, string>();

    public static async Task<PythonBenchSide> StartAsync(string executable, CancellationToken cancellation)
    {
        if (!File.Exists(PythonImplementation.WorkerScript))
            throw new SetupException($"the oracle worker is missing: {PythonImplementation.WorkerScript}");
        var worker = new JsonLinesWorker(executable, ["-X", "utf8", PythonImplementation.WorkerScript], ScriptRunner.ScrubbedEnvironment());
        try
        {
            var hello = WorkerProtocol.ParseHello(await worker.RequestAsync(WorkerProtocol.Hello(), TimeSpan.FromSeconds(60), cancellation));
            return new PythonBenchSide(worker, new BenchSideInfo(hello.Implementation, hello.Version, hello.Executable ?? executable, hello.Target));
        }
        catch (Exception e) when (e is WorkerCrashedException or WorkerTimeoutException or System.ComponentModel.Win32Exception or System.Text.Json.JsonException or InvalidOperationException or InvalidDataException)
        {
            await worker.DisposeAsync();
            throw new SetupException($"cannot start Python '{executable}': {e.Message}");
        }
    }

    public async Task<IReadOnlyDictionary<Stage, PassTiming>> PassAsync(IReadOnlyList<BenchFile> files, IReadOnlyList<Stage> stages, string clock, CancellationToken cancellation)
    {
        var request = new JsonObject
        {
            ["op"] = "bench",
            ["clock"] = clock,
            ["stages"] = new JsonArray(stages.Select(s => (JsonNode)s.Name()).ToArray()),
            ["files"] = new JsonArray(files.Select(f => (JsonNode)new JsonObject
            {
                ["path"] = f.Path,
                ["filename"] = f.DisplayName,
                ["stages"] = new JsonArray(f.Stages.Select(s => (JsonNode)s.Name()).ToArray()),
            }).ToArray()),
        }.ToJsonString();
        string response;
        try
        {
            response = await _worker.RequestAsync(request, PassTimeout, cancellation);
        }
        catch (Exception e) when (e is WorkerCrashedException or WorkerTimeoutException)
        {
            throw new SetupException($"{Info.Name} {Info.Version} failed during a bench pass: {e.Message}");
        }
        var node = JsonNode.Parse(response) ?? throw new InvalidDataException("empty bench response");
        if (node["fatal"] is { } fatal) throw new SetupException($"{Info.Name} {Info.Version} bench worker: {fatal}");
        var result = new Dictionary<Stage, PassTiming>();
        foreach (var stage in stages)
        {
            var timing = node["stages"]?[stage.Name()] ?? throw new InvalidDataException($"bench response has no {stage.Name()}");
            var seconds = (double?)timing["seconds"] ?? 0;
            result[stage] = new PassTiming(seconds, (double?)timing["wall"] ?? seconds, (int?)timing["files"] ?? 0, (int?)timing["failures"] ?? 0);
        }
        return result;
    }

    public ValueTask DisposeAsync() => _worker.DisposeAsync();
}

/// <summary>
/// The reference interpreter in process, as ReferenceImplementation runs its static stages: each
/// pass on a thread with a large stack, each file timed with a Stopwatch around the stage's own
/// call. A stage is available when a probe on a one-line module does not throw
/// NotImplementedException, so the compile and run stages are picked up the day the compiler lands.
/// </summary>
public sealed class ReferenceBenchSide : IBenchSide
{
    private const string ProbeSource = "x = 1\nprint(x)\n";

    private readonly PythonVersion _target;
    private readonly Dictionary<string, (byte[] Bytes, string Text)> _sources = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Pyref.VM.Ceval.PyCode> _code = new(StringComparer.Ordinal);

    public ReferenceBenchSide(PythonVersion target)
    {
        _target = target;
        Info = new BenchSideInfo("reference", ProjectVersion, null, target.ToString());
        Unavailable = Probe();
    }

    public static string ProjectVersion => typeof(Lexer).Assembly.GetName().Version?.ToString(3) ?? "0.1.0";

    public BenchSideInfo Info { get; }
    public IReadOnlyDictionary<Stage, string> Unavailable { get; }

    private Dictionary<Stage, string> Probe()
    {
        var unavailable = new Dictionary<Stage, string>();
        var source = Encoding.UTF8.GetBytes(ProbeSource);
        foreach (var stage in BenchStages.All)
        {
            // The run stage needs the compiler's code object first.
            if (stage == Stage.Run && unavailable.TryGetValue(Stage.Dis, out var noCompiler))
            {
                unavailable[stage] = $"needs the reference compiler: {noCompiler}";
                continue;
            }
            var why = OnLargeStack(() =>
            {
                try
                {
                    if (stage == Stage.Run)
                    {
                        var code = Pyref.VM.Ceval.CodeLoader.FromCodeObject(Pyref.Compiler.Compiler.Compile(ProbeSource, "<probe>", "exec"));
                        var interp = new Pyref.VM.Interpreter(TextWriter.Null, TextWriter.Null);
                        var exit = interp.RunMain(code, null);
                        return exit == 0 ? null : $"the VM exits with {exit} on a one-line module";
                    }
                    RunStatic(stage, source, ProbeSource, "<probe>");
                    return null;
                }
                catch (NotImplementedException e)
                {
                    return $"not implemented yet: {e.Message}";
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    return $"fails on a one-line module: {e.GetType().Name}: {e.Message}";
                }
            });
            if (why is not null) unavailable[stage] = why;
        }
        return unavailable;
    }

    /// <summary>
    /// One static stage's work, as ReferenceArtifacts does it minus the conversion to the canonical artifact.
    /// DEVIATION(CPython): compile() decodes the source bytes inside; the reference compiler takes a
    /// string, decoded once outside the timed region.
    /// </summary>
    private void RunStatic(Stage stage, byte[] bytes, string text, string filename)
    {
        switch (stage)
        {
            case Stage.Tokens:
                Lexer.TokenizeAll(bytes, TokenizerMode.TokenizeModule, _target);
                break;
            case Stage.Ast:
                Pyref.Parser.PythonParser.ParseModule(bytes, filename, _target);
                break;
            case Stage.Dis:
                Pyref.Compiler.Compiler.Compile(text, filename, "exec");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(stage));
        }
    }

    public Task<IReadOnlyDictionary<Stage, PassTiming>> PassAsync(IReadOnlyList<BenchFile> files, IReadOnlyList<Stage> stages, string clockKind, CancellationToken cancellation) =>
        Task.FromResult<IReadOnlyDictionary<Stage, PassTiming>>(OnLargeStack(() => Pass(files, stages, clockKind == BenchClock.Cpu, cancellation)));

    private Dictionary<Stage, PassTiming> Pass(IReadOnlyList<BenchFile> files, IReadOnlyList<Stage> stages, bool cpu, CancellationToken cancellation)
    {
        var result = new Dictionary<Stage, PassTiming>();
        var clock = new Stopwatch();
        double cpuStart = 0, cpuSeconds = 0;
        // The CPU clock is read right inside the Stopwatch, so both cover the same work.
        void Start() { if (cpu) cpuStart = BenchClock.ThreadCpuSeconds(); clock.Restart(); }
        void Stop() { clock.Stop(); cpuSeconds = cpu ? BenchClock.ThreadCpuSeconds() - cpuStart : 0; }
        foreach (var stage in stages)
        {
            if (Unavailable.ContainsKey(stage)) continue;
            double total = 0, totalWall = 0;
            int count = 0, failures = 0;
            foreach (var file in files)
            {
                if (!file.Stages.Contains(stage)) continue;
                cancellation.ThrowIfCancellationRequested();
                var (bytes, text) = Source(file.Path);
                var failed = false;
                if (stage == Stage.Run)
                {
                    // Compiling is the compile stage's work: done once, untimed. A fresh interpreter per
                    // run, as each CPython exec gets fresh globals.
                    var code = Compiled(file, text, ref failed);
                    if (code is not null)
                    {
                        var output = new StringWriter();
                        var interp = new Pyref.VM.Interpreter(output, output);
                        interp.SetArgv(file.Path, []);
                        Start();
                        try { failed = interp.RunMain(code, file.Path) != 0; }
                        catch (Exception e) when (e is not OutOfMemoryException) { failed = true; }
                        Stop();
                    }
                    else
                    {
                        clock.Reset();
                        cpuSeconds = 0;
                    }
                }
                else
                {
                    Start();
                    try { RunStatic(stage, bytes, text, file.DisplayName); }
                    catch (Pyref.Parser.PythonSyntaxError) { failed = true; }
                    catch (Exception e) when (e is not OutOfMemoryException) { failed = true; }
                    Stop();
                }
                totalWall += clock.Elapsed.TotalSeconds;
                total += cpu ? cpuSeconds : clock.Elapsed.TotalSeconds;
                count++;
                if (failed) failures++;
            }
            result[stage] = new PassTiming(total, totalWall, count, failures);
        }
        return result;
    }

    private (byte[] Bytes, string Text) Source(string path)
    {
        if (!_sources.TryGetValue(path, out var source))
        {
            var bytes = File.ReadAllBytes(path);
            _sources[path] = source = (bytes, Encoding.UTF8.GetString(bytes));
        }
        return source;
    }

    private Pyref.VM.Ceval.PyCode? Compiled(BenchFile file, string text, ref bool failed)
    {
        if (_code.TryGetValue(file.Path, out var code)) return code;
        try
        {
            return _code[file.Path] = Pyref.VM.Ceval.CodeLoader.FromCodeObject(Pyref.Compiler.Compiler.Compile(text, file.DisplayName, "exec"));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            failed = true;
            return null;
        }
    }

    /// <summary>The parser and compiler recurse on nested input: the VM's large-stack thread, as pyref runs them.</summary>
    private static T OnLargeStack<T>(Func<T> body) => Pyref.VM.Interpreter.OnLargeStack(body);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
