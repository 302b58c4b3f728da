using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.Hash;

/// <summary>
/// A hash object of any of the hash modules (_md5, _sha1, _sha256, _sha512, _sha3, _blake2, _hashlib): the engine
/// and the name it reports. The modules differ only in their types' names and in a few messages.
/// </summary>
public sealed class PyHashObject(PyType t, HashEngine engine, string name) : PyObject(t)
{
    public readonly HashEngine Engine = engine;
    public readonly string Name = name;
}

/// <summary>What Modules/hashlib.h gives every hash module: the buffer check and the common methods.</summary>
public static class HashObjects
{
    /// <summary>GET_BUFFER_VIEW_OR_ERROUT (Modules/hashlib.h): str must be encoded first; anything else must export a buffer.</summary>
    public static byte[] Data(PyObject o)
    {
        if (o is PyStr) throw PyExc.TypeError("Strings must be encoded before hashing");
        return BufferProtocol.TryGetBytes(o) ?? throw PyExc.TypeError("object supporting the buffer API required");
    }

    /// <summary>The constructor's optional initial data (the modules' `string`/`data` argument).</summary>
    public static PyHashObject New(PyType t, HashEngine e, string name, PyObject? data)
    {
        var o = new PyHashObject(t, e, name);
        if (data != null) e.Update(Data(data));
        return o;
    }

    /// <summary>
    /// update/digest/hexdigest/copy and the name/digest_size/block_size getters of the fixed-size hash types
    /// (md5module.c MD5Type_update, MD5Type_digest_impl, MD5Type_hexdigest_impl, MD5Type_copy_impl, MD5_get_name ...;
    /// every fixed-size type of every module has the same five).
    /// </summary>
    public static void AddMethods(PyType t, bool fixedDigest = true, bool constructible = false, bool baseType = false)
    {
        // Only _hashlib.HASH/HASHXOF have Py_TPFLAGS_BASETYPE.
        t.IsFinal = !baseType;
        // Types without tp_new (type_call: "cannot create 'X' instances").
        if (!constructible) DefStatic(t, "__new__", (a, kw) => throw PyExc.TypeError($"cannot create '{t.Name}' instances"));
        Def1(t, "update", (a, data) => { ((PyHashObject)a).Engine.Update(Data(data)); return None; });
        if (fixedDigest)
        {
            Def0(t, "digest", a => PyBytes.From(((PyHashObject)a).Engine.Digest()));
            Def0(t, "hexdigest", a => PyStr.From(Hex(((PyHashObject)a).Engine.Digest())));
        }
        Def0(t, "copy", a => { var s = (PyHashObject)a; return new PyHashObject(s.Type, s.Engine.Clone(), s.Name); });
        GetSet(t, "name", a => PyStr.From(((PyHashObject)a).Name));
        GetSet(t, "digest_size", a => PyInt.From(((PyHashObject)a).Engine.DigestSize));
        GetSet(t, "block_size", a => PyInt.From(((PyHashObject)a).Engine.BlockSize));
    }

    public static string Hex(byte[] b) => Convert.ToHexString(b).ToLowerInvariant();

    /// <summary>
    /// A module-level constructor `name(string=b'', *, usedforsecurity=True)` (md5module.c _md5_md5_impl and its
    /// siblings in sha1module.c, sha256module.c, sha512module.c).
    /// </summary>
    public static PyBuiltinFunction Constructor(string fname, PyType t, Func<HashEngine> engine, string? hashName = null) =>
        Fn(fname, (a, kw) =>
        {
            var p = Unpack(fname, a, kw, s_stringArgs, 0, 1);
            return New(t, engine(), hashName ?? fname, p[0]);
        });

    private static readonly string[] s_stringArgs = { "string", "usedforsecurity" };
}
