using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Pyref.Compiler;

/// <summary>
/// Runs work on a thread with a big stack (the compiler's passes recurse as deep as the tree) and rethrows its
/// exception unchanged. The threads are kept and reused: starting a thread with a 256 MiB stack for every compile
/// cost about a tenth of the compile time over the stdlib (most modules are small). Work started on one of these
/// threads (a nested compile) runs inline.
/// </summary>
internal static class BigStack
{
    private const int StackBytes = 256 * 1024 * 1024;

    [ThreadStatic] private static bool _onBigStack;

    /// <summary>Idle workers; at most <see cref="MaxIdle"/> are kept, the others end after their job.</summary>
    private static readonly ConcurrentBag<Worker> Idle = new();
    private static readonly int MaxIdle = Math.Max(2, Environment.ProcessorCount);

    public static T Run<T>(Func<T> work)
    {
        if (_onBigStack) return work();
        if (!Idle.TryTake(out var worker)) worker = new Worker();
        object? result;
        try { result = worker.Execute(() => work()); }
        finally
        {
            if (Idle.Count < MaxIdle) Idle.Add(worker);
            else worker.Stop();
        }
        return (T)result!;
    }

    private sealed class Worker
    {
        // Events that block at once (spinCount 0): the caller waits for the whole compile, the worker for the next
        // one, so spinning first (as SemaphoreSlim does) only burnt CPU time on both sides at every handoff.
        private readonly ManualResetEventSlim _start = new(false, 0);
        private readonly ManualResetEventSlim _done = new(false, 0);
        private Func<object?>? _job;
        private object? _result;
        private Exception? _error;

        public Worker()
        {
            var thread = new Thread(Loop, StackBytes) { IsBackground = true, Name = "pyref compiler (big stack)" };
            thread.Start();
        }

        public object? Execute(Func<object?> job)
        {
            _job = job;
            _start.Set();
            _done.Wait();
            _done.Reset();
            var (result, error) = (_result, _error);
            _result = null; _error = null;
            if (error is not null) ExceptionDispatchInfo.Capture(error).Throw();
            return result;
        }

        /// <summary>Ends the thread once it is idle (a null job).</summary>
        public void Stop()
        {
            _job = null;
            _start.Set();
        }

        private void Loop()
        {
            _onBigStack = true;
            while (true)
            {
                _start.Wait();
                _start.Reset();
                var job = _job;
                if (job is null) return;
                _job = null;
                try { _result = job(); }
                catch (Exception e) { _error = e; }
                _done.Set();
            }
        }
    }
}
