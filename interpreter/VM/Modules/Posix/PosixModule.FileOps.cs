using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.Posix;

/// <summary>Descriptor and directory operations of posixmodule.c (os.open/read/write/close/lseek, mkdir, rename, scandir...).</summary>
public static unsafe partial class PosixModule
{
    private static PyObject Check(int r, PathArg p) => r != 0 ? throw Error(p) : None;

    private static void InitFileOps(PyDict d)
    {
        Def(d, "open", (a, kw) =>
        {
            var p = Parse("open", a, kw, ["path", "flags", "mode", "dir_fd"], 2, 0, 3);
            NoDirFd("open", p[3]);
            var path = Fs.Path("open", "path", p[0]!);
            int flags = (int)ToLong(p[1]!) | Libc.O_CLOEXEC;
            int mode = p[2] == null ? 0x1FF : (int)ToLong(p[2]!);
            int fd;
            while ((fd = Libc.open(path.C, flags, mode)) < 0 && Libc.Errno == Libc.EINTR) { }
            if (fd < 0) throw Error(path);
            return PyInt.From(fd);
        });
        Def(d, "close", (a, kw) =>
        {
            var p = Parse("close", a, kw, ["fd"], 1);
            if (Libc.close(Fd(p[0]!)) != 0) throw Error();
            return None;
        });
        Def(d, "closerange", (a, kw) =>
        {
            CheckCount("closerange", a.Length, 2, 2);
            for (long fd = ToLong(a[0]); fd < ToLong(a[1]); fd++) Libc.close((int)fd);
            return None;
        });
        Def(d, "read", (a, kw) =>
        {
            CheckCount("read", a.Length, 2, 2);
            long n = ToLong(a[1]);
            if (n < 0) throw ErrnoModule.OSErrorFromErrno(Libc.EINVAL);
            var buf = new byte[n];
            nint got;
            fixed (byte* b = buf)
                while ((got = Libc.read(Fd(a[0]), b, (nint)n)) < 0 && Libc.Errno == Libc.EINTR) { }
            if (got < 0) throw Error();
            if (got < n) Array.Resize(ref buf, (int)got);
            return PyBytes.From(buf);
        });
        Def(d, "write", (a, kw) =>
        {
            CheckCount("write", a.Length, 2, 2);
            var data = IO.Buffers.Read(a[1]);
            nint got;
            fixed (byte* b = data)
                while ((got = Libc.write(Fd(a[0]), b, data.Length)) < 0 && Libc.Errno == Libc.EINTR) { }
            if (got < 0) throw Error();
            return PyInt.From((long)got);
        });
        Def(d, "lseek", (a, kw) =>
        {
            CheckCount("lseek", a.Length, 3, 3);
            long r = Libc.lseek(Fd(a[0]), ToLong(a[1]), (int)ToLong(a[2]));
            if (r < 0) throw Error();
            return PyInt.From(r);
        });
        Def(d, "dup", (a, kw) => { int r = Libc.dup(Fd(a[0])); return r < 0 ? throw Error() : PyInt.From(r); });
        Def(d, "dup2", (a, kw) => { int r = Libc.dup2(Fd(a[0]), Fd(a[1])); return r < 0 ? throw Error() : PyInt.From(r); });
        Def(d, "pipe", (a, kw) =>
        {
            int* fds = stackalloc int[2];
            if (Libc.pipe(fds) != 0) throw Error();
            Libc.fcntl(fds[0], 2 /* F_SETFD */, 1); Libc.fcntl(fds[1], 2, 1);
            return PyTuple.Of(PyInt.From(fds[0]), PyInt.From(fds[1]));
        });
        Def(d, "fsync", (a, kw) => { var fd = a[0] is PyInt ? Fd(a[0]) : Fd(Ops.CallMethod(a[0], "fileno")); return Libc.fsync(fd) != 0 ? throw Error() : None; });
        Def(d, "ftruncate", (a, kw) => Libc.ftruncate(Fd(a[0]), ToLong(a[1])) != 0 ? throw Error() : None);
        Def(d, "truncate", (a, kw) =>
        {
            var path = Fs.Path("truncate", "path", a[0], allowFd: true);
            int r = path.IsFd ? Libc.ftruncate(path.Fd, ToLong(a[1])) : Libc.truncate(path.C, ToLong(a[1]));
            return Check(r, path);
        });
        Def(d, "get_inheritable", (a, kw) => PyBool.From((Libc.fcntl(Fd(a[0]), 1 /* F_GETFD */, 0) & 1) == 0));
        Def(d, "set_inheritable", (a, kw) => { int fd = Fd(a[0]); int f = Libc.fcntl(fd, 1, 0); Libc.fcntl(fd, 2, Ops.IsTrue(a[1]) ? f & ~1 : f | 1); return None; });
        Def(d, "get_blocking", (a, kw) => PyBool.From((Libc.fcntl(Fd(a[0]), 3 /* F_GETFL */, 0) & Libc.O_NONBLOCK) == 0));
        Def(d, "set_blocking", (a, kw) => { int fd = Fd(a[0]); int f = Libc.fcntl(fd, 3, 0); Libc.fcntl(fd, 4, Ops.IsTrue(a[1]) ? f & ~Libc.O_NONBLOCK : f | Libc.O_NONBLOCK); return None; });
        Def(d, "device_encoding", (a, kw) => Libc.isatty(Fd(a[0])) == 1 ? PyStr.From("UTF-8") : None);

        Def(d, "mkdir", (a, kw) =>
        {
            var p = Parse("mkdir", a, kw, ["path", "mode", "dir_fd"], 1, 0, 2);
            NoDirFd("mkdir", p[2]);
            var path = Fs.Path("mkdir", "path", p[0]!);
            return Check(Libc.mkdir(path.C, p[1] == null ? 0x1FF : (int)ToLong(p[1]!)), path);
        });
        foreach (var name in new[] { "rmdir", "unlink", "remove" })
        {
            var fname = name;
            Def(d, fname, (a, kw) =>
            {
                var p = Parse(fname, a, kw, ["path", "dir_fd"], 1, 0, 1);
                NoDirFd(fname, p[1]);
                var path = Fs.Path(fname, "path", p[0]!);
                return Check(fname == "rmdir" ? Libc.rmdir(path.C) : Libc.unlink(path.C), path);
            });
        }
        foreach (var name in new[] { "rename", "replace" })
        {
            var fname = name;
            Def(d, fname, (a, kw) =>
            {
                var p = Parse(fname, a, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd"], 2, 0, 2);
                NoDirFd(fname, p[2]); NoDirFd(fname, p[3]);
                var src = Fs.Path(fname, "src", p[0]!); var dst = Fs.Path(fname, "dst", p[1]!);
                if (src.IsBytes != dst.IsBytes) throw PyExc.TypeError($"{fname}: src and dst must be the same type");
                if (Libc.rename(src.C, dst.C) != 0) throw Error(src.Object, dst.Object);
                return None;
            });
        }
        Def(d, "access", (a, kw) =>
        {
            var p = Parse("access", a, kw, ["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"], 2, 0, 2);
            NoDirFd("access", p[2]);
            var path = Fs.Path("access", "path", p[0]!);
            return PyBool.From(Libc.access(path.C, (int)ToLong(p[1]!)) == 0);
        });
        Def(d, "chdir", (a, kw) =>
        {
            var p = Parse("chdir", a, kw, ["path"], 1);
            var path = Fs.Path("chdir", "path", p[0]!, allowFd: true);
            return Check(path.IsFd ? Libc.fchdir(path.Fd) : Libc.chdir(path.C), path);
        });
        Def(d, "fchdir", (a, kw) => Libc.fchdir(Fd(a[0])) != 0 ? throw Error() : None);
        Def(d, "chmod", (a, kw) =>
        {
            var p = Parse("chmod", a, kw, ["path", "mode", "dir_fd", "follow_symlinks"], 2, 0, 2);
            NoDirFd("chmod", p[2]);
            var path = Fs.Path("chmod", "path", p[0]!, allowFd: true);
            int mode = (int)ToLong(p[1]!);
            return Check(path.IsFd ? Libc.fchmod(path.Fd, mode) : Libc.chmod(path.C, mode), path);
        });
        Def(d, "fchmod", (a, kw) => Libc.fchmod(Fd(a[0]), (int)ToLong(a[1])) != 0 ? throw Error() : None);
        Def(d, "readlink", (a, kw) =>
        {
            var p = Parse("readlink", a, kw, ["path", "dir_fd"], 1, 0, 1);
            NoDirFd("readlink", p[1]);
            var path = Fs.Path("readlink", "path", p[0]!);
            var buf = new byte[4096];
            nint n;
            fixed (byte* b = buf) n = Libc.readlink(path.C, b, buf.Length);
            if (n < 0) throw Error(path);
            return Fs.DecodeAs(buf[..(int)n], path.IsBytes);
        });
        Def(d, "symlink", (a, kw) =>
        {
            var p = Parse("symlink", a, kw, ["src", "dst", "target_is_directory", "dir_fd"], 2, 0, 2);
            var src = Fs.Path("symlink", "src", p[0]!); var dst = Fs.Path("symlink", "dst", p[1]!);
            if (Libc.symlink(src.C, dst.C) != 0) throw Error(src.Object, dst.Object);
            return None;
        });
        Def(d, "link", (a, kw) =>
        {
            var p = Parse("link", a, kw, ["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"], 2, 0, 2);
            var src = Fs.Path("link", "src", p[0]!); var dst = Fs.Path("link", "dst", p[1]!);
            if (Libc.link(src.C, dst.C) != 0) throw Error(src.Object, dst.Object);
            return None;
        });
        Def(d, "utime", (a, kw) =>
        {
            var p = Parse("utime", a, kw, ["path", "times", "ns", "dir_fd", "follow_symlinks"], 1, 0, 2);
            var path = Fs.Path("utime", "path", p[0]!, allowFd: true);
            long* ts = stackalloc long[4];
            long* arg = null;
            if (p[1] != null && p[1] != None)
            {
                if (p[2] != null) throw PyExc.ValueError("utime: you may specify either 'times' or 'ns' but not both");
                if (p[1] is not PyTuple tt || tt.Count != 2) throw PyExc.TypeError("utime: 'times' must be either a tuple of two ints or None");
                for (int i = 0; i < 2; i++)
                {
                    double v = NumberMethods.ToDouble(tt.Items[i]);
                    double sec = Math.Floor(v);
                    ts[2 * i] = (long)sec; ts[2 * i + 1] = (long)Math.Round((v - sec) * 1e9);
                    if (ts[2 * i + 1] >= 1_000_000_000) { ts[2 * i]++; ts[2 * i + 1] -= 1_000_000_000; }
                }
                arg = ts;
            }
            else if (p[2] != null)
            {
                if (p[2] is not PyTuple nt || nt.Count != 2) throw PyExc.TypeError("utime: 'ns' must be a tuple of two ints");
                for (int i = 0; i < 2; i++)
                {
                    var v = Ops.Index(nt.Items[i]).Value;
                    ts[2 * i] = (long)System.Numerics.BigInteger.Divide(v, 1_000_000_000);
                    ts[2 * i + 1] = (long)(v - ts[2 * i] * (System.Numerics.BigInteger)1_000_000_000);
                    if (ts[2 * i + 1] < 0) { ts[2 * i]--; ts[2 * i + 1] += 1_000_000_000; }
                }
                arg = ts;
            }
            bool follow = p[4] == null || Ops.IsTrue(p[4]!);
            int r = path.IsFd ? Libc.futimens(path.Fd, arg) : Libc.utimensat(Libc.AT_FDCWD, path.C, arg, follow ? 0 : Libc.AT_SYMLINK_NOFOLLOW);
            return Check(r, path);
        });
        InitScandir(d);
    }
}
