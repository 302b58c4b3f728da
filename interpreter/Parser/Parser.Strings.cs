using System.Globalization;
using System.Text;
using Pyref.Parser.Ast;
using Pyref.Tokenizer;
using static Pyref.Tokenizer.TokenType;

namespace Pyref.Parser;

/// <summary>
/// String literals: Parser/string_parser.c of 3.11 (prefixes, escapes, implicit concatenation, f-strings
/// parsed from the STRING token with their replacement fields re-parsed by a sub-parser whose positions are
/// shifted as fstring_find_expr_location does) and number literals (Parser/pegen.c parsenumber).
/// </summary>
internal sealed partial class PegParser
{
    // python.gram: strings (memo): STRING+
    private ExprNode? Strings()
    {
        if (TryMemo(R.Strings, out var memo)) return (ExprNode?)memo;
        int start = _mark;
        if (!Check(STRING)) return null;
        // Fast path: one plain str literal without escapes (most docstrings and keys).
        if (!CheckAt(1, STRING))
        {
            var only = Cur;
            var text = only.Text;
            char q0 = text[0];
            if ((q0 == '\'' || q0 == '"') && text.IndexOf('\\') < 0 && text.AsSpan().IndexOfAnyInRange('\uDC80', '\uDCFF') < 0)
            {
                _mark++;
                _ = Cur;
                int quoteLen = text.Length >= 6 && text[1] == q0 && text[2] == q0 ? 3 : 1;
                var value = text.Substring(quoteLen, text.Length - 2 * quoteLen);
                var c = new Constant(value, null, TokPos(only));
                Memo(start, R.Strings, c);
                return c;
            }
        }
        // The STRING tokens are _tokens[start.._mark): no list of copies of them.
        while (Check(STRING)) _mark++;
        if (_mark == start) return null;
        // Fetch the lookahead as CPython's loop does, so error positions ("last token") agree.
        _ = Cur;
        var result = ConcatenateStrings(start, _mark);
        Memo(start, R.Strings, result);
        return result;
    }

    private sealed class FStringState
    {
        public StringBuilder? LastStr;
        public readonly List<ExprNode> Exprs = new();
        public bool FMode;
    }

    /// <summary>action_helpers.c _PyPegen_concatenate_strings over the tokens [from, to).</summary>
    private ExprNode ConcatenateStrings(int from, int to)
    {
        var first = _tokens[from];
        var last = _tokens[to - 1];
        var (l, c, _, _) = TokPos(first);
        var (_, _, el, ec) = TokPos(last);
        var pos = (l, c, el, ec);
        bool bytesMode = false;
        List<byte>? bytes = null;
        var state = new FStringState();
        for (int i = from; i < to; i++)
        {
            var t = _tokens[i];
            var lit = ParseStrToken(t, out bool isBytes, out bool raw, out bool isF, out int bodyStart, out int bodyEnd);
            if (i != from && bytesMode != isBytes) throw Raise("cannot mix bytes and nonbytes literals");
            bytesMode = isBytes;
            if (isBytes)
            {
                (bytes ??= new()).AddRange(DecodeBytesBody(t, t.Text.AsSpan(bodyStart, bodyEnd - bodyStart), raw));
            }
            else if (isF)
            {
                state.FMode = true;
                int cursor = bodyStart;
                FStringParse(state, t, ref cursor, bodyEnd, raw, 0, first, last);
            }
            else
            {
                var s = DecodeStrBody(t.Text.AsSpan(bodyStart, bodyEnd - bodyStart), raw);
                ConcatLiteral(state, s);
            }
        }
        if (bytesMode) return new Constant(new PyBytes(bytes!.ToArray()), null, pos);
        return FinishFString(state, first, last, pos);
    }

    private static void ConcatLiteral(FStringState state, string s)
    {
        if (s.Length == 0) return;
        AppendDecoded(state.LastStr ??= new StringBuilder(), s);
    }

    private static string? KindOf(Token firstToken) => firstToken.Text.Length > 0 && firstToken.Text[0] == 'u' ? "u" : null;

    private ExprNode FinishFString(FStringState state, Token first, Token last, (int, int, int, int) pos)
    {
        if (!state.FMode)
            return new Constant(StrValue(state.LastStr?.ToString() ?? ""), KindOf(first), pos);
        if (state.LastStr is not null && state.LastStr.Length > 0)
        {
            state.Exprs.Add(new Constant(StrValue(state.LastStr.ToString()), KindOf(first), pos));
            state.LastStr = null;
        }
        return new JoinedStr(new List<ExprNode>(state.Exprs), pos);
    }

    /// <summary>Splits a STRING token into prefix flags and the body between the quotes.</summary>
    private static string ParseStrToken(Token t, out bool isBytes, out bool raw, out bool isF, out int bodyStart, out int bodyEnd)
    {
        var s = t.Text;
        int i = 0;
        isBytes = raw = isF = false;
        while (i < s.Length && s[i] != '\'' && s[i] != '"')
        {
            switch (s[i])
            {
                case 'b': case 'B': isBytes = true; break;
                case 'r': case 'R': raw = true; break;
                case 'f': case 'F': isF = true; break;
            }
            i++;
        }
        char q = i < s.Length ? s[i] : '\'';
        int quoteLen = (i + 2 < s.Length && s[i + 1] == q && s[i + 2] == q && s.Length - i >= 6) ? 3 : 1;
        bodyStart = i + quoteLen;
        bodyEnd = Math.Max(bodyStart, s.Length - quoteLen);
        return s;
    }

    // ---------------------------------------------------------------- escapes

    private IEnumerable<byte> DecodeBytesBody(Token t, ReadOnlySpan<char> body, bool raw)
    {
        foreach (char ch in body)
            if (ch >= 0x80) throw RaiseAt(t, "bytes can only contain ASCII literal characters");
        var result = new List<byte>(body.Length);
        if (raw)
        {
            foreach (char ch in body) result.Add((byte)ch);
            return result;
        }
        for (int i = 0; i < body.Length; i++)
        {
            char ch = body[i];
            if (ch != '\\') { result.Add((byte)ch); continue; }
            int escStart = i;
            i++;
            if (i >= body.Length) throw Raise("(value error) Trailing \\ in string");
            char e = body[i];
            switch (e)
            {
                case '\n': break;
                case '\\': result.Add((byte)'\\'); break;
                case '\'': result.Add((byte)'\''); break;
                case '"': result.Add((byte)'"'); break;
                case 'a': result.Add(7); break;
                case 'b': result.Add(8); break;
                case 'f': result.Add(12); break;
                case 'n': result.Add(10); break;
                case 'r': result.Add(13); break;
                case 't': result.Add(9); break;
                case 'v': result.Add(11); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7'; k++) { i++; v = v * 8 + (body[i] - '0'); }
                    result.Add((byte)v); // DEVIATION(CPython): octal escapes > 0o377 wrap; CPython warns and keeps the low byte too.
                    break;
                }
                case 'x':
                    if (i + 2 < body.Length + 0 && IsHex(body[i + 1]) && IsHex(body[i + 2]))
                    {
                        result.Add((byte)Convert.ToInt32(body.Slice(i + 1, 2).ToString(), 16));
                        i += 2;
                    }
                    else throw Raise($"(value error) invalid \\x escape at position {escStart}");
                    break;
                default:
                    // invalid escape: DeprecationWarning in CPython, the backslash is kept
                    result.Add((byte)'\\');
                    i--;
                    break;
            }
        }
        return result;
    }

    /// <summary>
    /// Bytes input without a declared encoding reaches the parser undecoded (the string tokenizer does not
    /// check UTF-8; the lexer keeps a bad byte as U+DC80..U+DCFF). string_parser.c then fails to decode
    /// the literal: PyUnicode_DecodeUTF8Stateful over the whole body for raw or escape-free literals, and
    /// decode_utf8 over each run of non-ASCII bytes in decode_unicode_with_escapes, so the position in
    /// the message counts from the body's or the run's start. Raised at the last token (RAISE_SYNTAX_ERROR).
    /// </summary>
    private void CheckUndecodable(ReadOnlySpan<char> body, bool raw)
    {
        if (raw || body.IndexOf('\\') < 0)
        {
            ThrowIfUndecodable(EscapedToBytes(body));
            return;
        }
        for (int i = 0; i < body.Length;)
        {
            if (body[i] < 0x80) { i++; continue; }
            int runStart = i;
            while (i < body.Length && body[i] >= 0x80) i++;
            ThrowIfUndecodable(EscapedToBytes(body[runStart..i]));
        }
    }

    private void ThrowIfUndecodable(byte[] bytes)
    {
        int at = PythonCodecs.FindInvalidUtf8(bytes, out int badLen, out string reason);
        if (at >= 0) throw Raise("(unicode error) " + PythonCodecs.DecodeErrorMessage("utf-8", bytes, at, badLen, reason));
    }

    /// <summary>The source bytes behind a literal: U+DC80..U+DCFF stand for the undecodable byte 0x80..0xFF.</summary>
    private static byte[] EscapedToBytes(ReadOnlySpan<char> text)
    {
        var bytes = new List<byte>(text.Length);
        Span<byte> utf8 = stackalloc byte[4];
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is >= '\uDC80' and <= '\uDCFF') { bytes.Add((byte)(c - 0xDC00)); continue; }
            int n = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
                ? Encoding.UTF8.GetBytes(text.Slice(i++, 2), utf8)
                : Encoding.UTF8.GetBytes(text.Slice(i, 1), utf8);
            for (int k = 0; k < n; k++) bytes.Add(utf8[k]);
        }
        return bytes.ToArray();
    }

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    /// <summary>Parser/string_parser.c decode_unicode_with_escapes (then the unicode_escape codec).</summary>
    private string DecodeStrBody(ReadOnlySpan<char> body, bool raw)
    {
        if (body.IndexOfAnyInRange('\uDC80', '\uDCFF') >= 0) CheckUndecodable(body, raw);
        if (raw || body.IndexOf('\\') < 0) return body.ToString();
        var sb = new StringBuilder(body.Length);
        // Positions in codec errors count the buffer CPython builds: every non-ASCII char is
        // expanded to a 10-byte \UXXXXXXXX escape before the codec runs.
        int bufPos = 0;
        for (int i = 0; i < body.Length; i++)
        {
            char ch = body[i];
            if (ch != '\\')
            {
                sb.Append(ch);
                bufPos += ch < 0x80 ? 1 : (char.IsHighSurrogate(ch) ? 0 : 10);
                continue;
            }
            int escStart = bufPos;
            i++;
            if (i >= body.Length) { sb.Append('\\'); break; }
            char e = body[i];
            bufPos += 2;
            switch (e)
            {
                case '\n': break;
                case '\\': sb.Append('\\'); break;
                case '\'': sb.Append('\''); break;
                case '"': sb.Append('"'); break;
                case 'a': sb.Append('\a'); break;
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'v': sb.Append('\v'); break;
                case >= '0' and <= '7':
                {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i + 1 < body.Length && body[i + 1] is >= '0' and <= '7'; k++) { i++; bufPos++; v = v * 8 + (body[i] - '0'); }
                    AppendCodePoint(sb, v);
                    break;
                }
                case 'x': case 'u': case 'U':
                {
                    int count = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    string what = e == 'x' ? "truncated \\xXX escape" : e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
                    int v = 0, k = 0;
                    for (; k < count; k++)
                    {
                        if (i + 1 >= body.Length || !IsHex(body[i + 1])) break;
                        i++; bufPos++;
                        v = v * 16 + Convert.ToInt32(body[i].ToString(), 16);
                    }
                    if (k < count) throw UnicodeError(escStart, bufPos, what);
                    if (v > 0x10FFFF) throw UnicodeError(escStart, bufPos, "illegal Unicode character");
                    AppendCodePoint(sb, v);
                    break;
                }
                case 'N':
                {
                    // unicode_escape codec: the error range ends where the scan stopped.
                    if (i + 1 >= body.Length) throw UnicodeError(escStart, escStart + 2, "malformed \\N character escape");
                    if (body[i + 1] != '{') throw UnicodeError(escStart, escStart + 2, "malformed \\N character escape");
                    int close = body[(i + 1)..].IndexOf('}');
                    if (close < 0) throw UnicodeError(escStart, escStart + 2 + (body.Length - i - 1), "malformed \\N character escape");
                    if (close == 1) throw UnicodeError(escStart, escStart + 3, "malformed \\N character escape");
                    var name = body.Slice(i + 2, close - 1).ToString();
                    bufPos += close + 1;
                    i += close + 1;
                    int cp = UnicodeNames.Lookup(name);
                    if (cp < 0) throw UnicodeError(escStart, bufPos, "unknown Unicode character name");
                    AppendCodePoint(sb, cp);
                    break;
                }
                default:
                    // invalid escape: DeprecationWarning in CPython; the backslash is kept
                    sb.Append('\\');
                    i--;
                    bufPos--;
                    break;
            }
        }
        return sb.ToString();
    }

    private ParseAbort UnicodeError(int start, int end, string reason)
    {
        string msg = end - start > 1
            ? $"(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end - 1}: {reason}"
            : $"(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position {start}: {reason}";
        return Raise(msg);
    }

    /// <summary>
    /// Put between a lone high surrogate and a following low surrogate that came from escapes: in Python they
    /// stay two code points, in UTF-16 they would pair. Only ever inserted between such a pair.
    /// DEVIATION(CPython): an escaped U+FFFF written between an escaped high and low surrogate is taken for the mark.
    /// </summary>
    internal const char SurrogateMark = '\uFFFF';

    private static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000)
        {
            if (cp is >= 0xDC00 and <= 0xDFFF && sb.Length > 0 && char.IsHighSurrogate(sb[^1])) sb.Append(SurrogateMark);
            sb.Append((char)cp);
        }
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    /// <summary>Appends decoded text, keeping a lone high surrogate at the end from pairing with a low one.</summary>
    private static void AppendDecoded(StringBuilder sb, string s)
    {
        if (s.Length > 0 && sb.Length > 0 && char.IsLowSurrogate(s[0]) && char.IsHighSurrogate(sb[^1])) sb.Append(SurrogateMark);
        sb.Append(s);
    }

    /// <summary>
    /// The Constant value for decoded text: a string, or a <see cref="PyStr"/> when escaped lone surrogates
    /// would pair up in UTF-16.
    /// </summary>
    private static object StrValue(string s)
    {
        int at = s.IndexOf(SurrogateMark);
        bool split = false;
        while (at >= 0)
        {
            if (at > 0 && at + 1 < s.Length && char.IsHighSurrogate(s[at - 1]) && char.IsLowSurrogate(s[at + 1])) { split = true; break; }
            at = s.IndexOf(SurrogateMark, at + 1);
        }
        if (!split) return s;
        var cps = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == SurrogateMark && i > 0 && i + 1 < s.Length && char.IsHighSurrogate(s[i - 1]) && char.IsLowSurrogate(s[i + 1])) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cps.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
                continue;
            }
            cps.Add(c);
        }
        return new PyStr(cps.ToArray());
    }

    private static void AppendCodePointPlain(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp));
    }

    // ---------------------------------------------------------------- f-strings

    /// <summary>string_parser.c fstring_parse: literal parts and replacement fields until the end or a '}'.</summary>
    private void FStringParse(FStringState state, Token t, ref int pos, int end, bool raw, int recurseLevel, Token first, Token last)
    {
        var s = t.Text;
        while (true)
        {
            var literal = FStringFindLiteral(t, ref pos, end, raw, recurseLevel);
            ConcatLiteral(state, literal);
            if (pos >= end || s[pos] == '}') break;
            // s[pos] == '{'
            var (expr, debugText) = FStringFindExpr(t, ref pos, end, raw, recurseLevel, first, last);
            if (debugText is not null) ConcatLiteral(state, debugText);
            if (state.LastStr is not null && state.LastStr.Length > 0)
            {
                var (l, c, _, _) = TokPos(first);
                var (_, _, el, ec) = TokPos(last);
                state.Exprs.Add(new Constant(StrValue(state.LastStr.ToString()), KindOf(first), (l, c, el, ec)));
                state.LastStr = null;
            }
            state.Exprs.Add(expr);
        }
    }

    /// <summary>string_parser.c fstring_find_literal.</summary>
    private string FStringFindLiteral(Token t, ref int pos, int end, bool raw, int recurseLevel)
    {
        var s = t.Text;
        int literalStart = pos;
        var sb = new StringBuilder();
        int chunkStart = pos;
        while (pos < end)
        {
            char ch = s[pos++];
            if (!raw && ch == '\\' && pos < end)
            {
                ch = s[pos++];
                if (ch == 'N')
                {
                    // \N{...}: the braces belong to the escape
                    if (pos < end && s[pos++] == '{')
                    {
                        while (pos < end && s[pos++] != '}') { }
                    }
                    continue;
                }
                // any other escaped char falls through: a '\{' still opens a replacement field
            }
            if (ch == '{' || ch == '}')
            {
                if (recurseLevel == 0)
                {
                    if (pos < end && s[pos] == ch)
                    {
                        // doubled brace: literal up to and including one brace
                        AppendDecoded(sb, Decode(t, s.AsSpan(chunkStart, pos - chunkStart), raw));
                        pos++;
                        chunkStart = pos;
                        continue;
                    }
                    if (ch == '}')
                    {
                        throw Raise("f-string: single '}' is not allowed");
                    }
                }
                pos--;
                break;
            }
        }
        AppendDecoded(sb, Decode(t, s.AsSpan(chunkStart, pos - chunkStart), raw));
        _ = literalStart;
        return sb.ToString();
    }

    private string Decode(Token t, ReadOnlySpan<char> chunk, bool raw) => DecodeStrBody(chunk, raw);

    /// <summary>string_parser.c fstring_find_expr: one replacement field, from '{' to its '}'.</summary>
    private (ExprNode Expr, string? DebugText) FStringFindExpr(Token t, ref int pos, int end, bool raw, int recurseLevel, Token first, Token last)
    {
        var s = t.Text;
        if (recurseLevel >= 2) throw Raise("f-string: expressions nested too deeply");
        int braceAt = pos;
        pos++; // '{'
        int exprStart = pos;
        char quoteChar = '\0';
        int stringType = 0;
        var parenStack = new Stack<char>();
        while (pos < end)
        {
            char ch = s[pos];
            if (ch == '\\') throw Raise("f-string expression part cannot include a backslash");
            if (quoteChar != '\0')
            {
                if (ch == quoteChar)
                {
                    if (stringType == 3)
                    {
                        if (pos + 2 < end && s[pos + 1] == ch && s[pos + 2] == ch)
                        {
                            pos += 3;
                            stringType = 0; quoteChar = '\0';
                            continue;
                        }
                    }
                    else
                    {
                        stringType = 0; quoteChar = '\0';
                        pos++;
                        continue;
                    }
                }
                pos++;
                continue;
            }
            if (ch == '\'' || ch == '"')
            {
                if (pos + 2 < end && s[pos + 1] == ch && s[pos + 2] == ch) { stringType = 3; pos += 2; }
                else stringType = 1;
                quoteChar = ch;
            }
            else if (ch == '[' || ch == '{' || ch == '(')
            {
                if (parenStack.Count >= 200) throw Raise("f-string: too many nested parenthesis");
                parenStack.Push(ch);
            }
            else if (ch == '#')
            {
                throw Raise("f-string expression part cannot include '#'");
            }
            else if (parenStack.Count == 0 && (ch == '!' || ch == ':' || ch == '}' || ch == '=' || ch == '>' || ch == '<'))
            {
                char next = pos + 1 < end ? s[pos + 1] : '\0';
                if (ch == '!' && next == '=') { pos += 2; continue; }
                if (ch == '=' && next == '=') { pos += 2; continue; }
                if ((ch == '>' || ch == '<') && next == '=') { pos += 2; continue; }
                if (ch == '>' || ch == '<') { pos++; continue; }
                break;
            }
            else if (ch == ']' || ch == '}' || ch == ')')
            {
                if (parenStack.Count == 0) throw Raise($"f-string: unmatched '{ch}'");
                char open = parenStack.Pop();
                if (!((open == '(' && ch == ')') || (open == '[' && ch == ']') || (open == '{' && ch == '}')))
                    throw Raise($"f-string: closing parenthesis '{ch}' does not match opening parenthesis '{open}'");
            }
            pos++;
        }
        int exprEnd = pos;
        if (quoteChar != '\0') throw Raise("f-string: unterminated string");
        if (parenStack.Count > 0) throw Raise($"f-string: unmatched '{parenStack.Peek()}'");
        if (pos >= end) throw Raise("f-string: expecting '}'");

        var expr = FStringCompileExpr(t, braceAt, exprStart, exprEnd);

        string? debugText = null;
        if (s[pos] == '=')
        {
            pos++;
            while (pos < end && char.IsWhiteSpace(s[pos]) && s[pos] < 0x80) pos++;
            if (pos >= end) throw Raise("f-string: expecting '}'");
            debugText = s[exprStart..pos];
        }
        int conversion = -1;
        if (s[pos] == '!')
        {
            pos++;
            if (pos >= end) throw Raise("f-string: expecting '}'");
            char conv = s[pos];
            pos++;
            if (conv != 's' && conv != 'r' && conv != 'a')
                throw Raise("f-string: invalid conversion character: expected 's', 'r', or 'a'");
            conversion = conv;
        }
        ExprNode? formatSpec = null;
        if (pos >= end) throw Raise("f-string: expecting '}'");
        if (s[pos] == ':')
        {
            pos++;
            if (pos >= end) throw Raise("f-string: expecting '}'");
            var specState = new FStringState { FMode = true };
            // 3.11 quirk: inside the spec, constants before a replacement field and the fields span the whole
            // concatenation (first..last token), while the spec's JoinedStr and its trailing constant are
            // located at the token holding it (fstring_parse finishes with t, t).
            FStringParse(specState, t, ref pos, end, raw, recurseLevel + 1, first, last);
            formatSpec = FinishFString(specState, t, t, TokPos(t));
        }
        if (pos >= end || s[pos] != '}') throw Raise("f-string: expecting '}'");
        pos++;
        if (debugText is not null && conversion == -1 && formatSpec is null) conversion = 'r';
        var (l, c, _, _) = TokPos(first);
        var (_, _, el, ec) = TokPos(last);
        return (new FormattedValue(expr, conversion, formatSpec, (l, c, el, ec)), debugText);
    }

    /// <summary>string_parser.c fstring_compile_expr + fstring_find_expr_location.</summary>
    private ExprNode FStringCompileExpr(Token t, int braceAt, int exprStart, int exprEnd)
    {
        var s = t.Text;
        int k = exprStart;
        while (k < exprEnd && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\f')) k++;
        if (k == exprEnd)
        {
            char after = exprEnd < s.Length ? s[exprEnd] : '\0';
            if (after == '!' || after == ':' || after == '=')
                throw Raise($"f-string: expression required before '{after}'");
            throw Raise("f-string: empty expression not allowed");
        }
        // fstring_find_expr_location, in bytes of the token's text
        bool newlineAfterBrace = true;
        for (int j = braceAt + 1; j < s.Length && s[j] != '}' && s[j] != '\n'; j++)
        {
            if (s[j] != ' ' && s[j] != '\t' && s[j] != '\f') { newlineAfterBrace = false; break; }
        }
        int lines = 0, cols = 0;
        if (!newlineAfterBrace)
        {
            int lineStart = s.LastIndexOf('\n', braceAt);
            if (lineStart < 0) cols = Utf8Length(s.AsSpan(0, braceAt));
            else cols = Utf8Length(s.AsSpan(lineStart, braceAt - lineStart)) - 1;
        }
        for (int j = 0; j < braceAt; j++) if (s[j] == '\n') lines++;
        var tp = TokPos(t);
        string sub = "(" + s[exprStart..exprEnd] + ")";
        int startingLineno = tp.L + lines;
        // 3.11 adds the token's own column only when the field starts on the token's first line.
        int startingCol = lines != 0 ? cols : tp.C + cols;
        var sp = new PegParser(TokenSourceFactory.FromString(sub, _target), ParseMode.FString, _filename, _target, _text, startingLineno, startingCol)
        {
            FStringBuffer = sub,
            CharOffsets = false,
            TypeComments = false,
        };
        var inner = (ExprNode)sp.Run();
        // The replacement field's tree hangs below this level: keep the depth bound an upper bound.
        _maxLevel = Math.Max(_maxLevel, _level + sp.MaxRuleDepth + 4);
        _maxChain = Math.Max(_maxChain, sp.MaxChain);
        return inner;
    }

    private static int Utf8Length(ReadOnlySpan<char> s) => Encoding.UTF8.GetByteCount(s);

    // ---------------------------------------------------------------- numbers

    /// <summary>Parser/pegen.c parsenumber.</summary>
    private object ParseNumber(Token t)
    {
        var text = t.Text;
        if (text.Contains('_')) text = text.Replace("_", "");
        char lastCh = text[^1];
        if (lastCh == 'j' || lastCh == 'J')
        {
            var im = ParseFloat(text[..^1]);
            return new Complex(0.0, im);
        }
        if (text.Length > 1 && text[0] == '0' && (text[1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B'))
        {
            int radix = text[1] is 'x' or 'X' ? 16 : text[1] is 'o' or 'O' ? 8 : 2;
            BigInteger v = BigInteger.Zero;
            for (int i = 2; i < text.Length; i++)
                v = v * radix + Convert.ToInt32(text[i].ToString(), 16);
            return v;
        }
        bool isFloat = false;
        foreach (char ch in text) if (ch == '.' || ch == 'e' || ch == 'E') { isFloat = true; break; }
        if (isFloat) return ParseFloat(text);
        // 3.11's int max str digits limit applies to decimal literals.
        int digits = text.TrimStart('0').Length;
        if (digits > 4300)
        {
            var p = TokPos(t);
            throw KnownLocation("SyntaxError", p.L, 0, p.EL, 0,
                $"Exceeds the limit (4300 digits) for integer string conversion: value has {digits} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.");
        }
        if (text.Length <= 18) return new BigInteger(long.Parse(text, CultureInfo.InvariantCulture));
        return BigInteger.Parse(text, CultureInfo.InvariantCulture);
    }

    private static double ParseFloat(string text) =>
        double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
}

/// <summary>\N{...} names: see <see cref="UnicodeTables"/>; a few common names when the UCD is absent.</summary>
internal static class UnicodeNames
{
    internal static readonly Dictionary<string, int> Fallback = new(StringComparer.Ordinal)
    {
        ["SPACE"] = 0x20, ["NO-BREAK SPACE"] = 0xA0, ["EM DASH"] = 0x2014, ["EN DASH"] = 0x2013,
        ["BULLET"] = 0x2022, ["HORIZONTAL ELLIPSIS"] = 0x2026, ["DEGREE SIGN"] = 0xB0,
        ["GREEK SMALL LETTER ALPHA"] = 0x3B1, ["EURO SIGN"] = 0x20AC, ["LINE FEED"] = 0x0A,
    };

    public static int Lookup(string name) => UnicodeTables.LookupName(name);
}
