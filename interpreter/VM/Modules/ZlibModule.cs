using System.Numerics;
using System.Runtime.InteropServices;
using Pyref.VM.Modules.Compression;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// zlib (Modules/zlibmodule.c of 3.11) over the system's zlib, libz.so.1, called through P/Invoke: the same C
/// library CPython links, so compressed bytes are identical to CPython's (.NET's own ZLibStream is zlib-ng and
/// compresses differently). Without libz the import fails with an ImportError, as a CPython built without zlib.
/// DEVIATION(CPython): ZLIB_VERSION is the runtime library's version (CPython shows the header it was compiled with;
/// they agree on a distribution's python3).
/// </summary>
[BuiltinModule("zlib")]
public static unsafe class ZlibModule
{
    private const string Lib = "libz.so.1";
    private const int Z_OK = 0, Z_STREAM_END = 1, Z_NEED_DICT = 2, Z_STREAM_ERROR = -2, Z_DATA_ERROR = -3, Z_MEM_ERROR = -4,
        Z_BUF_ERROR = -5, Z_VERSION_ERROR = -6;
    private const int Z_NO_FLUSH = 0, Z_FINISH = 4, MAX_WBITS = 15, DEFLATED = 8, DEF_MEM_LEVEL = 8, DEF_BUF_SIZE = 16 * 1024;

    /// <summary>z_stream as zlib.h lays it out on LP64 Linux (uLong is 64 bits).</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct ZStream
    {
        public byte* NextIn; public uint AvailIn; public nuint TotalIn;
        public byte* NextOut; public uint AvailOut; public nuint TotalOut;
        public sbyte* Msg; public IntPtr State;
        public IntPtr ZAlloc, ZFree, Opaque;
        public int DataType; public nuint Adler, Reserved;
    }

    private static class Z
    {
        [DllImport(Lib)] public static extern IntPtr zlibVersion();
        [DllImport(Lib)] public static extern int deflateInit2_(ZStream* s, int level, int method, int wbits, int memLevel, int strategy, IntPtr version, int size);
        [DllImport(Lib)] public static extern int deflate(ZStream* s, int flush);
        [DllImport(Lib)] public static extern int deflateEnd(ZStream* s);
        [DllImport(Lib)] public static extern int deflateCopy(ZStream* dest, ZStream* src);
        [DllImport(Lib)] public static extern int deflateSetDictionary(ZStream* s, byte* dict, uint len);
        [DllImport(Lib)] public static extern int inflateInit2_(ZStream* s, int wbits, IntPtr version, int size);
        [DllImport(Lib)] public static extern int inflate(ZStream* s, int flush);
        [DllImport(Lib)] public static extern int inflateEnd(ZStream* s);
        [DllImport(Lib)] public static extern int inflateCopy(ZStream* dest, ZStream* src);
        [DllImport(Lib)] public static extern int inflateSetDictionary(ZStream* s, byte* dict, uint len);
        [DllImport(Lib)] public static extern nuint crc32(nuint crc, byte* buf, uint len);
        [DllImport(Lib)] public static extern nuint adler32(nuint adler, byte* buf, uint len);
    }

    private static PyType? s_error;
    public static readonly PyType CompType = NewType("zlib", "Compress"), DecompType = NewType("zlib", "Decompress");

    /// <summary>
    /// compobject: a z_stream in native memory (zlib keeps a pointer back to it, so it must not move) plus the
    /// Python-visible state of a Decompress.
    /// </summary>
    private sealed class CompObject : PyObject
    {
        public readonly ZStream* Zst = (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));
        public readonly bool IsDeflate;
        public bool IsInitialised, Eof;
        public byte[] UnusedData = [], UnconsumedTail = [];
        public PyObject? Zdict;
        public readonly object Lock = new();
        public CompObject(PyType t, bool deflate) : base(t) { IsDeflate = deflate; }

        ~CompObject()
        {
            if (IsInitialised) { if (IsDeflate) Z.deflateEnd(Zst); else Z.inflateEnd(Zst); }
            NativeMemory.Free(Zst);
        }
    }

    /// <summary>zlib_error: zlib's own message when it set one, else a description of the code.</summary>
    private static PyException Error(ZStream* zst, int err, string msg)
    {
        string? zmsg = err == Z_VERSION_ERROR ? "library version mismatch" : null;
        if (zmsg == null && zst->Msg != null) zmsg = Marshal.PtrToStringAnsi((IntPtr)zst->Msg);
        zmsg ??= err switch
        {
            Z_BUF_ERROR => "incomplete or truncated stream",
            Z_STREAM_ERROR => "inconsistent stream state",
            Z_DATA_ERROR => "invalid input data",
            _ => null,
        };
        return PyExc.Make(s_error!, zmsg == null ? $"Error {err} {msg}" : $"Error {err} {msg}: {zmsg}");
    }

    // arrange_input_buffer: zlib takes at most UINT_MAX bytes per call.
    private static void ArrangeInput(ZStream* s, ref long remains)
    {
        s->AvailIn = (uint)Math.Min(remains, uint.MaxValue);
        remains -= s->AvailIn;
    }

    private static IntPtr Version => Z.zlibVersion();

    // zlib_compress_impl
    private static PyObject Compress(byte[] data, int level, int wbits)
    {
        var zst = (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));
        using var output = new BlocksOutputBuffer(-1);
        try
        {
            fixed (byte* ibuf = data)
            {
                output.Init(ref zst->NextOut, ref zst->AvailOut);
                zst->NextIn = ibuf;
                int err = Z.deflateInit2_(zst, level, DEFLATED, wbits, DEF_MEM_LEVEL, 0, Version, sizeof(ZStream));
                switch (err)
                {
                    case Z_OK: break;
                    case Z_MEM_ERROR: throw PyExc.Make(Types.MemoryError, "Out of memory while compressing data");
                    case Z_STREAM_ERROR: throw PyExc.Make(s_error!, "Bad compression level");
                    default: Z.deflateEnd(zst); throw Error(zst, err, "while compressing data");
                }
                long ibuflen = data.Length;
                int flush;
                do
                {
                    ArrangeInput(zst, ref ibuflen);
                    flush = ibuflen == 0 ? Z_FINISH : Z_NO_FLUSH;
                    do
                    {
                        if (zst->AvailOut == 0) output.Grow(ref zst->NextOut, ref zst->AvailOut);
                        err = Z.deflate(zst, flush);
                        if (err == Z_STREAM_ERROR) { Z.deflateEnd(zst); throw Error(zst, err, "while compressing data"); }
                    } while (zst->AvailOut == 0);
                } while (flush != Z_FINISH);
                err = Z.deflateEnd(zst);
                if (err != Z_OK) throw Error(zst, err, "while finishing compression");
                return output.Finish(zst->AvailOut);
            }
        }
        finally { NativeMemory.Free(zst); }
    }

    // zlib_decompress_impl
    private static PyObject Decompress(byte[] data, int wbits, long bufsize)
    {
        if (bufsize < 0) throw PyExc.ValueError("bufsize must be non-negative");
        if (bufsize == 0) bufsize = 1;
        var zst = (ZStream*)NativeMemory.AllocZeroed((nuint)sizeof(ZStream));
        using var output = new BlocksOutputBuffer(-1, (int)Math.Min(bufsize, 16 * 1024 * 1024));
        try
        {
            fixed (byte* ibuf = data)
            {
                output.Init(ref zst->NextOut, ref zst->AvailOut);
                zst->NextIn = ibuf;
                zst->AvailIn = 0;
                int err = Z.inflateInit2_(zst, wbits, Version, sizeof(ZStream));
                switch (err)
                {
                    case Z_OK: break;
                    case Z_MEM_ERROR: throw PyExc.Make(Types.MemoryError, "Out of memory while decompressing data");
                    default: Z.inflateEnd(zst); throw Error(zst, err, "while preparing to decompress data");
                }
                long ibuflen = data.Length;
                do
                {
                    ArrangeInput(zst, ref ibuflen);
                    int flush = ibuflen == 0 ? Z_FINISH : Z_NO_FLUSH;
                    do
                    {
                        if (zst->AvailOut == 0) output.Grow(ref zst->NextOut, ref zst->AvailOut);
                        err = Z.inflate(zst, flush);
                        switch (err)
                        {
                            case Z_OK or Z_BUF_ERROR or Z_STREAM_END: break;
                            case Z_MEM_ERROR: Z.inflateEnd(zst); throw PyExc.Make(Types.MemoryError, "Out of memory while decompressing data");
                            default: Z.inflateEnd(zst); throw Error(zst, err, "while decompressing data");
                        }
                    } while (zst->AvailOut == 0);
                } while (err != Z_STREAM_END && ibuflen != 0);
                if (err != Z_STREAM_END) { Z.inflateEnd(zst); throw Error(zst, err, "while decompressing data"); }
                err = Z.inflateEnd(zst);
                if (err != Z_OK) throw Error(zst, err, "while finishing decompression");
                return output.Finish(zst->AvailOut);
            }
        }
        finally { NativeMemory.Free(zst); }
    }

    // zlib_compressobj_impl
    private static PyObject CompressObj(int level, int method, int wbits, int memLevel, int strategy, byte[]? zdict)
    {
        var self = new CompObject(CompType, deflate: true);
        int err = Z.deflateInit2_(self.Zst, level, method, wbits, memLevel, strategy, Version, sizeof(ZStream));
        switch (err)
        {
            case Z_OK:
                self.IsInitialised = true;
                if (zdict == null) return self;
                fixed (byte* d = zdict) err = Z.deflateSetDictionary(self.Zst, d, (uint)zdict.Length);
                if (err == Z_OK) return self;
                throw PyExc.ValueError(err == Z_STREAM_ERROR ? "Invalid dictionary" : "deflateSetDictionary()");
            case Z_MEM_ERROR: throw PyExc.Make(Types.MemoryError, "Can't allocate memory for compression object");
            case Z_STREAM_ERROR: throw PyExc.ValueError("Invalid initialization option");
            default: throw Error(self.Zst, err, "while creating compression object");
        }
    }

    // set_inflate_zdict
    private static void SetInflateZdict(CompObject self)
    {
        var dict = BufferProtocol.GetBytes(self.Zdict!);
        int err;
        fixed (byte* d = dict) err = Z.inflateSetDictionary(self.Zst, d, (uint)dict.Length);
        if (err != Z_OK) throw Error(self.Zst, err, "while setting zdict");
    }

    // zlib_decompressobj_impl
    private static PyObject DecompressObj(int wbits, PyObject? zdict)
    {
        if (zdict != null && !BufferProtocol.Check(zdict)) throw PyExc.TypeError("zdict argument must support the buffer protocol");
        var self = new CompObject(DecompType, deflate: false) { Zdict = zdict };
        int err = Z.inflateInit2_(self.Zst, wbits, Version, sizeof(ZStream));
        switch (err)
        {
            case Z_OK:
                self.IsInitialised = true;
                if (self.Zdict != null && wbits < 0) SetInflateZdict(self);
                return self;
            case Z_STREAM_ERROR: throw PyExc.ValueError("Invalid initialization option");
            case Z_MEM_ERROR: throw PyExc.Make(Types.MemoryError, "Can't allocate memory for decompression object");
            default: throw Error(self.Zst, err, "while creating decompression object");
        }
    }

    // zlib_Compress_compress_impl
    private static PyObject ObjCompress(CompObject self, byte[] data)
    {
        lock (self.Lock)
        {
            using var output = new BlocksOutputBuffer(-1);
            var zst = self.Zst;
            fixed (byte* ibuf = data)
            {
                zst->NextIn = ibuf;
                long ibuflen = data.Length;
                output.Init(ref zst->NextOut, ref zst->AvailOut);
                do
                {
                    ArrangeInput(zst, ref ibuflen);
                    do
                    {
                        if (zst->AvailOut == 0) output.Grow(ref zst->NextOut, ref zst->AvailOut);
                        int err = Z.deflate(zst, Z_NO_FLUSH);
                        if (err == Z_STREAM_ERROR) throw Error(zst, err, "while compressing data");
                    } while (zst->AvailOut == 0);
                } while (ibuflen != 0);
                zst->NextIn = null;
                return output.Finish(zst->AvailOut);
            }
        }
    }

    // save_unconsumed_input: input left after the end of the stream goes to unused_data; input left because the
    // output limit was reached goes to unconsumed_tail.
    private static void SaveUnconsumedInput(CompObject self, byte[] data, byte* start, int err)
    {
        var zst = self.Zst;
        if (err == Z_STREAM_END && zst->AvailIn > 0)
        {
            int left = data.Length - (int)(zst->NextIn - start);
            self.UnusedData = [.. self.UnusedData, .. data.AsSpan(data.Length - left)];
            zst->AvailIn = 0;
        }
        if (zst->AvailIn > 0 || self.UnconsumedTail.Length > 0)
        {
            int left = data.Length - (int)(zst->NextIn - start);
            self.UnconsumedTail = data.AsSpan(data.Length - left).ToArray();
        }
    }

    // zlib_Decompress_decompress_impl
    private static PyObject ObjDecompress(CompObject self, byte[] data, long maxLength)
    {
        if (maxLength < 0) throw PyExc.ValueError("max_length must be non-negative");
        if (maxLength == 0) maxLength = -1;
        lock (self.Lock)
        {
            var zst = self.Zst;
            int err = Z_OK;
            using var output = new BlocksOutputBuffer(maxLength);
            fixed (byte* ibuf = data)
            {
                zst->NextIn = ibuf;
                long ibuflen = data.Length;
                output.Init(ref zst->NextOut, ref zst->AvailOut);
                do
                {
                    ArrangeInput(zst, ref ibuflen);
                    do
                    {
                        if (zst->AvailOut == 0 && !output.Grow(ref zst->NextOut, ref zst->AvailOut)) goto save;
                        err = Z.inflate(zst, 2 /* Z_SYNC_FLUSH */);
                        switch (err)
                        {
                            case Z_OK or Z_BUF_ERROR or Z_STREAM_END: break;
                            default:
                                if (err == Z_NEED_DICT && self.Zdict != null) { SetInflateZdict(self); break; }
                                goto save;
                        }
                    } while (zst->AvailOut == 0 || err == Z_NEED_DICT);
                } while (err != Z_STREAM_END && ibuflen != 0);
            save:
                SaveUnconsumedInput(self, data, ibuf, err);
                zst->NextIn = null;
                if (err == Z_STREAM_END) self.Eof = true;
                else if (err != Z_OK && err != Z_BUF_ERROR) throw Error(zst, err, "while decompressing data");
                return output.Finish(zst->AvailOut);
            }
        }
    }

    // zlib_Compress_flush_impl
    private static PyObject ObjCompressFlush(CompObject self, int mode)
    {
        if (mode == Z_NO_FLUSH) return PyBytes.From([]);
        lock (self.Lock)
        {
            var zst = self.Zst;
            zst->AvailIn = 0;
            using var output = new BlocksOutputBuffer(-1);
            output.Init(ref zst->NextOut, ref zst->AvailOut);
            int err;
            do
            {
                if (zst->AvailOut == 0) output.Grow(ref zst->NextOut, ref zst->AvailOut);
                err = Z.deflate(zst, mode);
                if (err == Z_STREAM_ERROR) throw Error(zst, err, "while flushing");
            } while (zst->AvailOut == 0);
            if (err == Z_STREAM_END && mode == Z_FINISH)
            {
                err = Z.deflateEnd(zst);
                if (err != Z_OK) throw Error(zst, err, "while finishing compression");
                self.IsInitialised = false;
            }
            else if (err != Z_OK && err != Z_BUF_ERROR) throw Error(zst, err, "while flushing");
            return output.Finish(zst->AvailOut);
        }
    }

    // zlib_Decompress_flush_impl
    private static PyObject ObjDecompressFlush(CompObject self, long length)
    {
        if (length <= 0) throw PyExc.ValueError("length must be greater than zero");
        lock (self.Lock)
        {
            var zst = self.Zst;
            var data = self.UnconsumedTail;
            int err = Z_OK;
            using var output = new BlocksOutputBuffer(-1, (int)Math.Min(length, 16 * 1024 * 1024));
            fixed (byte* ibuf = data)
            {
                zst->NextIn = ibuf;
                long ibuflen = data.Length;
                output.Init(ref zst->NextOut, ref zst->AvailOut);
                do
                {
                    ArrangeInput(zst, ref ibuflen);
                    int flush = ibuflen == 0 ? Z_FINISH : Z_NO_FLUSH;
                    do
                    {
                        if (zst->AvailOut == 0) output.Grow(ref zst->NextOut, ref zst->AvailOut);
                        err = Z.inflate(zst, flush);
                        if (err is not (Z_OK or Z_BUF_ERROR or Z_STREAM_END)) goto save;
                    } while (zst->AvailOut == 0 || err == Z_NEED_DICT);
                } while (err != Z_STREAM_END && ibuflen != 0);
            save:
                SaveUnconsumedInput(self, data, ibuf, err);
                zst->NextIn = null;
                if (err == Z_STREAM_END)
                {
                    self.Eof = true;
                    self.IsInitialised = false;
                    err = Z.inflateEnd(zst);
                    if (err != Z_OK) throw Error(zst, err, "while finishing decompression");
                }
                return output.Finish(zst->AvailOut);
            }
        }
    }

    // zlib_Compress_copy_impl / zlib_Decompress_copy_impl
    private static PyObject Copy(CompObject self)
    {
        var copy = new CompObject(self.Type, self.IsDeflate);
        lock (self.Lock)
        {
            int err = self.IsDeflate ? Z.deflateCopy(copy.Zst, self.Zst) : Z.inflateCopy(copy.Zst, self.Zst);
            string what = self.IsDeflate ? "compression" : "decompression";
            switch (err)
            {
                case Z_OK: break;
                case Z_STREAM_ERROR: throw PyExc.ValueError("Inconsistent stream state");
                case Z_MEM_ERROR: throw PyExc.Make(Types.MemoryError, $"Can't allocate memory for {what} object");
                default: throw Error(self.Zst, err, $"while copying {what} object");
            }
            copy.UnusedData = self.UnusedData;
            copy.UnconsumedTail = self.UnconsumedTail;
            copy.Zdict = self.Zdict;
            copy.Eof = self.Eof;
            copy.IsInitialised = true;
        }
        return copy;
    }

    private static readonly string[] s_compressArgs = { "data", "level", "wbits" }, s_decompressArgs = { "data", "wbits", "bufsize" },
        s_compressobjArgs = { "level", "method", "wbits", "memLevel", "strategy", "zdict" }, s_decompressobjArgs = { "wbits", "zdict" },
        s_objDecompressArgs = { "data", "max_length" };

    static ZlibModule()
    {
        foreach (var t in new[] { CompType, DecompType })
        {
            t.IsFinal = true;
            DefStatic(t, "__new__", (a, kw) => throw PyExc.TypeError($"cannot create '{t.Name}' instances"));
            Def0(t, "copy", a => Copy((CompObject)a));
        }
        Def1(CompType, "compress", (a, data) => ObjCompress((CompObject)a, BufferProtocol.GetBytes(data)));
        DefN(CompType, "flush", 0, 1, (a, args) => ObjCompressFlush((CompObject)a, args.Length > 0 ? AsCInt(args[0]) : Z_FINISH));
        Def(DecompType, "decompress", (a, kw) =>
        {
            var p = Unpack("decompress", a[1..], kw, s_objDecompressArgs, 1, 2, posOnly: 1);
            return ObjDecompress((CompObject)a[0], BufferProtocol.GetBytes(p[0]!), p[1] == null ? 0 : AsSsize(p[1]!));
        });
        DefN(DecompType, "flush", 0, 1, (a, args) => ObjDecompressFlush((CompObject)a, args.Length > 0 ? AsSsize(args[0]) : DEF_BUF_SIZE));
        GetSet(DecompType, "unused_data", a => PyBytes.From(((CompObject)a).UnusedData));
        GetSet(DecompType, "unconsumed_tail", a => PyBytes.From(((CompObject)a).UnconsumedTail));
        GetSet(DecompType, "eof", a => PyBool.From(((CompObject)a).Eof));
    }

    // zlib_crc32_impl / zlib_adler32_impl: the value is an unsigned int taken bitwise (masked), the data fed in
    // UINT_MAX pieces.
    private static PyObject Checksum(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw, bool crc)
    {
        NoKw(fname, kw);
        CheckPositional(fname, a.Length, 1, 2);
        var data = BufferProtocol.GetBytes(a[0]);
        nuint value = crc ? 0u : 1u;
        if (a.Length > 1)
        {
            if (a[1] is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
            value = (nuint)(uint)(Ops.Index(a[1]).Value & uint.MaxValue);
        }
        fixed (byte* p = data)
        {
            long off = 0;
            do
            {
                uint n = (uint)Math.Min(data.Length - off, uint.MaxValue);
                value = crc ? Z.crc32(value, p + off, n) : Z.adler32(value, p + off, n);
                off += n;
            } while (off < data.Length);
        }
        return PyInt.From((long)(value & uint.MaxValue));
    }

    public static PyModule Create()
    {
        if (!NativeLibrary.TryLoad(Lib, typeof(ZlibModule).Assembly, null, out _))
            throw PyExc.Make(Types.ImportError, $"zlib is not available: the system library {Lib} could not be loaded");
        var m = new PyModule("zlib");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n\nadler32(string[, start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- Compress data, with compression level 0-9 or -1.\ncompressobj([level[, ...]]) -- Return a compressor object.\ncrc32(string[, start]) -- Compute a CRC-32 checksum.\ndecompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n'wbits' is window buffer size and container format.\nCompressor objects support compress() and flush() methods; decompressor\nobjects support decompress() and flush()."));
        s_error ??= NativeTypes.New("error", Types.Exception, "zlib");
        d.Set("error", s_error);
        d.Set("compress", Fn("compress", (a, kw) =>
        {
            var p = Unpack("compress", a, kw, s_compressArgs, 1, 3, posOnly: 1);
            return Compress(BufferProtocol.GetBytes(p[0]!), p[1] == null ? -1 : AsCInt(p[1]!), p[2] == null ? MAX_WBITS : AsCInt(p[2]!));
        }));
        d.Set("decompress", Fn("decompress", (a, kw) =>
        {
            var p = Unpack("decompress", a, kw, s_decompressArgs, 1, 3, posOnly: 1);
            return Decompress(BufferProtocol.GetBytes(p[0]!), p[1] == null ? MAX_WBITS : AsCInt(p[1]!), p[2] == null ? DEF_BUF_SIZE : AsSsize(p[2]!));
        }));
        d.Set("compressobj", Fn("compressobj", (a, kw) =>
        {
            var p = Unpack("compressobj", a, kw, s_compressobjArgs, 0);
            byte[]? zdict = p[5] == null || p[5] == None ? null : BufferProtocol.GetBytes(p[5]!);
            return CompressObj(p[0] == null ? -1 : AsCInt(p[0]!), p[1] == null ? DEFLATED : AsCInt(p[1]!), p[2] == null ? MAX_WBITS : AsCInt(p[2]!),
                p[3] == null ? DEF_MEM_LEVEL : AsCInt(p[3]!), p[4] == null ? 0 : AsCInt(p[4]!), zdict);
        }));
        d.Set("decompressobj", Fn("decompressobj", (a, kw) =>
        {
            var p = Unpack("decompressobj", a, kw, s_decompressobjArgs, 0);
            return DecompressObj(p[0] == null ? MAX_WBITS : AsCInt(p[0]!), p[1]);
        }));
        d.Set("crc32", Fn("crc32", (a, kw) => Checksum("crc32", a, kw, crc: true)));
        d.Set("adler32", Fn("adler32", (a, kw) => Checksum("adler32", a, kw, crc: false)));
        foreach (var (name, value) in new (string, int)[]
        {
            ("MAX_WBITS", MAX_WBITS), ("DEFLATED", DEFLATED), ("DEF_MEM_LEVEL", DEF_MEM_LEVEL), ("DEF_BUF_SIZE", DEF_BUF_SIZE),
            ("Z_NO_COMPRESSION", 0), ("Z_BEST_SPEED", 1), ("Z_BEST_COMPRESSION", 9), ("Z_DEFAULT_COMPRESSION", -1),
            ("Z_FILTERED", 1), ("Z_HUFFMAN_ONLY", 2), ("Z_RLE", 3), ("Z_FIXED", 4), ("Z_DEFAULT_STRATEGY", 0),
            ("Z_NO_FLUSH", 0), ("Z_PARTIAL_FLUSH", 1), ("Z_SYNC_FLUSH", 2), ("Z_FULL_FLUSH", 3), ("Z_FINISH", 4),
            ("Z_BLOCK", 5), ("Z_TREES", 6),
        })
            d.Set(name, PyInt.From(value));
        var version = PyStr.From(Marshal.PtrToStringAnsi(Z.zlibVersion())!);
        d.Set("ZLIB_VERSION", version);
        d.Set("ZLIB_RUNTIME_VERSION", version);
        d.Set("__version__", PyStr.From("1.0"));
        return m;
    }
}
