using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;
/// <summary>The sys module (Python/sysmodule.c), the parts programs use.</summary>
public static partial class SysModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("sys");
        var d = m.Dict!;
        d.Set("stdout", interp.SysStdout);
        d.Set("stderr", interp.SysStderr);
        d.Set("__stdout__", interp.SysStdout);
        d.Set("__stderr__", interp.SysStderr);
        d.Set("modules", interp.Modules);
        d.Set("argv", new PyList());
        d.Set("path", new PyList());
        d.Set("maxsize", PyInt.From(long.MaxValue));
        d.Set("byteorder", PyStr.From("little"));
        d.Set("platform", PyStr.From("linux"));
        d.Set("implementation", PyStr.From("pyref"));
        d.Set("version", PyStr.From("3.11.7 (pyref reference interpreter)"));
        d.Set("version_info", StructSeq("sys", "version_info", new[] { "major", "minor", "micro", "releaselevel", "serial" },
            PyInt.From(3), PyInt.From(11), PyInt.From(7), PyStr.From("final"), PyInt.From(0)));
        d.Set("hexversion", PyInt.From(0x030B07F0));
        d.Set("maxunicode", PyInt.From(0x10FFFF));
        d.Set("builtin_module_names", PyTuple.From(Modules.BuiltinModuleTable.Names.Select(n => (PyObject)PyStr.From(n)).ToArray()));
        d.Set("exit", Fn("exit", (a, kw) =>
        {
            var e = new PyBaseException(Types.SystemExit) { Args = a.Length == 0 ? PyTuple.Empty : PyTuple.Of(a[0]) };
            ExceptionTypes.InitSpecialAttributes(e);
            throw new PyException(e);
        }));
        d.Set("getrecursionlimit", Fn("getrecursionlimit", (a, kw) => PyInt.From(PyThreadState.Current.RecursionLimit)));
        d.Set("setrecursionlimit", Fn("setrecursionlimit", (a, kw) =>
        {
            long n = ToLong(a[0]);
            if (n < 1) throw PyExc.ValueError("recursion limit must be greater or equal than 1");
            PyThreadState.Current.RecursionLimit = (int)Math.Min(n, 100000);
            return None;
        }));
        d.Set("exc_info", Fn("exc_info", (a, kw) =>
        {
            var h = PyThreadState.Current.HandledException as PyBaseException;
            if (h == null) return PyTuple.Of(None, None, None);
            return PyTuple.Of(h.Type, h, (PyObject?)h.Traceback ?? None);
        }));
        d.Set("exception", Fn("exception", (a, kw) => PyThreadState.Current.HandledException ?? None));
        d.Set("_getframe", Fn("_getframe", (a, kw) =>
        {
            var f = PyThreadState.Current.Frame;
            long depth = a.Length > 0 ? ToLong(a[0]) : 0;
            for (long i = 0; i < depth && f != null; i++) f = f.Back;
            if (f == null) throw PyExc.ValueError("call stack is not deep enough");
            return f;
        }));
        d.Set("intern", Fn("intern", (a, kw) => PyStr.Intern(((PyStr)a[0]).Value)));
        d.Set("getsizeof", Fn("getsizeof", (a, kw) => PyInt.From(64)));
        d.Set("get_int_max_str_digits", Fn("get_int_max_str_digits", (a, kw) => PyInt.From(PyInt.MaxStrDigits)));
        d.Set("getdefaultencoding", Fn("getdefaultencoding", (a, kw) => PyStr.From("utf-8")));
        AddImportAndRuntimeInfo(interp, d);
        return m;
    }

    /// <summary>
    /// A struct sequence (Objects/structseq.c PyStructSequence_NewType): a tuple subclass whose fields are also
    /// read-only attributes and whose repr names them, e.g. sys.version_info(major=3, ...).
    /// </summary>
    public static PyTuple StructSeq(string module, string name, string[] fields, params PyObject[] values) =>
        PyTuple.OfType(StructSeqType(module, name, fields), values);

    /// <summary>The type of a struct sequence; calling it with a sequence of the fields makes an instance.</summary>
    public static PyType StructSeqType(string module, string name, string[] fields)
    {
        var t = ObjectAndType.CreateClass(Types.Type, name, PyTuple.Of(Types.Tuple), new PyDict(), new PyDict());
        t.Dict!.Set("__module__", PyStr.From(module));
        for (int i = 0; i < fields.Length; i++)
        {
            int index = i;
            GetSet(t, fields[i], a => ((PyTuple)a).Items[index]);
        }
        t.Dict!.Set("n_fields", PyInt.From(fields.Length));
        t.Dict!.Set("n_sequence_fields", PyInt.From(fields.Length));
        // Objects/structseq.c structseq_repr: "module.name(field=repr, ...)".
        Def0(t, "__repr__", a =>
        {
            var items = ((PyTuple)a).Items;
            var parts = new string[fields.Length];
            for (int i = 0; i < fields.Length; i++) parts[i] = fields[i] + "=" + Ops.ReprString(items[i]);
            return PyStr.From($"{module}.{name}({string.Join(", ", parts)})");
        });
        // structseq_new(sequence, dict=None): exactly n_fields items.
        DefStatic(t, "__new__", (a, kw) =>
        {
            var cls = (PyType)a[0];
            if (a.Length < 2) throw PyExc.TypeError($"{module}.{name}() missing required argument 'sequence' (pos 1)");
            var items = Ops.ToArray(a[1]);
            if (items.Length != fields.Length)
                throw PyExc.TypeError($"{module}.{name}() takes a {fields.Length}-sequence ({items.Length}-sequence given)");
            return PyTuple.OfType(cls, items);
        });
        Def0(t, "__reduce__", a => PyTuple.Of(a.Type, PyTuple.Of(PyTuple.From(((PyTuple)a).Items))));
        return t;
    }

    private static PyType? s_ns;
    public static PyType SimpleNamespaceType()
    {
        if (s_ns != null) return s_ns;
        var t = ObjectAndType.CreateClass(Types.Type, "SimpleNamespace", PyTuple.Empty, new PyDict(), new PyDict());
        t.Dict!.Set("__module__", PyStr.From("types"));
        return s_ns = t;
    }

    public static void InitTextIO()
    {
        var t = Types.TextIO;
        Def1(t, "write", (a, s) =>
        {
            if (s is not PyStr ps) throw PyExc.TypeError($"write() argument must be str, not {Ops.TypeName(s)}");
            ((TextStream)a).Write(ps.Value);
            return PyInt.From(ps.Length);
        });
        Def0(t, "flush", a => { ((TextStream)a).Writer.Flush(); return None; });
        Def0(t, "isatty", a => PyBool.False);
        Def0(t, "fileno", a => PyInt.From(((TextStream)a).Name == "<stdout>" ? 1 : 2));
        GetSet(t, "name", a => PyStr.From(((TextStream)a).Name));
        GetSet(t, "encoding", a => PyStr.From("utf-8"));
        Def0(t, "__repr__", a => PyStr.From($"<_io.TextIOWrapper name='{((TextStream)a).Name}' mode='w' encoding='utf-8'>"));
    }
}
