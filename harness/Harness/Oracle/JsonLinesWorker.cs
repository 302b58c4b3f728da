using System.Text;
using System.Threading.Channels;
using CliWrap;

namespace Conformance.Harness.Oracle;

public sealed class WorkerCrashedException(string message) : Exception(message);
public sealed class WorkerTimeoutException(string message) : Exception(message);

/// <summary>
/// A long-lived child process spoken to in JSON lines over stdin/stdout, started through CliWrap.
/// One request at a time; a worker that dies or stops answering is killed, and the next request
/// starts a fresh one, so one bad case costs one verdict, never the run.
/// </summary>
public sealed class JsonLinesWorker : IAsyncDisposable
{
    private readonly string _executable;
    private readonly IReadOnlyList<string> _arguments;
    private readonly IReadOnlyDictionary<string, string?> _environment;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Running? _running;
    private volatile bool _disposed;

    private readonly string? _startRequest;
    private readonly TimeSpan _startTimeout;

    /// <param name="startRequest">
    /// A request sent to every freshly started process, whose answer is awaited within <paramref name="startTimeout"/>
    /// before the caller's request is sent: start-up work (a JIT warm-up) then never counts against a case's timeout,
    /// neither at the first request nor after a restart. Its answer is discarded.
    /// </param>
    public JsonLinesWorker(string executable, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment,
        string? startRequest = null, TimeSpan? startTimeout = null)
    {
        _executable = executable;
        _arguments = arguments;
        _environment = environment;
        _startRequest = startRequest;
        _startTimeout = startTimeout ?? TimeSpan.FromSeconds(120);
    }

    /// <summary>How many times a worker had to be started again after dying or hanging.</summary>
    public int Restarts { get; private set; }

    /// <summary>Sends one request line and waits for its response line.</summary>
    public async Task<string> RequestAsync(string requestLine, TimeSpan timeout, CancellationToken cancellation)
    {
        await _gate.WaitAsync(cancellation);
        try
        {
            if (_disposed) throw new WorkerCrashedException("worker disposed (the run is ending)");
            var running = _running ??= await StartAsync(cancellation);
            await running.Requests.Writer.WriteAsync(requestLine, cancellation);
            using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
            timeoutSource.CancelAfter(timeout);
            try
            {
                if (await running.Responses.Reader.WaitToReadAsync(timeoutSource.Token) &&
                    running.Responses.Reader.TryRead(out var response))
                    return response;
            }
            catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
            {
                await DiscardAsync(restart: true);
                throw new WorkerTimeoutException($"worker gave no answer within {timeout.TotalSeconds:0.#} s (killed)");
            }
            catch (OperationCanceledException)
            {
                // Interrupted (Ctrl-C) mid-request: the worker is still busy with it and would hand its
                // answer to the next request. Kill it now rather than let disposal wait for the answer.
                await DiscardAsync(restart: false);
                throw;
            }
            // The response channel completed: the process is gone.
            var detail = await running.ExitDescriptionAsync();
            await DiscardAsync(restart: true);
            throw new WorkerCrashedException(detail);
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<Running> StartAsync(CancellationToken cancellation)
    {
        var running = Running.Start(_executable, _arguments, _environment);
        if (_startRequest is null) return running;
        await running.Requests.Writer.WriteAsync(_startRequest, cancellation);
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeoutSource.CancelAfter(_startTimeout);
        try
        {
            if (await running.Responses.Reader.WaitToReadAsync(timeoutSource.Token) && running.Responses.Reader.TryRead(out _))
                return running;
        }
        catch (OperationCanceledException)
        {
            await running.DisposeAsync();
            if (cancellation.IsCancellationRequested) throw;
            throw new WorkerCrashedException($"worker did not finish starting within {_startTimeout.TotalSeconds:0.#} s (killed)");
        }
        var detail = await running.ExitDescriptionAsync();
        await running.DisposeAsync();
        throw new WorkerCrashedException(detail);
    }

    private async Task DiscardAsync(bool restart)
    {
        // Disposal does not take the gate: whoever swaps the process out first kills it, once.
        var running = Interlocked.Exchange(ref _running, null);
        if (running is null) return;
        await running.DisposeAsync();
        if (restart) Restarts++;
    }

    /// <summary>
    /// Kills the worker without waiting for a request in flight (whose caller then sees the worker
    /// die); the gate is left to the garbage collector, since a caller may still be waiting on it.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        await DiscardAsync(restart: false);
    }

    private sealed class Running : IAsyncDisposable
    {
        public Channel<string> Requests { get; } = Channel.CreateUnbounded<string>();
        public Channel<string> Responses { get; } = Channel.CreateUnbounded<string>();
        private readonly Queue<string> _stderrTail = new();
        private readonly CancellationTokenSource _kill = new();
        private CommandTask<CommandResult>? _execution;

        public static Running Start(string executable, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string?> environment)
        {
            var running = new Running();
            var command = Cli.Wrap(executable)
                .WithArguments(arguments)
                .WithEnvironmentVariables(environment)
                .WithValidation(CommandResultValidation.None)
                .WithStandardInputPipe(PipeSource.Create(running.PumpRequestsAsync))
                .WithStandardOutputPipe(PipeTarget.ToDelegate(line => running.Responses.Writer.TryWrite(line), Encoding.UTF8))
                .WithStandardErrorPipe(PipeTarget.ToDelegate(running.KeepStderr, Encoding.UTF8));
            running._execution = command.ExecuteAsync(running._kill.Token);
            _ = running._execution.Task.ContinueWith(_ => running.Responses.Writer.TryComplete(), TaskScheduler.Default);
            return running;
        }

        private async Task PumpRequestsAsync(Stream stdin, CancellationToken cancellation)
        {
            await foreach (var line in Requests.Reader.ReadAllAsync(cancellation))
            {
                var bytes = Encoding.UTF8.GetBytes(line + "\n");
                await stdin.WriteAsync(bytes, cancellation);
                await stdin.FlushAsync(cancellation);
            }
        }

        private void KeepStderr(string line)
        {
            lock (_stderrTail)
            {
                _stderrTail.Enqueue(line);
                while (_stderrTail.Count > 20) _stderrTail.Dequeue();
            }
        }

        public async Task<string> ExitDescriptionAsync()
        {
            int? exitCode = null;
            try
            {
                if (_execution is not null) exitCode = (await _execution.Task.WaitAsync(TimeSpan.FromSeconds(5))).ExitCode;
            }
            catch (Exception) { /* killed or still exiting: the stderr tail is what we have */ }
            string tail;
            lock (_stderrTail) tail = string.Join("\n", _stderrTail);
            return $"worker died (exit code {exitCode?.ToString() ?? "unknown"})" + (tail.Length > 0 ? $": {tail}" : "");
        }

        public async ValueTask DisposeAsync()
        {
            Requests.Writer.TryComplete();
            _kill.Cancel();
            try
            {
                // The kill is immediate; what can take longer is the end of its output pipes, held open
                // by a grandchild (a forked run) until it ends. Do not wait for that.
                if (_execution is not null) await _execution.Task.WaitAsync(TimeSpan.FromSeconds(1));
            }
            catch (Exception) { /* cancellation of a killed process surfaces here */ }
            _kill.Dispose();
        }
    }
}
