using System.Security.Cryptography;
using Pyref.VM.Modules.Hash;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _hashlib (Modules/_hashopenssl.c of 3.11): the OpenSSL-backed hash, HMAC and key-derivation functions. Every
/// CPython built against OpenSSL (the Debian/Ubuntu python3 this project is compared with) has it, and with it
/// hashlib's md5/sha*/sha3/shake objects are _hashlib.HASH/HASHXOF, hmac objects wrap _hashlib.HMAC and
/// hashlib.pbkdf2_hmac and hashlib.scrypt exist at all (they have no pure-Python fallback in 3.11). The digests are
/// computed by <see cref="HashEngine"/>, not by OpenSSL; openssl_md_meth_names lists what OpenSSL 3's default
/// provider offers on the Debian/Ubuntu python3 (so hashlib.algorithms_available prints the same).
/// </summary>
[BuiltinModule("_hashlib")]
public static class HashopensslModule
{
    public static readonly PyType HashType = NewType("_hashlib", "HASH");
    public static readonly PyType HashXofType = NewType("_hashlib", "HASHXOF", HashType);
    public static readonly PyType HmacType = NewType("_hashlib", "HMAC");
    private static readonly PyType s_unsupported = NativeTypes.New("UnsupportedDigestmodError", Types.ValueError, "_hashlib");

    // py_hashes: the names hashlib uses, in _hashopenssl.c's table order (openssl_md_meth_names lists these).
    private static readonly string[] s_names =
    {
        "md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha512_224", "sha512_256",
        "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256", "blake2s", "blake2b", "md5-sha1",
        "ripemd160", "sm3",
    };

    // The openssl_* constructors (EVP_new_impl wrappers), in the order _hashopenssl.c's EVP_FUNCTIONS lists them.
    private static readonly string[] s_constructorNames =
    {
        "md5", "sha1", "sha224", "sha256", "sha384", "sha512",
        "sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256",
    };

    private sealed class PyHmacObject(HashEngine inner, HashEngine outer, string name) : PyObject(HmacType)
    {
        public readonly HashEngine Inner = inner, Outer = outer;
        public readonly string Name = name;
        public byte[] Digest()
        {
            var o = Outer.Clone();
            o.Update(Inner.Digest());
            return o.Digest();
        }
    }

    static HashopensslModule()
    {
        // EVP_update, EVP_digest, EVP_hexdigest, EVP_copy, EVP_get_name ... (HASHXOF inherits them but digest).
        HashObjects.AddMethods(HashType, baseType: true);
        DefStatic(HashXofType, "__new__", (a, kw) => throw PyExc.TypeError("cannot create '_hashlib.HASHXOF' instances"));
        Def(HashType, "__repr__", (a, kw) => PyStr.From($"<{((PyHashObject)a[0]).Name} _hashlib.HASH object @ 0x{a[0].Id:x12}>"));
        // EVPXOF_digest_impl / EVPXOF_hexdigest_impl(self, length: Py_ssize_t)
        Def(HashXofType, "digest", (a, kw) => PyBytes.From(XofDigest("digest", a, kw)));
        Def(HashXofType, "hexdigest", (a, kw) => PyStr.From(HashObjects.Hex(XofDigest("hexdigest", a, kw))));

        HmacType.IsFinal = true;
        DefStatic(HmacType, "__new__", (a, kw) => throw PyExc.TypeError("cannot create '_hashlib.HMAC' instances"));
        // _hashlib_HMAC_update_impl(self, msg)
        Def(HmacType, "update", (a, kw) =>
        {
            var p = Unpack("update", a[1..], kw, s_msg, 1);
            ((PyHmacObject)a[0]).Inner.Update(HashObjects.Data(p[0]!));
            return None;
        });
        Def0(HmacType, "digest", a => PyBytes.From(((PyHmacObject)a).Digest()));
        Def0(HmacType, "hexdigest", a => PyStr.From(HashObjects.Hex(((PyHmacObject)a).Digest())));
        Def0(HmacType, "copy", a => { var h = (PyHmacObject)a; return new PyHmacObject(h.Inner.Clone(), h.Outer.Clone(), h.Name); });
        Def0(HmacType, "__repr__", a => PyStr.From($"<{((PyHmacObject)a).Name} HMAC object @ 0x{a.Id:x12}>"));
        GetSet(HmacType, "name", a => PyStr.From(((PyHmacObject)a).Name));
        GetSet(HmacType, "digest_size", a => PyInt.From(((PyHmacObject)a).Inner.DigestSize));
        GetSet(HmacType, "block_size", a => PyInt.From(((PyHmacObject)a).Inner.BlockSize));
    }

    private static readonly string[] s_msg = { "msg" }, s_length = { "length" }, s_newArgs = { "name", "string", "usedforsecurity" },
        s_ctorArgs = { "string", "usedforsecurity" }, s_hmacNew = { "key", "msg", "digestmod" }, s_hmacDigest = { "key", "msg", "digest" },
        s_pbkdf2 = { "hash_name", "password", "salt", "iterations", "dklen" },
        s_scrypt = { "password", "salt", "n", "r", "p", "maxmem", "dklen" };

    private static byte[] XofDigest(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Unpack(fname, a[1..], kw, s_length, 1);
        long n = AsSsize(p[0]!);
        // PyBytes_FromStringAndSize(NULL, length) with a negative length.
        if (n < 0) throw PyExc.Make(Types.SystemError, "Negative size passed to PyBytes_FromStringAndSize");
        return ((Keccak)((PyHashObject)a[0]).Engine).Squeeze((int)Math.Min(n, int.MaxValue));
    }

    private static PyException Unsupported() => PyExc.Make(s_unsupported, "[digital envelope routines] unsupported");

    /// <summary>
    /// py_digest_by_name: hashlib's names first, then the OpenSSL spellings EVP_get_digestbyname accepts (any case,
    /// "SHA3-256", "SHA512-256", "BLAKE2b512", "SHA-256"); the object reports hashlib's name (py_digest_name).
    /// </summary>
    private static string DigestName(string name)
    {
        if (Array.IndexOf(s_names, name) >= 0) return name;
        var n = name.ToLowerInvariant();
        n = n switch
        {
            "blake2b512" => "blake2b",
            "blake2s256" => "blake2s",
            "shake128" => "shake_128",
            "shake256" => "shake_256",
            "sha-1" => "sha1",
            _ when n.StartsWith("sha3-", StringComparison.Ordinal) => "sha3_" + n[5..],
            _ when n.StartsWith("sha512-", StringComparison.Ordinal) => "sha512_" + n[7..],
            _ when n.StartsWith("sha2-", StringComparison.Ordinal) => "sha" + n[5..],
            _ when n.StartsWith("sha-", StringComparison.Ordinal) => "sha" + n[4..],
            _ => n,
        };
        if (Array.IndexOf(s_names, n) >= 0) return n;
        throw Unsupported();
    }

    private static PyHashObject NewHash(string name, PyObject? data)
    {
        var engine = HashEngine.Create(name)!;
        return HashObjects.New(engine is Keccak { Xof: true } ? HashXofType : HashType, engine, name, data);
    }

    /// <summary>HMAC key schedule (RFC 2104, what HMAC_Init_ex does): inner and outer engines after the padded key.</summary>
    private static (HashEngine Inner, HashEngine Outer) HmacInit(string name, ReadOnlySpan<byte> key)
    {
        var inner = HashEngine.Create(name)!;
        if (inner is Keccak { Xof: true }) throw Unsupported();
        var outer = inner.Clone();
        var k = new byte[inner.BlockSize];
        if (key.Length > k.Length)
        {
            var kh = inner.Clone();
            kh.Update(key);
            kh.Digest().CopyTo(k, 0);
        }
        else key.CopyTo(k);
        var ipad = new byte[k.Length];
        var opad = new byte[k.Length];
        for (int i = 0; i < k.Length; i++) { ipad[i] = (byte)(k[i] ^ 0x36); opad[i] = (byte)(k[i] ^ 0x5c); }
        inner.Update(ipad);
        outer.Update(opad);
        return (inner, outer);
    }

    public static PyModule Create()
    {
        var m = new PyModule("_hashlib");
        var d = m.Dict!;
        d.Set("HASH", HashType);
        d.Set("HASHXOF", HashXofType);
        d.Set("HMAC", HmacType);
        d.Set("UnsupportedDigestmodError", s_unsupported);

        // EVP_new_impl(module, name, string=b'', *, usedforsecurity=True)
        d.Set("new", Fn("new", (a, kw) =>
        {
            var p = Unpack("new", a, kw, s_newArgs, 1, 2);
            if (p[0] is not PyStr s) throw PyExc.TypeError("name must be a string");
            return NewHash(DigestName(s.Value), p[1]);
        }));
        var constructors = new PyDict();
        foreach (var name in s_constructorNames)
        {
            string fname = "openssl_" + name;
            var f = Fn(fname, (a, kw) =>
            {
                var p = Unpack(fname, a, kw, s_ctorArgs, 0, 1);
                return NewHash(name, p[0]);
            });
            d.Set(fname, f);
            constructors.SetItem(f, PyStr.From(name));
        }
        // _hashlib._constructors: the constructor -> name table (hmac.new accepts the functions as digestmod).
        d.Set("_constructors", constructors);
        var names = PySet.NewFrozen();
        foreach (var n in s_names) names.Add(PyStr.From(n));
        d.Set("openssl_md_meth_names", names);

        // _hashlib_hmac_new_impl(module, key: Py_buffer, msg=b'', digestmod=None)
        d.Set("hmac_new", Fn("hmac_new", (a, kw) =>
        {
            var p = Unpack("hmac_new", a, kw, s_hmacNew, 1, 3);
            var key = BufferProtocol.GetBytes(p[0]!);
            if (p[2] == null || p[2] == None) throw PyExc.TypeError("Missing required parameter 'digestmod'.");
            var name = DigestByDigestmod(p[2]!, constructors);
            var (inner, outer) = HmacInit(name, key);
            var h = new PyHmacObject(inner, outer, "hmac-" + name);
            if (p[1] != null && p[1] != None) inner.Update(HashObjects.Data(p[1]!));
            return h;
        }));
        // _hashlib_hmac_singleshot_impl(module, key: Py_buffer, msg: Py_buffer, digest)
        d.Set("hmac_digest", Fn("hmac_digest", (a, kw) =>
        {
            var p = Unpack("hmac_digest", a, kw, s_hmacDigest, 3);
            var key = BufferProtocol.GetBytes(p[0]!);
            var msg = BufferProtocol.GetBytes(p[1]!);
            var name = DigestByDigestmod(p[2]!, constructors);
            var (inner, outer) = HmacInit(name, key);
            inner.Update(msg);
            return PyBytes.From(new PyHmacObject(inner, outer, name).Digest());
        }));
        // pbkdf2_hmac_impl(module, hash_name: str, password: Py_buffer, salt: Py_buffer, iterations: long, dklen=None)
        d.Set("pbkdf2_hmac", Fn("pbkdf2_hmac", (a, kw) =>
        {
            var p = Unpack("pbkdf2_hmac", a, kw, s_pbkdf2, 4);
            if (p[0] is not PyStr hn) throw PyExc.TypeError($"pbkdf2_hmac() argument 'hash_name' must be str, not {Ops.TypeName(p[0]!)}");
            var password = BufferProtocol.GetBytes(p[1]!);
            var salt = BufferProtocol.GetBytes(p[2]!);
            long iterations = AsLong(p[3]!);
            var name = DigestName(hn.Value);
            if (HashEngine.Create(name) is Keccak { Xof: true }) throw Unsupported();
            if (iterations < 1) throw PyExc.ValueError("iteration value must be greater than 0.");
            if (iterations > int.MaxValue) throw PyExc.OverflowError("iteration value is too great.");
            long dklen = p[4] == null || p[4] == None ? HashEngine.Create(name)!.DigestSize : AsLong(p[4]!);
            if (dklen < 1) throw PyExc.ValueError("key length must be greater than 0.");
            if (dklen > int.MaxValue) throw PyExc.OverflowError("key length is too great.");
            return PyBytes.From(Pbkdf2(name, password, salt, (int)iterations, (int)dklen));
        }));
        // _hashlib_scrypt_impl(module, password: Py_buffer, *, salt: Py_buffer, n: long, r: long, p: long, maxmem=0, dklen=64)
        d.Set("scrypt", Fn("scrypt", (a, kw) => Scrypt(a, kw)));
        d.Set("compare_digest", Fn("compare_digest", (a, kw) =>
        {
            NoKw("compare_digest", kw);
            CheckPositional("compare_digest", a.Length, 2, 2);
            return PyBool.From(OperatorModule.CompareDigest(a[0], a[1]));
        }));
        d.Set("get_fips_mode", Fn("get_fips_mode", (a, kw) => { CheckPositional("get_fips_mode", a.Length, 0, 0); return PyInt.From(0); }));
        return m;
    }

    // py_digest_by_digestmod: a name, or one of the openssl_* constructors.
    private static string DigestByDigestmod(PyObject digestmod, PyDict constructors)
    {
        if (digestmod is PyStr s) return DigestName(s.Value);
        var name = constructors.GetItemOrNull(digestmod);
        if (name == null) throw PyExc.Make(s_unsupported, $"Unsupported digestmod {Ops.ReprString(digestmod)}");
        return ((PyStr)name).Value;
    }

    // The "l" converter (PyLong_AsLong): __index__, OverflowError beyond a C long.
    private static long AsLong(PyObject o)
    {
        if (o is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
        var v = Ops.Index(o);
        if (!v.IsSmall) throw PyExc.OverflowError("Python int too large to convert to C long");
        return v.Small;
    }

    /// <summary>PKCS5_PBKDF2_HMAC (RFC 8018 5.2): .NET's own for the SHA-1/SHA-2 digests it knows, the definition otherwise.</summary>
    internal static byte[] Pbkdf2(string name, byte[] password, byte[] salt, int iterations, int dklen)
    {
        HashAlgorithmName? fast = name switch
        {
            "sha1" => HashAlgorithmName.SHA1,
            "sha256" => HashAlgorithmName.SHA256,
            "sha384" => HashAlgorithmName.SHA384,
            "sha512" => HashAlgorithmName.SHA512,
            _ => null,
        };
        if (fast is { } alg) return Rfc2898DeriveBytes.Pbkdf2(password, salt, iterations, alg, dklen);
        var (inner, outer) = HmacInit(name, password);
        byte[] Prf(byte[] msg)
        {
            var i = inner.Clone();
            i.Update(msg);
            var o = outer.Clone();
            o.Update(i.Digest());
            return o.Digest();
        }
        var result = new byte[dklen];
        int hlen = inner.DigestSize;
        for (int block = 1, pos = 0; pos < dklen; block++, pos += hlen)
        {
            var u = Prf([.. salt, (byte)(block >> 24), (byte)(block >> 16), (byte)(block >> 8), (byte)block]);
            var t = (byte[])u.Clone();
            for (int c = 1; c < iterations; c++)
            {
                u = Prf(u);
                for (int j = 0; j < t.Length; j++) t[j] ^= u[j];
            }
            Array.Copy(t, 0, result, pos, Math.Min(hlen, dklen - pos));
        }
        return result;
    }

    /// <summary>
    /// _hashlib_scrypt_impl: the argument checks in their order, then scrypt (RFC 7914: PBKDF2-HMAC-SHA256, ROMix
    /// over Salsa20/8 BlockMix, PBKDF2 again).
    /// </summary>
    private static PyObject Scrypt(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Unpack("scrypt", a, kw, s_scrypt, 1, 1);
        var password = BufferProtocol.GetBytes(p[0]!);
        if (p[1] == null) throw PyExc.TypeError("salt is required");
        var salt = BufferProtocol.GetBytes(p[1]!);
        if (p[2] == null || p[2] == None) throw PyExc.TypeError("n is required and must be an unsigned int");
        if (p[2] is not PyInt ni) throw PyExc.TypeError("n is required and must be an unsigned int");
        if (ni.Sign < 0 || ni.Value > ulong.MaxValue) throw PyExc.OverflowError("Python int too large to convert to C unsigned long");
        ulong n = (ulong)ni.Value;
        if (n < 2 || (n & (n - 1)) != 0) throw PyExc.ValueError("n must be a power of 2.");
        long r = p[3] == null || p[3] == None ? throw PyExc.TypeError("r is required and must be an unsigned int") : AsLong(p[3]!);
        long par = p[4] == null || p[4] == None ? throw PyExc.TypeError("p is required and must be an unsigned int") : AsLong(p[4]!);
        long maxmem = p[5] == null ? 0 : AsLong(p[5]!);
        if (maxmem < 0 || maxmem > int.MaxValue) throw PyExc.ValueError($"maxmem must be positive and smaller than {int.MaxValue}");
        long dklen = p[6] == null ? 64 : AsLong(p[6]!);
        if (dklen < 1 || dklen > int.MaxValue) throw PyExc.ValueError($"dklen must be greater than 0 and smaller than {int.MaxValue}");
        // EVP_PBE_scrypt's own limits (OpenSSL's default maxmem is 32 MiB): 128 * r * (n + p + 2) bytes.
        ulong limit = maxmem == 0 ? 32UL * 1024 * 1024 : (ulong)maxmem;
        if (r < 1 || par < 1 || n >= (1UL << (int)Math.Min(63, 16 * r)) || (ulong)par * (ulong)r > (1UL << 30) - 1
            || 128UL * (ulong)r * (n + (ulong)par + 2) > limit)
            throw PyExc.ValueError("Invalid parameter combination for n, r, p, maxmem.");
        int blockLen = 128 * (int)r;
        var b = Rfc2898DeriveBytes.Pbkdf2(password, salt, 1, HashAlgorithmName.SHA256, blockLen * (int)par);
        for (int i = 0; i < par; i++) RoMix(b.AsSpan(i * blockLen, blockLen), (int)r, (int)n);
        return PyBytes.From(Rfc2898DeriveBytes.Pbkdf2(password, b, 1, HashAlgorithmName.SHA256, (int)dklen));
    }

    // RFC 7914 5: scryptROMix.
    private static void RoMix(Span<byte> block, int r, int n)
    {
        int words = 32 * r;
        var x = new uint[words];
        for (int i = 0; i < words; i++) x[i] = System.Buffers.Binary.BinaryPrimitives.ReadUInt32LittleEndian(block[(4 * i)..]);
        var v = new uint[(long)words * n];
        var tmp = new uint[words];
        for (int i = 0; i < n; i++)
        {
            Array.Copy(x, 0, v, (long)i * words, words);
            BlockMix(x, tmp, r);
        }
        for (int i = 0; i < n; i++)
        {
            int j = (int)(x[words - 16] & (uint)(n - 1));
            for (int k = 0; k < words; k++) x[k] ^= v[(long)j * words + k];
            BlockMix(x, tmp, r);
        }
        for (int i = 0; i < words; i++) System.Buffers.Binary.BinaryPrimitives.WriteUInt32LittleEndian(block[(4 * i)..], x[i]);
    }

    // RFC 7914 4: scryptBlockMix with Salsa20/8; even blocks first, then odd.
    private static void BlockMix(uint[] b, uint[] y, int r)
    {
        Span<uint> x = stackalloc uint[16];
        b.AsSpan((2 * r - 1) * 16, 16).CopyTo(x);
        for (int i = 0; i < 2 * r; i++)
        {
            for (int k = 0; k < 16; k++) x[k] ^= b[i * 16 + k];
            Salsa8(x);
            int dst = (i % 2 == 0 ? i / 2 : r + i / 2) * 16;
            x.CopyTo(y.AsSpan(dst, 16));
        }
        y.AsSpan().CopyTo(b);
    }

    // RFC 7914 3: Salsa20/8 core.
    private static void Salsa8(Span<uint> b)
    {
        Span<uint> x = stackalloc uint[16];
        b.CopyTo(x);
        static uint R(uint a, int c) => System.Numerics.BitOperations.RotateLeft(a, c);
        for (int i = 0; i < 8; i += 2)
        {
            x[4] ^= R(x[0] + x[12], 7); x[8] ^= R(x[4] + x[0], 9); x[12] ^= R(x[8] + x[4], 13); x[0] ^= R(x[12] + x[8], 18);
            x[9] ^= R(x[5] + x[1], 7); x[13] ^= R(x[9] + x[5], 9); x[1] ^= R(x[13] + x[9], 13); x[5] ^= R(x[1] + x[13], 18);
            x[14] ^= R(x[10] + x[6], 7); x[2] ^= R(x[14] + x[10], 9); x[6] ^= R(x[2] + x[14], 13); x[10] ^= R(x[6] + x[2], 18);
            x[3] ^= R(x[15] + x[11], 7); x[7] ^= R(x[3] + x[15], 9); x[11] ^= R(x[7] + x[3], 13); x[15] ^= R(x[11] + x[7], 18);
            x[1] ^= R(x[0] + x[3], 7); x[2] ^= R(x[1] + x[0], 9); x[3] ^= R(x[2] + x[1], 13); x[0] ^= R(x[3] + x[2], 18);
            x[6] ^= R(x[5] + x[4], 7); x[7] ^= R(x[6] + x[5], 9); x[4] ^= R(x[7] + x[6], 13); x[5] ^= R(x[4] + x[7], 18);
            x[11] ^= R(x[10] + x[9], 7); x[8] ^= R(x[11] + x[10], 9); x[9] ^= R(x[8] + x[11], 13); x[10] ^= R(x[9] + x[8], 18);
            x[12] ^= R(x[15] + x[14], 7); x[13] ^= R(x[12] + x[15], 9); x[14] ^= R(x[13] + x[12], 13); x[15] ^= R(x[14] + x[13], 18);
        }
        for (int i = 0; i < 16; i++) b[i] += x[i];
    }
}
