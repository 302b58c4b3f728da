using System.Text;

namespace Pyref.Tokenizer;

// Source decoding: PEP 263 cookies and the UTF-8 BOM, for both views.
public sealed partial class Lexer
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    private string FileSuffix => _filename is null ? "" : " for " + CharClass.PyRepr(_filename);

    private TokenizerException DetectError(string message) =>
        new(new TokenizerError(TokenizerErrorKind.SyntaxError, message, -1, -1));

    /// <summary>Lib/tokenize.py: _get_normal_name (itself an imitation of tokenizer.c get_normal_name).</summary>
    internal static string NormalName(string orig)
    {
        var enc = (orig.Length > 12 ? orig[..12] : orig).ToLowerInvariant().Replace('_', '-');
        if (enc == "utf-8" || enc.StartsWith("utf-8-", StringComparison.Ordinal)) return "utf-8";
        if (enc is "latin-1" or "iso-8859-1" or "iso-latin-1" || enc.StartsWith("latin-1-", StringComparison.Ordinal)
            || enc.StartsWith("iso-8859-1-", StringComparison.Ordinal) || enc.StartsWith("iso-latin-1-", StringComparison.Ordinal))
            return "iso-8859-1";
        return orig;
    }

    /// <summary>
    /// Lib/tokenize.py cookie_re: ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) (ASCII \w), applied to a decoded line.
    /// Returns the raw name or null.
    /// </summary>
    internal static string? MatchCookie(string line)
    {
        int i = 0, n = line.Length;
        while (i < n && line[i] is ' ' or '\t' or '\f') i++;
        if (i >= n || line[i] != '#') return null;
        i++;
        for (; i + 6 < n; i++)
        {
            if (line[i] == '\n') return null; // '.' does not cross a newline
            if (string.CompareOrdinal(line, i, "coding", 0, 6) != 0) continue;
            int j = i + 6;
            if (line[j] != ':' && line[j] != '=') continue;
            j++;
            while (j < n && line[j] is ' ' or '\t') j++;
            int b = j;
            while (j < n && (char.IsAsciiLetterOrDigit(line[j]) || line[j] is '_' or '-' or '.')) j++;
            if (j > b) return line[b..j];
        }
        return null;
    }

    /// <summary>Lib/tokenize.py blank_re: ^[ \t\f]*(?:[#\r\n]|$) on bytes.</summary>
    private static bool IsBlankOrComment(ReadOnlySpan<byte> line)
    {
        int i = 0;
        while (i < line.Length && line[i] is (byte)' ' or (byte)'\t' or (byte)'\f') i++;
        if (i == line.Length) return true;
        if (line[i] is (byte)'#' or (byte)'\r' or (byte)'\n') return true;
        return false;
    }

    /// <summary>Lib/tokenize.py detect_encoding: find_cookie.</summary>
    private string? FindCookieModule(ReadOnlySpan<byte> line, bool bomFound)
    {
        string text;
        try { text = StrictUtf8.GetString(line); }
        catch (DecoderFallbackException) { throw DetectError("invalid or missing encoding declaration" + FileSuffix); }
        var raw = MatchCookie(text);
        if (raw is null) return null;
        var encoding = NormalName(raw);
        if (PythonCodecs.Lookup(encoding) is null)
            throw DetectError(_filename is null
                ? "unknown encoding: " + encoding
                : $"unknown encoding for {CharClass.PyRepr(_filename)}: {encoding}");
        if (bomFound)
        {
            if (encoding != "utf-8")
                throw DetectError(_filename is null ? "encoding problem: utf-8" : $"encoding problem for {CharClass.PyRepr(_filename)}: utf-8");
            encoding += "-sig";
        }
        return encoding;
    }

    private static int LineEnd(ReadOnlySpan<byte> b, int start)
    {
        int nl = b[start..].IndexOf((byte)'\n');
        return nl < 0 ? b.Length : start + nl + 1;
    }

    /// <summary>Lib/tokenize.py: tokenize() = detect_encoding, then each line decoded with that encoding.</summary>
    private void PrepareModuleBytes(ReadOnlySpan<byte> src)
    {
        bool bom = src.Length >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF;
        var body = bom ? src[3..] : src;
        string encoding = bom ? "utf-8-sig" : "utf-8";
        int firstEnd = LineEnd(body, 0);
        if (firstEnd > 0)
        {
            var found = FindCookieModule(body[..firstEnd], bom);
            if (found is not null) encoding = found;
            else if (IsBlankOrComment(body[..firstEnd]) && firstEnd < body.Length)
            {
                int secondEnd = LineEnd(body, firstEnd);
                found = FindCookieModule(body[firstEnd..secondEnd], bom);
                if (found is not null) encoding = found;
            }
        }
        Encoding = encoding == "utf-8-sig" ? "utf-8" : encoding;
        DecodeLines(body, encoding);
    }

    /// <summary>
    /// Decodes as much of <paramref name="body"/> as decodes, whole lines at a time; the first line that does
    /// not decode becomes the pending read error (UnicodeDecodeError in the module view).
    /// </summary>
    private void DecodeLines(ReadOnlySpan<byte> body, string encoding)
    {
        if (PythonCodecs.IsUtf8(encoding))
        {
            // One pass straight into a reused buffer when the whole body is valid (UTF-8 never needs more
            // UTF-16 units than bytes); otherwise the line-by-line path below finds the first bad line.
            var buffer = TextBuffer.Rent(body.Length);
            if (System.Text.Unicode.Utf8.ToUtf16(body, buffer, out _, out int written, replaceInvalidSequences: false)
                == System.Buffers.OperationStatus.Done)
            {
                SetText(buffer, written);
                _textRented = true;
                return;
            }
            TextBuffer.Return(buffer);
            int bad = PythonCodecs.FindInvalidUtf8(body, out int badLen, out string reason);
            if (bad < 0)
            {
                var all = StrictUtf8.GetString(body);
                SetText(all, all.Length);
                return;
            }
            int ls = bad == 0 ? 0 : body[..bad].LastIndexOf((byte)'\n') + 1;
            int le = LineEnd(body, bad);
            var prefix = StrictUtf8.GetString(body[..ls]);
            SetText(prefix, prefix.Length);
            SetReadError(body, ls, le, bad, badLen, reason, "utf-8");
            return;
        }
        var enc = PythonCodecs.Lookup(encoding)!;
        var sb = new StringBuilder(body.Length);
        int pos = 0;
        while (pos < body.Length)
        {
            int end = LineEnd(body, pos);
            try
            {
                sb.Append(enc.GetString(body[pos..end]));
            }
            catch (DecoderFallbackException e)
            {
                int at = Math.Max(0, e.Index);
                var text = sb.ToString();
                SetText(text, text.Length);
                // DEVIATION(CPython): the codec name and reason are .NET's view of the failure, not the
                // Python codec's exact wording (e.g. "'charmap' codec ... character maps to <undefined>").
                SetReadError(body, pos, end, pos + at, 1, "invalid start byte", PythonCodecs.Normalize(encoding).Replace('_', '-'));
                return;
            }
            pos = end;
        }
        var s = sb.ToString();
        SetText(s, s.Length);
    }

    private void SetReadError(ReadOnlySpan<byte> body, int ls, int le, int bad, int badLen, string reason, string codec)
    {
        int line = 1;
        foreach (var b in body[..ls]) if (b == (byte)'\n') line++;
        var msg = PythonCodecs.DecodeErrorMessage(codec, body[ls..le], bad - ls, badLen, reason);
        _readErrorLine = line;
        _readError = new TokenizerError(TokenizerErrorKind.UnicodeDecodeError, msg, line, bad - ls);
    }

    /// <summary>Parser/tokenizer.c translate_newlines: \r\n and lone \r become \n, and exec input ends with \n.</summary>
    internal static string TranslateNewlines(string s)
    {
        bool endsWithCrLf = s.EndsWith("\r\n", StringComparison.Ordinal);
        if (s.Contains('\r'))
        {
            var sb = new StringBuilder(s.Length + 1);
            for (int i = 0; i < s.Length; i++)
            {
                char c = s[i];
                if (c == '\r')
                {
                    sb.Append('\n');
                    if (i + 1 < s.Length && s[i + 1] == '\n') i++;
                }
                else sb.Append(c);
            }
            s = sb.ToString();
        }
        // translate_newlines appends "\n" when the last character it copied is not one; after a final "\r\n"
        // that character is the terminating NUL (the skipped "\n" ends the loop), so such input gains an
        // extra empty line, which moves the final DEDENT/ENDMARKER one line down, as in CPython.
        if (s.Length == 0 || s[^1] != '\n' || endsWithCrLf) s += "\n";
        return s;
    }
}
