using Pyref.VM.Objects;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// gc (Modules/gcmodule.c of 3.11) over the .NET garbage collector: the switches, thresholds, debug flags,
/// callbacks and statistics behave as CPython's; what a tracing collector cannot know is marked below.
/// </summary>
[BuiltinModule("gc")]
public static class GcModule
{
    private const int NumGenerations = 3;
    private static bool s_enabled = true;
    private static long s_debug;
    private static readonly long[] s_threshold = { 700, 10, 10 };
    private static readonly long[] s_collections = new long[NumGenerations];

    public static PyModule Create()
    {
        var m = new PyModule("gc");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n"));
        var garbage = new PyList();
        var callbacks = new PyList();
        d.Set("garbage", garbage);
        d.Set("callbacks", callbacks);
        d.Set("DEBUG_STATS", PyInt.From(1));
        d.Set("DEBUG_COLLECTABLE", PyInt.From(2));
        d.Set("DEBUG_UNCOLLECTABLE", PyInt.From(4));
        d.Set("DEBUG_SAVEALL", PyInt.From(32));
        d.Set("DEBUG_LEAK", PyInt.From(38));
        d.Set("enable", Fn("enable", (a, kw) => { NoArgs("enable", a, kw); s_enabled = true; return None; }));
        d.Set("disable", Fn("disable", (a, kw) => { NoArgs("disable", a, kw); s_enabled = false; return None; }));
        d.Set("isenabled", Fn("isenabled", (a, kw) => { NoArgs("isenabled", a, kw); return PyBool.From(s_enabled); }));
        // gc_collect_impl: collect(generation=2). DEVIATION(CPython): .NET does not report how many unreachable
        // objects it found, so the result is always 0; the callbacks see collected=0 likewise.
        d.Set("collect", Fn("collect", (a, kw) =>
        {
            var p = Unpack("collect", a, kw, new[] { "generation" }, 0);
            long gen = p[0] != null ? AsSsize(p[0]!) : NumGenerations - 1;
            if (gen < 0 || gen >= NumGenerations) throw PyExc.ValueError("invalid generation");
            InvokeCallbacks(callbacks, "start", gen);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            s_collections[gen]++;
            InvokeCallbacks(callbacks, "stop", gen);
            return PyInt.From(0);
        }));
        d.Set("get_count", Fn("get_count", (a, kw) =>
        {
            NoArgs("get_count", a, kw);
            // DEVIATION(CPython): there are no per-generation allocation counts to report.
            return PyTuple.Of(PyInt.From(0), PyInt.From(0), PyInt.From(0));
        }));
        d.Set("get_threshold", Fn("get_threshold", (a, kw) =>
        {
            NoArgs("get_threshold", a, kw);
            return PyTuple.Of(PyInt.From(s_threshold[0]), PyInt.From(s_threshold[1]), PyInt.From(s_threshold[2]));
        }));
        // gc_set_threshold: "i|ii:set_threshold"
        d.Set("set_threshold", Fn("set_threshold", (a, kw) =>
        {
            NoKw("set_threshold", kw);
            if (a.Length < 1) throw PyExc.TypeError($"set_threshold() takes at least 1 argument ({a.Length} given)");
            if (a.Length > 3) throw PyExc.TypeError($"set_threshold() takes at most 3 arguments ({a.Length} given)");
            for (int i = 0; i < a.Length; i++) s_threshold[i] = IntArg(a[i]);
            return None;
        }));
        d.Set("set_debug", Fn("set_debug", (a, kw) =>
        {
            var p = Unpack("set_debug", a, kw, new[] { "flags" }, 1, 1, 1);
            s_debug = IntArg(p[0]!);
            return None;
        }));
        d.Set("get_debug", Fn("get_debug", (a, kw) => { NoArgs("get_debug", a, kw); return PyInt.From(s_debug); }));
        d.Set("get_stats", Fn("get_stats", (a, kw) =>
        {
            NoArgs("get_stats", a, kw);
            var l = new PyList();
            for (int g = 0; g < NumGenerations; g++)
            {
                var st = new PyDict();
                st.Set("collections", PyInt.From(s_collections[g]));
                st.Set("collected", PyInt.From(0));
                st.Set("uncollectable", PyInt.From(0));
                l.Append(st);
            }
            return l;
        }));
        // DEVIATION(CPython): the .NET heap cannot be enumerated, so get_objects() and get_referrers() are empty.
        d.Set("get_objects", Fn("get_objects", (a, kw) =>
        {
            var p = Unpack("get_objects", a, kw, new[] { "generation" }, 0);
            if (p[0] != null && p[0] != None)
            {
                long g = AsSsize(p[0]!);
                if (g >= NumGenerations) throw PyExc.ValueError($"generation parameter must be less than the number of available generations ({NumGenerations})");
                if (g < 0) throw PyExc.ValueError("generation parameter cannot be negative");
            }
            return new PyList();
        }));
        d.Set("get_referrers", Fn("get_referrers", (a, kw) => { NoKw("get_referrers", kw); return new PyList(); }));
        d.Set("get_referents", Fn("get_referents", (a, kw) =>
        {
            NoKw("get_referents", kw);
            var r = new PyList();
            foreach (var o in a) foreach (var x in Referents(o)) r.Append(x);
            return r;
        }));
        d.Set("is_tracked", Fn("is_tracked", (a, kw) =>
        {
            NoKw("is_tracked", kw);
            if (a.Length != 1) throw PyExc.TypeError($"gc.is_tracked() takes exactly one argument ({a.Length} given)");
            return PyBool.From(IsTracked(a[0]));
        }));
        d.Set("is_finalized", Fn("is_finalized", (a, kw) =>
        {
            NoKw("is_finalized", kw);
            if (a.Length != 1) throw PyExc.TypeError($"gc.is_finalized() takes exactly one argument ({a.Length} given)");
            return PyBool.False;
        }));
        d.Set("freeze", Fn("freeze", (a, kw) => { NoArgs("freeze", a, kw); return None; }));
        d.Set("unfreeze", Fn("unfreeze", (a, kw) => { NoArgs("unfreeze", a, kw); return None; }));
        d.Set("get_freeze_count", Fn("get_freeze_count", (a, kw) => { NoArgs("get_freeze_count", a, kw); return PyInt.From(0); }));
        return m;
    }

    private static void NoArgs(string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKw(name, kw);
        if (a.Length != 0) throw PyExc.TypeError($"gc.{name}() takes no arguments ({a.Length} given)");
    }

    private static long IntArg(PyObject o)
    {
        if (o is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
        return AsSsize(o);
    }

    // invoke_gc_callback: callback(phase, {"generation", "collected", "uncollectable"}) over a copy of gc.callbacks.
    private static void InvokeCallbacks(PyList callbacks, string phase, long gen)
    {
        if (callbacks.Count == 0) return;
        var info = new PyDict();
        info.Set("generation", PyInt.From(gen));
        info.Set("collected", PyInt.From(0));
        info.Set("uncollectable", PyInt.From(0));
        foreach (var cb in callbacks.ToArray()) Ops.Call(cb, PyStr.From(phase), info);
    }

    /// <summary>Whether CPython's collector would track the object: atoms never are, an exact dict only once it
    /// holds a trackable object, a tuple unless empty until a collection untracks those holding only atoms.
    /// DEVIATION(CPython): CPython's automatic collections (every 700 allocations) are not modelled; only gc.collect() counts.</summary>
    private static bool IsTracked(PyObject o)
    {
        if (o is PyInt or PyFloat or PyStr or PyBytes or PySingleton) return false;
        if (o.Type == Types.Object || o.Type == Types.Complex || o.Type == Types.Range) return false;
        if (o.Type == Types.Dict)
        {
            foreach (var kv in ((PyDict)o).Items())
                if (MayBeTracked(kv.Key) || MayBeTracked(kv.Value)) return true;
            return false;
        }
        if (o.Type == Types.Tuple)
        {
            // A collection untracks the tuples that hold only untracked objects (_PyTuple_MaybeUntrack).
            var items = ((PyTuple)o).Items;
            if (items.Length == 0) return false;
            if (s_collections.Sum() == 0) return true;
            return items.Any(MayBeTracked);
        }
        return true;
    }

    private static bool MayBeTracked(PyObject o) => o.Type == Types.Tuple ? ((PyTuple)o).Items.Length > 0 : IsTracked(o);

    // tp_traverse of the containers: lists and tuples visit their items from the end.
    private static IEnumerable<PyObject> Referents(PyObject o)
    {
        switch (o)
        {
            case PyList l:
                for (int i = l.Count - 1; i >= 0; i--) yield return l.Items[i];
                break;
            case PyTuple t:
                for (int i = t.Items.Length - 1; i >= 0; i--) yield return t.Items[i];
                break;
            case PyDict d:
                foreach (var kv in d.Items())
                {
                    if (kv.Key is not PyStr) yield return kv.Key;
                    yield return kv.Value;
                }
                break;
            case PyInstance inst:
                if (inst.Dict != null) yield return inst.Dict;
                yield return inst.Type;
                break;
        }
    }
}
