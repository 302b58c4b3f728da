using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Pyref.Bytecode;

/// <summary>marshal type codes (Python/marshal.c of 3.11).</summary>
public static class MarshalType
{
    public const byte Null = (byte)'0', None = (byte)'N', False = (byte)'F', True = (byte)'T',
        StopIteration = (byte)'S', Ellipsis = (byte)'.', Int = (byte)'i', Int64 = (byte)'I', Float = (byte)'f',
        BinaryFloat = (byte)'g', Complex = (byte)'x', BinaryComplex = (byte)'y', Long = (byte)'l',
        String = (byte)'s', Interned = (byte)'t', Ref = (byte)'r', Tuple = (byte)'(', List = (byte)'[',
        Dict = (byte)'{', Code = (byte)'c', Unicode = (byte)'u', Unknown = (byte)'?', Set = (byte)'<',
        FrozenSet = (byte)'>', Ascii = (byte)'a', AsciiInterned = (byte)'A', SmallTuple = (byte)')',
        ShortAscii = (byte)'z', ShortAsciiInterned = (byte)'Z';
    /// <summary>Set on a type byte when the object is appended to the reference table.</summary>
    public const byte FlagRef = 0x80;
}

public sealed class MarshalException(string message) : Exception(message);

/// <summary>
/// Reader of CPython 3.11's marshal format (Python/marshal.c r_object), producing the constant model of
/// Constants.cs and <see cref="CodeObject"/>s.
/// DEVIATION(CPython): a str holding a surrogate pair as two separate code points (possible in Python through
/// escapes) reads as one astral character, because C# strings cannot tell them apart.
/// </summary>
public sealed class MarshalReader
{
    private readonly byte[] _data;
    private int _pos;
    private readonly List<object?> _refs = new();
    private int _depth;
    private const int MaxDepth = 2000; // marshal.c MAX_MARSHAL_STACK_DEPTH

    public MarshalReader(byte[] data, int offset = 0)
    {
        _data = data;
        _pos = offset;
    }

    public int Position => _pos;

    /// <summary>marshal.loads(data).</summary>
    public static object Loads(byte[] data, int offset = 0) => new MarshalReader(data, offset).ReadObject()
        ?? throw new MarshalException("NULL object in marshal data for object");

    public object? ReadObject()
    {
        if (++_depth > MaxDepth) throw new MarshalException("recursion limit exceeded");
        try { return ReadObjectCore(); }
        finally { _depth--; }
    }

    private object ReadNonNull() => ReadObject() ?? throw new MarshalException("NULL object in marshal data");

    private object? ReadObjectCore()
    {
        if (_pos >= _data.Length) throw new MarshalException("EOF read where object expected");
        int code = _data[_pos++];
        bool flag = (code & MarshalType.FlagRef) != 0;
        byte type = (byte)(code & ~MarshalType.FlagRef);
        switch (type)
        {
            case MarshalType.Null: return null;
            case MarshalType.None: return PyNone.Value;
            case MarshalType.StopIteration: return PyStopIteration.Value;
            case MarshalType.Ellipsis: return PyEllipsis.Value;
            case MarshalType.False: return false;
            case MarshalType.True: return true;
            case MarshalType.Int: return Ref(flag, new BigInteger(ReadInt32()));
            case MarshalType.Int64: return Ref(flag, new BigInteger(ReadInt64()));
            case MarshalType.Long: return Ref(flag, ReadLong());
            case MarshalType.Float:
                return Ref(flag, ParseFloat(ReadBytes(ReadByte())));
            case MarshalType.BinaryFloat: return Ref(flag, ReadDouble());
            case MarshalType.Complex:
            {
                double re = ParseFloat(ReadBytes(ReadByte()));
                double im = ParseFloat(ReadBytes(ReadByte()));
                return Ref(flag, new Complex(re, im));
            }
            case MarshalType.BinaryComplex:
            {
                double re = ReadDouble();
                double im = ReadDouble();
                return Ref(flag, new Complex(re, im));
            }
            case MarshalType.String: return Ref(flag, new PyBytes(ReadBytes(ReadSize())));
            case MarshalType.Ascii or MarshalType.AsciiInterned:
                return Ref(flag, Latin1(ReadBytes(ReadSize())));
            case MarshalType.ShortAscii or MarshalType.ShortAsciiInterned:
                return Ref(flag, Latin1(ReadBytes(ReadByte())));
            case MarshalType.Interned or MarshalType.Unicode:
                return Ref(flag, Utf8SurrogatePass.Decode(ReadBytes(ReadSize())));
            case MarshalType.SmallTuple: return ReadTuple(ReadByte(), flag);
            case MarshalType.Tuple: return ReadTuple(ReadSize(), flag);
            case MarshalType.List:
            {
                int n = ReadSize();
                var list = new PyList(new List<object>(n));
                Ref(flag, list);
                for (int i = 0; i < n; i++) list.Items.Add(ReadNonNull());
                return list;
            }
            case MarshalType.Dict:
            {
                var dict = new PyDict(new List<KeyValuePair<object, object>>());
                Ref(flag, dict);
                while (true)
                {
                    var key = ReadObject();
                    if (key is null) break;
                    var value = ReadObject();
                    if (value is null) break;
                    dict.Items.Add(new(key, value));
                }
                return dict;
            }
            case MarshalType.Set or MarshalType.FrozenSet:
            {
                int n = ReadSize();
                int index = Reserve(flag);
                var items = new object[n];
                for (int i = 0; i < n; i++) items[i] = ReadNonNull();
                object set = type == MarshalType.Set ? new PySet(items) : new PyFrozenSet(items);
                Insert(index, set);
                return set;
            }
            case MarshalType.Code: return ReadCode(flag);
            case MarshalType.Ref:
            {
                int index = ReadInt32();
                if (index < 0 || index >= _refs.Count) throw new MarshalException("bad marshal data (invalid reference)");
                return _refs[index] ?? throw new MarshalException("bad marshal data (invalid reference)");
            }
            default:
                throw new MarshalException($"bad marshal data (unknown type code {code})");
        }
    }

    private object ReadTuple(int n, bool flag)
    {
        int index = Reserve(flag);
        var items = n == 0 ? Array.Empty<object>() : new object[n];
        for (int i = 0; i < n; i++) items[i] = ReadNonNull();
        var tuple = n == 0 ? PyTuple.Empty : new PyTuple(items);
        Insert(index, tuple);
        return tuple;
    }

    private CodeObject ReadCode(bool flag)
    {
        int index = Reserve(flag);
        int argCount = ReadInt32();
        int posOnly = ReadInt32();
        int kwOnly = ReadInt32();
        int stackSize = ReadInt32();
        int flags = ReadInt32();
        var code = ExpectBytes(ReadNonNull(), "co_code");
        var consts = ExpectTuple(ReadNonNull(), "co_consts");
        var names = ExpectStrings(ReadNonNull(), "co_names");
        var localsPlusNames = ExpectStrings(ReadNonNull(), "co_localsplusnames");
        var localsPlusKinds = ExpectBytes(ReadNonNull(), "co_localspluskinds");
        var filename = ExpectString(ReadNonNull(), "co_filename");
        var name = ExpectString(ReadNonNull(), "co_name");
        var qualName = ExpectString(ReadNonNull(), "co_qualname");
        int firstLineNo = ReadInt32();
        var lineTable = ExpectBytes(ReadNonNull(), "co_linetable");
        var exceptionTable = ExpectBytes(ReadNonNull(), "co_exceptiontable");
        var result = new CodeObject
        {
            ArgCount = argCount, PosOnlyArgCount = posOnly, KwOnlyArgCount = kwOnly, StackSize = stackSize,
            Flags = flags, Code = code, Consts = consts.Items, Names = names, LocalsPlusNames = localsPlusNames,
            LocalsPlusKinds = localsPlusKinds, Filename = filename, Name = name, QualName = qualName,
            FirstLineNo = firstLineNo, LineTable = lineTable, ExceptionTable = exceptionTable,
        };
        Insert(index, result);
        return result;
    }

    private static byte[] ExpectBytes(object o, string field) =>
        o is PyBytes b ? b.Data : throw new MarshalException($"bad marshal data ({field} is not bytes)");
    private static PyTuple ExpectTuple(object o, string field) =>
        o as PyTuple ?? throw new MarshalException($"bad marshal data ({field} is not a tuple)");
    private static string ExpectString(object o, string field) =>
        o as string ?? throw new MarshalException($"bad marshal data ({field} is not a str)");
    private static string[] ExpectStrings(object o, string field)
    {
        var tuple = ExpectTuple(o, field);
        var result = new string[tuple.Count];
        for (int i = 0; i < result.Length; i++) result[i] = ExpectString(tuple[i], field);
        return result;
    }

    private object Ref(bool flag, object value)
    {
        if (flag) _refs.Add(value);
        return value;
    }

    /// <summary>r_ref_reserve: containers take their reference index before their items are read.</summary>
    private int Reserve(bool flag)
    {
        if (!flag) return -1;
        _refs.Add(null);
        return _refs.Count - 1;
    }

    private void Insert(int index, object value)
    {
        if (index >= 0) _refs[index] = value;
    }

    private int ReadByte()
    {
        if (_pos >= _data.Length) throw new MarshalException("EOF read where not expected");
        return _data[_pos++];
    }

    private byte[] ReadBytes(int n)
    {
        if (n < 0 || _pos + n > _data.Length) throw new MarshalException("marshal data too short");
        var result = _data.AsSpan(_pos, n).ToArray();
        _pos += n;
        return result;
    }

    private int ReadInt32()
    {
        if (_pos + 4 > _data.Length) throw new MarshalException("EOF read where not expected");
        int v = BinaryPrimitives.ReadInt32LittleEndian(_data.AsSpan(_pos));
        _pos += 4;
        return v;
    }

    private int ReadSize()
    {
        int n = ReadInt32();
        if (n < 0) throw new MarshalException("bad marshal data (size out of range)");
        return n;
    }

    private long ReadInt64()
    {
        if (_pos + 8 > _data.Length) throw new MarshalException("EOF read where not expected");
        long v = BinaryPrimitives.ReadInt64LittleEndian(_data.AsSpan(_pos));
        _pos += 8;
        return v;
    }

    private double ReadDouble() => BitConverter.Int64BitsToDouble(ReadInt64());

    /// <summary>r_PyLong: signed digit count, then 15-bit digits, least significant first.</summary>
    private BigInteger ReadLong()
    {
        int n = ReadInt32();
        int size = Math.Abs(n);
        BigInteger value = BigInteger.Zero;
        var digits = new int[size];
        for (int i = 0; i < size; i++)
        {
            if (_pos + 2 > _data.Length) throw new MarshalException("EOF read where not expected");
            int d = BinaryPrimitives.ReadInt16LittleEndian(_data.AsSpan(_pos));
            _pos += 2;
            if (d < 0 || d >= 1 << 15) throw new MarshalException("bad marshal data (digit out of range in long)");
            digits[i] = d;
        }
        for (int i = size - 1; i >= 0; i--) value = (value << 15) | digits[i];
        return n < 0 ? -value : value;
    }

    private static double ParseFloat(byte[] text)
    {
        var s = Encoding.ASCII.GetString(text);
        return s switch
        {
            "inf" or "+inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" or "+nan" or "-nan" => double.NaN,
            _ => double.Parse(s, System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);
}

/// <summary>UTF-8 with Python's "surrogatepass" error handler (lone surrogates as 3-byte sequences).</summary>
public static class Utf8SurrogatePass
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length);
        int i = 0;
        while (i < bytes.Length)
        {
            int b = bytes[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            int cp, len;
            if ((b & 0xE0) == 0xC0) { cp = b & 0x1F; len = 2; }
            else if ((b & 0xF0) == 0xE0) { cp = b & 0x0F; len = 3; }
            else if ((b & 0xF8) == 0xF0) { cp = b & 0x07; len = 4; }
            else throw new MarshalException("bad marshal data (invalid UTF-8)");
            if (i + len > bytes.Length) throw new MarshalException("bad marshal data (truncated UTF-8)");
            for (int k = 1; k < len; k++)
            {
                int c = bytes[i + k];
                if ((c & 0xC0) != 0x80) throw new MarshalException("bad marshal data (invalid UTF-8)");
                cp = (cp << 6) | (c & 0x3F);
            }
            i += len;
            if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp));
            else sb.Append((char)cp);
        }
        return sb.ToString();
    }

    public static byte[] Encode(string s)
    {
        var output = new List<byte>(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp < 0x80) output.Add((byte)cp);
            else if (cp < 0x800)
            {
                output.Add((byte)(0xC0 | (cp >> 6)));
                output.Add((byte)(0x80 | (cp & 0x3F)));
            }
            else if (cp < 0x10000)
            {
                output.Add((byte)(0xE0 | (cp >> 12)));
                output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                output.Add((byte)(0x80 | (cp & 0x3F)));
            }
            else
            {
                output.Add((byte)(0xF0 | (cp >> 18)));
                output.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
                output.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
                output.Add((byte)(0x80 | (cp & 0x3F)));
            }
        }
        return output.ToArray();
    }
}
