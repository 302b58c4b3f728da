using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.Posix;

/// <summary>os.scandir and os.DirEntry (posixmodule.c ScandirIterator, DirEntry): the names and d_type readdir gives,
/// stat() made on demand and cached.</summary>
public sealed class PyDirEntry : PyObject
{
    public PyObject Name = null!, Path = null!;
    public byte[] CPath = null!;
    public byte DType;
    public ulong Ino;
    public PyObject? Stat, LStat;
    public PyDirEntry(PyType t) : base(t) { }
}

public static unsafe partial class PosixModule
{
    private static PyType? s_dirEntry, s_scandirIter;
    private const byte DT_UNKNOWN = 0, DT_DIR = 4, DT_REG = 8, DT_LNK = 10;

    private sealed class ScandirIter : PyObject
    {
        public nint Dir;
        public PathArg Path;
        public ScandirIter(PyType t) : base(t) { }
    }

    private static PyObject EntryStat(PyDirEntry e, bool follow)
    {
        if (!follow || e.DType == DT_LNK && follow == false)
            return e.LStat ??= DoStat("stat", new PathArg(e.Path, ReadBytes(e), false, -1), false);
        if (e.DType != DT_LNK && e.DType != DT_UNKNOWN && e.LStat != null) return e.LStat;
        return e.Stat ??= DoStat("stat", new PathArg(e.Path, ReadBytes(e), false, -1), true);
    }

    private static byte[] ReadBytes(PyDirEntry e) => e.CPath[..^1];

    private static bool TestMode(PyDirEntry e, bool follow, int mode)
    {
        bool needStat = e.DType == DT_UNKNOWN || (follow && e.DType == DT_LNK);
        if (needStat)
        {
            try
            {
                var st = (PyStructSeq)EntryStat(e, follow);
                return (Ops.IndexAsLong(st.Items[0]) & 0xF000) == mode;
            }
            catch (PyException ex) when (ex.Value.Type.IsSubtypeOf(Types.FileNotFoundError)) { return false; }
        }
        return mode == 0x4000 ? e.DType == DT_DIR : mode == 0x8000 ? e.DType == DT_REG : e.DType == DT_LNK;
    }

    private static bool Follow(string func, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Parse(func, a[1..], kw, ["follow_symlinks"], 0, 0, 0);
        return p[0] == null || Ops.IsTrue(p[0]!);
    }

    private static void InitScandir(PyDict d)
    {
        if (s_dirEntry == null)
        {
            var t = NativeTypes.New("posix", "DirEntry", Types.Object, ownLayout: true);
            GetSet(t, "name", s => ((PyDirEntry)s).Name);
            GetSet(t, "path", s => ((PyDirEntry)s).Path);
            Native.Def(t, "inode", (a, kw) => PyInt.From(((PyDirEntry)a[0]).Ino));
            Native.Def(t, "is_dir", (a, kw) => PyBool.From(TestMode((PyDirEntry)a[0], Follow("is_dir", a, kw), 0x4000)));
            Native.Def(t, "is_file", (a, kw) => PyBool.From(TestMode((PyDirEntry)a[0], Follow("is_file", a, kw), 0x8000)));
            Native.Def(t, "is_symlink", (a, kw) => PyBool.From(TestMode((PyDirEntry)a[0], false, 0xA000)));
            Native.Def(t, "stat", (a, kw) => EntryStat((PyDirEntry)a[0], Follow("stat", a, kw)));
            Def0(t, "__fspath__", s => ((PyDirEntry)s).Path);
            Def0(t, "__repr__", s => PyStr.From($"<DirEntry {Ops.ReprString(((PyDirEntry)s).Name)}>"));
            DefClass(t, "__class_getitem__", (a, kw) => new PyGenericAlias(a[0], a[1]));
            t.Modified();
            s_dirEntry = t;

            var it = NativeTypes.New("posix", "ScandirIterator", Types.Object, ownLayout: true);
            Def0(it, "__iter__", s => s);
            Def0(it, "__next__", s => NextEntry((ScandirIter)s) ?? throw PyExc.StopIteration());
            Def0(it, "close", s => { CloseIter((ScandirIter)s); return None; });
            Def0(it, "__enter__", s => s);
            Native.Def(it, "__exit__", (a, kw) => { CloseIter((ScandirIter)a[0]); return None; });
            it.Modified();
            s_scandirIter = it;
        }
        d.Set("DirEntry", s_dirEntry);
        Def(d, "scandir", (a, kw) =>
        {
            var p = Parse("scandir", a, kw, ["path"], 0);
            var path = Fs.Path("scandir", "path", p[0] ?? None, allowFd: false, nullable: true);
            nint dir = Libc.opendir(path.C);
            if (dir == 0) throw Error(path);
            return new ScandirIter(s_scandirIter!) { Dir = dir, Path = path };
        });
    }

    private static void CloseIter(ScandirIter it)
    {
        if (it.Dir != 0) { Libc.closedir(it.Dir); it.Dir = 0; }
    }

    private static PyObject? NextEntry(ScandirIter it)
    {
        if (it.Dir == 0) return null;
        while (true)
        {
            Marshal0();
            byte* ent = Libc.readdir(it.Dir);
            if (ent == null)
            {
                int err = Libc.Errno;
                CloseIter(it);
                if (err != 0) throw ErrnoModule.OSErrorFromErrno(err, it.Path.Object);
                return null;
            }
            var name = Libc.FromCString(ent + 19);
            if (name.Length == 1 && name[0] == '.' || name.Length == 2 && name[0] == '.' && name[1] == '.') continue;
            var dirPath = it.Path.Narrow!;
            byte[] full = dirPath.Length > 0 && dirPath[^1] != '/' ? [.. dirPath, (byte)'/', .. name] : [.. dirPath, .. name];
            return new PyDirEntry(s_dirEntry!)
            {
                Name = Fs.DecodeAs(name, it.Path.IsBytes),
                Path = Fs.DecodeAs(full, it.Path.IsBytes),
                CPath = Libc.CString(full),
                DType = ent[18],
                Ino = *(ulong*)ent,
            };
        }
    }
}
