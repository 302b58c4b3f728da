using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.IO;

/// <summary>_io.BytesIO (Modules/_io/bytesio.c).</summary>
public sealed class PyBytesIO : PyIOObject
{
    public byte[] Buf = [];
    public int Size, Pos;
    public bool Closed;
    public PyBytesIO(PyType t) : base(t) { }
}

/// <summary>_io.StringIO (Modules/_io/stringio.c).
/// DEVIATION(CPython): positions count UTF-16 units, so tell()/seek() differ from CPython after non-BMP characters.</summary>
public sealed class PyStringIO : PyIOObject
{
    public StringBuilder Buf = new();
    public int Pos;
    public bool Closed, Ok;
    internal NewlineDecoder? Decoder;
    public string? ReadNl;
    public bool ReadUniversal, ReadTranslate, WriteTranslate;
    public string WriteNl = "\n";
    public PyStringIO(PyType t) : base(t) { }
}

/// <summary>_io._BytesIOBuffer (bytesio.c bytesiobuf_getbuffer): exports a BytesIO's buffer to memoryview.</summary>
public sealed class PyBytesIOBuffer(PyBytesIO source) : PyObject(BufferType), IBufferExporter
{
    public static readonly PyType BufferType = ModuleSupport.NewType("_io", "_BytesIOBuffer");
    public Span<byte> BufferSpan => source.Buf.AsSpan(0, Math.Min(source.Size, source.Buf.Length));
    public bool BufferReadOnly => false;
    public string BufferFormat => "B";
    public int BufferItemSize => 1;
}

internal static class MemoryIO
{
    private static PyObject NoneObj => Singletons.None;

    private static PyBytesIO B(PyObject o)
    {
        var b = o as PyBytesIO ?? throw PyExc.TypeError($"descriptor requires a '_io.BytesIO' object but received '{Ops.TypeName(o)}'");
        if (b.Closed) throw PyExc.ValueError("I/O operation on closed file.");
        return b;
    }

    // bytesio.c CHECK_EXPORTS
    private static PyBytesIO CheckExports(PyBytesIO b)
    {
        BufferProtocol.CheckResizable(b);
        return b;
    }

    private static int BytesWrite(PyBytesIO b, ReadOnlySpan<byte> data)
    {
        int end = b.Pos + data.Length;
        if (end > b.Buf.Length) Array.Resize(ref b.Buf, Math.Max(end, b.Buf.Length + (b.Buf.Length >> 3) + 64));
        if (b.Pos > b.Size) Array.Clear(b.Buf, b.Size, b.Pos - b.Size);
        data.CopyTo(b.Buf.AsSpan(b.Pos));
        b.Pos = end;
        if (end > b.Size) b.Size = end;
        return data.Length;
    }

    private static byte[] BytesRead(PyBytesIO b, long n)
    {
        int avail = Math.Max(0, b.Size - b.Pos);
        int take = n < 0 || n > avail ? avail : (int)n;
        var r = b.Buf.AsSpan(b.Pos, take).ToArray();
        b.Pos += take;
        return r;
    }

    private static byte[] BytesReadLine(PyBytesIO b, long limit)
    {
        int avail = Math.Max(0, b.Size - b.Pos);
        var span = b.Buf.AsSpan(b.Pos, avail);
        int nl = span.IndexOf((byte)'\n');
        int n = nl < 0 ? avail : nl + 1;
        if (limit >= 0 && n > limit) n = (int)limit;
        var r = span[..n].ToArray();
        b.Pos += n;
        return r;
    }

    public static void InitBytesIO(PyType t)
    {
        DefStatic(t, "__new__", (a, kw) => NativeTypes.WithDict(new PyBytesIO((PyType)a[0])));
        Def(t, "__init__", (a, kw) =>
        {
            var b = (PyBytesIO)a[0];
            var p = Parse("BytesIO", a[1..], kw, ["initial_bytes"], 0);
            b.Size = b.Pos = 0; b.Buf = [];
            if (p[0] != null && p[0] != NoneObj) { BytesWrite(b, Buffers.Read(p[0]!)); b.Pos = 0; }
            return NoneObj;
        });
        Def0(t, "getvalue", self => { var b = B(self); return PyBytes.From(b.Buf.AsSpan(0, b.Size).ToArray()); });
        // _io_BytesIO_getbuffer_impl: a writable view of the current contents through a _BytesIOBuffer exporter;
        // while a view is alive the BytesIO refuses to resize (CHECK_EXPORTS).
        Def0(t, "getbuffer", self =>
        {
            var b = B(self);
            var exp = new PyBytesIOBuffer(b);
            var v = new PyMemoryView(exp, exp, 0, "B", 1, [b.Size], [1], false);
            BufferProtocol.AddView(b, v);
            return v;
        });
        Def(t, "read", (a, kw) => { var b = B(a[0]); CheckCount("read", a.Length - 1, 0, 1); return PyBytes.From(BytesRead(b, IOBase.SizeArg(a.Length > 1 ? a[1] : null))); });
        Def(t, "read1", (a, kw) => { var b = B(a[0]); CheckCount("read1", a.Length - 1, 0, 1); return PyBytes.From(BytesRead(b, IOBase.SizeArg(a.Length > 1 ? a[1] : null))); });
        Def(t, "readline", (a, kw) => { var b = B(a[0]); CheckCount("readline", a.Length - 1, 0, 1); return PyBytes.From(BytesReadLine(b, IOBase.SizeArg(a.Length > 1 ? a[1] : null))); });
        Def(t, "readlines", (a, kw) =>
        {
            var b = B(a[0]);
            long hint = IOBase.SizeArg(a.Length > 1 ? a[1] : null);
            var r = new PyList(); long total = 0;
            while (true)
            {
                var line = BytesReadLine(b, -1);
                if (line.Length == 0) break;
                r.Append(PyBytes.From(line));
                total += line.Length;
                if (hint > 0 && total >= hint) break;
            }
            return r;
        });
        Def1(t, "readinto", (self, buffer) =>
        {
            var b = B(self);
            return Buffers.Fill(buffer, span => { var d = BytesRead(b, span.Length); d.CopyTo(span); return d.Length; });
        });
        Def1(t, "write", (self, data) => { var b = CheckExports(B(self)); return PyInt.From(BytesWrite(b, Buffers.Read(data))); });
        Def1(t, "writelines", (self, lines) => { var b = CheckExports(B(self)); foreach (var l in Ops.Iterate(lines)) BytesWrite(b, Buffers.Read(l)); return NoneObj; });
        Def(t, "seek", (a, kw) =>
        {
            var b = B(a[0]);
            CheckCount("seek", a.Length - 1, 1, 2);
            long pos = Ops.IndexAsLong(a[1]);
            int whence = a.Length > 2 ? (int)ToLong(a[2]) : 0;
            if (pos < 0 && whence == 0) throw PyExc.ValueError($"negative seek value {pos}");
            if (whence == 1) pos += b.Pos; else if (whence == 2) pos += b.Size;
            else if (whence != 0) throw PyExc.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            b.Pos = (int)Math.Max(0, pos);
            return PyInt.From(b.Pos);
        });
        Def0(t, "tell", self => PyInt.From(B(self).Pos));
        Def(t, "truncate", (a, kw) =>
        {
            var b = CheckExports(B(a[0]));
            long size = a.Length > 1 && a[1] != NoneObj ? Ops.IndexAsLong(a[1]) : b.Pos;
            if (size < 0) throw PyExc.ValueError($"negative size value {size}");
            if (size < b.Size) b.Size = (int)size;
            return PyInt.From(size);
        });
        Def0(t, "readable", self => { B(self); return PyBool.True; });
        Def0(t, "writable", self => { B(self); return PyBool.True; });
        Def0(t, "seekable", self => { B(self); return PyBool.True; });
        Def0(t, "isatty", self => { B(self); return PyBool.False; });
        Def0(t, "flush", self => { B(self); return NoneObj; });
        Def0(t, "close", self => { if (self is PyBytesIO b) { CheckExports(b); b.Closed = true; b.IOBaseClosed = true; } return NoneObj; });
        GetSet(t, "closed", self => PyBool.From(((PyBytesIO)self).Closed));
        Def0(t, "__next__", self =>
        {
            var line = BytesReadLine(B(self), -1);
            if (line.Length == 0) throw PyExc.StopIteration();
            return PyBytes.From(line);
        });
        Def0(t, "__getstate__", self => { var b = B(self); return PyTuple.Of(PyBytes.From(b.Buf.AsSpan(0, b.Size).ToArray()), PyInt.From(b.Pos), self.Dict is { } d ? d.Copy() : NoneObj); });
    }

    // ---- StringIO ----

    private static PyStringIO S(PyObject o)
    {
        var s = o as PyStringIO ?? throw PyExc.TypeError($"descriptor requires a '_io.StringIO' object but received '{Ops.TypeName(o)}'");
        if (!s.Ok) throw PyExc.ValueError("I/O operation on uninitialized object");
        if (s.Closed) throw PyExc.ValueError("I/O operation on closed file");
        return s;
    }

    /// <summary>write_str: newline translation, then overwrite/extend at the position (padding with NULs past the end).</summary>
    private static int StrWrite(PyStringIO s, string text)
    {
        int len = text.Length;
        if (s.Decoder != null) text = s.Decoder.Decode(text, true);
        if (s.WriteTranslate && s.WriteNl != "\n") text = text.Replace("\n", s.WriteNl);
        if (s.Pos > s.Buf.Length) s.Buf.Append('\0', s.Pos - s.Buf.Length);
        int overlap = Math.Min(text.Length, s.Buf.Length - s.Pos);
        if (overlap > 0) s.Buf.Remove(s.Pos, overlap);
        s.Buf.Insert(s.Pos, text);
        s.Pos += text.Length;
        return len;
    }

    private static int StrLineEnd(PyStringIO s, string buf, int start)
    {
        if (s.ReadTranslate || (!s.ReadUniversal && s.ReadNl == "\n")) { int i = buf.IndexOf('\n', start); return i < 0 ? -1 : i + 1; }
        if (s.ReadUniversal)
        {
            for (int i = start; i < buf.Length; i++)
            {
                if (buf[i] == '\n') return i + 1;
                if (buf[i] == '\r') return i + 1 < buf.Length && buf[i + 1] == '\n' ? i + 2 : i + 1;
            }
            return -1;
        }
        int j = buf.IndexOf(s.ReadNl!, start, StringComparison.Ordinal);
        return j < 0 ? -1 : j + s.ReadNl!.Length;
    }

    private static string StrReadLine(PyStringIO s, long limit)
    {
        if (s.Pos >= s.Buf.Length) return "";
        var buf = s.Buf.ToString();
        int end = StrLineEnd(s, buf, s.Pos);
        if (end < 0) end = buf.Length;
        if (limit >= 0 && end - s.Pos > limit) end = s.Pos + (int)limit;
        var r = buf[s.Pos..end];
        s.Pos = end;
        return r;
    }

    public static void InitStringIO(PyType t)
    {
        DefStatic(t, "__new__", (a, kw) => NativeTypes.WithDict(new PyStringIO((PyType)a[0])));
        Def(t, "__init__", (a, kw) =>
        {
            var s = (PyStringIO)a[0];
            var p = Parse("StringIO", a[1..], kw, ["initial_value", "newline"], 0);
            string? nl = p[1] == null ? "\n" : p[1] == NoneObj ? null : p[1] is PyStr ns ? ns.Value
                : throw PyExc.TypeError($"newline must be str or None, not {Ops.TypeName(p[1]!)}");
            if (nl != null && nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n") throw PyExc.ValueError($"illegal newline value: {Ops.ReprString(p[1]!)}");
            if (p[0] != null && p[0] != NoneObj && p[0] is not PyStr)
                throw PyExc.TypeError($"initial_value must be str or None, not {Ops.TypeName(p[0]!)}");
            s.ReadNl = nl;
            s.ReadUniversal = nl == null || nl == "";
            s.ReadTranslate = nl == null;
            s.WriteTranslate = nl != "";
            s.WriteNl = nl is "\r" or "\r\n" ? nl : "\n";
            // stringio.c: newline=None translates on write (an IncrementalNewlineDecoder with translate=True).
            s.Decoder = nl == null ? new NewlineDecoder(true) : null;
            s.Buf.Clear(); s.Pos = 0; s.Closed = false; s.Ok = true;
            if (p[0] is PyStr init && init.Value.Length > 0) { StrWrite(s, init.Value); s.Pos = 0; }
            return NoneObj;
        });
        Def0(t, "getvalue", self => PyStr.From(S(self).Buf.ToString()));
        Def(t, "read", (a, kw) =>
        {
            var s = S(a[0]);
            CheckCount("read", a.Length - 1, 0, 1);
            long n = IOBase.SizeArg(a.Length > 1 ? a[1] : null);
            int avail = Math.Max(0, s.Buf.Length - s.Pos);
            int take = n < 0 || n > avail ? avail : (int)n;
            var r = s.Buf.ToString(Math.Min(s.Pos, s.Buf.Length), take);
            s.Pos += take;
            return PyStr.From(r);
        });
        Def(t, "readline", (a, kw) =>
        {
            var s = S(a[0]);
            CheckCount("readline", a.Length - 1, 0, 1);
            if (a.Length > 1 && a[1] != NoneObj && a[1].Type.Lookup("__index__") == null)
                throw PyExc.TypeError($"'{Ops.TypeName(a[1])}' object cannot be interpreted as an integer");
            return PyStr.From(StrReadLine(s, IOBase.SizeArg(a.Length > 1 ? a[1] : null)));
        });
        Def0(t, "__next__", self =>
        {
            var s = S(self);
            var line = StrReadLine(s, -1);
            if (line.Length == 0) throw PyExc.StopIteration();
            return PyStr.From(line);
        });
        Def1(t, "write", (self, o) =>
        {
            var s = S(self);
            if (o is not PyStr ps) throw PyExc.TypeError($"string argument expected, got '{Ops.TypeName(o)}'");
            StrWrite(s, ps.Value);
            return PyInt.From(ps.Length);
        });
        Def(t, "seek", (a, kw) =>
        {
            var s = S(a[0]);
            CheckCount("seek", a.Length - 1, 1, 2);
            long pos = Ops.IndexAsLong(a[1]);
            int whence = a.Length > 2 ? (int)ToLong(a[2]) : 0;
            if (whence != 0 && whence != 1 && whence != 2) throw PyExc.ValueError($"Invalid whence ({whence}, should be 0, 1 or 2)");
            if (pos < 0 && whence == 0) throw PyExc.ValueError($"Negative seek position {pos}");
            if (whence != 0 && pos != 0) throw PyExc.OSError("Can't do nonzero cur-relative seeks");
            if (whence == 2) pos = s.Buf.Length; else if (whence == 1) pos = s.Pos;
            s.Pos = (int)pos;
            return PyInt.From(pos);
        });
        Def0(t, "tell", self => PyInt.From(S(self).Pos));
        Def(t, "truncate", (a, kw) =>
        {
            var s = S(a[0]);
            long size = a.Length > 1 && a[1] != NoneObj ? Ops.IndexAsLong(a[1]) : s.Pos;
            if (size < 0) throw PyExc.ValueError($"Negative size value {size}");
            if (size < s.Buf.Length) s.Buf.Length = (int)size;
            return PyInt.From(size);
        });
        Def0(t, "readable", self => { S(self); return PyBool.True; });
        Def0(t, "writable", self => { S(self); return PyBool.True; });
        Def0(t, "seekable", self => { S(self); return PyBool.True; });
        Def0(t, "close", self => { if (self is PyStringIO s) { s.Closed = true; s.IOBaseClosed = true; } return NoneObj; });
        GetSet(t, "closed", self => PyBool.From(((PyStringIO)self).Closed));
        GetSet(t, "line_buffering", self => { S(self); return PyBool.False; });
        GetSet(t, "newlines", self => S(self).Decoder?.Newlines ?? NoneObj);
        Def0(t, "__getstate__", self => { var s = S(self); return PyTuple.Of(PyStr.From(s.Buf.ToString()), s.ReadNl == null ? NoneObj : PyStr.From(s.ReadNl), PyInt.From(s.Pos), self.Dict is { } d ? d.Copy() : NoneObj); });
    }

    // ---- IncrementalNewlineDecoder ----

    public sealed class PyNewlineDecoder : PyObject
    {
        public PyObject Decoder = Singletons.None;
        public NewlineDecoder State = new(false);
        public PyNewlineDecoder(PyType t) : base(t) { }
    }

    public static void InitNewlineDecoder(PyType t)
    {
        DefStatic(t, "__new__", (a, kw) => NativeTypes.WithDict(new PyNewlineDecoder((PyType)a[0])));
        Def(t, "__init__", (a, kw) =>
        {
            var p = Parse("IncrementalNewlineDecoder", a[1..], kw, ["decoder", "translate", "errors"], 2);
            var d = (PyNewlineDecoder)a[0];
            d.Decoder = p[0]!;
            d.State = new NewlineDecoder(Ops.IsTrue(p[1]!));
            return NoneObj;
        });
        Def(t, "decode", (a, kw) =>
        {
            var d = (PyNewlineDecoder)a[0];
            var p = Parse("decode", a[1..], kw, ["input", "final"], 1);
            bool final = p[1] != null && Ops.IsTrue(p[1]!);
            PyObject output = d.Decoder == NoneObj ? p[0]! : Ops.CallMethod(d.Decoder, "decode", p[0]!, PyBool.From(final));
            if (output is not PyStr os) throw PyExc.TypeError($"decoder should return a string result, not '{Ops.TypeName(output)}'");
            return PyStr.From(d.State.Decode(os.Value, final));
        });
        Def0(t, "getstate", self =>
        {
            var d = (PyNewlineDecoder)self;
            PyObject buf = PyBytes.Empty; long flag = 0;
            if (d.Decoder != NoneObj)
            {
                var st = (PyTuple)Ops.CallMethod(d.Decoder, "getstate");
                buf = st.Items[0]; flag = Ops.IndexAsLong(st.Items[1]);
            }
            flag <<= 1;
            if (d.State.PendingCR) flag |= 1;
            return PyTuple.Of(buf, PyInt.From(flag));
        });
        Def1(t, "setstate", (self, state) =>
        {
            var d = (PyNewlineDecoder)self;
            var st = (PyTuple)state;
            long flag = Ops.IndexAsLong(st.Items[1]);
            d.State.PendingCR = (flag & 1) != 0;
            if (d.Decoder != NoneObj) Ops.CallMethod(d.Decoder, "setstate", PyTuple.Of(st.Items[0], PyInt.From(flag >> 1)));
            return NoneObj;
        });
        Def0(t, "reset", self =>
        {
            var d = (PyNewlineDecoder)self;
            d.State.Seen = 0; d.State.PendingCR = false;
            if (d.Decoder != NoneObj) Ops.CallMethod(d.Decoder, "reset");
            return NoneObj;
        });
        GetSet(t, "newlines", self => ((PyNewlineDecoder)self).State.Newlines);
    }
}
