using System.Text;

namespace Pyref.Tokenizer;

/// <summary>
/// Maps Python codec names (what a PEP 263 cookie may say) to .NET encodings, following
/// Lib/encodings/__init__.py (normalize_encoding) and Lib/encodings/aliases.py.
/// The table is data: the alias spellings come from aliases.py, grouped by the codec module they name.
/// DEVIATION(CPython): only the codecs below are known; a cookie naming another codec CPython ships
/// (e.g. 'cp037', 'hz') is reported as an unknown encoding. Legacy CJK codecs decode with .NET's tables.
/// </summary>
public static class PythonCodecs
{
    private static readonly Dictionary<string, string> Aliases = BuildAliases();

    static PythonCodecs() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static Dictionary<string, string> BuildAliases()
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string codec, string dotnet, params string[] aliases)
        {
            d[codec] = dotnet;
            foreach (var a in aliases) d[a] = dotnet;
        }
        Add("utf_8", "utf-8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001");
        Add("utf_8_sig", "utf-8-sig");
        Add("latin_1", "latin1", "iso8859_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso_8859_1",
            "iso_8859_1_1987", "iso_ir_100", "l1", "latin", "latin1");
        Add("ascii", "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii",
            "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        for (int n = 1250; n <= 1258; n++) Add("cp" + n, "windows-" + n, "windows_" + n);
        Add("iso8859_2", "iso-8859-2", "csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2");
        Add("iso8859_3", "iso-8859-3", "csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3");
        Add("iso8859_4", "iso-8859-4", "csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4");
        Add("iso8859_5", "iso-8859-5", "csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144");
        Add("iso8859_6", "iso-8859-6", "arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6",
            "iso_8859_6_1987", "iso_ir_127");
        Add("iso8859_7", "iso-8859-7", "csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7",
            "iso_8859_7_1987", "iso_ir_126");
        Add("iso8859_8", "iso-8859-8", "csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138");
        Add("iso8859_9", "iso-8859-9", "csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5");
        Add("iso8859_13", "iso-8859-13", "iso_8859_13", "l7", "latin7");
        Add("iso8859_15", "iso-8859-15", "iso_8859_15", "l9", "latin9");
        Add("koi8_r", "koi8-r", "cskoi8r");
        Add("koi8_u", "koi8-u");
        Add("cp437", "ibm437", "437", "ibm437");
        Add("cp850", "ibm850", "850", "ibm850", "cspc850multilingual");
        Add("cp852", "ibm852", "852", "ibm852");
        Add("cp866", "cp866", "866", "ibm866", "csibm866");
        Add("mac_roman", "macintosh", "macintosh", "macroman");
        Add("utf_16", "utf-16", "u16", "utf16");
        Add("utf_16_le", "utf-16LE", "unicodelittleunmarked", "utf_16le");
        Add("utf_16_be", "utf-16BE", "unicodebigunmarked", "utf_16be");
        Add("utf_32", "utf-32", "u32", "utf32");
        Add("shift_jis", "shift_jis", "csshiftjis", "shiftjis", "sjis", "s_jis");
        Add("cp932", "shift_jis", "932", "ms932", "mskanji", "ms_kanji");
        Add("euc_jp", "euc-jp", "eucjp", "ujis", "u_jis");
        Add("gb2312", "gb2312", "chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980",
            "gb2312_80", "iso_ir_58");
        Add("gbk", "gbk", "936", "cp936", "ms936");
        Add("big5", "big5", "big5_tw", "csbig5");
        Add("euc_kr", "euc-kr", "euckr", "korean", "ksc5601", "ks_c_5601", "ks_c_5601_1987", "ksx1001", "ks_x_1001");
        return d;
    }

    /// <summary>Lib/encodings/__init__.py normalize_encoding, after codecs.lookup lower-cases the name.</summary>
    public static string Normalize(string name)
    {
        var sb = new StringBuilder(name.Length);
        bool punct = false;
        foreach (char ch in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(ch) || ch == '.')
            {
                if (punct && sb.Length > 0) sb.Append('_');
                sb.Append(ch);
                punct = false;
            }
            else punct = true;
        }
        return sb.ToString();
    }

    /// <summary>The .NET encoding for a Python codec name, or null when Python would raise LookupError.</summary>
    public static Encoding? Lookup(string pythonName)
    {
        var key = Normalize(pythonName);
        if (!Aliases.TryGetValue(key, out var dotnet)) return null;
        if (dotnet == "utf-8" || dotnet == "utf-8-sig") return new UTF8Encoding(false, true);
        try
        {
            return Encoding.GetEncoding(dotnet, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>True when the codec is UTF-8 (so the tokenizer's own validator reports errors as CPython words them).</summary>
    public static bool IsUtf8(string pythonName) => Normalize(pythonName) is var k && Aliases.TryGetValue(k, out var d) && d is "utf-8" or "utf-8-sig";

    /// <summary>
    /// Validates UTF-8 as CPython's decoder does (Objects/stringlib/codecs.h: utf8_decode) and returns
    /// -1 when valid, otherwise the offset of the first bad sequence, its length as CPython reports it and the reason.
    /// </summary>
    public static int FindInvalidUtf8(ReadOnlySpan<byte> b, out int badLength, out string reason)
    {
        badLength = 0;
        reason = "";
        if (System.Text.Unicode.Utf8.IsValid(b)) return -1;
        int n = b.Length;
        int i = FirstNonAsciiInvalid(b, 0);
        byte c = b[i];
        int need;
        if (c < 0xC2) { badLength = 1; reason = "invalid start byte"; return i; }
        if (c < 0xE0) need = 1;
        else if (c < 0xF0) need = 2;
        else if (c < 0xF5) need = 3;
        else { badLength = 1; reason = "invalid start byte"; return i; }
        for (int j = 1; j <= need; j++)
        {
            if (i + j >= n) { badLength = j; reason = "unexpected end of data"; return i; }
            byte d = b[i + j];
            bool ok = d is >= 0x80 and <= 0xBF;
            if (j == 1)
            {
                if (c == 0xE0) ok = d is >= 0xA0 and <= 0xBF;
                else if (c == 0xED) ok = d is >= 0x80 and <= 0x9F;
                else if (c == 0xF0) ok = d is >= 0x90 and <= 0xBF;
                else if (c == 0xF4) ok = d is >= 0x80 and <= 0x8F;
            }
            if (!ok) { badLength = j; reason = "invalid continuation byte"; return i; }
        }
        return i;
    }

    // Walks from i to the first byte that starts an invalid sequence (the fast path already said one exists).
    private static int FirstNonAsciiInvalid(ReadOnlySpan<byte> b, int i)
    {
        while (i < b.Length)
        {
            byte c = b[i];
            if (c < 0x80) { i++; continue; }
            int len = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
            if (len == 0 || i + len > b.Length || !System.Text.Unicode.Utf8.IsValid(b.Slice(i, len))) return i;
            i += len;
        }
        return -1;
    }

    /// <summary>CPython's UnicodeDecodeError text: "'utf-8' codec can't decode byte 0xff in position 3: invalid start byte".</summary>
    public static string DecodeErrorMessage(string codec, ReadOnlySpan<byte> line, int pos, int len, string reason) =>
        len == 1
            ? $"'{codec}' codec can't decode byte 0x{line[pos]:x2} in position {pos}: {reason}"
            : $"'{codec}' codec can't decode bytes in position {pos}-{pos + len - 1}: {reason}";
}
