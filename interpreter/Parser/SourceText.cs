using System.Text;

namespace Pyref.Parser;

/// <summary>
/// The decoded source, by line, for SyntaxError.text and for converting the parser's byte columns to
/// the code-point offsets SyntaxError carries. Lines keep CPython's form: newline-terminated, \r\n and
/// \r translated to \n (the tokenizer's translate_newlines).
/// </summary>
public sealed class SourceText
{
    private string? _decoded;
    private readonly ReadOnlyMemory<byte> _bytes;
    private List<int>? _lineStarts;

    public SourceText(string source) { _decoded = source; }

    private SourceText(ReadOnlyMemory<byte> bytes) { _bytes = bytes; }

    /// <summary>Decoding is deferred: the text is only needed when an error is reported.</summary>
    private string _source => _decoded ??= DecodeForErrors(_bytes.Span);

    public static SourceText FromBytes(ReadOnlyMemory<byte> bytes, bool execInput = true) =>
        new(bytes) { HasEncodingDeclaration = DeclaresEncoding(bytes.Span), ExecInput = execInput };

    /// <summary>File input: the tokenizer ends the last line with a newline if it lacks one ('eval' and 'single'
    /// input are tokenized as they are, so their last line keeps no newline it did not have).</summary>
    public bool ExecInput { get; init; } = true;

    private static readonly System.Text.RegularExpressions.Regex CookieRegex =
        new(@"^[ \t\f]*#.*?coding[:=][ \t]*[-\w.]+", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>True for str input and for bytes with a BOM or a PEP 263 cookie (tok->encoding set).</summary>
    public bool HasEncodingDeclaration { get; init; } = true;

    private static bool DeclaresEncoding(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) return true;
        // Only the first two lines can declare an encoding.
        int firstNl = bytes.IndexOf((byte)'\n');
        int secondNl = firstNl < 0 ? -1 : bytes[(firstNl + 1)..].IndexOf((byte)'\n');
        int headLen = firstNl < 0 ? bytes.Length : secondNl < 0 ? bytes.Length : firstNl + 1 + secondNl;
        if (bytes[..headLen].IndexOf("coding"u8) < 0) return false;
        var head = Encoding.Latin1.GetString(bytes[..headLen]);
        var lines = head.Split('\n', 3);
        var cookie = CookieRegex;
        if (lines.Length > 0 && cookie.IsMatch(lines[0])) return true;
        if (lines.Length > 1 && lines[0].TrimStart(' ', '\t', '\f', '\r') is var first && (first.Length == 0 || first[0] == '#') && cookie.IsMatch(lines[1])) return true;
        return false;
    }

    /// <summary>Decodes like the tokenizer would for the common cases: BOM, UTF-8, latin-1 cookies.</summary>
    public static string DecodeForErrors(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF) bytes = bytes[3..];
        return (DeclaresLatin1(bytes) ? Encoding.Latin1 : ReplacingUtf8).GetString(bytes);
    }

    private static readonly UTF8Encoding ReplacingUtf8 = new(false, false);

    // DEVIATION(CPython): only the encodings .NET has built in (utf-8, latin-1, ascii) are honoured
    // here; the text is only used for SyntaxError.text, the tokens come from the Lexer.
    private static bool DeclaresLatin1(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 400)]);
        var m = System.Text.RegularExpressions.Regex.Match(head, @"^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)", System.Text.RegularExpressions.RegexOptions.Multiline);
        if (!m.Success) return false;
        var enc = m.Groups[1].Value.ToLowerInvariant().Replace('_', '-');
        return enc is "latin-1" or "iso-8859-1" or "iso8859-1" or "latin1" or "l1" || enc.StartsWith("iso-8859-1-") || enc.StartsWith("latin-1-");
    }

    /// <summary>
    /// tok->encoding as err_programtext uses it to decode a line read back from the file ("replace"
    /// errors); null when the tokenizer has none (bytes without BOM or cookie: strict UTF-8).
    /// </summary>
    public Encoding? ErrorLineEncoding =>
        !HasEncodingDeclaration ? null : _decoded is null && DeclaresLatin1(_bytes.Span) ? Encoding.Latin1 : ReplacingUtf8;

    private List<int> LineStarts
    {
        get
        {
            if (_lineStarts is not null) return _lineStarts;
            var starts = new List<int> { 0 };
            for (int i = 0; i < _source.Length; i++)
            {
                char c = _source[i];
                if (c == '\n') starts.Add(i + 1);
                else if (c == '\r')
                {
                    if (i + 1 < _source.Length && _source[i + 1] == '\n') i++;
                    starts.Add(i + 1);
                }
            }
            _lineStarts = starts;
            return starts;
        }
    }

    public int LineCount => LineStarts.Count;

    /// <summary>The last line with any text (tok->lineno once the tokenizer has read everything); at least 1.</summary>
    public int LastLine
    {
        get
        {
            int last = LineCount;
            while (last > 1 && Line(last) is null) last--;
            return Math.Max(1, last);
        }
    }

    /// <summary>Lines <paramref name="first"/> to <paramref name="last"/>, each as <see cref="Line"/> gives it, joined.</summary>
    public string Lines(int first, int last)
    {
        var text = new StringBuilder();
        for (int k = first; k <= last; k++) text.Append(Line(k));
        return text.ToString();
    }

    /// <summary>Line `lineno` (1-based) ending with "\n", or null past the end.</summary>
    public string? Line(int lineno)
    {
        var starts = LineStarts;
        if (lineno < 1 || lineno > starts.Count) return null;
        int s = starts[lineno - 1];
        int e = lineno < starts.Count ? starts[lineno] : _source.Length;
        if (s >= _source.Length && lineno > 1) return null;
        var line = _source[s..e];
        if (line.EndsWith("\r\n")) line = line[..^2] + "\n";
        else if (line.EndsWith('\r')) line = line[..^1] + "\n";
        else if (!line.EndsWith('\n') && ExecInput) line += "\n";
        return line;
    }

    /// <summary>pegen.c _PyPegen_byte_offset_to_character_offset: code points in the first `byteOffset` bytes.</summary>
    public static int ByteToCharOffset(string line, int byteOffset)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        if (byteOffset > bytes.Length + 1) byteOffset = bytes.Length + 1;
        if (byteOffset <= 0) return byteOffset < 0 ? byteOffset : 0;
        int take = Math.Min(byteOffset, bytes.Length);
        int chars = CountCodePoints(bytes.AsSpan(0, take));
        if (byteOffset > bytes.Length) chars += byteOffset - bytes.Length; // the terminating NUL
        return chars;
    }

    private static int CountCodePoints(ReadOnlySpan<byte> utf8)
    {
        // Decoding with "replace" as CPython does: a cut multi-byte sequence counts as one U+FFFD.
        var s = new UTF8Encoding(false, false).GetString(utf8);
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }
}
