using Pyref.VM.Modules.Posix;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.IO;

/// <summary>_io.FileIO (Modules/_io/fileio.c): raw unbuffered I/O on a file descriptor.</summary>
public sealed class PyFileIO : PyIOObject
{
    public int Fd = -1;
    public bool Created, Readable, Writable, Appending, CloseFd = true;
    /// <summary>-1 unknown, 0 no, 1 yes (fileio.c seekable cache).</summary>
    public int Seekable = -1;
    public int Blksize;
    public PyFileIO(PyType t) : base(t) { }

    public string ModeString =>
        Created ? (Readable ? "xb+" : "xb")
        : Appending ? (Readable ? "ab+" : "ab")
        : Readable ? (Writable ? "rb+" : "rb") : "wb";
}

internal static unsafe class FileIO
{
    private static PyFileIO Self(PyObject o) => o as PyFileIO ?? throw PyExc.TypeError($"descriptor requires a '_io.FileIO' object but received '{Ops.TypeName(o)}'");

    private static PyFileIO Open(PyObject o)
    {
        var f = Self(o);
        if (f.Fd < 0) throw PyExc.ValueError("I/O operation on closed file");
        return f;
    }

    private static PyException ErrnoError(PyObject? filename = null) => ErrnoModule.OSErrorFromErrno(Libc.Errno, filename);

    /// <summary>_io_FileIO___init___impl.</summary>
    public static void InitFile(PyFileIO self, PyObject nameobj, string mode, bool closefd, PyObject? opener)
    {
        if (self.Fd >= 0)
        {
            if (self.CloseFd) Libc.close(self.Fd);
            self.Fd = -1;
        }
        int fd = -1;
        if (nameobj is PyFloat) throw PyExc.TypeError("integer argument expected, got float");
        if (nameobj is PyInt ni)
        {
            fd = (int)ToLong(ni);
            if (fd < 0) throw PyExc.ValueError("negative file descriptor");
        }
        bool rwa = false, plus = false;
        int flags = 0;
        self.Created = self.Readable = self.Writable = self.Appending = false;
        foreach (var c in mode)
        {
            switch (c)
            {
                case 'x':
                    if (rwa) goto bad_mode;
                    rwa = true; self.Created = true; self.Writable = true; flags |= Libc.O_EXCL | Libc.O_CREAT; break;
                case 'r':
                    if (rwa) goto bad_mode;
                    rwa = true; self.Readable = true; break;
                case 'w':
                    if (rwa) goto bad_mode;
                    rwa = true; self.Writable = true; flags |= Libc.O_CREAT | Libc.O_TRUNC; break;
                case 'a':
                    if (rwa) goto bad_mode;
                    rwa = true; self.Writable = true; self.Appending = true; flags |= Libc.O_APPEND | Libc.O_CREAT; break;
                case 'b': break;
                case '+':
                    if (plus) goto bad_mode;
                    self.Readable = self.Writable = true; plus = true; break;
                default:
                    throw PyExc.ValueError($"invalid mode: {mode}");
            }
        }
        if (!rwa) goto bad_mode;
        flags |= self.Readable && self.Writable ? Libc.O_RDWR : self.Readable ? Libc.O_RDONLY : Libc.O_WRONLY;
        flags |= Libc.O_CLOEXEC;

        if (fd >= 0)
        {
            self.Fd = fd;
            self.CloseFd = closefd;
        }
        else
        {
            self.CloseFd = true;
            if (!closefd) throw PyExc.ValueError("Cannot use closefd=False with file name");
            if (opener == null || opener == None)
            {
                var path = Fs.Path("FileIO", "file", nameobj);
                while (true)
                {
                    self.Fd = Libc.open(path.C, flags, 438 /* 0666 */);
                    if (self.Fd >= 0 || Libc.Errno != Libc.EINTR) break;
                }
                if (self.Fd < 0) throw ErrnoError(nameobj);
            }
            else
            {
                var fdobj = Ops.Call(opener, nameobj, PyInt.From(flags));
                if (fdobj is not PyInt) throw PyExc.TypeError("expected integer from opener");
                self.Fd = (int)ToLong(fdobj);
                if (self.Fd < 0) throw PyExc.ValueError($"opener returned {self.Fd}");
            }
        }
        self.Blksize = IoModule.DefaultBufferSize;
        if (PosixModule.TryFstat(self.Fd, out var st, out int err))
        {
            if ((st.Mode & 0xF000) == 0x4000)
            {
                // fileio.c: directories cannot be opened (EISDIR with the name).
                if (self.CloseFd && fd < 0) Libc.close(self.Fd);
                self.Fd = -1;
                throw ErrnoModule.OSErrorFromErrno(Libc.EISDIR, nameobj);
            }
            if (st.Blksize > 1) self.Blksize = (int)st.Blksize;
        }
        else if (err == Libc.EBADF)
        {
            self.Fd = -1;
            throw ErrnoModule.OSErrorFromErrno(err);
        }
        self.Dict!.Set("name", nameobj);
        if (self.Appending) Libc.lseek(self.Fd, 0, 2);
        return;
    bad_mode:
        throw PyExc.ValueError("Must have exactly one of create/read/write/append mode and at most one plus");
    }

    public static byte[] ReadAll(PyFileIO f, out bool wouldBlock)
    {
        wouldBlock = false;
        long pos = Libc.lseek(f.Fd, 0, 1);
        long end = PosixModule.TryFstat(f.Fd, out var st, out _) ? st.Size : -1;
        int bufsize = end > 0 && pos >= 0 && end >= pos && end - pos < int.MaxValue - 1 ? (int)(end - pos + 1) : 8192;
        var result = new byte[bufsize];
        int total = 0;
        while (true)
        {
            if (total >= result.Length) Array.Resize(ref result, result.Length + Math.Max(result.Length >> 3, 8192) + 8192);
            nint n;
            fixed (byte* p = result) n = Libc.read(f.Fd, p + total, result.Length - total);
            if (n == 0) break;
            if (n < 0)
            {
                int e = Libc.Errno;
                if (e == Libc.EINTR) continue;
                if (e == Libc.EAGAIN) { if (total > 0) break; wouldBlock = true; return []; }
                throw ErrnoModule.OSErrorFromErrno(e);
            }
            total += (int)n;
        }
        Array.Resize(ref result, total);
        return result;
    }

    /// <summary>read(2) of up to <paramref name="count"/> bytes, retried on EINTR; -1 on EAGAIN.</summary>
    public static int ReadInto(PyFileIO f, Span<byte> dest)
    {
        while (true)
        {
            nint n;
            fixed (byte* p = dest) n = Libc.read(f.Fd, p, dest.Length);
            if (n >= 0) return (int)n;
            int e = Libc.Errno;
            if (e == Libc.EINTR) continue;
            if (e == Libc.EAGAIN) return -1;
            throw ErrnoModule.OSErrorFromErrno(e);
        }
    }

    public static int Write(PyFileIO f, ReadOnlySpan<byte> data)
    {
        while (true)
        {
            nint n;
            fixed (byte* p = data) n = Libc.write(f.Fd, p, data.Length);
            if (n >= 0) return (int)n;
            int e = Libc.Errno;
            if (e == Libc.EINTR) continue;
            if (e == Libc.EAGAIN) return -1;
            throw ErrnoModule.OSErrorFromErrno(e);
        }
    }

    public static long Seek(PyFileIO f, long pos, int whence)
    {
        long r = Libc.lseek(f.Fd, pos, whence);
        if (r < 0) throw ErrnoModule.OSErrorFromErrno(Libc.Errno);
        f.Seekable = 1;
        return r;
    }

    public static bool IsSeekable(PyFileIO f)
    {
        if (f.Seekable < 0) f.Seekable = Libc.lseek(f.Fd, 0, 1) < 0 ? 0 : 1;
        return f.Seekable == 1;
    }

    public static void Close(PyFileIO f)
    {
        int fd = f.Fd;
        f.Fd = -1;
        if (fd >= 0 && f.CloseFd && Libc.close(fd) < 0) throw ErrnoModule.OSErrorFromErrno(Libc.Errno);
    }

    public static void Init(PyType t)
    {
        DefStatic(t, "__new__", (a, kw) => NativeTypes.WithDict(new PyFileIO((PyType)a[0])));
        Def(t, "__init__", (a, kw) =>
        {
            var p = Parse("FileIO", a[1..], kw, ["file", "mode", "closefd", "opener"], 1);
            string mode = p[1] == null ? "r" : p[1] is PyStr ms ? ms.Value
                : throw PyExc.TypeError($"FileIO() argument 'mode' must be str, not {Ops.TypeName(p[1]!)}");
            InitFile(Self(a[0]), p[0]!, mode, p[2] == null || Ops.IsTrue(p[2]!), p[3]);
            return None;
        });
        Def(t, "read", (a, kw) =>
        {
            var f = Open(a[0]);
            var p = Parse("read", a[1..], kw, ["size"], 0);
            if (!f.Readable) throw IOBase.Unsupported("File not open for reading");
            long size = IOBase.SizeArg(p[0]);
            if (size < 0)
            {
                var all = ReadAll(f, out bool wb);
                return wb ? None : PyBytes.From(all);
            }
            var buf = new byte[size];
            int n = ReadInto(f, buf);
            if (n < 0) return None;
            if (n < size) Array.Resize(ref buf, n);
            return PyBytes.From(buf);
        });
        Def0(t, "readall", self =>
        {
            var f = Open(self);
            var all = ReadAll(f, out bool wb);
            return wb ? None : PyBytes.From(all);
        });
        Def1(t, "readinto", (self, buffer) =>
        {
            var f = Open(self);
            if (!f.Readable) throw IOBase.Unsupported("File not open for reading");
            return Buffers.Fill(buffer, span => ReadInto(f, span));
        });
        Def1(t, "write", (self, b) =>
        {
            var f = Open(self);
            if (!f.Writable) throw IOBase.Unsupported("File not open for writing");
            int n = Write(f, Buffers.Read(b));
            return n < 0 ? None : PyInt.From(n);
        });
        Def(t, "seek", (a, kw) =>
        {
            var f = Open(a[0]);
            CheckCount("seek", a.Length - 1, 1, 2);
            if (a[1] is PyFloat) throw PyExc.TypeError("an integer is required");
            long pos = Ops.IndexAsLong(a[1]);
            int whence = a.Length > 2 ? (int)ToLong(a[2]) : 0;
            return PyInt.From(Seek(f, pos, whence));
        });
        Def0(t, "tell", self => PyInt.From(Seek(Open(self), 0, 1)));
        Def(t, "truncate", (a, kw) =>
        {
            var f = Open(a[0]);
            if (!f.Writable) throw IOBase.Unsupported("File not open for writing");
            long size = a.Length > 1 && a[1] != None ? Ops.IndexAsLong(a[1]) : Seek(f, 0, 1);
            if (Libc.ftruncate(f.Fd, size) != 0) throw ErrnoModule.OSErrorFromErrno(Libc.Errno);
            return PyInt.From(size);
        });
        Def0(t, "seekable", self => PyBool.From(IsSeekable(Open(self))));
        Def0(t, "readable", self => PyBool.From(Open(self).Readable));
        Def0(t, "writable", self => PyBool.From(Open(self).Writable));
        Def0(t, "fileno", self => PyInt.From(Open(self).Fd));
        Def0(t, "isatty", self => PyBool.From(Libc.isatty(Open(self).Fd) == 1));
        // fileio_close: RawIOBase.close (flush, closed flag), then the descriptor.
        Def0(t, "close", self =>
        {
            var f = Self(self);
            PyException? error = null;
            try { Ops.CallDescriptor(IoModule.RawIOBaseType.Lookup("close")!, self); }
            catch (PyException e) { error = e; }
            try { Close(f); }
            catch (PyException e) { if (error == null) error = e; else e.Value.Context = error.Value; }
            if (error != null) throw error;
            return None;
        });
        GetSet(t, "closed", self => PyBool.From(Self(self).Fd < 0));
        GetSet(t, "closefd", self => PyBool.From(Self(self).CloseFd));
        GetSet(t, "mode", self => PyStr.From(Self(self).ModeString));
        GetSet(t, "_blksize", self => PyInt.From(Self(self).Blksize));
        Def(t, "_dealloc_warn", (a, kw) => None);
        Def0(t, "__repr__", self =>
        {
            var f = Self(self);
            var tn = IOBase.TpName(self.Type);
            if (f.Fd < 0) return PyStr.From($"<{tn} [closed]>");
            var name = Ops.GetAttrOrNull(self, PyStr.Intern("name"));
            var cf = f.CloseFd ? "True" : "False";
            if (name == null) return PyStr.From($"<{tn} fd={f.Fd} mode='{f.ModeString}' closefd={cf}>");
            return PyStr.From($"<{tn} name={Repr.Guarded(self, name)} mode='{f.ModeString}' closefd={cf}>");
        });
        Def0(t, "__getstate__", self => throw PyExc.TypeError($"cannot pickle '{IOBase.TpName(self.Type)}' object"));
    }
}
