using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Harness.Execution;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Oracle;

namespace Conformance.Harness.Fuzz;

/// <summary>
/// CPython for the fuzzer: static stages through the usual worker pool, and the run stage as a
/// fork of a warm worker (the worker's "run" op) instead of a fresh `python3 FILE`: a CPython
/// start-up costs tens of milliseconds of CPU, which alone would cap a 2-core machine far below
/// 100 programs a second. The child has the run stage's safety (fresh temporary folder, timeout by
/// alarm, address-space cap, the scrubbed environment of the worker) and the state `python3 FILE`
/// has at its first line; FuzzTests checks that both give the same bytes on generated programs.
/// </summary>
public sealed class ForkedPython : IImplementation
{
    private readonly PythonImplementation _static;
    private readonly WorkerPool _runners;
    private readonly TimeSpan _timeout;
    private long _nextId;

    private ForkedPython(PythonImplementation inner, WorkerPool runners, TimeSpan timeout)
    {
        _static = inner;
        _runners = runners;
        _timeout = timeout;
    }

    public static ForkedPython Start(PythonImplementation inner, string executable, int jobs, TimeSpan timeout)
    {
        // No -X utf8 here, unlike the analysis workers: the child must see the flags `python3 FILE` has.
        var environment = ScriptRunner.ScrubbedEnvironment();
        var runners = new WorkerPool(jobs, () => new JsonLinesWorker(executable, [PythonImplementation.WorkerScript], environment), timeout + TimeSpan.FromSeconds(5));
        return new ForkedPython(inner, runners, timeout);
    }

    /// <summary>Whether this side's run stage can be forked: CPython on Linux (os.fork, the rlimits the child sets).</summary>
    public static bool CanFork(PythonImplementation python) => OperatingSystem.IsLinux() && python.Info.Name == "cpython";

    public SideInfo Info => _static.Info;
    public string TargetVersion => _static.TargetVersion;
    public string? StdlibPath => _static.StdlibPath;

    public Task<IReadOnlyDictionary<Stage, StageOutcome>> AnalyzeAsync(CaseFile file, IReadOnlyList<Stage> stages, CancellationToken cancellation) =>
        _static.AnalyzeAsync(file, stages, cancellation);

    public async Task<StageOutcome> RunAsync(CaseFile file, CancellationToken cancellation)
    {
        var request = WorkerProtocol.Run(Interlocked.Increment(ref _nextId), Path.GetFullPath(file.Path), _timeout, 4L << 30);
        try
        {
            var response = WorkerProtocol.ParseRun(await _runners.RequestAsync(request, null, cancellation), _timeout);
            return response.Outcome ?? StageOutcome.Failed($"forked run: {response.InternalError}");
        }
        catch (WorkerTimeoutException e)
        {
            return StageOutcome.TimedOut(_timeout.TotalSeconds, e.Message);
        }
        catch (WorkerCrashedException e)
        {
            return StageOutcome.Crashed(e.Message);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException)
        {
            return StageOutcome.Failed($"unreadable worker response: {e.Message}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _runners.DisposeAsync();
        await _static.DisposeAsync();
    }
}
