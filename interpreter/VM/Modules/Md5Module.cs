using Pyref.VM.Modules.Hash;
using Pyref.VM.Objects;
using static Pyref.VM.Modules.ModuleSupport;

namespace Pyref.VM.Modules;

/// <summary>_md5 (Modules/md5module.c of 3.11): the md5 type hashlib falls back to without OpenSSL.</summary>
[BuiltinModule("_md5")]
public static class Md5Module
{
    public static readonly PyType Md5Type = NewType("_md5", "md5");

    static Md5Module() => HashObjects.AddMethods(Md5Type);

    public static PyModule Create()
    {
        var m = new PyModule("_md5");
        m.Dict!.Set("MD5Type", Md5Type);
        // _md5_md5_impl(module, string=b'', *, usedforsecurity=True)
        m.Dict!.Set("md5", HashObjects.Constructor("md5", Md5Type, () => HashEngine.Create("md5")!));
        return m;
    }
}
