using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.Posix;

public static unsafe partial class PosixModule
{
    /// <summary>getcwd(3) as bytes.</summary>
    internal static byte[] GetCwd()
    {
        for (int size = 1024; ; size *= 2)
        {
            var buf = new byte[size];
            fixed (byte* p = buf)
            {
                if (Libc.getcwd(p, size) != null) return Libc.FromCString(p);
                if (Libc.Errno != 34 /* ERANGE */) throw Error();
            }
        }
    }

    /// <summary>_posix_listdir: the names readdir gives, without "." and "..", in the directory's order.</summary>
    internal static List<byte[]> ReadDir(PathArg path)
    {
        nint dir = path.IsFd ? Libc.fdopendir(Libc.dup(path.Fd)) : Libc.opendir(path.C);
        if (dir == 0) throw Error(path);
        var names = new List<byte[]>();
        try
        {
            if (path.IsFd) Libc.rewinddir(dir);
            while (true)
            {
                Marshal0();
                byte* ent = Libc.readdir(dir);
                if (ent == null)
                {
                    if (Libc.Errno != 0) throw Error(path);
                    break;
                }
                var name = Libc.FromCString(ent + 19); // struct dirent64: d_ino, d_off, d_reclen, d_type, d_name
                if (name.Length == 1 && name[0] == '.' || name.Length == 2 && name[0] == '.' && name[1] == '.') continue;
                names.Add(name);
            }
        }
        finally { Libc.closedir(dir); }
        return names;
    }

    /// <summary>errno is only meaningful after a failing call: clear it before readdir (whose end is NULL with errno 0).</summary>
    private static void Marshal0() => System.Runtime.InteropServices.Marshal.SetLastPInvokeError(0);

    private static void InitFiles(PyDict d)
    {
        Def(d, "getcwd", (a, kw) => { CheckCount("getcwd", a.Length, 0, 0); return PyStr.From(Fs.Decode(GetCwd())); });
        Def(d, "getcwdb", (a, kw) => { CheckCount("getcwdb", a.Length, 0, 0); return PyBytes.From(GetCwd()); });
        Def(d, "listdir", (a, kw) =>
        {
            var p = Parse("listdir", a, kw, ["path"], 0);
            var path = Fs.Path("listdir", "path", p[0] ?? None, allowFd: true, nullable: true);
            var names = ReadDir(path);
            return new PyList(names.Select(n => Fs.DecodeAs(n, path.IsBytes)).ToArray());
        });
    }
}
