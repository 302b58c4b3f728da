using Pyref.VM.Modules.Hash;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _sha3 (Modules/_sha3/sha3module.c of 3.11, tiny_sha3): the sha3_224/256/384/512 and shake_128/256 types, each
/// its own constructor. The Keccak sponge is <see cref="Keccak"/>.
/// </summary>
[BuiltinModule("_sha3")]
public static class Sha3Module
{
    private static readonly (string Name, int Security, bool Xof)[] s_kinds =
    [
        ("sha3_224", 28, false), ("sha3_256", 32, false), ("sha3_384", 48, false), ("sha3_512", 64, false),
        ("shake_128", 16, true), ("shake_256", 32, true),
    ];

    private static readonly Dictionary<string, PyType> s_types = s_kinds.ToDictionary(k => k.Name, k => MakeType(k.Name, k.Security, k.Xof));
    private static readonly string[] s_newArgs = { "data", "usedforsecurity" };

    private static PyType MakeType(string name, int security, bool xof)
    {
        var t = NewType("_sha3", name);
        HashObjects.AddMethods(t, fixedDigest: !xof, constructible: true);
        // py_sha3_new(type, data=b'', /, *, usedforsecurity=True)
        DefStatic(t, "__new__", (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw PyExc.TypeError($"{name}.__new__(X): X is not a type object");
            var p = Unpack(name, a[1..], kw, s_newArgs, 0, 1, posOnly: 1);
            return NativeTypes.WithDict(HashObjects.New(cls, new Keccak(security, xof ? (byte)0x1f : (byte)0x06, xof), name, p[0]));
        });
        GetSet(t, "_capacity_bits", a => PyInt.From(((Keccak)((PyHashObject)a).Engine).CapacityBits));
        GetSet(t, "_rate_bits", a => PyInt.From(((Keccak)((PyHashObject)a).Engine).RateBits));
        GetSet(t, "_suffix", a => PyBytes.From([((Keccak)((PyHashObject)a).Engine).Suffix]));
        if (xof)
        {
            // _sha3_shake_128_digest_impl / _hexdigest_impl(self, length: unsigned long) -> _SHAKE_digest
            Def(t, "digest", (a, kw) => PyBytes.From(Shake(name + ".digest", a, kw)));
            Def(t, "hexdigest", (a, kw) => PyStr.From(HashObjects.Hex(Shake(name + ".hexdigest", a, kw))));
        }
        t.Dict!.Set("__doc__", PyStr.From(xof
            ? $"{name}([data], *, usedforsecurity=True) -> SHAKE object\n\nReturn a new SHAKE hash object."
            : $"{name}([data], *, usedforsecurity=True) -> SHA3 object\n\nReturn a new SHA3 hash object with a hashbit length of {security} bytes."));
        return t;
    }

    // _SHAKE_digest: the unsigned long converter refuses negatives; 2**29 bytes and more are refused.
    private static byte[] Shake(string method, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        // METH_O, named by the type's short name as methoddescr_call words it.
        if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError($"{method}() takes no keyword arguments");
        if (a.Length != 2) throw PyExc.TypeError($"{method}() takes exactly one argument ({a.Length - 1} given)");
        PyObject self = a[0], n = a[1];
        if (n is not PyInt && n.Type.Lookup("__index__") == null) throw PyExc.TypeError("an integer is required");
        var v = Ops.Index(n);
        if (v.Sign < 0) throw PyExc.ValueError("value must be positive");
        if (!v.IsSmall || v.Small >= 1 << 29) throw PyExc.ValueError("length is too large");
        return ((Keccak)((PyHashObject)self).Engine).Squeeze((int)v.Small);
    }

    public static PyModule Create()
    {
        var m = new PyModule("_sha3");
        var d = m.Dict!;
        foreach (var (name, _, _) in s_kinds) d.Set(name, s_types[name]);
        d.Set("implementation", PyStr.From("tiny_sha3"));
        d.Set("keccakopt", PyInt.From(0));
        return m;
    }
}
