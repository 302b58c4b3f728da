using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.IO;

/// <summary>_io.IncrementalNewlineDecoder's state machine (Modules/_io/textio.c _PyIncrementalNewlineDecoder_decode):
/// optional translation of \r\n and \r to \n, a \r held back at the end of input, and the kinds of newline seen.</summary>
internal sealed class NewlineDecoder
{
    public const int SeenLF = 1, SeenCR = 2, SeenCRLF = 4;
    public bool Translate, PendingCR;
    public int Seen;
    public NewlineDecoder(bool translate) { Translate = translate; }

    public string Decode(string output, bool final)
    {
        if (PendingCR && (final || output.Length > 0)) { output = "\r" + output; PendingCR = false; }
        if (!final && output.Length > 0 && output[^1] == '\r') { output = output[..^1]; PendingCR = true; }
        int cr = output.IndexOf('\r');
        if (cr < 0)
        {
            if (output.IndexOf('\n') >= 0) Seen |= SeenLF;
            return output;
        }
        int crlf = 0, lf = 0, lone = 0;
        for (int i = 0; i < output.Length; i++)
        {
            if (output[i] == '\n') lf++;
            else if (output[i] == '\r')
            {
                if (i + 1 < output.Length && output[i + 1] == '\n') { crlf++; i++; }
                else lone++;
            }
        }
        if (lf > 0) Seen |= SeenLF;
        if (crlf > 0) Seen |= SeenCRLF;
        if (lone > 0) Seen |= SeenCR;
        if (!Translate) return output;
        return output.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    public PyObject Newlines => Seen switch
    {
        0 => Singletons.None,
        SeenLF => PyStr.From("\n"),
        SeenCR => PyStr.From("\r"),
        SeenCRLF => PyStr.From("\r\n"),
        _ => PyTuple.From(new[] { (SeenCR, "\r"), (SeenLF, "\n"), (SeenCRLF, "\r\n") }
            .Where(p => (Seen & p.Item1) != 0).Select(p => (PyObject)PyStr.From(p.Item2)).ToArray()),
    };
}

/// <summary>_io.TextIOWrapper (Modules/_io/textio.c) over a buffered binary stream, or (sys.stdout, sys.stderr) over a
/// .NET TextWriter the interpreter was given.</summary>
public class PyTextIO : PyIOObject
{
    public PyObject Buffer = None;
    internal PyBuffered? FastBuffer;
    public string Encoding = "UTF-8", Errors = "strict";
    internal TextDecoder? Decoder;
    internal NewlineDecoder? Newlines;
    public string? ReadNl;
    public bool ReadUniversal, ReadTranslate, WriteTranslate, LineBuffering, WriteThrough, Ok, Detached, Seekable, Telling, HasRead1;
    public string WriteNl = "\n";
    public string Decoded = "";
    public int DecodedPos;
    /// <summary>Where the current decoded chunk starts: the buffer position before it, the bytes fed, the decoder's held-back
    /// bytes and held-back \r then (textio.c snapshot, simplified).</summary>
    internal long SnapPos = -1;
    internal byte[] SnapInput = [], SnapPending = [];
    internal bool SnapPendingCR;
    internal readonly List<byte> PendingWrite = new();
    /// <summary>For the interpreter's standard streams: text goes straight to the host's writer.</summary>
    public TextWriter? Writer;
    public TextReader? Reader;
    public PyTextIO(PyType t) : base(t) { }
    private static PyObject None => Singletons.None;
}

internal static class TextIO
{
    private const int ChunkSize = 8192;
    private static PyObject NoneObj => Singletons.None;

    internal static PyTextIO Self(PyObject o)
    {
        var t = o as PyTextIO ?? throw PyExc.TypeError($"descriptor requires a '_io.TextIOWrapper' object but received '{Ops.TypeName(o)}'");
        if (!t.Ok)
        {
            if (t.Detached) throw PyExc.ValueError("underlying buffer has been detached");
            throw PyExc.ValueError("I/O operation on uninitialized object");
        }
        return t;
    }

    internal static bool IsClosed(PyTextIO t)
    {
        if (t.Writer != null || t.Reader != null) return t.IOBaseClosed;
        if (t.FastBuffer != null && t.FastBuffer.Ok) return t.FastBuffer.FastRaw != null ? t.FastBuffer.FastRaw.Fd < 0 : Ops.IsTrue(Ops.GetAttr(t.FastBuffer, "closed"));
        return Ops.IsTrue(Ops.GetAttr(t.Buffer, "closed"));
    }

    private static void CheckClosed(PyTextIO t)
    {
        if (IsClosed(t)) throw IOBase.ClosedFile();
    }

    // ---- construction ----

    public static void Initialize(PyTextIO t, PyObject buffer, PyObject? encoding, PyObject? errors, PyObject? newline, bool lineBuffering, bool writeThrough)
    {
        t.Ok = false;
        string? enc = encoding == null || encoding == NoneObj ? null : encoding is PyStr es ? es.Value
            : throw PyExc.TypeError($"TextIOWrapper() argument 'encoding' must be str or None, not {Ops.TypeName(encoding)}");
        if (enc != null && enc.Contains('\0')) throw PyExc.ValueError("embedded null character");
        string? err = errors == null || errors == NoneObj ? null : errors is PyStr ers ? ers.Value
            : throw PyExc.TypeError($"TextIOWrapper() argument 'errors' must be str or None, not {Ops.TypeName(errors)}");
        string? nl = newline == null || newline == NoneObj ? null : newline is PyStr ns ? ns.Value
            : throw PyExc.TypeError($"TextIOWrapper() argument 'newline' must be str or None, not {Ops.TypeName(newline)}");
        if (nl != null && nl != "" && nl != "\n" && nl != "\r" && nl != "\r\n")
            throw PyExc.ValueError($"illegal newline value: {nl}");
        if (enc == null || enc == "locale") enc = "UTF-8";
        if (!TextDecoder.Known(TextDecoder.Normalize(enc))) throw PyExc.Make(Types.LookupError, $"unknown encoding: {enc}");
        t.Encoding = enc;
        t.Errors = err ?? "strict";
        t.ReadNl = nl;
        t.ReadUniversal = nl == null || nl == "";
        t.ReadTranslate = nl == null;
        t.WriteTranslate = nl != "";
        t.WriteNl = !t.ReadUniversal && nl != null ? nl : "\n";
        t.LineBuffering = lineBuffering;
        t.WriteThrough = writeThrough;
        t.Buffer = buffer;
        t.FastBuffer = buffer is PyBuffered pb && (buffer.Type == IoModule.T.BufferedReader || buffer.Type == IoModule.T.BufferedWriter || buffer.Type == IoModule.T.BufferedRandom) ? pb : null;
        t.Decoded = ""; t.DecodedPos = 0; t.SnapPos = -1; t.PendingWrite.Clear();
        bool readable = Ops.IsTrue(Ops.CallMethod(buffer, "readable"));
        if (readable)
        {
            t.Decoder = TextDecoder.For(enc, t.Errors);
            if (t.ReadUniversal) t.Newlines = new NewlineDecoder(t.ReadTranslate);
        }
        t.Seekable = t.Telling = Ops.IsTrue(Ops.CallMethod(buffer, "seekable"));
        t.HasRead1 = Ops.GetAttrOrNull(buffer, PyStr.Intern("read1")) != null;
        t.Ok = true;
    }

    // ---- writing ----

    public static int Write(PyTextIO t, string text)
    {
        CheckClosed(t);
        bool haslf = text.Contains('\n');
        if (haslf && t.WriteTranslate && t.WriteNl != "\n") text = text.Replace("\n", t.WriteNl);
        if (t.Writer != null)
        {
            t.Writer.Write(text);
            if (t.LineBuffering && (haslf || text.Contains('\r'))) t.Writer.Flush();
            return text.Length;
        }
        bool needflush = t.LineBuffering && (haslf || text.Contains('\r'));
        var bytes = TextEncoder.Encode(text, t.Encoding, t.Errors);
        // A write invalidates what was decoded ahead (textio.c _io_TextIOWrapper_write_impl).
        if (t.Decoded.Length > 0 || t.SnapPos >= 0) ResetRead(t, rewind: true);
        t.PendingWrite.AddRange(bytes);
        if (t.PendingWrite.Count >= ChunkSize || needflush || t.WriteThrough) FlushPending(t);
        if (needflush) Ops.CallMethod(t.Buffer, "flush");
        return PyStr.From(text).Length;
    }

    private static void FlushPending(PyTextIO t)
    {
        if (t.PendingWrite.Count == 0) return;
        var data = t.PendingWrite.ToArray();
        t.PendingWrite.Clear();
        if (t.FastBuffer != null) BufferedIO.Write(t.FastBuffer, data);
        else Ops.CallMethod(t.Buffer, "write", PyBytes.From(data));
    }

    // ---- reading ----

    /// <summary>Drops decoded-ahead text; with <paramref name="rewind"/> moves the buffer back to the first unread byte.</summary>
    private static void ResetRead(PyTextIO t, bool rewind)
    {
        if (rewind && t.SnapPos >= 0 && t.Seekable)
        {
            long pos = Tell(t);
            t.Decoded = ""; t.DecodedPos = 0; t.SnapPos = -1;
            Seek(t, pos);
            return;
        }
        t.Decoded = ""; t.DecodedPos = 0; t.SnapPos = -1;
        t.Decoder?.Reset();
        if (t.Newlines != null) t.Newlines.PendingCR = false;
    }

    private static byte[] ReadBufferChunk(PyTextIO t, int size)
    {
        PyObject r;
        if (t.FastBuffer != null) r = t.FastBuffer.Type == IoModule.T.BufferedWriter ? throw IOBase.Unsupported("not readable")
            : Ops.CallMethod(t.FastBuffer, "read1", PyInt.From(size));
        else r = Ops.CallMethod(t.Buffer, t.HasRead1 ? "read1" : "read", PyInt.From(size));
        if (r == NoneObj) return [];
        if (r is not PyBytes b)
            throw PyExc.TypeError($"underlying {(t.HasRead1 ? "read1" : "read")}() should have returned a bytes-like object, not '{Ops.TypeName(r)}'");
        return b.Value;
    }

    private static string DecodeInput(PyTextIO t, byte[] input, bool final)
    {
        var s = t.Decoder!.Decode(input, final);
        return t.Newlines != null ? t.Newlines.Decode(s, final) : s;
    }

    /// <summary>textiowrapper_read_chunk: one chunk of bytes decoded after what is left; false at EOF.</summary>
    private static bool ReadChunk(PyTextIO t, int sizeHint = ChunkSize)
    {
        if (t.Decoder == null) throw IOBase.Unsupported("not readable");
        if (t.Reader != null)
        {
            var buf = new char[ChunkSize];
            int n = t.Reader.Read(buf, 0, buf.Length);
            var text = t.Newlines != null ? t.Newlines.Decode(new string(buf, 0, n), n == 0) : new string(buf, 0, n);
            t.Decoded = t.Decoded[t.DecodedPos..] + text;
            t.DecodedPos = 0;
            return n > 0;
        }
        if (t.PendingWrite.Count > 0) FlushPending(t);
        long before = t.Telling ? BufferTell(t) : -1;
        var pending = t.Decoder.Pending;
        bool pendingCR = t.Newlines?.PendingCR ?? false;
        var input = ReadBufferChunk(t, Math.Max(sizeHint, ChunkSize));
        bool eof = input.Length == 0;
        var decoded = DecodeInput(t, input, eof);
        string rest = t.Decoded[t.DecodedPos..];
        if (rest.Length == 0)
        {
            t.SnapPos = before - pending.Length; t.SnapInput = input; t.SnapPending = pending; t.SnapPendingCR = pendingCR;
        }
        else if (t.SnapPos >= 0)
        {
            // Text of the previous chunk is still unread: extend the snapshot so tell() counts from its start.
            var skip = t.DecodedPos;
            t.SnapInput = [.. t.SnapInput, .. input];
            t.Decoded = t.Decoded + decoded;
            return !eof || decoded.Length > 0;
        }
        t.Decoded = rest + decoded;
        t.DecodedPos = 0;
        return !eof;
    }

    private static long BufferTell(PyTextIO t) =>
        t.FastBuffer != null ? BufferedIO.Tell(t.FastBuffer) : Ops.IndexAsLong(Ops.CallMethod(t.Buffer, "tell"));

    public static string Read(PyTextIO t, long n)
    {
        CheckClosed(t);
        if (t.Decoder == null) throw IOBase.Unsupported("not readable");
        if (t.PendingWrite.Count > 0) FlushPending(t);
        if (n < 0)
        {
            if (t.Reader != null)
            {
                var all = t.Reader.ReadToEnd();
                var s0 = t.Decoded[t.DecodedPos..] + (t.Newlines != null ? t.Newlines.Decode(all, true) : all);
                t.Decoded = ""; t.DecodedPos = 0;
                return s0;
            }
            var r = t.FastBuffer != null ? BufferedIO.Read(t.FastBuffer, -1) : Ops.CallMethod(t.Buffer, "read");
            var bytes = r == NoneObj ? [] : ((PyBytes)r).Value;
            var result = t.Decoded[t.DecodedPos..] + DecodeInput(t, bytes, true);
            t.Decoded = ""; t.DecodedPos = 0; t.SnapPos = -1;
            t.Decoder.Reset();
            return result;
        }
        var sb = new StringBuilder();
        while (sb.Length < n)
        {
            int avail = t.Decoded.Length - t.DecodedPos;
            if (avail == 0)
            {
                if (!ReadChunk(t, (int)Math.Min(n, int.MaxValue)) && t.Decoded.Length - t.DecodedPos == 0) break;
                continue;
            }
            int take = (int)Math.Min(avail, n - sb.Length);
            // Never split a surrogate pair: n counts code points.
            sb.Append(t.Decoded, t.DecodedPos, take);
            t.DecodedPos += take;
            if (char.IsHighSurrogate(sb[^1]) && t.DecodedPos < t.Decoded.Length) { sb.Append(t.Decoded[t.DecodedPos]); t.DecodedPos++; n++; }
        }
        return sb.ToString();
    }

    /// <summary>_PyIO_find_line_ending: the end (exclusive) of the line in s from start, or -1.</summary>
    private static int FindLineEnd(PyTextIO t, string s, int start, out bool crAtEnd)
    {
        crAtEnd = false;
        if (t.ReadTranslate || (!t.ReadUniversal && t.ReadNl == "\n"))
        {
            int i = s.IndexOf('\n', start);
            return i < 0 ? -1 : i + 1;
        }
        if (t.ReadUniversal)
        {
            for (int i = start; i < s.Length; i++)
            {
                if (s[i] == '\n') return i + 1;
                if (s[i] == '\r')
                {
                    if (i + 1 < s.Length) return s[i + 1] == '\n' ? i + 2 : i + 1;
                    crAtEnd = true;
                    return -1;
                }
            }
            return -1;
        }
        int j = s.IndexOf(t.ReadNl!, start, StringComparison.Ordinal);
        return j < 0 ? -1 : j + t.ReadNl!.Length;
    }

    public static string ReadLine(PyTextIO t, long limit)
    {
        CheckClosed(t);
        if (t.Decoder == null) throw IOBase.Unsupported("not readable");
        if (t.PendingWrite.Count > 0) FlushPending(t);
        while (true)
        {
            int end = FindLineEnd(t, t.Decoded, t.DecodedPos, out bool crAtEnd);
            int avail = t.Decoded.Length - t.DecodedPos;
            if (limit >= 0 && (end < 0 ? avail : end - t.DecodedPos) >= limit)
            {
                var s = t.Decoded.Substring(t.DecodedPos, (int)limit);
                t.DecodedPos += (int)limit;
                return s;
            }
            if (end >= 0)
            {
                var line = t.Decoded[t.DecodedPos..end];
                t.DecodedPos = end;
                return line;
            }
            if (!ReadChunk(t))
            {
                // EOF: a last \r alone is a line end in universal mode; what is left is the last line.
                if (t.Decoded.Length - t.DecodedPos > 0 && FindLineEnd(t, t.Decoded, t.DecodedPos, out _) is int e2 && e2 >= 0)
                    continue;
                var line = t.Decoded[t.DecodedPos..];
                t.Decoded = ""; t.DecodedPos = 0;
                return line;
            }
            _ = crAtEnd;
        }
    }

    // ---- positioning ----

    /// <summary>textiowrapper_tell: the byte position of the next unread character (a plain position: the decoder is
    /// stateless at character boundaries for the codecs here).</summary>
    public static long Tell(PyTextIO t)
    {
        CheckClosed(t);
        if (!t.Seekable) throw IOBase.Unsupported("underlying stream is not seekable");
        if (!t.Telling) throw PyExc.OSError("telling position disabled by next() call");
        FlushPending(t);
        if (t.FastBuffer != null) BufferedIO.Flush(t.FastBuffer); else Ops.CallMethod(t.Buffer, "flush");
        if (t.SnapPos < 0 || t.Decoder == null) return BufferTell(t);
        if (t.DecodedPos >= t.Decoded.Length && t.Decoder.PendingBytes == 0 && !(t.Newlines?.PendingCR ?? false)) return BufferTell(t);
        // Re-decode the snapshot's bytes one at a time until DecodedPos characters came out.
        var dec = TextDecoder.For(t.Encoding, t.Errors);
        var nl = t.Newlines != null ? new NewlineDecoder(t.ReadTranslate) { PendingCR = t.SnapPendingCR } : null;
        if (t.SnapPending.Length > 0) dec.Decode(t.SnapPending, false);
        int count = 0;
        if (t.DecodedPos == 0) return t.SnapPos;
        var input = t.SnapInput;
        for (int i = 0; i < input.Length; i++)
        {
            var s = dec.Decode(input.AsSpan(i, 1), false);
            if (nl != null) s = nl.Decode(s, false);
            count += s.Length;
            int effective = count + (nl != null && nl.PendingCR ? 1 : 0);
            if (effective >= t.DecodedPos && dec.PendingBytes == 0)
            {
                // textiowrapper_tell resets the decoder when the snapshot is the start of the stream, so what `newlines`
                // reports afterwards is what the re-decoded prefix saw.
                if (t.SnapPos == 0 && t.SnapPending.Length == 0 && !t.SnapPendingCR && t.Newlines != null && nl != null) t.Newlines.Seen = nl.Seen;
                return t.SnapPos + t.SnapPending.Length + i + 1;
            }
        }
        return t.SnapPos + t.SnapPending.Length + input.Length;
    }

    public static long Seek(PyTextIO t, long cookie)
    {
        FlushPending(t);
        if (t.FastBuffer != null) BufferedIO.Flush(t.FastBuffer); else Ops.CallMethod(t.Buffer, "flush");
        t.Decoded = ""; t.DecodedPos = 0; t.SnapPos = -1;
        t.Decoder?.Reset();
        if (t.Newlines != null) t.Newlines.PendingCR = false;
        return t.FastBuffer != null ? BufferedIO.Seek(t.FastBuffer, cookie, 0) : Ops.IndexAsLong(Ops.CallMethod(t.Buffer, "seek", PyInt.From(cookie)));
    }

    public static void Flush(PyTextIO t)
    {
        CheckClosed(t);
        t.Telling = t.Seekable;
        if (t.Writer != null)
        {
            if (t.Buffer is PyBuffered sb) BufferedIO.FlushWrites(sb);
            t.Writer.Flush();
            return;
        }
        FlushPending(t);
        if (t.FastBuffer != null) BufferedIO.Flush(t.FastBuffer); else Ops.CallMethod(t.Buffer, "flush");
    }

    public static void Close(PyTextIO t)
    {
        if (t.Writer != null || t.Reader != null)
        {
            if (!t.IOBaseClosed) { t.Writer?.Flush(); t.IOBaseClosed = true; }
            return;
        }
        if (IsClosed(t)) return;
        PyException? error = null;
        try { Ops.CallMethod(t, "flush"); } catch (PyException e) { error = e; }
        try { Ops.CallMethod(t.Buffer, "close"); }
        catch (PyException e) { if (error != null) e.Value.Context = error.Value; error = e; }
        if (error != null) throw error;
    }

    public static void Init(PyType textIOBase, PyType t)
    {
        var tb = textIOBase;
        Def(tb, "read", (a, kw) => throw IOBase.Unsupported("read"));
        Def(tb, "readline", (a, kw) => throw IOBase.Unsupported("readline"));
        Def(tb, "write", (a, kw) => throw IOBase.Unsupported("write"));
        Def0(tb, "detach", self => throw IOBase.Unsupported("detach"));
        GetSet(tb, "encoding", self => NoneObj);
        GetSet(tb, "newlines", self => NoneObj);
        GetSet(tb, "errors", self => NoneObj);

        DefStatic(t, "__new__", (a, kw) => NativeTypes.WithDict(new PyTextIO((PyType)a[0])));
        Def(t, "__init__", (a, kw) =>
        {
            var p = Parse("TextIOWrapper", a[1..], kw, ["buffer", "encoding", "errors", "newline", "line_buffering", "write_through"], 1);
            Initialize((PyTextIO)a[0], p[0]!, p[1], p[2], p[3], p[4] != null && Ops.IsTrue(p[4]!), p[5] != null && Ops.IsTrue(p[5]!));
            return NoneObj;
        });
        GetSet(t, "encoding", self => PyStr.From(Self(self).Encoding));
        GetSet(t, "errors", self => PyStr.From(Self(self).Errors));
        GetSet(t, "buffer", self => self is TextStream { Writer: not null } ts ? StdStreams.BufferOf(ts, ts.Fd) : Self(self).Buffer);
        GetSet(t, "line_buffering", self => PyBool.From(Self(self).LineBuffering));
        GetSet(t, "write_through", self => PyBool.From(Self(self).WriteThrough));
        GetSet(t, "_CHUNK_SIZE", self => PyInt.From(ChunkSize), (self, v) => { });
        GetSet(t, "closed", self => PyBool.From(IsClosed(Self(self))));
        GetSet(t, "name", self => { var tt = Self(self); return tt.Writer == null && tt.Reader == null ? Ops.GetAttr(tt.Buffer, "name") : tt.Dict!.Get("name") ?? PyStr.From("?"); });
        GetSet(t, "newlines", self => Self(self).Newlines?.Newlines ?? NoneObj);
        GetSet(t, "_finalizing", self => PyBool.False);
        Def0(t, "fileno", self => self is TextStream ts ? PyInt.From(ts.Fd) : Ops.CallMethod(Self(self).Buffer, "fileno"));
        Def0(t, "seekable", self => { var tt = Self(self); CheckClosed(tt); return PyBool.From(tt.Seekable); });
        Def0(t, "readable", self => { var tt = Self(self); CheckClosed(tt); return tt.Reader != null ? PyBool.True : tt.Writer != null ? PyBool.False : Ops.CallMethod(tt.Buffer, "readable"); });
        Def0(t, "writable", self => { var tt = Self(self); CheckClosed(tt); return tt.Writer != null ? PyBool.True : tt.Reader != null ? PyBool.False : Ops.CallMethod(tt.Buffer, "writable"); });
        Def0(t, "isatty", self => { var tt = Self(self); CheckClosed(tt); return tt.Writer != null || tt.Reader != null ? PyBool.False : Ops.CallMethod(tt.Buffer, "isatty"); });
        Def0(t, "flush", self => { Flush(Self(self)); return NoneObj; });
        Def0(t, "close", self => { Close(Self(self)); return NoneObj; });
        Def0(t, "detach", self =>
        {
            var tt = Self(self);
            Ops.CallMethod(self, "flush");
            var b = tt.Buffer;
            tt.Ok = false; tt.Detached = true; tt.Buffer = NoneObj;
            return b;
        });
        Def1(t, "write", (self, s) =>
        {
            var tt = Self(self);
            if (s is not PyStr ps) throw PyExc.TypeError($"write() argument must be str, not {Ops.TypeName(s)}");
            if (tt.Writer != null && !tt.IOBaseClosed && !tt.LineBuffering) { tt.Writer.Write(ps.Value); return PyInt.From(ps.Length); }
            Write(tt, ps.Value);
            return PyInt.From(ps.Length);
        });
        Def(t, "read", (a, kw) =>
        {
            var tt = Self(a[0]);
            CheckCount("read", a.Length - 1, 0, 1);
            return PyStr.From(Read(tt, IOBase.SizeArg(a.Length > 1 ? a[1] : null)));
        });
        Def(t, "readline", (a, kw) =>
        {
            var tt = Self(a[0]);
            var p = Parse("readline", a[1..], kw, ["size"], 0);
            if (p[0] != null && p[0] != NoneObj && p[0]!.Type.Lookup("__index__") == null)
                throw PyExc.TypeError($"'{Ops.TypeName(p[0]!)}' object cannot be interpreted as an integer");
            return PyStr.From(ReadLine(tt, IOBase.SizeArg(p[0])));
        });
        Def0(t, "__next__", self =>
        {
            var tt = Self(self);
            tt.Telling = false;
            var line = ReadLine(tt, -1);
            if (line.Length == 0)
            {
                tt.SnapPos = -1;
                tt.Telling = tt.Seekable;
                throw PyExc.StopIteration();
            }
            return PyStr.From(line);
        });
        Def0(t, "tell", self => PyInt.From(Tell(Self(self))));
        Def(t, "seek", (a, kw) =>
        {
            var tt = Self(a[0]);
            CheckCount("seek", a.Length - 1, 1, 2);
            CheckClosed(tt);
            if (!tt.Seekable) throw IOBase.Unsupported("underlying stream is not seekable");
            int whence = a.Length > 2 ? (int)ToLong(a[2]) : 0;
            var cookieObj = a[1];
            if (whence == 1)
            {
                if (!Ops.Eq(cookieObj, PyInt.From(0))) throw IOBase.Unsupported("can't do nonzero cur-relative seeks");
                return PyInt.From(Seek(tt, Tell(tt)));
            }
            if (whence == 2)
            {
                if (!Ops.Eq(cookieObj, PyInt.From(0))) throw IOBase.Unsupported("can't do nonzero end-relative seeks");
                Flush(tt);
                tt.Decoded = ""; tt.DecodedPos = 0; tt.SnapPos = -1; tt.Decoder?.Reset();
                if (tt.Newlines != null) tt.Newlines.PendingCR = false;
                return PyInt.From(tt.FastBuffer != null ? BufferedIO.Seek(tt.FastBuffer, 0, 2) : Ops.IndexAsLong(Ops.CallMethod(tt.Buffer, "seek", PyInt.From(0), PyInt.From(2))));
            }
            if (whence != 0) throw PyExc.ValueError($"invalid whence ({whence}, should be 0, 1 or 2)");
            if (cookieObj is PyFloat) throw PyExc.TypeError("an integer is required");
            long cookie = Ops.IndexAsLong(cookieObj);
            if (cookie < 0) throw PyExc.ValueError($"negative seek position {cookie}");
            Seek(tt, cookie);
            return cookieObj;
        });
        Def(t, "truncate", (a, kw) =>
        {
            var tt = Self(a[0]);
            Ops.CallMethod(a[0], "flush");
            var pos = a.Length > 1 && a[1] != NoneObj ? a[1] : Ops.CallMethod(a[0], "tell");
            return Ops.CallMethod(tt.Buffer, "truncate", pos);
        });
        Def(t, "reconfigure", (a, kw) =>
        {
            var tt = Self(a[0]);
            var p = Parse("reconfigure", a[1..], kw, ["encoding", "errors", "newline", "line_buffering", "write_through"], 0, 0, 0);
            if (p[3] != null && p[3] != NoneObj) tt.LineBuffering = Ops.IsTrue(p[3]!);
            if (p[4] != null && p[4] != NoneObj) tt.WriteThrough = Ops.IsTrue(p[4]!);
            if (p[0] != null && p[0] != NoneObj) { tt.Encoding = Ops.StrString(p[0]!); tt.Errors = p[1] is PyStr e1 ? e1.Value : "strict"; if (tt.Decoder != null) tt.Decoder = TextDecoder.For(tt.Encoding, tt.Errors); }
            else if (p[1] != null && p[1] != NoneObj) { tt.Errors = Ops.StrString(p[1]!); if (tt.Decoder != null) tt.Decoder = TextDecoder.For(tt.Encoding, tt.Errors); }
            if (p[2] != null)
            {
                var nl = p[2] == NoneObj ? null : Ops.StrString(p[2]!);
                tt.ReadNl = nl; tt.ReadUniversal = nl == null || nl == ""; tt.ReadTranslate = nl == null; tt.WriteTranslate = nl != "";
                tt.WriteNl = !tt.ReadUniversal && nl != null ? nl : "\n";
                tt.Newlines = tt.ReadUniversal ? new NewlineDecoder(tt.ReadTranslate) : null;
            }
            return NoneObj;
        });
        Def0(t, "__repr__", self =>
        {
            var tt = self as PyTextIO;
            var tn = IOBase.TpName(self.Type);
            if (tt == null || !tt.Ok) return PyStr.From($"<{tn}>");
            var sb = new StringBuilder("<").Append(tn);
            PyObject? name = null;
            try { name = Ops.GetAttrOrNull(self, PyStr.Intern("name")); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.Exception)) { }
            if (name != null) sb.Append(" name=").Append(Repr.Guarded(self, name));
            var mode = Ops.GetAttrOrNull(self, PyStr.Intern("mode"));
            if (mode != null) sb.Append(" mode=").Append(Ops.ReprString(mode));
            sb.Append(" encoding=").Append(Ops.ReprString(PyStr.From(tt.Encoding))).Append('>');
            return PyStr.From(sb.ToString());
        });
        Def0(t, "__getstate__", self => throw PyExc.TypeError($"cannot pickle '{IOBase.TpName(self.Type)}' object"));
    }
}
