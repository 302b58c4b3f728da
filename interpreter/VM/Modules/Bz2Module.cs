using System.Runtime.InteropServices;
using Pyref.VM.Modules.Compression;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _bz2 (Modules/_bz2module.c of 3.11) over the system's libbzip2 (libbz2.so.1.0) through P/Invoke, the library
/// CPython links, so bz2.compress gives CPython's bytes. Without the library the import fails with an ImportError.
/// </summary>
[BuiltinModule("_bz2")]
public static unsafe class Bz2Module
{
    private const string Lib = "libbz2.so.1.0";
    private const int BZ_RUN = 0, BZ_FINISH = 2, BZ_STREAM_END = 4;

    /// <summary>bz_stream as bzlib.h lays it out on LP64.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct BzStream
    {
        public byte* NextIn; public uint AvailIn, TotalInLo32, TotalInHi32;
        public byte* NextOut; public uint AvailOut, TotalOutLo32, TotalOutHi32;
        public IntPtr State, BzAlloc, BzFree, Opaque;
    }

    private static class B
    {
        [DllImport(Lib)] public static extern int BZ2_bzCompressInit(BzStream* s, int blockSize100k, int verbosity, int workFactor);
        [DllImport(Lib)] public static extern int BZ2_bzCompress(BzStream* s, int action);
        [DllImport(Lib)] public static extern int BZ2_bzCompressEnd(BzStream* s);
        [DllImport(Lib)] public static extern int BZ2_bzDecompressInit(BzStream* s, int verbosity, int small);
        [DllImport(Lib)] public static extern int BZ2_bzDecompress(BzStream* s);
        [DllImport(Lib)] public static extern int BZ2_bzDecompressEnd(BzStream* s);
    }

    public static readonly PyType CompressorType = NewType("_bz2", "BZ2Compressor"), DecompressorType = NewType("_bz2", "BZ2Decompressor");

    // catch_bz2_error
    private static void Check(int bzerror)
    {
        switch (bzerror)
        {
            case >= 0 and <= 4: return;   // BZ_OK, BZ_RUN_OK, BZ_FLUSH_OK, BZ_FINISH_OK, BZ_STREAM_END
            case -9: throw PyExc.Make(Types.SystemError, "libbzip2 was not compiled correctly");
            case -2: throw PyExc.ValueError("Internal error - invalid parameters passed to libbzip2");
            case -3: throw PyExc.MakeNoArgs(Types.MemoryError);
            case -4 or -5: throw PyExc.Make(Types.OSError, "Invalid data stream");
            case -6: throw PyExc.Make(Types.OSError, "Unknown I/O error");
            case -7: throw PyExc.Make(Types.EOFError, "Compressed file ended before the logical end-of-stream was detected");
            case -1: throw PyExc.Make(Types.RuntimeError, "Internal error - Invalid sequence of commands sent to libbzip2");
            default: throw PyExc.Make(Types.OSError, $"Unrecognized error from libbzip2: {bzerror}");
        }
    }

    private sealed class Compressor : FlushableCompressor
    {
        public readonly BzStream* Bzs = (BzStream*)NativeMemory.AllocZeroed((nuint)sizeof(BzStream));
        public bool Initialised;
        public Compressor(PyType t) : base(t) { }
        ~Compressor()
        {
            if (Initialised) B.BZ2_bzCompressEnd(Bzs);
            NativeMemory.Free(Bzs);
        }

        // compress(c, data, len, action)
        protected override PyObject Run(byte[] data, bool finish)
        {
            int action = finish ? BZ_FINISH : BZ_RUN;
            using var output = new BlocksOutputBuffer(-1);
            fixed (byte* p = data)
            {
                output.Init(ref Bzs->NextOut, ref Bzs->AvailOut);
                Bzs->NextIn = p;
                Bzs->AvailIn = 0;
                long len = data.Length;
                while (true)
                {
                    if (Bzs->AvailIn == 0 && len > 0)
                    {
                        Bzs->AvailIn = (uint)Math.Min(len, uint.MaxValue);
                        len -= Bzs->AvailIn;
                    }
                    if (action == BZ_RUN && Bzs->AvailIn == 0) break;
                    if (Bzs->AvailOut == 0) output.Grow(ref Bzs->NextOut, ref Bzs->AvailOut);
                    int err = B.BZ2_bzCompress(Bzs, action);
                    Check(err);
                    if (action == BZ_FINISH && err == BZ_STREAM_END) break;
                }
                Bzs->NextIn = null;
                return output.Finish(Bzs->AvailOut);
            }
        }
    }

    private sealed class Decompressor : BufferedDecompressor
    {
        public readonly BzStream* Bzs = (BzStream*)NativeMemory.AllocZeroed((nuint)sizeof(BzStream));
        public bool Initialised;
        public Decompressor(PyType t) : base(t) { }
        ~Decompressor()
        {
            if (Initialised) B.BZ2_bzDecompressEnd(Bzs);
            NativeMemory.Free(Bzs);
        }

        protected override bool Step(ref byte* nextIn, ref uint availIn, ref byte* nextOut, ref uint availOut)
        {
            Bzs->NextIn = nextIn; Bzs->AvailIn = availIn; Bzs->NextOut = nextOut; Bzs->AvailOut = availOut;
            int ret = B.BZ2_bzDecompress(Bzs);
            nextIn = Bzs->NextIn; availIn = Bzs->AvailIn; nextOut = Bzs->NextOut; availOut = Bzs->AvailOut;
            Bzs->NextIn = null;
            Check(ret);
            return ret == BZ_STREAM_END;
        }
    }

    private static readonly string[] s_decompressArgs = { "data", "max_length" };

    static Bz2Module()
    {
        CompressorType.IsFinal = DecompressorType.IsFinal = true;
        // _bz2_BZ2Compressor_impl(type, compresslevel=9, /)
        DefStatic(CompressorType, "__new__", (a, kw) =>
        {
            NoKw("BZ2Compressor", kw);
            CheckPositional("BZ2Compressor", a.Length - 1, 0, 1);
            int level = a.Length > 1 ? AsCInt(a[1]) : 9;
            if (level < 1 || level > 9) throw PyExc.ValueError("compresslevel must be between 1 and 9");
            var c = new Compressor((PyType)a[0]);
            Check(B.BZ2_bzCompressInit(c.Bzs, level, 0, 0));
            c.Initialised = true;
            return c;
        });
        FlushableCompressor.AddMethods(CompressorType);

        // _bz2_BZ2Decompressor_impl(type)
        DefStatic(DecompressorType, "__new__", (a, kw) =>
        {
            NoKw("BZ2Decompressor", kw);
            if (a.Length > 1) throw PyExc.TypeError("BZ2Decompressor() takes no positional arguments");
            var d = new Decompressor((PyType)a[0]);
            Check(B.BZ2_bzDecompressInit(d.Bzs, 0, 0));
            d.Initialised = true;
            return d;
        });
        // _bz2_BZ2Decompressor_decompress_impl(self, data: Py_buffer, max_length=-1)
        Def(DecompressorType, "decompress", (a, kw) =>
        {
            var p = Unpack("decompress", a[1..], kw, s_decompressArgs, 1);
            return ((Decompressor)a[0]).Decompress(BufferProtocol.GetBytes(p[0]!), p[1] == null ? -1 : AsSsize(p[1]!));
        });
        GetSet(DecompressorType, "eof", o => PyBool.From(((Decompressor)o).Eof));
        GetSet(DecompressorType, "unused_data", o => PyBytes.From(((Decompressor)o).UnusedData));
        GetSet(DecompressorType, "needs_input", o => PyBool.From(((Decompressor)o).NeedsInput));
    }

    public static PyModule Create()
    {
        if (!NativeLibrary.TryLoad(Lib, typeof(Bz2Module).Assembly, null, out _))
            throw PyExc.Make(Types.ImportError, $"_bz2 is not available: the system library {Lib} could not be loaded");
        var m = new PyModule("_bz2");
        m.Dict!.Set("BZ2Compressor", CompressorType);
        m.Dict!.Set("BZ2Decompressor", DecompressorType);
        return m;
    }
}
