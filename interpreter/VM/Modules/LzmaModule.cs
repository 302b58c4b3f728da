using System.Runtime.InteropServices;
using Pyref.VM.Modules.Compression;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _lzma (Modules/_lzmamodule.c of 3.11) over the system's liblzma (liblzma.so.5) through P/Invoke, the library
/// CPython links, so lzma.compress gives CPython's bytes. Without the library the import fails with an ImportError.
/// </summary>
[BuiltinModule("_lzma")]
public static unsafe class LzmaModule
{
    private const string Lib = "liblzma.so.5";
    private const int LZMA_OK = 0, LZMA_STREAM_END = 1, LZMA_NO_CHECK = 2, LZMA_GET_CHECK = 4, LZMA_BUF_ERROR = 10;
    private const int LZMA_RUN = 0, LZMA_FINISH = 3;
    private const int FORMAT_AUTO = 0, FORMAT_XZ = 1, FORMAT_ALONE = 2, FORMAT_RAW = 3;
    private const int CHECK_NONE = 0, CHECK_CRC64 = 4, CHECK_UNKNOWN = 16;
    private const ulong FILTER_LZMA1 = 0x4000000000000001UL, FILTER_LZMA2 = 0x21, FILTER_DELTA = 0x03;
    private const uint PRESET_DEFAULT = 6;
    private const int OptionsBytes = 256;   // larger than lzma_options_lzma/delta/bcj of any liblzma 5.x

    /// <summary>lzma_stream as lzma/base.h lays it out on LP64 (136 bytes; LZMA_STREAM_INIT is all zeros).</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct LzmaStream
    {
        public byte* NextIn; public nuint AvailIn; public ulong TotalIn;
        public byte* NextOut; public nuint AvailOut; public ulong TotalOut;
        public IntPtr Allocator, Internal, R1, R2, R3, R4;
        public ulong RInt1, RInt2; public nuint RInt3, RInt4; public int REnum1, REnum2;
    }

    [StructLayout(LayoutKind.Sequential)]
    internal struct LzmaFilter { public ulong Id; public void* Options; }

    private static class L
    {
        [DllImport(Lib)] public static extern int lzma_code(LzmaStream* s, int action);
        [DllImport(Lib)] public static extern void lzma_end(LzmaStream* s);
        [DllImport(Lib)] public static extern int lzma_easy_encoder(LzmaStream* s, uint preset, int check);
        [DllImport(Lib)] public static extern int lzma_stream_encoder(LzmaStream* s, LzmaFilter* filters, int check);
        [DllImport(Lib)] public static extern int lzma_alone_encoder(LzmaStream* s, void* options);
        [DllImport(Lib)] public static extern int lzma_raw_encoder(LzmaStream* s, LzmaFilter* filters);
        [DllImport(Lib)] public static extern int lzma_auto_decoder(LzmaStream* s, ulong memlimit, uint flags);
        [DllImport(Lib)] public static extern int lzma_stream_decoder(LzmaStream* s, ulong memlimit, uint flags);
        [DllImport(Lib)] public static extern int lzma_alone_decoder(LzmaStream* s, ulong memlimit);
        [DllImport(Lib)] public static extern int lzma_raw_decoder(LzmaStream* s, LzmaFilter* filters);
        [DllImport(Lib)] public static extern byte lzma_lzma_preset(void* options, uint preset);
        [DllImport(Lib)] public static extern byte lzma_check_is_supported(int check);
        [DllImport(Lib)] public static extern int lzma_get_check(LzmaStream* s);
        [DllImport(Lib)] public static extern int lzma_properties_size(uint* size, LzmaFilter* filter);
        [DllImport(Lib)] public static extern int lzma_properties_encode(LzmaFilter* filter, byte* props);
        [DllImport(Lib)] public static extern int lzma_properties_decode(LzmaFilter* filter, IntPtr allocator, byte* props, nuint size);
    }

    private static PyType? s_error;
    public static readonly PyType CompressorType = NewType("_lzma", "LZMACompressor"), DecompressorType = NewType("_lzma", "LZMADecompressor");

    // catch_lzma_error
    private static void Check(int ret)
    {
        string msg = ret switch
        {
            LZMA_OK or LZMA_GET_CHECK or LZMA_NO_CHECK or LZMA_STREAM_END => "",
            3 => "Unsupported integrity check",
            5 => throw PyExc.MakeNoArgs(Types.MemoryError),
            6 => "Memory usage limit exceeded",
            7 => "Input format not supported by decoder",
            8 => "Invalid or unsupported options",
            9 => "Corrupt input data",
            10 => "Insufficient buffer space",
            11 => "Internal error",
            _ => $"Unrecognized error from liblzma: {ret}",
        };
        if (msg.Length > 0) throw PyExc.Make(s_error!, msg);
    }

    /// <summary>A filter chain in native memory (parse_filter_chain_spec), terminated by LZMA_VLI_UNKNOWN.</summary>
    private sealed class FilterChain : IDisposable
    {
        public readonly LzmaFilter* Filters = (LzmaFilter*)NativeMemory.AllocZeroed((nuint)(sizeof(LzmaFilter) * 5));
        public FilterChain(PyObject specs)
        {
            long n = Ops.Len(specs);
            if (n > 4) throw PyExc.ValueError("Too many filters - liblzma supports a maximum of 4");
            for (int i = 0; i < n; i++) ParseFilterSpec(&Filters[i], Ops.GetItem(specs, PyInt.From(i)));
            Filters[n].Id = ulong.MaxValue;
        }
        public void Dispose()
        {
            for (int i = 0; i < 5; i++) NativeMemory.Free(Filters[i].Options);
            NativeMemory.Free(Filters);
        }
    }

    private static PyObject? SpecItem(PyObject spec, string key)
    {
        try { return Ops.GetItem(spec, PyStr.From(key)); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.KeyError)) { return null; }
    }

    // uint32_converter / lzma_vli_converter
    private static uint U32(PyObject o)
    {
        var v = Ops.Index(o);
        if (v.Sign < 0) throw PyExc.OverflowError("Value too large for uint32_t type");   // PyLong_AsUnsignedLong's refusal, reworded by uint32_converter
        if (v.Value > uint.MaxValue) throw PyExc.OverflowError("Value too large for uint32_t type");
        return (uint)v.Value;
    }

    // parse_filter_spec and its parse_filter_spec_lzma / _delta / _bcj: the keys each filter takes, over its defaults.
    private static void ParseFilterSpec(LzmaFilter* f, PyObject spec)
    {
        if (spec is not PyDict && spec.Type.Lookup("__getitem__") == null)
            throw PyExc.TypeError("Filter specifier must be a dict or dict-like object");
        var idObj = SpecItem(spec, "id") ?? throw PyExc.ValueError("Filter specifier must have an \"id\" entry");
        var idv = Ops.Index(idObj);
        if (idv.Sign < 0 || idv.Value > ulong.MaxValue) throw PyExc.OverflowError("Python int too large to convert to C unsigned long long");
        f->Id = (ulong)idv.Value;
        var opts = (byte*)NativeMemory.AllocZeroed(OptionsBytes);
        f->Options = opts;
        string[] names;
        string what;
        if (f->Id is FILTER_LZMA1 or FILTER_LZMA2)
        {
            var presetObj = SpecItem(spec, "preset");
            uint preset = presetObj == null ? PRESET_DEFAULT : U32(presetObj);
            if (L.lzma_lzma_preset(opts, preset) != 0) throw PyExc.Make(s_error!, $"Invalid compression preset: {preset}");
            names = ["id", "preset", "dict_size", "lc", "lp", "pb", "mode", "nice_len", "mf", "depth"];
            what = "LZMA filter";
        }
        else if (f->Id == FILTER_DELTA)
        {
            *(uint*)(opts + 4) = 1;   // lzma_options_delta: type = LZMA_DELTA_TYPE_BYTE (0), dist = 1
            names = ["id", "dist"];
            what = "delta filter";
        }
        else if (f->Id is >= 4 and <= 9)
        {
            names = ["id", "start_offset"];   // lzma_options_bcj: start_offset = 0
            what = "BCJ filter";
        }
        else throw PyExc.ValueError($"Invalid filter ID: {f->Id}");
        // PyArg_ParseTupleAndKeywords(empty, spec, ...): unknown keys are refused with the filter's message.
        foreach (var kv in IterItems(Ops.CallMethod(spec, "items")))
        {
            if (kv.Key is not PyStr ks || Array.IndexOf(names, ks.Value) < 0) throw PyExc.ValueError($"Invalid filter specifier for {what}");
            uint v;
            try { v = ks.Value is "id" or "preset" ? 0 : U32(kv.Value); }
            catch (PyException) { throw PyExc.ValueError($"Invalid filter specifier for {what}"); }
            int? offset = (what, ks.Value) switch
            {
                ("LZMA filter", "dict_size") => 0, ("LZMA filter", "lc") => 20, ("LZMA filter", "lp") => 24, ("LZMA filter", "pb") => 28,
                ("LZMA filter", "mode") => 32, ("LZMA filter", "nice_len") => 36, ("LZMA filter", "mf") => 40, ("LZMA filter", "depth") => 44,
                ("delta filter", "dist") => 4, ("BCJ filter", "start_offset") => 0,
                _ => null,
            };
            if (offset is int o) *(uint*)(opts + o) = v;
        }
    }

    private static IEnumerable<(PyObject Key, PyObject Value)> IterItems(PyObject items)
    {
        var it = Ops.GetIter(items);
        PyObject? pair;
        var list = new List<(PyObject, PyObject)>();
        while ((pair = Ops.Next(it)) != null) list.Add((Ops.GetItem(pair, PyInt.From(0)), Ops.GetItem(pair, PyInt.From(1))));
        return list;
    }

    private sealed class Compressor : FlushableCompressor
    {
        public readonly LzmaStream* Lzs = (LzmaStream*)NativeMemory.AllocZeroed((nuint)sizeof(LzmaStream));
        public Compressor(PyType t) : base(t) { }
        ~Compressor() { L.lzma_end(Lzs); NativeMemory.Free(Lzs); }

        // compress(c, data, len, action)
        protected override PyObject Run(byte[] data, bool finish)
        {
            int action = finish ? LZMA_FINISH : LZMA_RUN;
            using var output = new BlocksOutputBuffer(-1);
            fixed (byte* p = data)
            {
                byte* nextOut = null;
                uint availOut = 0;
                output.Init(ref nextOut, ref availOut);
                Lzs->NextIn = p;
                Lzs->AvailIn = (nuint)data.Length;
                while (true)
                {
                    Lzs->NextOut = nextOut; Lzs->AvailOut = availOut;
                    int ret = L.lzma_code(Lzs, action);
                    nextOut = Lzs->NextOut; availOut = (uint)Lzs->AvailOut;
                    if (ret == LZMA_BUF_ERROR && Lzs->AvailIn == 0 && availOut > 0) ret = LZMA_OK;
                    Check(ret);
                    if ((action == LZMA_RUN && Lzs->AvailIn == 0) || (action == LZMA_FINISH && ret == LZMA_STREAM_END)) break;
                    if (availOut == 0) output.Grow(ref nextOut, ref availOut);
                }
                Lzs->NextIn = null;
                return output.Finish(availOut);
            }
        }
    }

    private sealed class Decompressor : BufferedDecompressor
    {
        public readonly LzmaStream* Lzs = (LzmaStream*)NativeMemory.AllocZeroed((nuint)sizeof(LzmaStream));
        public int CheckId = CHECK_UNKNOWN;
        public Decompressor(PyType t) : base(t) { }
        protected override string AtEofMessage => "Already at end of stream";
        ~Decompressor() { L.lzma_end(Lzs); NativeMemory.Free(Lzs); }

        protected override bool Step(ref byte* nextIn, ref uint availIn, ref byte* nextOut, ref uint availOut)
        {
            Lzs->NextIn = nextIn; Lzs->AvailIn = availIn; Lzs->NextOut = nextOut; Lzs->AvailOut = availOut;
            int ret = L.lzma_code(Lzs, LZMA_RUN);
            nextIn = Lzs->NextIn; availIn = (uint)Lzs->AvailIn; nextOut = Lzs->NextOut; availOut = (uint)Lzs->AvailOut;
            Lzs->NextIn = null;
            if (ret == LZMA_BUF_ERROR && availIn == 0 && availOut > 0) ret = LZMA_OK;   // not a real error
            Check(ret);
            if (ret is LZMA_GET_CHECK or LZMA_NO_CHECK) CheckId = L.lzma_get_check(Lzs);
            return ret == LZMA_STREAM_END;
        }
    }

    private static readonly string[] s_compArgs = { "format", "check", "preset", "filters" }, s_decompArgs = { "format", "memlimit", "filters" },
        s_decompressArgs = { "data", "max_length" };

    static LzmaModule()
    {
        CompressorType.IsFinal = DecompressorType.IsFinal = true;
        // Compressor_init(format=FORMAT_XZ, check=-1, preset=None, filters=None)
        DefStatic(CompressorType, "__new__", (a, kw) =>
        {
            var p = Unpack("LZMACompressor", a[1..], kw, s_compArgs, 0);
            int format = p[0] == null ? FORMAT_XZ : AsCInt(p[0]!), check = p[1] == null ? -1 : AsCInt(p[1]!);
            PyObject presetObj = p[2] ?? None, filters = p[3] ?? None;
            if (format != FORMAT_XZ && check != -1 && check != CHECK_NONE) throw PyExc.ValueError("Integrity checks are only supported by FORMAT_XZ");
            if (presetObj != None && filters != None) throw PyExc.ValueError("Cannot specify both preset and filter chain");
            uint preset = presetObj == None ? PRESET_DEFAULT : U32(presetObj);
            var c = new Compressor((PyType)a[0]);
            switch (format)
            {
                case FORMAT_XZ:
                    if (check == -1) check = CHECK_CRC64;
                    if (filters == None) Check(L.lzma_easy_encoder(c.Lzs, preset, check));
                    else using (var chain = new FilterChain(filters)) Check(L.lzma_stream_encoder(c.Lzs, chain.Filters, check));
                    break;
                case FORMAT_ALONE:
                    if (filters == None)
                    {
                        var opts = NativeMemory.AllocZeroed(OptionsBytes);
                        try
                        {
                            if (L.lzma_lzma_preset(opts, preset) != 0) throw PyExc.Make(s_error!, $"Invalid compression preset: {preset}");
                            Check(L.lzma_alone_encoder(c.Lzs, opts));
                        }
                        finally { NativeMemory.Free(opts); }
                    }
                    else
                        using (var chain = new FilterChain(filters))
                        {
                            if (chain.Filters[0].Id != FILTER_LZMA1 || chain.Filters[1].Id != ulong.MaxValue)
                                throw PyExc.ValueError("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter");
                            Check(L.lzma_alone_encoder(c.Lzs, chain.Filters[0].Options));
                        }
                    break;
                case FORMAT_RAW:
                    if (filters == None) throw PyExc.ValueError("Must specify filters for FORMAT_RAW");
                    using (var chain = new FilterChain(filters)) Check(L.lzma_raw_encoder(c.Lzs, chain.Filters));
                    break;
                default: throw PyExc.ValueError($"Invalid container format: {format}");
            }
            return c;
        });
        FlushableCompressor.AddMethods(CompressorType);

        // _lzma_LZMADecompressor_impl(type, format=FORMAT_AUTO, memlimit=None, filters=None)
        DefStatic(DecompressorType, "__new__", (a, kw) =>
        {
            var p = Unpack("LZMADecompressor", a[1..], kw, s_decompArgs, 0);
            int format = p[0] == null ? FORMAT_AUTO : AsCInt(p[0]!);
            PyObject memObj = p[1] ?? None, filters = p[2] ?? None;
            if (memObj != None && format == FORMAT_RAW) throw PyExc.ValueError("Cannot specify memory limit with FORMAT_RAW");
            if (format == FORMAT_RAW && filters == None) throw PyExc.ValueError("Must specify filters for FORMAT_RAW");
            if (format != FORMAT_RAW && filters != None) throw PyExc.ValueError("Cannot specify filters except with FORMAT_RAW");
            ulong memlimit = ulong.MaxValue;
            if (memObj != None)
            {
                var v = Ops.Index(memObj);
                if (v.Sign < 0 || v.Value > ulong.MaxValue) throw PyExc.OverflowError("Python int too large to convert to C unsigned long long");
                memlimit = (ulong)v.Value;
            }
            var d = new Decompressor((PyType)a[0]);
            const uint flags = 0x04 | 0x01;   // LZMA_TELL_ANY_CHECK | LZMA_TELL_NO_CHECK
            switch (format)
            {
                case FORMAT_AUTO: Check(L.lzma_auto_decoder(d.Lzs, memlimit, flags)); break;
                case FORMAT_XZ: Check(L.lzma_stream_decoder(d.Lzs, memlimit, flags)); break;
                case FORMAT_ALONE: d.CheckId = CHECK_NONE; Check(L.lzma_alone_decoder(d.Lzs, memlimit)); break;
                case FORMAT_RAW:
                    d.CheckId = CHECK_NONE;
                    using (var chain = new FilterChain(filters)) Check(L.lzma_raw_decoder(d.Lzs, chain.Filters));
                    break;
                default: throw PyExc.ValueError($"Invalid container format: {format}");
            }
            return d;
        });
        Def(DecompressorType, "decompress", (a, kw) =>
        {
            var p = Unpack("decompress", a[1..], kw, s_decompressArgs, 1);
            return ((Decompressor)a[0]).Decompress(BufferProtocol.GetBytes(p[0]!), p[1] == null ? -1 : AsSsize(p[1]!));
        });
        GetSet(DecompressorType, "check", o => PyInt.From(((Decompressor)o).CheckId));
        GetSet(DecompressorType, "eof", o => PyBool.From(((Decompressor)o).Eof));
        GetSet(DecompressorType, "unused_data", o => PyBytes.From(((Decompressor)o).UnusedData));
        GetSet(DecompressorType, "needs_input", o => PyBool.From(((Decompressor)o).NeedsInput));
    }

    // _lzma__encode_filter_properties_impl: the properties field of one filter (lzma_properties_encode).
    private static PyObject EncodeFilterProperties(PyObject spec)
    {
        using var chain = new FilterChain(new PyList(new PyObject[] { spec }));
        uint size;
        Check(L.lzma_properties_size(&size, chain.Filters));
        var buf = new byte[size];
        fixed (byte* b = buf) Check(L.lzma_properties_encode(chain.Filters, b));
        return PyBytes.From(buf);
    }

    // _lzma__decode_filter_properties_impl + build_filter_spec.
    private static PyObject DecodeFilterProperties(PyObject idObj, byte[] props)
    {
        var idv = Ops.Index(idObj);
        if (idv.Sign < 0 || idv.Value > ulong.MaxValue) throw PyExc.OverflowError("Python int too large to convert to C unsigned long long");
        LzmaFilter f = new() { Id = (ulong)idv.Value };
        fixed (byte* b = props) Check(L.lzma_properties_decode(&f, IntPtr.Zero, b, (nuint)props.Length));
        try
        {
            var d = new PyDict();
            d.SetItem(PyStr.From("id"), PyInt.From(new System.Numerics.BigInteger(f.Id)));
            var o = (byte*)f.Options;
            void Add(string name, int offset) => d.SetItem(PyStr.From(name), PyInt.From(*(uint*)(o + offset)));
            if (f.Id == FILTER_LZMA1) { Add("lc", 20); Add("lp", 24); Add("pb", 28); Add("dict_size", 0); }
            else if (f.Id == FILTER_LZMA2) Add("dict_size", 0);
            else if (f.Id == FILTER_DELTA) Add("dist", 4);
            else if (f.Id is >= 4 and <= 9 && o != null) Add("start_offset", 0);
            return d;
        }
        finally { NativeMemory.Free(f.Options); }   // liblzma allocated it with malloc
    }

    public static PyModule Create()
    {
        if (!NativeLibrary.TryLoad(Lib, typeof(LzmaModule).Assembly, null, out _))
            throw PyExc.Make(Types.ImportError, $"_lzma is not available: the system library {Lib} could not be loaded");
        var m = new PyModule("_lzma");
        var d = m.Dict!;
        s_error ??= NativeTypes.New("LZMAError", Types.Exception, "_lzma");
        d.Set("LZMAError", s_error);
        d.Set("LZMACompressor", CompressorType);
        d.Set("LZMADecompressor", DecompressorType);
        d.Set("is_check_supported", Fn("is_check_supported", (a, kw) =>
        {
            NoKw("is_check_supported", kw);
            CheckPositional("is_check_supported", a.Length, 1, 1);
            return PyBool.From(L.lzma_check_is_supported(AsCInt(a[0])) != 0);
        }));
        d.Set("_encode_filter_properties", Fn("_encode_filter_properties", (a, kw) =>
        {
            NoKw("_encode_filter_properties", kw);
            CheckPositional("_encode_filter_properties", a.Length, 1, 1);
            return EncodeFilterProperties(a[0]);
        }));
        d.Set("_decode_filter_properties", Fn("_decode_filter_properties", (a, kw) =>
        {
            NoKw("_decode_filter_properties", kw);
            CheckPositional("_decode_filter_properties", a.Length, 2, 2);
            return DecodeFilterProperties(a[0], BufferProtocol.GetBytes(a[1]));
        }));
        foreach (var (name, value) in new (string, ulong)[]
        {
            ("FORMAT_AUTO", FORMAT_AUTO), ("FORMAT_XZ", FORMAT_XZ), ("FORMAT_ALONE", FORMAT_ALONE), ("FORMAT_RAW", FORMAT_RAW),
            ("CHECK_NONE", 0), ("CHECK_CRC32", 1), ("CHECK_CRC64", 4), ("CHECK_SHA256", 10), ("CHECK_ID_MAX", 15), ("CHECK_UNKNOWN", 16),
            ("FILTER_LZMA1", FILTER_LZMA1), ("FILTER_LZMA2", FILTER_LZMA2), ("FILTER_DELTA", FILTER_DELTA), ("FILTER_X86", 4),
            ("FILTER_POWERPC", 5), ("FILTER_IA64", 6), ("FILTER_ARM", 7), ("FILTER_ARMTHUMB", 8), ("FILTER_SPARC", 9),
            ("MF_HC3", 0x03), ("MF_HC4", 0x04), ("MF_BT2", 0x12), ("MF_BT3", 0x13), ("MF_BT4", 0x14), ("MODE_FAST", 1), ("MODE_NORMAL", 2),
            ("PRESET_DEFAULT", PRESET_DEFAULT), ("PRESET_EXTREME", 0x80000000UL),
        })
            d.Set(name, PyInt.From(new System.Numerics.BigInteger(value)));
        return m;
    }
}
