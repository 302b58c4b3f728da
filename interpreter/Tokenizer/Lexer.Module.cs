namespace Pyref.Tokenizer;

// The tokenize-module view: Lib/tokenize.py _tokenize of CPython 3.11, one physical line per step.
// tokenize.py is a regex tokenizer; the scanners below reproduce what its regular expressions match
// (PseudoToken, ContStr, the endpats tails), alternative by alternative, without using regexes.
public sealed partial class Lexer
{
    // Locals of _tokenize.
    private int _lnum, _parenlev;
    private bool _continued;
    private readonly List<int> _indents = new();

    // contstr state: the string started at _strPos on line _strLine (which starts at _strLineStart).
    private bool _inStr, _needCont, _triple;
    private char _quote;
    private int _strPos, _strLine, _strLineStart;

    // `line` and `last_line`.
    private int _curLs, _curLe, _lastLs, _lastLe;

    private void ModuleInit()
    {
        _indents.Add(0);
        if (Encoding is not null)
            Push(new Token(TokenType.ENCODING, Encoding, 0, 0, 0, 0, 0, 0, ""));
    }

    private void Fail(TokenizerErrorKind kind, string message, int line, int column, string? text = null) =>
        _pendingError = new TokenizerError(kind, message, line, column, Text: text);

    /// <summary>One turn of _tokenize's `while True` loop: reads a line and queues its tokens.</summary>
    private void ModuleStep()
    {
        _lastLs = _curLs;
        _lastLe = _curLe;
        bool got;
        int ls, le;
        try
        {
            got = ReadLine(out ls, out le);
        }
        catch (TokenizerException e)
        {
            _pendingError = e.Error;
            return;
        }
        _curLs = ls;
        _curLe = le;
        _lnum++;
        int pos = ls, max = le;

        if (_inStr)
        {
            // continued string
            if (!got)
            {
                Fail(TokenizerErrorKind.TokenError, "EOF in multi-line string", _strLine, Col(_strLineStart, _strPos));
                return;
            }
            int end = _triple ? MatchTripleTail(ls, max, _quote) : MatchSingleTail(ls, max, _quote);
            if (end >= 0)
            {
                pos = end;
                Emit(TokenType.STRING, _text.Substring(_strPos, end - _strPos), _strLine, _strLineStart, _strPos,
                    _lnum, ls, end, _text.Substring(_strLineStart, le - _strLineStart));
                _inStr = false;
                _needCont = false;
            }
            else if (_needCont && !EndsWithBackslashNewline(ls, le))
            {
                Emit(TokenType.ERRORTOKEN, _text.Substring(_strPos, le - _strPos), _strLine, _strLineStart, _strPos,
                    _lnum, ls, le, _text.Substring(_strLineStart, ls - _strLineStart));
                _inStr = false;
                return;
            }
            else
            {
                return;
            }
        }
        else if (_parenlev == 0 && !_continued)
        {
            // new statement
            if (!got) { ModuleFinish(); return; }
            int column = 0;
            while (pos < max)
            {
                char ch = _text[pos];
                if (ch == ' ') column++;
                else if (ch == '\t') column = (column / 8 + 1) * 8;
                else if (ch == '\f') column = 0;
                else break;
                pos++;
            }
            if (pos == max) { ModuleFinish(); return; }

            char c = _text[pos];
            if (c is '#' or '\r' or '\n')
            {
                // comment or blank line
                var line = LineText(ls, le);
                if (c == '#')
                {
                    int ce = le;
                    while (ce > pos && _text[ce - 1] is '\r' or '\n') ce--;
                    Emit(TokenType.COMMENT, _text.Substring(pos, ce - pos), _lnum, ls, pos, _lnum, ls, ce, line);
                    pos = ce;
                }
                Emit(TokenType.NL, NewlineText(pos, le), _lnum, ls, pos, _lnum, ls, le, line);
                return;
            }

            if (column > _indents[^1])
            {
                _indents.Add(column);
                Emit(TokenType.INDENT, _text.Substring(ls, pos - ls), _lnum, ls, ls, _lnum, ls, pos, LineText(ls, le));
            }
            while (column < _indents[^1])
            {
                // `column not in indents`: the stack is strictly increasing, so a binary search keeps thousands
                // of levels linear-ish where tokenize.py is quadratic.
                if (_indents.BinarySearch(column) < 0)
                {
                    Fail(TokenizerErrorKind.IndentationError, "unindent does not match any outer indentation level",
                        _lnum, Col(ls, pos), LineText(ls, le));
                    return;
                }
                _indents.RemoveAt(_indents.Count - 1);
                Emit(TokenType.DEDENT, "", _lnum, ls, pos, _lnum, ls, pos, LineText(ls, le));
            }
        }
        else
        {
            // continued statement
            if (!got)
            {
                Fail(TokenizerErrorKind.TokenError, "EOF in multi-line statement", _lnum, 0);
                return;
            }
            _continued = false;
        }

        ModuleScanLine(pos, ls, max);
    }

    private string NewlineText(int from, int to)
    {
        int n = to - from;
        if (n == 0) return "";
        if (n == 1 && _text[from] == '\n') return "\n";
        if (n == 2 && _text[from] == '\r' && _text[from + 1] == '\n') return "\r\n";
        return _text.Substring(from, n);
    }

    private bool EndsWithBackslashNewline(int ls, int le) =>
        (le - ls >= 2 && _text[le - 1] == '\n' && _text[le - 2] == '\\')
        || (le - ls >= 3 && _text[le - 1] == '\n' && _text[le - 2] == '\r' && _text[le - 3] == '\\');

    /// <summary>The inner `while pos &lt; max` loop: PseudoToken matches and what _tokenize does with each.</summary>
    private void ModuleScanLine(int pos, int ls, int max)
    {
        string? line = null;
        while (pos < max)
        {
            int p = pos;
            char c;
            while (p < max && ((c = _text[p]) == ' ' || c == '\t' || c == '\f')) p++;
            if (p == max) break; // \Z: an empty match, so `continue` ends the loop
            c = _text[p];
            int start = p;
            line ??= LineText(ls, max);

            if (CharClass.IsPlainNameStart(c))
            {
                // The most common token: no other alternative of PseudoToken can match here, and an ASCII
                // letter or '_' is an identifier start, so EmitName's check is known to pass.
                int e = p + 1;
                char d;
                while (e < max && ((d = _text[e]) < 128 ? CharClass.IsAsciiWord(d) : IsWordAt(e, max, out _))) e += d < 128 ? 1 : WordWidth(e, max);
                Emit(TokenType.NAME, Intern(p, e), _lnum, ls, p, _lnum, ls, e, line);
                pos = e;
                continue;
            }
            if (c == '\\')
            {
                // PseudoExtras \\\r?\n: a continued statement
                if (p + 1 < max && _text[p + 1] == '\n') { _continued = true; pos = p + 2; continue; }
                if (p + 2 < max && _text[p + 1] == '\r' && _text[p + 2] == '\n') { _continued = true; pos = p + 3; continue; }
            }
            else if (c == '#')
            {
                int e = p + 1;
                while (e < max && _text[e] != '\r' && _text[e] != '\n') e++;
                Emit(TokenType.COMMENT, _text.Substring(p, e - p), _lnum, ls, p, _lnum, ls, e, line);
                pos = e;
                continue;
            }
            else if (CharClass.IsDigit(c) || (c == '.' && p + 1 < max && CharClass.IsDigit(_text[p + 1])))
            {
                int e = MatchNumber(p, max);
                Emit(TokenType.NUMBER, _text.Substring(p, e - p), _lnum, ls, p, _lnum, ls, e, line);
                pos = e;
                continue;
            }
            else if (c == '\n' || (c == '\r' && p + 1 < max && _text[p + 1] == '\n'))
            {
                int e = c == '\n' ? p + 1 : p + 2;
                Emit(_parenlev > 0 ? TokenType.NL : TokenType.NEWLINE, c == '\n' ? "\n" : "\r\n", _lnum, ls, p, _lnum, ls, e, line);
                pos = e;
                continue;
            }
            else
            {
                int q = StringPrefixEnd(p, max);
                if (q >= 0)
                {
                    char quote = _text[q];
                    if (q + 2 < max && _text[q + 1] == quote && _text[q + 2] == quote)
                    {
                        // Triple: look for the end on this line, else start a contstr
                        int e = MatchTripleTail(q + 3, max, quote);
                        if (e >= 0)
                        {
                            Emit(TokenType.STRING, _text.Substring(p, e - p), _lnum, ls, p, _lnum, ls, e, line);
                            pos = e;
                            continue;
                        }
                        // tokenize.py leaves needcont as it was here: after a continued single-quoted string
                        // that ended in an ERRORTOKEN it is still set, and then applies to this string too.
                        StartContStr(p, ls, quote, triple: true, needCont: _needCont);
                        return;
                    }
                    int se = MatchContStr(q + 1, max, quote, out bool cont);
                    if (se >= 0)
                    {
                        if (cont)
                        {
                            StartContStr(p, ls, quote, triple: false, needCont: true);
                            return;
                        }
                        Emit(TokenType.STRING, _text.Substring(p, se - p), _lnum, ls, p, _lnum, ls, se, line);
                        pos = se;
                        continue;
                    }
                    // no string: fall through to Name (a prefix letter) or to no match (a bare quote)
                }
                if (c < 128)
                {
                    if (CharClass.IsAsciiWord(c))
                    {
                        int e = p + 1;
                        char d;
                        while (e < max && ((d = _text[e]) < 128 ? CharClass.IsAsciiWord(d) : IsWordAt(e, max, out _))) e += d < 128 ? 1 : WordWidth(e, max);
                        EmitName(p, e, ls, line);
                        pos = e;
                        continue;
                    }
                    var op = Operators.Match(_text, p, max, out int len);
                    if (len > 0)
                    {
                        if (c is '(' or '[' or '{') _parenlev++;
                        else if (c is ')' or ']' or '}') _parenlev--;
                        Emit(op, Operators.TextOf(op), _lnum, ls, p, _lnum, ls, p + len, line);
                        pos = p + len;
                        continue;
                    }
                }
                else if (IsWordAt(p, max, out int w0))
                {
                    int e = p + w0;
                    while (e < max && IsWordAt(e, max, out int w)) e += w;
                    EmitName(p, e, ls, line);
                    pos = e;
                    continue;
                }
            }
            // No alternative matched: ERRORTOKEN for the one character at pos (before any whitespace).
            CharClass.CodePointAt(_text, pos, max, out int width);
            Emit(TokenType.ERRORTOKEN, width == 1 && _text[pos] == ' ' ? " " : _text.Substring(pos, width), _lnum, ls, pos, _lnum, ls, pos + width, line);
            pos += width;
        }
    }

    private int WordWidth(int i, int max)
    {
        CharClass.CodePointAt(_text, i, max, out int w);
        return w;
    }

    private bool IsWordAt(int i, int max, out int width)
    {
        char c = _text[i];
        if (c < 128) { width = 1; return CharClass.IsAsciiWord(c); }
        int cp = CharClass.CodePointAt(_text, i, max, out width);
        return CharClass.IsWord(cp);
    }

    private void EmitName(int p, int e, int ls, string line)
    {
        // \w+ matched; _tokenize calls it a NAME only if its first character may start an identifier.
        int cp = CharClass.CodePointAt(_text, p, e, out _);
        if (CharClass.IsIdentifierStart(cp))
            Emit(TokenType.NAME, Intern(p, e), _lnum, ls, p, _lnum, ls, e, line);
        else
            Emit(TokenType.OP, _text.Substring(p, e - p), _lnum, ls, p, _lnum, ls, e, line);
    }

    private void StartContStr(int p, int ls, char quote, bool triple, bool needCont)
    {
        _inStr = true;
        _triple = triple;
        _needCont = needCont;
        _quote = quote;
        _strPos = p;
        _strLine = _lnum;
        _strLineStart = ls;
    }

    /// <summary>ModuleFinish: the implicit NEWLINE, the remaining DEDENTs and ENDMARKER.</summary>
    private void ModuleFinish()
    {
        if (_lastLe > _lastLs)
        {
            char lastChar = _text[_lastLe - 1];
            if (lastChar != '\r' && lastChar != '\n' && !StrippedStartsWithHash(_lastLs, _lastLe))
            {
                Cols(_lastLs, _lastLe, out int len, out int blen);
                Push(new Token(TokenType.NEWLINE, "", _lnum - 1, len, _lnum - 1, len + 1, blen, blen + 1, ""));
            }
        }
        for (int i = 1; i < _indents.Count; i++)
            Push(new Token(TokenType.DEDENT, "", _lnum, 0, _lnum, 0, 0, 0, ""));
        Push(new Token(TokenType.ENDMARKER, "", _lnum, 0, _lnum, 0, 0, 0, ""));
        _done = true;
    }

    private bool StrippedStartsWithHash(int from, int to)
    {
        for (int i = from; i < to;)
        {
            int cp = CharClass.CodePointAt(_text, i, to, out int w);
            if (!CharClass.IsPySpace(cp)) return cp == '#';
            i += w;
        }
        return false;
    }
}
