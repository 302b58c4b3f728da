using System.Runtime.InteropServices;

namespace Conformance.Harness.Bench;

/// <summary>
/// What a bench sample measures. Wall time is what a user waits; the thread's CPU time ("cpu") is
/// what the stage itself costs, and a loaded machine inflates it far less, since time spent waiting
/// for a core is not counted: on a shared CI runner it is the clock that keeps noise from raising
/// alarms. Both sides use the same kind (time.thread_time in the worker).
/// </summary>
public static class BenchClock
{
    public const string Wall = "wall", Cpu = "cpu";

    public static string Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        Wall => Wall,
        Cpu when OperatingSystem.IsLinux() => Cpu,
        Cpu => throw new Implementations.SetupException("--clock cpu reads the thread's CPU clock through clock_gettime: Linux only"),
        _ => throw new Implementations.SetupException($"unknown clock '{name}' (expected wall or cpu)"),
    };

    /// <summary>CPU seconds the calling thread has used: clock_gettime(CLOCK_THREAD_CPUTIME_ID).</summary>
    public static double ThreadCpuSeconds()
    {
        if (ClockGetTime(ClockThreadCpuTimeId, out var now) != 0)
            throw new InvalidOperationException($"clock_gettime failed: errno {Marshal.GetLastPInvokeError()}");
        return now.Seconds + now.Nanoseconds * 1e-9;
    }

    private const int ClockThreadCpuTimeId = 3; // <linux/time.h> CLOCK_THREAD_CPUTIME_ID

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime", SetLastError = true)]
    private static extern int ClockGetTime(int clockId, out Timespec time);
}
