using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.IO;

/// <summary>BufferedReader, BufferedWriter, BufferedRandom (Modules/_io/bufferedio.c): one object with a read buffer
/// (unread bytes <c>Buf[Pos..End]</c>) and a write buffer, over any raw stream; a FileIO raw is called directly.</summary>
public sealed class PyBuffered : PyIOObject
{
    public PyObject Raw = null!;
    public PyFileIO? FastRaw;
    public bool CanRead, CanWrite, Detached, Ok;
    public int BufferSize;
    public byte[] Buf = [];
    public int Pos, End;
    public byte[] WBuf = [];
    public int WLen;
    public PyBuffered(PyType t) : base(t) { }
    public int Available => End - Pos;
}

internal static class BufferedIO
{
    private static PyBuffered Self(PyObject o)
    {
        var b = o as PyBuffered ?? throw PyExc.TypeError($"descriptor requires a buffered object but received '{Ops.TypeName(o)}'");
        if (!b.Ok)
        {
            if (b.Detached) throw PyExc.ValueError("raw stream has been detached");
            throw PyExc.ValueError("I/O operation on uninitialized object");
        }
        return b;
    }

    // ---- the raw stream ----

    private static bool RawClosed(PyBuffered b) => b.FastRaw != null ? b.FastRaw.Fd < 0 : Ops.IsTrue(Ops.GetAttr(b.Raw, "closed"));

    private static void CheckClosed(PyBuffered b, string? msg = null)
    {
        if (RawClosed(b) && (b.Available == 0 || msg != null)) throw PyExc.ValueError(msg ?? "I/O operation on closed file.");
    }

    /// <summary>_bufferedreader_raw_read: -1 when the raw stream returned None (non-blocking, no data).</summary>
    private static int RawRead(PyBuffered b, Span<byte> dest)
    {
        if (b.FastRaw != null && b.FastRaw.Fd >= 0 && b.FastRaw.Readable) return FileIO.ReadInto(b.FastRaw, dest);
        var ba = new PyByteArray(new byte[dest.Length]);
        var r = Ops.CallMethod(b.Raw, "readinto", ba);
        if (r == None) return -1;
        long n = Ops.IndexAsLong(r);
        if (n < 0 || n > dest.Length) throw PyExc.OSError($"raw readinto() returned invalid length {n} (should have been between 0 and {dest.Length})");
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ba.Value)[..(int)n].CopyTo(dest);
        return (int)n;
    }

    private static int RawWrite(PyBuffered b, ReadOnlySpan<byte> data)
    {
        if (b.FastRaw != null && b.FastRaw.Fd >= 0 && b.FastRaw.Writable) return FileIO.Write(b.FastRaw, data);
        var r = Ops.CallMethod(b.Raw, "write", PyBytes.From(data.ToArray()));
        if (r == None) return -1;
        long n = Ops.IndexAsLong(r);
        if (n < 0 || n > data.Length) throw PyExc.OSError($"raw write() returned invalid length {n} (should have been between 0 and {data.Length})");
        return (int)n;
    }

    private static long RawSeek(PyBuffered b, long pos, int whence)
    {
        if (b.FastRaw != null && b.FastRaw.Fd >= 0) return FileIO.Seek(b.FastRaw, pos, whence);
        var r = Ops.CallMethod(b.Raw, "seek", PyInt.From(pos), PyInt.From(whence));
        long n = Ops.IndexAsLong(r);
        if (n < 0) throw PyExc.OSError($"Raw stream returned invalid position {n}");
        return n;
    }

    private static long RawTell(PyBuffered b)
    {
        if (b.FastRaw != null && b.FastRaw.Fd >= 0) return FileIO.Seek(b.FastRaw, 0, 1);
        long n = Ops.IndexAsLong(Ops.CallMethod(b.Raw, "tell"));
        if (n < 0) throw PyExc.OSError($"Raw stream returned invalid position {n}");
        return n;
    }

    // ---- write side ----

    /// <summary>_bufferedwriter_flush_unlocked: hand the whole write buffer to the raw stream.</summary>
    public static void FlushWrites(PyBuffered b)
    {
        int done = 0;
        while (done < b.WLen)
        {
            int n = RawWrite(b, b.WBuf.AsSpan(done, b.WLen - done));
            if (n < 0)
            {
                Array.Copy(b.WBuf, done, b.WBuf, 0, b.WLen - done);
                b.WLen -= done;
                var e = PyExc.Make(Types.BlockingIOError, "write could not complete without blocking");
                throw e;
            }
            done += n;
        }
        b.WLen = 0;
    }

    /// <summary>Before writing or seeking: the raw position is after the read-ahead; move it back.</summary>
    private static void DropReadAhead(PyBuffered b)
    {
        if (b.Available > 0) RawSeek(b, -b.Available, 1);
        b.Pos = b.End = 0;
    }

    public static int Write(PyBuffered b, ReadOnlySpan<byte> data)
    {
        if (RawClosed(b)) throw PyExc.ValueError("write to closed file");
        if (b.CanRead && b.Available > 0) DropReadAhead(b);
        if (b.WLen + data.Length > b.BufferSize)
        {
            FlushWrites(b);
            if (data.Length >= b.BufferSize)
            {
                int done = 0;
                while (done < data.Length)
                {
                    int n = RawWrite(b, data[done..]);
                    if (n < 0) { data[done..].CopyTo(Ensure(b, data.Length - done)); b.WLen = data.Length - done; break; }
                    done += n;
                }
                return data.Length;
            }
        }
        data.CopyTo(Ensure(b, b.WLen + data.Length).AsSpan(b.WLen));
        b.WLen += data.Length;
        return data.Length;
    }

    private static byte[] Ensure(PyBuffered b, int size)
    {
        if (b.WBuf.Length < size) Array.Resize(ref b.WBuf, Math.Max(size, b.BufferSize));
        return b.WBuf;
    }

    // ---- read side ----

    /// <summary>One raw read into the (emptied) read buffer; 0 at EOF, -1 when non-blocking without data.</summary>
    private static int Fill(PyBuffered b)
    {
        if (b.Buf.Length < b.BufferSize) b.Buf = new byte[b.BufferSize];
        b.Pos = b.End = 0;
        int n = RawRead(b, b.Buf);
        if (n > 0) b.End = n;
        return n;
    }

    private static void BeforeRead(PyBuffered b)
    {
        if (b.CanWrite && b.WLen > 0) FlushWrites(b);
    }

    /// <summary>_bufferedreader_read_generic / read_all: up to n bytes (all when n &lt; 0), stopping at EOF.</summary>
    public static PyObject Read(PyBuffered b, long n)
    {
        BeforeRead(b);
        if (n < 0)
        {
            var all = new List<byte>(b.Available);
            all.AddRange(b.Buf.AsSpan(b.Pos, b.Available).ToArray());
            b.Pos = b.End = 0;
            if (b.FastRaw != null && b.FastRaw.Fd >= 0)
            {
                var rest = FileIO.ReadAll(b.FastRaw, out bool wb);
                if (wb && all.Count == 0) return None;
                all.AddRange(rest);
                return PyBytes.From(all.ToArray());
            }
            var readall = Ops.GetAttrOrNull(b.Raw, PyStr.Intern("readall"));
            if (readall != null)
            {
                var r = Ops.Call(readall);
                if (r == None) return all.Count == 0 ? None : PyBytes.From(all.ToArray());
                all.AddRange(Buffers.Read(r).ToArray());
                return PyBytes.From(all.ToArray());
            }
            while (true)
            {
                int got = Fill(b);
                if (got <= 0) { if (got < 0 && all.Count == 0) return None; break; }
                all.AddRange(b.Buf.AsSpan(0, got).ToArray());
                b.Pos = b.End = 0;
            }
            return PyBytes.From(all.ToArray());
        }
        if (n <= b.Available)
        {
            var r = b.Buf.AsSpan(b.Pos, (int)n).ToArray();
            b.Pos += (int)n;
            return PyBytes.From(r);
        }
        var result = new byte[n];
        int have = b.Available;
        b.Buf.AsSpan(b.Pos, have).CopyTo(result);
        b.Pos = b.End = 0;
        while (have < n)
        {
            int want = (int)n - have;
            if (want >= b.BufferSize)
            {
                // Large reads go straight to the raw stream in whole buffer-size chunks.
                int chunk = want - want % b.BufferSize;
                int got = RawRead(b, result.AsSpan(have, chunk));
                if (got == 0) break;
                if (got < 0) { if (have == 0) return None; break; }
                have += got;
                continue;
            }
            int filled = Fill(b);
            if (filled == 0) break;
            if (filled < 0) { if (have == 0) return None; break; }
            int take = Math.Min(filled, want);
            b.Buf.AsSpan(0, take).CopyTo(result.AsSpan(have));
            b.Pos = take;
            have += take;
        }
        if (have < n) Array.Resize(ref result, have);
        return PyBytes.From(result);
    }

    private static PyObject Peek(PyBuffered b)
    {
        BeforeRead(b);
        if (b.Available == 0) Fill(b);
        return PyBytes.From(b.Buf.AsSpan(b.Pos, b.Available).ToArray());
    }

    private static PyObject Read1(PyBuffered b, long n)
    {
        BeforeRead(b);
        if (n < 0) n = b.BufferSize;
        if (n == 0) return PyBytes.Empty;
        if (b.Available == 0 && Fill(b) <= 0) return PyBytes.Empty;
        int take = (int)Math.Min(n, b.Available);
        var r = b.Buf.AsSpan(b.Pos, take).ToArray();
        b.Pos += take;
        return PyBytes.From(r);
    }

    /// <summary>_buffered_readline: up to and including b'\n', at most <paramref name="limit"/> bytes.</summary>
    public static byte[] ReadLine(PyBuffered b, long limit)
    {
        BeforeRead(b);
        var line = new List<byte>();
        while (limit < 0 || line.Count < limit)
        {
            if (b.Available == 0 && Fill(b) <= 0) break;
            var span = b.Buf.AsSpan(b.Pos, b.Available);
            int max = limit < 0 ? span.Length : (int)Math.Min(span.Length, limit - line.Count);
            int nl = span[..max].IndexOf((byte)'\n');
            int take = nl >= 0 ? nl + 1 : max;
            line.AddRange(span[..take].ToArray());
            b.Pos += take;
            if (nl >= 0) break;
        }
        return line.ToArray();
    }

    public static long Tell(PyBuffered b)
    {
        long pos = RawTell(b) - b.Available + b.WLen;
        return pos < 0 ? 0 : pos;
    }

    public static long Seek(PyBuffered b, long target, int whence)
    {
        if (whence < 0 || whence > 2) throw PyExc.ValueError($"whence value {whence} unsupported");
        CheckClosed(b, "seek of closed file");
        if (b.FastRaw == null && !Ops.IsTrue(Ops.CallMethod(b.Raw, "seekable"))) throw IOBase.Unsupported("File or stream is not seekable.");
        // Inside the read buffer: just move in it (bufferedio.c _io__Buffered_seek_impl fast path).
        if (whence != 2 && b.WLen == 0 && b.Available >= 0 && b.End > 0)
        {
            long cur = RawTell(b);
            long bufStart = cur - b.End;
            long abs = whence == 0 ? target : cur - b.Available + target;
            if (abs >= bufStart && abs <= cur)
            {
                b.Pos = (int)(abs - bufStart);
                return abs;
            }
        }
        if (b.WLen > 0) FlushWrites(b);
        if (whence == 1) target -= b.Available;
        b.Pos = b.End = 0;
        return RawSeek(b, target, whence);
    }

    public static void Flush(PyBuffered b)
    {
        if (RawClosed(b)) throw PyExc.ValueError("flush of closed file");
        if (b.CanWrite)
        {
            FlushWrites(b);
            if (b.CanRead && b.Available > 0) DropReadAhead(b);
        }
    }

    /// <summary>buffered_close: flush (its error re-raised after), then close the raw stream.</summary>
    public static void Close(PyBuffered b)
    {
        if (RawClosed(b)) return;
        PyException? error = null;
        try { if (b.CanWrite) Ops.CallMethod(b, "flush"); } catch (PyException e) { error = e; }
        try { if (b.FastRaw != null && b.FastRaw.Type == IoModule.T.FileIO) { IOBaseCloseRaw(b.FastRaw); } else Ops.CallMethod(b.Raw, "close"); }
        catch (PyException e) { if (error != null) e.Value.Context = error.Value; error = e; }
        b.Buf = []; b.Pos = b.End = 0;
        if (error != null) throw error;
    }

    private static void IOBaseCloseRaw(PyFileIO f)
    {
        f.IOBaseClosed = true;
        FileIO.Close(f);
    }

    public static void Initialize(PyBuffered b, PyObject raw, long bufferSize, bool read, bool write)
    {
        if (read) IOBase.CheckReadable(raw);
        if (write) IOBase.CheckWritable(raw);
        if (bufferSize <= 0) throw PyExc.ValueError("buffer size must be strictly positive");
        b.Raw = raw;
        b.FastRaw = raw.Type == IoModule.T.FileIO ? (PyFileIO)raw : null;
        b.CanRead = read; b.CanWrite = write;
        b.BufferSize = (int)Math.Min(bufferSize, int.MaxValue / 2);
        b.Pos = b.End = b.WLen = 0;
        b.Ok = true; b.Detached = false;
    }

    public static void Init(PyType bufferedIOBase, PyType reader, PyType writer, PyType random)
    {
        // _BufferedIOBase (bufferedio.c _io__BufferedIOBase_*): read/read1/write unsupported, readinto through read.
        var bb = bufferedIOBase;
        Def(bb, "read", (a, kw) => throw IOBase.Unsupported("read"));
        Def(bb, "read1", (a, kw) => throw IOBase.Unsupported("read1"));
        Def(bb, "write", (a, kw) => throw IOBase.Unsupported("write"));
        Def0(bb, "detach", self => throw IOBase.Unsupported("detach"));
        foreach (var (name, method) in new[] { ("readinto", "read"), ("readinto1", "read1") })
            Def1(bb, name, (self, buffer) =>
            {
                var data = Ops.CallMethod(self, method, PyInt.From(Ops.Len(buffer)));
                var bytes = Buffers.Read(data).ToArray();
                return Buffers.Fill(buffer, span => { bytes.CopyTo(span); return bytes.Length; });
            });

        foreach (var t in new[] { reader, writer, random })
        {
            var type = t;
            bool rd = t != writer, wr = t != reader;
            DefStatic(t, "__new__", (a, kw) => NativeTypes.WithDict(new PyBuffered((PyType)a[0])));
            if (t == random)
                Def(t, "__init__", (a, kw) =>
                {
                    var p = Parse("BufferedRandom", a[1..], kw, ["raw", "buffer_size"], 1);
                    IOBase.CheckSeekable(p[0]!);
                    Initialize((PyBuffered)a[0], p[0]!, p[1] == null ? IoModule.DefaultBufferSize : Ops.IndexAsLong(p[1]!), true, true);
                    return None;
                });
            else
                Def(t, "__init__", (a, kw) =>
                {
                    var p = Parse(rd ? "BufferedReader" : "BufferedWriter", a[1..], kw, ["raw", "buffer_size"], 1);
                    Initialize((PyBuffered)a[0], p[0]!, p[1] == null ? IoModule.DefaultBufferSize : Ops.IndexAsLong(p[1]!), rd, wr);
                    return None;
                });
            Def0(t, "detach", self =>
            {
                var b = Self(self);
                Ops.CallMethod(self, "flush");
                var raw = b.Raw;
                b.Ok = false; b.Detached = true;
                return raw;
            });
            Def0(t, "flush", self => { Flush(Self(self)); return None; });
            Def0(t, "close", self => { Close(Self(self)); return None; });
            GetSet(t, "closed", self => PyBool.From(RawClosed(Self(self))));
            GetSet(t, "raw", self => Self(self).Raw);
            GetSet(t, "name", self => Ops.GetAttr(Self(self).Raw, "name"));
            GetSet(t, "mode", self => Ops.GetAttr(Self(self).Raw, "mode"));
            GetSet(t, "_finalizing", self => PyBool.False);
            Def0(t, "seekable", self => Ops.CallMethod(Self(self).Raw, "seekable"));
            Def0(t, "readable", self => Ops.CallMethod(Self(self).Raw, "readable"));
            Def0(t, "writable", self => Ops.CallMethod(Self(self).Raw, "writable"));
            Def0(t, "fileno", self => Ops.CallMethod(Self(self).Raw, "fileno"));
            Def0(t, "isatty", self => Ops.CallMethod(Self(self).Raw, "isatty"));
            Def(t, "_dealloc_warn", (a, kw) => None);
            Def0(t, "tell", self => PyInt.From(Tell(Self(self))));
            Def(t, "seek", (a, kw) =>
            {
                var b = Self(a[0]);
                CheckCount("seek", a.Length - 1, 1, 2);
                if (a[1] is PyFloat || a[1].Type.Lookup("__index__") == null) throw PyExc.TypeError($"'{Ops.TypeName(a[1])}' object cannot be interpreted as an integer");
                return PyInt.From(Seek(b, Ops.IndexAsLong(a[1]), a.Length > 2 ? (int)ToLong(a[2]) : 0));
            });
            Def(t, "truncate", (a, kw) =>
            {
                var b = Self(a[0]);
                CheckClosed(b, "truncate of closed file");
                if (!b.CanWrite) throw IOBase.Unsupported("truncate");
                FlushWrites(b);
                var pos = a.Length > 1 && a[1] != None ? a[1] : PyInt.From(Tell(b));
                b.Pos = b.End = 0;
                var r = Ops.CallMethod(b.Raw, "truncate", pos);
                RawSeek(b, 0, 1);
                return r;
            });
            Def0(t, "__repr__", self =>
            {
                var tn = IOBase.TpName(self.Type);
                var name = self is PyBuffered { Ok: true } ? Ops.GetAttrOrNull(self, PyStr.Intern("name")) : null;
                return PyStr.From(name == null ? $"<{tn}>" : $"<{tn} name={Repr.Guarded(self, name)}>");
            });
            Def0(t, "__getstate__", self => throw PyExc.TypeError($"cannot pickle '{IOBase.TpName(self.Type)}' object"));
            Def0(t, "__sizeof__", self => PyInt.From(Self(self).BufferSize + 64));
            if (rd)
            {
                Def(t, "read", (a, kw) =>
                {
                    var b = Self(a[0]);
                    var p = Parse("read", a[1..], kw, ["size"], 0);
                    long n = IOBase.SizeArg(p[0]);
                    if (n < -1) throw PyExc.ValueError("read length must be non-negative or -1");
                    CheckClosed(b, null);
                    if (n == 0) return PyBytes.Empty;
                    if (RawClosed(b) && n < 0) throw PyExc.ValueError("read of closed file");
                    return Read(b, n);
                });
                Def(t, "read1", (a, kw) =>
                {
                    var b = Self(a[0]);
                    long n = a.Length > 1 ? IOBase.SizeArg(a[1]) : -1;
                    CheckClosed(b, "read of closed file");
                    return Read1(b, n);
                });
                Def(t, "peek", (a, kw) => { var b = Self(a[0]); CheckClosed(b, "peek of closed file"); return Peek(b); });
                Def(t, "readline", (a, kw) =>
                {
                    var b = Self(a[0]);
                    var p = Parse("readline", a[1..], kw, ["size"], 0);
                    CheckClosed(b, "readline of closed file");
                    return PyBytes.From(ReadLine(b, IOBase.SizeArg(p[0])));
                });
                Def1(t, "readinto", (self, buffer) =>
                {
                    var b = Self(self);
                    CheckClosed(b, "readinto of closed file");
                    return Buffers.Fill(buffer, span =>
                    {
                        var data = Read(b, span.Length);
                        if (data == None) return -1;
                        var v = ((PyBytes)data).Value;
                        v.CopyTo(span);
                        return v.Length;
                    });
                });
                Def1(t, "readinto1", (self, buffer) =>
                {
                    var b = Self(self);
                    CheckClosed(b, "readinto of closed file");
                    return Buffers.Fill(buffer, span =>
                    {
                        var v = ((PyBytes)Read1(b, span.Length)).Value;
                        v.CopyTo(span);
                        return v.Length;
                    });
                });
                Def0(t, "__next__", self =>
                {
                    var b = Self(self);
                    CheckClosed(b, "readline of closed file");
                    var line = ReadLine(b, -1);
                    if (line.Length == 0) throw PyExc.StopIteration();
                    return PyBytes.From(line);
                });
            }
            if (wr)
            {
                Def1(t, "write", (self, data) =>
                {
                    var b = Self(self);
                    return PyInt.From(Write(b, Buffers.Read(data)));
                });
            }
        }
    }
}
