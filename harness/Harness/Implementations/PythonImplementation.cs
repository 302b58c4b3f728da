using Conformance.Harness.Model;
using Conformance.Harness.Oracle;
using Conformance.Harness.Execution;

namespace Conformance.Harness.Implementations;

/// <summary>
/// A Python executable (CPython, the oracle, or any implementation given as --impl EXE): static
/// stages through harness/oracle/oracle_worker.py running under it, the run stage as `EXE FILE`.
/// </summary>
public sealed class PythonImplementation : IImplementation
{
    private readonly WorkerPool _workers;
    private readonly ScriptRunner _runner;
    private readonly InterpreterCommand _command;
    private readonly double _startupSeconds;

    private PythonImplementation(WorkerPool workers, ScriptRunner runner, InterpreterCommand command, SideInfo info, string target, string? stdlib, double startupSeconds)
    {
        _workers = workers;
        _runner = runner;
        _command = command;
        Info = info;
        TargetVersion = target;
        StdlibPath = stdlib;
        _startupSeconds = startupSeconds;
    }

    public SideInfo Info { get; }
    public string TargetVersion { get; }
    public string? StdlibPath { get; }

    public static string WorkerScript => Path.Combine(AppContext.BaseDirectory, "oracle", "oracle_worker.py");

    /// <summary>Starts the workers and asks one of them who it is; a missing or broken executable is a setup error.</summary>
    public static async Task<PythonImplementation> StartAsync(string executable, int jobs, TimeSpan timeout, ScriptRunner runner, CancellationToken cancellation,
        string? clock = null)
    {
        if (!File.Exists(WorkerScript))
            throw new SetupException($"the oracle worker is missing: {WorkerScript}");
        var environment = ScriptRunner.ScrubbedEnvironment();
        var workers = new WorkerPool(jobs, () => new JsonLinesWorker(executable, ["-X", "utf8", WorkerScript], environment), timeout, clock);
        WorkerProtocol.HelloInfo hello;
        try
        {
            hello = WorkerProtocol.ParseHello(await workers.RequestAsync(WorkerProtocol.Hello(), TimeSpan.FromSeconds(60), cancellation));
        }
        catch (Exception e) when (e is WorkerCrashedException or WorkerTimeoutException or System.ComponentModel.Win32Exception or System.Text.Json.JsonException or InvalidOperationException)
        {
            await workers.DisposeAsync();
            throw new SetupException($"cannot start Python '{executable}': {e.Message}");
        }
        var command = InterpreterCommand.Python(executable);
        var startup = await MeasureStartupAsync(runner, command, cancellation);
        var info = new SideInfo { Name = hello.Implementation, Version = hello.Version, Executable = hello.Executable ?? executable, Target = hello.Target };
        return new PythonImplementation(workers, runner, command, info, hello.Target, hello.Stdlib, startup);
    }

    /// <summary>
    /// The run stage's seconds are the child's wall time less the interpreter's start-up, measured
    /// here on an empty script (the fastest of three), so they approximate time spent in the program.
    /// </summary>
    internal static async Task<double> MeasureStartupAsync(ScriptRunner runner, InterpreterCommand command, CancellationToken cancellation)
    {
        var empty = Path.Combine(Path.GetTempPath(), $"conformance-empty-{Environment.ProcessId}.py");
        await File.WriteAllTextAsync(empty, "", cancellation);
        try
        {
            var best = double.MaxValue;
            for (var i = 0; i < 3; i++)
                best = Math.Min(best, (await runner.RunAsync(command, empty, cancellation)).WallSeconds);
            return best;
        }
        finally
        {
            File.Delete(empty);
        }
    }

    public Task<IReadOnlyDictionary<Stage, StageOutcome>> AnalyzeAsync(CaseFile file, IReadOnlyList<Stage> stages, CancellationToken cancellation) =>
        _workers.AnalyzeAsync(file, stages, cancellation);

    public async Task<StageOutcome> RunAsync(CaseFile file, CancellationToken cancellation)
    {
        var result = await _runner.RunAsync(_command, file.Path, cancellation);
        return result.Outcome with { Seconds = Math.Max(0, result.Outcome.Seconds - _startupSeconds) };
    }

    public ValueTask DisposeAsync() => _workers.DisposeAsync();
}

/// <summary>A problem with the command line or the machine: exit code 2.</summary>
public sealed class SetupException(string message) : Exception(message);
