using System.Runtime.InteropServices;
using System.Text;
using Pyref.VM.Modules.Posix;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _socket (Modules/socketmodule.c): the socket type over an operating-system descriptor, socketpair, name
/// resolution through the C library's getaddrinfo, and the byte-order and address-conversion helpers Lib/socket.py
/// and asyncio build on. Blocking calls release the GIL; a socket with a timeout waits with poll() first (sock_call_ex).
/// DEVIATION(CPython): only AF_UNIX, AF_INET and AF_INET6 addresses are encoded; sendmsg/recvmsg, gethostbyaddr,
/// getservbyname/port, if_nameindex and sethostname are not offered.
/// </summary>
[BuiltinModule("_socket")]
public static unsafe partial class SocketModule
{
    private const int AF_UNIX = 1, AF_INET = 2, AF_INET6 = 10, SOCK_STREAM = 1, SOCK_NONBLOCK = 0x800, SOCK_CLOEXEC = 0x80000;
    private const int SOL_SOCKET = 1, SO_TYPE = 3, SO_ERROR = 4, SO_DOMAIN = 39, SO_PROTOCOL = 38;
    private const int SockaddrMax = 128; // sizeof(sock_addr_t) is at most sockaddr_storage

    private static PyType? s_type;
    private static PyObject? s_gaierror, s_herror;
    private static double s_defaultTimeout = -1;

    /// <summary>PySocketSockObject; socket.socket subclasses it with __slots__ (ISlotStorage).</summary>
    public sealed class PySocket : PyObject, ISlotStorage
    {
        public int Fd = -1, Family, SockType, Proto;
        /// <summary>sock_timeout in seconds; -1 for a blocking socket without timeout (None).</summary>
        public double Timeout = -1;
        public PyObject?[]? Slots { get; }
        public PySocket(PyType t) : base(t)
        {
            if (t.SlotCount > 0) Slots = new PyObject?[t.SlotCount];
        }
    }

    public static PyType SocketType => s_type ??= MakeType();

    public static PyModule Create()
    {
        var m = new PyModule("_socket");
        var d = m.Dict!;
        d.Set("socket", SocketType);
        d.Set("SocketType", SocketType);
        d.Set("error", Types.OSError);
        d.Set("timeout", Types.TimeoutError);
        d.Set("herror", Herror);
        d.Set("gaierror", Gaierror);
        d.Set("has_ipv6", PyBool.True);
        foreach (var (n, v) in Constants) d.Set(n, PyInt.From(v));
        InitFunctions(d);
        return m;
    }

    // socket_exec: herror and gaierror are OSError subclasses named socket.herror / socket.gaierror.
    private static PyObject NewError(string name)
    {
        var ns = new PyDict();
        ns.SetItem(PyStr.From("__module__"), PyStr.From("socket"));
        return Ops.Call(Types.Type, PyStr.From(name), PyTuple.Of(Types.OSError), ns);
    }

    private static PyObject Gaierror => s_gaierror ??= NewError("gaierror");
    private static PyObject Herror => s_herror ??= NewError("herror");

    private static PyException Errno(int err) => ErrnoModule.OSErrorFromErrno(err);

    /// <summary>set_gaierror: EAI_SYSTEM is errno's error, the rest gaierror(code, gai_strerror(code)).</summary>
    private static PyException GaiError(int code)
    {
        if (code == -11 /* EAI_SYSTEM */) return Errno(Marshal.GetLastPInvokeError());
        var msg = Marshal.PtrToStringUTF8((nint)Libc.gai_strerror(code)) ?? "";
        return PyExc.FromValue((PyBaseException)Ops.Call(Gaierror, PyInt.From(code), PyStr.From(msg)));
    }

    private static PySocket Self(PyObject o) => o as PySocket ?? throw PyExc.TypeError($"descriptor requires a '_socket.socket' object but received a '{Ops.TypeName(o)}'");

    /// <summary>
    /// sock_call_ex: runs <paramref name="op"/> (a system call returning a negative value and errno on failure) until it
    /// succeeds; EINTR retries; on a socket with a positive timeout, EWOULDBLOCK waits for readiness with poll() and a
    /// wait that outlasts the timeout raises TimeoutError("timed out"). Waits and blocking calls release the GIL.
    /// </summary>
    private static long SockCall(PySocket s, bool writing, Func<long> op, double timeoutOverride = double.NaN)
    {
        double timeout = double.IsNaN(timeoutOverride) ? s.Timeout : timeoutOverride;
        long deadline = timeout > 0 ? Environment.TickCount64 + (long)Math.Ceiling(timeout * 1000) : 0;
        bool waitFirst = timeout > 0;
        while (true)
        {
            if (waitFirst)
            {
                int left = (int)Math.Max(0, deadline - Environment.TickCount64);
                int r = WaitFor(s.Fd, writing, left, out int perr);
                if (r < 0)
                {
                    if (perr == Libc.EINTR) continue;
                    throw Errno(perr);
                }
                if (r == 0) throw PyExc.Make(Types.TimeoutError, "timed out");
            }
            long res = 0; int err = 0;
            Gil.Blocking(() => { res = op(); err = res < 0 ? Marshal.GetLastPInvokeError() : 0; });
            if (res >= 0) return res;
            if (err == Libc.EINTR) continue;
            if (timeout > 0 && err == Libc.EAGAIN) { waitFirst = true; continue; }
            throw Errno(err);
        }
    }

    /// <summary>internal_select: poll() one descriptor for reading or writing; 0 on timeout.</summary>
    private static int WaitFor(int fd, bool writing, int ms, out int err)
    {
        short events = (short)(writing ? 4 : 1 | 2);
        int r = 0, e = 0;
        Gil.Blocking(() =>
        {
            var pfd = new Libc.PollFd { Fd = fd, Events = events };
            r = Libc.poll(&pfd, 1, ms);
            e = Marshal.GetLastPInvokeError();
        });
        err = e;
        return r;
    }

    /// <summary>internal_setblocking: O_NONBLOCK follows the timeout (any timeout, even positive, is non-blocking underneath).</summary>
    private static void SetBlocking(PySocket s, bool block)
    {
        int flags = Libc.fcntl(s.Fd, 3 /* F_GETFL */, 0);
        if (flags < 0) throw Errno(Libc.Errno);
        int nf = block ? flags & ~Libc.O_NONBLOCK : flags | Libc.O_NONBLOCK;
        if (nf != flags && Libc.fcntl(s.Fd, 4 /* F_SETFL */, nf) < 0) throw Errno(Libc.Errno);
    }

    /// <summary>init_sockobject.</summary>
    private static void InitSocket(PySocket s, int fd, int family, int type, int proto)
    {
        s.Fd = fd; s.Family = family; s.SockType = type & ~(SOCK_NONBLOCK | SOCK_CLOEXEC); s.Proto = proto;
        if ((type & SOCK_NONBLOCK) != 0) s.Timeout = 0;
        else
        {
            s.Timeout = s_defaultTimeout;
            if (s_defaultTimeout >= 0) SetBlocking(s, false);
        }
    }

    /// <summary>socket.settimeout's argument (socket_parse_timeout): None is -1; negative values are refused.</summary>
    private static double ParseTimeout(PyObject o)
    {
        if (o == None) return -1;
        double t;
        try { t = SelectModule.Seconds(o); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.TypeError))
        {
            throw PyExc.TypeError($"'{Ops.TypeName(o)}' object cannot be interpreted as an integer");
        }
        if (t < 0) throw PyExc.ValueError("Timeout value out of range");
        return t;
    }

    private static PyObject TimeoutObject(double t) => t < 0 ? None : PyFloat.From(t);

    private static PyType MakeType()
    {
        var t = ModuleSupport.NewType("_socket", "socket");
        s_type = t;
        DefStatic(t, "__new__", (a, kw) => ModuleSupport.WithDict(new PySocket((PyType)a[0]), (PyType)a[0]));
        // sock_initobj_impl
        Def(t, "__init__", (a, kw) =>
        {
            var s = Self(a[0]);
            var p = ModuleSupport.Unpack("socket", a[1..], kw, ["family", "type", "proto", "fileno"], 0);
            int family = p[0] == null ? -1 : ToInt(p[0]!), type = p[1] == null ? -1 : ToInt(p[1]!), proto = p[2] == null ? -1 : ToInt(p[2]!);
            int fd;
            if (p[3] != null && p[3] != None)
            {
                if (p[3] is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
                long f = ToLong(p[3]!);
                if (f < 0) throw PyExc.ValueError("negative file descriptor");
                fd = (int)f;
                int v, len = 4;
                if (family == -1)
                {
                    if (Libc.getsockopt(fd, SOL_SOCKET, SO_DOMAIN, (byte*)&v, &len) != 0) throw Errno(Libc.Errno);
                    family = v;
                }
                if (type == -1)
                {
                    if (Libc.getsockopt(fd, SOL_SOCKET, SO_TYPE, (byte*)&v, &len) != 0) throw Errno(Libc.Errno);
                    type = v;
                }
                if (proto == -1)
                {
                    if (Libc.getsockopt(fd, SOL_SOCKET, SO_PROTOCOL, (byte*)&v, &len) != 0) throw Errno(Libc.Errno);
                    proto = v;
                }
            }
            else
            {
                if (family == -1) family = AF_INET;
                if (type == -1) type = SOCK_STREAM;
                if (proto == -1) proto = 0;
                fd = Libc.socket(family, type | SOCK_CLOEXEC, proto);
                if (fd < 0) throw Errno(Libc.Errno);
            }
            InitSocket(s, fd, family, type, proto);
            return None;
        });
        GetSet(t, "family", o => PyInt.From(Self(o).Family));
        GetSet(t, "type", o => PyInt.From(Self(o).SockType));
        GetSet(t, "proto", o => PyInt.From(Self(o).Proto));
        GetSet(t, "timeout", o => TimeoutObject(Self(o).Timeout));
        // sock_repr
        Def0(t, "__repr__", o =>
        {
            var s = Self(o);
            return PyStr.From($"<socket object, fd={s.Fd}, family={s.Family}, type={s.SockType}, proto={s.Proto}>");
        });
        Def0(t, "fileno", o => PyInt.From(Self(o).Fd));
        // sock_close: ECONNRESET is not an error (the peer closed first).
        Def0(t, "close", o =>
        {
            var s = Self(o);
            int fd = s.Fd;
            if (fd != -1)
            {
                s.Fd = -1;
                if (Libc.close(fd) < 0 && Libc.Errno != 104) throw Errno(Libc.Errno);
            }
            return None;
        });
        Def0(t, "detach", o => { var s = Self(o); int fd = s.Fd; s.Fd = -1; return PyInt.From(fd); });
        Def0(t, "getblocking", o => PyBool.From(Self(o).Timeout != 0));
        // sock_setblocking: True is no timeout, False is timeout 0.
        Def1(t, "setblocking", (o, flag) =>
        {
            var s = Self(o);
            bool block = Ops.IsTrue(flag);
            s.Timeout = block ? -1 : 0;
            SetBlocking(s, block);
            return None;
        });
        Def1(t, "settimeout", (o, v) =>
        {
            var s = Self(o);
            s.Timeout = ParseTimeout(v);
            SetBlocking(s, s.Timeout < 0);
            return None;
        });
        Def0(t, "gettimeout", o => TimeoutObject(Self(o).Timeout));
        Def1(t, "bind", (o, addr) =>
        {
            var s = Self(o);
            var sa = EncodeAddress(s, addr, "bind");
            fixed (byte* b = sa) if (Libc.bind(s.Fd, b, sa.Length) < 0) throw Errno(Libc.Errno);
            return None;
        });
        Def(t, "listen", (a, kw) =>
        {
            NoKeywords(t, "listen", kw);
            if (a.Length > 2) CheckCount("listen", a.Length - 1, 0, 1);
            var s = Self(a[0]);
            int backlog = a.Length > 1 ? Math.Max(0, ToInt(a[1])) : Math.Min(4096 /* SOMAXCONN */, 128);
            if (Libc.listen(s.Fd, backlog) < 0) throw Errno(Libc.Errno);
            return None;
        });
        Def1(t, "connect", (o, addr) =>
        {
            var s = Self(o);
            int err = Connect(s, EncodeAddress(s, addr, "connect"), raise: true);
            if (err != 0) throw Errno(err);
            return None;
        });
        Def1(t, "connect_ex", (o, addr) =>
        {
            var s = Self(o);
            return PyInt.From(Connect(s, EncodeAddress(s, addr, "connect_ex"), raise: false));
        });
        // sock_accept: the new descriptor (non-inheritable) and the peer's address.
        Def0(t, "_accept", o =>
        {
            var s = Self(o);
            var addr = new byte[SockaddrMax];
            int len = SockaddrMax;
            long fd;
            fixed (byte* b = addr)
            {
                var bp = b;
                fd = SockCall(s, false, () => { int l = SockaddrMax; int r = Libc.accept4(s.Fd, bp, &l, SOCK_CLOEXEC); len = l; return r; });
            }
            return PyTuple.Of(PyInt.From(fd), DecodeAddress(addr, len, s.Proto));
        });
        Def0(t, "getsockname", o => NameOf(Self(o), peer: false));
        Def0(t, "getpeername", o => NameOf(Self(o), peer: true));
        Def(t, "shutdown", (a, kw) =>
        {
            NoKeywords(t, "shutdown", kw);
            if (a.Length != 2) CheckCount("shutdown", a.Length - 1, 1, 1);
            if (Libc.shutdown(Self(a[0]).Fd, ToInt(a[1])) < 0) throw Errno(Libc.Errno);
            return None;
        });
        InitIoMethods(t);
        InitOptionMethods(t);
        return t;
    }

    /// <summary>internal_connect: a socket with a timeout waits for the connection (EINPROGRESS) and reads SO_ERROR.</summary>
    private static int Connect(PySocket s, byte[] sa, bool raise)
    {
        int r = 0, err = 0;
        fixed (byte* b = sa)
        {
            var bp = b; int len = sa.Length;
            Gil.Blocking(() => { r = Libc.connect(s.Fd, bp, len); err = r < 0 ? Marshal.GetLastPInvokeError() : 0; });
        }
        if (r == 0) return 0;
        if (err == Libc.EINTR || (err == Libc.EINPROGRESS && s.Timeout != 0))
        {
            if (s.Timeout == 0) return err;
            int ms = s.Timeout < 0 ? -1 : (int)Math.Ceiling(s.Timeout * 1000);
            int pr = WaitFor(s.Fd, true, ms, out int perr);
            if (pr < 0) return perr;
            if (pr == 0)
            {
                if (raise) throw PyExc.Make(Types.TimeoutError, "timed out");
                return Libc.EWOULDBLOCK;
            }
            int soerr = 0, len = 4;
            if (Libc.getsockopt(s.Fd, SOL_SOCKET, SO_ERROR, (byte*)&soerr, &len) < 0) return Libc.Errno;
            if (soerr == Libc.EISCONN) return 0;
            return soerr;
        }
        return err;
    }

    private static PyObject NameOf(PySocket s, bool peer)
    {
        var addr = new byte[SockaddrMax];
        int len = SockaddrMax;
        fixed (byte* b = addr)
            if ((peer ? Libc.getpeername(s.Fd, b, &len) : Libc.getsockname(s.Fd, b, &len)) < 0) throw Errno(Libc.Errno);
        return DecodeAddress(addr, len, s.Proto);
    }
}
