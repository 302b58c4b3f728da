using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>errno (Modules/errnomodule.c): the Linux error numbers, <c>errorcode</c>, and the OSError a failed
/// system call raises (Python/errors.c PyErr_SetFromErrnoWithFilenameObjects).</summary>
[BuiltinModule("errno")]
public static class ErrnoModule
{
    /// <summary>Linux (asm-generic/errno-base.h, errno.h) names in header order; aliases follow their target.</summary>
    public static readonly (string Name, int Value)[] Codes =
    [
        ("EPERM", 1), ("ENOENT", 2), ("ESRCH", 3), ("EINTR", 4), ("EIO", 5), ("ENXIO", 6),
        ("E2BIG", 7), ("ENOEXEC", 8), ("EBADF", 9), ("ECHILD", 10), ("EAGAIN", 11), ("ENOMEM", 12),
        ("EACCES", 13), ("EFAULT", 14), ("ENOTBLK", 15), ("EBUSY", 16), ("EEXIST", 17), ("EXDEV", 18),
        ("ENODEV", 19), ("ENOTDIR", 20), ("EISDIR", 21), ("EINVAL", 22), ("ENFILE", 23), ("EMFILE", 24),
        ("ENOTTY", 25), ("ETXTBSY", 26), ("EFBIG", 27), ("ENOSPC", 28), ("ESPIPE", 29), ("EROFS", 30),
        ("EMLINK", 31), ("EPIPE", 32), ("EDOM", 33), ("ERANGE", 34), ("EDEADLK", 35), ("ENAMETOOLONG", 36),
        ("ENOLCK", 37), ("ENOSYS", 38), ("ENOTEMPTY", 39), ("ELOOP", 40), ("EWOULDBLOCK", 11), ("ENOMSG", 42),
        ("EIDRM", 43), ("ECHRNG", 44), ("EL2NSYNC", 45), ("EL3HLT", 46), ("EL3RST", 47), ("ELNRNG", 48),
        ("EUNATCH", 49), ("ENOCSI", 50), ("EL2HLT", 51), ("EBADE", 52), ("EBADR", 53), ("EXFULL", 54),
        ("ENOANO", 55), ("EBADRQC", 56), ("EBADSLT", 57), ("EDEADLOCK", 35), ("EBFONT", 59), ("ENOSTR", 60),
        ("ENODATA", 61), ("ETIME", 62), ("ENOSR", 63), ("ENONET", 64), ("ENOPKG", 65), ("EREMOTE", 66),
        ("ENOLINK", 67), ("EADV", 68), ("ESRMNT", 69), ("ECOMM", 70), ("EPROTO", 71), ("EMULTIHOP", 72),
        ("EDOTDOT", 73), ("EBADMSG", 74), ("EOVERFLOW", 75), ("ENOTUNIQ", 76), ("EBADFD", 77), ("EREMCHG", 78),
        ("ELIBACC", 79), ("ELIBBAD", 80), ("ELIBSCN", 81), ("ELIBMAX", 82), ("ELIBEXEC", 83), ("EILSEQ", 84),
        ("ERESTART", 85), ("ESTRPIPE", 86), ("EUSERS", 87), ("ENOTSOCK", 88), ("EDESTADDRREQ", 89), ("EMSGSIZE", 90),
        ("EPROTOTYPE", 91), ("ENOPROTOOPT", 92), ("EPROTONOSUPPORT", 93), ("ESOCKTNOSUPPORT", 94), ("EOPNOTSUPP", 95), ("EPFNOSUPPORT", 96),
        ("EAFNOSUPPORT", 97), ("EADDRINUSE", 98), ("EADDRNOTAVAIL", 99), ("ENETDOWN", 100), ("ENETUNREACH", 101), ("ENETRESET", 102),
        ("ECONNABORTED", 103), ("ECONNRESET", 104), ("ENOBUFS", 105), ("EISCONN", 106), ("ENOTCONN", 107), ("ESHUTDOWN", 108),
        ("ETOOMANYREFS", 109), ("ETIMEDOUT", 110), ("ECONNREFUSED", 111), ("EHOSTDOWN", 112), ("EHOSTUNREACH", 113), ("EALREADY", 114),
        ("EINPROGRESS", 115), ("ESTALE", 116), ("EUCLEAN", 117), ("ENOTNAM", 118), ("ENAVAIL", 119), ("EISNAM", 120),
        ("EREMOTEIO", 121), ("EDQUOT", 122), ("ENOMEDIUM", 123), ("EMEDIUMTYPE", 124), ("ECANCELED", 125), ("ENOKEY", 126),
        ("EKEYEXPIRED", 127), ("EKEYREVOKED", 128), ("EKEYREJECTED", 129), ("EOWNERDEAD", 130), ("ENOTRECOVERABLE", 131), ("ERFKILL", 132),
        ("ENOTSUP", 95)
    ];

    private static Dictionary<int, string>? s_names;

    /// <summary>value -> name as errorcode has it (the later alias wins: EDEADLOCK, ENOTSUP, as errnomodule.c adds them).</summary>
    public static string? NameOf(int value)
    {
        if (s_names == null)
        {
            var d = new Dictionary<int, string>();
            foreach (var (n, v) in Codes) if (n != "EWOULDBLOCK") d[v] = n;
            s_names = d;
        }
        return s_names.TryGetValue(value, out var name) ? name : null;
    }

    public static PyModule Create()
    {
        var m = new PyModule("errno");
        var d = m.Dict!;
        var errorcode = new PyDict();
        foreach (var (n, v) in Codes) d.Set(n, PyInt.From(v));
        foreach (var (n, v) in Codes) if (NameOf(v) == n) errorcode.SetItem(PyInt.From(v), PyStr.From(n));
        d.Set("errorcode", errorcode);
        return m;
    }

    /// <summary>strerror(3) of the C library, the text CPython puts in OSError.strerror.</summary>
    public static string StrError(int errno) => Posix.Libc.StrError(errno);

    /// <summary>PyErr_SetFromErrnoWithFilenameObjects: OSError(errno, strerror[, filename[, None, filename2]]), whose
    /// constructor picks the subclass (FileNotFoundError for ENOENT, ...).</summary>
    public static PyException OSErrorFromErrno(int errno, PyObject? filename = null, PyObject? filename2 = null)
    {
        var args = new List<PyObject> { PyInt.From(errno), PyStr.From(StrError(errno)) };
        if (filename != null || filename2 != null)
        {
            args.Add(filename ?? None);
            if (filename2 != null) { args.Add(None); args.Add(filename2); }
        }
        var exc = Ops.Call(Types.OSError, args.ToArray());
        return PyExc.FromValue((PyBaseException)exc);
    }
}
