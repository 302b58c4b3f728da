using System.Runtime.InteropServices;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.Posix;

public static unsafe partial class PosixModule
{
    private static PyType? s_uname, s_times, s_terminalSize;

    public static PyType TerminalSizeType => s_terminalSize ??= StructSequence.NewType("os", "terminal_size", ["columns", "lines"], 2);

    private static PyObject Int0(string name, Func<int> f) => Fn(name, (a, kw) => { CheckCount(name, a.Length, 0, 0); return PyInt.From(f()); });

    private static void InitProcess(PyDict d)
    {
        d.Set("getpid", Int0("getpid", Libc.getpid));
        d.Set("getppid", Int0("getppid", Libc.getppid));
        d.Set("getuid", Int0("getuid", Libc.getuid));
        d.Set("geteuid", Int0("geteuid", Libc.geteuid));
        d.Set("getgid", Int0("getgid", Libc.getgid));
        d.Set("getegid", Int0("getegid", Libc.getegid));
        d.Set("getpgrp", Int0("getpgrp", Libc.getpgrp));
        d.Set("terminal_size", TerminalSizeType);
        s_uname ??= StructSequence.NewType("posix", "uname_result", ["sysname", "nodename", "release", "version", "machine"], 5);
        d.Set("uname_result", s_uname);
        s_times ??= StructSequence.NewType("posix", "times_result", ["user", "system", "children_user", "children_system", "elapsed"], 5);
        d.Set("times_result", s_times);
        Def(d, "uname", (a, kw) =>
        {
            byte* buf = stackalloc byte[65 * 6];
            if (Libc.uname(buf) != 0) throw Error();
            var v = new PyObject[5];
            for (int i = 0; i < 5; i++) v[i] = PyStr.From(Fs.Decode(Libc.FromCString(buf + 65 * i)));
            return StructSequence.Make(s_uname, v);
        });
        Def(d, "times", (a, kw) =>
        {
            long* t = stackalloc long[4];
            long c = Libc.times(t);
            double tick = Libc.sysconf(2 /* _SC_CLK_TCK */);
            return StructSequence.Make(s_times, PyFloat.From(t[0] / tick), PyFloat.From(t[1] / tick), PyFloat.From(t[2] / tick), PyFloat.From(t[3] / tick), PyFloat.From(c / tick));
        });
        Def(d, "cpu_count", (a, kw) => PyInt.From(Environment.ProcessorCount));
        Def(d, "sched_getaffinity", (a, kw) =>
        {
            var s = new PySet(Types.Set);
            byte* mask = stackalloc byte[128];
            if (Libc.sched_getaffinity((int)ToLong(a[0]), 128, mask) != 0) throw Error();
            for (int i = 0; i < 1024; i++) if ((mask[i / 8] & (1 << (i % 8))) != 0) s.Add(PyInt.From(i));
            return s;
        });
        Def(d, "getloadavg", (a, kw) =>
        {
            double* l = stackalloc double[3];
            if (Libc.getloadavg(l, 3) != 3) throw PyExc.OSError("Load averages are unobtainable");
            return PyTuple.Of(PyFloat.From(l[0]), PyFloat.From(l[1]), PyFloat.From(l[2]));
        });
        Def(d, "urandom", (a, kw) =>
        {
            CheckCount("urandom", a.Length, 1, 1);
            long n = Ops.IndexAsLong(a[0]);
            if (n < 0) throw PyExc.ValueError("negative argument not allowed");
            var b = new byte[n];
            System.Security.Cryptography.RandomNumberGenerator.Fill(b);
            return PyBytes.From(b);
        });
        Def(d, "strerror", (a, kw) => { CheckCount("strerror", a.Length, 1, 1); return PyStr.From(Libc.StrError((int)ToLong(a[0]))); });
        Def(d, "kill", (a, kw) =>
        {
            CheckCount("kill", a.Length, 2, 2);
            if (Libc.kill((int)ToLong(a[0]), (int)ToLong(a[1])) != 0) throw Error();
            return None;
        });
        Def(d, "_exit", (a, kw) =>
        {
            var p = Parse("_exit", a, kw, ["status"], 1);
            Interpreter.Current.Stdout.Flush();
            Interpreter.Current.Stderr.Flush();
            Libc._exit((int)ToLong(p[0]!));
            return None;
        });
        // os_system_impl: the host's streams are flushed first so the child's output comes after ours.
        Def(d, "system", (a, kw) =>
        {
            var p = Parse("system", a, kw, ["command"], 1);
            var cmd = p[0] is PyStr cs ? Fs.Encode(cs.Value) : p[0] is PyBytes cb ? cb.Value
                : throw PyExc.TypeError($"system() argument 'command' must be str, bytes or os.PathLike, not {Ops.TypeName(p[0]!)}");
            Interpreter.Current.Stdout.Flush();
            Interpreter.Current.Stderr.Flush();
            return PyInt.From(Libc.system(Libc.CString(cmd)));
        });
        Def(d, "isatty", (a, kw) => { CheckCount("isatty", a.Length, 1, 1); return PyBool.From(Libc.isatty((int)ToLong(a[0])) == 1); });
        Def(d, "umask", (a, kw) => { CheckCount("umask", a.Length, 1, 1); return PyInt.From(Libc.umask((int)ToLong(a[0]))); });
        Def(d, "get_terminal_size", (a, kw) =>
        {
            int fd = a.Length > 0 ? (int)ToLong(a[0]) : 1;
            ushort* ws = stackalloc ushort[4];
            if (Libc.ioctl(fd, 0x5413 /* TIOCGWINSZ */, ws) != 0) throw Error();
            return StructSequence.Make(TerminalSizeType, PyInt.From(ws[1]), PyInt.From(ws[0]));
        });
        Def(d, "putenv", (a, kw) =>
        {
            CheckCount("putenv", a.Length, 2, 2);
            var name = EnvBytes("putenv", a[0]); var value = EnvBytes("putenv", a[1]);
            if (name.Length == 0 || Array.IndexOf(name, (byte)'=') >= 0) throw PyExc.ValueError("illegal environment variable name");
            if (Libc.setenv(Libc.CString(name), Libc.CString(value), 1) != 0) throw Error();
            return None;
        });
        Def(d, "unsetenv", (a, kw) =>
        {
            CheckCount("unsetenv", a.Length, 1, 1);
            var name = EnvBytes("unsetenv", a[0]);
            if (name.Length == 0 || Array.IndexOf(name, (byte)'=') >= 0) throw PyExc.ValueError("illegal environment variable name");
            if (Libc.unsetenv(Libc.CString(name)) != 0) throw Error();
            return None;
        });
        // os_waitpid_impl: retried on EINTR, the wait releasing the GIL (asyncio's child watcher waits in a thread).
        Def(d, "waitpid", (a, kw) =>
        {
            CheckCount("waitpid", a.Length, 2, 2);
            int pid = (int)ToLong(a[0]), options = (int)ToLong(a[1]);
            int r = 0, status = 0, err = 0;
            do
            {
                Gil.Blocking(() => { int st; r = Libc.waitpid(pid, &st, options); status = st; err = r < 0 ? Marshal.GetLastPInvokeError() : 0; });
            } while (r < 0 && err == Libc.EINTR);
            if (r < 0) throw ErrnoModule.OSErrorFromErrno(err);
            if (r > 0) PosixSubprocessModule.Reaped(r);
            return PyTuple.Of(PyInt.From(r), PyInt.From(status));
        });
        Def(d, "wait", (a, kw) =>
        {
            CheckCount("wait", a.Length, 0, 0);
            int r = 0, status = 0, err = 0;
            do
            {
                Gil.Blocking(() => { int st; r = Libc.waitpid(-1, &st, 0); status = st; err = r < 0 ? Marshal.GetLastPInvokeError() : 0; });
            } while (r < 0 && err == Libc.EINTR);
            if (r < 0) throw ErrnoModule.OSErrorFromErrno(err);
            PosixSubprocessModule.Reaped(r);
            return PyTuple.Of(PyInt.From(r), PyInt.From(status));
        });
        // Modules/posixmodule.c WIFEXITED & co. on a wait status.
        Def(d, "WIFEXITED", (a, kw) => PyBool.From((ToLong(a[0]) & 0x7f) == 0));
        Def(d, "WEXITSTATUS", (a, kw) => PyInt.From((ToLong(a[0]) >> 8) & 0xff));
        Def(d, "WIFSIGNALED", (a, kw) => { long s = ToLong(a[0]) & 0x7f; return PyBool.From(s != 0 && s != 0x7f); });
        Def(d, "WTERMSIG", (a, kw) => PyInt.From(ToLong(a[0]) & 0x7f));
        Def(d, "WIFSTOPPED", (a, kw) => PyBool.From((ToLong(a[0]) & 0xff) == 0x7f));
        Def(d, "WSTOPSIG", (a, kw) => PyInt.From((ToLong(a[0]) >> 8) & 0xff));
        Def(d, "WCOREDUMP", (a, kw) => PyBool.From((ToLong(a[0]) & 0x80) != 0));
        Def(d, "WIFCONTINUED", (a, kw) => PyBool.From(ToLong(a[0]) == 0xffff));
        Def(d, "waitstatus_to_exitcode", (a, kw) =>
        {
            long s = ToLong(a[0]);
            if ((s & 0x7f) == 0) return PyInt.From((s >> 8) & 0xff);
            if ((s & 0xff) != 0x7f) return PyInt.From(-(s & 0x7f));
            throw PyExc.ValueError($"invalid wait status: {s}");
        });
        foreach (var (n, v) in new (string, int)[] { ("F_OK", 0), ("R_OK", 4), ("W_OK", 2), ("X_OK", 1), ("WNOHANG", 1), ("WUNTRACED", 2),
            ("WCONTINUED", 8), ("EX_OK", 0), ("P_PID", 1), ("P_ALL", 0),
            ("O_RDONLY", Libc.O_RDONLY), ("O_WRONLY", Libc.O_WRONLY), ("O_RDWR", Libc.O_RDWR), ("O_CREAT", Libc.O_CREAT),
            ("O_EXCL", Libc.O_EXCL), ("O_NOCTTY", Libc.O_NOCTTY), ("O_TRUNC", Libc.O_TRUNC), ("O_APPEND", Libc.O_APPEND),
            ("O_NONBLOCK", Libc.O_NONBLOCK), ("O_NDELAY", Libc.O_NDELAY), ("O_DSYNC", Libc.O_DSYNC), ("O_SYNC", Libc.O_SYNC),
            ("O_RSYNC", Libc.O_RSYNC), ("O_ASYNC", Libc.O_ASYNC), ("O_DIRECTORY", Libc.O_DIRECTORY), ("O_NOFOLLOW", Libc.O_NOFOLLOW),
            ("O_CLOEXEC", Libc.O_CLOEXEC), ("O_DIRECT", Libc.O_DIRECT), ("O_LARGEFILE", Libc.O_LARGEFILE), ("O_NOATIME", Libc.O_NOATIME),
            ("O_PATH", Libc.O_PATH), ("O_TMPFILE", Libc.O_TMPFILE), ("O_ACCMODE", Libc.O_ACCMODE) })
            d.Set(n, PyInt.From(v));
    }

    private static byte[] EnvBytes(string func, PyObject o)
    {
        var v = o is PyStr || o is PyBytes ? o : Fs.FsPath(o);
        return v is PyStr s ? Fs.Encode(s.Value) : ((PyBytes)v).Value;
    }
}
