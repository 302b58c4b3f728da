using Pyref.VM.Objects;
using Pyref.VM.Runtime;

namespace Pyref.VM.Modules;

/// <summary>
/// What the C modules get from Python/getargs.c, Python/modsupport.c and PyType_Ready: argument unpacking
/// with Argument Clinic's exact messages and static types named "module.Name".
/// </summary>
public static class ModuleSupport
{
    /// <summary>
    /// A static built-in type of a module (tp_name "module.name": type.__name__ is the last part,
    /// __module__ the first). Instances use their own C# class, so the type is its own solid base.
    /// </summary>
    public static PyType NewType(string module, string name, PyType? @base = null, bool instanceDict = false)
    {
        var t = NativeTypes.New(module, module + "." + name, @base ?? Types.Object, ownLayout: true, instanceDict);
        t.QualName = name;
        return t;
    }

    /// <summary>Gives an instance of a Python subclass its __dict__ (what tp_alloc does for heap types).</summary>
    public static T WithDict<T>(T o, PyType cls) where T : PyObject => NativeTypes.WithDict(o);

    /// <summary>Marks an iterator type: __iter__ returns self, __next__ calls <see cref="PyIterObject.Next"/>.</summary>
    public static void IterMethods(PyType t)
    {
        Native.Def0(t, "__iter__", a => a);
        Native.Def0(t, "__next__", a => ((PyIterObject)a).Next() ?? throw PyExc.StopIteration());
    }

    /// <summary>A callable type: __call__ runs <see cref="PyCallableObject.Call"/> (tp_call).</summary>
    public static void CallMethods(PyType t) =>
        Native.Def(t, "__call__", (a, kw) => ((PyCallableObject)a[0]).Call(a[1..], kw));

    /// <summary>PyCallable_Check.</summary>
    public static bool IsCallable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyType or PyMethod or PyMethodDescriptor || o.Type.Lookup("__call__") != null;

    /// <summary>The keyword arguments of a vectorcall as a new dict (in call order).</summary>
    public static PyDict KwDict(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var d = new PyDict();
        if (kwnames == null) return d;
        int nkw = kwnames.Items.Length, npos = args.Length - nkw;
        for (int i = 0; i < nkw; i++) d.SetItem(kwnames.Items[i], args[npos + i]);
        return d;
    }

    /// <summary>Python/getargs.c _PyArg_NoKeywords.</summary>
    public static void NoKw(string fname, PyTuple? kwnames)
    {
        if (kwnames != null && kwnames.Items.Length > 0) throw PyExc.TypeError($"{fname}() takes no keyword arguments");
    }

    /// <summary>Python/getargs.c _PyArg_CheckPositional (and PyArg_UnpackTuple): "f expected 2 arguments, got 1".</summary>
    public static void CheckPositional(string fname, int n, int min, int max)
    {
        if (n < min)
            throw PyExc.TypeError($"{fname} expected {(min == max ? "" : "at least ")}{min} argument{(min == 1 ? "" : "s")}, got {n}");
        if (n > max)
            throw PyExc.TypeError($"{fname} expected {(min == max ? "" : "at most ")}{max} argument{(max == 1 ? "" : "s")}, got {n}");
    }

    /// <summary>
    /// Python/getargs.c _PyArg_UnpackKeywords (what Argument Clinic and PyArg_ParseTupleAndKeywords check): one slot per
    /// parameter, null when not given. <paramref name="posOnly"/> leading names are positional-only; parameters from
    /// <paramref name="maxPos"/> on are keyword-only; the first <paramref name="minPos"/> are required.
    /// </summary>
    public static PyObject?[] Unpack(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string[] names,
        int minPos, int maxPos = -1, int posOnly = 0, int minKw = 0)
    {
        if (maxPos < 0) maxPos = names.Length;
        int nkw = kwnames?.Items.Length ?? 0;
        int nargs = args.Length - nkw;
        int maxArgs = names.Length;
        if (nargs + nkw > maxArgs)
            throw PyExc.TypeError($"{fname}() takes at most {maxArgs} {(nargs == 0 ? "keyword " : "")}argument{(maxArgs == 1 ? "" : "s")} ({nargs + nkw} given)");
        if (nargs > maxPos)
        {
            if (maxPos == 0) throw PyExc.TypeError($"{fname}() takes no positional arguments");
            throw PyExc.TypeError($"{fname}() takes {(minPos < maxPos ? "at most" : "exactly")} {maxPos} positional argument{(maxPos == 1 ? "" : "s")} ({nargs} given)");
        }
        int minPosOnly = Math.Min(posOnly, minPos);
        if (nargs < minPosOnly)
            throw PyExc.TypeError($"{fname}() takes {(minPosOnly < maxPos ? "at least" : "exactly")} {minPosOnly} positional argument{(minPosOnly == 1 ? "" : "s")} ({nargs} given)");
        var buf = new PyObject?[names.Length];
        for (int i = 0; i < nargs; i++) buf[i] = args[i];
        int reqLimit = minKw > 0 ? maxPos + minKw : minPos;
        int left = nkw;
        for (int i = Math.Max(nargs, posOnly); i < maxArgs; i++)
        {
            PyObject? cur = null;
            if (left > 0) cur = FindKeyword(args, kwnames!, nargs, names[i]);
            else if (i >= reqLimit) break;
            buf[i] = cur;
            if (cur != null) left--;
            else if (i < minPos || (maxPos <= i && i < reqLimit))
                throw PyExc.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
        }
        if (left > 0)
        {
            for (int i = posOnly; i < nargs; i++)
                if (FindKeyword(args, kwnames!, nargs, names[i]) != null)
                    throw PyExc.TypeError($"argument for {fname}() given by name ('{names[i]}') and position ({i + 1})");
            foreach (var k in kwnames!.Items)
            {
                var key = ((PyStr)k).Value;
                int idx = Array.IndexOf(names, key);
                if (idx < posOnly)
                    throw PyExc.TypeError($"'{key}' is an invalid keyword argument for {fname}()");
            }
        }
        return buf;
    }

    private static PyObject? FindKeyword(ReadOnlySpan<PyObject> args, PyTuple kwnames, int nargs, string name)
    {
        var items = kwnames.Items;
        for (int k = 0; k < items.Length; k++)
            if (((PyStr)items[k]).Value == name) return args[nargs + k];
        return null;
    }

    /// <summary>Objects/abstract.c PyNumber_Check: int, float, complex or anything with __index__/__int__/__float__.</summary>
    public static bool NumberCheck(PyObject o) =>
        o is PyInt || o is PyFloat || o.Type.IsSubtypeOf(Types.Complex) ||
        o.Type.Lookup("__index__") != null || o.Type.Lookup("__int__") != null || o.Type.Lookup("__float__") != null;

    /// <summary>
    /// PyNumber_AsSsize_t(o, OverflowError) as the "n" converter uses it: __index__, and an OverflowError
    /// "Python int too large to convert to C ssize_t" beyond 64 bits.
    /// </summary>
    public static long AsSsize(PyObject o)
    {
        var i = Ops.Index(o);
        if (!i.IsSmall) throw PyExc.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    /// <summary>
    /// Argument Clinic's "int" converter (_PyLong_AsInt): __index__, and "Python int too large to convert to C int"
    /// beyond 32 bits.
    /// </summary>
    public static int AsCInt(PyObject o)
    {
        var i = Ops.Index(o);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue)
            throw PyExc.OverflowError("Python int too large to convert to C int");
        return (int)i.Small;
    }

    /// <summary>Like <see cref="AsSsize"/> but null where CPython clears the error (islice's index arguments).</summary>
    public static long? TryAsSsize(PyObject o)
    {
        try { return AsSsize(o); }
        catch (PyException) { return null; }
    }

    /// <summary>PyObject_GetIter with the caller's view of the error.</summary>
    public static PyObject Iter(PyObject o) => Ops.GetIter(o);
}
