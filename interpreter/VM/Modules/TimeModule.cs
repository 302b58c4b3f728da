using System.Runtime.InteropServices;
using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>time (Modules/timemodule.c): clocks through clock_gettime, struct_time, and the C library's localtime,
/// gmtime, mktime and strftime (so time zones and formats are the system's, as CPython's are); strptime is
/// Lib/_strptime.py's, as in CPython.</summary>
[BuiltinModule("time")]
public static unsafe class TimeModule
{
    private const string C = "libc";
    [DllImport(C, SetLastError = true)] private static extern int clock_gettime(int clk, long* ts);
    [DllImport(C, SetLastError = true)] private static extern int clock_getres(int clk, long* ts);
    [DllImport(C, SetLastError = true)] private static extern void* localtime_r(long* t, Tm* tm);
    [DllImport(C, SetLastError = true)] private static extern void* gmtime_r(long* t, Tm* tm);
    [DllImport(C, SetLastError = true)] private static extern long mktime(Tm* tm);
    [DllImport(C, SetLastError = true)] private static extern nint strftime(byte* s, nint max, byte[] format, Tm* tm);
    [DllImport(C)] private static extern void tzset();

    /// <summary>struct tm (glibc, LP64).</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct Tm
    {
        public int Sec, Min, Hour, Mday, Mon, Year, Wday, Yday, Isdst;
        public long Gmtoff;
        public nint Zone;
    }

    private const int CLOCK_REALTIME = 0, CLOCK_MONOTONIC = 1, CLOCK_PROCESS_CPUTIME_ID = 2, CLOCK_THREAD_CPUTIME_ID = 3;

    private static PyType? s_structTime;
    public static PyType StructTimeType => s_structTime ??= StructSequence.NewType("time", "struct_time",
        ["tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst", "tm_zone", "tm_gmtoff"], 9);

    private static long ClockNs(int clk)
    {
        long* ts = stackalloc long[2];
        if (clock_gettime(clk, ts) != 0) throw ErrnoModule.OSErrorFromErrno(Marshal.GetLastPInvokeError());
        return ts[0] * 1_000_000_000 + ts[1];
    }

    private static PyObject Seconds(long ns) => PyFloat.From(ns / 1e9);

    private static PyObject NoArgs(string name, Func<PyObject> f) => Fn(name, (a, kw) => { CheckCount(name, a.Length, 0, 0); return f(); });

    public static PyModule Create()
    {
        var m = new PyModule("time");
        var d = m.Dict!;
        d.Set("time", NoArgs("time", () => Seconds(ClockNs(CLOCK_REALTIME))));
        d.Set("time_ns", NoArgs("time_ns", () => PyInt.From(ClockNs(CLOCK_REALTIME))));
        d.Set("monotonic", NoArgs("monotonic", () => Seconds(ClockNs(CLOCK_MONOTONIC))));
        d.Set("monotonic_ns", NoArgs("monotonic_ns", () => PyInt.From(ClockNs(CLOCK_MONOTONIC))));
        d.Set("perf_counter", NoArgs("perf_counter", () => Seconds(ClockNs(CLOCK_MONOTONIC))));
        d.Set("perf_counter_ns", NoArgs("perf_counter_ns", () => PyInt.From(ClockNs(CLOCK_MONOTONIC))));
        d.Set("process_time", NoArgs("process_time", () => Seconds(ClockNs(CLOCK_PROCESS_CPUTIME_ID))));
        d.Set("process_time_ns", NoArgs("process_time_ns", () => PyInt.From(ClockNs(CLOCK_PROCESS_CPUTIME_ID))));
        d.Set("thread_time", NoArgs("thread_time", () => Seconds(ClockNs(CLOCK_THREAD_CPUTIME_ID))));
        d.Set("thread_time_ns", NoArgs("thread_time_ns", () => PyInt.From(ClockNs(CLOCK_THREAD_CPUTIME_ID))));
        d.Set("clock_gettime", Fn("clock_gettime", (a, kw) => { CheckCount("clock_gettime", a.Length, 1, 1); return Seconds(ClockNs(ToInt(a[0]))); }));
        d.Set("clock_gettime_ns", Fn("clock_gettime_ns", (a, kw) => { CheckCount("clock_gettime_ns", a.Length, 1, 1); return PyInt.From(ClockNs(ToInt(a[0]))); }));
        d.Set("clock_getres", Fn("clock_getres", (a, kw) =>
        {
            CheckCount("clock_getres", a.Length, 1, 1);
            long* ts = stackalloc long[2];
            if (clock_getres(ToInt(a[0]), ts) != 0) throw ErrnoModule.OSErrorFromErrno(Marshal.GetLastPInvokeError());
            return PyFloat.From(ts[0] + ts[1] * 1e-9);
        }));
        foreach (var (n, v) in new[] { ("CLOCK_REALTIME", 0), ("CLOCK_MONOTONIC", 1), ("CLOCK_PROCESS_CPUTIME_ID", 2), ("CLOCK_THREAD_CPUTIME_ID", 3),
            ("CLOCK_MONOTONIC_RAW", 4), ("CLOCK_BOOTTIME", 7), ("CLOCK_TAI", 11) })
            d.Set(n, PyInt.From(v));
        d.Set("sleep", Fn("sleep", (a, kw) =>
        {
            CheckCount("sleep", a.Length, 1, 1);
            if (a[0] is not PyInt && a[0] is not PyFloat && a[0].Type.Lookup("__float__") == null && a[0].Type.Lookup("__index__") == null)
                throw PyExc.TypeError($"'{Ops.TypeName(a[0])}' object cannot be interpreted as an integer");
            double secs = NumberMethods.ToDouble(a[0]);
            if (double.IsNaN(secs)) throw PyExc.ValueError("Invalid value NaN (not a number)");
            if (secs < 0) throw PyExc.ValueError("sleep length must be non-negative");
            Interpreter.Current.Stdout.Flush();
            // pysleep: Py_BEGIN_ALLOW_THREADS around the wait, so other threads (executor workers, the event loop) run.
            if (secs > 0) Gil.Blocking(() => Thread.Sleep(TimeSpan.FromSeconds(secs)));
            return None;
        }));
        d.Set("struct_time", StructTimeType);
        d.Set("_STRUCT_TM_ITEMS", PyInt.From(11));
        d.Set("gmtime", Fn("gmtime", (a, kw) => { CheckCount("gmtime", a.Length, 0, 1); return Convert(TimeArg(a), utc: true); }));
        d.Set("localtime", Fn("localtime", (a, kw) => { CheckCount("localtime", a.Length, 0, 1); return Convert(TimeArg(a), utc: false); }));
        d.Set("mktime", Fn("mktime", (a, kw) =>
        {
            CheckCount("mktime", a.Length, 1, 1);
            var tm = TmArg("mktime", a[0]);
            tm.Wday = -1;
            long t = mktime(&tm);
            if (t == -1 && tm.Wday == -1) throw PyExc.OverflowError("mktime argument out of range");
            return PyFloat.From(t);
        }));
        d.Set("asctime", Fn("asctime", (a, kw) =>
        {
            CheckCount("asctime", a.Length, 0, 1);
            var tm = a.Length == 0 || a[0] == None ? Now() : TmArg("asctime", a[0]);
            CheckTm(tm);
            return PyStr.From(AscTime(tm));
        }));
        d.Set("ctime", Fn("ctime", (a, kw) =>
        {
            CheckCount("ctime", a.Length, 0, 1);
            long t = TimeArg(a);
            Tm tm;
            if (localtime_r(&t, &tm) == null) throw ErrnoModule.OSErrorFromErrno(Marshal.GetLastPInvokeError());
            return PyStr.From(AscTime(tm));
        }));
        d.Set("strftime", Fn("strftime", (a, kw) =>
        {
            CheckCount("strftime", a.Length, 1, 2);
            if (a[0] is not PyStr fmt) throw PyExc.TypeError($"strftime() argument 1 must be str, not {Ops.TypeName(a[0])}");
            var tm = a.Length == 1 ? Now() : TmArg("strftime", a[1]);
            CheckTm(tm, strftime: true);
            return PyStr.From(StrFTime(fmt.Value, tm));
        }));
        d.Set("strptime", Fn("strptime", (a, kw) =>
        {
            // time_strptime: _strptime._strptime_time(string, format).
            var mod = Import.ImportModuleLevel("_strptime", null, None, 0);
            return Ops.Call(Ops.GetAttr(mod, "_strptime_time"), a, kw);
        }));
        d.Set("get_clock_info", Fn("get_clock_info", (a, kw) =>
        {
            CheckCount("get_clock_info", a.Length, 1, 1);
            var name = a[0] is PyStr s ? s.Value : throw PyExc.TypeError($"get_clock_info() argument must be str, not {Ops.TypeName(a[0])}");
            var (impl, mono, adj) = name switch
            {
                "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
                "monotonic" or "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
                "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
                "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
                _ => throw PyExc.ValueError("unknown clock"),
            };
            var ns = new PyInstance(SysModule.SimpleNamespaceType());
            ns.Dict!.Set("implementation", PyStr.From(impl));
            ns.Dict!.Set("monotonic", PyBool.From(mono));
            ns.Dict!.Set("adjustable", PyBool.From(adj));
            ns.Dict!.Set("resolution", PyFloat.From(1e-09));
            return ns;
        }));
        d.Set("tzset", Fn("tzset", (a, kw) => { tzset(); InitTimezone(d); return None; }));
        InitTimezone(d);
        return m;
    }

    /// <summary>init_timezone: timezone/altzone/daylight/tzname from January and July of this year.</summary>
    private static void InitTimezone(PyDict d)
    {
        const long YEAR = (365 * 24 + 6) * 3600;
        long t = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / YEAR * YEAR;
        Tm jan, jul;
        localtime_r(&t, &jan);
        t += YEAR / 2;
        localtime_r(&t, &jul);
        long janzone = -jan.Gmtoff, julzone = -jul.Gmtoff;
        string janname = Marshal.PtrToStringUTF8(jan.Zone) ?? "", julname = Marshal.PtrToStringUTF8(jul.Zone) ?? "";
        bool southern = janzone < julzone;
        d.Set("timezone", PyInt.From(southern ? julzone : janzone));
        d.Set("altzone", PyInt.From(southern ? janzone : julzone));
        d.Set("daylight", PyInt.From(janzone != julzone ? 1 : 0));
        d.Set("tzname", southern ? PyTuple.Of(PyStr.From(julname), PyStr.From(janname)) : PyTuple.Of(PyStr.From(janname), PyStr.From(julname)));
    }

    private static Tm Now()
    {
        long t = ClockNs(CLOCK_REALTIME) / 1_000_000_000;
        Tm tm;
        localtime_r(&t, &tm);
        return tm;
    }

    /// <summary>parse_time_t_args / _PyTime_ObjectToTime_t with floor rounding.</summary>
    private static long TimeArg(ReadOnlySpan<PyObject> a)
    {
        if (a.Length == 0 || a[0] == None) return ClockNs(CLOCK_REALTIME) / 1_000_000_000;
        var o = a[0];
        if (o is PyFloat f)
        {
            if (double.IsNaN(f.Value)) throw PyExc.ValueError("Invalid value NaN (not a number)");
            double fl = Math.Floor(f.Value);
            if (fl < long.MinValue || fl >= 9.2233720368547758e18) throw PyExc.OverflowError("timestamp out of range for platform time_t");
            return (long)fl;
        }
        if (o is PyInt i)
        {
            if (!i.IsSmall) throw PyExc.OverflowError("timestamp out of range for platform time_t");
            return i.Small;
        }
        if (o.Type.Lookup("__float__") != null && o.Type.Lookup("__index__") == null) return (long)Math.Floor(NumberMethods.ToDouble(o));
        if (o.Type.Lookup("__index__") != null) return Ops.IndexAsLong(o);
        throw PyExc.TypeError($"'{Ops.TypeName(o)}' object cannot be interpreted as an integer");
    }

    private static PyObject Convert(long t, bool utc)
    {
        Tm tm;
        if ((utc ? gmtime_r(&t, &tm) : localtime_r(&t, &tm)) == null)
        {
            int e = Marshal.GetLastPInvokeError();
            if (e == 75 /* EOVERFLOW */) throw PyExc.OverflowError("timestamp out of range for platform time_t");
            throw ErrnoModule.OSErrorFromErrno(e);
        }
        return StructTime(tm);
    }

    private static PyObject StructTime(in Tm tm)
    {
        var zone = Marshal.PtrToStringUTF8(tm.Zone);
        return StructSequence.Make(StructTimeType, PyInt.From(tm.Year + 1900L), PyInt.From(tm.Mon + 1), PyInt.From(tm.Mday),
            PyInt.From(tm.Hour), PyInt.From(tm.Min), PyInt.From(tm.Sec), PyInt.From((tm.Wday + 6) % 7), PyInt.From(tm.Yday + 1),
            PyInt.From(tm.Isdst), zone == null ? None : PyStr.From(zone), PyInt.From(tm.Gmtoff));
    }

    /// <summary>gettmarg: a struct_time or 9-tuple to struct tm (zone and gmtoff kept from a struct_time).</summary>
    private static Tm TmArg(string func, PyObject o)
    {
        if (o is not PyTuple t) throw PyExc.TypeError("Tuple or struct_time argument required");
        if (t.Count != 9) throw PyExc.TypeError($"{func}(): illegal time tuple argument");
        int I(int i)
        {
            var v = t.Items[i];
            if (v is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
            long x = Ops.IndexAsLong(v);
            if (x < int.MinValue || x > int.MaxValue) throw PyExc.OverflowError("Python int too large to convert to C int");
            return (int)x;
        }
        var tm = new Tm
        {
            Year = I(0) - 1900, Mon = I(1) - 1, Mday = I(2), Hour = I(3), Min = I(4), Sec = I(5),
            Wday = (I(6) + 1) % 7, Yday = I(7) - 1, Isdst = I(8),
        };
        if (tm.Wday < 0) throw PyExc.ValueError("day of week out of range");
        if (t is PyStructSeq s && s.Type == StructTimeType)
        {
            if (s.Hidden[1] is PyInt g) tm.Gmtoff = g.Small;
            if (s.Hidden[0] is PyStr z) tm.Zone = Marshal.StringToCoTaskMemUTF8(z.Value);
        }
        return tm;
    }

    /// <summary>checktm, with strftime's normalisation of out-of-range zeros (time_strftime).</summary>
    private static void CheckTm(Tm tm, bool strftime = false)
    {
        if (strftime)
        {
            if (tm.Mon == -1) tm.Mon = 0;
            if (tm.Mday == 0) tm.Mday = 1;
            if (tm.Yday == -1) tm.Yday = 0;
        }
        if (tm.Mon < 0 || tm.Mon > 11) throw PyExc.ValueError("month out of range");
        if (tm.Mday < 1 || tm.Mday > 31) throw PyExc.ValueError("day of month out of range");
        if (tm.Hour < 0 || tm.Hour > 23) throw PyExc.ValueError("hour out of range");
        if (tm.Min < 0 || tm.Min > 59) throw PyExc.ValueError("minute out of range");
        if (tm.Sec < 0 || tm.Sec > 61) throw PyExc.ValueError("seconds out of range");
        if (tm.Wday < 0) throw PyExc.ValueError("day of week out of range");
        if (tm.Yday < 0 || tm.Yday > 365) throw PyExc.ValueError("day of year out of range");
    }

    private static readonly string[] Days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] Months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    /// <summary>_asctime: "Sun Jun 20 23:21:05 1993" with the day right-aligned in 2.</summary>
    private static string AscTime(in Tm tm) =>
        $"{Days[tm.Wday]} {Months[tm.Mon]}{tm.Mday,3} {tm.Hour:00}:{tm.Min:00}:{tm.Sec:00} {tm.Year + 1900}";

    private static string StrFTime(string format, Tm tm)
    {
        if (tm.Mon == -1) tm.Mon = 0;
        if (tm.Mday == 0) tm.Mday = 1;
        if (tm.Yday == -1) tm.Yday = 0;
        if (tm.Isdst < -1) tm.Isdst = -1; else if (tm.Isdst > 1) tm.Isdst = 1;
        if (format.Length == 0) return "";
        var fmt = Posix.Fs.Encode(format);
        if (Array.IndexOf(fmt, (byte)0) >= 0) throw PyExc.ValueError("embedded null character");
        var cfmt = Posix.Libc.CString(fmt);
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            nint n;
            fixed (byte* b = buf) n = strftime(b, size, cfmt, &tm);
            if (n > 0 || size >= 256 * fmt.Length + 1024) return Posix.Fs.Decode(buf.AsSpan(0, (int)n));
        }
    }
}
