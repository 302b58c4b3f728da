using System.Text;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>
/// The bytes and bytearray methods that CPython shares with str (Objects/bytes_methods.c, the
/// stringlib templates): a byte sequence is viewed as a str of code points and the str method runs.
/// Bytes methods are ASCII-only (isalpha, upper, split() on whitespace...): every byte whose class
/// differs between bytes and str (0x80-0xFF, the separators 0x1C-0x1F, and for splitlines \v and \f)
/// is mapped to a private-use code point, which str treats as uncased, non-space, non-digit.
/// DEVIATION(CPython): argument errors name str where CPython names bytes (for example
/// "must be str or None, not int").
/// </summary>
public static class BytesStrBridge
{
    private const int PrivateUse = 0xF700;

    private static readonly string[] Methods =
    [
        "capitalize", "center", "count", "endswith", "expandtabs", "find", "index", "isalnum", "isalpha", "isascii",
        "isdigit", "islower", "isspace", "istitle", "isupper", "ljust", "lower", "lstrip", "partition", "removeprefix",
        "removesuffix", "replace", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
        "startswith", "strip", "swapcase", "title", "upper", "zfill",
    ];

    /// <summary>Methods whose int argument stands for one byte (bytes.find(104)).</summary>
    private static readonly HashSet<string> TakesByteValue = ["count", "find", "index", "rfind", "rindex"];

    public static string ToStr(ReadOnlySpan<byte> b, bool forLines = false)
    {
        var sb = new StringBuilder(b.Length);
        foreach (var x in b)
        {
            bool remap = x >= 0x80 || (x >= 0x1C && x <= 0x1F) || (forLines && x is 0x0B or 0x0C);
            sb.Append((char)(remap ? PrivateUse + x : x));
        }
        return sb.ToString();
    }

    public static byte[] FromStr(string s)
    {
        var r = new byte[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            int c = s[i];
            r[i] = (byte)(c >= PrivateUse && c < PrivateUse + 256 ? c - PrivateUse : c);
        }
        return r;
    }

    private static PyObject Back(PyObject r, bool bytearray) => r switch
    {
        PyStr s => bytearray ? new PyByteArray(FromStr(s.Value)) : PyBytes.From(FromStr(s.Value)),
        PyList l => new PyList(l.ToArray().Select(x => Back(x, bytearray)).ToArray()),
        PyTuple t => PyTuple.From(t.Items.Select(x => Back(x, bytearray)).ToArray()),
        _ => r,
    };

    private static PyObject Arg(PyObject a, string method, bool forLines) => a switch
    {
        PyBytes or PyByteArray => PyStr.From(ToStr(BytesMethods.AsBytes(a), forLines)),
        PyTuple t when method is "startswith" or "endswith" => PyTuple.From(t.Items.Select(x => Arg(x, method, forLines)).ToArray()),
        PyInt i when TakesByteValue.Contains(method) && i.IsSmall && i.Small is >= 0 and <= 255 => PyStr.From(ToStr([(byte)i.Small], forLines)),
        PyInt i when TakesByteValue.Contains(method) => throw PyExc.ValueError("byte must be in range(0, 256)"),
        PyStr when method is not ("center" or "ljust" or "rjust") => throw PyExc.TypeError($"a bytes-like object is required, not 'str'"),
        _ => a,
    };

    public static void Init()
    {
        foreach (var t in new[] { Types.Bytes, Types.ByteArray })
        {
            bool isArray = t == Types.ByteArray;
            foreach (var name in Methods)
            {
                var method = name;
                bool forLines = name == "splitlines";
                Def(t, name, (args, kw) =>
                {
                    var strArgs = new PyObject[args.Length];
                    strArgs[0] = PyStr.From(ToStr(BytesMethods.AsBytes(args[0]), forLines));
                    // Only the first argument can be a byte value; start/end stay ints (bytearray.find(1, q)).
                    if (args.Length > 1) strArgs[1] = Arg(args[1], method, forLines);
                    for (int i = 2; i < args.Length; i++) strArgs[i] = args[i] is PyInt ? args[i] : Arg(args[i], method, forLines);
                    if (method is "center" or "ljust" or "rjust")
                        for (int i = 2; i < args.Length; i++)
                            if (args[i] is PyStr) throw PyExc.TypeError($"{method}() argument {i} must be a byte string of length 1, not str");
                    var r = Ops.Call(Types.Str.Lookup(method)!, strArgs, kw);
                    return Back(r, isArray);
                });
            }
            Def(t, "__mod__", (args, kw) =>
            {
                var s = PercentFormat.Format(Encoding.Latin1.GetString(BytesMethods.AsBytes(args[0])), args[1], bytesMode: true);
                var b = Encoding.Latin1.GetBytes(s);
                return isArray ? new PyByteArray(b) : PyBytes.From(b);
            });
            Def(t, "hex", (args, kw) =>
            {
                var hex = Convert.ToHexString(BytesMethods.AsBytes(args[0])).ToLowerInvariant();
                if (args.Length == 1) return PyStr.From(hex);
                // bytes.hex(sep): the separator goes between every byte (bytes_per_sep_group 1).
                var sep = args[1] is PyStr ss ? ss.Value : Encoding.Latin1.GetString(BytesMethods.AsBytes(args[1]));
                var parts = Enumerable.Range(0, hex.Length / 2).Select(i => hex.Substring(2 * i, 2));
                return PyStr.From(string.Join(sep, parts));
            });
            Def(t, "translate", (args, kw) =>
            {
                var src = BytesMethods.AsBytes(args[0]).ToArray();
                var table = args.Length > 1 && args[1] != None ? BytesMethods.AsBytes(args[1]).ToArray() : null;
                if (table != null && table.Length != 256) throw PyExc.ValueError("translation table must be 256 characters long");
                var delete = args.Length > 2 ? BytesMethods.AsBytes(args[2]).ToArray() : [];
                var r = src.Where(x => Array.IndexOf(delete, x) < 0).Select(x => table == null ? x : table[x]).ToArray();
                return isArray ? new PyByteArray(r) : PyBytes.From(r);
            });
            DefClass(t, "maketrans", (args, kw) =>
            {
                var from = BytesMethods.AsBytes(args[1]).ToArray();
                var to = BytesMethods.AsBytes(args[2]).ToArray();
                if (from.Length != to.Length) throw PyExc.ValueError("maketrans arguments must have same length");
                var table = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
                for (int i = 0; i < from.Length; i++) table[from[i]] = to[i];
                return PyBytes.From(table);
            });
            Def(t, "join", (args, kw) =>
            {
                var sep = BytesMethods.AsBytes(args[0]).ToArray();
                var r = new List<byte>();
                int i = 0;
                foreach (var x in Ops.Iterate(args[1]))
                {
                    if (x is not (PyBytes or PyByteArray))
                        throw PyExc.TypeError($"sequence item {i}: expected a bytes-like object, {Ops.TypeName(x)} found");
                    if (i++ > 0) r.AddRange(sep);
                    r.AddRange(BytesMethods.AsBytes(x).ToArray());
                }
                return isArray ? new PyByteArray(r.ToArray()) : PyBytes.From(r.ToArray());
            });
        }
        InitByteArrayMutation();
    }

    /// <summary>The mutable-sequence half of bytearray (Objects/bytearrayobject.c).</summary>
    private static void InitByteArrayMutation()
    {
        var t = Types.ByteArray;
        static List<byte> V(PyObject o) => ((PyByteArray)o).Value;
        static byte ByteOf(PyObject x)
        {
            var v = Ops.Index(x);
            if (v.Sign < 0 || !v.IsSmall || v.Small > 255) throw PyExc.ValueError("byte must be in range(0, 256)");
            return (byte)v.Small;
        }
        Def(t, "__getitem__", (args, kw) =>
        {
            var v = V(args[0]);
            if (args[1] is PySlice s)
            {
                int n = s.Indices(v.Count, out int start, out _, out int step);
                var r = new byte[Math.Max(0, n)];
                for (int i = 0, j = start; i < n; i++, j += step) r[i] = v[j];
                return new PyByteArray(r);
            }
            return PyInt.From(v[Seq.NormIndex(args[1], v.Count, "bytearray")]);
        });
        Def(t, "__setitem__", (args, kw) =>
        {
            var v = V(args[0]);
            if (args[1] is PySlice s)
            {
                var data = args[2] is PyInt ? throw PyExc.TypeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)") : BytesMethods.FromObject(args[2]);
                int n = s.Indices(v.Count, out int start, out int stop, out int step);
                if (step == 1)
                {
                    if (stop < start) stop = start;
                    v.RemoveRange(start, stop - start);
                    v.InsertRange(start, data);
                    return None;
                }
                if (data.Length != n) throw PyExc.ValueError($"attempt to assign bytes of size {data.Length} to extended slice of size {n}");
                for (int i = 0, j = start; i < n; i++, j += step) v[j] = data[i];
                return None;
            }
            if (args[2] is not PyInt) throw PyExc.TypeError($"'{Ops.TypeName(args[2])}' object cannot be interpreted as an integer");
            v[Seq.NormIndex(args[1], v.Count, "bytearray")] = ByteOf(args[2]);
            return None;
        });
        Def(t, "__delitem__", (args, kw) =>
        {
            var v = V(args[0]);
            if (args[1] is PySlice s)
            {
                int n = s.Indices(v.Count, out int start, out _, out int step);
                var idx = Enumerable.Range(0, Math.Max(0, n)).Select(i => start + i * step).OrderByDescending(i => i);
                foreach (var i in idx) v.RemoveAt(i);
                return None;
            }
            v.RemoveAt(Seq.NormIndex(args[1], v.Count, "bytearray"));
            return None;
        });
        Def(t, "append", (args, kw) => { V(args[0]).Add(ByteOf(args[1])); return None; });
        Def(t, "insert", (args, kw) =>
        {
            var v = V(args[0]);
            long i = Ops.IndexAsLong(args[1]);
            if (i < 0) i = Math.Max(0, i + v.Count);
            v.Insert((int)Math.Min(i, v.Count), ByteOf(args[2]));
            return None;
        });
        Def(t, "pop", (args, kw) =>
        {
            var v = V(args[0]);
            if (v.Count == 0) throw PyExc.IndexError("pop from empty bytearray");
            long i = args.Length > 1 ? Ops.IndexAsLong(args[1]) : -1;
            if (i < 0) i += v.Count;
            if (i < 0 || i >= v.Count) throw PyExc.IndexError("pop index out of range");
            var x = v[(int)i];
            v.RemoveAt((int)i);
            return PyInt.From(x);
        });
        Def(t, "remove", (args, kw) =>
        {
            var v = V(args[0]);
            int i = v.IndexOf(ByteOf(args[1]));
            if (i < 0) throw PyExc.ValueError("value not found in bytearray");
            v.RemoveAt(i);
            return None;
        });
        Def(t, "reverse", (args, kw) => { V(args[0]).Reverse(); return None; });
        Def(t, "clear", (args, kw) => { V(args[0]).Clear(); return None; });
        Def(t, "copy", (args, kw) => new PyByteArray(V(args[0]).ToArray()));
        Def(t, "__iadd__", (args, kw) => { V(args[0]).AddRange(BytesMethods.AsBytes(args[1]).ToArray()); return args[0]; });
        Def(t, "__imul__", (args, kw) =>
        {
            var v = V(args[0]);
            var copy = v.ToArray();
            long n = Ops.IndexAsLong(args[1]);
            v.Clear();
            for (long i = 0; i < n; i++) v.AddRange(copy);
            return args[0];
        });
        Def(t, "__add__", (args, kw) => args[1] is PyBytes or PyByteArray
            ? new PyByteArray([.. V(args[0]), .. BytesMethods.AsBytes(args[1]).ToArray()]) : Singletons.NotImplemented);
        Def(t, "__mul__", (args, kw) =>
        {
            if (args[1] is not PyInt n) return Singletons.NotImplemented;
            var src = V(args[0]).ToArray();
            var r = new List<byte>();
            for (long i = 0; i < n.Small; i++) r.AddRange(src);
            return new PyByteArray(r.ToArray());
        });
        Def(t, "__contains__", (args, kw) =>
        {
            var v = V(args[0]).ToArray();
            if (args[1] is PyInt xi) return PyBool.From(Array.IndexOf(v, ByteOf(xi)) >= 0);
            return PyBool.From(v.AsSpan().IndexOf(BytesMethods.AsBytes(args[1])) >= 0);
        });
        Def(t, "decode", (args, kw) =>
        {
            var p = Parse("decode", args.Slice(1), kw, ["encoding", "errors"], 0);
            return PyStr.From(BytesMethods.Decode(V(args[0]).ToArray(), p[0] == null ? "utf-8" : ((PyStr)p[0]!).Value, p[1] == null ? "strict" : ((PyStr)p[1]!).Value));
        });
    }
}
