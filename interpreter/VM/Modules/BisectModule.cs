using Pyref.VM.Objects;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>_bisect (Modules/_bisectmodule.c of 3.11): bisect_left/right and insort_left/right with key=.</summary>
[BuiltinModule("_bisect")]
public static class BisectModule
{
    private static readonly string[] s_names = { "a", "x", "lo", "hi", "key" };

    public static PyModule Create()
    {
        var m = new PyModule("_bisect");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n"));
        d.Set("bisect_right", Fn("bisect_right", (a, kw) => { var (l, x, lo, hi, key) = Args("bisect_right", a, kw); return PyInt.From(Bisect(l, x, lo, hi, key, right: true)); }));
        d.Set("bisect_left", Fn("bisect_left", (a, kw) => { var (l, x, lo, hi, key) = Args("bisect_left", a, kw); return PyInt.From(Bisect(l, x, lo, hi, key, right: false)); }));
        d.Set("insort_right", Fn("insort_right", (a, kw) => { var (l, x, lo, hi, key) = Args("insort_right", a, kw); return Insort(l, x, lo, hi, key, right: true); }));
        d.Set("insort_left", Fn("insort_left", (a, kw) => { var (l, x, lo, hi, key) = Args("insort_left", a, kw); return Insort(l, x, lo, hi, key, right: false); }));
        return m;
    }

    // Clinic: (a, x, lo: Py_ssize_t = 0, hi: Py_ssize_t(accept={int, NoneType}) = -1, *, key=None)
    private static (PyObject, PyObject, long, long, PyObject) Args(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Unpack(fname, a, kw, s_names, 2, 4);
        long lo = p[2] != null ? AsSsize(p[2]!) : 0;
        long hi = -1;
        if (p[3] != null && p[3] != None)
        {
            if (p[3] is not PyInt && p[3]!.Type.Lookup("__index__") == null)
                throw PyExc.TypeError($"argument should be integer or None, not '{Ops.TypeName(p[3]!)}'");
            hi = AsSsize(p[3]!);
        }
        return (p[0]!, p[1]!, lo, hi, p[4] ?? None);
    }

    // internal_bisect_right / internal_bisect_left
    private static long Bisect(PyObject list, PyObject x, long lo, long hi, PyObject key, bool right)
    {
        if (lo < 0) throw PyExc.ValueError("lo must be non-negative");
        if (hi == -1) hi = Ops.Len(list);
        while (lo < hi)
        {
            long mid = (long)(((ulong)lo + (ulong)hi) / 2);
            var item = list is PyList l && list.Type == Types.List && mid < l.Count ? l.Items[mid] : Ops.GetItem(list, PyInt.From(mid));
            if (key != None) item = Ops.Call(key, item);
            bool res = right ? Ops.RichCompareBool(x, item, CompareOp.Lt) : Ops.RichCompareBool(item, x, CompareOp.Lt);
            if (right) { if (res) hi = mid; else lo = mid + 1; }
            else { if (res) lo = mid + 1; else hi = mid; }
        }
        return lo;
    }

    // _bisect_insort_right_impl / _bisect_insort_left_impl
    private static PyObject Insort(PyObject list, PyObject x, long lo, long hi, PyObject key, bool right)
    {
        long index = Bisect(list, key == None ? x : Ops.Call(key, x), lo, hi, key, right);
        if (list is PyList l && list.Type == Types.List) l.Insert((int)Math.Min(index, l.Count), x);
        else Ops.CallMethod(list, "insert", PyInt.From(index), x);
        return None;
    }
}
