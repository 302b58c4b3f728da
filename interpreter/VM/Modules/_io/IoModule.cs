using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.IO;

/// <summary>_io (Modules/_io/_iomodule.c): the class hierarchy, open(), open_code(), DEFAULT_BUFFER_SIZE.
/// The types are made once per process, as CPython's static types are.</summary>
[BuiltinModule("_io")]
public static class IoModule
{
    public const int DefaultBufferSize = 8192;

    private static readonly Lazy<IoTypes> s_types = new(MakeTypes);
    internal static IoTypes T => s_types.Value;

    public static PyType UnsupportedOperation => T.UnsupportedOperation;
    public static PyType RawIOBaseType => T.RawIOBase;

    internal sealed class IoTypes
    {
        public PyType IOBase = null!, RawIOBase = null!, BufferedIOBase = null!, TextIOBase = null!, FileIO = null!;
        public PyType UnsupportedOperation = null!;
    }

    private static IoTypes MakeTypes()
    {
        var t = new IoTypes();
        t.IOBase = NativeTypes.New("_io", "_IOBase", Types.Object, ownLayout: false, instanceDict: true);
        t.RawIOBase = NativeTypes.New("_io", "_RawIOBase", t.IOBase, ownLayout: false, instanceDict: true);
        t.BufferedIOBase = NativeTypes.New("_io", "_BufferedIOBase", t.IOBase, ownLayout: false, instanceDict: true);
        t.TextIOBase = NativeTypes.New("_io", "_TextIOBase", t.IOBase, ownLayout: false, instanceDict: true);
        t.FileIO = NativeTypes.New("_io", "FileIO", t.RawIOBase, ownLayout: true, instanceDict: true);
        // _iomodule.c: UnsupportedOperation is made by calling type(), so it is a heap type of module "io".
        var ns = new PyDict();
        ns.Set("__module__", PyStr.From("io"));
        t.UnsupportedOperation = ObjectAndType.CreateClass(Types.Type, "UnsupportedOperation", PyTuple.Of(Types.OSError, Types.ValueError), ns, new PyDict());
        IOBase.Init(t.IOBase, t.RawIOBase);
        FileIO.Init(t.FileIO);
        foreach (var ty in new[] { t.IOBase, t.RawIOBase, t.BufferedIOBase, t.TextIOBase, t.FileIO }) ty.Modified();
        return t;
    }

    public static PyModule Create()
    {
        var types = T;
        var m = new PyModule("_io");
        var d = m.Dict!;
        d.Set("DEFAULT_BUFFER_SIZE", PyInt.From(DefaultBufferSize));
        d.Set("UnsupportedOperation", types.UnsupportedOperation);
        d.Set("BlockingIOError", Types.BlockingIOError);
        d.Set("_IOBase", types.IOBase);
        d.Set("_RawIOBase", types.RawIOBase);
        d.Set("_BufferedIOBase", types.BufferedIOBase);
        d.Set("_TextIOBase", types.TextIOBase);
        d.Set("FileIO", types.FileIO);
        // _io_open_code_impl: open(path, "rb") of a str path.
        // DEVIATION(CPython): returns the FileIO itself until BufferedReader exists (importlib only reads it whole).
        d.Set("open_code", Fn("open_code", (a, kw) =>
        {
            var p = Parse("open_code", a, kw, ["path"], 1);
            if (p[0] is not PyStr) throw PyExc.TypeError($"open_code() argument 'path' must be str, not {Ops.TypeName(p[0]!)}");
            var f = new PyFileIO(types.FileIO);
            IO.FileIO.InitFile(f, p[0]!, "rb", true, null);
            return f;
        }));
        return m;
    }
}

/// <summary>Py_ReprEnter / Py_ReprLeave for the reprs that show an attribute (FileIO, TextIOWrapper name).</summary>
internal static class Repr
{
    [ThreadStatic] private static HashSet<PyObject>? t_active;

    public static string Guarded(PyObject self, PyObject value)
    {
        t_active ??= new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
        if (!t_active.Add(self)) throw PyExc.RuntimeError($"reentrant call inside {IOBase.TpName(self.Type)}.__repr__");
        try { return Ops.ReprString(value); }
        finally { t_active.Remove(self); }
    }
}
