using System.Numerics;

namespace Pyref.Bytecode;

/// <summary>
/// CPython 3.11's hash() for the hashable constant types, with PYTHONHASHSEED=0 (the harness runs CPython so):
/// then str/bytes hashes are SipHash-1-3 with a zero key (Python/pyhash.c siphash13, _Py_HashBytes) over the
/// PEP 393 representation (1, 2 or 4 bytes per code point). Numbers: Python/pyhash.c _Py_HashDouble and
/// Objects/longobject.c long_hash (modulus 2**61-1); tuples: Objects/tupleobject.c tuplehash (xxHash-based).
/// Returns null for values whose hash depends on an address (None, Ellipsis, code objects, NaN).
/// </summary>
public static class PyHash
{
    private const ulong Modulus = (1UL << 61) - 1; // _PyHASH_MODULUS
    private const int ModulusBits = 61;
    private const long Inf = 314159;               // _PyHASH_INF

    public static long? Hash(object value) => value switch
    {
        bool b => b ? 1 : 0,
        BigInteger i => Int(i),
        int i => Int(i),
        long i => Int(i),
        double d => Float(d),
        Complex c => ComplexHash(c),
        string s => Str(s),
        PyBytes b => Bytes(b.Span),
        PyTuple t => Tuple(t),
        _ => null,
    };

    public static long Int(BigInteger value)
    {
        var h = (long)(ulong)(BigInteger.Abs(value) % Modulus);
        if (value.Sign < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long? Float(double v)
    {
        if (double.IsNaN(v)) return null; // 3.10+: hash of the object's address
        if (double.IsInfinity(v)) return v > 0 ? Inf : -Inf;
        if (v == 0) return 0;
        // v = mantissa * 2**exponent exactly, mantissa an integer of 53 bits at most.
        long bits = BitConverter.DoubleToInt64Bits(Math.Abs(v));
        int rawExp = (int)((bits >> 52) & 0x7FF);
        ulong mantissa = (ulong)bits & 0xFFFFFFFFFFFFFUL;
        int exponent;
        if (rawExp == 0) exponent = -1074;
        else { mantissa |= 1UL << 52; exponent = rawExp - 1075; }
        ulong x = mantissa % Modulus;
        // multiply by 2**exponent modulo 2**61-1: a rotation of 61-bit values by exponent mod 61.
        int e = exponent >= 0 ? exponent % ModulusBits : ModulusBits - 1 - ((-1 - exponent) % ModulusBits);
        x = ((x << e) & Modulus) | (x >> (ModulusBits - e));
        long h = (long)x;
        if (v < 0) h = -h;
        return h == -1 ? -2 : h;
    }

    public static long? ComplexHash(Complex c)
    {
        var re = Float(c.Real);
        var im = Float(c.Imaginary);
        if (re is null || im is null) return null;
        ulong combined = unchecked((ulong)re.Value + 1000003UL * (ulong)im.Value); // _PyHASH_IMAG
        long h = (long)combined;
        return h == -1 ? -2 : h;
    }

    public static long Str(string s)
    {
        // PEP 393: the narrowest of latin-1 / UCS-2 / UCS-4 that holds every code point.
        var codePoints = new List<int>(s.Length);
        int max = 0;
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            codePoints.Add(cp);
            if (cp > max) max = cp;
        }
        int kind = max < 256 ? 1 : max < 65536 ? 2 : 4;
        var data = new byte[codePoints.Count * kind];
        for (int i = 0; i < codePoints.Count; i++)
            for (int k = 0; k < kind; k++)
                data[i * kind + k] = (byte)(codePoints[i] >> (8 * k));
        return Bytes(data);
    }

    /// <summary>_Py_HashBytes with a zero SipHash-1-3 key (Py_HASH_CUTOFF is 0).</summary>
    public static long Bytes(ReadOnlySpan<byte> data)
    {
        if (data.Length == 0) return 0;
        long h = (long)SipHash13(0, 0, data);
        return h == -1 ? -2 : h;
    }

    public static long? Tuple(PyTuple t)
    {
        const ulong Prime1 = 11400714785074694791UL, Prime2 = 14029467366897019727UL, Prime5 = 2870177450012600261UL;
        ulong acc = Prime5;
        foreach (var item in t.Items)
        {
            var lane = Hash(item);
            if (lane is null) return null;
            acc = unchecked(acc + (ulong)lane.Value * Prime2);
            acc = (acc << 31) | (acc >> 33);
            acc = unchecked(acc * Prime1);
        }
        acc = unchecked(acc + ((ulong)t.Items.Length ^ (Prime5 ^ 3527539UL)));
        return acc == ulong.MaxValue ? 1546275796 : (long)acc;
    }

    /// <summary>Python/pyhash.c siphash13.</summary>
    public static ulong SipHash13(ulong k0, ulong k1, ReadOnlySpan<byte> src)
    {
        ulong b = (ulong)src.Length << 56;
        ulong v0 = k0 ^ 0x736f6d6570736575UL, v1 = k1 ^ 0x646f72616e646f6dUL;
        ulong v2 = k0 ^ 0x6c7967656e657261UL, v3 = k1 ^ 0x7465646279746573UL;
        int pos = 0;
        while (src.Length - pos >= 8)
        {
            ulong mi = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(src[pos..]);
            pos += 8;
            v3 ^= mi;
            Round(ref v0, ref v1, ref v2, ref v3);
            v0 ^= mi;
        }
        ulong t = 0;
        for (int i = src.Length - pos - 1; i >= 0; i--) t = (t << 8) | src[pos + i];
        b |= t;
        v3 ^= b;
        Round(ref v0, ref v1, ref v2, ref v3);
        v0 ^= b;
        v2 ^= 0xff;
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        Round(ref v0, ref v1, ref v2, ref v3);
        return (v0 ^ v1) ^ (v2 ^ v3);
    }

    private static void Round(ref ulong v0, ref ulong v1, ref ulong v2, ref ulong v3)
    {
        HalfRound(ref v0, ref v1, ref v2, ref v3, 13, 16);
        HalfRound(ref v2, ref v1, ref v0, ref v3, 17, 21);
    }

    private static void HalfRound(ref ulong a, ref ulong b, ref ulong c, ref ulong d, int s, int t)
    {
        a = unchecked(a + b); c = unchecked(c + d);
        b = BitOperations.RotateLeft(b, s) ^ a;
        d = BitOperations.RotateLeft(d, t) ^ c;
        a = BitOperations.RotateLeft(a, 32);
    }

    /// <summary>Python's == for hashable constants: numbers compare by value across bool/int/float/complex.</summary>
    public static bool PythonEquals(object a, object b)
    {
        static Complex? AsNumber(object o) => o switch
        {
            bool x => x ? 1 : 0,
            BigInteger i when BigInteger.Abs(i) < BigInteger.Pow(2, 53) => (double)i,
            double d => d,
            Complex c => c,
            _ => null,
        };
        if (a is BigInteger x && b is BigInteger y) return x == y;
        if (a is BigInteger || b is BigInteger)
        {
            // A big int equals a float only when the float is integral and equal.
            var (big, other) = a is BigInteger ba ? (ba, b) : ((BigInteger)b, a);
            return other switch
            {
                bool t => big == (t ? 1 : 0),
                double d => !double.IsNaN(d) && !double.IsInfinity(d) && Math.Floor(d) == d && new BigInteger(d) == big,
                Complex c => c.Imaginary == 0 && Math.Floor(c.Real) == c.Real && !double.IsInfinity(c.Real) && new BigInteger(c.Real) == big,
                _ => false,
            };
        }
        var na = AsNumber(a);
        var nb = AsNumber(b);
        if (na is not null && nb is not null) return na.Value == nb.Value;
        return ConstantKey.ConstEquals(a, b);
    }

    /// <summary>
    /// The iteration order of a set built by adding <paramref name="items"/> in order (Objects/setobject.c of 3.11:
    /// set_add_entry with LINEAR_PROBES 9 and PERTURB_SHIFT 5, set_table_resize, set_insert_clean). Null when an
    /// item's hash is unknown.
    /// </summary>
    public static object[]? SetIterationOrder(IReadOnlyList<object> items)
    {
        const int LinearProbes = 9, PerturbShift = 5;
        var hashes = new long[items.Count];
        for (int n = 0; n < items.Count; n++)
        {
            var h = Hash(items[n]);
            if (h is null) return null;
            hashes[n] = h.Value;
        }
        int mask = 7, fill = 0, used = 0;
        var table = new int[8];
        Array.Fill(table, -1);

        for (int n = 0; n < items.Count; n++)
        {
            ulong hash = (ulong)hashes[n];
            ulong perturb = hash;
            ulong i = hash & (ulong)mask;
            bool done = false;
            while (!done)
            {
                int probes = i + LinearProbes <= (ulong)mask ? LinearProbes : 0;
                ulong j = i;
                for (int p = 0; p <= probes; p++, j++)
                {
                    int slot = table[j];
                    if (slot < 0)
                    {
                        table[j] = n;
                        fill++;
                        used++;
                        if (fill * 5 >= mask * 3)
                            (table, mask) = Resize(table, hashes, used > 50000 ? used * 2 : used * 4);
                        done = true;
                        break;
                    }
                    if (hashes[slot] == hashes[n] && PythonEquals(items[slot], items[n])) { done = true; break; }
                }
                if (done) break;
                perturb >>= PerturbShift;
                i = (i * 5 + 1 + perturb) & (ulong)mask;
            }
        }
        return table.Where(s => s >= 0).Select(s => items[s]).ToArray();

        static (int[] Table, int Mask) Resize(int[] old, long[] hashes, int minUsed)
        {
            int size = 8;
            while (size <= minUsed) size <<= 1;
            var table = new int[size];
            Array.Fill(table, -1);
            ulong mask = (ulong)size - 1;
            foreach (int slot in old)
            {
                if (slot < 0) continue;
                ulong hash = (ulong)hashes[slot];
                ulong perturb = hash;
                ulong i = hash & mask;
                while (true)
                {
                    if (table[i] < 0) { table[i] = slot; break; }
                    bool placed = false;
                    if (i + LinearProbes <= mask)
                    {
                        for (ulong j = i + 1; j <= i + LinearProbes; j++)
                            if (table[j] < 0) { table[j] = slot; placed = true; break; }
                    }
                    if (placed) break;
                    perturb >>= PerturbShift;
                    i = (i * 5 + 1 + perturb) & mask;
                }
            }
            return (table, size - 1);
        }
    }
}
