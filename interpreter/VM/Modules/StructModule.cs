using System.Buffers.Binary;
using System.Numerics;
using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _struct (Modules/_struct.c): formats parsed into codes (prepare_s), packed and unpacked with the native
/// table (x86-64 Linux sizes and alignment) or the standard little/big-endian tables. memoryview and array use
/// <see cref="PackNative"/> and <see cref="UnpackNative"/> for their items, as CPython's memoryobject.c uses
/// the same native layouts.
/// </summary>
[BuiltinModule("_struct")]
public static class StructModule
{
    private static readonly Lazy<PyType> s_error = new(() => NativeTypes.New("error", Types.Exception, "struct")),
        s_struct = new(MakeStructType), s_iter = new(() => NativeTypes.NewIterator("unpack_iterator", "_struct"));

    /// <summary>struct.error (state->StructError).</summary>
    public static PyType Error => s_error.Value;
    private static PyType StructType => s_struct.Value;
    private static PyType UnpackIterType => s_iter.Value;

    private static PyException Err(string m) => PyExc.Make(Error, m);

    /// <summary>One format code with its repeat count and offset (formatcode).</summary>
    public readonly record struct Code(char Format, int Offset, int Size, int Count);

    /// <summary>A compiled format (PyStructObject): its codes, total size and byte order.</summary>
    public sealed class PyStruct : PyObject
    {
        public string Format = "";
        public Code[] Codes = Array.Empty<Code>();
        public int Size;
        public int Len;            // number of values packed/unpacked
        public char Table;         // '@' native, '<' little, '>' big
        public PyStruct(PyType t) : base(t) { }
    }

    // --- format tables (native_table, lilendian_table, bigendian_table) ---

    /// <summary>getentry: size and alignment of a code in a table; null for a bad char.</summary>
    private static (int Size, int Align)? Entry(char c, char table)
    {
        bool native = table == '@';
        switch (c)
        {
            case 'x': case 'c': case 'b': case 'B': case '?': case 's': case 'p': return (1, 1);
            case 'h': case 'H': case 'e': return (2, 2);
            case 'i': case 'I': case 'f': return (4, 4);
            case 'l': case 'L': return native ? (8, 8) : (4, 4);
            case 'q': case 'Q': case 'd': return (8, 8);
            case 'n': case 'N': case 'P': return native ? (8, 8) : null;
            default: return null;
        }
    }

    /// <summary>prepare_s: parse a format (after its byte-order prefix) into codes.</summary>
    public static PyStruct Compile(PyType type, string format)
    {
        if (format.Contains('\0')) throw Err("embedded null character");
        int i = 0;
        char table = '@';
        if (format.Length > 0)
            switch (format[0])
            {
                case '@': i = 1; break;
                case '<': case '=': table = '<'; i = 1; break;   // '=' is little-endian here (PY_LITTLE_ENDIAN)
                case '>': case '!': table = '>'; i = 1; break;
            }
        var codes = new List<Code>();
        long size = 0;
        int len = 0;
        while (i < format.Length)
        {
            char c = format[i++];
            if (char.IsWhiteSpace(c) && c < 128) continue;
            long num = 1;
            if (c >= '0' && c <= '9')
            {
                num = c - '0';
                while (true)
                {
                    if (i >= format.Length) throw Err("repeat count given without format specifier");
                    c = format[i++];
                    if (c < '0' || c > '9') break;
                    num = num * 10 + (c - '0');
                    if (num > int.MaxValue) throw Err("total struct size too long");
                }
            }
            var e = Entry(c, table) ?? throw Err("bad char in struct format");
            if (table == '@' && e.Align > 1 && size > 0)
                size += (e.Align - 1) - (size - 1) % e.Align;
            if (c == 's' || c == 'p') { codes.Add(new Code(c, (int)size, (int)num, 1)); len++; }
            else if (c == 'x') { }
            else
            {
                for (long k = 0; k < num; k++) codes.Add(new Code(c, (int)(size + k * e.Size), e.Size, 1));
                len += (int)num;
            }
            size += num * e.Size;
            if (size > int.MaxValue) throw Err("total struct size too long");
        }
        return new PyStruct(type) { Format = format, Codes = codes.ToArray(), Size = (int)size, Len = len, Table = table };
    }

    // --- integers: get_pylong, get_long / get_ulong, _range_error ---

    private static BigInteger GetPyLong(PyObject v)
    {
        if (v is PyInt i) return i.Value;
        if (v.Type.Lookup("__index__") == null) throw Err("required argument is not an integer");
        return Ops.Index(v).Value;
    }

    private static PyException RangeError(char format, int size, bool unsigned)
    {
        ulong ulargest = ulong.MaxValue >> ((8 - size) * 8);
        if (unsigned) return Err($"'{format}' format requires 0 <= number <= {ulargest}");
        long largest = (long)(ulargest >> 1);
        return Err($"'{format}' format requires {~largest} <= number <= {largest}");
    }

    private static long GetLong(BigInteger v) =>
        v < long.MinValue || v > long.MaxValue ? throw Err("argument out of range") : (long)v;

    private static ulong GetULong(BigInteger v) =>
        v.Sign < 0 || v > ulong.MaxValue ? throw Err("argument out of range") : (ulong)v;

    /// <summary>The integer codes' pack functions, native (np_*, also swapped into '<' where sizes agree) or
    /// standard (lp_int / bp_int, lp_uint / bp_uint, bp_longlong).</summary>
    private static ulong PackIntBits(char c, PyObject arg, char table, int size)
    {
        var v = GetPyLong(arg);
        // Native functions serve '@', and '<' for every integer code whose standard size is the native one.
        bool nativeFns = table == '@' || (table == '<' && c != 'l' && c != 'L');
        switch (c)
        {
            case 'b':
            {
                long x = GetLong(v);
                if (x < -128 || x > 127) throw Err("byte format requires -128 <= number <= 127");
                return (ulong)x;
            }
            case 'B':
            {
                long x = GetLong(v);
                if (x < 0 || x > 255) throw Err("ubyte format requires 0 <= number <= 255");
                return (ulong)x;
            }
        }
        if (nativeFns)
        {
            switch (c)
            {
                case 'h':
                {
                    long x = GetLong(v);
                    if (x < short.MinValue || x > short.MaxValue) throw Err("short format requires -32768 <= number <= 32767");
                    return (ulong)x;
                }
                case 'H':
                {
                    long x = GetLong(v);
                    if (x < 0 || x > ushort.MaxValue) throw Err("ushort format requires 0 <= number <= 65535");
                    return (ulong)x;
                }
                case 'i':
                {
                    long x = GetLong(v);
                    if (x < int.MinValue || x > int.MaxValue) throw RangeError(c, 4, false);
                    return (ulong)x;
                }
                case 'I':
                {
                    ulong x = GetULong(v);
                    if (x > uint.MaxValue) throw RangeError(c, 4, true);
                    return x;
                }
                case 'l': case 'q': case 'n': return (ulong)GetLong(v);
                case 'L': case 'Q': case 'N': return GetULong(v);
                case 'P':
                    // PyLong_AsVoidPtr: negative values as signed, others as unsigned.
                    if (v < long.MinValue || v > ulong.MaxValue) throw Err("int too large to convert");
                    return v.Sign < 0 ? (ulong)(long)v : (ulong)v;
            }
        }
        switch (c)
        {
            case 'h': case 'i': case 'l':
            {
                long x = GetLong(v);
                if (size == 2 && (x < -32768 || x > 32767)) throw RangeError(c, size, false);
                if (size == 4 && (x < int.MinValue || x > int.MaxValue)) throw RangeError(c, size, false);
                return (ulong)x;
            }
            case 'H': case 'I': case 'L':
            {
                ulong x = GetULong(v);
                if (size < 8 && x >= 1UL << (size * 8)) throw RangeError(c, size, true);
                return x;
            }
            case 'q':
                // _PyLong_AsByteArray's OverflowError, reported by s_pack_internal as "int too large to convert".
                if (v < long.MinValue || v > long.MaxValue) throw Err("int too large to convert");
                return (ulong)(long)v;
            case 'Q':
                if (v.Sign < 0 || v > ulong.MaxValue) throw Err("int too large to convert");
                return (ulong)v;
        }
        throw new InvalidOperationException(c.ToString());
    }

    private static double GetDouble(PyObject v)
    {
        if (v is PyFloat f) return f.Value;
        if (v is not PyInt && v.Type.Lookup("__float__") == null && v.Type.Lookup("__index__") == null)
            throw Err("required argument is not a float");
        return NumberMethods.ToDouble(v);
    }

    /// <summary>Packs one value of code <paramref name="c"/> into <paramref name="dst"/> (size bytes).</summary>
    public static void PackOne(char c, Span<byte> dst, PyObject v, char table)
    {
        bool little = table != '>';
        switch (c)
        {
            case 'c':
            {
                byte[]? b = v is PyBytes pb ? pb.Value : v is PyByteArray ba ? ba.Value.ToArray() : null;
                if (b == null || b.Length != 1) throw Err("char format requires a bytes object of length 1");
                dst[0] = b[0];
                return;
            }
            case '?': dst[0] = Ops.IsTrue(v) ? (byte)1 : (byte)0; return;
            case 'e':
            {
                double d = GetDouble(v);
                var h = (Half)d;
                if (Half.IsInfinity(h) && !double.IsInfinity(d)) throw PyExc.OverflowError("float too large to pack with e format");
                ushort bits = BitConverter.HalfToUInt16Bits(h);
                if (little) BinaryPrimitives.WriteUInt16LittleEndian(dst, bits); else BinaryPrimitives.WriteUInt16BigEndian(dst, bits);
                return;
            }
            case 'f':
            {
                double d = GetDouble(v);
                float x = (float)d;
                if (float.IsInfinity(x) && !double.IsInfinity(d)) throw PyExc.OverflowError("float too large to pack with f format");
                if (little) BinaryPrimitives.WriteSingleLittleEndian(dst, x); else BinaryPrimitives.WriteSingleBigEndian(dst, x);
                return;
            }
            case 'd':
            {
                double d = GetDouble(v);
                if (little) BinaryPrimitives.WriteDoubleLittleEndian(dst, d); else BinaryPrimitives.WriteDoubleBigEndian(dst, d);
                return;
            }
        }
        ulong bitsInt = PackIntBits(c, v, table, dst.Length);
        for (int k = 0; k < dst.Length; k++)
        {
            int at = little ? k : dst.Length - 1 - k;
            dst[at] = (byte)(bitsInt >> (8 * k));
        }
    }

    /// <summary>Unpacks one value of code <paramref name="c"/> from <paramref name="src"/>.</summary>
    public static PyObject UnpackOne(char c, ReadOnlySpan<byte> src, char table)
    {
        bool little = table != '>';
        switch (c)
        {
            case 'c': return PyBytes.From(new[] { src[0] });
            case '?': return PyBool.From(src[0] != 0);
            case 'e': return PyFloat.From((double)BitConverter.UInt16BitsToHalf(little ? BinaryPrimitives.ReadUInt16LittleEndian(src) : BinaryPrimitives.ReadUInt16BigEndian(src)));
            case 'f': return PyFloat.From(little ? BinaryPrimitives.ReadSingleLittleEndian(src) : BinaryPrimitives.ReadSingleBigEndian(src));
            case 'd': return PyFloat.From(little ? BinaryPrimitives.ReadDoubleLittleEndian(src) : BinaryPrimitives.ReadDoubleBigEndian(src));
        }
        ulong x = 0;
        for (int k = 0; k < src.Length; k++)
            x |= (ulong)src[little ? k : src.Length - 1 - k] << (8 * k);
        bool signed = c is 'b' or 'h' or 'i' or 'l' or 'q' or 'n';
        if (signed)
        {
            int shift = 64 - 8 * src.Length;
            return PyInt.From((long)(x << shift) >> shift);
        }
        return x <= long.MaxValue ? PyInt.From((long)x) : PyInt.From(new BigInteger(x));
    }

    /// <summary>A native single-item format (memoryview and array items): '@' or no prefix and one code.</summary>
    public static int NativeItemSize(string format)
    {
        var f = format.StartsWith('@') ? format[1..] : format;
        if (f.Length != 1 || f[0] is 'x' or 's' or 'p') return -1;
        return Entry(f[0], '@')?.Size ?? -1;
    }

    public static PyObject UnpackNative(string format, ReadOnlySpan<byte> src) => UnpackOne(format[^1], src, '@');

    public static void PackNative(string format, Span<byte> dst, PyObject v) => PackOne(format[^1], dst, v, '@');

    // --- s_pack_internal / s_unpack_internal ---

    private static void PackInto(PyStruct s, Span<byte> buf, ReadOnlySpan<PyObject> args)
    {
        buf[..s.Size].Clear();
        for (int n = 0; n < s.Codes.Length; n++)
        {
            var code = s.Codes[n];
            var v = args[n];
            var dst = buf.Slice(code.Offset, code.Size);
            if (code.Format == 's' || code.Format == 'p')
            {
                byte[] b = v is PyBytes pb ? pb.Value : v is PyByteArray ba ? ba.Value.ToArray()
                    : throw Err($"argument for '{code.Format}' must be a bytes object");
                if (code.Format == 's')
                    b.AsSpan(0, Math.Min(b.Length, code.Size)).CopyTo(dst);
                else if (code.Size > 0)
                {
                    int k = Math.Min(Math.Min(b.Length, code.Size - 1), 255);
                    b.AsSpan(0, k).CopyTo(dst[1..]);
                    dst[0] = (byte)k;
                }
                continue;
            }
            try
            {
                PackOne(code.Format, dst, v, s.Table);
            }
            catch (PyException e) when (v is PyInt && e.Value.Type.IsSubtypeOf(Types.OverflowError) && code.Format is not ('e' or 'f' or 'd'))
            {
                throw Err("int too large to convert");
            }
        }
    }

    private static PyTuple Unpack(PyStruct s, ReadOnlySpan<byte> buf)
    {
        var items = new PyObject[s.Codes.Length];
        for (int n = 0; n < items.Length; n++)
        {
            var code = s.Codes[n];
            var src = buf.Slice(code.Offset, code.Size);
            if (code.Format == 's') items[n] = PyBytes.From(src.ToArray());
            else if (code.Format == 'p')
            {
                int k = code.Size == 0 ? 0 : Math.Min(src[0], code.Size - 1);
                items[n] = PyBytes.From(code.Size == 0 ? Array.Empty<byte>() : src.Slice(1, k).ToArray());
            }
            else items[n] = UnpackOne(code.Format, src, s.Table);
        }
        return PyTuple.From(items);
    }

    private static PyBytes Pack(PyStruct s, ReadOnlySpan<PyObject> args)
    {
        if (args.Length != s.Len) throw Err($"pack expected {s.Len} items for packing (got {args.Length})");
        var buf = new byte[s.Size];
        PackInto(s, buf, args);
        return PyBytes.From(buf);
    }

    private static PyTuple UnpackBuffer(PyStruct s, PyObject buffer)
    {
        var b = BufferProtocol.GetBytes(buffer);
        if (b.Length != s.Size) throw Err($"unpack requires a buffer of {s.Size} bytes");
        return Unpack(s, b);
    }

    private static PyTuple UnpackFrom(PyStruct s, PyObject buffer, long offset)
    {
        var b = BufferProtocol.GetBytes(buffer);
        if (offset < 0)
        {
            if (offset + b.Length < 0) throw Err($"offset {offset} out of range for {b.Length}-byte buffer");
            offset += b.Length;
        }
        if (b.Length - offset < s.Size)
            throw Err($"unpack_from requires a buffer of at least {s.Size + offset} bytes for unpacking {s.Size} bytes at offset {offset} (actual buffer size is {b.Length})");
        return Unpack(s, b.AsSpan((int)offset));
    }

    private static void PackIntoBuffer(PyStruct s, ReadOnlySpan<PyObject> args)
    {
        // args: buffer, offset, values...
        if (args.Length != s.Len + 2)
        {
            if (args.Length == 0) throw PyExc.TypeError("pack_into expected buffer argument");
            if (args.Length == 1) throw PyExc.TypeError("pack_into expected offset argument");
            throw Err($"pack_into expected {s.Len} items for packing (got {args.Length - 2})");
        }
        var target = args[0];
        if (target is not IBufferExporter exp || exp.BufferReadOnly)
        {
            if (target is PyMemoryView mv && !mv.ReadOnly) { PackIntoMemoryView(s, mv, args); return; }
            throw PyExc.TypeError($"argument must be read-write bytes-like object, not {target.Type.Name}");
        }
        long offset = ToLong(args[1]);
        var span = exp.BufferSpan;
        int len = span.Length;
        offset = CheckPackOffset(s, offset, len);
        var tmp = new byte[s.Size];
        PackInto(s, tmp, args[2..]);
        tmp.CopyTo(exp.BufferSpan[(int)offset..]);
    }

    private static long CheckPackOffset(PyStruct s, long offset, int len)
    {
        if (offset < 0)
        {
            if (offset + s.Size > 0) throw Err($"no space to pack {s.Size} bytes at offset {offset}");
            if (offset + len < 0) throw Err($"offset {offset} out of range for {len}-byte buffer");
            offset += len;
        }
        if (len - offset < s.Size)
            throw Err($"pack_into requires a buffer of at least {s.Size + offset} bytes for packing {s.Size} bytes at offset {offset} (actual buffer size is {len})");
        return offset;
    }

    private static void PackIntoMemoryView(PyStruct s, PyMemoryView mv, ReadOnlySpan<PyObject> args)
    {
        if (!mv.IsCContiguous) throw PyExc.TypeError("argument must be read-write bytes-like object, not memoryview");
        long offset = CheckPackOffset(s, ToLong(args[1]), mv.NBytes);
        var tmp = new byte[s.Size];
        PackInto(s, tmp, args[2..]);
        tmp.CopyTo(mv.Exporter.BufferSpan[(mv.Offset + (int)offset)..]);
    }

    private static PyObject IterUnpack(PyStruct s, PyObject buffer)
    {
        if (s.Size == 0) throw Err($"cannot iteratively unpack with a struct of length {s.Size}");
        var b = BufferProtocol.GetBytes(buffer);
        if (b.Length % s.Size != 0) throw Err($"iterative unpacking requires a buffer of a multiple of {s.Size} bytes");
        int pos = 0;
        var it = new PyNativeIterator(UnpackIterType, () =>
        {
            if (pos >= b.Length) return null;
            var r = Unpack(s, b.AsSpan(pos, s.Size));
            pos += s.Size;
            return r;
        });
        return it;
    }

    // --- the Struct type and the module functions (cache_struct_converter) ---

    private static string FormatArg(PyObject o, string fname) => o switch
    {
        PyStr s => s.Value,
        PyBytes b => Encoding.Latin1.GetString(b.Value),
        _ => throw PyExc.TypeError($"{fname}() argument 1 must be a str or bytes object, not {o.Type.Name}"),
    };

    private static readonly Dictionary<string, PyStruct> s_cache = new();

    private static PyStruct Cached(PyObject fmt)
    {
        var f = FormatArg(fmt, "Struct");
        // One cache per process, shared by interpreters that may run on several threads.
        lock (s_cache)
        {
            if (s_cache.TryGetValue(f, out var cached)) return cached;
        }
        var s = Compile(StructType, f);
        lock (s_cache)
        {
            if (s_cache.Count >= 100) s_cache.Clear();   // MAXCACHE
            s_cache[f] = s;
        }
        return s;
    }

    private static PyType MakeStructType()
    {
        var t = NativeTypes.New("Struct", Types.Object, "_struct");
        DefStatic(t, "__new__", (a, kw) =>
        {
            var p = Parse("Struct", a[1..], kw, new[] { "format" }, 1);
            return Compile((PyType)a[0], FormatArg(p[0]!, "Struct"));
        });
        Def(t, "__init__", (a, kw) => None);
        GetSet(t, "format", o => PyStr.From(((PyStruct)o).Format));
        GetSet(t, "size", o => PyInt.From(((PyStruct)o).Size));
        Def(t, "pack", (a, kw) => { NoKeywords("pack", kw); return Pack((PyStruct)a[0], a[1..]); });
        Def1(t, "unpack", (s, b) => UnpackBuffer((PyStruct)s, b));
        Def(t, "unpack_from", (a, kw) =>
        {
            var p = Parse("unpack_from", a[1..], kw, new[] { "buffer", "offset" }, 1);
            return UnpackFrom((PyStruct)a[0], p[0]!, p[1] == null ? 0 : ToLong(p[1]!));
        });
        Def(t, "pack_into", (a, kw) => { NoKeywords("pack_into", kw); PackIntoBuffer((PyStruct)a[0], a[1..]); return None; });
        Def1(t, "iter_unpack", (s, b) => IterUnpack((PyStruct)s, b));
        Def0(t, "__sizeof__", o => PyInt.From(72 + 24 * (((PyStruct)o).Codes.Length + 1)));
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_struct");
        var d = m.Dict!;
        d.Set("error", Error);
        d.Set("Struct", StructType);
        d.Set("calcsize", Fn("calcsize", (a, kw) => { CheckCount("calcsize", a.Length, 1, 1); return PyInt.From(Cached(a[0]).Size); }));
        d.Set("pack", Fn("pack", (a, kw) =>
        {
            NoKeywords("pack", kw);
            if (a.Length == 0) throw PyExc.TypeError("pack expected at least 1 argument, got 0");
            return Pack(Cached(a[0]), a[1..]);
        }));
        d.Set("unpack", Fn("unpack", (a, kw) => { CheckCount("unpack", a.Length, 2, 2); return UnpackBuffer(Cached(a[0]), a[1]); }));
        d.Set("unpack_from", Fn("unpack_from", (a, kw) =>
        {
            var p = Parse("unpack_from", a, kw, new[] { "format", "buffer", "offset" }, 2, posOnly: 1);
            return UnpackFrom(Cached(p[0]!), p[1]!, p[2] == null ? 0 : ToLong(p[2]!));
        }));
        d.Set("pack_into", Fn("pack_into", (a, kw) =>
        {
            NoKeywords("pack_into", kw);
            if (a.Length == 0) throw PyExc.TypeError("pack_into expected at least 1 argument, got 0");
            PackIntoBuffer(Cached(a[0]), a[1..]);
            return None;
        }));
        d.Set("iter_unpack", Fn("iter_unpack", (a, kw) => { CheckCount("iter_unpack", a.Length, 2, 2); return IterUnpack(Cached(a[0]), a[1]); }));
        d.Set("_clearcache", Fn("_clearcache", (a, kw) => { lock (s_cache) s_cache.Clear(); return None; }));
        return m;
    }
}
