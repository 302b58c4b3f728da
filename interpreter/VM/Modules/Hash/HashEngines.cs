using System.Buffers.Binary;
using System.Numerics;
using System.Security.Cryptography;

namespace Pyref.VM.Modules.Hash;

/// <summary>
/// One running message digest: what the HACL*/tiny_sha3/OpenSSL state structs behind CPython's hash objects hold.
/// Digest never disturbs the running state (CPython copies the state before finalising), so update can go on.
/// </summary>
public abstract class HashEngine
{
    public abstract int DigestSize { get; }
    public abstract int BlockSize { get; }
    public abstract void Update(ReadOnlySpan<byte> data);
    public abstract byte[] Digest();
    public abstract HashEngine Clone();

    /// <summary>The engines by OpenSSL/hashlib name (lower case, as _hashopenssl.c py_digest_by_name maps them).</summary>
    public static HashEngine? Create(string name) => name switch
    {
        "md5" => new DotNetHash(HashAlgorithmName.MD5, 16, 64),
        "sha1" => new DotNetHash(HashAlgorithmName.SHA1, 20, 64),
        "sha224" => Sha256Family.Sha224(),
        "sha256" => new DotNetHash(HashAlgorithmName.SHA256, 32, 64),
        "sha384" => new DotNetHash(HashAlgorithmName.SHA384, 48, 128),
        "sha512" => new DotNetHash(HashAlgorithmName.SHA512, 64, 128),
        "sha512_224" => Sha512Family.Sha512T(224),
        "sha512_256" => Sha512Family.Sha512T(256),
        "sha3_224" => new Keccak(28, 0x06),
        "sha3_256" => new Keccak(32, 0x06),
        "sha3_384" => new Keccak(48, 0x06),
        "sha3_512" => new Keccak(64, 0x06),
        "shake_128" => new Keccak(16, 0x1f, xof: true),
        "shake_256" => new Keccak(32, 0x1f, xof: true),
        "blake2b" => new Blake2(wide: true, 64, default, default, default),
        "blake2s" => new Blake2(wide: false, 32, default, default, default),
        "md5-sha1" => new Concat(Create("md5")!, Create("sha1")!),
        "ripemd160" => new Ripemd160(),
        "sm3" => new Sm3(),
        _ => null,
    };
}

/// <summary>The digests .NET computes itself (the same FIPS 180-4 / RFC 1321 functions).</summary>
internal sealed class DotNetHash : HashEngine
{
    private readonly IncrementalHash _h;
    private readonly int _digest, _block;
    private readonly HashAlgorithmName _alg;
    public DotNetHash(HashAlgorithmName alg, int digest, int block) : this(IncrementalHash.CreateHash(alg), alg, digest, block) { }
    private DotNetHash(IncrementalHash h, HashAlgorithmName alg, int digest, int block) { _h = h; _alg = alg; _digest = digest; _block = block; }
    public override int DigestSize => _digest;
    public override int BlockSize => _block;
    public override void Update(ReadOnlySpan<byte> data) => _h.AppendData(data);
    public override byte[] Digest() => _h.GetCurrentHash();
    public override HashEngine Clone() => new DotNetHash(_h.Clone(), _alg, _digest, _block);
}

/// <summary>OpenSSL's "md5-sha1" (the TLS 1.0 PRF digest): both digests concatenated.</summary>
internal sealed class Concat(HashEngine a, HashEngine b) : HashEngine
{
    public override int DigestSize => a.DigestSize + b.DigestSize;
    public override int BlockSize => a.BlockSize;
    public override void Update(ReadOnlySpan<byte> data) { a.Update(data); b.Update(data); }
    public override byte[] Digest() => [.. a.Digest(), .. b.Digest()];
    public override HashEngine Clone() => new Concat(a.Clone(), b.Clone());
}

/// <summary>The FIPS 180-4 constants, derived from the primes (fractional bits of their square and cube roots).</summary>
internal static class Sha2Constants
{
    public static readonly int[] Primes = FirstPrimes(80);
    /// <summary>First 64 fractional bits of the cube roots of the first 80 primes (SHA-512 K; SHA-256 K is the top half).</summary>
    public static readonly ulong[] K64 = Primes.Select(p => FracBits(p, 3)).ToArray();
    /// <summary>First 64 fractional bits of the square roots of the first 16 primes (SHA-512 IV = 0..7, SHA-384 IV = 8..15).</summary>
    public static readonly ulong[] Sqrt64 = Primes.Take(16).Select(p => FracBits(p, 2)).ToArray();

    private static int[] FirstPrimes(int n)
    {
        var r = new List<int>();
        for (int c = 2; r.Count < n; c++)
            if (r.TrueForAll(p => c % p != 0)) r.Add(c);
        return r.ToArray();
    }

    // floor(p^(1/k) * 2^64) mod 2^64, exactly: the integer k-th root of p * 2^(64k).
    private static ulong FracBits(int p, int k)
    {
        var n = new BigInteger(p) << (64 * k);
        BigInteger x = BigInteger.One << (int)((n.GetBitLength() + k - 1) / k);
        while (true)
        {
            var y = ((k - 1) * x + n / BigInteger.Pow(x, k - 1)) / k;
            if (y >= x) break;
            x = y;
        }
        return (ulong)(x & ulong.MaxValue);
    }
}

/// <summary>A Merkle-Damgard block buffer shared by the SHA-2 engines.</summary>
internal abstract class BlockHash : HashEngine
{
    protected byte[] Buf;
    protected int Fill;
    protected ulong Length;   // bytes hashed so far
    protected BlockHash(int block) { Buf = new byte[block]; }
    protected abstract void Compress(ReadOnlySpan<byte> block);
    /// <summary>The chaining value as the digest's bytes, after padding.</summary>
    protected abstract byte[] Output();
    /// <summary>Gives a memberwise copy its own chaining value array.</summary>
    protected abstract void OwnState();

    public override byte[] Digest()
    {
        var c = (BlockHash)Clone();
        c.Pad();
        return c.Output();
    }

    public override HashEngine Clone()
    {
        var c = (BlockHash)MemberwiseClone();
        c.Buf = (byte[])Buf.Clone();
        c.OwnState();
        return c;
    }
    /// <summary>RIPEMD-160 appends the bit length little-endian; the SHA-2 family and SM3 big-endian.</summary>
    protected virtual bool LittleEndianLength => false;

    public override void Update(ReadOnlySpan<byte> data)
    {
        Length += (ulong)data.Length;
        while (data.Length > 0)
        {
            int n = Math.Min(Buf.Length - Fill, data.Length);
            data[..n].CopyTo(Buf.AsSpan(Fill));
            Fill += n;
            data = data[n..];
            if (Fill == Buf.Length) { Compress(Buf); Fill = 0; }
        }
    }

    /// <summary>FIPS 180-4 5.1 padding: 0x80, zeros, then the bit length big-endian in the last 8 or 16 bytes.</summary>
    protected void Pad()
    {
        int lenBytes = Buf.Length == 64 ? 8 : 16;
        ulong bits = Length * 8;
        var pad = new byte[Buf.Length * 2];
        int padLen = Buf.Length - Fill;
        if (padLen < lenBytes + 1) padLen += Buf.Length;
        pad[0] = 0x80;
        if (LittleEndianLength) BinaryPrimitives.WriteUInt64LittleEndian(pad.AsSpan(padLen - 8), bits);
        else BinaryPrimitives.WriteUInt64BigEndian(pad.AsSpan(padLen - 8), bits);
        ulong saved = Length;
        Update(pad.AsSpan(0, padLen));
        Length = saved;
    }
}

/// <summary>SHA-224 (FIPS 180-4 6.3, SHA-256 with its own IV, truncated): .NET has no SHA-224.</summary>
internal sealed class Sha256Family : BlockHash
{
    private uint[] _h = new uint[8];
    private readonly int _digest;
    private Sha256Family(int digest) : base(64) { _digest = digest; }

    public static Sha256Family Sha224()
    {
        var s = new Sha256Family(28);
        // FIPS 180-4 5.3.2: the second 32 bits of the fractional parts of the square roots of the 9th-16th primes.
        for (int i = 0; i < 8; i++) s._h[i] = (uint)Sha2Constants.Sqrt64[8 + i];
        return s;
    }

    public override int DigestSize => _digest;
    public override int BlockSize => 64;

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[64];
        for (int i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt32BigEndian(block[(4 * i)..]);
        for (int i = 16; i < 64; i++)
        {
            uint s0 = BitOperations.RotateRight(w[i - 15], 7) ^ BitOperations.RotateRight(w[i - 15], 18) ^ (w[i - 15] >> 3);
            uint s1 = BitOperations.RotateRight(w[i - 2], 17) ^ BitOperations.RotateRight(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4], f = _h[5], g = _h[6], h = _h[7];
        for (int i = 0; i < 64; i++)
        {
            uint t1 = h + (BitOperations.RotateRight(e, 6) ^ BitOperations.RotateRight(e, 11) ^ BitOperations.RotateRight(e, 25))
                + ((e & f) ^ (~e & g)) + (uint)(Sha2Constants.K64[i] >> 32) + w[i];
            uint t2 = (BitOperations.RotateRight(a, 2) ^ BitOperations.RotateRight(a, 13) ^ BitOperations.RotateRight(a, 22))
                + ((a & b) ^ (a & c) ^ (b & c));
            h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e; _h[5] += f; _h[6] += g; _h[7] += h;
    }

    protected override void OwnState() => _h = (uint[])_h.Clone();

    protected override byte[] Output()
    {
        var out32 = new byte[32];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32BigEndian(out32.AsSpan(4 * i), _h[i]);
        return out32[.._digest];
    }
}

/// <summary>SHA-512 with any IV: SHA-512/224 and SHA-512/256 (FIPS 180-4 5.3.6), which .NET lacks.</summary>
internal sealed class Sha512Family : BlockHash
{
    private ulong[] _h = new ulong[8];
    private readonly int _digest;
    private Sha512Family(int digest) : base(128) { _digest = digest; }

    /// <summary>FIPS 180-4 5.3.6 SHA-512/t IV generation: SHA-512 with the IV xored with a5.., over "SHA-512/t".</summary>
    public static Sha512Family Sha512T(int t)
    {
        var gen = new Sha512Family(64);
        for (int i = 0; i < 8; i++) gen._h[i] = Sha2Constants.Sqrt64[i] ^ 0xa5a5a5a5a5a5a5a5UL;
        gen.Update(System.Text.Encoding.ASCII.GetBytes($"SHA-512/{t}"));
        var iv = gen.Digest();
        var s = new Sha512Family(t / 8);
        for (int i = 0; i < 8; i++) s._h[i] = BinaryPrimitives.ReadUInt64BigEndian(iv.AsSpan(8 * i));
        return s;
    }

    public override int DigestSize => _digest;
    public override int BlockSize => 128;

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<ulong> w = stackalloc ulong[80];
        for (int i = 0; i < 16; i++) w[i] = BinaryPrimitives.ReadUInt64BigEndian(block[(8 * i)..]);
        for (int i = 16; i < 80; i++)
        {
            ulong s0 = BitOperations.RotateRight(w[i - 15], 1) ^ BitOperations.RotateRight(w[i - 15], 8) ^ (w[i - 15] >> 7);
            ulong s1 = BitOperations.RotateRight(w[i - 2], 19) ^ BitOperations.RotateRight(w[i - 2], 61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        ulong a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4], f = _h[5], g = _h[6], h = _h[7];
        for (int i = 0; i < 80; i++)
        {
            ulong t1 = h + (BitOperations.RotateRight(e, 14) ^ BitOperations.RotateRight(e, 18) ^ BitOperations.RotateRight(e, 41))
                + ((e & f) ^ (~e & g)) + Sha2Constants.K64[i] + w[i];
            ulong t2 = (BitOperations.RotateRight(a, 28) ^ BitOperations.RotateRight(a, 34) ^ BitOperations.RotateRight(a, 39))
                + ((a & b) ^ (a & c) ^ (b & c));
            h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        _h[0] += a; _h[1] += b; _h[2] += c; _h[3] += d; _h[4] += e; _h[5] += f; _h[6] += g; _h[7] += h;
    }

    protected override void OwnState() => _h = (ulong[])_h.Clone();

    protected override byte[] Output()
    {
        var out64 = new byte[64];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt64BigEndian(out64.AsSpan(8 * i), _h[i]);
        return out64[.._digest];
    }
}

/// <summary>
/// Keccak-f[1600] sponge (FIPS 202): SHA3-224/256/384/512 (domain suffix 0x06) and SHAKE128/256 (0x1f), what
/// CPython 3.11's Modules/_sha3 (tiny_sha3) computes. The rate is 200 - 2 * security bytes.
/// </summary>
internal sealed class Keccak : HashEngine
{
    private static readonly ulong[] s_rc = RoundConstants();
    private static readonly int[] s_rot = Rotations();
    private readonly ulong[] _a = new ulong[25];
    private readonly byte _suffix;
    private readonly int _rate, _digest;
    private int _pos;
    public readonly bool Xof;

    public Keccak(int security, byte suffix, bool xof = false)
    {
        _rate = 200 - 2 * security;
        _digest = xof ? 0 : security;
        _suffix = suffix;
        Xof = xof;
    }

    public override int DigestSize => _digest;
    public override int BlockSize => _rate;
    public int RateBits => _rate * 8;
    public int CapacityBits => 1600 - _rate * 8;
    public byte Suffix => _suffix;

    // FIPS 202 3.2.5 rc(t): the 8-bit LFSR x^8 + x^6 + x^5 + x^4 + 1.
    private static ulong[] RoundConstants()
    {
        bool Rc(int t)
        {
            if (t % 255 == 0) return true;
            int r = 0x80;   // bit 0 of the spec is the MSB here: R = 10000000
            for (int i = 1; i <= t % 255; i++)
            {
                int r8 = r & 1;          // R[8] after prepending a 0 is the old R[7]
                r >>= 1;
                if (r8 != 0) r ^= 0x80 | 0x08 | 0x04 | 0x02;   // R[0], R[4], R[5], R[6]
            }
            return (r & 0x80) != 0;
        }
        var rc = new ulong[24];
        for (int ir = 0; ir < 24; ir++)
            for (int j = 0; j <= 6; j++)
                if (Rc(j + 7 * ir)) rc[ir] |= 1UL << ((1 << j) - 1);
        return rc;
    }

    // FIPS 202 3.2.2 rho offsets, indexed x + 5y.
    private static int[] Rotations()
    {
        var r = new int[25];
        int x = 1, y = 0;
        for (int t = 0; t < 24; t++)
        {
            r[x + 5 * y] = (t + 1) * (t + 2) / 2 % 64;
            (x, y) = (y, (2 * x + 3 * y) % 5);
        }
        return r;
    }

    private static void Permute(ulong[] a)
    {
        Span<ulong> c = stackalloc ulong[5];
        Span<ulong> b = stackalloc ulong[25];
        for (int round = 0; round < 24; round++)
        {
            for (int x = 0; x < 5; x++) c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            for (int x = 0; x < 5; x++)
            {
                ulong d = c[(x + 4) % 5] ^ BitOperations.RotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) a[x + y] ^= d;
            }
            for (int x = 0; x < 5; x++)
                for (int y = 0; y < 5; y++)
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = BitOperations.RotateLeft(a[x + 5 * y], s_rot[x + 5 * y]);
            for (int y = 0; y < 25; y += 5)
                for (int x = 0; x < 5; x++)
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
            a[0] ^= s_rc[round];
        }
    }

    private void XorByte(int i, byte v) => _a[i >> 3] ^= (ulong)v << (8 * (i & 7));
    private byte GetByte(int i) => (byte)(_a[i >> 3] >> (8 * (i & 7)));

    public override void Update(ReadOnlySpan<byte> data)
    {
        foreach (var v in data)
        {
            XorByte(_pos++, v);
            if (_pos == _rate) { Permute(_a); _pos = 0; }
        }
    }

    public override byte[] Digest() => Squeeze(_digest);

    /// <summary>Pads a copy of the state and squeezes <paramref name="n"/> bytes (sha3_final / shake_out).</summary>
    public byte[] Squeeze(int n)
    {
        var c = (Keccak)Clone();
        c.XorByte(c._pos, _suffix);
        c.XorByte(_rate - 1, 0x80);
        Permute(c._a);
        var r = new byte[n];
        for (int i = 0, j = 0; i < n; i++, j++)
        {
            if (j == _rate) { Permute(c._a); j = 0; }
            r[i] = c.GetByte(j);
        }
        return r;
    }

    public override HashEngine Clone()
    {
        var c = new Keccak((200 - _rate) / 2, _suffix, Xof) { _pos = _pos };
        _a.CopyTo(c._a, 0);
        return c;
    }
}

/// <summary>
/// BLAKE2b and BLAKE2s (RFC 7693) with the whole parameter block (key, salt, personalization, tree fields), as
/// Modules/_blake2 computes them. The last block is held back until the digest, since it is compressed with the
/// final flag.
/// </summary>
internal sealed class Blake2 : HashEngine
{
    private static readonly byte[][] s_sigma =
    [
        [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15],
        [14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3],
        [11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4],
        [7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8],
        [9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13],
        [2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9],
        [12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11],
        [13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10],
        [6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5],
        [10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0],
    ];

    /// <summary>The tree-hashing fields of the parameter block (RFC 7693 2.5, BLAKE2 paper 2.8).</summary>
    public readonly record struct Tree(int Fanout, int Depth, uint LeafSize, ulong NodeOffset, int NodeDepth, int InnerSize, bool LastNode)
    {
        public static readonly Tree Sequential = new(1, 1, 0, 0, 0, 0, false);
    }

    private readonly bool _wide;
    private readonly int _digest;
    private readonly ulong[] _h = new ulong[8];   // BLAKE2s keeps its 32-bit words in the low halves
    private readonly byte[] _buf;
    private int _fill;
    private ulong _t0, _t1;
    private bool _lastNode;

    public Blake2(bool wide, int digest, ReadOnlySpan<byte> key, ReadOnlySpan<byte> salt, ReadOnlySpan<byte> person, Tree? tree = null)
    {
        _wide = wide;
        _digest = digest;
        _buf = new byte[wide ? 128 : 64];
        var t = tree ?? Tree.Sequential;
        _lastNode = t.LastNode;
        // The parameter block (blake2b_param / blake2s_param), little-endian words xored into the IV.
        var p = new byte[wide ? 64 : 32];
        p[0] = (byte)digest; p[1] = (byte)key.Length; p[2] = (byte)t.Fanout; p[3] = (byte)t.Depth;
        BinaryPrimitives.WriteUInt32LittleEndian(p.AsSpan(4), t.LeafSize);
        if (wide)
        {
            BinaryPrimitives.WriteUInt64LittleEndian(p.AsSpan(8), t.NodeOffset);
            p[16] = (byte)t.NodeDepth; p[17] = (byte)t.InnerSize;
            salt.CopyTo(p.AsSpan(32)); person.CopyTo(p.AsSpan(48));
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(p.AsSpan(8), (uint)t.NodeOffset);
            BinaryPrimitives.WriteUInt16LittleEndian(p.AsSpan(12), (ushort)(t.NodeOffset >> 32));
            p[14] = (byte)t.NodeDepth; p[15] = (byte)t.InnerSize;
            salt.CopyTo(p.AsSpan(16)); person.CopyTo(p.AsSpan(24));
        }
        for (int i = 0; i < 8; i++)
            _h[i] = wide ? Sha2Constants.Sqrt64[i] ^ BinaryPrimitives.ReadUInt64LittleEndian(p.AsSpan(8 * i))
                         : (Sha2Constants.Sqrt64[i] >> 32) ^ BinaryPrimitives.ReadUInt32LittleEndian(p.AsSpan(4 * i));
        if (key.Length > 0)
        {
            var block = new byte[_buf.Length];
            key.CopyTo(block);
            Update(block);
        }
    }

    private Blake2(Blake2 o)
    {
        _wide = o._wide; _digest = o._digest; _buf = (byte[])o._buf.Clone(); _fill = o._fill;
        _t0 = o._t0; _t1 = o._t1; _lastNode = o._lastNode;
        o._h.CopyTo(_h, 0);
    }

    public override int DigestSize => _digest;
    public override int BlockSize => _buf.Length;
    public override HashEngine Clone() => new Blake2(this);

    public override void Update(ReadOnlySpan<byte> data)
    {
        while (data.Length > 0)
        {
            if (_fill == _buf.Length)
            {
                AddCounter(_buf.Length);
                Compress(_buf, last: false);
                _fill = 0;
            }
            int n = Math.Min(_buf.Length - _fill, data.Length);
            data[..n].CopyTo(_buf.AsSpan(_fill));
            _fill += n;
            data = data[n..];
        }
    }

    private void AddCounter(int n)
    {
        if (_wide) { _t0 += (ulong)n; if (_t0 < (ulong)n) _t1++; }
        else { ulong t = (_t1 << 32 | _t0) + (ulong)n; _t0 = (uint)t; _t1 = t >> 32; }
    }

    public override byte[] Digest()
    {
        var c = new Blake2(this);
        c.AddCounter(c._fill);
        Array.Clear(c._buf, c._fill, c._buf.Length - c._fill);
        c.Compress(c._buf, last: true);
        var r = new byte[_wide ? 64 : 32];
        for (int i = 0; i < 8; i++)
            if (_wide) BinaryPrimitives.WriteUInt64LittleEndian(r.AsSpan(8 * i), c._h[i]);
            else BinaryPrimitives.WriteUInt32LittleEndian(r.AsSpan(4 * i), (uint)c._h[i]);
        return r[.._digest];
    }

    private void Compress(byte[] block, bool last)
    {
        if (_wide) CompressB(block, last);
        else CompressS(block, last);
    }

    // RFC 7693 3.2 F with G rotations (32, 24, 16, 63) and 12 rounds.
    private void CompressB(byte[] block, bool last)
    {
        Span<ulong> v = stackalloc ulong[16];
        Span<ulong> m = stackalloc ulong[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt64LittleEndian(block.AsSpan(8 * i));
        for (int i = 0; i < 8; i++) { v[i] = _h[i]; v[i + 8] = Sha2Constants.Sqrt64[i]; }
        v[12] ^= _t0; v[13] ^= _t1;
        if (last) { v[14] = ~v[14]; if (_lastNode) v[15] = ~v[15]; }
        for (int r = 0; r < 12; r++)
        {
            var s = s_sigma[r % 10];
            void G(Span<ulong> v, int a, int b, int c, int d, ulong x, ulong y)
            {
                v[a] = v[a] + v[b] + x; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 32);
                v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 24);
                v[a] = v[a] + v[b] + y; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
                v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 63);
            }
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) _h[i] ^= v[i] ^ v[i + 8];
    }

    // RFC 7693 3.2 F for BLAKE2s: 32-bit words, rotations (16, 12, 8, 7), 10 rounds.
    private void CompressS(byte[] block, bool last)
    {
        Span<uint> v = stackalloc uint[16];
        Span<uint> m = stackalloc uint[16];
        for (int i = 0; i < 16; i++) m[i] = BinaryPrimitives.ReadUInt32LittleEndian(block.AsSpan(4 * i));
        for (int i = 0; i < 8; i++) { v[i] = (uint)_h[i]; v[i + 8] = (uint)(Sha2Constants.Sqrt64[i] >> 32); }
        v[12] ^= (uint)_t0; v[13] ^= (uint)_t1;
        if (last) { v[14] = ~v[14]; if (_lastNode) v[15] = ~v[15]; }
        for (int r = 0; r < 10; r++)
        {
            var s = s_sigma[r];
            void G(Span<uint> v, int a, int b, int c, int d, uint x, uint y)
            {
                v[a] = v[a] + v[b] + x; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 16);
                v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 12);
                v[a] = v[a] + v[b] + y; v[d] = BitOperations.RotateRight(v[d] ^ v[a], 8);
                v[c] = v[c] + v[d]; v[b] = BitOperations.RotateRight(v[b] ^ v[c], 7);
            }
            G(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            G(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            G(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            G(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            G(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            G(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            G(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            G(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) _h[i] = (uint)_h[i] ^ v[i] ^ v[i + 8];
    }
}

/// <summary>RIPEMD-160 (Dobbertin, Bosselaers, Preneel 1996), which OpenSSL's default provider offers as "ripemd160".</summary>
internal sealed class Ripemd160 : BlockHash
{
    private static readonly byte[] s_r =
    [
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 7, 4, 13, 1, 10, 6, 15, 3, 12, 0, 9, 5, 2, 14, 11, 8,
        3, 10, 14, 4, 9, 15, 8, 1, 2, 7, 0, 6, 13, 11, 5, 12, 1, 9, 11, 10, 0, 8, 12, 4, 13, 3, 7, 15, 14, 5, 6, 2,
        4, 0, 5, 9, 7, 12, 2, 10, 14, 1, 3, 8, 11, 6, 15, 13,
    ];
    private static readonly byte[] s_rp =
    [
        5, 14, 7, 0, 9, 2, 11, 4, 13, 6, 15, 8, 1, 10, 3, 12, 6, 11, 3, 7, 0, 13, 5, 10, 14, 15, 8, 12, 4, 9, 1, 2,
        15, 5, 1, 3, 7, 14, 6, 9, 11, 8, 12, 2, 10, 0, 4, 13, 8, 6, 4, 1, 3, 11, 15, 0, 5, 12, 2, 13, 9, 7, 10, 14,
        12, 15, 10, 4, 1, 5, 8, 7, 6, 2, 13, 14, 0, 3, 9, 11,
    ];
    private static readonly byte[] s_s =
    [
        11, 14, 15, 12, 5, 8, 7, 9, 11, 13, 14, 15, 6, 7, 9, 8, 7, 6, 8, 13, 11, 9, 7, 15, 7, 12, 15, 9, 11, 7, 13, 12,
        11, 13, 6, 7, 14, 9, 13, 15, 14, 8, 13, 6, 5, 12, 7, 5, 11, 12, 14, 15, 14, 15, 9, 8, 9, 14, 5, 6, 8, 6, 5, 12,
        9, 15, 5, 11, 6, 8, 13, 12, 5, 12, 13, 14, 11, 8, 5, 6,
    ];
    private static readonly byte[] s_sp =
    [
        8, 9, 9, 11, 13, 15, 15, 5, 7, 7, 8, 11, 14, 14, 12, 6, 9, 13, 15, 7, 12, 8, 9, 11, 7, 7, 12, 7, 6, 15, 13, 11,
        9, 7, 15, 11, 8, 6, 6, 14, 12, 13, 5, 14, 13, 13, 7, 5, 15, 5, 8, 11, 14, 14, 6, 14, 6, 9, 12, 9, 12, 5, 15, 8,
        8, 5, 12, 9, 12, 5, 14, 6, 8, 13, 6, 5, 15, 13, 11, 11,
    ];
    private static readonly uint[] s_k = [0, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E];
    private static readonly uint[] s_kp = [0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0];
    private uint[] _h = [0x67452301, 0xEFCDAB89, 0x98BADCFE, 0x10325476, 0xC3D2E1F0];

    public Ripemd160() : base(64) { }
    public override int DigestSize => 20;
    public override int BlockSize => 64;
    protected override bool LittleEndianLength => true;

    private static uint F(int j, uint x, uint y, uint z) => (j / 16) switch
    {
        0 => x ^ y ^ z,
        1 => (x & y) | (~x & z),
        2 => (x | ~y) ^ z,
        3 => (x & z) | (y & ~z),
        _ => x ^ (y | ~z),
    };

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> x = stackalloc uint[16];
        for (int i = 0; i < 16; i++) x[i] = BinaryPrimitives.ReadUInt32LittleEndian(block[(4 * i)..]);
        uint a = _h[0], b = _h[1], c = _h[2], d = _h[3], e = _h[4];
        uint ap = a, bp = b, cp = c, dp = d, ep = e;
        for (int j = 0; j < 80; j++)
        {
            uint t = BitOperations.RotateLeft(a + F(j, b, c, d) + x[s_r[j]] + s_k[j / 16], s_s[j]) + e;
            a = e; e = d; d = BitOperations.RotateLeft(c, 10); c = b; b = t;
            t = BitOperations.RotateLeft(ap + F(79 - j, bp, cp, dp) + x[s_rp[j]] + s_kp[j / 16], s_sp[j]) + ep;
            ap = ep; ep = dp; dp = BitOperations.RotateLeft(cp, 10); cp = bp; bp = t;
        }
        uint tt = _h[1] + c + dp;
        _h[1] = _h[2] + d + ep; _h[2] = _h[3] + e + ap; _h[3] = _h[4] + a + bp; _h[4] = _h[0] + b + cp; _h[0] = tt;
    }

    protected override void OwnState() => _h = (uint[])_h.Clone();

    protected override byte[] Output()
    {
        var r = new byte[20];
        for (int i = 0; i < 5; i++) BinaryPrimitives.WriteUInt32LittleEndian(r.AsSpan(4 * i), _h[i]);
        return r;
    }
}

/// <summary>SM3 (GB/T 32905-2016), which OpenSSL's default provider offers as "sm3".</summary>
internal sealed class Sm3 : BlockHash
{
    private uint[] _v = [0x7380166f, 0x4914b2b9, 0x172442d7, 0xda8a0600, 0xa96f30bc, 0x163138aa, 0xe38dee4d, 0xb0fb0e4e];

    public Sm3() : base(64) { }
    public override int DigestSize => 32;
    public override int BlockSize => 64;

    private static uint P0(uint x) => x ^ BitOperations.RotateLeft(x, 9) ^ BitOperations.RotateLeft(x, 17);
    private static uint P1(uint x) => x ^ BitOperations.RotateLeft(x, 15) ^ BitOperations.RotateLeft(x, 23);

    protected override void Compress(ReadOnlySpan<byte> block)
    {
        Span<uint> w = stackalloc uint[68];
        for (int j = 0; j < 16; j++) w[j] = BinaryPrimitives.ReadUInt32BigEndian(block[(4 * j)..]);
        for (int j = 16; j < 68; j++)
            w[j] = P1(w[j - 16] ^ w[j - 9] ^ BitOperations.RotateLeft(w[j - 3], 15)) ^ BitOperations.RotateLeft(w[j - 13], 7) ^ w[j - 6];
        uint a = _v[0], b = _v[1], c = _v[2], d = _v[3], e = _v[4], f = _v[5], g = _v[6], h = _v[7];
        for (int j = 0; j < 64; j++)
        {
            uint t = j < 16 ? 0x79cc4519u : 0x7a879d8au;
            uint a12 = BitOperations.RotateLeft(a, 12);
            uint ss1 = BitOperations.RotateLeft(a12 + e + BitOperations.RotateLeft(t, j % 32), 7);
            uint ss2 = ss1 ^ a12;
            uint ff = j < 16 ? a ^ b ^ c : (a & b) | (a & c) | (b & c);
            uint gg = j < 16 ? e ^ f ^ g : (e & f) | (~e & g);
            uint tt1 = ff + d + ss2 + (w[j] ^ w[j + 4]);
            uint tt2 = gg + h + ss1 + w[j];
            d = c; c = BitOperations.RotateLeft(b, 9); b = a; a = tt1;
            h = g; g = BitOperations.RotateLeft(f, 19); f = e; e = P0(tt2);
        }
        _v[0] ^= a; _v[1] ^= b; _v[2] ^= c; _v[3] ^= d; _v[4] ^= e; _v[5] ^= f; _v[6] ^= g; _v[7] ^= h;
    }

    protected override void OwnState() => _v = (uint[])_v.Clone();

    protected override byte[] Output()
    {
        var r = new byte[32];
        for (int i = 0; i < 8; i++) BinaryPrimitives.WriteUInt32BigEndian(r.AsSpan(4 * i), _v[i]);
        return r;
    }
}
