using Pyref.VM.Ceval;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Objects;

/// <summary>Methods and attributes of the built-in exceptions (Objects/exceptions.c).</summary>
public static class ExceptionTypes
{
    private static PyBaseException E(PyObject o) => (PyBaseException)o;

    /// <summary>The per-class attributes set by __init__ (StopIteration.value, SystemExit.code, ...).</summary>
    public static void InitSpecialAttributes(PyBaseException e)
    {
        var t = e.Type;
        var args = e.Args.Items;
        PyObject First() => args.Length > 0 ? args[0] : Singletons.None;
        if (t.IsSubtypeOf(Types.StopIteration)) e.SetAttr("value", First());
        else if (t.IsSubtypeOf(Types.SystemExit)) e.SetAttr("code", args.Length == 0 ? Singletons.None : args.Length == 1 ? args[0] : e.Args);
        else if (t.IsSubtypeOf(Types.ImportError))
        {
            e.SetAttr("msg", args.Length == 1 ? args[0] : Singletons.None);
            if (e.GetAttrOrNull("name") == null) e.SetAttr("name", Singletons.None);
            if (e.GetAttrOrNull("path") == null) e.SetAttr("path", Singletons.None);
        }
        else if (t.IsSubtypeOf(Types.OSError))
        {
            bool two = args.Length >= 2 && args.Length <= 5;
            e.SetAttr("errno", two ? args[0] : Singletons.None);
            e.SetAttr("strerror", two ? args[1] : Singletons.None);
            e.SetAttr("filename", args.Length >= 3 && two ? args[2] : Singletons.None);
            e.SetAttr("filename2", args.Length >= 5 && two ? args[4] : Singletons.None);
            // Objects/exceptions.c oserror_init: with a filename (not None), args keeps only (errno, strerror);
            // BlockingIOError's numeric third argument is characters_written instead.
            if (args.Length >= 3 && two && args[2] != Singletons.None
                && !(t.IsSubtypeOf(Types.BlockingIOError) && args[2] is PyInt))
                e.Args = PyTuple.Of(args[0], args[1]);
        }
        else if (t.IsSubtypeOf(Types.SyntaxError))
        {
            e.SetAttr("msg", First());
            PyObject[] info = args.Length == 2 && args[1] is PyTuple it ? it.Items : Array.Empty<PyObject>();
            string[] names = { "filename", "lineno", "offset", "text", "end_lineno", "end_offset" };
            for (int i = 0; i < names.Length; i++) e.SetAttr(names[i], i < info.Length ? info[i] : Singletons.None);
            e.SetAttr("print_file_and_line", Singletons.None);
        }
        else if (t.IsSubtypeOf(Types.AttributeError) || t.IsSubtypeOf(Types.NameError))
        {
            if (e.GetAttrOrNull("name") == null) e.SetAttr("name", Singletons.None);
            if (t.IsSubtypeOf(Types.AttributeError) && e.GetAttrOrNull("obj") == null) e.SetAttr("obj", Singletons.None);
        }
    }

    public static PyBaseException NewGroup(PyType type, string message, PyObject[] exceptions)
    {
        var eg = new PyBaseException(type) { Args = PyTuple.Of(PyStr.From(message), PyTuple.From(exceptions)) };
        eg.SetAttr("message", PyStr.From(message));
        eg.SetAttr("exceptions", PyTuple.From(exceptions));
        return eg;
    }

    public static PyObject[] GroupExceptions(PyObject eg) => ((PyTuple)((PyBaseException)eg).GetAttrOrNull("exceptions")!).Items;

    public static void Init()
    {
        var b = Types.BaseException;
        DefStatic(b, "__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            var eargs = args.Slice(1, args.Length - 1 - (kw?.Count ?? 0)).ToArray();
            // OSError(errno, ...) picks the subclass for the errno (Objects/exceptions.c oserror_use_init / errnomap).
            if (cls == Types.OSError && eargs.Length >= 2 && eargs[0] is PyInt errno && errno.IsSmall)
            {
                cls = errno.Small switch
                {
                    1 or 13 => Types.PermissionError, 2 => Types.FileNotFoundError, 3 => Types.ProcessLookupError,
                    4 => Types.InterruptedError, 10 => Types.ChildProcessError, 11 or 114 or 115 => Types.BlockingIOError,
                    17 => Types.FileExistsError, 20 => Types.NotADirectoryError, 21 => Types.IsADirectoryError,
                    32 or 108 => Types.BrokenPipeError, 103 => Types.ConnectionAbortedError, 104 => Types.ConnectionResetError,
                    110 => Types.TimeoutError, 111 => Types.ConnectionRefusedError, _ => cls,
                };
            }
            var e = new PyBaseException(cls) { Args = PyTuple.From(eargs) };
            return e;
        });
        Def(b, "__init__", (args, kw) =>
        {
            var e = E(args[0]);
            int nkw = kw?.Count ?? 0;
            if (nkw > 0 && !e.Type.IsSubtypeOf(Types.ImportError) && !e.Type.IsSubtypeOf(Types.AttributeError) && !e.Type.IsSubtypeOf(Types.NameError))
                throw PyExc.TypeError($"{e.Type.Name}() takes no keyword arguments");
            e.Args = PyTuple.From(args.Slice(1, args.Length - 1 - nkw).ToArray());
            for (int i = 0; i < nkw; i++)
            {
                var key = (PyStr)kw!.Items[i];
                var allowed = e.Type.IsSubtypeOf(Types.ImportError) ? new[] { "name", "path" } : e.Type.IsSubtypeOf(Types.AttributeError) ? new[] { "name", "obj" } : new[] { "name" };
                if (!allowed.Contains(key.Value)) throw PyExc.TypeError($"'{key.Value}' is an invalid keyword argument for {e.Type.Name}()");
                e.SetAttr(key.Value, args[args.Length - nkw + i]);
            }
            InitSpecialAttributes(e);
            return None;
        });
        Def0(b, "__str__", a =>
        {
            var e = E(a);
            var args = e.Args.Items;
            if (e.Type.IsSubtypeOf(Types.KeyError) && args.Length == 1) return Ops.Repr(args[0]);
            if (e.Type.IsSubtypeOf(Types.OSError))
            {
                var errno = e.GetAttrOrNull("errno"); var strerror = e.GetAttrOrNull("strerror"); var filename = e.GetAttrOrNull("filename");
                if (filename != null && filename != Singletons.None)
                    return PyStr.From($"[Errno {Ops.StrString(errno!)}] {Ops.StrString(strerror!)}: {Ops.ReprString(filename)}");
                if (errno != null && errno != Singletons.None && strerror != null && strerror != Singletons.None)
                    return PyStr.From($"[Errno {Ops.StrString(errno)}] {Ops.StrString(strerror)}");
            }
            // Objects/exceptions.c UnicodeDecodeError_str / UnicodeEncodeError_str, for the 5-argument form codecs raise.
            if (args.Length == 5 && e.Type.IsSubtypeOf(Types.UnicodeDecodeError) && args[1] is PyBytes ub && args[2] is PyInt us && args[3] is PyInt ue)
                return PyStr.From(ue.Small == us.Small + 1 && us.Small >= 0 && us.Small < ub.Value.Length
                    ? $"'{Ops.StrString(args[0])}' codec can't decode byte 0x{ub.Value[us.Small]:x2} in position {us.Small}: {Ops.StrString(args[4])}"
                    : $"'{Ops.StrString(args[0])}' codec can't decode bytes in position {us.Small}-{ue.Small - 1}: {Ops.StrString(args[4])}");
            if (args.Length == 5 && e.Type.IsSubtypeOf(Types.UnicodeEncodeError) && args[1] is PyStr es && args[2] is PyInt s0 && args[3] is PyInt e0)
            {
                if (e0.Small == s0.Small + 1 && s0.Small >= 0 && s0.Small < es.Length)
                {
                    int c = es.CodePointAt((int)s0.Small);
                    var ch = c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}";
                    return PyStr.From($"'{Ops.StrString(args[0])}' codec can't encode character '{ch}' in position {s0.Small}: {Ops.StrString(args[4])}");
                }
                return PyStr.From($"'{Ops.StrString(args[0])}' codec can't encode characters in position {s0.Small}-{e0.Small - 1}: {Ops.StrString(args[4])}");
            }
            if (e.Type.IsSubtypeOf(Types.SyntaxError))
            {
                var msg = e.GetAttrOrNull("msg") ?? Singletons.None;
                var fn = e.GetAttrOrNull("filename"); var ln = e.GetAttrOrNull("lineno");
                var s = Ops.StrString(msg);
                string? file = fn is PyStr fs ? Path.GetFileName(fs.Value) : null;
                if (file != null && ln is PyInt li) return PyStr.From($"{s} ({file}, line {li.Small})");
                if (file != null) return PyStr.From($"{s} ({file})");
                if (ln is PyInt li2) return PyStr.From($"{s} (line {li2.Small})");
                return PyStr.From(s);
            }
            if (e.Type.IsSubtypeOf(Types.BaseExceptionGroup))
            {
                var n = GroupExceptions(e).Length;
                return PyStr.From($"{Ops.StrString(e.GetAttrOrNull("message")!)} ({n} sub-exception{(n == 1 ? "" : "s")})");
            }
            if (args.Length == 0) return PyStr.Empty;
            if (args.Length == 1) return Ops.Str(args[0]);
            return Ops.Str(e.Args);
        });
        Def0(b, "__repr__", a =>
        {
            var e = E(a);
            var name = e.Type.Name;
            var args = e.Args.Items;
            if (args.Length == 1) return PyStr.From($"{name}({Ops.ReprString(args[0])})");
            if (args.Length == 0) return PyStr.From($"{name}()");
            return PyStr.From(name + Ops.ReprString(e.Args));
        });
        GetSet(b, "args", a => E(a).Args, (a, v) => { E(a).Args = PyTuple.From(Ops.ToArray(v!)); });
        GetSet(b, "__traceback__", a => (PyObject?)E(a).Traceback ?? None, (a, v) =>
        {
            if (v != None && v is not PyTraceback) throw PyExc.TypeError("__traceback__ must be a traceback or None");
            E(a).Traceback = v as PyTraceback;
        });
        GetSet(b, "__cause__", a => (PyObject?)E(a).Cause ?? None, (a, v) =>
        {
            if (v != None && v is not PyBaseException) throw PyExc.TypeError("exception cause must be None or derive from BaseException");
            E(a).Cause = v as PyBaseException; E(a).SuppressContext = true;
        });
        GetSet(b, "__context__", a => (PyObject?)E(a).Context ?? None, (a, v) =>
        {
            if (v != None && v is not PyBaseException) throw PyExc.TypeError("exception context must be None or derive from BaseException");
            E(a).Context = v as PyBaseException;
        });
        GetSet(b, "__suppress_context__", a => PyBool.From(E(a).SuppressContext), (a, v) => E(a).SuppressContext = Ops.IsTrue(v!));
        GetSet(b, "__dict__", a => a.Dict!);
        Def1(b, "with_traceback", (a, tb) => { E(a).Traceback = tb as PyTraceback; return a; });
        Def1(b, "add_note", (a, note) =>
        {
            if (note is not PyStr) throw PyExc.TypeError($"note must be a str, not '{Ops.TypeName(note)}'");
            var notes = E(a).GetAttrOrNull("__notes__");
            if (notes == null) { notes = new PyList(); E(a).SetAttr("__notes__", notes); }
            if (notes is not PyList nl) throw PyExc.TypeError("Cannot add note: __notes__ is not a list");
            nl.Append(note);
            return None;
        });
        Def0(b, "__reduce__", a => PyTuple.Of(a.Type, E(a).Args));

        // ExceptionGroup
        var beg = Types.BaseExceptionGroup;
        DefStatic(beg, "__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            NoKeywords(cls.Name, kw);
            if (args.Length != 3) throw PyExc.TypeError($"BaseExceptionGroup.__new__() takes exactly 2 arguments ({args.Length - 1} given)");
            if (args[1] is not PyStr msg) throw PyExc.TypeError($"BaseExceptionGroup.__new__() argument 1 must be str, not {Ops.TypeName(args[1])}");
            var seq = args[2];
            if (seq.Type.Lookup("__getitem__") == null || seq is PySet || seq is PyDict)
                throw PyExc.TypeError("second argument (exceptions) must be a sequence");
            var excs = Ops.ToArray(seq);
            if (excs.Length == 0) throw PyExc.ValueError("second argument (exceptions) must be a non-empty sequence");
            bool allExceptions = true;
            for (int i = 0; i < excs.Length; i++)
            {
                if (excs[i] is not PyBaseException ex) throw PyExc.ValueError($"Item {i} of second argument (exceptions) is not an exception");
                if (!ex.Type.IsSubtypeOf(Types.Exception)) allExceptions = false;
            }
            if (cls == Types.BaseExceptionGroup && allExceptions) cls = Types.ExceptionGroup;
            else if (cls == Types.ExceptionGroup && !allExceptions) throw PyExc.TypeError("Cannot nest BaseExceptions in an ExceptionGroup");
            else if (!cls.IsSubtypeOf(Types.Exception) && !allExceptions) { }
            else if (cls.IsSubtypeOf(Types.Exception) && !allExceptions) throw PyExc.TypeError($"Cannot nest BaseExceptions in '{cls.Name}'");
            var eg = NewGroup(cls, msg.Value, excs);
            eg.Args = PyTuple.Of(args[1], args[2]);
            return eg;
        });
        Def(beg, "__init__", (args, kw) => None);
        GetSet(beg, "message", a => E(a).GetAttrOrNull("message")!);
        GetSet(beg, "exceptions", a => E(a).GetAttrOrNull("exceptions")!);
        Def1(beg, "derive", (a, excs) => Ops.Call(Types.BaseExceptionGroup, E(a).GetAttrOrNull("message")!, excs));
        Def1(beg, "split", (a, cond) =>
        {
            var (m, r) = Split(E(a), cond);
            return PyTuple.Of(m ?? None, r ?? None);
        });
        Def1(beg, "subgroup", (a, cond) => Split(E(a), cond).Match ?? None);
        DefClass(beg, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
    }

    private static bool ConditionMatches(PyObject e, PyObject cond)
    {
        if (cond is PyType || cond is PyTuple) return Exceptions.Matches(e, cond);
        return Ops.IsTrue(Ops.Call(cond, e));
    }

    /// <summary>exceptiongroup_split_recursive.</summary>
    private static (PyObject? Match, PyObject? Remainder) Split(PyBaseException eg, PyObject cond)
    {
        if (ConditionMatches(eg, cond)) return (eg, null);
        if (!eg.Type.IsSubtypeOf(Types.BaseExceptionGroup)) return (null, eg);
        var matches = new List<PyObject>(); var rests = new List<PyObject>();
        foreach (var e in GroupExceptions(eg))
        {
            var (m, r) = Split((PyBaseException)e, cond);
            if (m != null) matches.Add(m);
            if (r != null) rests.Add(r);
        }
        PyObject? Derive(List<PyObject> items)
        {
            if (items.Count == 0) return null;
            var d = Ops.CallMethod(eg, "derive", new PyList(items.ToArray()));
            if (d is PyBaseException db)
            {
                db.Traceback = eg.Traceback; db.Cause = eg.Cause; db.Context = eg.Context;
                var notes = eg.GetAttrOrNull("__notes__");
                if (notes != null) db.SetAttr("__notes__", notes);
            }
            return d;
        }
        return (Derive(matches), Derive(rests));
    }
}
