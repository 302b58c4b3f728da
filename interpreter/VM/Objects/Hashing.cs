using System.Buffers.Binary;
using System.Numerics;

namespace Pyref.VM.Objects;

/// <summary>
/// CPython's hash functions (Python/pyhash.c, Objects/tupleobject.c, Objects/setobject.c), so that set
/// iteration order under PYTHONHASHSEED=0 is the same. With that seed the SipHash key is all zeros.
/// </summary>
public static class Hashing
{
    public const int Bits = 61;
    public const long Modulus = (1L << 61) - 1;   // _PyHASH_MODULUS
    public const long Inf = 314159;                // _PyHASH_INF
    public const long Imag = 1000003;              // _PyHASH_IMAG

    /// <summary>SipHash-1-3 with the zero key PYTHONHASHSEED=0 gives: the shared implementation in the bytecode leaf.</summary>
    public static ulong SipHash13(ReadOnlySpan<byte> src) => Pyref.Bytecode.PyHash.SipHash13(0, 0, src);

    /// <summary>_Py_HashBytes: 0 for empty input, -1 mapped to -2.</summary>
    public static long HashBytes(ReadOnlySpan<byte> data) => Pyref.Bytecode.PyHash.Bytes(data);

    /// <summary>Hash of a str over its PEP 393 representation (latin-1, UCS-2 or UCS-4, little-endian).</summary>
    public static long HashString(string s)
    {
        if (s.Length == 0) return 0;
        int max = 0;
        bool astral = false;
        foreach (char c in s)
        {
            if (c > max) max = c;
            if (char.IsHighSurrogate(c)) astral = true;
        }
        if (astral)
        {
            // Surrogate pairs are one code point; check whether any pair is present.
            var cps = PyStr.ToCodePoints(s);
            int m = 0;
            foreach (var cp in cps) if (cp > m) m = cp;
            if (m > 0xFFFF)
            {
                var buf = new byte[cps.Length * 4];
                for (int i = 0; i < cps.Length; i++) BinaryPrimitives.WriteInt32LittleEndian(buf.AsSpan(i * 4), cps[i]);
                return HashBytes(buf);
            }
        }
        if (max < 256)
        {
            Span<byte> buf = s.Length <= 256 ? stackalloc byte[s.Length] : new byte[s.Length];
            for (int i = 0; i < s.Length; i++) buf[i] = (byte)s[i];
            return HashBytes(buf);
        }
        else
        {
            var buf = new byte[s.Length * 2];
            for (int i = 0; i < s.Length; i++) BinaryPrimitives.WriteUInt16LittleEndian(buf.AsSpan(i * 2), s[i]);
            return HashBytes(buf);
        }
    }

    /// <summary>_Py_HashDouble (Python/pyhash.c): equal to the int hash for integral values.</summary>
    public static long HashDouble(double v, PyObject inst)
    {
        if (!double.IsFinite(v))
        {
            if (double.IsInfinity(v)) return v > 0 ? Inf : -Inf;
            return HashPointer(inst);
        }
        double m = Frexp(v, out int e);
        int sign = 1;
        if (m < 0) { sign = -1; m = -m; }
        ulong x = 0;
        const ulong mod = (ulong)Modulus;
        while (m != 0)
        {
            x = ((x << 28) & mod) | x >> (Bits - 28);
            m *= 268435456.0;
            e -= 28;
            ulong y = (ulong)m;
            m -= y;
            x += y;
            if (x >= mod) x -= mod;
        }
        e = e >= 0 ? e % Bits : Bits - 1 - ((-1 - e) % Bits);
        x = ((x << e) & mod) | x >> (Bits - e);
        x = (ulong)((long)x * sign);
        if (x == ulong.MaxValue) x = unchecked((ulong)-2L);
        return (long)x;
    }

    /// <summary>_Py_HashPointer: the id rotated by 4 bits.</summary>
    public static long HashPointer(PyObject o)
    {
        ulong y = (ulong)o.Id;
        y = (y >> 4) | (y << 60);
        long r = (long)y;
        return r == -1 ? -2 : r;
    }

    /// <summary>C's frexp: v = m * 2**e with 0.5 &lt;= |m| &lt; 1.</summary>
    public static double Frexp(double v, out int e)
    {
        if (v == 0 || !double.IsFinite(v)) { e = 0; return v; }
        long bits = BitConverter.DoubleToInt64Bits(v);
        int exp = (int)((bits >> 52) & 0x7FF);
        if (exp == 0)
        {
            // Subnormal: scale up first.
            v *= 18014398509481984.0; // 2**54
            bits = BitConverter.DoubleToInt64Bits(v);
            exp = (int)((bits >> 52) & 0x7FF) - 54;
        }
        e = exp - 1022;
        bits = (bits & unchecked((long)0x800FFFFFFFFFFFFFUL)) | (1022L << 52);
        return BitConverter.Int64BitsToDouble(bits);
    }

    // tuplehash (Objects/tupleobject.c, 3.8+): xxHash-based.
    public const ulong XXPrime1 = 11400714785074694791UL;
    public const ulong XXPrime2 = 14029467366897019727UL;
    public const ulong XXPrime5 = 2870177450012600261UL;

    public static long HashTuple(PyObject[] items)
    {
        ulong acc = XXPrime5;
        foreach (var item in items)
        {
            ulong lane = (ulong)Ops.Hash(item);
            acc += lane * XXPrime2;
            acc = BitOperations.RotateLeft(acc, 31);
            acc *= XXPrime1;
        }
        acc += (ulong)items.Length ^ (XXPrime5 ^ 3527539UL);
        if (acc == ulong.MaxValue) return 1546275796;
        return (long)acc;
    }

    /// <summary>_shuffle_bits of Objects/setobject.c (frozenset_hash).</summary>
    public static ulong ShuffleBits(ulong h) => ((h ^ 89869747UL) ^ (h << 16)) * 3644798167UL;
}
