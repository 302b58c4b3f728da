using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.Posix;

public static unsafe partial class PosixModule
{
    private static PyType? s_statResult;

    /// <summary>os.stat_result (posixmodule.c stat_result_fields; Linux has no st_flags, st_gen, st_birthtime).</summary>
    public static PyType StatResultType => s_statResult ??= StructSequence.NewType("os", "stat_result",
        ["st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size", null, null, null,
         "st_atime", "st_mtime", "st_ctime", "st_atime_ns", "st_mtime_ns", "st_ctime_ns", "st_blksize", "st_blocks", "st_rdev"],
        10, (t, all) =>
        {
            // statresult_new: st_?time left None take the integer seconds.
            var hidden = all[10..];
            for (int i = 0; i < 3; i++) if (hidden[i] == None) hidden[i] = all[7 + i];
            return hidden;
        });

    private static void FillTime(PyObject[] v, int index, long sec, long nsec)
    {
        v[7 + index] = PyInt.From(sec);
        v[10 + index] = PyFloat.From(sec + nsec * 1e-9);
        v[13 + index] = PyInt.From((System.Numerics.BigInteger)sec * 1_000_000_000 + nsec);
    }

    /// <summary>_pystat_fromstructstat.</summary>
    internal static PyStructSeq StatResult(in Libc.Stat st)
    {
        var v = new PyObject[19];
        v[0] = PyInt.From(st.Mode);
        v[1] = PyInt.From(st.Ino);
        v[2] = PyInt.From(st.Dev);
        v[3] = PyInt.From((long)st.Nlink);
        v[4] = PyInt.From(st.Uid);
        v[5] = PyInt.From(st.Gid);
        v[6] = PyInt.From(st.Size);
        FillTime(v, 0, st.ATimeSec, st.ATimeNsec);
        FillTime(v, 1, st.MTimeSec, st.MTimeNsec);
        FillTime(v, 2, st.CTimeSec, st.CTimeNsec);
        v[16] = PyInt.From(st.Blksize);
        v[17] = PyInt.From(st.Blocks);
        v[18] = PyInt.From(st.Rdev);
        return StructSequence.Make(StatResultType, v);
    }

    /// <summary>fstat(2) for the io module (FileIO's blksize and directory check) without a Python object.</summary>
    internal static bool TryFstat(int fd, out Libc.Stat st, out int errno)
    {
        byte* buf = stackalloc byte[Libc.StatBufferSize];
        if (Libc.fstat(fd, buf) != 0) { errno = Libc.Errno; st = default; return false; }
        st = new Libc.Stat(buf);
        errno = 0;
        return true;
    }

    /// <summary>posix_do_stat: by path (stat/lstat) or by descriptor.</summary>
    private static PyObject DoStat(string func, PathArg path, bool followSymlinks)
    {
        byte* buf = stackalloc byte[Libc.StatBufferSize];
        int r = path.IsFd ? Libc.fstat(path.Fd, buf)
            : followSymlinks ? Libc.stat(path.C, buf) : Libc.lstat(path.C, buf);
        if (r != 0) throw Error(path);
        return StatResult(new Libc.Stat(buf));
    }

    private static void InitStat(PyDict d)
    {
        d.Set("stat_result", StatResultType);
        Def(d, "stat", (a, kw) =>
        {
            var p = Parse("stat", a, kw, ["path", "dir_fd", "follow_symlinks"], 1, 0, 1);
            NoDirFd("stat", p[1]);
            return DoStat("stat", Fs.Path("stat", "path", p[0]!, allowFd: true), p[2] == null || Ops.IsTrue(p[2]!));
        });
        Def(d, "lstat", (a, kw) =>
        {
            var p = Parse("lstat", a, kw, ["path", "dir_fd"], 1, 0, 1);
            NoDirFd("lstat", p[1]);
            return DoStat("lstat", Fs.Path("lstat", "path", p[0]!), false);
        });
        Def(d, "fstat", (a, kw) =>
        {
            var p = Parse("fstat", a, kw, ["fd"], 1);
            byte* buf = stackalloc byte[Libc.StatBufferSize];
            if (Libc.fstat(Fd(p[0]!), buf) != 0) throw Error();
            return StatResult(new Libc.Stat(buf));
        });
    }
}
