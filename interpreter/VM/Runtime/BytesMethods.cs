using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;
/// <summary>bytes and bytearray: construction, codecs and the common methods.</summary>
public static class BytesMethods
{
    public static ReadOnlySpan<byte> AsBytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        _ => BufferProtocol.TryGetBytes(o) ?? throw PyExc.TypeError($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };

    /// <summary>bytes.hex / bytearray.hex / memoryview.hex(sep=None, bytes_per_sep=1) (Python/pystrhex.c
    /// _Py_strhex_impl): a positive group size counts groups from the right, a negative one from the left.</summary>
    public static PyObject Hex(ReadOnlySpan<byte> data, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Parse("hex", args, kw, new[] { "sep", "bytes_per_sep" }, 0);
        var hex = Convert.ToHexString(data).ToLowerInvariant();
        if (p[0] == null || p[0] == None) return PyStr.From(hex);
        string sep = p[0] switch
        {
            PyStr ss => ss.Value,
            PyBytes or PyByteArray => Encoding.Latin1.GetString(AsBytes(p[0]!)),
            _ => throw PyExc.TypeError($"sep must be str or bytes."),
        };
        if (sep.Length != 1) throw PyExc.ValueError("sep must be length 1.");
        if (sep[0] > 127) throw PyExc.ValueError("sep must be ASCII.");
        long per = p[1] == null ? 1 : Ops.IndexAsLong(p[1]!);
        if (per == 0 || data.Length == 0) return PyStr.From(hex);
        long group = Math.Abs(per);
        var sb = new StringBuilder();
        int n = data.Length;
        for (int i = 0; i < n; i++)
        {
            // Separator before byte i when a group boundary falls there.
            if (i > 0 && (per < 0 ? i % group == 0 : (n - i) % group == 0)) sb.Append(sep);
            sb.Append(hex, 2 * i, 2);
        }
        return PyStr.From(sb.ToString());
    }

    /// <summary>str.encode (Objects/unicodeobject.c PyUnicode_AsEncodedString): the standard encodings directly,
    /// others through the codec registry.</summary>
    public static byte[] Encode(string s, string encoding, string errors) =>
        Modules.CodecsModule.EncodeText(PyStr.From(s), encoding, errors);

    /// <summary>bytes.decode (Objects/unicodeobject.c PyUnicode_Decode): the standard encodings directly,
    /// others through the codec registry.</summary>
    public static string Decode(byte[] b, string encoding, string errors) =>
        Modules.CodecsModule.DecodeText(b, encoding, errors);

    public static string Repr(ReadOnlySpan<byte> b, string prefix = "b")
    {
        bool hasSingle = b.IndexOf((byte)'\'') >= 0, hasDouble = b.IndexOf((byte)'"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(prefix).Append(q);
        foreach (var c in b)
        {
            if (c == q || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 32 || c >= 127) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        return sb.Append(q).ToString();
    }

    public static byte[] FromObject(PyObject o)
    {
        switch (o)
        {
            case PyBytes b: return b.Value;
            case PyByteArray ba: return ba.Value.ToArray();
            case PyInt i:
                if (i.Sign < 0) throw PyExc.ValueError("negative count");
                return new byte[i.Small];
            case PyStr: throw PyExc.TypeError("string argument without an encoding");
        }
        if (BufferProtocol.TryGetBytes(o) is byte[] buffer) return buffer;
        var r = new List<byte>();
        foreach (var x in Ops.Iterate(o))
        {
            var v = Ops.Index(x);
            if (v.Sign < 0 || v.Small > 255) throw PyExc.ValueError("bytes must be in range(0, 256)");
            r.Add((byte)v.Small);
        }
        return r.ToArray();
    }

    public static void Init()
    {
        var t = Types.Bytes;
        DefStatic(t, "__new__", (args, kw) =>
        {
            var p = Parse("bytes", args.Slice(1), kw, new[] { "source", "encoding", "errors" }, 0);
            if (p[0] == null) return PyBytes.Empty;
            if (p[1] != null) return PyBytes.From(Encode(((PyStr)p[0]!).Value, ((PyStr)p[1]!).Value, p[2] == null ? "strict" : ((PyStr)p[2]!).Value));
            var bm = p[0]!.Type.Lookup("__bytes__");
            if (bm != null) return Ops.CallDescriptor(bm, p[0]!);
            return PyBytes.From(FromObject(p[0]!));
        });
        Def0(t, "__repr__", a => PyStr.From(Repr(((PyBytes)a).Value)));
        Def0(t, "__str__", a => PyStr.From(Repr(((PyBytes)a).Value)));
        Def0(t, "__len__", a => PyInt.From(((PyBytes)a).Value.Length));
        Def0(t, "__hash__", a => PyInt.From(((PyBytes)a).Hash()));
        Def0(t, "__iter__", a => PyNativeIterator.FromEnumerable(Types.NativeIterator, ((PyBytes)a).Value.Select(x => (PyObject)PyInt.From(x))));
        Def1(t, "__getitem__", (a, k) =>
        {
            var v = ((PyBytes)a).Value;
            if (Seq.IsIndex(k)) { long bi = Ops.IndexAsLong(k); if (bi < 0) bi += v.Length; if (bi < 0 || bi >= v.Length) throw PyExc.IndexError("index out of range"); return PyInt.From(v[bi]); }
            if (k is PySlice s)
            {
                int n = s.Indices(v.Length, out int start, out _, out int step);
                var r = new byte[Math.Max(0, n)];
                for (int i = 0, j = start; i < n; i++, j += step) r[i] = v[j];
                return PyBytes.From(r);
            }
            throw PyExc.TypeError($"byte indices must be integers or slices, not {Ops.TypeName(k)}");
        });
        Def1(t, "__add__", (a, b) => b is PyBytes || b is PyByteArray ? PyBytes.From(((PyBytes)a).Value.Concat(AsBytes(b).ToArray()).ToArray()) : Singletons.NotImplemented);
        Def1(t, "__mul__", (a, n) => { if (n is not PyInt ni) return Singletons.NotImplemented; var v = ((PyBytes)a).Value; var r = new List<byte>(); for (long i = 0; i < ni.Small; i++) r.AddRange(v); return PyBytes.From(r.ToArray()); });
        Def1(t, "__contains__", (a, x) =>
        {
            var v = ((PyBytes)a).Value;
            if (x is PyInt xi) return PyBool.From(Array.IndexOf(v, (byte)xi.Small) >= 0);
            var sub = AsBytes(x).ToArray();
            return PyBool.From(v.AsSpan().IndexOf(sub) >= 0);
        });
        for (int c = 0; c < 6; c++)
        {
            var op = (CompareOp)c;
            Def1(t, Ops.CompareDunders[c], (a, b) => b is PyBytes bb ? PyBool.From(Ops.CompareInts(((PyBytes)a).Value.AsSpan().SequenceCompareTo(bb.Value), op)) : Singletons.NotImplemented);
        }
        Def(t, "decode", (args, kw) =>
        {
            var p = Parse("decode", args.Slice(1), kw, new[] { "encoding", "errors" }, 0);
            return PyStr.From(Decode(((PyBytes)args[0]).Value, p[0] == null ? "utf-8" : ((PyStr)p[0]!).Value, p[1] == null ? "strict" : ((PyStr)p[1]!).Value));
        });
        Def0(t, "hex", a => PyStr.From(Convert.ToHexString(((PyBytes)a).Value).ToLowerInvariant()));
        Def1(t, "join", (a, it) =>
        {
            var sep = ((PyBytes)a).Value;
            var r = new List<byte>();
            int i = 0;
            foreach (var x in Ops.Iterate(it)) { if (i++ > 0) r.AddRange(sep); r.AddRange(AsBytes(x).ToArray()); }
            return PyBytes.From(r.ToArray());
        });
        DefN(t, "startswith", 1, 1, (a, x) => PyBool.From(((PyBytes)a).Value.AsSpan().StartsWith(AsBytes(x[0]))));
        DefN(t, "endswith", 1, 1, (a, x) => PyBool.From(((PyBytes)a).Value.AsSpan().EndsWith(AsBytes(x[0]))));
        Def0(t, "upper", a => PyBytes.From(((PyBytes)a).Value.Select(c => c >= 'a' && c <= 'z' ? (byte)(c - 32) : c).ToArray()));
        Def0(t, "lower", a => PyBytes.From(((PyBytes)a).Value.Select(c => c >= 'A' && c <= 'Z' ? (byte)(c + 32) : c).ToArray()));
        DefN(t, "split", 0, 1, (a, x) =>
        {
            var s = Encoding.Latin1.GetString(((PyBytes)a).Value);
            var parts = StrMethods.Split(s, x.Length > 0 && x[0] != None ? Encoding.Latin1.GetString(AsBytes(x[0])) : null, -1);
            return new PyList(parts.ToArray().Select(p => (PyObject)PyBytes.From(Encoding.Latin1.GetBytes(((PyStr)p).Value))).ToArray());
        });
        DefN(t, "strip", 0, 1, (a, x) => PyBytes.From(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)a).Value).Trim())));
        DefN(t, "replace", 2, 2, (a, x) => PyBytes.From(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)a).Value).Replace(Encoding.Latin1.GetString(AsBytes(x[0])), Encoding.Latin1.GetString(AsBytes(x[1]))))));
        DefN(t, "find", 1, 1, (a, x) => PyInt.From(x[0] is PyInt xi ? Array.IndexOf(((PyBytes)a).Value, (byte)xi.Small) : ((PyBytes)a).Value.AsSpan().IndexOf(AsBytes(x[0]))));
        DefN(t, "count", 1, 1, (a, x) => { var s = Encoding.Latin1.GetString(((PyBytes)a).Value); var sub = Encoding.Latin1.GetString(AsBytes(x[0])); int n = 0, pos = 0; if (sub.Length == 0) return PyInt.From(s.Length + 1); while ((pos = s.IndexOf(sub, pos, StringComparison.Ordinal)) >= 0) { n++; pos += sub.Length; } return PyInt.From(n); });
        DefClass(t, "fromhex", (args, kw) =>
        {
            // Objects/bytesobject.c _PyBytes_FromHex: pairs of hex digits, whitespace between pairs.
            var s = ((PyStr)args[1]).Value;
            var r = new List<byte>();
            int i = 0;
            static int Hex(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            while (i < s.Length)
            {
                if (char.IsWhiteSpace(s[i]) && s[i] < 128) { i++; continue; }
                int hi = Hex(s[i]);
                if (hi < 0) throw PyExc.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
                if (i + 1 >= s.Length || Hex(s[i + 1]) < 0) throw PyExc.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
                r.Add((byte)(hi * 16 + Hex(s[i + 1])));
                i += 2;
            }
            return PyBytes.From(r.ToArray());
        });

        var ba = Types.ByteArray;
        DefStatic(ba, "__new__", (args, kw) => new PyByteArray((PyType)args[0]));
        Def(ba, "__init__", (args, kw) =>
        {
            var self = (PyByteArray)args[0];
            BufferProtocol.CheckResizable(self);
            self.Value.Clear();
            if (args.Length > 1)
            {
                if (args.Length > 2 && args[1] is PyStr s) self.Value.AddRange(Encode(s.Value, ((PyStr)args[2]).Value, "strict"));
                else self.Value.AddRange(FromObject(args[1]));
            }
            return None;
        });
        Def0(ba, "__repr__", a => PyStr.From("bytearray(" + Repr(((PyByteArray)a).Value.ToArray()) + ")"));
        Def0(ba, "__len__", a => PyInt.From(((PyByteArray)a).Value.Count));
        Def0(ba, "__iter__", a => PyNativeIterator.FromEnumerable(Types.NativeIterator, ((PyByteArray)a).Value.ToArray().Select(x => (PyObject)PyInt.From(x))));
        Def1(ba, "__getitem__", (a, k) => { var v = ((PyByteArray)a).Value; return PyInt.From(v[Seq.NormIndex(k, v.Count, "bytearray")]); });
        DefN(ba, "__setitem__", 2, 2, (a, x) => { var v = ((PyByteArray)a).Value; v[Seq.NormIndex(x[0], v.Count, "bytearray")] = (byte)Ops.IndexAsLong(x[1]); return None; });
        Def1(ba, "append", (a, x) => { BufferProtocol.CheckResizable(a); ((PyByteArray)a).Value.Add((byte)Ops.IndexAsLong(x)); return None; });
        Def1(ba, "extend", (a, x) => { BufferProtocol.CheckResizable(a); ((PyByteArray)a).Value.AddRange(FromObject(x)); return None; });
        Def(ba, "decode", (args, kw) => PyStr.From(Decode(((PyByteArray)args[0]).Value.ToArray(), args.Length > 1 ? ((PyStr)args[1]).Value : "utf-8", "strict")));
        Def1(ba, "__eq__", (a, b) => PyBool.From(b is PyByteArray || b is PyBytes ? ((PyByteArray)a).Value.ToArray().AsSpan().SequenceEqual(AsBytes(b)) : false));
        ba.Dict!.Set("__hash__", None);
        BytesStrBridge.Init();
    }
}
