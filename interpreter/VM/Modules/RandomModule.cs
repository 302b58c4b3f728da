using System.Numerics;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _random (Modules/_randommodule.c): the Mersenne Twister MT19937 with CPython's seeding (init_by_array over
/// the 32-bit words of abs(seed)), random() from two draws (53 bits) and getrandbits, so Lib/random.py on top
/// of it draws CPython's numbers for a given seed.
/// </summary>
[BuiltinModule("_random")]
public static class RandomModule
{
    private const int N = 624, M = 397;
    private const uint MATRIX_A = 0x9908b0dfU, UPPER_MASK = 0x80000000U, LOWER_MASK = 0x7fffffffU;

    private static readonly Lazy<PyType> s_type = new(MakeType);
    private static PyType RandomType => s_type.Value;

    /// <summary>RandomObject: the state vector and the index of the next word.</summary>
    public sealed class PyRandom : PyObject
    {
        public readonly uint[] State = new uint[N];
        public int Index;
        public PyRandom(PyType t) : base(t) { }
    }

    // genrand_uint32
    public static uint GenRandUInt32(PyRandom self)
    {
        uint y;
        var mt = self.State;
        if (self.Index >= N)
        {
            int kk;
            for (kk = 0; kk < N - M; kk++)
            {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            for (; kk < N - 1; kk++)
            {
                y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + (M - N)] ^ (y >> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            }
            y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ ((y & 1) != 0 ? MATRIX_A : 0);
            self.Index = 0;
        }
        y = mt[self.Index++];
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c5680U;
        y ^= (y << 15) & 0xefc60000U;
        y ^= y >> 18;
        return y;
    }

    // init_genrand
    private static void InitGenRand(PyRandom self, uint s)
    {
        var mt = self.State;
        mt[0] = s;
        int mti;
        for (mti = 1; mti < N; mti++)
            mt[mti] = 1812433253U * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + (uint)mti;
        self.Index = mti;
    }

    // init_by_array
    private static void InitByArray(PyRandom self, uint[] initKey)
    {
        var mt = self.State;
        int keyLength = initKey.Length;
        InitGenRand(self, 19650218U);
        int i = 1, j = 0;
        int k = N > keyLength ? N : keyLength;
        for (; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525U)) + initKey[j] + (uint)j;
            i++; j++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
            if (j >= keyLength) j = 0;
        }
        for (k = N - 1; k > 0; k--)
        {
            mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941U)) - (uint)i;
            i++;
            if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
        }
        mt[0] = 0x80000000U;
    }

    /// <summary>random_seed: None seeds from the OS; an int by its absolute value; anything else by its hash.</summary>
    private static void Seed(PyRandom self, PyObject? arg)
    {
        if (arg == null || arg == Singletons.None)
        {
            // random_seed_urandom: N words from the OS.
            var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(N * 4);
            var key = new uint[N];
            for (int w = 0; w < N; w++) key[w] = BitConverter.ToUInt32(bytes, 4 * w);
            InitByArray(self, key);
            return;
        }
        BigInteger n;
        if (arg is PyInt i) n = BigInteger.Abs(i.Value);
        else n = new BigInteger((ulong)Ops.Hash(arg));
        // The 32-bit words of n, least significant first (at least one word).
        long bits = n.IsZero ? 0 : (long)n.GetBitLength();
        int keyUsed = bits == 0 ? 1 : (int)((bits - 1) / 32 + 1);
        var raw = n.ToByteArray(isUnsigned: true, isBigEndian: false);
        var words = new uint[keyUsed];
        for (int b = 0; b < raw.Length && b / 4 < keyUsed; b++) words[b / 4] |= (uint)raw[b] << (8 * (b % 4));
        InitByArray(self, words);
    }

    // _random_Random_random_impl: 53 random bits.
    public static double Random(PyRandom self)
    {
        uint a = GenRandUInt32(self) >> 5, b = GenRandUInt32(self) >> 6;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    // _random_Random_getrandbits_impl
    private static PyObject GetRandBits(PyRandom self, long k)
    {
        if (k < 0) throw PyExc.ValueError("number of bits must be non-negative");
        if (k == 0) return PyInt.From(0);
        if (k <= 32) return PyInt.From((long)(GenRandUInt32(self) >> (int)(32 - k)));
        long words = (k - 1) / 32 + 1;
        var bytes = new byte[words * 4];
        for (long w = 0; w < words; w++, k -= 32)
        {
            uint r = GenRandUInt32(self);
            if (k < 32) r >>= (int)(32 - k);
            BitConverter.TryWriteBytes(bytes.AsSpan((int)(w * 4)), r);
        }
        return PyInt.From(new BigInteger(bytes, isUnsigned: true, isBigEndian: false));
    }

    private static PyRandom Self(PyObject o) => o as PyRandom
        ?? throw PyExc.TypeError($"descriptor requires a '_random.Random' object but received '{o.Type.Name}'");

    private static PyType MakeType()
    {
        var t = NativeTypes.New("Random", Types.Object, "_random");
        // random_new: seeded at creation; keywords are refused only by the base type itself.
        DefStatic(t, "__new__", (a, kw) =>
        {
            var type = (PyType)a[0];
            var args = a[1..(a.Length - (kw?.Count ?? 0))];
            if (type == t && kw != null && kw.Count > 0) throw PyExc.TypeError("Random() takes no keyword arguments");
            var self = new PyRandom(type);
            if (type.HasInstanceDict) self.Dict = new PyDict();
            if (args.Length > 1) throw PyExc.TypeError("Random() requires 0 or 1 argument");
            Seed(self, args.Length == 1 ? args[0] : null);
            return self;
        });
        Def(t, "__init__", (a, kw) => None);
        Def0(t, "random", o => PyFloat.From(Random(Self(o))));
        DefN(t, "seed", 0, 1, (o, a) => { Seed(Self(o), a.Length > 0 ? a[0] : null); return None; });
        Def1(t, "getrandbits", (o, k) =>
        {
            if (k is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
            var ki = Ops.Index(k);
            if (!ki.IsSmall || ki.Small > int.MaxValue) throw PyExc.OverflowError("Python int too large to convert to C int");
            return GetRandBits(Self(o), ki.Small);
        });
        Def0(t, "getstate", o =>
        {
            var self = Self(o);
            var items = new PyObject[N + 1];
            for (int i = 0; i < N; i++) items[i] = PyInt.From((long)self.State[i]);
            items[N] = PyInt.From(self.Index);
            return PyTuple.From(items);
        });
        Def1(t, "setstate", (o, state) =>
        {
            var self = Self(o);
            if (state is not PyTuple tup) throw PyExc.TypeError("state vector must be a tuple");
            if (tup.Items.Length != N + 1) throw PyExc.ValueError("state vector is the wrong size");
            var words = new uint[N];
            for (int i = 0; i < N; i++)
            {
                if (tup.Items[i] is not PyInt w) throw PyExc.TypeError($"'{tup.Items[i].Type.Name}' object cannot be interpreted as an integer");
                if (w.Sign < 0) throw PyExc.OverflowError("can't convert negative int to unsigned");
                if (w.Value > ulong.MaxValue) throw PyExc.OverflowError("Python int too large to convert to C unsigned long");
                words[i] = (uint)(ulong)w.Value;
            }
            long index = ToLong(tup.Items[N]);
            if (index < 0 || index > N) throw PyExc.ValueError("invalid state");
            Array.Copy(words, self.State, N);
            self.Index = (int)index;
            return None;
        });
        return t;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_random");
        m.Dict!.Set("Random", RandomType);
        return m;
    }
}
