using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;

namespace Pyref.VM.Modules.IO;

/// <summary>
/// The incremental codecs TextIOWrapper uses (codecs.getincrementaldecoder / encoder for its encoding), in C#:
/// UTF-8 (and utf-8-sig), latin-1 and ASCII with Python's error handlers and UnicodeDecodeError messages
/// (Objects/unicodeobject.c, Objects/stringlib/codecs.h). Other encodings go through a .NET decoder.
/// DEVIATION(CPython): encodings other than those are strict-only and not looked up through the codecs registry.
/// </summary>
internal abstract class TextDecoder
{
    public abstract string Decode(ReadOnlySpan<byte> input, bool final);
    public abstract void Reset();
    /// <summary>Bytes held back (an incomplete sequence at the end of the last input).</summary>
    public abstract int PendingBytes { get; }
    public abstract byte[] Pending { get; }

    public static string Normalize(string encoding)
    {
        var e = encoding.ToLowerInvariant().Replace('_', '-').Replace(' ', '-');
        return e switch
        {
            "utf8" or "utf-8" or "u8" or "utf" or "cp65001" => "utf-8",
            "utf-8-sig" or "utf8-sig" => "utf-8-sig",
            "latin-1" or "latin1" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819" or "l1" or "latin" => "latin-1",
            "ascii" or "us-ascii" or "646" => "ascii",
            "utf-16" or "utf16" => "utf-16", "utf-16-le" or "utf-16le" => "utf-16-le", "utf-16-be" or "utf-16be" => "utf-16-be",
            "utf-32" or "utf32" => "utf-32", "utf-32-le" or "utf-32le" => "utf-32-le", "utf-32-be" or "utf-32be" => "utf-32-be",
            "cp1252" or "windows-1252" => "cp1252",
            _ => e,
        };
    }

    public static bool Known(string normalized) => normalized is "utf-8" or "utf-8-sig" or "latin-1" or "ascii"
        or "utf-16" or "utf-16-le" or "utf-16-be" or "utf-32" or "utf-32-le" or "utf-32-be" or "cp1252";

    public static TextDecoder For(string encoding, string errors) => Normalize(encoding) switch
    {
        "utf-8" => new Utf8Decoder(errors, false),
        "utf-8-sig" => new Utf8Decoder(errors, true),
        "latin-1" => new CharmapDecoder("latin-1", 256, errors),
        "ascii" => new CharmapDecoder("ascii", 128, errors),
        var e => new DotNetDecoder(e, errors),
    };

    public static PyException DecodeError(string codec, byte[] data, int start, int end, string reason)
    {
        var e = new PyBaseException(Types.UnicodeDecodeError)
        {
            Args = PyTuple.Of(PyStr.From(codec), PyBytes.From(data), PyInt.From(start), PyInt.From(end), PyStr.From(reason)),
        };
        e.SetAttr("encoding", PyStr.From(codec)); e.SetAttr("object", PyBytes.From(data));
        e.SetAttr("start", PyInt.From(start)); e.SetAttr("end", PyInt.From(end)); e.SetAttr("reason", PyStr.From(reason));
        return new PyException(e);
    }

    /// <summary>The replacement text of a decode error handler for data[start..end].</summary>
    protected static void Handle(StringBuilder sb, string errors, string codec, byte[] data, int start, int end, string reason)
    {
        switch (errors)
        {
            case "ignore": break;
            case "replace": sb.Append('\ufffd'); break;
            case "surrogateescape":
                for (int i = start; i < end; i++)
                {
                    if (data[i] < 128) throw DecodeError(codec, data, start, end, reason);
                    sb.Append((char)(0xDC00 + data[i]));
                }
                break;
            case "backslashreplace":
                for (int i = start; i < end; i++) sb.Append($"\\x{data[i]:x2}");
                break;
            default: throw DecodeError(codec, data, start, end, reason);
        }
    }
}

/// <summary>UTF-8 (Objects/stringlib/codecs.h utf8_decode): Python's error positions and reasons.</summary>
internal sealed class Utf8Decoder(string errors, bool sig) : TextDecoder
{
    private byte[] _pending = [];
    private bool _sigChecked = !sig;
    public override int PendingBytes => _pending.Length;
    public override byte[] Pending => _pending;
    public override void Reset() { _pending = []; _sigChecked = !sig; }

    public override string Decode(ReadOnlySpan<byte> input, bool final)
    {
        byte[] data;
        if (_pending.Length > 0) { data = new byte[_pending.Length + input.Length]; _pending.CopyTo(data, 0); input.CopyTo(data.AsSpan(_pending.Length)); }
        else data = input.ToArray();
        _pending = [];
        int start = 0;
        if (!_sigChecked)
        {
            if (data.Length < 3 && !final && data.AsSpan().SequenceEqual(new byte[] { 0xEF, 0xBB, 0xBF }.AsSpan(0, data.Length))) { _pending = data; return ""; }
            _sigChecked = true;
            if (data.Length >= 3 && data[0] == 0xEF && data[1] == 0xBB && data[2] == 0xBF) start = 3;
        }
        if (start == 0 && System.Text.Unicode.Utf8.IsValid(data)) return Encoding.UTF8.GetString(data);
        var sb = new StringBuilder(data.Length);
        int i = start;
        while (i < data.Length)
        {
            byte b = data[i];
            if (b < 0x80) { sb.Append((char)b); i++; continue; }
            int need; int cp;
            if (b >= 0xC2 && b <= 0xDF) { need = 1; cp = b & 0x1F; }
            else if (b >= 0xE0 && b <= 0xEF) { need = 2; cp = b & 0x0F; }
            else if (b >= 0xF0 && b <= 0xF4) { need = 3; cp = b & 0x07; }
            else { Handle(sb, errors, "utf-8", data, i, i + 1, "invalid start byte"); i++; continue; }
            int j = 1;
            bool bad = false;
            for (; j <= need; j++)
            {
                if (i + j >= data.Length) break;
                byte c = data[i + j];
                // Second-byte ranges that exclude overlongs and surrogates (E0 A0.., ED ..9F, F0 90.., F4 ..8F).
                bool ok = (c & 0xC0) == 0x80;
                if (ok && j == 1)
                    ok = b == 0xE0 ? c >= 0xA0 : b == 0xED ? c <= 0x9F : b == 0xF0 ? c >= 0x90 : b == 0xF4 ? c <= 0x8F : true;
                if (!ok) { bad = true; break; }
                cp = (cp << 6) | (c & 0x3F);
            }
            if (bad)
            {
                Handle(sb, errors, "utf-8", data, i, i + j, "invalid continuation byte");
                i += j;
                continue;
            }
            if (j <= need)
            {
                // Truncated at the end of the input.
                if (!final) { _pending = data[i..]; break; }
                Handle(sb, errors, "utf-8", data, i, data.Length, "unexpected end of data");
                i = data.Length;
                break;
            }
            sb.Append(char.ConvertFromUtf32(cp));
            i += need + 1;
        }
        return sb.ToString();
    }
}

internal sealed class CharmapDecoder(string codec, int limit, string errors) : TextDecoder
{
    public override int PendingBytes => 0;
    public override byte[] Pending => [];
    public override void Reset() { }
    public override string Decode(ReadOnlySpan<byte> input, bool final)
    {
        var sb = new StringBuilder(input.Length);
        byte[]? data = null;
        for (int i = 0; i < input.Length; i++)
        {
            if (input[i] < limit) sb.Append((char)input[i]);
            else Handle(sb, errors, codec, data ??= input.ToArray(), i, i + 1, $"ordinal not in range({limit})");
        }
        return sb.ToString();
    }
}

internal sealed class DotNetDecoder : TextDecoder
{
    private readonly Decoder _decoder;
    private readonly string _name;
    public DotNetDecoder(string name, string errors)
    {
        _name = name;
        Encoding enc = name switch
        {
            "utf-16" => new UnicodeEncoding(false, true, true), "utf-16-le" => new UnicodeEncoding(false, false, true),
            "utf-16-be" => new UnicodeEncoding(true, false, true), "utf-32" => new UTF32Encoding(false, true, true),
            "utf-32-le" => new UTF32Encoding(false, false, true), "utf-32-be" => new UTF32Encoding(true, false, true),
            "cp1252" => Encoding.Latin1,
            _ => throw PyExc.Make(Types.LookupError, $"unknown encoding: {name}"),
        };
        _decoder = enc.GetDecoder();
    }
    public override int PendingBytes => 0;
    public override byte[] Pending => [];
    public override void Reset() => _decoder.Reset();
    public override string Decode(ReadOnlySpan<byte> input, bool final)
    {
        try
        {
            var chars = new char[_decoder.GetCharCount(input, final) + 2];
            int n = _decoder.GetChars(input, chars, final);
            return new string(chars, 0, n);
        }
        catch (DecoderFallbackException e)
        {
            throw DecodeError(_name, input.ToArray(), Math.Max(0, e.Index), Math.Max(0, e.Index) + 1, "illegal encoding");
        }
    }
}

internal static class TextEncoder
{
    /// <summary>str.encode(encoding, errors) for the codecs above (surrogateescape included).</summary>
    public static byte[] Encode(string s, string encoding, string errors)
    {
        var e = TextDecoder.Normalize(encoding);
        if (e == "utf-8" || e == "utf-8-sig")
        {
            bool hasSurrogate = false;
            foreach (var c in s) if (char.IsSurrogate(c)) { hasSurrogate = true; break; }
            if (!hasSurrogate) return Encoding.UTF8.GetBytes(s);
            if (errors == "surrogateescape") return Posix.Fs.Encode(s);
            return BytesMethods.Encode(s, "utf-8", errors);
        }
        if (e == "cp1252") e = "latin-1";
        return BytesMethods.Encode(s, e, errors);
    }
}
