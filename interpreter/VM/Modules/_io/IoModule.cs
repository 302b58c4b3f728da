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
    public static PyType TextIOWrapperType => T.TextIOWrapper;

    internal sealed class IoTypes
    {
        public PyType IOBase = null!, RawIOBase = null!, BufferedIOBase = null!, TextIOBase = null!, FileIO = null!;
        public PyType BufferedReader = null!, BufferedWriter = null!, BufferedRandom = null!, BufferedRWPair = null!;
        public PyType TextIOWrapper = null!, StringIO = null!, BytesIO = null!, IncrementalNewlineDecoder = null!;
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
        t.BufferedReader = NativeTypes.New("_io", "BufferedReader", t.BufferedIOBase, ownLayout: true, instanceDict: true);
        t.BufferedWriter = NativeTypes.New("_io", "BufferedWriter", t.BufferedIOBase, ownLayout: true, instanceDict: true);
        t.BufferedRandom = NativeTypes.New("_io", "BufferedRandom", t.BufferedIOBase, ownLayout: true, instanceDict: true);
        t.BufferedRWPair = NativeTypes.New("_io", "BufferedRWPair", t.BufferedIOBase, ownLayout: false, instanceDict: true);
        t.TextIOWrapper = NativeTypes.New("_io", "TextIOWrapper", t.TextIOBase, ownLayout: true, instanceDict: true);
        t.StringIO = NativeTypes.New("_io", "StringIO", t.TextIOBase, ownLayout: true, instanceDict: true);
        t.BytesIO = NativeTypes.New("_io", "BytesIO", t.BufferedIOBase, ownLayout: true, instanceDict: true);
        t.IncrementalNewlineDecoder = NativeTypes.New("_io", "IncrementalNewlineDecoder", Types.Object, ownLayout: true, instanceDict: true);
        // _iomodule.c: UnsupportedOperation is made by calling type(), so it is a heap type of module "io".
        var ns = new PyDict();
        ns.Set("__module__", PyStr.From("io"));
        t.UnsupportedOperation = ObjectAndType.CreateClass(Types.Type, "UnsupportedOperation", PyTuple.Of(Types.OSError, Types.ValueError), ns, new PyDict());
        IOBase.Init(t.IOBase, t.RawIOBase);
        FileIO.Init(t.FileIO);
        BufferedIO.Init(t.BufferedIOBase, t.BufferedReader, t.BufferedWriter, t.BufferedRandom);
        InitRWPair(t.BufferedRWPair);
        TextIO.Init(t.TextIOBase, t.TextIOWrapper);
        MemoryIO.InitBytesIO(t.BytesIO);
        MemoryIO.InitStringIO(t.StringIO);
        MemoryIO.InitNewlineDecoder(t.IncrementalNewlineDecoder);
        foreach (var ty in new[] { t.IOBase, t.RawIOBase, t.BufferedIOBase, t.TextIOBase, t.FileIO, t.BufferedReader, t.BufferedWriter,
            t.BufferedRandom, t.BufferedRWPair, t.TextIOWrapper, t.StringIO, t.BytesIO, t.IncrementalNewlineDecoder }) ty.Modified();
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
        d.Set("BufferedReader", types.BufferedReader);
        d.Set("BufferedWriter", types.BufferedWriter);
        d.Set("BufferedRandom", types.BufferedRandom);
        d.Set("BufferedRWPair", types.BufferedRWPair);
        d.Set("TextIOWrapper", types.TextIOWrapper);
        d.Set("StringIO", types.StringIO);
        d.Set("BytesIO", types.BytesIO);
        d.Set("IncrementalNewlineDecoder", types.IncrementalNewlineDecoder);
        d.Set("open", OpenFunction);
        // _io_open_code_impl: open(path, "rb") of a str path.
        d.Set("open_code", Fn("open_code", (a, kw) =>
        {
            var p = Parse("open_code", a, kw, ["path"], 1);
            if (p[0] is not PyStr) throw PyExc.TypeError($"open_code() argument 'path' must be str, not {Ops.TypeName(p[0]!)}");
            return Open(p[0]!, "rb", -1, null, null, null, true, null);
        }));
        // _io_text_encoding_impl (3.11): None means the locale encoding ("locale"); UTF-8 mode is not on.
        d.Set("text_encoding", Fn("text_encoding", (a, kw) =>
        {
            var p = Parse("text_encoding", a, kw, ["encoding", "stacklevel"], 1);
            return p[0] == None ? PyStr.From("locale") : p[0]!;
        }));
        return m;
    }

    private static PyBuiltinFunction? s_open;
    /// <summary>The one open() function object: builtins.open is io.open, as in CPython.</summary>
    public static PyBuiltinFunction OpenFunction => s_open ??= Fn("open", (a, kw) =>
    {
        var p = Parse("open", a, kw, ["file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"], 1);
        string mode = p[1] == null ? "r" : p[1] is PyStr ms ? ms.Value : throw PyExc.TypeError($"open() argument 'mode' must be str, not {Ops.TypeName(p[1]!)}");
        long buffering = p[2] == null ? -1 : p[2] is PyFloat ? throw PyExc.TypeError("'float' object cannot be interpreted as an integer") : Ops.IndexAsLong(p[2]!);
        string? Opt(int i, string name) => p[i] == null || p[i] == None ? null : p[i] is PyStr s ? s.Value
            : throw PyExc.TypeError($"open() argument '{name}' must be str or None, not {Ops.TypeName(p[i]!)}");
        return Open(p[0]!, mode, buffering, Opt(3, "encoding"), Opt(4, "errors"), p[5] == null || p[5] == None ? null : Opt(5, "newline") ?? "",
            p[6] == null || Ops.IsTrue(p[6]!), p[7]);
    });

    /// <summary>_io_open_impl (Modules/_io/_iomodule.c).</summary>
    public static PyObject Open(PyObject file, string mode, long buffering, string? encoding, string? errors, string? newline, bool closefd, PyObject? opener)
    {
        var types = T;
        // PyNumber_Check decides between a descriptor and a path; paths go through PyOS_FSPath.
        bool isNumber = file is PyInt || file is PyFloat || file.Type.Lookup("__index__") != null || file.Type.Lookup("__int__") != null;
        if (!isNumber) file = Posix.Fs.FsPath(file);
        bool creating = false, reading = false, writing = false, appending = false, updating = false, text = false, binary = false;
        var seen = new HashSet<char>();
        foreach (var c in mode)
        {
            if ("xrwa+tb".IndexOf(c) < 0 || !seen.Add(c)) throw PyExc.ValueError($"invalid mode: '{mode}'");
            switch (c)
            {
                case 'x': creating = true; break;
                case 'r': reading = true; break;
                case 'w': writing = true; break;
                case 'a': appending = true; break;
                case '+': updating = true; break;
                case 't': text = true; break;
                case 'b': binary = true; break;
            }
        }
        var rawmode = (creating ? "x" : "") + (reading ? "r" : "") + (writing ? "w" : "") + (appending ? "a" : "") + (updating ? "+" : "");
        if (text && binary) throw PyExc.ValueError("can't have text and binary mode at once");
        if ((creating ? 1 : 0) + (reading ? 1 : 0) + (writing ? 1 : 0) + (appending ? 1 : 0) > 1)
            throw PyExc.ValueError("must have exactly one of create/read/write/append mode");
        if (!(creating || reading || writing || appending))
            throw PyExc.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
        if (binary && encoding != null) throw PyExc.ValueError("binary mode doesn't take an encoding argument");
        if (binary && errors != null) throw PyExc.ValueError("binary mode doesn't take an errors argument");
        if (binary && newline != null) throw PyExc.ValueError("binary mode doesn't take a newline argument");

        var raw = new PyFileIO(types.FileIO) { Dict = new PyDict() };
        IO.FileIO.InitFile(raw, file, rawmode, closefd, opener);
        PyObject result = raw;
        try
        {
            bool lineBuffering = false;
            bool isatty = Posix.Libc.isatty(raw.Fd) == 1;
            if (buffering == 1 || (buffering < 0 && isatty)) { buffering = -1; lineBuffering = true; }
            if (buffering < 0) buffering = raw.Blksize > 1 ? raw.Blksize : DefaultBufferSize;
            if (buffering == 0)
            {
                if (binary) return raw;
                throw PyExc.ValueError("can't have unbuffered text I/O");
            }
            var btype = updating ? types.BufferedRandom : creating || writing || appending ? types.BufferedWriter : types.BufferedReader;
            var buffer = new PyBuffered(btype) { Dict = new PyDict() };
            if (updating) IOBase.CheckSeekable(raw);
            BufferedIO.Initialize(buffer, raw, buffering, btype != types.BufferedWriter, btype != types.BufferedReader);
            result = buffer;
            if (binary) return buffer;
            var wrapper = new PyTextIO(types.TextIOWrapper) { Dict = new PyDict() };
            TextIO.Initialize(wrapper, buffer, encoding == null ? null : PyStr.From(encoding), errors == null ? null : PyStr.From(errors),
                newline == null ? null : PyStr.From(newline), lineBuffering, false);
            result = wrapper;
            wrapper.Dict!.Set("mode", PyStr.From(mode));
            return wrapper;
        }
        catch (PyException)
        {
            try { Ops.CallMethod(result, "close"); } catch (PyException) { }
            throw;
        }
    }

    /// <summary>BufferedRWPair (bufferedio.c): a reader and a writer over two raw streams.</summary>
    private static void InitRWPair(PyType t)
    {
        Native.Def(t, "__init__", (a, kw) =>
        {
            var p = Parse("BufferedRWPair", a[1..], kw, ["reader", "writer", "buffer_size"], 2);
            var size = p[2] ?? PyInt.From(DefaultBufferSize);
            a[0].Dict!.Set("_reader", Ops.Call(T.BufferedReader, p[0]!, size));
            a[0].Dict!.Set("_writer", Ops.Call(T.BufferedWriter, p[1]!, size));
            return None;
        });
        PyObject R(PyObject self) => self.Dict!.Get("_reader") ?? throw PyExc.ValueError("I/O operation on uninitialized object");
        PyObject W(PyObject self) => self.Dict!.Get("_writer") ?? throw PyExc.ValueError("I/O operation on uninitialized object");
        foreach (var name in new[] { "read", "peek", "read1", "readinto", "readinto1", "readable" })
        {
            var n = name;
            Native.Def(t, n, (a, kw) => Ops.Call(Ops.GetAttr(R(a[0]), n), a[1..], kw));
        }
        foreach (var name in new[] { "write", "flush", "writable" })
        {
            var n = name;
            Native.Def(t, n, (a, kw) => Ops.Call(Ops.GetAttr(W(a[0]), n), a[1..], kw));
        }
        Def0(t, "isatty", self => PyBool.From(Ops.IsTrue(Ops.CallMethod(W(self), "isatty")) || Ops.IsTrue(Ops.CallMethod(R(self), "isatty"))));
        Def0(t, "close", self =>
        {
            try { Ops.CallMethod(W(self), "close"); }
            finally { Ops.CallMethod(R(self), "close"); }
            return None;
        });
        GetSet(t, "closed", self => Ops.GetAttr(W(self), "closed"));
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
