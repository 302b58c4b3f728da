using Pyref.VM.Objects;

namespace Pyref.VM.Runtime;

/// <summary>Helpers for defining built-in methods and parsing their arguments (Python/getargs.c, Argument Clinic's messages).</summary>
public static class Native
{
    public static PyObject None => Singletons.None;

    public static void Def(PyType t, string name, NativeFn fn) =>
        t.Dict!.SetItem(PyStr.Intern(name), new PyMethodDescriptor(name, t, fn));

    public static void DefClass(PyType t, string name, NativeFn fn) =>
        t.Dict!.SetItem(PyStr.Intern(name), new PyMethodDescriptor(name, t, fn, isClassMethod: true));

    /// <summary>A static method like __new__ (stored as a builtin function taking cls first).</summary>
    public static void DefStatic(PyType t, string name, NativeFn fn) =>
        t.Dict!.SetItem(PyStr.Intern(name), new PyStaticMethod(new PyBuiltinFunction(name, fn)));

    /// <summary>METH_NOARGS: self only.</summary>
    public static void Def0(PyType t, string name, Func<PyObject, PyObject> f) =>
        Def(t, name, (args, kw) =>
        {
            NoKeywords(t, name, kw);
            if (args.Length != 1) throw PyExc.TypeError($"{t.Name}.{name}() takes no arguments ({args.Length - 1} given)");
            return f(args[0]);
        });

    /// <summary>METH_O: self and exactly one argument.</summary>
    public static void Def1(PyType t, string name, Func<PyObject, PyObject, PyObject> f) =>
        Def(t, name, (args, kw) =>
        {
            NoKeywords(t, name, kw);
            if (args.Length != 2)
                // Slot wrappers (Objects/descrobject.c wrapperdescr_call / check_num_args) word it differently from METH_O.
                throw PyExc.TypeError(name.StartsWith("__", StringComparison.Ordinal) && name.EndsWith("__", StringComparison.Ordinal)
                    ? $"expected 1 argument, got {args.Length - 1}" : $"{t.Name}.{name}() takes exactly one argument ({args.Length - 1} given)");
            return f(args[0], args[1]);
        });

    /// <summary>Fixed range of positional arguments after self (METH_VARARGS / clinic positional).</summary>
    public static void DefN(PyType t, string name, int min, int max, SelfAndArgs f) =>
        Def(t, name, (args, kw) =>
        {
            NoKeywords(t, name, kw);
            int n = args.Length - 1;
            if (n < min || n > max) CheckCount(name, n, min, max);
            return f(args[0], args.Slice(1));
        });

    /// <summary>DefN with PyArg_ParseTuple's count messages (Python/getargs.c vgetargs1_impl: "f() takes at least 1 argument (0 given)").</summary>
    public static void DefNTuple(PyType t, string name, int min, int max, SelfAndArgs f) =>
        Def(t, name, (args, kw) =>
        {
            NoKeywords(t, name, kw);
            int n = args.Length - 1;
            if (n < min || n > max)
            {
                string how = min == max ? "exactly" : n < min ? "at least" : "at most";
                int lim = n < min ? min : max;
                throw PyExc.TypeError($"{name}() takes {how} {lim} argument{(lim == 1 ? "" : "s")} ({n} given)");
            }
            return f(args[0], args.Slice(1));
        });

    /// <summary>A method taking self and a span of positional arguments (no per-call array).</summary>
    public delegate PyObject SelfAndArgs(PyObject self, ReadOnlySpan<PyObject> args);

    public static void GetSet(PyType t, string name, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter = null) =>
        t.Dict!.SetItem(PyStr.Intern(name), new PyGetSetDescriptor(name, t, getter, setter));

    /// <summary>A PyMemberDef with READONLY: setting or deleting it raises Python/structmember.c PyMember_SetOne's
    /// "readonly attribute" (where a getset without setter says "attribute 'x' of 'T' objects is not writable").
    /// DEVIATION(CPython): the descriptor is a getset_descriptor, not a member_descriptor.</summary>
    public static void ReadOnlyMember(PyType t, string name, Func<PyObject, PyObject> getter) =>
        GetSet(t, name, getter, (_, _) => throw PyExc.AttributeError("readonly attribute"));

    public static void NoKeywords(PyType t, string name, PyTuple? kw)
    {
        if (kw != null && kw.Items.Length > 0)
            throw PyExc.TypeError($"{t.Name}.{name}() takes no keyword arguments");
    }

    public static void NoKeywords(string name, PyTuple? kw)
    {
        if (kw != null && kw.Items.Length > 0)
            throw PyExc.TypeError($"{name}() takes no keyword arguments");
    }

    /// <summary>_PyArg_CheckPositional's messages.</summary>
    public static void CheckCount(string name, int n, int min, int max)
    {
        if (n < min)
        {
            if (min == max) throw PyExc.TypeError(min == 1 ? $"{name}() takes exactly one argument ({n} given)" : $"{name} expected {min} arguments, got {n}");
            throw PyExc.TypeError($"{name} expected at least {min} argument{(min == 1 ? "" : "s")}, got {n}");
        }
        if (n > max)
        {
            if (max == 0) throw PyExc.TypeError($"{name}() takes no arguments ({n} given)");
            if (min == max) throw PyExc.TypeError(min == 1 ? $"{name}() takes exactly one argument ({n} given)" : $"{name} expected {max} arguments, got {n}");
            throw PyExc.TypeError($"{name} expected at most {max} argument{(max == 1 ? "" : "s")}, got {n}");
        }
    }

    /// <summary>
    /// Parses vectorcall arguments against parameter names: returns one slot per name (null when not
    /// given). Names before <paramref name="posOnly"/> cannot be keywords; names from
    /// <paramref name="kwOnlyFrom"/> on cannot be positional.
    /// </summary>
    public static PyObject?[] Parse(string fname, ReadOnlySpan<PyObject> args, PyTuple? kwnames, string[] names, int required, int posOnly = 0, int kwOnlyFrom = int.MaxValue)
    {
        var result = new PyObject?[names.Length];
        int nkw = kwnames?.Items.Length ?? 0;
        int npos = args.Length - nkw;
        int maxPos = Math.Min(names.Length, kwOnlyFrom);
        if (npos > maxPos)
        {
            if (maxPos == required)
                throw PyExc.TypeError($"{fname}() takes {(maxPos == 0 ? "no" : maxPos.ToString())} positional argument{(maxPos == 1 ? "" : "s")} but {npos} were given");
            throw PyExc.TypeError($"{fname}() takes at most {maxPos} argument{(maxPos == 1 ? "" : "s")} ({npos} given)");
        }
        for (int i = 0; i < npos; i++) result[i] = args[i];
        for (int k = 0; k < nkw; k++)
        {
            var key = ((PyStr)kwnames!.Items[k]).Value;
            int idx = Array.IndexOf(names, key);
            if (idx < posOnly || idx < 0)
                throw PyExc.TypeError($"'{key}' is an invalid keyword argument for {fname}()"); // 3.11 getargs.c / _PyArg_UnpackKeywords
            if (result[idx] != null)
                throw PyExc.TypeError($"argument for {fname}() given by name ('{key}') and position ({idx + 1})");
            result[idx] = args[npos + k];
        }
        for (int i = 0; i < required; i++)
            if (result[i] == null)
            {
                if (i < posOnly || npos < i)
                    throw PyExc.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
                throw PyExc.TypeError($"{fname}() missing required argument '{names[i]}' (pos {i + 1})");
            }
        return result;
    }

    public static PyBuiltinFunction Fn(string name, NativeFn fn) => new(name, fn);

    public static long ToLong(PyObject o, string? what = null)
    {
        var i = Ops.Index(o);
        if (!i.IsSmall) throw PyExc.OverflowError("Python int too large to convert to C ssize_t");
        return i.Small;
    }

    public static int ToInt(PyObject o) => (int)Math.Clamp(ToLong(o), int.MinValue, int.MaxValue);
}
