using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;

namespace Pyref.VM.Modules;

/// <summary>The escape codecs: unicode_escape and raw_unicode_escape (Objects/unicodeobject.c
/// _PyUnicode_DecodeUnicodeEscapeInternal, PyUnicode_AsUnicodeEscapeString, the raw variants) and the bytes
/// escape_decode (Objects/bytesobject.c _PyBytes_DecodeEscape).</summary>
public static partial class CodecsModule
{
    private static int HexVal(byte c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

    private static byte[] UnicodeEscapeEncode(PyStr s, bool raw)
    {
        var sb = new StringBuilder(s.Value.Length);
        int n = s.Length;
        for (int i = 0; i < n; i++)
        {
            int c = s.CodePointAt(i);
            if (raw)
            {
                if (c < 256) sb.Append((char)c);
                else sb.Append(c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}");
                continue;
            }
            switch (c)
            {
                case '\\': sb.Append("\\\\"); break;
                case '\t': sb.Append("\\t"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c >= 32 && c < 127) sb.Append((char)c);
                    else sb.Append(c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}");
                    break;
            }
        }
        return Encoding.Latin1.GetBytes(sb.ToString());
    }

    /// <summary>A partial escape at the end of non-final input stops decoding there (the incremental decoders).</summary>
    private static (string Text, int Consumed) UnicodeEscapeDecode(byte[] data, string errors, bool raw, bool final)
    {
        var sb = new StringBuilder(data.Length);
        string codec = raw ? "rawunicodeescape" : "unicodeescape";
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            if (b != '\\') { sb.Append((char)b); i++; continue; }
            int start = i;
            if (raw)
            {
                // Only \u and \U are escapes, and only after an odd number of backslashes.
                if (i + 1 >= data.Length) { if (!final) return (sb.ToString(), start); sb.Append('\\'); i++; continue; }
                if (data[i + 1] != 'u' && data[i + 1] != 'U') { sb.Append('\\'); i++; if (data[i] == '\\') { sb.Append('\\'); i++; } continue; }
            }
            if (i + 1 >= data.Length)
            {
                if (!final) return (sb.ToString(), start);
                i = HandleDecode(sb, codec, data, start, data.Length, "\\ at end of string", errors);
                continue;
            }
            byte e = data[i + 1];
            i += 2;
            int digits = 0;
            switch ((char)e)
            {
                case '\n': continue;
                case '\\': sb.Append('\\'); continue;
                case '\'': sb.Append('\''); continue;
                case '"': sb.Append('"'); continue;
                case 'b': sb.Append('\b'); continue;
                case 'f': sb.Append('\f'); continue;
                case 't': sb.Append('\t'); continue;
                case 'n': sb.Append('\n'); continue;
                case 'r': sb.Append('\r'); continue;
                case 'v': sb.Append('\v'); continue;
                case 'a': sb.Append('\a'); continue;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < data.Length && data[i] >= '0' && data[i] <= '7'; k++, i++) v = v * 8 + data[i] - '0';
                    sb.Append((char)v);
                    continue;
                }
                case 'x': digits = 2; break;
                case 'u': digits = 4; break;
                case 'U': digits = 8; break;
                case 'N':
                {
                    // \N{name}: the name through unicodedata.lookup.
                    int close = i < data.Length && data[i] == '{' ? Array.IndexOf(data, (byte)'}', i) : -1;
                    if (close < 0 && !final) return (sb.ToString(), start);
                    string? text = null;
                    if (close > i + 1)
                    {
                        try
                        {
                            var ud = Import.ImportModuleLevel("unicodedata", null, Native.None, 0);
                            text = ((PyStr)Ops.Call(Ops.GetAttr(ud, "lookup"), PyStr.From(Encoding.Latin1.GetString(data, i + 1, close - i - 1)))).Value;
                        }
                        catch (PyException) { text = null; }
                    }
                    if (text != null) { sb.Append(text); i = close + 1; }
                    else i = HandleDecode(sb, codec, data, start, close < 0 ? data.Length : close + 1, "malformed \\N character escape", errors);
                    continue;
                }
                default:
                    // DEVIATION(CPython): 3.11 also emits a DeprecationWarning for an invalid escape.
                    sb.Append('\\').Append((char)e);
                    continue;
            }
            int value = 0, got = 0;
            for (; got < digits && i < data.Length && HexVal(data[i]) >= 0; got++, i++) value = value * 16 + HexVal(data[i]);
            if (got < digits)
            {
                if (!final && i >= data.Length) return (sb.ToString(), start);
                i = HandleDecode(sb, codec, data, start, i, $"truncated \\{(char)e}{new string('X', digits)} escape", errors);
                continue;
            }
            if ((uint)value > 0x10FFFF)
            {
                i = HandleDecode(sb, codec, data, start, i, raw ? "\\Uxxxxxxxx out of range" : "illegal Unicode character", errors);
                continue;
            }
            PyStr.AppendCodePoint(sb, value);
        }
        return (sb.ToString(), data.Length);
    }

    private static byte[] EscapeDecode(byte[] data, string errors)
    {
        var r = new List<byte>(data.Length);
        int i = 0;
        while (i < data.Length)
        {
            byte b = data[i];
            if (b != '\\') { r.Add(b); i++; continue; }
            i++;
            if (i >= data.Length) throw PyExc.ValueError("Trailing \\ in string");
            byte e = data[i++];
            switch ((char)e)
            {
                case '\n': break;
                case '\\': r.Add((byte)'\\'); break;
                case '\'': r.Add((byte)'\''); break;
                case '"': r.Add((byte)'"'); break;
                case 'b': r.Add(8); break;
                case 'f': r.Add(12); break;
                case 't': r.Add(9); break;
                case 'n': r.Add(10); break;
                case 'r': r.Add(13); break;
                case 'v': r.Add(11); break;
                case 'a': r.Add(7); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < data.Length && data[i] >= '0' && data[i] <= '7'; k++, i++) v = v * 8 + data[i] - '0';
                    r.Add((byte)v);
                    break;
                }
                case 'x':
                    if (i + 1 < data.Length && HexVal(data[i]) >= 0 && HexVal(data[i + 1]) >= 0)
                    {
                        r.Add((byte)(HexVal(data[i]) * 16 + HexVal(data[i + 1])));
                        i += 2;
                        break;
                    }
                    if (errors == "strict") throw PyExc.ValueError($"invalid \\x escape at position {i - 2}");
                    if (errors == "replace") r.Add((byte)'?');
                    else if (errors != "ignore") throw PyExc.ValueError($"decoding error; unknown error handling code: {errors}");
                    // Skip the hex digits that were there.
                    if (i < data.Length && HexVal(data[i]) >= 0) i++;
                    break;
                default:
                    r.Add((byte)'\\'); r.Add(e);
                    break;
            }
        }
        return r.ToArray();
    }
}
