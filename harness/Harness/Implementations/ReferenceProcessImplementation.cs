using Conformance.Harness.Model;
using Conformance.Harness.Oracle;
using Conformance.Harness.Execution;
using Pyref;

namespace Conformance.Harness.Implementations;

/// <summary>
/// The reference interpreter out of process: static stages through `harness worker` (the same JSON
/// protocol as the CPython worker), so a stack overflow or a hang kills a worker, not the run.
/// </summary>
public sealed class ReferenceProcessImplementation : IImplementation
{
    private readonly WorkerPool _workers;
    private readonly ReferenceImplementation _inProcessForRuns;

    private ReferenceProcessImplementation(WorkerPool workers, ReferenceImplementation runs)
    {
        _workers = workers;
        _inProcessForRuns = runs;
    }

    public SideInfo Info => _inProcessForRuns.Info;
    public string? RunNote => _inProcessForRuns.RunNote;
    public string RunPath => _inProcessForRuns.RunPath;
    public string TargetVersion => _inProcessForRuns.TargetVersion;
    public string? StdlibPath => _inProcessForRuns.StdlibPath;

    public static async Task<ReferenceProcessImplementation> StartAsync(PythonVersion target, int jobs, TimeSpan timeout,
        ScriptRunner runner, string? stdlib, CancellationToken cancellation, string? pycCompiler = null, string? clock = null, int warmJobs = 0)
    {
        var harness = Path.Combine(AppContext.BaseDirectory, "harness.dll");
        var environment = new Dictionary<string, string?> { ["DOTNET_GCHeapHardLimit"] = "0x100000000" };
        var workers = new WorkerPool(jobs, () => new JsonLinesWorker("dotnet", [harness, "worker", "--target", target.ToString()], environment), timeout, clock);
        var runs = new ReferenceImplementation(target, timeout, runner, stdlib, pycCompiler, clock ?? Bench.BenchClock.Wall, warmJobs);
        await runs.StartAsync(cancellation);
        return new ReferenceProcessImplementation(workers, runs);
    }

    public Task<IReadOnlyDictionary<Stage, StageOutcome>> AnalyzeAsync(CaseFile file, IReadOnlyList<Stage> stages, CancellationToken cancellation) =>
        _workers.AnalyzeAsync(file, stages, cancellation);

    public Task<StageOutcome> RunAsync(CaseFile file, CancellationToken cancellation) => _inProcessForRuns.RunAsync(file, cancellation);

    public async ValueTask DisposeAsync()
    {
        await _inProcessForRuns.DisposeAsync();
        await _workers.DisposeAsync();
    }
}
