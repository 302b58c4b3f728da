using Pyref.VM.Modules.Hash;
using Pyref.VM.Objects;
using static Pyref.VM.Modules.ModuleSupport;

namespace Pyref.VM.Modules;

/// <summary>_sha1 (Modules/sha1module.c of 3.11): the sha1 type hashlib falls back to without OpenSSL.</summary>
[BuiltinModule("_sha1")]
public static class Sha1Module
{
    public static readonly PyType Sha1Type = NewType("_sha1", "sha1");

    static Sha1Module() => HashObjects.AddMethods(Sha1Type);

    public static PyModule Create()
    {
        var m = new PyModule("_sha1");
        m.Dict!.Set("SHA1Type", Sha1Type);
        // _sha1_sha1_impl(module, string=b'', *, usedforsecurity=True)
        m.Dict!.Set("sha1", HashObjects.Constructor("sha1", Sha1Type, () => HashEngine.Create("sha1")!));
        return m;
    }
}
