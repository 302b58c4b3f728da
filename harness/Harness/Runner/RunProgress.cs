using Spectre.Console;

namespace Conformance.Harness.Runner;

/// <summary>
/// Progress of a run: a live bar on a terminal; in CI (or any redirected output) a plain line
/// every few seconds, because redrawn bars turn CI logs into noise.
/// </summary>
public abstract class RunProgress : IDisposable
{
    public static RunProgress Create(int total, bool quiet, TextWriter console)
    {
        if (quiet) return new Silent();
        var interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;
        return interactive ? new Bar(total) : new Lines(total, console);
    }

    public abstract void CaseDone(string name);
    public virtual void Dispose() { }

    private sealed class Silent : RunProgress
    {
        public override void CaseDone(string name) { }
    }

    private sealed class Lines(int total, TextWriter console) : RunProgress
    {
        private int _done;
        private DateTime _last = DateTime.UtcNow;

        public override void CaseDone(string name)
        {
            var done = Interlocked.Increment(ref _done);
            lock (this)
            {
                if (done != total && (DateTime.UtcNow - _last).TotalSeconds < 5) return;
                _last = DateTime.UtcNow;
                console.WriteLine($"[{done}/{total}] {name}");
            }
        }
    }

    /// <summary>Spectre.Console's progress display, driven from worker threads through a shared counter.</summary>
    private sealed class Bar : RunProgress
    {
        private readonly Task _display;
        private readonly TaskCompletionSource _finished = new();
        private int _done;
        private string _current = "";

        public Bar(int total)
        {
            var display = AnsiConsole.Progress();
            display.AutoClear = true;
            _display = display
                .Columns(new Spectre.Console.ProgressColumn[]
                {
                    new Spectre.Console.TaskDescriptionColumn(), new Spectre.Console.ProgressBarColumn(),
                    new Spectre.Console.PercentageColumn(), new Spectre.Console.RemainingTimeColumn(),
                })
                .StartAsync(async context =>
                {
                    var task = context.AddTask("cases", maxValue: Math.Max(1, total));
                    while (!_finished.Task.IsCompleted)
                    {
                        task.Value = Volatile.Read(ref _done);
                        task.Description = $"{Volatile.Read(ref _done)}/{total} {Truncate(_current)}";
                        await Task.WhenAny(_finished.Task, Task.Delay(150));
                    }
                    task.Value = Volatile.Read(ref _done);
                });
        }

        private static string Truncate(string s) => Spectre.Console.Markup.Escape(s.Length > 40 ? "…" + s[^39..] : s);

        public override void CaseDone(string name)
        {
            Interlocked.Increment(ref _done);
            _current = name;
        }

        public override void Dispose()
        {
            _finished.TrySetResult();
            try { _display.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        }
    }
}
