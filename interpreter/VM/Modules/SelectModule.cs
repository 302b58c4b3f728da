using System.Runtime.InteropServices;
using Pyref.VM.Modules.Posix;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// select (Modules/selectmodule.c): select(), poll and epoll over the operating system's descriptors, through the C
/// library, so selectors.DefaultSelector (EpollSelector on Linux) and asyncio's event loop wait on real pipes and
/// sockets. Every wait releases the GIL (Py_BEGIN_ALLOW_THREADS) so executor threads run meanwhile.
/// DEVIATION(CPython): devpoll and kqueue are absent, as on a CPython built for Linux.
/// </summary>
[BuiltinModule("select")]
public static unsafe class SelectModule
{
    private const int FdSetSize = 1024;
    private static PyType? s_pollType, s_epollType;

    public sealed class PyPoll : PyObject
    {
        // pollObject.dict: fd -> events, in registration order (the order ufds is built in).
        public readonly Dictionary<int, short> Fds = new();
        public readonly List<int> Order = new();
        public bool Polling;
        public PyPoll(PyType t) : base(t) { }
    }

    public sealed class PyEpoll : PyObject
    {
        public int EpFd;
        public PyEpoll(PyType t, int fd) : base(t) { EpFd = fd; }
    }

    public static PyModule Create()
    {
        var m = new PyModule("select");
        var d = m.Dict!;
        d.Set("error", Types.OSError);
        d.Set("select", Fn("select", (a, kw) => Select(a, kw)));
        d.Set("poll", Fn("poll", (a, kw) => { CheckCount("poll", a.Length - (kw?.Items.Length ?? 0), 0, 0); NoKeywords("poll", kw); return new PyPoll(PollType()); }));
        d.Set("epoll", EpollType());
        foreach (var (n, v) in new (string, long)[] {
            ("POLLIN", 1), ("POLLPRI", 2), ("POLLOUT", 4), ("POLLERR", 8), ("POLLHUP", 16), ("POLLNVAL", 32),
            ("POLLRDNORM", 64), ("POLLRDBAND", 128), ("POLLWRNORM", 256), ("POLLWRBAND", 512), ("POLLMSG", 1024), ("POLLRDHUP", 0x2000),
            ("EPOLLIN", 1), ("EPOLLPRI", 2), ("EPOLLOUT", 4), ("EPOLLERR", 8), ("EPOLLHUP", 16), ("EPOLLRDNORM", 64),
            ("EPOLLRDBAND", 128), ("EPOLLWRNORM", 256), ("EPOLLWRBAND", 512), ("EPOLLMSG", 1024), ("EPOLLRDHUP", 0x2000),
            ("EPOLLET", 1L << 31), ("EPOLLONESHOT", 1 << 30), ("EPOLLEXCLUSIVE", 1 << 28), ("EPOLL_CLOEXEC", 0x80000), ("PIPE_BUF", 4096) })
            d.Set(n, PyInt.From(v));
        return m;
    }

    /// <summary>Objects/fileobject.c PyObject_AsFileDescriptor: an int, or the int its fileno() returns.</summary>
    public static int AsFileDescriptor(PyObject o)
    {
        PyObject v;
        if (o is PyInt) v = o;
        else
        {
            var meth = Ops.GetAttrOrNull(o, PyStr.Intern("fileno"));
            if (meth == null) throw PyExc.TypeError("argument must be an int, or have a fileno() method.");
            v = Ops.Call(meth);
            if (v is not PyInt) throw PyExc.TypeError("fileno() returned a non-integer");
        }
        var i = (PyInt)v;
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue) throw PyExc.OverflowError("Python int too large to convert to C int");
        if (i.Small < 0) throw PyExc.ValueError($"file descriptor cannot be a negative integer ({i.Small})");
        return (int)i.Small;
    }

    /// <summary>Python/pytime.c _PyTime_FromSecondsObject: a float, or an int (anything else fails as PyLong_AsLongLong does).</summary>
    public static double Seconds(PyObject o)
    {
        if (o is PyFloat f)
        {
            if (double.IsNaN(f.Value)) throw PyExc.ValueError("Invalid value NaN (not a number)");
            return f.Value;
        }
        return Ops.Index(o) is var i && i.IsSmall ? i.Small : throw PyExc.OverflowError("timestamp too large to convert to C _PyTime_t");
    }

    /// <summary>_PyTime_AsMilliseconds(t, _PyTime_ROUND_CEILING) clamped to an int, as poll and epoll_wait take it.</summary>
    private static int CeilMs(double seconds)
    {
        double ms = Math.Ceiling(seconds * 1e3);
        if (ms > int.MaxValue) throw PyExc.OverflowError("timeout is too large");
        return (int)ms;
    }

    private static PyException Errno() => ErrnoModule.OSErrorFromErrno(Libc.Errno);

    // select_select_impl
    private static PyObject Select(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKeywords("select", kw);
        if (a.Length < 3 || a.Length > 4)
        {
            string how = a.Length < 3 ? "at least 3" : "at most 4";
            throw PyExc.TypeError($"select expected {how} arguments, got {a.Length}");
        }
        double timeout = -1;
        if (a.Length == 4 && a[3] != None)
        {
            try { timeout = Seconds(a[3]); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.TypeError))
            {
                throw PyExc.TypeError("timeout must be a float or None");
            }
            if (timeout < 0) throw PyExc.ValueError("timeout must be non-negative");
        }
        var lists = new List<(int Fd, PyObject Obj)>[3];
        int max = -1;
        for (int k = 0; k < 3; k++)
        {
            lists[k] = new();
            PyObject[] items;
            try { items = SeqItems(a[k]); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.TypeError)) { throw PyExc.TypeError("arguments 1-3 must be sequences"); }
            foreach (var o in items)
            {
                int fd = AsFileDescriptor(o);
                if (fd >= FdSetSize) throw PyExc.ValueError("filedescriptor out of range in select()");
                lists[k].Add((fd, o));
                max = Math.Max(max, fd);
            }
        }
        var sets = new byte[3 * 128];
        var deadline = timeout < 0 ? 0 : Environment.TickCount64 + (long)Math.Ceiling(timeout * 1000);
        while (true)
        {
            Array.Clear(sets);
            for (int k = 0; k < 3; k++)
                foreach (var (fd, _) in lists[k]) sets[k * 128 + fd / 8] |= (byte)(1 << (fd % 8));
            int r = 0, err = 0;
            long* tv = stackalloc long[2];
            bool hasTimeout = timeout >= 0;
            if (hasTimeout)
            {
                double left = timeout;
                tv[0] = (long)Math.Floor(left);
                tv[1] = (long)Math.Ceiling((left - tv[0]) * 1e6);
                if (tv[1] >= 1000000) { tv[0]++; tv[1] -= 1000000; }
            }
            fixed (byte* s = sets)
            {
                byte* sp = s;
                long* tvp = hasTimeout ? tv : null;
                Gil.Blocking(() => { r = Libc.select(max + 1, sp, sp + 128, sp + 256, tvp); err = Marshal.GetLastPInvokeError(); });
            }
            if (r < 0)
            {
                if (err == Libc.EINTR)
                {
                    if (hasTimeout) timeout = Math.Max(0, (deadline - Environment.TickCount64) / 1000.0);
                    continue;
                }
                throw ErrnoModule.OSErrorFromErrno(err);
            }
            var result = new PyObject[3];
            for (int k = 0; k < 3; k++)
            {
                var l = new List<PyObject>();
                foreach (var (fd, o) in lists[k])
                    if ((sets[k * 128 + fd / 8] & (1 << (fd % 8))) != 0) l.Add(o);
                result[k] = new PyList(l.ToArray());
            }
            return PyTuple.Of(result);
        }
    }

    private static PyObject[] SeqItems(PyObject o) => o switch
    {
        PyList l => l.ToArray(),
        PyTuple t => t.Items.ToArray(),
        _ => IterAll(o),
    };

    private static PyObject[] IterAll(PyObject o)
    {
        var it = Ops.GetIter(o);
        var r = new List<PyObject>();
        while (Ops.Next(it) is { } x) r.Add(x);
        return r.ToArray();
    }

    private static short UShortMask(PyObject o)
    {
        // select.poll's mask is an unsigned short (_PyLong_UnsignedShort_Converter).
        var i = Ops.Index(o);
        if (!i.IsSmall || i.Small < 0) throw PyExc.OverflowError(i.IsSmall ? "Python int too large for C unsigned short" : "Python int too large for C unsigned short");
        if (i.Small > ushort.MaxValue) throw PyExc.OverflowError("Python int too large for C unsigned short");
        return unchecked((short)(ushort)i.Small);
    }

    private static PyType PollType()
    {
        if (s_pollType != null) return s_pollType;
        var t = ModuleSupport.NewType("select", "poll");
        // select_poll_register_impl
        Def(t, "register", (a, kw) =>
        {
            NoKeywords(t, "register", kw);
            if (a.Length < 2 || a.Length > 3) CheckCount("register", a.Length - 1, 1, 2);
            var p = (PyPoll)a[0];
            int fd = AsFileDescriptor(a[1]);
            short mask = a.Length > 2 ? UShortMask(a[2]) : (short)(1 | 2 | 4);
            if (!p.Fds.ContainsKey(fd)) p.Order.Add(fd);
            p.Fds[fd] = mask;
            return None;
        });
        // select_poll_modify_impl: an unregistered fd is ENOENT.
        Def(t, "modify", (a, kw) =>
        {
            NoKeywords(t, "modify", kw);
            if (a.Length != 3) CheckCount("modify", a.Length - 1, 2, 2);
            var p = (PyPoll)a[0];
            int fd = AsFileDescriptor(a[1]);
            short mask = UShortMask(a[2]);
            if (!p.Fds.ContainsKey(fd)) throw ErrnoModule.OSErrorFromErrno(Libc.ENOENT);
            p.Fds[fd] = mask;
            return None;
        });
        Def1(t, "unregister", (self, o) =>
        {
            var p = (PyPoll)self;
            int fd = AsFileDescriptor(o);
            if (!p.Fds.Remove(fd)) throw PyExc.KeyError(PyInt.From(fd));
            p.Order.Remove(fd);
            return None;
        });
        // select_poll_poll_impl: the timeout is in milliseconds; None or negative waits forever.
        Def(t, "poll", (a, kw) =>
        {
            NoKeywords(t, "poll", kw);
            if (a.Length > 2) CheckCount("poll", a.Length - 1, 0, 1);
            var p = (PyPoll)a[0];
            int ms = -1;
            if (a.Length == 2 && a[1] != None)
            {
                double v;
                try { v = a[1] is PyFloat f ? f.Value : (double)(Ops.Index(a[1]) is var i && i.IsSmall ? i.Small : long.MaxValue); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.TypeError))
                {
                    throw PyExc.TypeError("timeout must be an integer or None");
                }
                ms = v < 0 ? -1 : (int)Math.Min(Math.Ceiling(v), int.MaxValue);
            }
            if (p.Polling) throw PyExc.RuntimeError("concurrent poll() invocation");
            var fds = new Libc.PollFd[p.Order.Count];
            for (int i = 0; i < fds.Length; i++) fds[i] = new Libc.PollFd { Fd = p.Order[i], Events = p.Fds[p.Order[i]] };
            long deadline = Environment.TickCount64 + Math.Max(ms, 0);
            int r, err;
            p.Polling = true;
            try
            {
                while (true)
                {
                    r = 0; err = 0;
                    fixed (Libc.PollFd* f = fds)
                    {
                        var fp = f; int n = fds.Length, wait = ms;
                        Gil.Blocking(() => { r = Libc.poll(fp, (ulong)n, wait); err = Marshal.GetLastPInvokeError(); });
                    }
                    if (r < 0 && err == Libc.EINTR)
                    {
                        if (ms >= 0) ms = (int)Math.Max(0, deadline - Environment.TickCount64);
                        continue;
                    }
                    break;
                }
            }
            finally { p.Polling = false; }
            if (r < 0) throw ErrnoModule.OSErrorFromErrno(err);
            var res = new List<PyObject>();
            foreach (var f in fds)
                if (f.Revents != 0) res.Add(PyTuple.Of(PyInt.From(f.Fd), PyInt.From((ushort)f.Revents)));
            return new PyList(res.ToArray());
        });
        return s_pollType = t;
    }

    // epoll_event is packed on x86_64 (12 bytes), naturally aligned elsewhere (16 bytes).
    private static readonly bool s_packed = RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.X86;
    private static int EventSize => s_packed ? 12 : 16;
    private static int DataOffset => s_packed ? 4 : 8;

    private static PyEpoll OpenEpoll(PyObject self)
    {
        var e = (PyEpoll)self;
        if (e.EpFd < 0) throw PyExc.ValueError("I/O operation on closed epoll object");
        return e;
    }

    // pyepoll_internal_ctl
    private static PyObject EpollCtl(PyObject self, int op, PyObject fdObj, uint events)
    {
        var e = OpenEpoll(self);
        int fd = AsFileDescriptor(fdObj);
        byte* ev = stackalloc byte[16];
        new Span<byte>(ev, 16).Clear();
        *(uint*)ev = events;
        *(ulong*)(ev + DataOffset) = (ulong)fd;
        if (Libc.epoll_ctl(e.EpFd, op, fd, op == 2 /* EPOLL_CTL_DEL */ ? null : ev) < 0) throw Errno();
        return None;
    }

    private static uint EventMask(PyObject o)
    {
        var i = Ops.Index(o);
        if (!i.IsSmall || i.Small > uint.MaxValue || i.Small < int.MinValue) throw PyExc.OverflowError("Python int too large to convert to C unsigned long");
        return unchecked((uint)i.Small);
    }

    private static PyType EpollType()
    {
        if (s_epollType != null) return s_epollType;
        var t = ModuleSupport.NewType("select", "epoll");
        // select_epoll_impl / newPyEpoll_Object
        DefStatic(t, "__new__", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("epoll", a[1..], kw, ["sizehint", "flags"], 0);
            long sizehint = p[0] == null ? -1 : ToLong(p[0]!);
            long flags = p[1] == null ? 0 : ToLong(p[1]!);
            if (sizehint == -1) sizehint = FdSetSize - 1;
            else if (sizehint <= 0) throw PyExc.ValueError("negative sizehint");
            if (flags != 0 && flags != 0x80000) throw PyExc.OSError("invalid flags");
            int fd = Libc.epoll_create1(0x80000 /* EPOLL_CLOEXEC */);
            if (fd < 0) throw Errno();
            return ModuleSupport.WithDict(new PyEpoll((PyType)a[0], fd), (PyType)a[0]);
        });
        DefClass(t, "fromfd", (a, kw) => new PyEpoll((PyType)a[0], (int)ToLong(a[1])));
        Def0(t, "close", self =>
        {
            var e = (PyEpoll)self;
            if (e.EpFd >= 0) { int fd = e.EpFd; e.EpFd = -1; if (Libc.close(fd) < 0) throw Errno(); }
            return None;
        });
        GetSet(t, "closed", self => PyBool.From(((PyEpoll)self).EpFd < 0));
        Def0(t, "fileno", self => PyInt.From(OpenEpoll(self).EpFd));
        Def(t, "register", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("register", a[1..], kw, ["fd", "eventmask"], 1);
            return EpollCtl(a[0], 1 /* EPOLL_CTL_ADD */, p[0]!, p[1] == null ? 1u | 2 | 4 : EventMask(p[1]!));
        });
        Def(t, "modify", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("modify", a[1..], kw, ["fd", "eventmask"], 2);
            return EpollCtl(a[0], 3 /* EPOLL_CTL_MOD */, p[0]!, EventMask(p[1]!));
        });
        Def(t, "unregister", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("unregister", a[1..], kw, ["fd"], 1);
            return EpollCtl(a[0], 2 /* EPOLL_CTL_DEL */, p[0]!, 0);
        });
        // select_epoll_poll_impl: timeout in seconds (None or negative: forever), rounded up to milliseconds.
        Def(t, "poll", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("poll", a[1..], kw, ["timeout", "maxevents"], 0);
            var e = OpenEpoll(a[0]);
            int ms = -1;
            if (p[0] != null && p[0] != None)
            {
                double s;
                try { s = Seconds(p[0]!); }
                catch (PyException ex) when (ex.Value.Type.IsSubtypeOf(Types.TypeError))
                {
                    throw PyExc.TypeError("timeout must be an integer or None");
                }
                ms = s < 0 ? -1 : CeilMs(s);
            }
            int maxevents = p[1] == null ? -1 : (int)ToLong(p[1]!);
            if (maxevents == -1) maxevents = FdSetSize - 1;
            else if (maxevents < 1) throw PyExc.ValueError($"maxevents must be greater than 0, got {maxevents}");
            var buf = new byte[maxevents * EventSize];
            long deadline = Environment.TickCount64 + Math.Max(ms, 0);
            int r, err;
            while (true)
            {
                r = 0; err = 0;
                fixed (byte* b = buf)
                {
                    var bp = b; int epfd = e.EpFd, wait = ms, max = maxevents;
                    Gil.Blocking(() => { r = Libc.epoll_wait(epfd, bp, max, wait); err = Marshal.GetLastPInvokeError(); });
                }
                if (r < 0 && err == Libc.EINTR)
                {
                    if (ms >= 0) ms = (int)Math.Max(0, deadline - Environment.TickCount64);
                    continue;
                }
                break;
            }
            if (r < 0) throw ErrnoModule.OSErrorFromErrno(err);
            var res = new PyObject[r];
            fixed (byte* b = buf)
                for (int i = 0; i < r; i++)
                {
                    byte* ev = b + i * EventSize;
                    res[i] = PyTuple.Of(PyInt.From((int)*(ulong*)(ev + DataOffset)), PyInt.From(*(uint*)ev));
                }
            return new PyList(res);
        });
        Def0(t, "__enter__", self => { OpenEpoll(self); return self; });
        Def(t, "__exit__", (a, kw) => { var e = (PyEpoll)a[0]; if (e.EpFd >= 0) { Libc.close(e.EpFd); e.EpFd = -1; } return None; });
        return s_epollType = t;
    }
}
