using System.Runtime.CompilerServices;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>atexit (Modules/atexitmodule.c): callbacks per interpreter, run last-registered first when the interpreter
/// finishes (Py_FinalizeEx calls _PyAtExit_Call after the main module ran, whatever its outcome).</summary>
[BuiltinModule("atexit")]
public static class AtexitModule
{
    private sealed record Callback(PyObject Func, PyObject[] Args, PyDict? Kwargs);
    private static readonly ConditionalWeakTable<Interpreter, List<Callback>> s_callbacks = new();

    private static List<Callback> For(Interpreter interp) => s_callbacks.GetValue(interp, _ => new List<Callback>());

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("atexit");
        var d = m.Dict!;
        d.Set("register", Fn("register", (a, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = a.Length - nkw;
            if (npos == 0) throw PyExc.TypeError("register() takes at least 1 argument (0 given)");
            if (!IsCallable(a[0])) throw PyExc.TypeError("the first argument must be callable");
            PyDict? kwargs = null;
            if (nkw > 0)
            {
                kwargs = new PyDict();
                for (int i = 0; i < nkw; i++) kwargs.SetItem(kw!.Items[i], a[npos + i]);
            }
            For(Interpreter.Current).Add(new Callback(a[0], a[1..npos].ToArray(), kwargs));
            return a[0];
        }));
        d.Set("unregister", Fn("unregister", (a, kw) =>
        {
            CheckCount("unregister", a.Length, 1, 1);
            var func = a[0];
            For(Interpreter.Current).RemoveAll(c => Ops.Eq(c.Func, func));
            return None;
        }));
        d.Set("_run_exitfuncs", Fn("_run_exitfuncs", (a, kw) => { RunExitFuncs(Interpreter.Current); return None; }));
        d.Set("_clear", Fn("_clear", (a, kw) => { For(Interpreter.Current).Clear(); return None; }));
        d.Set("_ncallbacks", Fn("_ncallbacks", (a, kw) => PyInt.From(For(Interpreter.Current).Count)));
        return m;
    }

    private static bool IsCallable(PyObject o) => o.Type.Lookup("__call__") != null;

    /// <summary>atexit_callfuncs: newest first; a failing callback is reported as unraisable and the rest still run.</summary>
    public static void RunExitFuncs(Interpreter interp)
    {
        if (!s_callbacks.TryGetValue(interp, out var list) || list.Count == 0) return;
        while (list.Count > 0)
        {
            var cb = list[^1];
            list.RemoveAt(list.Count - 1);
            try { Ops.CallWithDict(cb.Func, cb.Args, cb.Kwargs); }
            catch (PyException e)
            {
                // _PyErr_WriteUnraisableMsg("in atexit callback", func)
                try { interp.Stdout.Flush(); } catch (IOException) { }
                string what;
                try { what = Ops.ReprString(cb.Func); } catch (PyException) { what = "<object repr() failed>"; }
                interp.Stderr.Write($"Exception ignored in atexit callback: {what}\n");
                interp.Stderr.Write(TracebackPrinter.Format(e.Value));
                interp.Stderr.Flush();
            }
        }
        try { interp.Stdout.Flush(); } catch (IOException) { }
    }
}
