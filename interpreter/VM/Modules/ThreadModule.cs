using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _thread (Modules/_threadmodule.c): locks, re-entrant locks, thread identity, thread-local data and real .NET
/// threads. The VM's objects are not thread-safe, so Python code runs under a global interpreter lock
/// (<see cref="Gil"/>) as in CPython; it is taken only once a second thread exists and released around
/// blocking waits (lock acquisition, thread start).
/// DEVIATION(CPython): the GIL is not released periodically (no eval-breaker switch interval), so a thread
/// that never blocks keeps the others from running until it ends.
/// </summary>
[BuiltinModule("_thread")]
public static class ThreadModule
{
    public const double TimeoutMax = 9223372036.0; // PY_TIMEOUT_MAX / 1e6 on 64-bit Linux (rounded as CPython shows)
    private static PyType? s_lockType, s_rlockType, s_localType;
    private static int s_count;

    public sealed class PyLock : PyObject
    {
        public readonly SemaphoreSlim Sem = new(1, 1);
        public PyLock(PyType t) : base(t) { }
        public bool Locked => Sem.CurrentCount == 0;
    }

    public sealed class PyRLock : PyObject
    {
        public readonly SemaphoreSlim Sem = new(1, 1);
        public long Owner;
        public long Count;
        public PyRLock(PyType t) : base(t) { }
    }

    public static PyModule Create()
    {
        var m = new PyModule("_thread");
        var d = m.Dict!;
        var lockType = LockType();
        var rlockType = RLockType();
        d.Set("LockType", lockType);
        d.Set("lock", lockType);
        d.Set("RLock", rlockType);
        d.Set("_local", LocalType());
        d.Set("error", Types.RuntimeError);
        d.Set("TIMEOUT_MAX", PyFloat.From(TimeoutMax));
        d.Set("allocate_lock", Fn("allocate_lock", (a, kw) => new PyLock(lockType)));
        d.Set("allocate", Fn("allocate", (a, kw) => new PyLock(lockType)));
        d.Set("get_ident", Fn("get_ident", (a, kw) => PyInt.From(Ident())));
        d.Set("get_native_id", Fn("get_native_id", (a, kw) => PyInt.From(Environment.CurrentManagedThreadId)));
        d.Set("_count", Fn("_count", (a, kw) => PyInt.From(Volatile.Read(ref s_count))));
        d.Set("daemon_threads_allowed", Fn("daemon_threads_allowed", (a, kw) => PyBool.True));
        d.Set("stack_size", Fn("stack_size", (a, kw) =>
        {
            if (a.Length > 0 && ToLong(a[0]) != 0 && ToLong(a[0]) < 32768) throw PyExc.ValueError("size not valid: " + ToLong(a[0]) + " bytes");
            return PyInt.From(0);
        }));
        d.Set("interrupt_main", Fn("interrupt_main", (a, kw) => None));
        d.Set("exit", Fn("exit", (a, kw) => throw PyExc.MakeNoArgs(Types.SystemExit)));
        d.Set("exit_thread", Fn("exit_thread", (a, kw) => throw PyExc.MakeNoArgs(Types.SystemExit)));
        // _thread._set_sentinel: a lock released when the thread's state is deleted (threading uses it to join).
        d.Set("_set_sentinel", Fn("_set_sentinel", (a, kw) =>
        {
            // thread__set_sentinel returns the lock unlocked: threading acquires it itself (_set_tstate_lock).
            var l = new PyLock(lockType);
            t_sentinels ??= new List<PyLock>();
            t_sentinels.Add(l);
            return l;
        }));
        d.Set("start_new_thread", Fn("start_new_thread", (a, kw) => StartNewThread(a)));
        d.Set("start_new", Fn("start_new", (a, kw) => StartNewThread(a)));
        d.Set("_excepthook", Fn("_excepthook", (a, kw) => ExceptHook(a)));
        d.Set("_ExceptHookArgs", SysModule.StructSeqType("_thread", "_ExceptHookArgs", new[] { "exc_type", "exc_value", "exc_traceback", "thread" }));
        return m;
    }

    [ThreadStatic] private static List<PyLock>? t_sentinels;

    /// <summary>get_ident: a per-thread number (PyThread_get_thread_ident).</summary>
    public static long Ident() => 139_000_000_000_000 + Environment.CurrentManagedThreadId * 4096L;

    /// <summary>thread_PyThread_start_new_thread.</summary>
    private static PyObject StartNewThread(ReadOnlySpan<PyObject> a)
    {
        CheckCount("start_new_thread", a.Length, 2, 3);
        var func = a[0];
        if (!Callable(func)) throw PyExc.TypeError("first arg must be callable");
        if (a[1] is not PyTuple args) throw PyExc.TypeError("2nd arg must be a tuple");
        PyDict? kwargs = null;
        if (a.Length > 2 && a[2] != None)
        {
            kwargs = a[2] as PyDict ?? throw PyExc.TypeError("optional 3rd arg must be a dictionary");
        }
        var interp = Interpreter.Current;
        Gil.EnsureStarted();
        var ready = new ManualResetEventSlim();
        long ident = 0;
        var thread = new Thread(() =>
        {
            interp.BindToCurrentThread();
            ident = Ident();
            Interlocked.Increment(ref s_count);
            ready.Set();
            Gil.Acquire();
            try
            {
                Ops.CallWithDict(func, args.Items, kwargs);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.SystemExit)) { }
            catch (PyException e)
            {
                // thread_run: _PyErr_WriteUnraisableMsg("in thread started by", func).
                try
                {
                    interp.Stderr.Write($"Exception ignored in thread started by: {Ops.ReprString(func)}\n");
                    interp.Stderr.Write(TracebackPrinter.Format(e.Value));
                    interp.Stderr.Flush();
                }
                catch (PyException) { }
            }
            finally
            {
                if (t_sentinels != null) foreach (var l in t_sentinels) if (l.Locked) l.Sem.Release();
                Interlocked.Decrement(ref s_count);
                Gil.Release();
            }
        }, 256 * 1024 * 1024) { IsBackground = true };
        thread.Start();
        Gil.Blocking(() => ready.Wait());
        return PyInt.From(ident);
    }

    private static bool Callable(PyObject o) => o.Type.Lookup("__call__") != null || o is PyType;

    /// <summary>thread_excepthook: "Exception in thread NAME:" and the traceback, on sys.stderr.</summary>
    private static PyObject ExceptHook(ReadOnlySpan<PyObject> a)
    {
        CheckCount("_excepthook", a.Length, 1, 1);
        var args = a[0];
        var excType = Ops.GetAttr(args, "exc_type");
        if (excType == Types.SystemExit) return None;
        var value = Ops.GetAttr(args, "exc_value");
        var thread = Ops.GetAttr(args, "thread");
        var interp = Interpreter.Current;
        var file = interp.Sys.Dict!.Get("stderr");
        string name = thread != None ? Ops.StrString(Ops.GetAttr(thread, "name")) : Ident().ToString();
        var text = $"Exception in thread {name}:\n" + (value is PyBaseException be ? TracebackPrinter.Format(be) : "");
        if (file != null && file != None) { Ops.CallMethod(file, "write", PyStr.From(text)); Ops.CallMethod(file, "flush"); }
        return None;
    }

    /// <summary>acquire(blocking=True, timeout=-1) argument parsing (lock_acquire_parse_args).</summary>
    private static TimeSpan ParseAcquire(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Parse("acquire", args, kw, new[] { "blocking", "timeout" }, 0);
        bool blocking = p[0] == null || Ops.IsTrue(p[0]!);
        double timeout = p[1] == null ? -1 : NumberMethods.ToDouble(p[1]!);
        if (!blocking && timeout != -1) throw PyExc.ValueError("can't specify a timeout for a non-blocking call");
        if (timeout < 0 && timeout != -1) throw PyExc.ValueError("timeout value must be a non-negative number");
        if (!blocking) return TimeSpan.Zero;
        if (timeout == -1) return Timeout.InfiniteTimeSpan;
        if (timeout > TimeoutMax) throw PyExc.OverflowError("timeout value is too large");
        return TimeSpan.FromSeconds(timeout);
    }

    private static bool Wait(SemaphoreSlim sem, TimeSpan timeout)
    {
        if (sem.Wait(0)) return true;
        if (timeout == TimeSpan.Zero) return false;
        bool got = false;
        Gil.Blocking(() => got = sem.Wait(timeout));
        return got;
    }

    private static PyType LockType()
    {
        if (s_lockType != null) return s_lockType;
        var t = NativeTypes.New("_thread", "lock", Types.Object, ownLayout: true);
        NativeFn acquire = (a, kw) => PyBool.From(Wait(((PyLock)a[0]).Sem, ParseAcquire(a.Slice(1), kw)));
        Def(t, "acquire", acquire);
        Def(t, "acquire_lock", acquire);
        Def(t, "__enter__", acquire);
        NativeFn release = (a, kw) =>
        {
            var l = (PyLock)a[0];
            if (!l.Locked) throw PyExc.RuntimeError("release unlocked lock");
            l.Sem.Release();
            return None;
        };
        Def(t, "release", release);
        Def(t, "release_lock", release);
        Def(t, "__exit__", release);
        Def0(t, "locked", a => PyBool.From(((PyLock)a).Locked));
        Def0(t, "locked_lock", a => PyBool.From(((PyLock)a).Locked));
        Def0(t, "_at_fork_reinit", a => { var l = (PyLock)a; if (l.Locked) l.Sem.Release(); return None; });
        Def0(t, "__repr__", a => PyStr.From($"<{(((PyLock)a).Locked ? "locked" : "unlocked")} _thread.lock object at 0x{a.Id:x}>"));
        DefStatic(t, "__new__", (a, kw) => throw PyExc.TypeError("cannot create '_thread.lock' instances"));
        return s_lockType = t;
    }

    private static PyType RLockType()
    {
        if (s_rlockType != null) return s_rlockType;
        var t = NativeTypes.New("_thread", "RLock", Types.Object, ownLayout: true);
        DefStatic(t, "__new__", (a, kw) => new PyRLock(a.Length > 0 && a[0] is PyType ct ? ct : t));
        NativeFn acquire = (a, kw) =>
        {
            var r = (PyRLock)a[0];
            var timeout = ParseAcquire(a.Slice(1), kw);
            long me = Ident();
            if (r.Count > 0 && r.Owner == me)
            {
                if (r.Count == long.MaxValue) throw PyExc.OverflowError("Internal lock count overflowed");
                r.Count++;
                return PyBool.True;
            }
            if (!Wait(r.Sem, timeout)) return PyBool.False;
            r.Owner = me;
            r.Count = 1;
            return PyBool.True;
        };
        Def(t, "acquire", acquire);
        Def(t, "__enter__", acquire);
        NativeFn release = (a, kw) =>
        {
            var r = (PyRLock)a[0];
            if (r.Count == 0 || r.Owner != Ident()) throw PyExc.RuntimeError("cannot release un-acquired lock");
            if (--r.Count == 0) { r.Owner = 0; r.Sem.Release(); }
            return None;
        };
        Def(t, "release", release);
        Def(t, "__exit__", release);
        Def0(t, "_is_owned", a => { var r = (PyRLock)a; return PyBool.From(r.Count > 0 && r.Owner == Ident()); });
        Def0(t, "_recursion_count", a => { var r = (PyRLock)a; return PyInt.From(r.Count > 0 && r.Owner == Ident() ? r.Count : 0); });
        Def0(t, "_release_save", a =>
        {
            var r = (PyRLock)a;
            if (r.Count == 0) throw PyExc.RuntimeError("cannot release un-acquired lock");
            var state = PyTuple.Of(PyInt.From(r.Count), PyInt.From(r.Owner));
            r.Count = 0; r.Owner = 0; r.Sem.Release();
            return state;
        });
        Def1(t, "_acquire_restore", (a, state) =>
        {
            var r = (PyRLock)a;
            var items = ((PyTuple)state).Items;
            Wait(r.Sem, Timeout.InfiniteTimeSpan);
            r.Count = ToLong(items[0]); r.Owner = ToLong(items[1]);
            return None;
        });
        Def0(t, "_at_fork_reinit", a => { var r = (PyRLock)a; if (r.Count > 0) { r.Count = 0; r.Owner = 0; r.Sem.Release(); } return None; });
        Def0(t, "__repr__", a =>
        {
            var r = (PyRLock)a;
            var tn = r.Type.Dict!.Get("__module__") is PyStr mn ? mn.Value + "." + r.Type.QualName : r.Type.QualName;
            return PyStr.From($"<{(r.Count > 0 ? "locked" : "unlocked")} {tn} object owner={r.Owner} count={r.Count} at 0x{a.Id:x}>");
        });
        return s_rlockType = t;
    }

    /// <summary>
    /// _thread._local (Modules/_threadmodule.c localobject): one attribute dict per thread. Under the GIL the
    /// instance's __dict__ is switched to the calling thread's dict before each attribute access; a thread that
    /// meets the object for the first time gets a fresh dict and a call of __init__ with the creation arguments.
    /// </summary>
    private static PyType LocalType()
    {
        if (s_localType != null) return s_localType;
        var t = NativeTypes.New("_thread", "_local", Types.Object, ownLayout: false, instanceDict: true);
        DefStatic(t, "__new__", (a, kw) =>
        {
            var cls = (PyType)a[0];
            if ((a.Length > 1 || (kw != null && kw.Items.Length > 0)) && cls.Lookup("__init__") == Types.Object.Dict!.Get("__init__"))
                throw PyExc.TypeError("Initialization arguments are not supported");
            var o = new PyInstance(cls);
            o.Dict ??= new PyDict();
            var state = new LocalState(a.Slice(1).ToArray(), kw);
            state.Dicts[Environment.CurrentManagedThreadId] = o.Dict;
            s_locals.Add(o, state);
            return o;
        });
        Def(t, "__getattribute__", (a, kw) => { Switch(a[0]); return Ops.CallDescriptor(Types.ObjectGetAttribute!, a[0], a[1]); });
        Def(t, "__setattr__", (a, kw) => { Switch(a[0]); return Ops.CallDescriptor(Types.ObjectSetAttr!, a[0], a[1], a[2]); });
        Def(t, "__delattr__", (a, kw) => { Switch(a[0]); return Ops.CallDescriptor(Types.ObjectDelAttr!, a[0], a[1]); });
        return s_localType = t;
    }

    private sealed class LocalState(PyObject[] args, PyTuple? kw)
    {
        public readonly Dictionary<int, PyDict> Dicts = new();
        public readonly PyObject[] Args = args;
        public readonly PyTuple? Kw = kw;
    }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, LocalState> s_locals = new();

    private static void Switch(PyObject o)
    {
        if (!s_locals.TryGetValue(o, out var state)) return;
        int id = Environment.CurrentManagedThreadId;
        if (state.Dicts.TryGetValue(id, out var d)) { o.Dict = d; return; }
        d = new PyDict();
        state.Dicts[id] = d;
        o.Dict = d;
        var init = o.Type.Lookup("__init__");
        if (init != null && init != Types.Object.Dict!.Get("__init__"))
        {
            var args = Ops.Prepend(o, state.Args);
            Ops.Call(init, args, state.Kw);
        }
    }
}

/// <summary>
/// The global interpreter lock (Python/ceval_gil.c), cooperative: inactive until the first thread is started,
/// then held by whichever thread runs Python code and released only around blocking waits.
/// </summary>
public static class Gil
{
    private static readonly SemaphoreSlim s_gil = new(1, 1);
    private static volatile bool s_active;

    public static bool Active => s_active;

    /// <summary>The first start_new_thread: the calling thread takes the GIL it has implicitly held so far.</summary>
    public static void EnsureStarted()
    {
        if (s_active) return;
        s_gil.Wait();
        s_active = true;
    }

    public static void Acquire() { if (s_active) s_gil.Wait(); }
    public static void Release() { if (s_active) s_gil.Release(); }

    /// <summary>Py_BEGIN_ALLOW_THREADS / Py_END_ALLOW_THREADS around a blocking call.</summary>
    public static void Blocking(Action wait)
    {
        if (!s_active) { wait(); return; }
        s_gil.Release();
        try { wait(); }
        finally { s_gil.Wait(); }
    }
}
