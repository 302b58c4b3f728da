using Pyref.VM.Modules.Hash;
using Pyref.VM.Objects;
using static Pyref.VM.Modules.ModuleSupport;

namespace Pyref.VM.Modules;

/// <summary>_sha256 (Modules/sha256module.c of 3.11): sha224 and sha256 types.</summary>
[BuiltinModule("_sha256")]
public static class Sha256Module
{
    public static readonly PyType Sha224Type = NewType("_sha256", "sha224"), Sha256Type = NewType("_sha256", "sha256");

    static Sha256Module()
    {
        HashObjects.AddMethods(Sha224Type);
        HashObjects.AddMethods(Sha256Type);
    }

    public static PyModule Create()
    {
        var m = new PyModule("_sha256");
        var d = m.Dict!;
        d.Set("SHA224Type", Sha224Type);
        d.Set("SHA256Type", Sha256Type);
        // _sha256_sha256_impl / _sha256_sha224_impl(module, string=b'', *, usedforsecurity=True)
        d.Set("sha256", HashObjects.Constructor("sha256", Sha256Type, () => HashEngine.Create("sha256")!));
        d.Set("sha224", HashObjects.Constructor("sha224", Sha224Type, () => HashEngine.Create("sha224")!));
        return m;
    }
}
