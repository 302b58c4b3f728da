using Pyref.VM.Modules.Hash;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _blake2 (Modules/_blake2/blake2module.c, blake2b_impl.c and blake2s_impl.c of 3.11): the blake2b and blake2s
/// types with the whole parameter block. hashlib always takes blake2 from here, even with OpenSSL.
/// </summary>
[BuiltinModule("_blake2")]
public static class Blake2Module
{
    public static readonly PyType Blake2bType = MakeType("blake2b", wide: true), Blake2sType = MakeType("blake2s", wide: false);

    private static readonly string[] s_names =
    {
        "data", "digest_size", "key", "salt", "person", "fanout", "depth", "leaf_size", "node_offset",
        "node_depth", "inner_size", "last_node", "usedforsecurity",
    };

    private static PyType MakeType(string name, bool wide)
    {
        var t = NewType("_blake2", name);
        HashObjects.AddMethods(t, constructible: true);
        int outBytes = wide ? 64 : 32, saltBytes = wide ? 16 : 8;
        var d = t.Dict!;
        d.Set("SALT_SIZE", PyInt.From(saltBytes));
        d.Set("PERSON_SIZE", PyInt.From(saltBytes));
        d.Set("MAX_KEY_SIZE", PyInt.From(outBytes));
        d.Set("MAX_DIGEST_SIZE", PyInt.From(outBytes));
        DefStatic(t, "__new__", (a, kw) =>
        {
            if (a.Length == 0 || a[0] is not PyType cls) throw PyExc.TypeError($"{name}.__new__(X): X is not a type object");
            return New(cls, name, wide, a[1..], kw);
        });
        return t;
    }

    /// <summary>py_blake2b_new_impl / py_blake2s_new_impl: the argument checks in their order, then the parameter block.</summary>
    private static PyObject New(PyType cls, string name, bool wide, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Unpack(name, args, kw, s_names, 0, 1, posOnly: 1);
        int outBytes = wide ? 64 : 32, saltBytes = wide ? 16 : 8;
        // Clinic converters first (int, Py_buffer, unsigned long, unsigned long long, bool), in parameter order.
        int digestSize = p[1] == null ? outBytes : AsCInt(p[1]!);
        byte[] key = p[2] == null ? [] : BufferProtocol.GetBytes(p[2]!);
        byte[] salt = p[3] == null ? [] : BufferProtocol.GetBytes(p[3]!);
        byte[] person = p[4] == null ? [] : BufferProtocol.GetBytes(p[4]!);
        int fanout = p[5] == null ? 1 : AsCInt(p[5]!);
        int depth = p[6] == null ? 1 : AsCInt(p[6]!);
        ulong leafSize = p[7] == null ? 0 : UnsignedArg(p[7]!, "unsigned long");
        ulong nodeOffset = p[8] == null ? 0 : UnsignedArg(p[8]!, "unsigned long long");
        int nodeDepth = p[9] == null ? 0 : AsCInt(p[9]!);
        int innerSize = p[10] == null ? 0 : AsCInt(p[10]!);
        bool lastNode = p[11] != null && Ops.IsTrue(p[11]!);
        if (p[12] != null) Ops.IsTrue(p[12]!);

        if (digestSize <= 0 || digestSize > outBytes) throw PyExc.ValueError($"digest_size must be between 1 and {outBytes} bytes");
        if (salt.Length > saltBytes) throw PyExc.ValueError($"maximum salt length is {saltBytes} bytes");
        if (person.Length > saltBytes) throw PyExc.ValueError($"maximum person length is {saltBytes} bytes");
        if (fanout < 0 || fanout > 255) throw PyExc.ValueError("fanout must be between 0 and 255");
        if (depth <= 0 || depth > 255) throw PyExc.ValueError("depth must be between 1 and 255");
        if (leafSize > 0xFFFFFFFFUL) throw PyExc.OverflowError("leaf_size is too large");
        if (!wide && nodeOffset > 0xFFFFFFFFFFFFUL) throw PyExc.OverflowError("node_offset is too large");
        if (nodeDepth < 0 || nodeDepth > 255) throw PyExc.ValueError("node_depth must be between 0 and 255");
        if (innerSize < 0 || innerSize > outBytes) throw PyExc.ValueError($"inner_size must be between 0 and is {outBytes}");
        if (key.Length > outBytes) throw PyExc.ValueError($"maximum key length is {outBytes} bytes");

        var tree = new Blake2.Tree(fanout, depth, (uint)leafSize, nodeOffset, nodeDepth, innerSize, lastNode);
        var engine = new Blake2(wide, digestSize, key, salt, person, tree);
        return NativeTypes.WithDict(HashObjects.New(cls, engine, name, p[0]));
    }

    // _PyLong_UnsignedLong_Converter / _PyLong_UnsignedLongLong_Converter.
    private static ulong UnsignedArg(PyObject o, string ctype)
    {
        if (o is PyInt i && i.Sign < 0) throw PyExc.ValueError("value must be positive");
        var v = Ops.Index(o);
        if (v.Sign < 0) throw PyExc.ValueError("value must be positive");
        if (v.Value > ulong.MaxValue) throw PyExc.OverflowError($"Python int too large to convert to C {ctype}");
        return (ulong)v.Value;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_blake2");
        var d = m.Dict!;
        d.Set("blake2b", Blake2bType);
        d.Set("blake2s", Blake2sType);
        d.Set("BLAKE2B_SALT_SIZE", PyInt.From(16));
        d.Set("BLAKE2B_PERSON_SIZE", PyInt.From(16));
        d.Set("BLAKE2B_MAX_KEY_SIZE", PyInt.From(64));
        d.Set("BLAKE2B_MAX_DIGEST_SIZE", PyInt.From(64));
        d.Set("BLAKE2S_SALT_SIZE", PyInt.From(8));
        d.Set("BLAKE2S_PERSON_SIZE", PyInt.From(8));
        d.Set("BLAKE2S_MAX_KEY_SIZE", PyInt.From(32));
        d.Set("BLAKE2S_MAX_DIGEST_SIZE", PyInt.From(32));
        return m;
    }
}
