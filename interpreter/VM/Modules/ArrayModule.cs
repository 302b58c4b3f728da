using System.Numerics;
using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// array (Modules/arraymodule.c): typed arrays of machine values in one run of bytes, exported through the
/// buffer protocol (format = typecode, 'w' for 'u'); items are read and written with _struct's native codec
/// after each typecode's own range checks (the *_setitem functions) and messages.
/// </summary>
[BuiltinModule("array")]
public static class ArrayModule
{
    public const string TypeCodes = "bBuhHiIlLqQfd";
    // Created once per process on first use (thread-safe: interpreters may run on several threads).
    private static readonly Lazy<PyType> s_type = new(MakeType), s_iterType = new(() => NativeTypes.NewIterator("arrayiterator", "array"));
    public static PyType ArrayType => s_type.Value;

    /// <summary>arrayobject: the typecode's descriptor and the items' bytes.</summary>
    public sealed class PyArray : PyObject, IBufferExporter
    {
        public readonly char TypeCode;
        public readonly int ItemSize;
        public List<byte> Data = new();
        public PyArray(PyType t, char typeCode) : base(t) { TypeCode = typeCode; ItemSize = SizeOf(typeCode); }
        public int Length => Data.Count / ItemSize;

        Span<byte> IBufferExporter.BufferSpan => BufferProtocol.SpanOf(Data);
        bool IBufferExporter.BufferReadOnly => false;
        string IBufferExporter.BufferFormat => TypeCode == 'u' ? "w" : TypeCode.ToString();
        int IBufferExporter.BufferItemSize => ItemSize;
    }

    private static int SizeOf(char c) => c switch
    {
        'b' or 'B' => 1,
        'h' or 'H' => 2,
        'i' or 'I' or 'f' or 'u' => 4,
        _ => 8,
    };

    private static PyArray A(PyObject o) => (PyArray)o;

    // array_resize: refused while a memoryview holds the items.
    private static void Resizable(PyArray a) => BufferProtocol.CheckResizable(a, "cannot resize an array that is exporting buffers");

    private static PyObject GetItem(PyArray a, int i)
    {
        var span = BufferProtocol.SpanOf(a.Data).Slice(i * a.ItemSize, a.ItemSize);
        if (a.TypeCode == 'u')
        {
            int cp = BitConverter.ToInt32(span);
            return PyStr.From(char.ConvertFromUtf32(cp));
        }
        return StructModule.UnpackOne(a.TypeCode, span, '@');
    }

    private static PyException Over(string m) => PyExc.OverflowError(m);

    /// <summary>The *_setitem conversions: a value checked for the typecode, as its native bytes.</summary>
    private static byte[] Convert(char tc, PyObject v)
    {
        var buf = new byte[SizeOf(tc)];
        if (tc == 'u')
        {
            if (v is not PyStr s || PyStr.ToCodePoints(s.Value).Count() != 1) throw PyExc.TypeError("array item must be unicode character");
            BitConverter.TryWriteBytes(buf, PyStr.ToCodePoints(s.Value).First());
            return buf;
        }
        if (tc is 'f' or 'd')
        {
            if (v is not PyFloat && v is not PyInt && v.Type.Lookup("__float__") == null && v.Type.Lookup("__index__") == null)
                throw PyExc.TypeError($"must be real number, not {v.Type.Name}");
            StructModule.PackOne(tc, buf, PyFloat.From(NumberMethods.ToDouble(v)), '@');
            return buf;
        }
        BigInteger x = Ops.Index(v).Value;
        long lv = 0;
        if (tc is 'b' or 'B' or 'h' or 'H' or 'i' or 'l')
        {
            if (x < long.MinValue || x > long.MaxValue) throw Over("Python int too large to convert to C long");
            lv = (long)x;
        }
        switch (tc)
        {
            case 'b':
                if (lv > short.MaxValue) throw Over("signed short integer is greater than maximum");
                if (lv < short.MinValue) throw Over("signed short integer is less than minimum");
                if (lv > 127) throw Over("signed char is greater than maximum");
                if (lv < -128) throw Over("signed char is less than minimum");
                break;
            case 'B':
                if (lv > 255) throw Over("unsigned byte integer is greater than maximum");
                if (lv < 0) throw Over("unsigned byte integer is less than minimum");
                break;
            case 'h':
                if (lv > short.MaxValue) throw Over("signed short integer is greater than maximum");
                if (lv < short.MinValue) throw Over("signed short integer is less than minimum");
                break;
            case 'H':
                if (lv > int.MaxValue) throw Over("signed integer is greater than maximum");
                if (lv < int.MinValue) throw Over("signed integer is less than minimum");
                if (lv > ushort.MaxValue) throw Over("unsigned short is greater than maximum");
                if (lv < 0) throw Over("unsigned short is less than minimum");
                break;
            case 'i':
                if (lv > int.MaxValue) throw Over("signed integer is greater than maximum");
                if (lv < int.MinValue) throw Over("signed integer is less than minimum");
                break;
            case 'I':
            case 'L':
                if (x.Sign < 0) throw Over("can't convert negative value to unsigned int");
                if (x > ulong.MaxValue) throw Over("Python int too large to convert to C unsigned long");
                if (tc == 'I' && x > uint.MaxValue) throw Over("unsigned int is greater than maximum");
                break;
            case 'q':
                if (x < long.MinValue || x > long.MaxValue) throw Over("int too big to convert");
                break;
            case 'Q':
                if (x.Sign < 0) throw Over("can't convert negative int to unsigned");
                if (x > ulong.MaxValue) throw Over("int too big to convert");
                break;
        }
        ulong bits = x.Sign < 0 ? (ulong)(long)x : (ulong)x;
        for (int k = 0; k < buf.Length; k++) buf[k] = (byte)(bits >> (8 * k));
        return buf;
    }

    private static void SetItem(PyArray a, int i, PyObject v)
    {
        var b = Convert(a.TypeCode, v);
        b.CopyTo(BufferProtocol.SpanOf(a.Data)[(i * a.ItemSize)..]);
    }

    private static void Append(PyArray a, PyObject v)
    {
        var b = Convert(a.TypeCode, v);
        Resizable(a);
        a.Data.AddRange(b);
    }

    private static PyArray New(PyType t, char tc, IEnumerable<byte>? data = null)
    {
        var a = new PyArray(t, tc);
        if (t.HasInstanceDict) a.Dict = new PyDict();
        if (data != null) a.Data.AddRange(data);
        return a;
    }

    // array_array_extend / array_do_extend
    private static void Extend(PyArray a, PyObject src)
    {
        if (src is PyArray other)
        {
            if (other.TypeCode != a.TypeCode) throw PyExc.TypeError("can only extend with array of same kind");
            Resizable(a);
            a.Data.AddRange(other.Data.ToArray());
            return;
        }
        foreach (var x in Ops.Iterate(src)) Append(a, x);
    }

    private static void FromBytes(PyArray a, PyObject src)
    {
        var b = BufferProtocol.GetBytes(src);
        if (b.Length % a.ItemSize != 0) throw PyExc.ValueError("bytes length not a multiple of item size");
        Resizable(a);
        a.Data.AddRange(b);
    }

    private static void FromUnicode(PyArray a, PyObject s)
    {
        if (s is not PyStr str) throw PyExc.TypeError($"fromunicode() argument must be str, not {s.Type.Name}");
        if (a.TypeCode != 'u') throw PyExc.ValueError("fromunicode() may only be called on unicode type arrays");
        Resizable(a);
        foreach (var cp in PyStr.ToCodePoints(str.Value)) a.Data.AddRange(BitConverter.GetBytes(cp));
    }

    private static string ToUnicode(PyArray a)
    {
        if (a.TypeCode != 'u') throw PyExc.ValueError("tounicode() may only be called on unicode type arrays");
        var sb = new StringBuilder();
        for (int i = 0; i < a.Length; i++) sb.Append(char.ConvertFromUtf32(BitConverter.ToInt32(BufferProtocol.SpanOf(a.Data).Slice(i * 4, 4))));
        return sb.ToString();
    }

    private static PyObject[] Items(PyArray a)
    {
        var r = new PyObject[a.Length];
        for (int i = 0; i < r.Length; i++) r[i] = GetItem(a, i);
        return r;
    }

    private static int Index(PyArray a, PyObject key, string msg)
    {
        if (key is not PyInt && key.Type.Lookup("__index__") == null) throw PyExc.TypeError("array indices must be integers");
        long i = Ops.IndexAsLong(key);
        if (i < 0) i += a.Length;
        if (i < 0 || i >= a.Length) throw PyExc.IndexError(msg);
        return (int)i;
    }

    // array_richcompare: items compared like a list's.
    private static PyObject Compare(PyObject self, PyObject other, CompareOp op)
    {
        if (other is not PyArray b) return Singletons.NotImplemented;
        var a = A(self);
        if (a.Length != b.Length && (op == CompareOp.Eq || op == CompareOp.Ne)) return PyBool.From(op == CompareOp.Ne);
        return Ops.RichCompare(new PyList(Items(a)), new PyList(Items(b)), op);
    }

    private static PyType MakeType()
    {
        var t = NativeTypes.New("array", Types.Object, "array");
        DefStatic(t, "__new__", (args, kw) =>
        {
            var type = (PyType)args[0];
            if (kw != null && kw.Count > 0 && type == t) throw PyExc.TypeError("array.array() takes no keyword arguments");
            var a = args[1..(args.Length - (kw?.Count ?? 0))];
            if (a.Length < 1 || a.Length > 2) CheckCount("array", a.Length, 1, 2);
            if (a[0] is not PyStr tcs || tcs.Value.Length != 1)
                throw PyExc.TypeError($"array() argument 1 must be a unicode character, not {a[0].Type.Name}");
            char tc = tcs.Value[0];
            if (!TypeCodes.Contains(tc)) throw PyExc.ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
            var arr = New(type, tc);
            if (a.Length == 2)
            {
                var init = a[1];
                if (init is PyStr s)
                {
                    if (tc != 'u') throw PyExc.TypeError($"cannot use a str to initialize an array with typecode '{tc}'");
                    FromUnicode(arr, s);
                }
                else if (init is PyArray other && (other.TypeCode == 'u') != (tc == 'u'))
                    throw PyExc.TypeError($"cannot use a unicode array to initialize an array with typecode '{tc}'");
                else if (init is PyBytes or PyByteArray) FromBytes(arr, init);
                else if (init is PyArray same && same.TypeCode == tc) arr.Data.AddRange(same.Data.ToArray());
                else Extend(arr, init);
            }
            return arr;
        });
        Def(t, "__init__", (a, kw) => None);
        GetSet(t, "typecode", o => PyStr.From(A(o).TypeCode.ToString()));
        GetSet(t, "itemsize", o => PyInt.From(A(o).ItemSize));
        Def0(t, "__repr__", o =>
        {
            var a = A(o);
            string name = o.Type.Name[(o.Type.Name.LastIndexOf('.') + 1)..];
            if (a.Length == 0) return PyStr.From($"{name}('{a.TypeCode}')");
            string body = a.TypeCode == 'u' ? Ops.ReprString(PyStr.From(ToUnicode(a))) : Ops.ReprString(new PyList(Items(a)));
            return PyStr.From($"{name}('{a.TypeCode}', {body})");
        });
        Def0(t, "__len__", o => PyInt.From(A(o).Length));
        Def1(t, "__getitem__", (o, key) =>
        {
            var a = A(o);
            if (key is PySlice s)
            {
                int n = s.Indices(a.Length, out int start, out _, out int step);
                var r = New(t, a.TypeCode);
                var span = BufferProtocol.SpanOf(a.Data);
                for (int i = 0, j = start; i < n; i++, j += step) r.Data.AddRange(span.Slice(j * a.ItemSize, a.ItemSize).ToArray());
                return r;
            }
            return GetItem(a, Index(a, key, "array index out of range"));
        });
        DefN(t, "__setitem__", 2, 2, (o, args) =>
        {
            var a = A(o);
            if (args[0] is PySlice s)
            {
                if (args[1] is not PyArray src) throw PyExc.TypeError($"can only assign array (not \"{args[1].Type.Name}\") to array slice");
                if (src.TypeCode != a.TypeCode) throw PyExc.TypeError("bad argument type for built-in operation");
                var data = src.Data.ToArray();
                int n = s.Indices(a.Length, out int start, out int stop, out int step);
                if (step == 1)
                {
                    if (stop < start) stop = start;
                    if (data.Length != (stop - start) * a.ItemSize) Resizable(a);
                    a.Data.RemoveRange(start * a.ItemSize, (stop - start) * a.ItemSize);
                    a.Data.InsertRange(start * a.ItemSize, data);
                    return None;
                }
                if (src.Length != n) throw PyExc.ValueError($"attempt to assign array of size {src.Length} to extended slice of size {n}");
                var span = BufferProtocol.SpanOf(a.Data);
                for (int i = 0, j = start; i < n; i++, j += step) data.AsSpan(i * a.ItemSize, a.ItemSize).CopyTo(span[(j * a.ItemSize)..]);
                return None;
            }
            SetItem(a, Index(a, args[0], "array assignment index out of range"), args[1]);
            return None;
        });
        Def1(t, "__delitem__", (o, key) =>
        {
            var a = A(o);
            if (key is PySlice s)
            {
                int n = s.Indices(a.Length, out int start, out _, out int step);
                if (n > 0) Resizable(a);
                var idx = Enumerable.Range(0, Math.Max(0, n)).Select(i => start + i * step).OrderByDescending(i => i);
                foreach (var i in idx) a.Data.RemoveRange(i * a.ItemSize, a.ItemSize);
                return None;
            }
            int k = Index(a, key, "array assignment index out of range");
            Resizable(a);
            a.Data.RemoveRange(k * a.ItemSize, a.ItemSize);
            return None;
        });
        Def1(t, "__contains__", (o, x) => PyBool.From(Items(A(o)).Any(i => Ops.RichCompareBool(i, x, CompareOp.Eq))));
        Def0(t, "__iter__", o =>
        {
            var a = A(o);
            int i = 0;
            return new PyNativeIterator(s_iterType.Value, () => i < a.Length ? GetItem(a, i++) : null);
        });
        Def1(t, "__add__", (o, other) =>
        {
            var a = A(o);
            if (other is not PyArray b) throw PyExc.TypeError($"can only append array (not \"{other.Type.Name}\") to array");
            if (b.TypeCode != a.TypeCode) throw PyExc.TypeError("bad argument type for built-in operation");
            return New(t, a.TypeCode, a.Data.Concat(b.Data).ToArray());
        });
        Def1(t, "__iadd__", (o, other) =>
        {
            var a = A(o);
            if (other is not PyArray b) throw PyExc.TypeError($"can only extend array with array (not \"{other.Type.Name}\")");
            Extend(a, b);
            return a;
        });
        PyObject Repeat(PyArray a, PyObject n)
        {
            if (n is not PyInt && n.Type.Lookup("__index__") == null) return Singletons.NotImplemented;
            long k = Math.Max(0, Ops.IndexAsLong(n));
            var data = a.Data.ToArray();
            var r = new byte[data.Length * k];
            for (long i = 0; i < k; i++) data.CopyTo(r, i * data.Length);
            return New(t, a.TypeCode, r);
        }
        Def1(t, "__mul__", (o, n) => Repeat(A(o), n));
        Def1(t, "__rmul__", (o, n) => Repeat(A(o), n));
        Def1(t, "__imul__", (o, n) =>
        {
            var a = A(o);
            var r = Repeat(a, n);
            if (r is not PyArray ra) return r;
            if (ra.Data.Count != a.Data.Count) Resizable(a);
            a.Data = ra.Data;
            return a;
        });
        Def1(t, "__eq__", (a, b) => Compare(a, b, CompareOp.Eq));
        Def1(t, "__ne__", (a, b) => Compare(a, b, CompareOp.Ne));
        Def1(t, "__lt__", (a, b) => Compare(a, b, CompareOp.Lt));
        Def1(t, "__le__", (a, b) => Compare(a, b, CompareOp.Le));
        Def1(t, "__gt__", (a, b) => Compare(a, b, CompareOp.Gt));
        Def1(t, "__ge__", (a, b) => Compare(a, b, CompareOp.Ge));
        t.Dict!.Set("__hash__", Singletons.None);
        Def1(t, "append", (o, x) => { Append(A(o), x); return None; });
        Def1(t, "extend", (o, x) => { Extend(A(o), x); return None; });
        DefN(t, "insert", 2, 2, (o, args) =>
        {
            var a = A(o);
            long i = Ops.IndexAsLong(args[0]);
            if (i < 0) i = Math.Max(0, i + a.Length);
            if (i > a.Length) i = a.Length;
            var b = Convert(a.TypeCode, args[1]);
            Resizable(a);
            a.Data.InsertRange((int)i * a.ItemSize, b);
            return None;
        });
        DefN(t, "pop", 0, 1, (o, args) =>
        {
            var a = A(o);
            long i = args.Length > 0 ? Ops.IndexAsLong(args[0]) : -1;
            if (a.Length == 0) throw PyExc.IndexError("pop from empty array");
            if (i < 0) i += a.Length;
            if (i < 0 || i >= a.Length) throw PyExc.IndexError("pop index out of range");
            var x = GetItem(a, (int)i);
            Resizable(a);
            a.Data.RemoveRange((int)i * a.ItemSize, a.ItemSize);
            return x;
        });
        Def1(t, "remove", (o, x) =>
        {
            var a = A(o);
            var items = Items(a);
            for (int i = 0; i < items.Length; i++)
                if (Ops.RichCompareBool(items[i], x, CompareOp.Eq))
                {
                    Resizable(a);
                    a.Data.RemoveRange(i * a.ItemSize, a.ItemSize);
                    return None;
                }
            throw PyExc.ValueError("array.remove(x): x not in array");
        });
        DefN(t, "index", 1, 3, (o, args) =>
        {
            var a = A(o);
            var items = Items(a);
            long start = args.Length > 1 ? Ops.IndexAsLong(args[1]) : 0, stop = args.Length > 2 ? Ops.IndexAsLong(args[2]) : items.Length;
            if (start < 0) start = Math.Max(0, start + items.Length);
            if (stop < 0) stop = Math.Max(0, stop + items.Length);
            for (long i = start; i < Math.Min(stop, items.Length); i++)
                if (Ops.RichCompareBool(items[i], args[0], CompareOp.Eq)) return PyInt.From(i);
            throw PyExc.ValueError("array.index(x): x not in array");
        });
        Def1(t, "count", (o, x) => PyInt.From(Items(A(o)).Count(i => Ops.RichCompareBool(i, x, CompareOp.Eq))));
        Def0(t, "reverse", o =>
        {
            var a = A(o);
            var span = BufferProtocol.SpanOf(a.Data);
            int n = a.Length, s = a.ItemSize;
            var tmp = new byte[s];
            for (int i = 0, j = n - 1; i < j; i++, j--)
            {
                span.Slice(i * s, s).CopyTo(tmp);
                span.Slice(j * s, s).CopyTo(span[(i * s)..]);
                tmp.CopyTo(span[(j * s)..]);
            }
            return None;
        });
        Def0(t, "byteswap", o =>
        {
            var a = A(o);
            var span = BufferProtocol.SpanOf(a.Data);
            for (int i = 0; i < a.Length; i++) span.Slice(i * a.ItemSize, a.ItemSize).Reverse();
            return None;
        });
        Def0(t, "buffer_info", o => PyTuple.Of(PyInt.From(o.Id), PyInt.From(A(o).Length)));
        Def0(t, "tobytes", o => PyBytes.From(A(o).Data.ToArray()));
        Def1(t, "frombytes", (o, b) => { FromBytes(A(o), b); return None; });
        Def0(t, "tolist", o => new PyList(Items(A(o))));
        Def1(t, "fromlist", (o, l) =>
        {
            if (l is not PyList list) throw PyExc.TypeError("arg must be list");
            var a = A(o);
            var saved = a.Data.ToArray();
            try
            {
                foreach (var x in list.ToArray()) Append(a, x);
            }
            catch
            {
                a.Data = new List<byte>(saved);   // all or nothing, as array_array_fromlist
                throw;
            }
            return None;
        });
        Def0(t, "tounicode", o => PyStr.From(ToUnicode(A(o))));
        Def1(t, "fromunicode", (o, s) => { FromUnicode(A(o), s); return None; });
        Def0(t, "__copy__", o => New(t, A(o).TypeCode, A(o).Data.ToArray()));
        Def1(t, "__deepcopy__", (o, memo) => New(t, A(o).TypeCode, A(o).Data.ToArray()));
        Def0(t, "__sizeof__", o => PyInt.From(64 + A(o).Data.Count));
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule("array");
        m.Dict!.Set("array", ArrayType);
        m.Dict!.Set("ArrayType", ArrayType);
        m.Dict!.Set("typecodes", PyStr.From(TypeCodes));
        return m;
    }
}
