using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

using Pyref.VM.Runtime;

namespace Pyref.VM.Modules;

/// <summary>time (Modules/timemodule.c): clocks only.</summary>
[BuiltinModule("time")]
public static class TimeModule
{
    private static readonly System.Diagnostics.Stopwatch s_clock = System.Diagnostics.Stopwatch.StartNew();
    public static PyModule Create()
    {
        var m = new PyModule("time");
        var d = m.Dict!;
        d.Set("time", Fn("time", (a, kw) => PyFloat.From(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0)));
        d.Set("perf_counter", Fn("perf_counter", (a, kw) => PyFloat.From(s_clock.Elapsed.TotalSeconds)));
        d.Set("monotonic", Fn("monotonic", (a, kw) => PyFloat.From(s_clock.Elapsed.TotalSeconds)));
        d.Set("process_time", Fn("process_time", (a, kw) => PyFloat.From(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds)));
        d.Set("time_ns", Fn("time_ns", (a, kw) => PyInt.From(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000000)));
        d.Set("perf_counter_ns", Fn("perf_counter_ns", (a, kw) => PyInt.From((long)(s_clock.Elapsed.TotalSeconds * 1e9))));
        d.Set("sleep", Fn("sleep", (a, kw) => { Thread.Sleep(TimeSpan.FromSeconds(NumberMethods.ToDouble(a[0]))); return None; }));
        return m;
    }
}
