using System.Security.Cryptography;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _sha512 (Modules/sha512module.c of 3.11): sha512 and sha384 objects with update, digest, hexdigest, copy,
/// name, digest_size and block_size. random.seed(str or bytes) hashes the seed with it, and hashlib falls back to
/// it. The digest itself comes from .NET's SHA-512/SHA-384 (the same FIPS 180-4 functions).
/// </summary>
[BuiltinModule("_sha512")]
public static class Sha512Module
{
    public static readonly PyType Sha512Type = NewType("_sha512", "sha512"), Sha384Type = NewType("_sha512", "sha384");

    private sealed class ShaObject(PyType t, IncrementalHash h, string name, int digestSize) : PyObject(t)
    {
        public readonly IncrementalHash Hash = h;
        public readonly string Name = name;
        public readonly int DigestSize = digestSize;
    }

    static Sha512Module()
    {
        foreach (var t in new[] { Sha512Type, Sha384Type })
        {
            // SHA512Type_update_impl: str is refused, any other bytes-like object is hashed.
            Def1(t, "update", (a, data) => { ((ShaObject)a).Hash.AppendData(Data(data)); return Singletons.None; });
            Def0(t, "digest", a => PyBytes.From(((ShaObject)a).Hash.GetCurrentHash()));
            Def0(t, "hexdigest", a => PyStr.From(Convert.ToHexString(((ShaObject)a).Hash.GetCurrentHash()).ToLowerInvariant()));
            Def0(t, "copy", a => { var s = (ShaObject)a; return new ShaObject(s.Type, s.Hash.Clone(), s.Name, s.DigestSize); });
            GetSet(t, "name", a => PyStr.From(((ShaObject)a).Name));
            GetSet(t, "digest_size", a => PyInt.From(((ShaObject)a).DigestSize));
            GetSet(t, "block_size", a => PyInt.From(128));
        }
    }

    /// <summary>GET_BUFFER_VIEW_OR_ERROUT (Modules/hashlib.h): a str must be encoded first.</summary>
    private static byte[] Data(PyObject o)
    {
        if (o is PyStr) throw PyExc.TypeError("Strings must be encoded before hashing");
        return BytesMethods.AsBytes(o).ToArray();
    }

    public static PyModule Create()
    {
        var m = new PyModule("_sha512");
        var d = m.Dict!;
        d.Set("SHA512Type", Sha512Type);
        d.Set("SHA384Type", Sha384Type);
        // _sha512_sha512_impl(module, string=b'', *, usedforsecurity=True)
        PyObject New(string fname, PyType t, HashAlgorithmName alg, int size, ReadOnlySpan<PyObject> a, PyTuple? kw)
        {
            var p = Unpack(fname, a, kw, new[] { "string", "usedforsecurity" }, 0, 1);
            var o = new ShaObject(t, IncrementalHash.CreateHash(alg), fname, size);
            if (p[0] != null) o.Hash.AppendData(Data(p[0]!));
            return o;
        }
        d.Set("sha512", Fn("sha512", (a, kw) => New("sha512", Sha512Type, HashAlgorithmName.SHA512, 64, a, kw)));
        d.Set("sha384", Fn("sha384", (a, kw) => New("sha384", Sha384Type, HashAlgorithmName.SHA384, 48, a, kw)));
        return m;
    }
}
