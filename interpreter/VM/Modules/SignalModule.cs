using System.Runtime.InteropServices;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>_signal (Modules/signalmodule.c): the Linux signal numbers, the handler table and raise_signal calling
/// Python handlers. DEVIATION(CPython): signals sent by the operating system (Ctrl-C, kill) are not delivered to Python
/// handlers; only raise_signal() runs them. alarm/setitimer are not offered.</summary>
[BuiltinModule("_signal")]
public static class SignalModule
{
    [DllImport("libc")] private static extern nint strsignal(int sig);

    private const int NSIG = 65, SIGINT = 2;
    private static readonly (string, int)[] Names =
    [
        ("SIGHUP", 1), ("SIGINT", 2), ("SIGQUIT", 3), ("SIGILL", 4), ("SIGTRAP", 5), ("SIGABRT", 6), ("SIGIOT", 6), ("SIGBUS", 7),
        ("SIGFPE", 8), ("SIGKILL", 9), ("SIGUSR1", 10), ("SIGSEGV", 11), ("SIGUSR2", 12), ("SIGPIPE", 13), ("SIGALRM", 14),
        ("SIGTERM", 15), ("SIGSTKFLT", 16), ("SIGCHLD", 17), ("SIGCLD", 17), ("SIGCONT", 18), ("SIGSTOP", 19), ("SIGTSTP", 20),
        ("SIGTTIN", 21), ("SIGTTOU", 22), ("SIGURG", 23), ("SIGXCPU", 24), ("SIGXFSZ", 25), ("SIGVTALRM", 26), ("SIGPROF", 27),
        ("SIGWINCH", 28), ("SIGIO", 29), ("SIGPOLL", 29), ("SIGPWR", 30), ("SIGSYS", 31), ("SIGRTMIN", 34), ("SIGRTMAX", 64),
        ("SIG_BLOCK", 0), ("SIG_UNBLOCK", 1), ("SIG_SETMASK", 2), ("ITIMER_REAL", 0), ("ITIMER_VIRTUAL", 1), ("ITIMER_PROF", 2),
    ];

    private static PyObject? s_defaultIntHandler;
    private static PyObject DefaultIntHandler => s_defaultIntHandler ??= Fn("default_int_handler", (a, kw) => throw PyExc.MakeNoArgs(Types.KeyboardInterrupt));

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_signal");
        var d = m.Dict!;
        foreach (var (n, v) in Names) d.Set(n, PyInt.From(v));
        d.Set("NSIG", PyInt.From(NSIG));
        var dfl = PyInt.From(0); var ign = PyInt.From(1);
        d.Set("SIG_DFL", dfl);
        d.Set("SIG_IGN", ign);
        d.Set("default_int_handler", DefaultIntHandler);
        // signal_module_exec: SIGINT gets default_int_handler; Python ignores SIGPIPE and SIGXFSZ at startup.
        var handlers = new PyObject[NSIG];
        for (int i = 0; i < NSIG; i++) handlers[i] = dfl;
        handlers[SIGINT] = DefaultIntHandler;
        handlers[13] = ign; handlers[25] = ign;
        int Signum(PyObject o)
        {
            long s = ToLong(o);
            if (s < 1 || s >= NSIG) throw PyExc.ValueError("signal number out of range");
            return (int)s;
        }
        d.Set("signal", Fn("signal", (a, kw) =>
        {
            CheckCount("signal", a.Length, 2, 2);
            int sig = Signum(a[0]);
            var h = a[1];
            if (!ReferenceEquals(h, dfl) && !ReferenceEquals(h, ign) && !(h is PyInt hi && hi.IsSmall && hi.Small is 0 or 1) && h.Type.Lookup("__call__") == null)
                throw PyExc.TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object");
            if (sig is 9 or 19) throw Modules.ErrnoModule.OSErrorFromErrno(22);
            var old = handlers[sig];
            handlers[sig] = h;
            return old;
        }));
        d.Set("getsignal", Fn("getsignal", (a, kw) => { CheckCount("getsignal", a.Length, 1, 1); return handlers[Signum(a[0])]; }));
        d.Set("raise_signal", Fn("raise_signal", (a, kw) =>
        {
            CheckCount("raise_signal", a.Length, 1, 1);
            int sig = Signum(a[0]);
            var h = handlers[sig];
            if (h is PyInt hv && hv.IsSmall && hv.Small == 1) return None;
            if (h is PyInt) throw PyExc.NotImplementedError($"raise_signal({sig}) with the default action");
            Ops.Call(h, PyInt.From(sig), (PyObject?)Ceval.PyThreadState.Current.Frame ?? None);
            return None;
        }));
        d.Set("strsignal", Fn("strsignal", (a, kw) =>
        {
            CheckCount("strsignal", a.Length, 1, 1);
            int sig = Signum(a[0]);
            var p = strsignal(sig);
            var s = p == 0 ? null : Marshal.PtrToStringUTF8(p);
            return s == null || s.StartsWith("Unknown signal", StringComparison.Ordinal) || s.StartsWith("Real-time signal", StringComparison.Ordinal) ? None : PyStr.From(s);
        }));
        d.Set("valid_signals", Fn("valid_signals", (a, kw) =>
        {
            var s = new PySet(Types.Set);
            for (int i = 1; i < NSIG; i++) if (i != 32 && i != 33) s.Add(PyInt.From(i));
            return s;
        }));
        d.Set("set_wakeup_fd", Fn("set_wakeup_fd", (a, kw) => PyInt.From(-1)));
        d.Set("siginterrupt", Fn("siginterrupt", (a, kw) => None));
        d.Set("pthread_sigmask", Fn("pthread_sigmask", (a, kw) => new PySet(Types.Set)));
        return m;
    }
}
