using Pyref.VM.Modules.IO;
using Pyref.VM.Modules.Posix;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>The data-transfer and option methods of socketmodule.c's socket type (sock_recv, sock_send, sock_setsockopt...).</summary>
public static unsafe partial class SocketModule
{
    private static int Flags(ReadOnlySpan<PyObject> a, int i) => a.Length > i ? ToInt(a[i]) : 0;

    private static void InitIoMethods(PyType t)
    {
        // sock_recv
        Def(t, "recv", (a, kw) =>
        {
            var (s, n, flags) = RecvArgs(t, "recv", a, kw);
            var buf = new byte[n];
            long got;
            fixed (byte* b = buf) { var bp = b; got = SockCall(s, false, () => (long)Libc.recv(s.Fd, bp, (nint)n, flags)); }
            if (got < n) Array.Resize(ref buf, (int)got);
            return PyBytes.From(buf);
        });
        // sock_recv_into: nbytes 0 means the whole buffer.
        Def(t, "recv_into", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("recv_into", a[1..], kw, ["buffer", "nbytes", "flags"], 1);
            var s = Self(a[0]);
            long n = p[1] == null ? 0 : ToLong(p[1]!);
            int flags = p[2] == null ? 0 : ToInt(p[2]!);
            if (n < 0) throw PyExc.ValueError("negative buffersize in recv_into");
            return Buffers.Fill(p[0]!, span =>
            {
                if (n == 0) n = span.Length;
                else if (n > span.Length) throw PyExc.ValueError("buffer too small for requested bytes");
                fixed (byte* b = span) { var bp = b; return (int)SockCall(s, false, () => (long)Libc.recv(s.Fd, bp, (nint)n, flags)); }
            });
        });
        // sock_recvfrom
        Def(t, "recvfrom", (a, kw) =>
        {
            var (s, n, flags) = RecvArgs(t, "recvfrom", a, kw);
            var buf = new byte[n];
            var addr = new byte[SockaddrMax];
            int alen = 0;
            long got;
            fixed (byte* b = buf)
            fixed (byte* ab = addr)
            {
                var bp = b; var ap = ab;
                got = SockCall(s, false, () => { int l = SockaddrMax; long r = Libc.recvfrom(s.Fd, bp, (nint)n, flags, ap, &l); alen = l; return r; });
            }
            if (got < n) Array.Resize(ref buf, (int)got);
            return PyTuple.Of(PyBytes.From(buf), DecodeAddress(addr, alen, s.Proto));
        });
        // sock_send
        Def(t, "send", (a, kw) =>
        {
            NoKeywords(t, "send", kw);
            if (a.Length < 2 || a.Length > 3) CheckTuple("send", a.Length - 1, 1, 2);
            var s = Self(a[0]);
            var data = Buffers.Read(a[1]).ToArray();
            int flags = Flags(a, 2);
            fixed (byte* b = data) { var bp = b; return PyInt.From(SockCall(s, true, () => (long)Libc.send(s.Fd, bp, data.Length, flags | 0x4000 /* MSG_NOSIGNAL */))); }
        });
        // sock_sendall: sends everything, the timeout bounding the whole operation.
        Def(t, "sendall", (a, kw) =>
        {
            NoKeywords(t, "sendall", kw);
            if (a.Length < 2 || a.Length > 3) CheckTuple("sendall", a.Length - 1, 1, 2);
            var s = Self(a[0]);
            var data = Buffers.Read(a[1]).ToArray();
            int flags = Flags(a, 2);
            long deadline = s.Timeout > 0 ? Environment.TickCount64 + (long)Math.Ceiling(s.Timeout * 1000) : 0;
            int off = 0;
            fixed (byte* b = data)
            {
                var bp = b;
                while (off < data.Length)
                {
                    double left = s.Timeout > 0 ? Math.Max(0, (deadline - Environment.TickCount64) / 1000.0) : s.Timeout;
                    if (s.Timeout > 0 && left <= 0) throw PyExc.Make(Types.TimeoutError, "timed out");
                    int o = off;
                    off += (int)SockCall(s, true, () => (long)Libc.send(s.Fd, bp + o, data.Length - o, flags | 0x4000), left);
                }
            }
            return None;
        });
        // sock_sendto: (data, address) or (data, flags, address).
        Def(t, "sendto", (a, kw) =>
        {
            NoKeywords(t, "sendto", kw);
            if (a.Length < 3 || a.Length > 4) throw PyExc.TypeError($"sendto() takes 2 or 3 arguments ({a.Length - 1} given)");
            var s = Self(a[0]);
            var data = Buffers.Read(a[1]).ToArray();
            int flags = a.Length == 4 ? ToInt(a[2]) : 0;
            var sa = EncodeAddress(s, a[a.Length - 1], "sendto");
            fixed (byte* b = data)
            fixed (byte* ab = sa)
            {
                var bp = b; var ap = ab;
                return PyInt.From(SockCall(s, true, () => (long)Libc.sendto(s.Fd, bp, data.Length, flags | 0x4000, ap, sa.Length)));
            }
        });
    }

    /// <summary>recv and recvfrom's "n|i" arguments: the socket, a non-negative buffer size and the flags.</summary>
    private static (PySocket, long, int) RecvArgs(PyType t, string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKeywords(t, name, kw);
        if (a.Length < 2 || a.Length > 3) CheckTuple(name, a.Length - 1, 1, 2);
        var s = Self(a[0]);
        long n = ToLong(a[1]);
        if (n < 0) throw PyExc.ValueError($"negative buffersize in {name}");
        return (s, n, Flags(a, 2));
    }

    /// <summary>PyArg_ParseTuple's count messages ("recv() takes at least 1 argument (0 given)").</summary>
    private static void CheckTuple(string name, int n, int min, int max)
    {
        string how = min == max ? "exactly" : n < min ? "at least" : "at most";
        int lim = n < min ? min : max;
        throw PyExc.TypeError($"{name}() takes {how} {lim} argument{(lim == 1 ? "" : "s")} ({n} given)");
    }

    private static void InitOptionMethods(PyType t)
    {
        // sock_setsockopt: an int, a bytes-like value, or None with an explicit optlen.
        Def(t, "setsockopt", (a, kw) =>
        {
            NoKeywords(t, "setsockopt", kw);
            if (a.Length < 4 || a.Length > 5) throw PyExc.TypeError($"setsockopt() takes 3 or 4 arguments ({a.Length - 1} given)");
            var s = Self(a[0]);
            int level = ToInt(a[1]), opt = ToInt(a[2]);
            int r;
            if (a.Length == 5)
            {
                if (a[3] != None) throw PyExc.TypeError("setsockopt() argument 3 must be NoneType, not " + Ops.TypeName(a[3]));
                r = Libc.setsockopt(s.Fd, level, opt, null, ToInt(a[4]));
            }
            else if (a[3] is PyInt)
            {
                int v = ToInt(a[3]);
                r = Libc.setsockopt(s.Fd, level, opt, (byte*)&v, 4);
            }
            else
            {
                var buf = Buffers.Read(a[3]).ToArray();
                fixed (byte* b = buf) r = Libc.setsockopt(s.Fd, level, opt, b, buf.Length);
            }
            if (r < 0) throw Errno(Libc.Errno);
            return None;
        });
        // sock_getsockopt: an int without buflen, else up to buflen bytes.
        Def(t, "getsockopt", (a, kw) =>
        {
            NoKeywords(t, "getsockopt", kw);
            if (a.Length < 3 || a.Length > 4) CheckTuple("getsockopt", a.Length - 1, 2, 3);
            var s = Self(a[0]);
            int level = ToInt(a[1]), opt = ToInt(a[2]);
            if (a.Length == 3)
            {
                int v = 0, len = 4;
                if (Libc.getsockopt(s.Fd, level, opt, (byte*)&v, &len) < 0) throw Errno(Libc.Errno);
                return PyInt.From(v);
            }
            int buflen = ToInt(a[3]);
            if (buflen <= 0 || buflen > 1024) throw PyExc.OSError("getsockopt buflen out of range");
            var buf = new byte[buflen];
            int l = buflen;
            fixed (byte* b = buf) if (Libc.getsockopt(s.Fd, level, opt, b, &l) < 0) throw Errno(Libc.Errno);
            return PyBytes.From(buf[..l]);
        });
    }
}
