using System.Text;

namespace Pyref.Tokenizer;

// The parser view: Parser/tokenizer.c tok_get of CPython 3.11(.7), over the same decoded text as the module
// view. The C tokenizer works on UTF-8 bytes; here it works on UTF-16 units, treating every unit >= 128 as
// CPython treats every byte >= 128 (a potential identifier character), and converts columns to UTF-8 bytes
// (Token.StartByteColumn/EndByteColumn, what pegen puts in col_offset) and code points (Token.StartColumn/EndColumn).
//
// Errors are thrown as TokenizerException carrying the SyntaxError CPython finally raises, with pegen's
// conversion already applied (Parser/pegen_errors.c: _Pypegen_tokenizer_error, _PyPegen_raise_error,
// raise_unclosed_parentheses_error): Line/Column are lineno/offset (offset 1-based, code points),
// EndLine/EndColumn are end_lineno/end_offset, Text is SyntaxError.text.
public sealed partial class Lexer
{
    private const int EOF = -1;
    private const int MaxIndent = 100; // Parser/tokenizer.h MAXINDENT
    private const int MaxLevel = 200;  // Parser/tokenizer.h MAXLEVEL

    // tok_state
    private int _cur, _lineStart, _inp, _lineno;
    private bool _atbol = true, _contLine;
    private int _indent, _pendin, _level;
    private readonly int[] _indstack = new int[MaxIndent];
    private readonly int[] _altindstack = new int[MaxIndent];
    private readonly char[] _parenstack = new char[MaxLevel];
    private readonly int[] _parenlinenostack = new int[MaxLevel];
    private readonly int[] _parencolstack = new int[MaxLevel];   // byte column, as tokenizer.c keeps it
    private readonly int[] _parenlinestart = new int[MaxLevel];  // to rebuild the line for messages
    private int _tokStart;
    private int _firstLineno, _multiLineStart;
    private bool _execInput = true;

    /// <summary>Warnings CPython's tokenizer issues (parser_warn: "invalid decimal literal" before a keyword), each with
    /// the SyntaxError it becomes when the warning filters make it an error.</summary>
    public List<(string Message, TokenizerError AsError)> Warnings { get; } = new();

    /// <summary>
    /// Tokenizes a decoded string for the parser without CPython's exec-input newline: the C tokenizer only appends
    /// a missing final newline for file input (Parser/tokenizer.c translate_newlines(exec_input)); eval input and
    /// f-string expressions are tokenized as they are.
    /// </summary>
    public Lexer(string source, TokenizerMode mode, PythonVersion target, bool execInput)
    {
        _mode = mode;
        _target = target;
        _execInput = execInput;
        if (mode == TokenizerMode.Parser)
            source = TranslateNewlines(source, execInput);
        SetText(source, source.Length);
        Init();
    }

    /// <summary>
    /// tok->done == E_EOF: the tokenizer has read past the last line. pegen.c _is_end_of_source tests it (with an
    /// unterminated string at EOF, which also reads past the end) to turn a failed parse into "incomplete input".
    /// </summary>
    public bool ReachedEndOfInput { get; private set; }

    /// <summary>
    /// pegen.c _PyPegen_fill_token, 'single' input: when the first ENDMARKER is handed to the parser as NEWLINE, the
    /// blocks still open are closed by DEDENTs (tok->pendin = -tok->indent) before ENDMARKER comes again.
    /// </summary>
    public void ImplyDedents()
    {
        if (_indent == 0) return;
        _pendin = -_indent;
        _indent = 0;
        _done = false;
    }

    private void ParserInit()
    {
        _cur = _lineStart = _inp = 0;
        if (_text.AsSpan(0, _textEnd).Contains('\0'))
            // Python/pythonrun.c / bltinmodule.c: compile() refuses NUL before tokenizing; no location.
            _pendingError = new TokenizerError(TokenizerErrorKind.SyntaxError, "source code string cannot contain null bytes", -1, -1);
    }

    /// <summary>Parser/tokenizer.c decode_str: BOM, PEP 263 cookie on line 1 or 2, newline translation.</summary>
    private void PrepareParserBytes(ReadOnlySpan<byte> src)
    {
        bool bom = src.Length >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF;
        var body = bom ? src[3..] : src;
        string? encoding = bom ? "utf-8" : null;
        int firstEnd = LineEnd(body, 0);
        string? cs = CodingSpec(body[..firstEnd], out bool stop);
        if (cs is null && !stop && firstEnd < body.Length)
            cs = CodingSpec(body[firstEnd..LineEnd(body, firstEnd)], out _);
        if (cs is not null)
        {
            if (encoding is null)
            {
                if (cs != "utf-8" && PythonCodecs.Lookup(cs) is null)
                    throw new TokenizerException(new TokenizerError(TokenizerErrorKind.SyntaxError, "unknown encoding: " + cs, 0, -1));
                encoding = cs;
            }
            else if (cs != encoding)
                throw new TokenizerException(new TokenizerError(TokenizerErrorKind.SyntaxError, $"encoding problem: {cs} with BOM", 0, -1));
        }
        encoding ??= "utf-8";
        Encoding = encoding;
        if (PythonCodecs.IsUtf8(encoding))
        {
            // The C tokenizer reads UTF-8 source as bytes and only decodes identifiers (verify_identifier)
            // and, in the parser, string literals. Undecodable bytes are kept as U+DC80..U+DCFF
            // (Python's surrogateescape) so that they travel in token text and fail where CPython fails.
            if (_execInput)
            {
                // Valid UTF-8 (nearly every file): decoded once into the lexer's own array, newlines translated in
                // place, instead of a string, a translated copy and the array SetText makes of it.
                var buffer = new char[body.Length + 1];
                if (System.Text.Unicode.Utf8.ToUtf16(body, buffer, out _, out int written, replaceInvalidSequences: false)
                    == System.Buffers.OperationStatus.Done)
                {
                    SetText(buffer, TranslateExecNewlinesInPlace(buffer, written));
                    return;
                }
            }
            var decoded = DecodeUtf8Escaped(body, out _escapedBytes);
            var t = TranslateNewlines(decoded, _execInput);
            SetText(t, t.Length);
            return;
        }
        DecodeLines(body, encoding);
        if (_readError is { } e)
        {
            // CPython reports the bad line's bytes decoded with errors='replace' as the text.
            int ls = 0;
            for (int line = 1; line < e.Line; line++) ls = LineEnd(body, ls);
            var lineText = System.Text.Encoding.UTF8.GetString(body[ls..LineEnd(body, ls)]);
            _readError = new TokenizerError(TokenizerErrorKind.SyntaxError, "(unicode error) " + e.Message,
                e.Line, e.Column + 1, e.Line, -1, lineText);
            var prefix = TranslateNewlines(new string(_text, 0, _textEnd), false);
            SetText(prefix, prefix.Length);
        }
        else
        {
            var all = TranslateNewlines(new string(_text, 0, _textEnd), true);
            SetText(all, all.Length);
        }
    }

    // True when the source had undecodable bytes, kept as lone surrogates U+DC80..U+DCFF (one byte each).
    private bool _escapedBytes;

    private static string DecodeUtf8Escaped(ReadOnlySpan<byte> b, out bool escaped)
    {
        escaped = false;
        if (System.Text.Unicode.Utf8.IsValid(b)) return StrictUtf8.GetString(b);
        escaped = true;
        var sb = new StringBuilder(b.Length);
        int i = 0;
        while (i < b.Length)
        {
            int bad = PythonCodecs.FindInvalidUtf8(b[i..], out _, out _);
            if (bad < 0) { sb.Append(StrictUtf8.GetString(b[i..])); break; }
            sb.Append(StrictUtf8.GetString(b.Slice(i, bad)));
            sb.Append((char)(0xDC00 + b[i + bad]));
            i += bad + 1;
        }
        return sb.ToString();
    }

    private static bool IsEscapedByte(char c) => c is >= '\uDC80' and <= '\uDCFF';

    /// <summary>The original bytes of text that may hold escaped bytes.</summary>
    private static byte[] RawBytes(ReadOnlySpan<char> s)
    {
        var list = new List<byte>(s.Length);
        var buf = new byte[4];
        for (int i = 0; i < s.Length; i++)
        {
            if (IsEscapedByte(s[i]) && !(i > 0 && char.IsHighSurrogate(s[i - 1]))) { list.Add((byte)(s[i] - 0xDC00)); continue; }
            int n = char.IsHighSurrogate(s[i]) && i + 1 < s.Length ? StrictUtf8.GetBytes(s.Slice(i++, 2), buf) : System.Text.Encoding.UTF8.GetBytes(s.Slice(i, 1), buf);
            for (int k = 0; k < n; k++) list.Add(buf[k]);
        }
        return list.ToArray();
    }

    /// <summary>Parser/tokenizer.c get_coding_spec + check_coding_spec for one line (without or with its newline).</summary>
    private static string? CodingSpec(ReadOnlySpan<byte> line, out bool stop)
    {
        stop = false;
        int size = line.Length;
        while (size > 0 && line[size - 1] is (byte)'\n') size--;
        int i = 0;
        for (; i < size - 6; i++)
        {
            if (line[i] == '#') break;
            if (line[i] is not ((byte)' ' or (byte)'\t' or (byte)'\f')) { i = -1; break; }
        }
        if (i >= 0)
        {
            for (; i < size - 6; i++)
            {
                if (!line[i..].StartsWith("coding"u8)) continue;
                int t = i + 6;
                if (line[t] != ':' && line[t] != '=') continue;
                do t++; while (t < line.Length && line[t] is (byte)' ' or (byte)'\t');
                int begin = t;
                while (t < line.Length && (char.IsAsciiLetterOrDigit((char)line[t]) || line[t] is (byte)'-' or (byte)'_' or (byte)'.')) t++;
                if (begin < t)
                    return NormalName(System.Text.Encoding.ASCII.GetString(line[begin..t]));
            }
        }
        // no spec: a line with anything but whitespace and a comment ends the search
        foreach (var b in line)
        {
            if (b is (byte)'#' or (byte)'\n' or (byte)'\r') break;
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\f')) { stop = true; break; }
        }
        return null;
    }

    /// <summary>
    /// <see cref="TranslateNewlines(string)"/> on buffer[0, length) in place (the result is never longer than the
    /// input plus the final newline, for which the buffer has room); returns the new length.
    /// </summary>
    private static int TranslateExecNewlinesInPlace(char[] buffer, int length)
    {
        bool endsWithCrLf = length >= 2 && buffer[length - 2] == '\r' && buffer[length - 1] == '\n';
        int w = length;
        int cr = buffer.AsSpan(0, length).IndexOf('\r');
        if (cr >= 0)
        {
            w = cr;
            for (int i = cr; i < length; i++)
            {
                char c = buffer[i];
                if (c == '\r')
                {
                    buffer[w++] = '\n';
                    if (i + 1 < length && buffer[i + 1] == '\n') i++;
                }
                else buffer[w++] = c;
            }
        }
        if (w == 0 || buffer[w - 1] != '\n' || endsWithCrLf) buffer[w++] = '\n';
        return w;
    }

    private static string TranslateNewlines(string s, bool execInput)
    {
        var t = TranslateNewlines(s);
        // TranslateNewlines(string) appends the exec-input newline; undo it when not wanted.
        if (!execInput && (s.Length == 0 || s[^1] != '\n' || s.EndsWith("\r\n", StringComparison.Ordinal))) t = t[..^1];
        return t;
    }

    // ---- tok_nextc / tok_backup ------------------------------------------------------------------------

    private int NextC()
    {
        if (_cur < _inp) return _text[_cur++];
        if (_inp >= _textEnd)
        {
            if (_readError is not null) throw new TokenizerException(_readError);
            ReachedEndOfInput = true;
            return EOF;
        }
        // tok_underflow_string: the next line becomes current.
        _lineStart = _cur;
        int nl = _text.AsSpan(_cur, _textEnd - _cur).IndexOf('\n');
        _inp = nl < 0 ? _textEnd : _cur + nl + 1;
        _lineno++;
        return _text[_cur++];
    }

    private void Backup(int c)
    {
        if (c != EOF) _cur--;
    }

    // ---- errors --------------------------------------------------------------------------------------------

    private string LineNoNewline(int lineStart)
    {
        int nl = _text.AsSpan(lineStart, _textEnd - lineStart).IndexOf('\n');
        return Shown(_text.Substring(lineStart, nl < 0 ? _textEnd - lineStart : nl));
    }

    private string LineWithNewline(int lineStart)
    {
        int nl = _text.AsSpan(lineStart, _textEnd - lineStart).IndexOf('\n');
        return Shown(_text.Substring(lineStart, nl < 0 ? _textEnd - lineStart : nl + 1));
    }

    /// <summary>SyntaxError.text is the line's bytes decoded with errors='replace'.</summary>
    private string Shown(string line) =>
        _escapedBytes && line.AsSpan().IndexOfAnyInRange('\uDC80', '\uDCFF') >= 0
            ? System.Text.Encoding.UTF8.GetString(RawBytes(line))
            : line;

    /// <summary>Parser/tokenizer.c syntaxerror: offset = characters from the line start to tok->cur.</summary>
    private TokenizerException SyntaxErr(string message)
    {
        int col = Col(_lineStart, _cur);
        return new TokenizerException(new TokenizerError(TokenizerErrorKind.SyntaxError, message, _lineno, col, _lineno, col,
            LineNoNewline(_lineStart)));
    }

    /// <summary>Parser/tokenizer.c syntaxerror_known_range: the given columns are byte offsets, used as they are.</summary>
    private TokenizerException SyntaxErrKnownRange(int colOffset, int endColOffset, string message) =>
        new(new TokenizerError(TokenizerErrorKind.SyntaxError, message, _lineno, colOffset, _lineno, endColOffset,
            LineNoNewline(_lineStart)));

    /// <summary>
    /// pegen_errors.c _Pypegen_tokenizer_error for E_TABSPACE / E_TOODEEP / E_LINECONT: RAISE_ERROR_KNOWN_LOCATION
    /// at (lineno, col + 1) to (lineno, 0), the text being the current line with its newline.
    /// </summary>
    private TokenizerException KnownLocationErr(TokenizerErrorKind kind, string message, int offset) =>
        new(new TokenizerError(kind, message, _lineno, offset, _lineno, 0, LineWithNewline(_lineStart)));

    /// <summary>
    /// pegen's RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR when the last token is the ERRORTOKEN (no position):
    /// offset = tok->cur - line_start (converted to characters), end offset -1.
    /// </summary>
    private TokenizerException AtCurErr(TokenizerErrorKind kind, string message) =>
        new(new TokenizerError(kind, message, _lineno, Col(_lineStart, _cur), _lineno, -1, LineWithNewline(_lineStart)));

    /// <summary>tok->done == E_EOF: pegen raises the unclosed bracket, or "unexpected EOF while parsing".</summary>
    private TokenizerException EofErr()
    {
        _cur = _inp;
        if (_level == 0) return AtCurErr(TokenizerErrorKind.SyntaxError, "unexpected EOF while parsing");
        // pegen_errors.c raise_unclosed_parentheses_error
        int i = _level - 1;
        int line = _parenlinenostack[i];
        int ls = _parenlinestart[i];
        string text = line >= _lineno ? LineWithNewline(ls) : LineNoNewline(ls);
        int offset = CharsInFirstBytes(text, _parencolstack[i] + 1);
        return new TokenizerException(new TokenizerError(TokenizerErrorKind.SyntaxError,
            $"'{_parenstack[i]}' was never closed", line, offset, line, 0, text));
    }

    /// <summary>_PyPegen_byte_offset_to_character_offset.</summary>
    private static int CharsInFirstBytes(string line, int byteOffset)
    {
        int bytes = 0, chars = 0;
        for (int i = 0; i < line.Length && bytes < byteOffset; i++)
        {
            int cp = CharClass.CodePointAt(line, i, line.Length, out int w);
            bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            i += w - 1;
            chars++;
        }
        return chars;
    }

    // ---- tokens ------------------------------------------------------------------------------------------

    private void ParserStep()
    {
        TokenType type;
        int start, end;
        try
        {
            type = TokGet(out start, out end);
        }
        catch (TokenizerException e)
        {
            _pendingError = e.Error;
            return;
        }
        string line = TokenLines ? LineText(_lineStart, _inp) : "";
        switch (type)
        {
            case TokenType.INDENT:
            case TokenType.DEDENT:
            case TokenType.ENDMARKER:
            {
                // CPython gives these no columns (-1); the start holds tok->cur - line_start, which is what pegen
                // substitutes when it reports an error at such a token.
                Cols(_lineStart, _cur, out int c, out int b);
                Push(new Token(type, "", _lineno, c, _lineno, -1, b, -1, line));
                if (type == TokenType.ENDMARKER) _done = true;
                return;
            }
            case TokenType.STRING:
                Emit(type, _text.Substring(start, end - start), _firstLineno, _multiLineStart, start, _lineno, _lineStart, end,
                    _multiLineStart == _lineStart || !TokenLines ? line : _text.Substring(_multiLineStart, _inp - _multiLineStart));
                return;
            case TokenType.NAME:
                Emit(type, Intern(start, end), _lineno, _lineStart, start, _lineno, _lineStart, end, line);
                return;
            case TokenType.ASYNC:
                Emit(type, "async", _lineno, _lineStart, start, _lineno, _lineStart, end, line);
                return;
            case TokenType.AWAIT:
                Emit(type, "await", _lineno, _lineStart, start, _lineno, _lineStart, end, line);
                return;
            case TokenType.NEWLINE:
                Emit(type, end == start ? "" : _text.Substring(start, end - start), _lineno, _lineStart, start, _lineno, _lineStart, end, line);
                return;
            case TokenType.NUMBER:
            case TokenType.OP:
            case TokenType.TYPE_COMMENT:
            case TokenType.TYPE_IGNORE:
                Emit(type, _text.Substring(start, end - start), _lineno, _lineStart, start, _lineno, _lineStart, end, line);
                return;
            default:
                Emit(type, end - start == 2 && type == TokenType.NOTEQUAL && _text[start] == '<' ? "<>" : Operators.TextOf(type),
                    _lineno, _lineStart, start, _lineno, _lineStart, end, line);
                return;
        }
    }

    private static bool IsPotentialIdentifierStart(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or '_' or >= 128;
    private static bool IsPotentialIdentifierChar(int c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' or >= 128;
    private static bool IsDigitC(int c) => c is >= '0' and <= '9';
    private static bool IsXDigitC(int c) => c is >= '0' and <= '9' or >= 'a' and <= 'f' or >= 'A' and <= 'F';

    /// <summary>Parser/tokenizer.c tok_get.</summary>
    private TokenType TokGet(out int pStart, out int pEnd)
    {
        pStart = pEnd = -1;
        int c;
    nextline:
        bool blankline = false;
        if (_atbol)
        {
            // Get indentation level
            int col = 0, altcol = 0, contLineCol = 0;
            _atbol = false;
            for (;;)
            {
                c = NextC();
                if (c == ' ') { col++; altcol++; }
                else if (c == '\t') { col = (col / 8 + 1) * 8; altcol = altcol + 1; }
                else if (c == '\f') { col = altcol = 0; }
                else if (c == '\\')
                {
                    // 3.11.7: indentation is not split over physical lines; the first backslash fixes it.
                    contLineCol = contLineCol != 0 ? contLineCol : col;
                    c = ContinuationLine();
                }
                else break;
            }
            Backup(c);
            if (c == '#' || c == '\n') blankline = true; // lines with only whitespace and/or a comment
            if (!blankline && _level == 0)
            {
                if (contLineCol != 0) { col = contLineCol; altcol = contLineCol; }
                if (col == _indstack[_indent])
                {
                    if (altcol != _altindstack[_indent]) throw TabErr();
                }
                else if (col > _indstack[_indent])
                {
                    // Indent -- always one
                    if (_indent + 1 >= MaxIndent)
                    {
                        _cur = _inp;
                        throw KnownLocationErr(TokenizerErrorKind.IndentationError, "too many levels of indentation", 1);
                    }
                    if (altcol <= _altindstack[_indent]) throw TabErr();
                    _pendin++;
                    _indstack[++_indent] = col;
                    _altindstack[_indent] = altcol;
                }
                else
                {
                    // Dedent -- any number, must be consistent
                    while (_indent > 0 && col < _indstack[_indent])
                    {
                        _pendin--;
                        _indent--;
                    }
                    if (col != _indstack[_indent])
                    {
                        _cur = _inp;
                        throw AtCurErr(TokenizerErrorKind.IndentationError, "unindent does not match any outer indentation level");
                    }
                    if (altcol != _altindstack[_indent]) throw TabErr();
                }
            }
        }

        _tokStart = _cur;
        // Return pending indents/dedents
        if (_pendin != 0)
        {
            if (_pendin < 0) { _pendin++; return TokenType.DEDENT; }
            _pendin--;
            return TokenType.INDENT;
        }

    again:
        // Skip spaces
        do c = NextC(); while (c == ' ' || c == '\t' || c == '\f');
        _tokStart = _cur - 1;

        // Skip comment, unless it's a type comment
        if (c == '#')
        {
            while (c != EOF && c != '\n') c = NextC();
            if (TypeComments && TypeComment(c, blankline, out var kind, out pStart, out pEnd)) return kind;
        }

        if (c == EOF)
        {
            if (_level > 0) throw EofErr();
            _tokStart = _cur;
            return TokenType.ENDMARKER;
        }

        // Identifier (most frequent token!)
        bool nonascii = false;
        if (IsPotentialIdentifierStart(c))
        {
            // Process the various legal combinations of b"", r"", u"", and f"".
            bool sawB = false, sawR = false, sawU = false, sawF = false;
            while (true)
            {
                if (!(sawB || sawU || sawF) && (c == 'b' || c == 'B')) sawB = true;
                else if (!(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U')) sawU = true;
                else if (!(sawR || sawU) && (c == 'r' || c == 'R')) sawR = true;
                else if (!(sawF || sawB || sawU) && (c == 'f' || c == 'F')) sawF = true;
                else break;
                c = NextC();
                if (c == '"' || c == '\'') return StringLiteral(c, out pStart, out pEnd);
            }
            while (IsPotentialIdentifierChar(c))
            {
                if (c >= 128) nonascii = true;
                c = NextC();
            }
            Backup(c);
            if (nonascii) VerifyIdentifier();
            pStart = _tokStart;
            pEnd = _cur;
            if (pEnd - pStart == 5 && _text[pStart] == 'a')
            {
                // async_hacks is off for 3.7+: the keywords are always ASYNC/AWAIT tokens.
                var span = _text.AsSpan(pStart, 5);
                if (span.SequenceEqual("async")) return TokenType.ASYNC;
                if (span.SequenceEqual("await")) return TokenType.AWAIT;
            }
            return TokenType.NAME;
        }

        // Newline
        if (c == '\n')
        {
            _atbol = true;
            if (blankline || _level > 0) goto nextline;
            pStart = _tokStart;
            pEnd = _cur - 1; // Leave '\n' out of the string
            _contLine = false;
            return TokenType.NEWLINE;
        }

        // Period or number starting with period?
        if (c == '.')
        {
            c = NextC();
            if (IsDigitC(c)) return Fraction(c, out pStart, out pEnd);
            if (c == '.')
            {
                c = NextC();
                if (c == '.')
                {
                    pStart = _tokStart;
                    pEnd = _cur;
                    return TokenType.ELLIPSIS;
                }
                Backup(c);
                Backup('.');
            }
            else Backup(c);
            pStart = _tokStart;
            pEnd = _cur;
            return TokenType.DOT;
        }

        // Number
        if (IsDigitC(c)) return NumberLiteral(c, out pStart, out pEnd);

        // String
        if (c == '\'' || c == '"') return StringLiteral(c, out pStart, out pEnd);

        // Line continuation
        if (c == '\\')
        {
            ContinuationLine();
            _contLine = true;
            goto again; // Read next line
        }

        // Check for two-character token
        {
            int c2 = NextC();
            var token = c2 == EOF ? TokenType.OP : Operators.TwoChars((char)c, (char)c2);
            if (token != TokenType.OP)
            {
                int c3 = NextC();
                var token3 = c3 == EOF ? TokenType.OP : Operators.ThreeChars((char)c, (char)c2, (char)c3);
                if (token3 != TokenType.OP) token = token3;
                else Backup(c3);
                pStart = _tokStart;
                pEnd = _cur;
                return token;
            }
            Backup(c2);
        }

        // Keep track of parentheses nesting level
        switch (c)
        {
            case '(':
            case '[':
            case '{':
                if (_level >= MaxLevel) throw SyntaxErr("too many nested parentheses");
                _parenstack[_level] = (char)c;
                _parenlinenostack[_level] = _lineno;
                _parencolstack[_level] = ByteCol(_lineStart, _tokStart);
                _parenlinestart[_level] = _lineStart;
                _level++;
                break;
            case ')':
            case ']':
            case '}':
                if (_level == 0) throw SyntaxErr($"unmatched '{(char)c}'");
                _level--;
                char opening = _parenstack[_level];
                if (!((opening == '(' && c == ')') || (opening == '[' && c == ']') || (opening == '{' && c == '}')))
                {
                    if (_parenlinenostack[_level] != _lineno)
                        throw SyntaxErr($"closing parenthesis '{(char)c}' does not match opening parenthesis '{opening}' on line {_parenlinenostack[_level]}");
                    throw SyntaxErr($"closing parenthesis '{(char)c}' does not match opening parenthesis '{opening}'");
                }
                break;
        }

        if (!CharClass.IsPrintable(c))
            throw SyntaxErr($"invalid non-printable character U+{c:X4}");

        // Punctuation character
        pStart = _tokStart;
        pEnd = _cur;
        return Operators.OneChar((char)c);
    }

    /// <summary>
    /// With PyCF_TYPE_COMMENTS (ast.parse(type_comments=True)), comments starting "# type: " are TYPE_COMMENT
    /// tokens, and "# type: ignore..." TYPE_IGNORE tokens (Parser/tokenizer.c tok_get, type_comment_prefix).
    /// Set before the first Next().
    /// </summary>
    public bool TypeComments { get; set; }

    /// <summary>
    /// Whether parser-view tokens carry their physical line (<see cref="Token.Line"/>); false gives them "". The
    /// parser never reads it (its errors take lines from the source), and a string per line was a good part of
    /// what tokenizing for compile() allocated.
    /// </summary>
    public bool TokenLines { get; set; } = true;

    private bool TypeComment(int c, bool blankline, out TokenType kind, out int pStart, out int pEnd)
    {
        kind = TokenType.TYPE_COMMENT;
        pStart = pEnd = -1;
        const string prefix = "# type: "; // spaces in it stand for "zero or more spaces or tabs"
        int p = _tokStart, k = 0;
        while (k < prefix.Length && p < _cur)
        {
            if (prefix[k] == ' ')
            {
                while (p < _textEnd && _text[p] is ' ' or '\t') p++;
            }
            else if (prefix[k] == _text[p]) p++;
            else break;
            k++;
        }
        if (k < prefix.Length) return false;
        Backup(c); // don't eat the newline or EOF
        int ignoreEnd = p + 6;
        bool isIgnore = _cur >= ignoreEnd && _text.AsSpan(p).StartsWith("ignore")
            && !(_cur > ignoreEnd && (_text[ignoreEnd] >= 128 || char.IsAsciiLetterOrDigit(_text[ignoreEnd])));
        if (isIgnore)
        {
            kind = TokenType.TYPE_IGNORE;
            pStart = ignoreEnd;
            pEnd = _cur;
            // If this type ignore is the only thing on the line, consume the newline also.
            if (blankline)
            {
                NextC();
                _atbol = true;
            }
            return true;
        }
        pStart = p;
        pEnd = _cur;
        return true;
    }

    private TokenizerException TabErr()
    {
        // indenterror: tok->done = E_TABSPACE, tok->cur = tok->inp
        _cur = _inp;
        return KnownLocationErr(TokenizerErrorKind.TabError, "inconsistent use of tabs and spaces in indentation", 1);
    }

    /// <summary>tok_continuation_line: after a backslash, a newline must follow, and then not EOF.</summary>
    private int ContinuationLine()
    {
        int c = NextC();
        if (c != '\n')
        {
            // E_LINECONT: pegen reports col_offset = cur - buf - 1, plus one.
            throw KnownLocationErr(TokenizerErrorKind.SyntaxError, "unexpected character after line continuation character",
                Col(_lineStart, _cur));
        }
        c = NextC();
        if (c == EOF) throw EofErr();
        Backup(c);
        return c;
    }

    /// <summary>verify_identifier: PEP 3131 check of an identifier that has non-ASCII characters.</summary>
    private void VerifyIdentifier()
    {
        int start = _tokStart, end = _cur;
        if (_escapedBytes && _text.AsSpan(start, end - start).IndexOfAnyInRange('\uDC80', '\uDCFF') >= 0)
        {
            // PyUnicode_DecodeUTF8 fails: E_DECODE, which pegen reports as "(unicode error) ..." at tok->cur.
            var raw = RawBytes(_text.AsSpan(start, end - start));
            int at = PythonCodecs.FindInvalidUtf8(raw, out int badLen, out string reason);
            var msg = PythonCodecs.DecodeErrorMessage("utf-8", raw, at, badLen, reason);
            throw new TokenizerException(new TokenizerError(TokenizerErrorKind.SyntaxError, "(unicode error) " + msg,
                _lineno, Col(_lineStart, _cur), _lineno, -1, LineWithNewline(_lineStart)));
        }
        int i = start, index = 0;
        int bad = -1, badCp = 0;
        while (i < end)
        {
            int cp = CharClass.CodePointAt(_text, i, end, out int w);
            bool ok = index == 0 ? CharClass.IsIdentifierStart(cp) : CharClass.IsIdentifierContinue(cp);
            if (!ok) { bad = i; badCp = cp; break; }
            i += w;
            index++;
        }
        if (bad < 0) return;
        CharClass.CodePointAt(_text, bad, end, out int bw);
        if (bad + bw < end) _cur = bad + bw;
        var hex = badCp.ToString("X4");
        if (CharClass.IsPrintable(badCp))
            throw SyntaxErr($"invalid character '{char.ConvertFromUtf32(badCp)}' (U+{hex})");
        throw SyntaxErr($"invalid non-printable character U+{hex}");
    }

    // ---- numbers (tok_get's Number section, with 3.11's verify_end_of_number) ------------------------------

    private int DecimalTail()
    {
        int c;
        while (true)
        {
            do c = NextC(); while (IsDigitC(c));
            if (c != '_') break;
            c = NextC();
            if (!IsDigitC(c))
            {
                Backup(c);
                throw SyntaxErr("invalid decimal literal");
            }
        }
        return c;
    }

    /// <summary>lookahead: the rest of a keyword follows and then no identifier character.</summary>
    private bool Lookahead(string test)
    {
        int s = 0;
        bool res = false;
        while (true)
        {
            int c = NextC();
            if (s == test.Length) res = !IsPotentialIdentifierChar(c);
            else if (c == test[s]) { s++; continue; }
            Backup(c);
            while (s > 0) { s--; Backup(test[s]); }
            return res;
        }
    }

    /// <summary>verify_end_of_number: a number may be followed by a keyword (with a warning) but no other identifier.</summary>
    private void VerifyEndOfNumber(int c, string kind)
    {
        bool r = false;
        if (c == 'a') r = Lookahead("nd");
        else if (c == 'e') r = Lookahead("lse");
        else if (c == 'f') r = Lookahead("or");
        else if (c == 'i')
        {
            int c2 = NextC();
            if (c2 == 'f' || c2 == 'n' || c2 == 's') r = true;
            Backup(c2);
        }
        else if (c == 'o') r = Lookahead("r");
        else if (c == 'n') r = Lookahead("ot");
        if (r)
        {
            Backup(c);
            var message = $"invalid {kind} literal";
            Warnings.Add((message, SyntaxErr(message).Error));
            NextC();
        }
        else if (c < 128 && IsPotentialIdentifierChar(c))
        {
            Backup(c);
            throw SyntaxErr($"invalid {kind} literal");
        }
    }

    private TokenType NumberEnd(int c, out int pStart, out int pEnd)
    {
        Backup(c);
        pStart = _tokStart;
        pEnd = _cur;
        return TokenType.NUMBER;
    }

    private TokenType NumberLiteral(int c, out int pStart, out int pEnd)
    {
        if (c == '0')
        {
            // Hex, octal or binary -- maybe.
            c = NextC();
            if (c == 'x' || c == 'X')
            {
                c = NextC();
                do
                {
                    if (c == '_') c = NextC();
                    if (!IsXDigitC(c))
                    {
                        Backup(c);
                        throw SyntaxErr("invalid hexadecimal literal");
                    }
                    do c = NextC(); while (IsXDigitC(c));
                } while (c == '_');
                VerifyEndOfNumber(c, "hexadecimal");
                return NumberEnd(c, out pStart, out pEnd);
            }
            if (c == 'o' || c == 'O')
            {
                c = NextC();
                do
                {
                    if (c == '_') c = NextC();
                    if (c < '0' || c >= '8')
                    {
                        if (IsDigitC(c)) throw SyntaxErr($"invalid digit '{(char)c}' in octal literal");
                        Backup(c);
                        throw SyntaxErr("invalid octal literal");
                    }
                    do c = NextC(); while (c >= '0' && c < '8');
                } while (c == '_');
                if (IsDigitC(c)) throw SyntaxErr($"invalid digit '{(char)c}' in octal literal");
                VerifyEndOfNumber(c, "octal");
                return NumberEnd(c, out pStart, out pEnd);
            }
            if (c == 'b' || c == 'B')
            {
                c = NextC();
                do
                {
                    if (c == '_') c = NextC();
                    if (c != '0' && c != '1')
                    {
                        if (IsDigitC(c)) throw SyntaxErr($"invalid digit '{(char)c}' in binary literal");
                        Backup(c);
                        throw SyntaxErr("invalid binary literal");
                    }
                    do c = NextC(); while (c == '0' || c == '1');
                } while (c == '_');
                if (IsDigitC(c)) throw SyntaxErr($"invalid digit '{(char)c}' in binary literal");
                VerifyEndOfNumber(c, "binary");
                return NumberEnd(c, out pStart, out pEnd);
            }
            bool nonzero = false;
            // maybe old-style octal; in any case, allow '0' as a literal
            while (true)
            {
                if (c == '_')
                {
                    c = NextC();
                    if (!IsDigitC(c))
                    {
                        Backup(c);
                        throw SyntaxErr("invalid decimal literal");
                    }
                }
                if (c != '0') break;
                c = NextC();
            }
            int zerosEnd = _cur;
            if (IsDigitC(c))
            {
                nonzero = true;
                c = DecimalTail();
            }
            if (c == '.') return Fraction(NextC(), out pStart, out pEnd);
            if (c == 'e' || c == 'E') return Exponent(c, out pStart, out pEnd);
            if (c == 'j' || c == 'J') return Imaginary(out pStart, out pEnd);
            if (nonzero)
            {
                // Old-style octal: now disallowed.
                Backup(c);
                throw SyntaxErrKnownRange(ByteCol(_lineStart, _tokStart) + 1, ByteCol(_lineStart, zerosEnd),
                    "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers");
            }
            VerifyEndOfNumber(c, "decimal");
            return NumberEnd(c, out pStart, out pEnd);
        }
        // Decimal
        c = DecimalTail();
        if (c == '.') return Fraction(NextC(), out pStart, out pEnd);
        return AfterFraction(c, out pStart, out pEnd);
    }

    private TokenType Fraction(int c, out int pStart, out int pEnd)
    {
        if (IsDigitC(c)) c = DecimalTail();
        return AfterFraction(c, out pStart, out pEnd);
    }

    private TokenType AfterFraction(int c, out int pStart, out int pEnd)
    {
        if (c == 'e' || c == 'E') return Exponent(c, out pStart, out pEnd);
        if (c == 'j' || c == 'J') return Imaginary(out pStart, out pEnd);
        VerifyEndOfNumber(c, "decimal");
        return NumberEnd(c, out pStart, out pEnd);
    }

    private TokenType Exponent(int e, out int pStart, out int pEnd)
    {
        int c = NextC();
        if (c == '+' || c == '-')
        {
            c = NextC();
            if (!IsDigitC(c))
            {
                Backup(c);
                throw SyntaxErr("invalid decimal literal");
            }
        }
        else if (!IsDigitC(c))
        {
            Backup(c);
            VerifyEndOfNumber(e, "decimal");
            Backup(e);
            pStart = _tokStart;
            pEnd = _cur;
            return TokenType.NUMBER;
        }
        c = DecimalTail();
        if (c == 'j' || c == 'J') return Imaginary(out pStart, out pEnd);
        VerifyEndOfNumber(c, "decimal");
        return NumberEnd(c, out pStart, out pEnd);
    }

    private TokenType Imaginary(out int pStart, out int pEnd)
    {
        int c = NextC();
        VerifyEndOfNumber(c, "imaginary");
        return NumberEnd(c, out pStart, out pEnd);
    }

    // ---- strings -------------------------------------------------------------------------------------------

    private TokenType StringLiteral(int quote, out int pStart, out int pEnd)
    {
        int quoteSize = 1, endQuoteSize = 0;
        // STRING tokens, especially multi-line ones, take their start from the first line (issue 16806).
        _firstLineno = _lineno;
        _multiLineStart = _lineStart;
        int c = NextC();
        if (c == quote)
        {
            c = NextC();
            if (c == quote) quoteSize = 3;
            else endQuoteSize = 1; // empty string found
        }
        if (c != quote) Backup(c);
        while (endQuoteSize != quoteSize)
        {
            c = NextC();
            if (c == EOF || (quoteSize == 1 && c == '\n'))
            {
                // report from the opening quote
                int detected = _lineno;
                _cur = _tokStart + 1;
                _lineStart = _multiLineStart;
                _lineno = _firstLineno;
                throw SyntaxErr(quoteSize == 3
                    ? $"unterminated triple-quoted string literal (detected at line {detected})"
                    : $"unterminated string literal (detected at line {detected})");
            }
            if (c == quote) endQuoteSize++;
            else
            {
                endQuoteSize = 0;
                if (c == '\\') NextC(); // skip escaped char
            }
        }
        pStart = _tokStart;
        pEnd = _cur;
        return TokenType.STRING;
    }
}
