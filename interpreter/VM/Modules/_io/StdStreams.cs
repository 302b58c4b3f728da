using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.IO;

/// <summary>The raw stream under sys.stdout.buffer / sys.stderr.buffer: bytes decoded as UTF-8 into the host's writer
/// (the interpreter's streams are TextWriters, not descriptors).</summary>
public sealed class PyWriterRaw : PyIOObject
{
    public readonly TextWriter Writer;
    public readonly int Fd;
    internal readonly Utf8Decoder Decoder = new("surrogateescape", false);
    public PyWriterRaw(PyType t, TextWriter w, int fd) : base(t) { Writer = w; Fd = fd; }
}

internal static class StdStreams
{
    private static PyType? s_rawType;

    private static PyType RawType()
    {
        if (s_rawType != null) return s_rawType;
        var t = NativeTypes.New("_io", "_WriterRaw", IoModule.T.RawIOBase, ownLayout: true, instanceDict: true);
        Def1(t, "write", (self, b) =>
        {
            var r = (PyWriterRaw)self;
            if (r.IOBaseClosed) throw IOBase.ClosedFile();
            var data = Buffers.Read(b);
            r.Writer.Write(r.Decoder.Decode(data, false));
            return PyInt.From(data.Length);
        });
        Def0(t, "writable", self => PyBool.True);
        Def0(t, "fileno", self => PyInt.From(((PyWriterRaw)self).Fd));
        Def0(t, "flush", self => { ((PyWriterRaw)self).Writer.Flush(); return Singletons.None; });
        t.Modified();
        return s_rawType = t;
    }

    /// <summary>sys.stdout.buffer: made on first use.</summary>
    public static PyObject BufferOf(PyTextIO t, int fd)
    {
        if (t.Buffer != Singletons.None) return t.Buffer;
        var raw = new PyWriterRaw(RawType(), t.Writer!, fd);
        raw.Dict!.Set("name", PyInt.From(fd));
        raw.Dict!.Set("mode", PyStr.From("wb"));
        var buffer = new PyBuffered(IoModule.T.BufferedWriter);
        BufferedIO.Initialize(buffer, raw, IoModule.DefaultBufferSize, false, true);
        t.Buffer = buffer;
        return buffer;
    }
}
