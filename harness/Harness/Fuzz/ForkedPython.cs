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

    public SideInfo Info => _static.Info;
    public string TargetVersion => _static.TargetVersion;
    public string? StdlibPath => _static.StdlibPath;

    public Task<IReadOnlyDictionary<Stage, StageOutcome>> AnalyzeAsync(CaseFile file, IReadOnlyList<Stage> stages, CancellationToken cancellation) =>
        _static.AnalyzeAsync(file, stages, cancellation);

    public async Task<StageOutcome> RunAsync(CaseFile file, CancellationToken cancellation)
    {
        var request = new JsonObject
        {
            ["op"] = "run",
            ["id"] = Interlocked.Increment(ref _nextId),
            ["path"] = Path.GetFullPath(file.Path),
            ["timeout"] = _timeout.TotalSeconds,
            ["memory"] = 4L << 30,
        }.ToJsonString();
        try
        {
            var response = JsonNode.Parse(await _runners.RequestAsync(request, null, cancellation))!;
            if (response["fatal"] is { } fatal) return StageOutcome.Failed($"forked run: {fatal}");
            var seconds = (double)response["seconds"]!;
            if ((bool)response["timed_out"]!)
                return StageOutcome.TimedOut(seconds, $"still running after {_timeout.TotalSeconds:0.#} s (killed)");
            return StageOutcome.Produced(new RunArtifact((int)response["exit_code"]!, Captured(response["stdout"]!), Captured(response["stderr"]!)), seconds);
        }
        catch (WorkerTimeoutException e)
        {
            return StageOutcome.TimedOut(_timeout.TotalSeconds, e.Message);
        }
        catch (WorkerCrashedException e)
        {
            return StageOutcome.Crashed(e.Message);
        }
        catch (JsonException e)
        {
            return StageOutcome.Failed($"unreadable worker response: {e.Message}");
        }
    }

    private static CapturedOutput Captured(JsonNode node) =>
        new(Convert.FromBase64String((string)node["head"]!), (long)node["length"]!, (string)node["sha256"]!);

    public async ValueTask DisposeAsync()
    {
        await _runners.DisposeAsync();
        await _static.DisposeAsync();
    }
}
