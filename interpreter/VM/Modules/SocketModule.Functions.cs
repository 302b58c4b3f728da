using System.Runtime.InteropServices;
using System.Text;
using Pyref.VM.Modules.IO;
using Pyref.VM.Modules.Posix;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>socketmodule.c's address conversions (getsockaddrarg, makesockaddr, setipaddr) and module functions.</summary>
public static unsafe partial class SocketModule
{
    /// <summary>getsockaddrarg: a Python address for the socket's family as a struct sockaddr.</summary>
    private static byte[] EncodeAddress(PySocket s, PyObject addr, string caller)
    {
        switch (s.Family)
        {
            case AF_UNIX:
            {
                byte[] path = addr is PyStr ps ? Fs.Encode(ps.Value)
                    : addr is PyBytes or PyByteArray ? Buffers.Read(addr).ToArray()
                    : Ops.GetAttrOrNull(addr, PyStr.Intern("__fspath__")) != null ? EncodePath(Fs.FsPath(addr))
                    : Buffers.Read(addr).ToArray();
                bool abstractName = path.Length == 0 || path[0] == 0;
                if (abstractName ? path.Length > 108 : path.Length >= 108) throw PyExc.OSError("AF_UNIX path too long");
                var sa = new byte[2 + path.Length + (abstractName ? 0 : 1)];
                sa[0] = AF_UNIX;
                path.CopyTo(sa, 2);
                return abstractName ? sa : sa[..(2 + path.Length)];
            }
            case AF_INET:
            {
                if (addr is not PyTuple t)
                    throw PyExc.TypeError($"{caller}(): AF_INET address must be tuple, not {Ops.TypeName(addr)}");
                if (t.Items.Length != 2) throw PyExc.TypeError("AF_INET address must be a pair (host, port)");
                var host = HostName(t.Items[0]);
                int port = Port(t.Items[1], caller);
                var ip = SetIpAddr(host, AF_INET);
                var sa = new byte[16];
                sa[0] = AF_INET;
                sa[2] = (byte)(port >> 8); sa[3] = (byte)port;
                ip.CopyTo(sa, 4);
                return sa;
            }
            case AF_INET6:
            {
                if (addr is not PyTuple t)
                    throw PyExc.TypeError($"{caller}(): AF_INET6 address must be tuple, not {Ops.TypeName(addr)}");
                if (t.Items.Length < 2 || t.Items.Length > 4)
                    throw PyExc.TypeError("AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])");
                var host = HostName(t.Items[0]);
                int port = Port(t.Items[1], caller);
                long flow = t.Items.Length > 2 ? ToLong(t.Items[2]) : 0;
                long scope = t.Items.Length > 3 ? ToLong(t.Items[3]) : 0;
                if (flow < 0 || flow > 0xfffff) throw PyExc.OverflowError($"{caller}(): flowinfo must be 0-1048575.");
                var ip = SetIpAddr(host, AF_INET6);
                var sa = new byte[28];
                sa[0] = AF_INET6;
                sa[2] = (byte)(port >> 8); sa[3] = (byte)port;
                sa[4] = (byte)(flow >> 24); sa[5] = (byte)(flow >> 16); sa[6] = (byte)(flow >> 8); sa[7] = (byte)flow;
                ip.CopyTo(sa, 8);
                BitConverter.TryWriteBytes(sa.AsSpan(24), (uint)scope);
                return sa;
            }
            default:
                throw PyExc.OSError($"{caller}(): bad family");
        }
    }

    private static byte[] EncodePath(PyObject p) => p is PyStr s ? Fs.Encode(s.Value) : ((PyBytes)p).Value;

    /// <summary>idna_converter: str (ASCII here) or bytes-like host names.</summary>
    private static string HostName(PyObject o) => o switch
    {
        PyStr s => s.Value,
        PyBytes or PyByteArray => Encoding.Latin1.GetString(Buffers.Read(o)),
        _ => throw PyExc.TypeError($"str, bytes or bytearray expected, not {Ops.TypeName(o)}"),
    };

    private static int Port(PyObject o, string caller)
    {
        var i = Ops.Index(o);
        if (!i.IsSmall || i.Small < 0 || i.Small > 0xffff) throw PyExc.OverflowError($"{caller}(): port must be 0-65535.");
        return (int)i.Small;
    }

    /// <summary>setipaddr: "" is the wildcard, "&lt;broadcast&gt;" the IPv4 broadcast, numbers parse directly, names go through getaddrinfo.</summary>
    private static byte[] SetIpAddr(string name, int af)
    {
        int size = af == AF_INET ? 4 : 16;
        if (name.Length == 0) return new byte[size];
        if (name == "<broadcast>" || name == "255.255.255.255")
        {
            if (af != AF_INET) throw PyExc.OSError("address family mismatched");
            return [255, 255, 255, 255];
        }
        var buf = new byte[16];
        fixed (byte* b = buf)
            if (Libc.inet_pton(af, CStr(name), b) == 1) return buf[..size];
        var infos = GetAddrInfo(Encoding.UTF8.GetBytes(name), null, af, 0, 0, 0);
        foreach (var (fam, _, _, _, sa) in infos)
            if (fam == af) return af == AF_INET ? sa[4..8] : sa[8..24];
        throw PyExc.OSError("address family mismatched");
    }

    private static byte[] CStr(string s) => Libc.CString(Encoding.UTF8.GetBytes(s));

    private static string Ntop(int af, ReadOnlySpan<byte> packed)
    {
        byte* dst = stackalloc byte[64];
        fixed (byte* src = packed)
            if (Libc.inet_ntop(af, src, dst, 64) == null) throw Errno(Libc.Errno);
        return Marshal.PtrToStringUTF8((nint)dst) ?? "";
    }

    /// <summary>makesockaddr: a struct sockaddr as the Python address of its family.</summary>
    private static PyObject DecodeAddress(byte[] sa, int len, int proto)
    {
        if (len == 0) return None;
        int family = sa[0] | sa[1] << 8;
        switch (family)
        {
            case AF_INET:
                return PyTuple.Of(PyStr.From(Ntop(AF_INET, sa.AsSpan(4, 4))), PyInt.From(sa[2] << 8 | sa[3]));
            case AF_INET6:
                return PyTuple.Of(PyStr.From(Ntop(AF_INET6, sa.AsSpan(8, 16))), PyInt.From(sa[2] << 8 | sa[3]),
                    PyInt.From((long)((uint)sa[4] << 24 | (uint)sa[5] << 16 | (uint)sa[6] << 8 | sa[7])), PyInt.From(BitConverter.ToUInt32(sa, 24)));
            case AF_UNIX:
            {
                int plen = Math.Max(0, len - 2);
                if (plen > 0 && sa[2] == 0) return PyBytes.From(sa[2..(2 + plen)]);
                int n = 0;
                while (n < plen && sa[2 + n] != 0) n++;
                return PyStr.From(Fs.Decode(sa.AsSpan(2, n)));
            }
            default:
                return PyTuple.Of(PyInt.From(family), PyBytes.From(sa[2..16]));
        }
    }

    /// <summary>getaddrinfo(3) as (family, type, proto, canonname, sockaddr bytes) rows; failures raise gaierror.</summary>
    private static List<(int, int, int, string, byte[])> GetAddrInfo(byte[]? host, byte[]? port, int family, int type, int proto, int flags)
    {
        byte* hints = stackalloc byte[48];
        new Span<byte>(hints, 48).Clear();
        *(int*)hints = flags; *(int*)(hints + 4) = family; *(int*)(hints + 8) = type; *(int*)(hints + 12) = proto;
        byte* res = null;
        int err = 0;
        var h = host == null ? null : Libc.CString(host);
        var p = port == null ? null : Libc.CString(port);
        Gil.Blocking(() => { byte* r; err = Libc.getaddrinfo(h!, p, hints, &r); res = r; });
        if (err != 0) throw GaiError(err);
        var rows = new List<(int, int, int, string, byte[])>();
        try
        {
            // struct addrinfo (64-bit glibc): flags, family, socktype, protocol, addrlen, [pad], addr*, canonname*, next*
            for (byte* ai = res; ai != null; ai = *(byte**)(ai + 40))
            {
                int alen = *(int*)(ai + 16);
                var sa = new ReadOnlySpan<byte>(*(byte**)(ai + 24), alen).ToArray();
                var canon = *(byte**)(ai + 32);
                rows.Add((*(int*)(ai + 4), *(int*)(ai + 8), *(int*)(ai + 12), canon == null ? "" : Marshal.PtrToStringUTF8((nint)canon) ?? "", sa));
            }
        }
        finally { Libc.freeaddrinfo(res); }
        return rows;
    }

    private static void InitFunctions(PyDict d)
    {
        // socket_socketpair: two connected sockets, non-inheritable.
        d.Set("socketpair", Fn("socketpair", (a, kw) =>
        {
            NoKeywords("socketpair", kw);
            CheckCount("socketpair", a.Length, 0, 3);
            int family = a.Length > 0 ? ToInt(a[0]) : AF_UNIX, type = a.Length > 1 ? ToInt(a[1]) : SOCK_STREAM, proto = a.Length > 2 ? ToInt(a[2]) : 0;
            int* sv = stackalloc int[2];
            if (Libc.socketpair(family, type | SOCK_CLOEXEC, proto, sv) < 0) throw Errno(Libc.Errno);
            var s0 = new PySocket(SocketType); InitSocket(s0, sv[0], family, type, proto);
            var s1 = new PySocket(SocketType); InitSocket(s1, sv[1], family, type, proto);
            return PyTuple.Of(s0, s1);
        }));
        // socket_dup: a non-inheritable duplicate.
        d.Set("dup", Fn("dup", (a, kw) =>
        {
            CheckCount("dup", a.Length, 1, 1);
            int fd = Libc.fcntl(ToInt(a[0]), 1030 /* F_DUPFD_CLOEXEC */, 0);
            return fd < 0 ? throw Errno(Libc.Errno) : PyInt.From(fd);
        }));
        d.Set("close", Fn("close", (a, kw) =>
        {
            CheckCount("close", a.Length, 1, 1);
            if (Libc.close(ToInt(a[0])) < 0 && Libc.Errno != 104) throw Errno(Libc.Errno);
            return None;
        }));
        d.Set("getdefaulttimeout", Fn("getdefaulttimeout", (a, kw) => TimeoutObject(s_defaultTimeout)));
        d.Set("setdefaulttimeout", Fn("setdefaulttimeout", (a, kw) =>
        {
            CheckCount("setdefaulttimeout", a.Length, 1, 1);
            s_defaultTimeout = ParseTimeout(a[0]);
            return None;
        }));
        d.Set("gethostname", Fn("gethostname", (a, kw) =>
        {
            byte* buf = stackalloc byte[1025];
            if (Libc.gethostname(buf, 1024) < 0) throw Errno(Libc.Errno);
            buf[1024] = 0;
            return PyStr.From(Fs.Decode(Libc.FromCString(buf)));
        }));
        d.Set("gethostbyname", Fn("gethostbyname", (a, kw) =>
        {
            CheckCount("gethostbyname", a.Length, 1, 1);
            return PyStr.From(Ntop(AF_INET, SetIpAddr(HostName(a[0]), AF_INET)));
        }));
        // socket_gethostbyaddr: the name the address resolves back to (a name is resolved first), as gethost_common
        // builds it. The C library's resolver is not reentrant here, so the GIL is kept during the call.
        d.Set("gethostbyaddr", Fn("gethostbyaddr", (a, kw) =>
        {
            CheckCount("gethostbyaddr", a.Length, 1, 1);
            var name = a[0] is PyStr ps ? ps.Value : EncodePath(Fs.FsPath(a[0])) is var b ? Encoding.UTF8.GetString(b) : "";
            int af = AF_INET;
            byte[] ip;
            var probe = new byte[16];
            fixed (byte* pb = probe)
            {
                if (Libc.inet_pton(AF_INET, CStr(name), pb) == 1) ip = probe[..4];
                else if (Libc.inet_pton(AF_INET6, CStr(name), pb) == 1) { ip = probe; af = AF_INET6; }
                else ip = SetIpAddr(name, AF_INET);
            }
            byte* h;
            fixed (byte* ipp = ip) h = Libc.gethostbyaddr(ipp, ip.Length, af);
            return HostEnt(h, af);
        }));
        d.Set("gethostbyname_ex", Fn("gethostbyname_ex", (a, kw) =>
        {
            CheckCount("gethostbyname_ex", a.Length, 1, 1);
            var name = HostName(a[0]);
            SetIpAddr(name, AF_INET);
            return HostEnt(Libc.gethostbyname2(CStr(name), AF_INET), AF_INET);
        }));
        // socket_getaddrinfo
        d.Set("getaddrinfo", Fn("getaddrinfo", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("getaddrinfo", a, kw, ["host", "port", "family", "type", "proto", "flags"], 2);
            byte[]? host = p[0] == None ? null : p[0] is PyStr hs ? Encoding.UTF8.GetBytes(hs.Value)
                : p[0] is PyBytes hb ? hb.Value : throw PyExc.TypeError("getaddrinfo() argument 1 must be string or None");
            byte[]? port = p[1] == None ? null : p[1] is PyInt pi ? Encoding.ASCII.GetBytes(Ops.StrString(pi))
                : p[1] is PyStr ps ? Encoding.UTF8.GetBytes(ps.Value) : p[1] is PyBytes pb ? pb.Value
                : throw PyExc.OSError("Int or String expected");
            int Opt(int i) => p[i] == null ? 0 : ToInt(p[i]!);
            if (host == null && port == null) throw GaiError(-2 /* EAI_NONAME */);
            var rows = GetAddrInfo(host, port, Opt(2), Opt(3), Opt(4), Opt(5));
            var list = new List<PyObject>();
            foreach (var (fam, type, proto, canon, sa) in rows)
                list.Add(PyTuple.Of(PyInt.From(fam), PyInt.From(type), PyInt.From(proto), PyStr.From(canon), DecodeAddress(sa, sa.Length, proto)));
            return new PyList(list);
        }));
        d.Set("getprotobyname", Fn("getprotobyname", (a, kw) =>
        {
            CheckCount("getprotobyname", a.Length, 1, 1);
            var name = a[0] is PyStr s ? s.Value : throw PyExc.TypeError($"getprotobyname() argument must be str, not {Ops.TypeName(a[0])}");
            // DEVIATION(CPython): the common entries of /etc/protocols, not getprotobyname(3).
            return name switch
            {
                "ip" => PyInt.From(0), "icmp" => PyInt.From(1), "tcp" => PyInt.From(6), "udp" => PyInt.From(17), "ipv6" => PyInt.From(41),
                _ => throw PyExc.OSError("protocol not found"),
            };
        }));
        // socket_htons & co.: 16- and 32-bit byte swaps with the C converters' range errors.
        d.Set("htons", Fn("htons", (a, kw) => Swap16("htons", a)));
        d.Set("ntohs", Fn("ntohs", (a, kw) => Swap16("ntohs", a)));
        d.Set("htonl", Fn("htonl", (a, kw) => Swap32("htonl", a)));
        d.Set("ntohl", Fn("ntohl", (a, kw) => Swap32("ntohl", a)));
        d.Set("inet_aton", Fn("inet_aton", (a, kw) =>
        {
            CheckCount("inet_aton", a.Length, 1, 1);
            var s = a[0] is PyStr ps ? ps.Value : throw PyExc.TypeError($"inet_aton() argument 1 must be str, not {Ops.TypeName(a[0])}");
            uint v;
            if (Libc.inet_aton(CStr(s), &v) == 0) throw PyExc.OSError("illegal IP address string passed to inet_aton");
            return PyBytes.From(BitConverter.GetBytes(v));
        }));
        d.Set("inet_ntoa", Fn("inet_ntoa", (a, kw) =>
        {
            CheckCount("inet_ntoa", a.Length, 1, 1);
            var b = Buffers.Read(a[0]);
            if (b.Length != 4) throw PyExc.OSError("packed IP wrong length for inet_ntoa");
            return PyStr.From($"{b[0]}.{b[1]}.{b[2]}.{b[3]}");
        }));
        d.Set("inet_pton", Fn("inet_pton", (a, kw) =>
        {
            CheckCount("inet_pton", a.Length, 2, 2);
            int af = ToInt(a[0]);
            var s = a[1] is PyStr ps ? ps.Value : throw PyExc.TypeError($"inet_pton() argument 2 must be str, not {Ops.TypeName(a[1])}");
            var buf = new byte[16];
            int r;
            fixed (byte* b = buf) r = Libc.inet_pton(af, CStr(s), b);
            if (r < 0) throw Errno(Libc.Errno);
            if (r == 0) throw PyExc.OSError("illegal IP address string passed to inet_pton");
            return PyBytes.From(af == AF_INET ? buf[..4] : buf);
        }));
        d.Set("inet_ntop", Fn("inet_ntop", (a, kw) =>
        {
            CheckCount("inet_ntop", a.Length, 2, 2);
            int af = ToInt(a[0]);
            var b = Buffers.Read(a[1]).ToArray();
            if (af == AF_INET) { if (b.Length != 4) throw PyExc.ValueError("invalid length of packed IP address string"); }
            else if (af == AF_INET6) { if (b.Length != 16) throw PyExc.ValueError("invalid length of packed IP address string"); }
            else throw PyExc.ValueError($"unknown address family {af}");
            return PyStr.From(Ntop(af, b));
        }));
        d.Set("if_nametoindex", Fn("if_nametoindex", (a, kw) =>
        {
            CheckCount("if_nametoindex", a.Length, 1, 1);
            var name = a[0] is PyStr s ? Fs.Encode(s.Value) : EncodePath(Fs.FsPath(a[0]));
            uint r = Libc.if_nametoindex(Libc.CString(name));
            return r == 0 ? throw PyExc.OSError("no interface with this name") : PyInt.From(r);
        }));
    }

    /// <summary>gethost_common: (name, aliases, addresses) from a struct hostent, or herror from h_errno.</summary>
    private static PyObject HostEnt(byte* h, int af)
    {
        if (h == null)
        {
            int code = *Libc.__h_errno_location();
            var msg = Marshal.PtrToStringUTF8((nint)Libc.hstrerror(code)) ?? "";
            throw PyExc.FromValue((PyBaseException)Ops.Call(Herror, PyInt.From(code), PyStr.From(msg)));
        }
        var name = PyStr.From(Marshal.PtrToStringUTF8(*(nint*)h) ?? "");
        var aliases = new List<PyObject>();
        for (byte** p = *(byte***)(h + 8); p != null && *p != null; p++) aliases.Add(PyStr.From(Marshal.PtrToStringUTF8((nint)(*p)) ?? ""));
        int len = *(int*)(h + 20);
        var addrs = new List<PyObject>();
        for (byte** p = *(byte***)(h + 24); p != null && *p != null; p++)
            addrs.Add(PyStr.From(Ntop(len == 16 ? AF_INET6 : AF_INET, new ReadOnlySpan<byte>(*p, len))));
        return PyTuple.Of(name, new PyList(aliases), new PyList(addrs));
    }

    private static PyObject Swap16(string name, ReadOnlySpan<PyObject> a)
    {
        CheckCount(name, a.Length, 1, 1);
        if (a[0] is not PyInt) throw PyExc.TypeError($"'{Ops.TypeName(a[0])}' object cannot be interpreted as an integer");
        var i = Ops.Index(a[0]);
        if (i.IsSmall && i.Small < 0) throw PyExc.OverflowError($"{name}: can't convert negative Python int to C 16-bit unsigned integer");
        if (!i.IsSmall || i.Small > 0xffff) throw PyExc.OverflowError($"{name}: Python int too large to convert to C 16-bit unsigned integer");
        int v = (int)i.Small;
        return PyInt.From((v & 0xff) << 8 | v >> 8);
    }

    private static PyObject Swap32(string name, ReadOnlySpan<PyObject> a)
    {
        CheckCount(name, a.Length, 1, 1);
        if (a[0] is not PyInt) throw PyExc.TypeError($"expected int, {Ops.TypeName(a[0])} found");
        var i = Ops.Index(a[0]);
        if (i.IsSmall && i.Small < 0) throw PyExc.OverflowError("can't convert negative value to unsigned int");
        if (!i.IsSmall || i.Small > uint.MaxValue) throw PyExc.OverflowError("int larger than 32 bits");
        return PyInt.From(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness((uint)i.Small));
    }

    /// <summary>The Linux values of the constants socketmodule.c exports (sys/socket.h, netinet/in.h, netinet/tcp.h, netdb.h...).</summary>
    private static readonly (string, long)[] Constants =
    [
        ("AF_ALG", 38), ("AF_APPLETALK", 5), ("AF_ASH", 18), ("AF_ATMPVC", 8), ("AF_ATMSVC", 20), ("AF_AX25", 3),
        ("AF_BRIDGE", 7), ("AF_CAN", 29), ("AF_DECnet", 12), ("AF_ECONET", 19), ("AF_INET", 2), ("AF_INET6", 10),
        ("AF_IPX", 4), ("AF_IRDA", 23), ("AF_KEY", 15), ("AF_LLC", 26), ("AF_NETBEUI", 13), ("AF_NETLINK", 16),
        ("AF_NETROM", 6), ("AF_PACKET", 17), ("AF_PPPOX", 24), ("AF_QIPCRTR", 42), ("AF_RDS", 21), ("AF_ROSE", 11),
        ("AF_ROUTE", 16), ("AF_SECURITY", 14), ("AF_SNA", 22), ("AF_TIPC", 30), ("AF_UNIX", 1), ("AF_UNSPEC", 0),
        ("AF_VSOCK", 40), ("AF_WANPIPE", 25), ("AF_X25", 9), ("AI_ADDRCONFIG", 32), ("AI_ALL", 16),
        ("AI_CANONNAME", 2), ("AI_NUMERICHOST", 4), ("AI_NUMERICSERV", 1024), ("AI_PASSIVE", 1), ("AI_V4MAPPED", 8),
        ("ALG_OP_DECRYPT", 0), ("ALG_OP_ENCRYPT", 1), ("ALG_OP_SIGN", 2), ("ALG_OP_VERIFY", 3),
        ("ALG_SET_AEAD_ASSOCLEN", 4), ("ALG_SET_AEAD_AUTHSIZE", 5), ("ALG_SET_IV", 2), ("ALG_SET_KEY", 1),
        ("ALG_SET_OP", 3), ("ALG_SET_PUBKEY", 6), ("CAN_BCM", 2), ("CAN_BCM_CAN_FD_FRAME", 2048),
        ("CAN_BCM_RX_ANNOUNCE_RESUME", 256), ("CAN_BCM_RX_CHANGED", 12), ("CAN_BCM_RX_CHECK_DLC", 64),
        ("CAN_BCM_RX_DELETE", 6), ("CAN_BCM_RX_FILTER_ID", 32), ("CAN_BCM_RX_NO_AUTOTIMER", 128),
        ("CAN_BCM_RX_READ", 7), ("CAN_BCM_RX_RTR_FRAME", 1024), ("CAN_BCM_RX_SETUP", 5), ("CAN_BCM_RX_STATUS", 10),
        ("CAN_BCM_RX_TIMEOUT", 11), ("CAN_BCM_SETTIMER", 1), ("CAN_BCM_STARTTIMER", 2), ("CAN_BCM_TX_ANNOUNCE", 8),
        ("CAN_BCM_TX_COUNTEVT", 4), ("CAN_BCM_TX_CP_CAN_ID", 16), ("CAN_BCM_TX_DELETE", 2), ("CAN_BCM_TX_EXPIRED", 9),
        ("CAN_BCM_TX_READ", 3), ("CAN_BCM_TX_RESET_MULTI_IDX", 512), ("CAN_BCM_TX_SEND", 4), ("CAN_BCM_TX_SETUP", 1),
        ("CAN_BCM_TX_STATUS", 8), ("CAN_EFF_FLAG", 2147483648), ("CAN_EFF_MASK", 536870911),
        ("CAN_ERR_FLAG", 536870912), ("CAN_ERR_MASK", 536870911), ("CAN_ISOTP", 6), ("CAN_J1939", 7), ("CAN_RAW", 1),
        ("CAN_RAW_FD_FRAMES", 5), ("CAN_RAW_FILTER", 1), ("CAN_RAW_JOIN_FILTERS", 6), ("CAN_RAW_LOOPBACK", 3),
        ("CAN_RAW_RECV_OWN_MSGS", 4), ("CAN_RTR_FLAG", 1073741824), ("CAN_SFF_MASK", 2047), ("EAI_ADDRFAMILY", -9),
        ("EAI_AGAIN", -3), ("EAI_BADFLAGS", -1), ("EAI_FAIL", -4), ("EAI_FAMILY", -6), ("EAI_MEMORY", -10),
        ("EAI_NODATA", -5), ("EAI_NONAME", -2), ("EAI_OVERFLOW", -12), ("EAI_SERVICE", -8), ("EAI_SOCKTYPE", -7),
        ("EAI_SYSTEM", -11), ("INADDR_ALLHOSTS_GROUP", 3758096385), ("INADDR_ANY", 0),
        ("INADDR_BROADCAST", 4294967295), ("INADDR_LOOPBACK", 2130706433), ("INADDR_MAX_LOCAL_GROUP", 3758096639),
        ("INADDR_NONE", 4294967295), ("INADDR_UNSPEC_GROUP", 3758096384), ("IOCTL_VM_SOCKETS_GET_LOCAL_CID", 1977),
        ("IPPORT_RESERVED", 1024), ("IPPORT_USERRESERVED", 5000), ("IPPROTO_AH", 51), ("IPPROTO_DSTOPTS", 60),
        ("IPPROTO_EGP", 8), ("IPPROTO_ESP", 50), ("IPPROTO_FRAGMENT", 44), ("IPPROTO_GRE", 47),
        ("IPPROTO_HOPOPTS", 0), ("IPPROTO_ICMP", 1), ("IPPROTO_ICMPV6", 58), ("IPPROTO_IDP", 22), ("IPPROTO_IGMP", 2),
        ("IPPROTO_IP", 0), ("IPPROTO_IPIP", 4), ("IPPROTO_IPV6", 41), ("IPPROTO_MPTCP", 262), ("IPPROTO_NONE", 59),
        ("IPPROTO_PIM", 103), ("IPPROTO_PUP", 12), ("IPPROTO_RAW", 255), ("IPPROTO_ROUTING", 43),
        ("IPPROTO_RSVP", 46), ("IPPROTO_SCTP", 132), ("IPPROTO_TCP", 6), ("IPPROTO_TP", 29), ("IPPROTO_UDP", 17),
        ("IPPROTO_UDPLITE", 136), ("IPV6_CHECKSUM", 7), ("IPV6_DONTFRAG", 62), ("IPV6_DSTOPTS", 59),
        ("IPV6_HOPLIMIT", 52), ("IPV6_HOPOPTS", 54), ("IPV6_JOIN_GROUP", 20), ("IPV6_LEAVE_GROUP", 21),
        ("IPV6_MULTICAST_HOPS", 18), ("IPV6_MULTICAST_IF", 17), ("IPV6_MULTICAST_LOOP", 19), ("IPV6_NEXTHOP", 9),
        ("IPV6_PATHMTU", 61), ("IPV6_PKTINFO", 50), ("IPV6_RECVDSTOPTS", 58), ("IPV6_RECVHOPLIMIT", 51),
        ("IPV6_RECVHOPOPTS", 53), ("IPV6_RECVPATHMTU", 60), ("IPV6_RECVPKTINFO", 49), ("IPV6_RECVRTHDR", 56),
        ("IPV6_RECVTCLASS", 66), ("IPV6_RTHDR", 57), ("IPV6_RTHDRDSTOPTS", 55), ("IPV6_RTHDR_TYPE_0", 0),
        ("IPV6_TCLASS", 67), ("IPV6_UNICAST_HOPS", 16), ("IPV6_V6ONLY", 26), ("IP_ADD_MEMBERSHIP", 35),
        ("IP_BIND_ADDRESS_NO_PORT", 24), ("IP_DEFAULT_MULTICAST_LOOP", 1), ("IP_DEFAULT_MULTICAST_TTL", 1),
        ("IP_DROP_MEMBERSHIP", 36), ("IP_HDRINCL", 3), ("IP_MAX_MEMBERSHIPS", 20), ("IP_MULTICAST_IF", 32),
        ("IP_MULTICAST_LOOP", 34), ("IP_MULTICAST_TTL", 33), ("IP_OPTIONS", 4), ("IP_RECVOPTS", 6),
        ("IP_RECVRETOPTS", 7), ("IP_RECVTOS", 13), ("IP_RETOPTS", 7), ("IP_TOS", 1), ("IP_TRANSPARENT", 19),
        ("IP_TTL", 2), ("J1939_EE_INFO_NONE", 0), ("J1939_EE_INFO_TX_ABORT", 1), ("J1939_FILTER_MAX", 512),
        ("J1939_IDLE_ADDR", 254), ("J1939_MAX_UNICAST_ADDR", 253), ("J1939_NLA_BYTES_ACKED", 1), ("J1939_NLA_PAD", 0),
        ("J1939_NO_ADDR", 255), ("J1939_NO_NAME", 0), ("J1939_NO_PGN", 262144), ("J1939_PGN_ADDRESS_CLAIMED", 60928),
        ("J1939_PGN_ADDRESS_COMMANDED", 65240), ("J1939_PGN_MAX", 262143), ("J1939_PGN_PDU1_MAX", 261888),
        ("J1939_PGN_REQUEST", 59904), ("MSG_CMSG_CLOEXEC", 1073741824), ("MSG_CONFIRM", 2048), ("MSG_CTRUNC", 8),
        ("MSG_DONTROUTE", 4), ("MSG_DONTWAIT", 64), ("MSG_EOR", 128), ("MSG_ERRQUEUE", 8192),
        ("MSG_FASTOPEN", 536870912), ("MSG_MORE", 32768), ("MSG_NOSIGNAL", 16384), ("MSG_OOB", 1), ("MSG_PEEK", 2),
        ("MSG_TRUNC", 32), ("MSG_WAITALL", 256), ("NETLINK_CRYPTO", 21), ("NETLINK_DNRTMSG", 14),
        ("NETLINK_FIREWALL", 3), ("NETLINK_IP6_FW", 13), ("NETLINK_NFLOG", 5), ("NETLINK_ROUTE", 0),
        ("NETLINK_USERSOCK", 2), ("NETLINK_XFRM", 6), ("NI_DGRAM", 16), ("NI_MAXHOST", 1025), ("NI_MAXSERV", 32),
        ("NI_NAMEREQD", 8), ("NI_NOFQDN", 4), ("NI_NUMERICHOST", 1), ("NI_NUMERICSERV", 2), ("PACKET_BROADCAST", 1),
        ("PACKET_FASTROUTE", 6), ("PACKET_HOST", 0), ("PACKET_LOOPBACK", 5), ("PACKET_MULTICAST", 2),
        ("PACKET_OTHERHOST", 3), ("PACKET_OUTGOING", 4), ("PF_CAN", 29), ("PF_PACKET", 17), ("PF_RDS", 21),
        ("SCM_CREDENTIALS", 2), ("SCM_J1939_DEST_ADDR", 1), ("SCM_J1939_DEST_NAME", 2), ("SCM_J1939_ERRQUEUE", 4),
        ("SCM_J1939_PRIO", 3), ("SCM_RIGHTS", 1), ("SHUT_RD", 0), ("SHUT_RDWR", 2), ("SHUT_WR", 1),
        ("SOCK_CLOEXEC", 524288), ("SOCK_DGRAM", 2), ("SOCK_NONBLOCK", 2048), ("SOCK_RAW", 3), ("SOCK_RDM", 4),
        ("SOCK_SEQPACKET", 5), ("SOCK_STREAM", 1), ("SOL_ALG", 279), ("SOL_CAN_BASE", 100), ("SOL_CAN_RAW", 101),
        ("SOL_IP", 0), ("SOL_RDS", 276), ("SOL_SOCKET", 1), ("SOL_TCP", 6), ("SOL_TIPC", 271), ("SOL_UDP", 17),
        ("SOMAXCONN", 4096), ("SO_ACCEPTCONN", 30), ("SO_BINDTODEVICE", 25), ("SO_BROADCAST", 6), ("SO_DEBUG", 1),
        ("SO_DOMAIN", 39), ("SO_DONTROUTE", 5), ("SO_ERROR", 4), ("SO_INCOMING_CPU", 49), ("SO_J1939_ERRQUEUE", 4),
        ("SO_J1939_FILTER", 1), ("SO_J1939_PROMISC", 2), ("SO_J1939_SEND_PRIO", 3), ("SO_KEEPALIVE", 9),
        ("SO_LINGER", 13), ("SO_MARK", 36), ("SO_OOBINLINE", 10), ("SO_PASSCRED", 16), ("SO_PASSSEC", 34),
        ("SO_PEERCRED", 17), ("SO_PEERSEC", 31), ("SO_PRIORITY", 12), ("SO_PROTOCOL", 38), ("SO_RCVBUF", 8),
        ("SO_RCVLOWAT", 18), ("SO_RCVTIMEO", 20), ("SO_REUSEADDR", 2), ("SO_REUSEPORT", 15), ("SO_SNDBUF", 7),
        ("SO_SNDLOWAT", 19), ("SO_SNDTIMEO", 21), ("SO_TYPE", 3), ("SO_VM_SOCKETS_BUFFER_MAX_SIZE", 2),
        ("SO_VM_SOCKETS_BUFFER_MIN_SIZE", 1), ("SO_VM_SOCKETS_BUFFER_SIZE", 0), ("TCP_CONGESTION", 13),
        ("TCP_CORK", 3), ("TCP_DEFER_ACCEPT", 9), ("TCP_FASTOPEN", 23), ("TCP_INFO", 11), ("TCP_KEEPCNT", 6),
        ("TCP_KEEPIDLE", 4), ("TCP_KEEPINTVL", 5), ("TCP_LINGER2", 8), ("TCP_MAXSEG", 2), ("TCP_NODELAY", 1),
        ("TCP_NOTSENT_LOWAT", 25), ("TCP_QUICKACK", 12), ("TCP_SYNCNT", 7), ("TCP_USER_TIMEOUT", 18),
        ("TCP_WINDOW_CLAMP", 10), ("TIPC_ADDR_ID", 3), ("TIPC_ADDR_NAME", 2), ("TIPC_ADDR_NAMESEQ", 1),
        ("TIPC_CFG_SRV", 0), ("TIPC_CLUSTER_SCOPE", 2), ("TIPC_CONN_TIMEOUT", 130), ("TIPC_CRITICAL_IMPORTANCE", 3),
        ("TIPC_DEST_DROPPABLE", 129), ("TIPC_HIGH_IMPORTANCE", 2), ("TIPC_IMPORTANCE", 127),
        ("TIPC_LOW_IMPORTANCE", 0), ("TIPC_MEDIUM_IMPORTANCE", 1), ("TIPC_NODE_SCOPE", 3), ("TIPC_PUBLISHED", 1),
        ("TIPC_SRC_DROPPABLE", 128), ("TIPC_SUBSCR_TIMEOUT", 3), ("TIPC_SUB_CANCEL", 4), ("TIPC_SUB_PORTS", 1),
        ("TIPC_SUB_SERVICE", 2), ("TIPC_TOP_SRV", 1), ("TIPC_WAIT_FOREVER", -1), ("TIPC_WITHDRAWN", 2),
        ("TIPC_ZONE_SCOPE", 1), ("UDPLITE_RECV_CSCOV", 11), ("UDPLITE_SEND_CSCOV", 10),
        ("VMADDR_CID_ANY", 4294967295), ("VMADDR_CID_HOST", 2), ("VMADDR_PORT_ANY", 4294967295),
        ("VM_SOCKETS_INVALID_VERSION", 4294967295),
    ];
}
