using System.Text;
using Pyref.VM.Objects;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// binascii (Modules/binascii.c of 3.11): hex and base64 conversions, crc32 and crc_hqx, with binascii.Error and
/// binascii.Incomplete. DEVIATION(CPython): the uu, quoted-printable (b2a_qp/a2b_qp) codecs are not provided yet.
/// </summary>
[BuiltinModule("binascii")]
public static class BinasciiModule
{
    private const string B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static PyModule Create()
    {
        var m = new PyModule("binascii");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("Conversion between binary data and ASCII"));
        var ns = new PyDict(); ns.Set("__module__", PyStr.From("binascii"));
        var error = (PyType)Ops.Call(Types.Type, PyStr.From("Error"), PyTuple.Of(Types.ValueError), ns);
        var ns2 = new PyDict(); ns2.Set("__module__", PyStr.From("binascii"));
        var incomplete = (PyType)Ops.Call(Types.Type, PyStr.From("Incomplete"), PyTuple.Of(Types.Exception), ns2);
        d.Set("Error", error);
        d.Set("Incomplete", incomplete);
        PyException Err(string msg) => PyExc.Make(error, msg);

        PyObject Hexlify(string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
        {
            var p = Unpack(name, a, kw, new[] { "data", "sep", "bytes_per_sep" }, 1);
            return PyBytes.From(Encoding.Latin1.GetBytes(StrHex(Buffer(p[0]!), p[1], p[2] == null ? 1 : AsSsize(p[2]!))));
        }
        d.Set("hexlify", Fn("hexlify", (a, kw) => Hexlify("hexlify", a, kw)));
        d.Set("b2a_hex", Fn("b2a_hex", (a, kw) => Hexlify("b2a_hex", a, kw)));
        PyObject Unhexlify(string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
        {
            NoKw(name, kw);
            if (a.Length != 1) throw PyExc.TypeError($"binascii.{name}() takes exactly one argument ({a.Length} given)");
            var s = AsciiBuffer(a[0]);
            if (s.Length % 2 != 0) throw Err("Odd-length string");
            var r = new byte[s.Length / 2];
            for (int i = 0; i < r.Length; i++)
            {
                int hi = HexVal(s[2 * i]), lo = HexVal(s[2 * i + 1]);
                if (hi < 0 || lo < 0) throw Err("Non-hexadecimal digit found");
                r[i] = (byte)(hi << 4 | lo);
            }
            return PyBytes.From(r);
        }
        d.Set("unhexlify", Fn("unhexlify", (a, kw) => Unhexlify("unhexlify", a, kw)));
        d.Set("a2b_hex", Fn("a2b_hex", (a, kw) => Unhexlify("a2b_hex", a, kw)));
        // binascii_b2a_base64_impl: b2a_base64(data, /, *, newline=True)
        d.Set("b2a_base64", Fn("b2a_base64", (a, kw) =>
        {
            var p = Unpack("b2a_base64", a, kw, new[] { "data", "newline" }, 1, 1, 1);
            var data = Buffer(p[0]!);
            var s = Convert.ToBase64String(data);
            if (p[1] == null || Ops.IsTrue(p[1]!)) s += "\n";
            return PyBytes.From(Encoding.ASCII.GetBytes(s));
        }));
        // binascii_a2b_base64_impl: a2b_base64(data, /, *, strict_mode=False)
        d.Set("a2b_base64", Fn("a2b_base64", (a, kw) =>
        {
            var p = Unpack("a2b_base64", a, kw, new[] { "data", "strict_mode" }, 1, 1, 1);
            bool strict = p[1] != null && Ops.IsTrue(p[1]!);
            var data = AsciiBuffer(p[0]!);
            var bin = new List<byte>(data.Length / 4 * 3 + 3);
            if (strict && data.Length > 0 && data[0] == '=') throw Err("Leading padding not allowed");
            int quadPos = 0, pads = 0, leftchar = 0;
            bool paddingStarted = false;
            for (int i = 0; i < data.Length; i++)
            {
                byte ch = data[i];
                if (ch == '=')
                {
                    paddingStarted = true;
                    if (quadPos >= 2 && quadPos + ++pads >= 4)
                    {
                        if (strict && i + 1 < data.Length) throw Err("Excess data after padding");
                        return PyBytes.From(bin.ToArray());
                    }
                    continue;
                }
                int v = ch < 128 ? B64.IndexOf((char)ch) : -1;
                if (v < 0)
                {
                    if (strict) throw Err("Only base64 data is allowed");
                    continue;
                }
                if (strict && paddingStarted) throw Err("Discontinuous padding not allowed");
                pads = 0;
                switch (quadPos)
                {
                    case 0: quadPos = 1; leftchar = v; break;
                    case 1: quadPos = 2; bin.Add((byte)((leftchar << 2) | (v >> 4))); leftchar = v & 0x0f; break;
                    case 2: quadPos = 3; bin.Add((byte)((leftchar << 4) | (v >> 2))); leftchar = v & 0x03; break;
                    default: quadPos = 0; bin.Add((byte)((leftchar << 6) | v)); leftchar = 0; break;
                }
            }
            if (quadPos != 0)
            {
                if (quadPos == 1)
                    throw Err($"Invalid base64-encoded string: number of data characters ({bin.Count / 3 * 4 + 1}) cannot be 1 more than a multiple of 4");
                throw Err("Incorrect padding");
            }
            return PyBytes.From(bin.ToArray());
        }));
        // binascii_crc32_impl: crc32(data, crc=0, /)
        d.Set("crc32", Fn("crc32", (a, kw) =>
        {
            NoKw("crc32", kw);
            CheckPositional("crc32", a.Length, 1, 2);
            var data = Buffer(a[0]);
            uint crc = a.Length > 1 ? (uint)(Ops.Index(a[1]).Value & 0xffffffff) : 0;
            return PyInt.From((long)Crc32(data, crc));
        }));
        // binascii_crc_hqx_impl: crc_hqx(data, crc, /)
        d.Set("crc_hqx", Fn("crc_hqx", (a, kw) =>
        {
            NoKw("crc_hqx", kw);
            CheckPositional("crc_hqx", a.Length, 2, 2);
            var data = Buffer(a[0]);
            uint crc = (uint)(Ops.Index(a[1]).Value & 0xffff);
            foreach (var b in data)
            {
                crc ^= (uint)b << 8;
                for (int k = 0; k < 8; k++) crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                crc &= 0xffff;
            }
            return PyInt.From((long)crc);
        }));
        return m;
    }

    private static int HexVal(byte c) => c switch
    {
        >= (byte)'0' and <= (byte)'9' => c - '0',
        >= (byte)'a' and <= (byte)'f' => c - 'a' + 10,
        >= (byte)'A' and <= (byte)'F' => c - 'A' + 10,
        _ => -1,
    };

    /// <summary>A bytes-like argument (the y* converter).</summary>
    private static byte[] Buffer(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        _ => throw PyExc.TypeError($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };

    /// <summary>ascii_buffer_converter: bytes-like, or a str of ASCII characters only.</summary>
    private static byte[] AsciiBuffer(PyObject o)
    {
        if (o is PyStr s)
        {
            if (s.Value.Any(c => c > 127)) throw PyExc.ValueError("string argument should contain only ASCII characters");
            return Encoding.ASCII.GetBytes(s.Value);
        }
        if (o is PyBytes or PyByteArray) return Buffer(o);
        throw PyExc.TypeError($"argument should be bytes, buffer or ASCII string, not '{Ops.TypeName(o)}'");
    }

    // Python/pystrhex.c _Py_strhex_impl: groups of bytes_per_sep bytes, counted from the right when positive.
    private static string StrHex(byte[] data, PyObject? sepObj, long bytesPerSep)
    {
        var hex = Convert.ToHexString(data).ToLowerInvariant();
        if (sepObj == null || sepObj == None || data.Length == 0) return hex;
        string sep = sepObj switch
        {
            PyStr s => s.Value,
            PyBytes b => Encoding.Latin1.GetString(b.Value),
            _ => throw PyExc.TypeError("sep must be str or bytes."),
        };
        if (sep.Length != 1) throw PyExc.ValueError("sep must be length 1.");
        if (sep[0] > 127) throw PyExc.ValueError("sep must be ASCII.");
        if (bytesPerSep == 0) return hex;
        long n = Math.Abs(bytesPerSep);
        var sb = new StringBuilder();
        int len = data.Length;
        for (int i = 0; i < len; i++)
        {
            // Separator positions: from the left for negative, from the right for positive.
            if (i > 0)
            {
                bool boundary = bytesPerSep < 0 ? i % n == 0 : (len - i) % n == 0;
                if (boundary) sb.Append(sep[0]);
            }
            sb.Append(hex, 2 * i, 2);
        }
        return sb.ToString();
    }

    private static uint[]? s_crcTable;

    // zlib crc32 (polynomial 0xEDB88320), continuing from crc.
    private static uint Crc32(byte[] data, uint crc)
    {
        var table = s_crcTable ??= Enumerable.Range(0, 256).Select(n =>
        {
            uint c = (uint)n;
            for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
            return c;
        }).ToArray();
        crc = ~crc;
        foreach (var b in data) crc = table[(crc ^ b) & 0xff] ^ (crc >> 8);
        return ~crc;
    }
}
