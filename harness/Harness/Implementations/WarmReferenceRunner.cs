using Conformance.Harness.Execution;
using Conformance.Harness.Model;
using Conformance.Harness.Oracle;
using Pyref;

namespace Conformance.Harness.Implementations;

/// <summary>
/// The reference side's run stage in warm workers: `harness worker` processes that run each program
/// on a fresh interpreter in process (Execution/InProcessRun), instead of one `pyref FILE` process per
/// program, whose .NET start-up and JIT (~150 ms of CPU) dominate small programs.
/// The workers start with what `pyref FILE` gets (the scrubbed environment, PYTHONHASHSEED=0, the GC
/// hard limit as the memory cap). A program still running at the timeout has its worker killed and
/// restarted (verdict timeout). A program that kills its worker (stack overflow, os._exit, out of
/// memory) or throws out of the interpreter is run again as a fresh `pyref FILE` process, whose
/// outcome is the verdict, exactly as without warm workers; its detail names that path.
/// </summary>
public sealed class WarmReferenceRunner : IAsyncDisposable
{
    /// <summary>The detail a run-stage outcome carries when the warm worker could not give it.</summary>
    public const string ProcessPathNote = "run as a fresh pyref process";

    private readonly WorkerPool _workers;
    private readonly TimeSpan _timeout;
    private long _nextId;
    private int _fallbacks;

    private WarmReferenceRunner(WorkerPool workers, TimeSpan timeout)
    {
        _workers = workers;
        _timeout = timeout;
    }

    /// <summary>Programs that were run again as a process because the worker died or failed on them.</summary>
    public int Fallbacks => _fallbacks;

    /// <summary>How many workers (programs run at the same time).</summary>
    public int Size { get; private init; }

    /// <param name="memoryLimitBytes">Each worker's GC heap hard limit: the cap `pyref FILE` gets, for all the programs a worker runs.</param>
    public static WarmReferenceRunner Start(PythonVersion target, int jobs, TimeSpan timeout, long? memoryLimitBytes = 4L << 30, string? stdlib = null)
    {
        var harness = Path.Combine(AppContext.BaseDirectory, "harness.dll");
        // The same environment as `pyref FILE` gets, PYREF_STDLIB included, so both paths import the same Lib/.
        var pyref = ReferenceImplementation.PyrefCommand(target, stdlib, memoryLimitBytes);
        var environment = ScriptRunner.ScrubbedEnvironment(pyref.ExtraEnvironment);
        // Each worker process JIT-compiles the interpreter on a small program first (the "warm" op), outside any
        // program's timeout: on a loaded machine that alone can take longer than the timeout, which made the
        // first program after every restart time out, and the start-up probe declare the run stage unusable.
        var workers = new WorkerPool(jobs, () => new JsonLinesWorker("dotnet", [harness, "worker", "--target", target.ToString()], environment,
            WorkerProtocol.Warm(), TimeSpan.FromSeconds(Math.Max(120, timeout.TotalSeconds))), timeout);
        return new WarmReferenceRunner(workers, timeout) { Size = Math.Max(1, jobs) };
    }

    /// <summary>
    /// Runs one program in a worker. Null when the worker died or failed on it: the caller then runs
    /// it as a process (with <paramref name="why"/> for the detail).
    /// </summary>
    public async Task<(StageOutcome? Outcome, string? Why)> RunAsync(string path, CancellationToken cancellation)
    {
        var request = WorkerProtocol.Run(Interlocked.Increment(ref _nextId), path, _timeout, null);
        try
        {
            var response = WorkerProtocol.ParseRun(await _workers.RequestAsync(request, _timeout, cancellation), _timeout);
            if (response.Outcome is not null) return (response.Outcome, null);
            Interlocked.Increment(ref _fallbacks);
            return (null, $"the warm worker failed on it: {response.InternalError}");
        }
        catch (WorkerTimeoutException)
        {
            // The same words as ScriptRunner's, so a verdict does not change with the path.
            return (StageOutcome.TimedOut(_timeout.TotalSeconds, $"still running after {_timeout.TotalSeconds:0.#} s (killed)"), null);
        }
        catch (WorkerCrashedException e)
        {
            Interlocked.Increment(ref _fallbacks);
            return (null, $"it ended its warm worker: {FirstLine(e.Message)}");
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException)
        {
            return (StageOutcome.Failed($"unreadable worker response: {e.Message}"), null);
        }
    }

    private static string FirstLine(string text)
    {
        var cut = text.IndexOf('\n');
        return cut < 0 ? text : text[..cut];
    }

    public ValueTask DisposeAsync() => _workers.DisposeAsync();
}
