using System.Numerics;
using System.Runtime.CompilerServices;

namespace Pyref.VM.Objects;

/// <summary>
/// int (Objects/longobject.c). Values that fit a long live in <see cref="Small"/>; larger ones in
/// <see cref="Big"/> (null on the fast path). Results are normalised: a value that fits a long is
/// always stored small, so equality of representations is equality of values.
/// Small ints -5..256 are cached like CPython's _PyLong_SMALL_INTS.
/// </summary>
public class PyInt : PyObject
{
    public readonly long Small;
    public readonly BigInteger? Big;

    private static readonly PyInt[] s_cache = MakeCache();
    private static PyInt[] MakeCache()
    {
        var c = new PyInt[262];
        for (int i = 0; i < c.Length; i++) c[i] = new PyInt(Types.Int, i - 5);
        return c;
    }

    protected PyInt(PyType type, long v) : base(type) { Small = v; }
    protected PyInt(PyType type, BigInteger v) : base(type)
    {
        if (v >= long.MinValue && v <= long.MaxValue) Small = (long)v; else Big = v;
    }

    /// <summary>An instance of a subclass of int (class I(int)).</summary>
    public static PyInt OfType(PyType type, BigInteger v) => new PyInt(type, v);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyInt From(long v)
    {
        if ((ulong)(v + 5) < 262UL) return s_cache[v + 5];
        return new PyInt(Types.Int, v);
    }
    public static PyInt From(int v) => From((long)v);
    public static PyInt From(BigInteger v)
    {
        if (v >= long.MinValue && v <= long.MaxValue) return From((long)v);
        return new PyInt(Types.Int, v);
    }

    public bool IsSmall => Big == null;
    public BigInteger Value => Big ?? Small;
    public int Sign => Big is BigInteger b ? b.Sign : Math.Sign(Small);

    /// <summary>long_hash: value modulo 2**61-1 with the sign kept, -1 becomes -2 (Python/pyhash.c _PyHASH_MODULUS).</summary>
    public long Hash()
    {
        if (Big == null)
        {
            long v = Small;
            if (v == -1) return -2;
            if (v > long.MinValue && Math.Abs(v) < Hashing.Modulus) return v;
            return HashBig(v);
        }
        return HashBig(Big.Value);
    }

    private static long HashBig(BigInteger v)
    {
        var m = (BigInteger)Hashing.Modulus;
        var r = (long)(BigInteger.Abs(v) % m);
        if (v.Sign < 0) r = -r;
        if (r == -1) r = -2;
        return r;
    }

    /// <summary>The 4300-digit limit of 3.11 (sys.int_info.default_max_str_digits), Python/longobject.c.</summary>
    public const int MaxStrDigits = 4300;

    public string ToDecimalString()
    {
        if (Big == null) return Small.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var b = Big.Value;
        // Cheap bound before the expensive conversion, like long_to_decimal_string_internal.
        double digits = BigInteger.Abs(b).GetBitLength() * 0.30102999566398119521;
        if (digits > MaxStrDigits + 1)
            throw PyExc.ValueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        var s = b.ToString(System.Globalization.CultureInfo.InvariantCulture);
        int n = s.Length - (b.Sign < 0 ? 1 : 0);
        if (n > MaxStrDigits)
            throw PyExc.ValueError("Exceeds the limit (4300 digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit");
        return s;
    }
}

/// <summary>bool: a subclass of int with two instances.</summary>
public sealed class PyBool : PyInt
{
    public static readonly PyBool True = new(1);
    public static readonly PyBool False = new(0);
    private PyBool(long v) : base(Types.Bool, v) { }
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyBool From(bool b) => b ? True : False;
}
