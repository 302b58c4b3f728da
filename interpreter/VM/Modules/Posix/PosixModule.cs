using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.Posix;

/// <summary>
/// posix (Modules/posixmodule.c): the operating system calls Lib/os.py builds on, made through the C library
/// (<see cref="Libc"/>) so descriptors, errno and stat fields are the system's. Split by area in partial files.
/// </summary>
[BuiltinModule("posix")]
public static unsafe partial class PosixModule
{
    private static PyDict s_dict = null!;

    public static PyModule Create()
    {
        var m = new PyModule("posix");
        var d = m.Dict!;
        s_dict = d;
        InitStat(d);
        InitFiles(d);
        InitProcess(d);
        d.Set("environ", Environ());
        d.Set("error", Types.OSError);
        d.Set("fspath", Fn("fspath", (a, kw) =>
        {
            var p = Parse("fspath", a, kw, ["path"], 1);
            return Fs.FsPath(p[0]!);
        }));
        // What os.py turns into supports_dir_fd / supports_fd / supports_follow_symlinks: only what is implemented.
        d.Set("_have_functions", new PyList(HaveFunctions.Select(s => (PyObject)PyStr.From(s)).ToArray()));
        return m;
    }

    private static readonly string[] HaveFunctions = ["HAVE_FSTATAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FDOPENDIR", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LSTAT", "HAVE_UTIMENSAT"];

    /// <summary>posix.environ: bytes names and values, as convertenviron makes it on POSIX.</summary>
    private static PyDict Environ()
    {
        var env = new PyDict();
        var vars = Environment.GetEnvironmentVariables();
        foreach (System.Collections.DictionaryEntry kv in vars)
            env.SetItem(PyBytes.From(Fs.Encode((string)kv.Key)), PyBytes.From(Fs.Encode((string?)kv.Value ?? "")));
        return env;
    }

    private static PyException Error(PyObject? filename = null, PyObject? filename2 = null) =>
        ErrnoModule.OSErrorFromErrno(Libc.Errno, filename, filename2);

    private static PyException Error(PathArg p) => ErrnoModule.OSErrorFromErrno(Libc.Errno, p.Object);

    private static int Fd(PyObject o) => (int)Native.ToLong(o);

    /// <summary>dir_fd=None only: the *at() variants are not offered.</summary>
    private static void NoDirFd(string func, PyObject? dirFd)
    {
        if (dirFd != null && dirFd != None)
            throw PyExc.NotImplementedError("dir_fd unavailable on this platform");
    }

    private static void Def(PyDict d, string name, NativeFn fn) => d.Set(name, Fn(name, fn));
}
