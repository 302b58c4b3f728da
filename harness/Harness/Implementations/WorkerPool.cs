using System.Threading.Channels;
using Conformance.Harness.Model;
using Conformance.Harness.Oracle;

namespace Conformance.Harness.Implementations;

/// <summary>
/// A fixed set of JSON-lines workers, one per concurrent job, handing static-stage requests to
/// whichever is free. Shared by the CPython side and the reference-as-a-process side.
/// </summary>
public sealed class WorkerPool : IAsyncDisposable
{
    private readonly Channel<JsonLinesWorker> _free = Channel.CreateUnbounded<JsonLinesWorker>();
    private readonly List<JsonLinesWorker> _all = [];
    private readonly TimeSpan _timeout;
    private readonly string? _clock;
    private long _nextId;

    /// <param name="clock">The clock the workers time static stages with ("wall", "cpu"); null: their default.</param>
    public WorkerPool(int size, Func<JsonLinesWorker> create, TimeSpan timeout, string? clock = null)
    {
        _timeout = timeout;
        _clock = clock;
        for (var i = 0; i < Math.Max(1, size); i++)
        {
            var worker = create();
            _all.Add(worker);
            _free.Writer.TryWrite(worker);
        }
    }

    public int Restarts => _all.Sum(w => w.Restarts);

    public async Task<string> RequestAsync(string line, TimeSpan? timeout, CancellationToken cancellation)
    {
        var worker = await _free.Reader.ReadAsync(cancellation);
        try
        {
            return await worker.RequestAsync(line, timeout ?? _timeout, cancellation);
        }
        finally
        {
            _free.Writer.TryWrite(worker);
        }
    }

    /// <summary>Asks a worker for one case's static stages; a dead or hung worker becomes the stages' verdict.</summary>
    public async Task<IReadOnlyDictionary<Stage, StageOutcome>> AnalyzeAsync(CaseFile file, IReadOnlyList<Stage> stages, CancellationToken cancellation)
    {
        var wanted = stages.Where(s => s.IsStatic()).ToList();
        if (wanted.Count == 0) return new Dictionary<Stage, StageOutcome>();
        var request = WorkerProtocol.Analyze(Interlocked.Increment(ref _nextId), file.Path, file.DisplayName, wanted, _clock);
        var started = DateTime.UtcNow;
        string response;
        try
        {
            response = await RequestAsync(request, null, cancellation);
        }
        catch (WorkerTimeoutException e)
        {
            var seconds = (DateTime.UtcNow - started).TotalSeconds;
            return wanted.ToDictionary(s => s, _ => StageOutcome.TimedOut(seconds, e.Message));
        }
        catch (WorkerCrashedException e)
        {
            return wanted.ToDictionary(s => s, _ => StageOutcome.Crashed(e.Message));
        }
        try
        {
            return WorkerProtocol.ParseAnalyze(response, wanted);
        }
        // A value of the wrong JSON kind (GetInt32 on a string...) throws InvalidOperationException or FormatException.
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidDataException or InvalidOperationException or FormatException
                                   or KeyNotFoundException or IndexOutOfRangeException)
        {
            return wanted.ToDictionary(s => s, _ => StageOutcome.Failed($"unreadable worker response: {e.Message}"));
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var worker in _all) await worker.DisposeAsync();
    }
}
