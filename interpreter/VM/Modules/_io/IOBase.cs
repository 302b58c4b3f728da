using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.IO;

/// <summary>Instances of the native io classes (FileIO, BytesIO, Buffered*, TextIOWrapper, StringIO): each has a __dict__
/// like CPython's (name, mode live there) and the iobase "closed" flag of IOBase.close.</summary>
public abstract class PyIOObject : PyObject
{
    public bool IOBaseClosed;
    protected PyIOObject(PyType t) : base(t) { Dict = new PyDict(); }
}

/// <summary>_io._IOBase and _io._RawIOBase (Modules/_io/iobase.c): behaviour defined through the methods a subclass
/// provides (read, readinto, seek, flush...), so Python subclasses of io.RawIOBase work as in CPython.</summary>
internal static class IOBase
{
    private static readonly PyStr s_closedAttr = PyStr.Intern("__IOBase_closed");

    /// <summary>iobase_is_closed: the flag IOBase.close sets (an attribute for Python subclasses).</summary>
    public static bool IsClosedFlag(PyObject self) =>
        self is PyIOObject io ? io.IOBaseClosed : self.Dict?.GetItemOrNull(s_closedAttr) is PyObject v && Ops.IsTrue(v);

    private static void SetClosedFlag(PyObject self)
    {
        if (self is PyIOObject io) io.IOBaseClosed = true;
        else Ops.SetAttr(self, s_closedAttr, PyBool.True);
    }

    public static PyException ClosedFile() => PyExc.ValueError("I/O operation on closed file.");

    /// <summary>_PyIOBase_check_closed: looks at self.closed (a property subclasses override).</summary>
    public static void CheckClosed(PyObject self)
    {
        if (Ops.IsTrue(Ops.GetAttr(self, "closed"))) throw ClosedFile();
    }

    public static PyException Unsupported(string msg) => PyExc.Make(IoModule.UnsupportedOperation, msg);

    public static void CheckReadable(PyObject self)
    {
        if (Ops.CallMethod(self, "readable") != PyBool.True) throw Unsupported("File or stream is not readable.");
    }
    public static void CheckWritable(PyObject self)
    {
        if (Ops.CallMethod(self, "writable") != PyBool.True) throw Unsupported("File or stream is not writable.");
    }
    public static void CheckSeekable(PyObject self)
    {
        if (Ops.CallMethod(self, "seekable") != PyBool.True) throw Unsupported("File or stream is not seekable.");
    }

    public static void Init(PyType iobase, PyType rawiobase)
    {
        var t = iobase;
        Def(t, "seek", (a, kw) => throw Unsupported("seek"));
        Def0(t, "tell", self => Ops.CallMethod(self, "seek", PyInt.From(0), PyInt.From(1)));
        Def(t, "truncate", (a, kw) => throw Unsupported("truncate"));
        Def0(t, "flush", self =>
        {
            if (IsClosedFlag(self)) throw ClosedFile();
            return None;
        });
        // iobase_close: flush, then mark closed even when flush failed.
        Def0(t, "close", self =>
        {
            if (IsClosedFlag(self)) return None;
            try { Ops.CallMethod(self, "flush"); }
            finally { SetClosedFlag(self); }
            return None;
        });
        GetSet(t, "closed", self => PyBool.From(IsClosedFlag(self)));
        Def0(t, "seekable", self => PyBool.False);
        Def0(t, "readable", self => PyBool.False);
        Def0(t, "writable", self => PyBool.False);
        Def(t, "_checkClosed", (a, kw) => { CheckClosed(a[0]); return None; });
        Def(t, "_checkSeekable", (a, kw) => { CheckSeekable(a[0]); return PyBool.True; });
        Def(t, "_checkReadable", (a, kw) => { CheckReadable(a[0]); return PyBool.True; });
        Def(t, "_checkWritable", (a, kw) => { CheckWritable(a[0]); return PyBool.True; });
        Def0(t, "fileno", self => throw Unsupported("fileno"));
        Def0(t, "isatty", self => { CheckClosed(self); return PyBool.False; });
        Def0(t, "__enter__", self => { CheckClosed(self); return self; });
        Def(t, "__exit__", (a, kw) => Ops.CallMethod(a[0], "close"));
        Def0(t, "__iter__", self => { CheckClosed(self); return self; });
        Def0(t, "__next__", self =>
        {
            var line = Ops.CallMethod(self, "readline");
            if (Ops.Len(line) == 0) throw PyExc.StopIteration();
            return line;
        });
        // iobase_readline: byte by byte through peek() when there is one, else read(1).
        Def(t, "readline", (a, kw) =>
        {
            var p = Parse("readline", a[1..], kw, ["size"], 0);
            long limit = SizeArg(p[0]);
            var self = a[0];
            var peek = Ops.GetAttrOrNull(self, PyStr.Intern("peek"));
            var buf = new List<byte>();
            while (limit < 0 || buf.Count < limit)
            {
                long nreadahead = 1;
                if (peek != null)
                {
                    var ahead = Ops.Call(peek, PyInt.From(1));
                    if (ahead is not PyBytes ab) throw PyExc.OSError($"peek() should have returned a bytes object, not '{Ops.TypeName(ahead)}'");
                    if (ab.Value.Length > 0)
                    {
                        int n = 0;
                        var v = ab.Value;
                        while (n < v.Length && (limit < 0 || n < limit - buf.Count))
                            if (v[n++] == '\n') break;
                        nreadahead = n;
                    }
                }
                var b = Ops.CallMethod(self, "read", PyInt.From(nreadahead));
                if (b == None) break;
                if (b is not PyBytes bb) throw PyExc.OSError($"read() should have returned a bytes object, not '{Ops.TypeName(b)}'");
                if (bb.Value.Length == 0) break;
                buf.AddRange(bb.Value);
                if (buf[^1] == '\n') break;
            }
            return PyBytes.From(buf.ToArray());
        });
        Def(t, "readlines", (a, kw) =>
        {
            var p = Parse("readlines", a[1..], kw, ["hint"], 0);
            long hint = SizeArg(p[0]);
            var result = new PyList();
            long length = 0;
            foreach (var line in Ops.Iterate(a[0]))
            {
                result.Append(line);
                if (hint > 0)
                {
                    length += Ops.Len(line);
                    if (length >= hint) break;
                }
            }
            return result;
        });
        Def1(t, "writelines", (self, lines) =>
        {
            CheckClosed(self);
            foreach (var line in Ops.Iterate(lines)) Ops.CallMethod(self, "write", line);
            return None;
        });
        t.Dict!.Set("__hash__", t.Dict!.Get("__hash__") ?? Types.Object.Dict!.Get("__hash__")!);

        // _RawIOBase (iobase.c rawiobase_read / rawiobase_readall): read through readinto.
        var r = rawiobase;
        Def(r, "read", (a, kw) =>
        {
            var p = Parse("read", a[1..], kw, ["size"], 0);
            long n = SizeArg(p[0]);
            if (n < 0) return Ops.CallMethod(a[0], "readall");
            var b = new PyByteArray(new byte[n]);
            var res = Ops.CallMethod(a[0], "readinto", b);
            if (res == None) return None;
            long got = Ops.IndexAsLong(res);
            if (got < 0 || got > n) throw PyExc.ValueError($"readinto returned {got} outside buffer size {n}");
            return PyBytes.From(b.Value.GetRange(0, (int)got).ToArray());
        });
        Def0(r, "readall", self =>
        {
            var all = new List<byte>();
            while (true)
            {
                var data = Ops.CallMethod(self, "read", PyInt.From(IoModule.DefaultBufferSize));
                if (data == None) { if (all.Count == 0) return None; break; }
                if (data is not PyBytes db) throw PyExc.TypeError("read() should return bytes");
                if (db.Value.Length == 0) break;
                all.AddRange(db.Value);
            }
            return PyBytes.From(all.ToArray());
        });
        Def(r, "readinto", (a, kw) => throw PyExc.NotImplementedError(""));
        Def(r, "write", (a, kw) => throw PyExc.NotImplementedError(""));
    }

    /// <summary>_Py_convert_optional_to_ssize_t: None or an index.</summary>
    public static long SizeArg(PyObject? o)
    {
        if (o == null || o == None) return -1;
        if (o is PyFloat || o.Type.Lookup("__index__") == null)
            throw PyExc.TypeError($"argument should be integer or None, not '{Ops.TypeName(o)}'");
        return Ops.IndexAsLong(o);
    }

    /// <summary>A type's tp_name as CPython prints it: "_io.FileIO" for the built-in class, the bare name for a subclass.</summary>
    public static string TpName(PyType t) => t.IsHeapType ? t.Name : ((t.Dict!.Get("__module__") as PyStr)?.Value ?? "builtins") + "." + t.Name;
}
