using Pyref.VM.Modules.Hash;
using Pyref.VM.Objects;
using static Pyref.VM.Modules.ModuleSupport;

namespace Pyref.VM.Modules;

/// <summary>
/// _sha512 (Modules/sha512module.c of 3.11): sha512 and sha384 types. random.seed(str or bytes) hashes the seed
/// with it, and hashlib falls back to it.
/// </summary>
[BuiltinModule("_sha512")]
public static class Sha512Module
{
    public static readonly PyType Sha512Type = NewType("_sha512", "sha512"), Sha384Type = NewType("_sha512", "sha384");

    static Sha512Module()
    {
        HashObjects.AddMethods(Sha512Type);
        HashObjects.AddMethods(Sha384Type);
    }

    public static PyModule Create()
    {
        var m = new PyModule("_sha512");
        var d = m.Dict!;
        // sha512module.c's exec function adds only SHA384Type (SHA512Type is not exported in 3.11).
        d.Set("SHA384Type", Sha384Type);
        // _sha512_sha512_impl / _sha512_sha384_impl(module, string=b'', *, usedforsecurity=True)
        d.Set("sha512", HashObjects.Constructor("sha512", Sha512Type, () => HashEngine.Create("sha512")!));
        d.Set("sha384", HashObjects.Constructor("sha384", Sha384Type, () => HashEngine.Create("sha384")!));
        return m;
    }
}
