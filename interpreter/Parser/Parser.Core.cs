using System.Runtime.CompilerServices;
using Pyref.Parser.Ast;
using Pyref.Tokenizer;

namespace Pyref.Parser;

/// <summary>What compile() calls the start rule (Parser/pegen.h: Py_file_input ...).</summary>
public enum ParseMode { Exec, Eval, Single, FuncType, FString }

/// <summary>
/// A hand-written PEG parser mirroring CPython 3.11's Grammar/python.gram rule by rule, with
/// CPython's two passes (Parser/pegen.c _PyPegen_run_parser): the first without invalid_* rules,
/// and, on failure, a second one with them so that the specialised messages come out.
/// This file: token access, memoisation, positions, the depth guard.
/// </summary>
internal sealed partial class PegParser
{
    // Parser/pegen.c MAXSTACK: deeper rule nesting makes CPython 3.11 raise MemoryError.
    private const int MaxStack = 6000;

    private readonly ITokenSource _source;
    private readonly List<Token> _tokens = new(1024);
    private readonly List<int> _levels = new(1024);
    private int _depth;
    private bool _sourceDone;
    private int _mark;
    private int _level;
    private bool _callInvalidRules;
    private readonly Dictionary<long, MemoEntry> _memo = new();
    private readonly ParseMode _mode;
    private readonly string _filename;
    private readonly PythonVersion _target;
    private readonly SourceText _text;
    /// <summary>Position shift for f-string replacement fields (string_parser.c fstring_compile_expr).</summary>
    private readonly int _startingLineno, _startingColOffset;
    /// <summary>Type comments on (PyCF_TYPE_COMMENTS); off by default as in ast.parse.</summary>
    internal bool TypeComments { get; init; }

    private readonly record struct MemoEntry(object? Value, int EndMark);

    public PegParser(ITokenSource source, ParseMode mode, string filename, PythonVersion target, SourceText text,
        int startingLineno = 0, int startingColOffset = 0)
    {
        _source = source; _mode = mode; _filename = filename; _target = target; _text = text;
        _startingLineno = startingLineno; _startingColOffset = startingColOffset;
    }

    // ---------------------------------------------------------------- tokens

    private Token Tok(int i)
    {
        while (i >= _tokens.Count) Fill();
        return _tokens[i];
    }

    private void Fill()
    {
        if (_sourceDone) { _tokens.Add(_tokens[^1]); _levels.Add(_levels[^1]); return; }
        Token t;
        try
        {
            t = _source.Next();
        }
        catch (TokenizerException e)
        {
            throw new ParseAbort(FromTokenizerError(e.Error));
        }
        if (t.Type == TokenType.ENDMARKER) _sourceDone = true;
        // Token.level of the C tokenizer: bracket depth after this token.
        switch (t.Type)
        {
            case TokenType.LPAR: case TokenType.LSQB: case TokenType.LBRACE: _depth++; break;
            case TokenType.RPAR: case TokenType.RSQB: case TokenType.RBRACE: if (_depth > 0) _depth--; break;
        }
        _tokens.Add(t);
        _levels.Add(_depth + (_mode == ParseMode.FString ? 0 : 0));
    }

    private Token Cur
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _mark < _tokens.Count ? _tokens[_mark] : Tok(_mark);
    }

    private TokenType CurType => Cur.Type;

    /// <summary>The furthest token fetched so far (p->tokens[p->fill-1]).</summary>
    private Token LastFilled => _tokens.Count > 0 ? _tokens[^1] : Tok(0);

    private Token? Expect(TokenType type)
    {
        var t = Cur;
        if (t.Type != type) return null;
        _mark++;
        return t;
    }

    private bool Accept(TokenType type)
    {
        if (Cur.Type != type) return false;
        _mark++;
        return true;
    }

    private bool Check(TokenType type) => Cur.Type == type;
    private bool CheckAt(int offset, TokenType type) => Tok(_mark + offset).Type == type;

    internal static readonly HashSet<string> HardKeywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
        "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in",
        "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    private bool IsKeyword(Token t, string kw) =>
        (t.Type == TokenType.NAME || t.Type == TokenType.ASYNC || t.Type == TokenType.AWAIT) && string.Equals(t.Text, kw, StringComparison.Ordinal);

    private bool CheckKeyword(string kw) => IsKeyword(Cur, kw);

    private Token? Keyword(string kw)
    {
        var t = Cur;
        if (!IsKeyword(t, kw)) return null;
        _mark++;
        return t;
    }

    private bool AcceptKeyword(string kw)
    {
        if (!IsKeyword(Cur, kw)) return false;
        _mark++;
        return true;
    }

    /// <summary>Soft keywords (match, case, _) are NAME tokens with that text.</summary>
    private Token? SoftKeyword(string kw)
    {
        var t = Cur;
        if (t.Type != TokenType.NAME || !string.Equals(t.Text, kw, StringComparison.Ordinal)) return null;
        _mark++;
        return t;
    }

    /// <summary>python.gram NAME: a NAME token that is not a hard keyword.</summary>
    private Token? NameToken()
    {
        var t = Cur;
        if (t.Type != TokenType.NAME || HardKeywords.Contains(t.Text)) return null;
        _mark++;
        return t;
    }

    private Name? NameExpr()
    {
        var t = NameToken();
        if (t is null) return null;
        var (l, c, el, ec) = TokPos(t.Value);
        return new Name(Identifier(t.Value.Text), Load.Instance, l, c, el, ec);
    }

    /// <summary>pegen.c _PyPegen_new_identifier: non-ASCII identifiers are NFKC-normalised.</summary>
    internal static string Identifier(string text)
    {
        foreach (char ch in text)
            if (ch >= 0x80) return text.Normalize(System.Text.NormalizationForm.FormKC);
        return text;
    }

    /// <summary>`&&'x'` in the grammar: a forced token (pegen.c _PyPegen_expect_forced_token).</summary>
    private Token ExpectForced(TokenType type, string expected)
    {
        var t = Cur;
        if (t.Type != type) throw RaiseAt(t, $"expected '{expected}'");
        _mark++;
        return t;
    }

    private Token ExpectForcedKeyword(string kw)
    {
        var t = Cur;
        if (!IsKeyword(t, kw)) throw RaiseAt(t, $"expected '{kw}'");
        _mark++;
        return t;
    }

    // ---------------------------------------------------------------- positions

    /// <summary>A token's AST position: lines, UTF-8 byte columns, shifted inside f-strings.</summary>
    private (int L, int C, int EL, int EC) TokPos(Token t)
    {
        int l = t.StartLine, c = t.StartByteColumn, el = t.EndLine, ec = t.EndByteColumn;
        if (_startingLineno > 0)
        {
            // Parser/pegen.c initialize_token: on the tokenizer's first line (the one the replacement
            // field starts on) columns are shifted by the field's column in the f-string token.
            bool firstLine = t.EndLine == 1;
            l += _startingLineno - 1;
            el += _startingLineno - 1;
            if (firstLine) { c += _startingColOffset; ec += _startingColOffset; }
        }
        return (l, c, el, ec);
    }

    private int StartLine(int mark) => TokPos(Tok(mark)).L;

    /// <summary>EXTRA's start: the token at the rule's first mark.</summary>
    private (int L, int C) StartOf(int mark)
    {
        var p = TokPos(Tok(mark));
        return (p.L, p.C);
    }

    /// <summary>EXTRA's end: _PyPegen_get_last_nonnwhitespace_token before the current mark.</summary>
    private (int EL, int EC) EndOfLast()
    {
        for (int m = _mark - 1; m >= 0; m--)
        {
            var t = _tokens[m];
            if (t.Type != TokenType.ENDMARKER && (t.Type < TokenType.NEWLINE || t.Type > TokenType.DEDENT) || m == 0)
            {
                var p = TokPos(t);
                return (p.EL, p.EC);
            }
        }
        return (1, 0);
    }

    /// <summary>The four location values EXTRA passes to node constructors.</summary>
    private (int L, int C, int EL, int EC) Extra(int startMark)
    {
        var (l, c) = StartOf(startMark);
        var (el, ec) = EndOfLast();
        return (l, c, el, ec);
    }

    // ---------------------------------------------------------------- memo and depth

    private bool TryMemo(int rule, out object? value)
    {
        if (_memo.TryGetValue(((long)_mark << 9) | (uint)rule, out var e))
        {
            value = e.Value;
            _mark = e.EndMark;
            return true;
        }
        value = null;
        return false;
    }

    private void Memo(int startMark, int rule, object? value)
    {
        _memo[((long)startMark << 9) | (uint)rule] = new MemoEntry(value, _mark);
    }

    /// <summary>Every rule entry goes through here: CPython 3.11 fails with MemoryError past MAXSTACK.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_level > MaxStack)
            throw new ParseAbort(new PythonSyntaxError("MemoryError", "", _filename, 0, 0, 0, 0, null));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Leave() => _level--;
}

/// <summary>Where the parser reads tokens from: the real Lexer in production.</summary>
public interface ITokenSource
{
    Token Next();
}

internal sealed class LexerTokenSource(Lexer lexer) : ITokenSource
{
    public Token Next() => lexer.Next();
}

/// <summary>Carries a raised error out of the rule functions (CPython's error_indicator).</summary>
internal sealed class ParseAbort(PythonSyntaxError error) : Exception(error.Msg)
{
    public PythonSyntaxError Error { get; } = error;
}
