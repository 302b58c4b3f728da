using System.Diagnostics;
using Conformance.Harness.Bench;

namespace Conformance.Harness.Implementations;

/// <summary>
/// Times one static stage of one case on the thread doing the work. "wall" is elapsed time; "cpu" is that
/// thread's CPU time (clock_gettime(CLOCK_THREAD_CPUTIME_ID), as time.thread_time on the worker side), which
/// leaves out what a wall clock would charge the reference side for and not the CPython side: waiting for
/// a core on a shared machine and pauses while the harness's other threads (diffing, reading the worker's
/// replies) collect garbage. The reference thread's own GC work stays counted: the harness runs the
/// workstation GC without background collection, so a collection runs on the thread whose allocation
/// triggered it.
/// </summary>
public readonly struct StageClock
{
    private readonly bool _cpu;
    private readonly long _wallStart;
    private readonly double _cpuStart;

    private StageClock(bool cpu)
    {
        _cpu = cpu;
        _wallStart = Stopwatch.GetTimestamp();
        _cpuStart = cpu ? BenchClock.ThreadCpuSeconds() : 0;
    }

    /// <summary>Starts timing on the calling thread; <paramref name="kind"/> is <see cref="BenchClock.Wall"/> or <see cref="BenchClock.Cpu"/>.</summary>
    public static StageClock StartNew(string kind) => new(kind == BenchClock.Cpu);

    /// <summary>Seconds since the start, read on the same thread that started the clock.</summary>
    public double Seconds => _cpu
        ? BenchClock.ThreadCpuSeconds() - _cpuStart
        : Stopwatch.GetElapsedTime(_wallStart).TotalSeconds;

    /// <summary>The clock `run` uses unless told otherwise: the CPU clock where it exists (Linux), else wall.</summary>
    public static string DefaultKind => OperatingSystem.IsLinux() ? BenchClock.Cpu : BenchClock.Wall;
}
