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
    // Tokens fetched so far (p->tokens), with per-token facts computed once: bracket level and
    // whether a NAME is a hard keyword. Memo slots hang off each token, indexed by rule, as in pegen.
    private Token[] _tokens = ParserPool<Token>.Rent(256);
    private int[] _levels = ParserPool<int>.Rent(256);
    private bool[] _isKeyword = ParserPool<bool>.Rent(256);
    // Memo slots: token i, rule r at [i * RuleSlots + r]. Rented from a process-wide pool and cleared on
    // return, so that parsing many files does not allocate a slot array per token (272 bytes a token: a
    // fresh one per file put gigabytes a stdlib run on the large-object heap, and its gen2 collections
    // paused every thread). The pool is shared, not per thread: callers such as the harness parse each
    // file on a new thread.
    private MemoEntry[] _memo = ParserPool<MemoEntry>.Rent(256 * RuleSlots);
    // The memo slots written so far: clearing only those is far cheaper than clearing every token's 34 slots,
    // of which a handful are ever used.
    private int[] _memoWritten = ParserPool<int>.Rent(256);
    private int _memoWrittenCount;

    /// <summary>Gives the rented arrays back (the memo cleared) once the parse is over.</summary>
    internal void ReleaseMemo()
    {
        if (_memo.Length == 0) return;
        ClearWrittenSlots();
        ParserPool<MemoEntry>.Return(_memo);
        ParserPool<int>.Return(_memoWritten);
        _memo = [];
        _memoWritten = [];
        // Token slots hold strings: cleared so that a pooled array keeps no source text alive.
        Array.Clear(_tokens, 0, Math.Min(_tokens.Length, _fill));
        ParserPool<Token>.Return(_tokens);
        ParserPool<int>.Return(_levels);
        ParserPool<bool>.Return(_isKeyword);
        _tokens = [];
        _levels = [];
        _isKeyword = [];
        ListPool<object?>.Return(_memoValues);
        _memoValues = [null];
    }
    private int _fill;
    private readonly List<TypeIgnoreNode> _typeIgnores = new();
    private int _depth;
    /// <summary>Open brackets, innermost last (the tokenizer's parenstack/parenlinenostack).</summary>
    private readonly Stack<Token> _openBrackets = new();

    private void TrackBrackets(in Token t)
    {
        switch (t.Type)
        {
            case TokenType.LPAR: case TokenType.LSQB: case TokenType.LBRACE:
                _depth++;
                _openBrackets.Push(t);
                break;
            case TokenType.RPAR: case TokenType.RSQB: case TokenType.RBRACE:
                if (_depth > 0) { _depth--; _openBrackets.Pop(); }
                break;
        }
    }
    private const int RuleSlots = 34; // one per memoised rule id (R.*)
    private bool _sourceDone;
    private int _mark;
    private int _level;
    private int _maxLevel;

    /// <summary>The deepest rule nesting reached.</summary>
    internal int MaxRuleDepth => _maxLevel;

    /// <summary>
    /// The most iterations of one left-recursive loop (binary operators, primary, t_primary, attr): each
    /// iteration nests the tree one level deeper without a rule level. A root-to-leaf path crosses at most
    /// one loop per rule level, so the tree is at most MaxRuleDepth * (MaxChain + 1) deep.
    /// </summary>
    internal int MaxChain => _maxChain;
    private int _maxChain;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void ChainStep(ref int iterations)
    {
        if (++iterations > _maxChain) _maxChain = iterations;
    }
    private bool _callInvalidRules;

    private readonly ParseMode _mode;
    private readonly string _filename;
    private readonly PythonVersion _target;
    private readonly SourceText _text;
    /// <summary>Position shift for f-string replacement fields (string_parser.c fstring_compile_expr).</summary>
    private readonly int _startingLineno, _startingColOffset;
    /// <summary>compile()'s PyCF_DONT_IMPLY_DEDENT and PyCF_ALLOW_INCOMPLETE_INPUT.</summary>
    internal ParseFlags Flags { get; init; }
    /// <summary>Type comments on (PyCF_TYPE_COMMENTS); off by default as in ast.parse.</summary>
    internal bool TypeComments { get; init; }

    /// <summary>
    /// A memo slot: end mark + 1 (0 = empty) and the index of the value in <see cref="_memoValues"/>.
    /// No object references here, so the large slot array costs the GC nothing to scan.
    /// </summary>
    private struct MemoEntry
    {
        public int EndMark;
        public int ValueIndex;
    }

    private List<object?> _memoValues = ListPool<object?>.Rent();

    public PegParser(ITokenSource source, ParseMode mode, string filename, PythonVersion target, SourceText text,
        int startingLineno = 0, int startingColOffset = 0)
    {
        _source = source; _mode = mode; _filename = filename; _target = target; _text = text;
        _startingLineno = startingLineno; _startingColOffset = startingColOffset;
    }

    // ---------------------------------------------------------------- tokens

    private Token Tok(int i)
    {
        while (i >= _fill) Fill();
        return _tokens[i];
    }

    private void Fill()
    {
        // Pooled arrays come in any size at or above the request: each grows on its own.
        int n = Math.Max(256, _fill * 2);
        if (_tokens.Length <= _fill) ParserPool<Token>.Grow(ref _tokens, _fill, n);
        if (_levels.Length <= _fill) ParserPool<int>.Grow(ref _levels, _fill, n);
        if (_isKeyword.Length <= _fill) ParserPool<bool>.Grow(ref _isKeyword, _fill, n);
        if (_memo.Length < (_fill + 1) * RuleSlots) ParserPool<MemoEntry>.Grow(ref _memo, _fill * RuleSlots, n * RuleSlots);
        if (_sourceDone)
        {
            _tokens[_fill] = _tokens[_fill - 1];
            _levels[_fill] = _levels[_fill - 1];
            _fill++;
            return;
        }
        Token t;
        try
        {
            t = _source.Next();
        }
        catch (TokenizerException e)
        {
            throw new ParseAbort(FromTokenizerError(e.Error));
        }
        while (t.Type == TokenType.TYPE_IGNORE)
        {
            // pegen.c _PyPegen_fill_token: "# type: ignore[tag]" comments are collected, not parsed.
            _typeIgnores.Add(new TypeIgnore(t.StartLine, t.Text));
            try { t = _source.Next(); }
            catch (TokenizerException e) { throw new ParseAbort(FromTokenizerError(e.Error)); }
        }
        if (_mode == ParseMode.Single) t = InteractiveEndOfInput(t);
        if (t.Type == TokenType.ENDMARKER) _sourceDone = true;
        // Token.level of the C tokenizer: bracket depth after this token.
        TrackBrackets(t);
        _tokens[_fill] = t;
        _levels[_fill] = _depth;
        _isKeyword[_fill] = t.Type == TokenType.NAME && IsHardKeyword(t.Text);
        _fill++;
    }

    private Token Cur
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => _mark < _fill ? _tokens[_mark] : Tok(_mark);
    }

    private TokenType CurType
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if (_mark >= _fill) Tok(_mark);
            return _tokens[_mark].Type;
        }
    }

    /// <summary>The furthest token fetched so far (p->tokens[p->fill-1]).</summary>
    private Token LastFilled => _fill > 0 ? _tokens[_fill - 1] : Tok(0);

    private Token? Expect(TokenType type)
    {
        if (CurType != type) return null;
        return _tokens[_mark++];
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Accept(TokenType type)
    {
        if (CurType != type) return false;
        _mark++;
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Check(TokenType type) => CurType == type;
    private bool CheckAt(int offset, TokenType type) => Tok(_mark + offset).Type == type;

    /// <summary>
    /// python.gram's hard keywords (Lib/keyword.py kwlist), asked once per NAME token: a string switch compiles to a test of the
    /// length and one character before a single comparison, cheaper than hashing every name.
    /// </summary>
    internal static bool IsHardKeyword(string s) => s switch
    {
        "False" or "None" or "True" or "and" or "as" or "assert" or "async" or "await" or "break" or "class" or "continue"
            or "def" or "del" or "elif" or "else" or "except" or "finally" or "for" or "from" or "global" or "if" or "import" or "in"
            or "is" or "lambda" or "nonlocal" or "not" or "or" or "pass" or "raise" or "return" or "try" or "while" or "with" or "yield" => true,
        _ => false,
    };

    private bool IsKeyword(Token t, string kw) =>
        (t.Type == TokenType.NAME || t.Type == TokenType.ASYNC || t.Type == TokenType.AWAIT) && string.Equals(t.Text, kw, StringComparison.Ordinal);

    private bool CheckKeyword(string kw)
    {
        if (_mark >= _fill) Tok(_mark);
        ref readonly var t = ref _tokens[_mark];
        return t.Type == TokenType.NAME ? _isKeyword[_mark] && string.Equals(t.Text, kw, StringComparison.Ordinal) : IsKeyword(t, kw);
    }

    private Token? Keyword(string kw)
    {
        if (!CheckKeyword(kw)) return null;
        return _tokens[_mark++];
    }

    private bool AcceptKeyword(string kw)
    {
        if (!CheckKeyword(kw)) return false;
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
        if (CurType != TokenType.NAME || _isKeyword[_mark]) return null;
        return _tokens[_mark++];
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
            if (ch >= 0x80) return UnicodeTables.Nfkc(text);
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
            ref readonly var t = ref _tokens[m];
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
        if (_mark < _fill)
        {
            ref var e = ref _memo[_mark * RuleSlots + rule];
            if (e.EndMark != 0)
            {
                value = _memoValues[e.ValueIndex];
                _mark = e.EndMark - 1;
                return true;
            }
        }
        value = null;
        return false;
    }

    private int _noMemoDepth;

    private void Memo(int startMark, int rule, object? value)
    {
        if (_noMemoDepth > 0) return;
        if (startMark >= _fill) Tok(startMark);
        int slot = startMark * RuleSlots + rule;
        ref var e = ref _memo[slot];
        if (e.EndMark == 0)
        {
            if (_memoWrittenCount == _memoWritten.Length)
                ParserPool<int>.Grow(ref _memoWritten, _memoWrittenCount, Math.Max(256, _memoWrittenCount * 2));
            _memoWritten[_memoWrittenCount++] = slot;
        }
        if (value is null)
        {
            e.ValueIndex = 0; // slot 0 always holds null
        }
        else
        {
            e.ValueIndex = _memoValues.Count;
            _memoValues.Add(value);
        }
        e.EndMark = _mark + 1;
    }

    private void ClearMemo()
    {
        ClearWrittenSlots();
        _memoValues.Clear();
        _memoValues.Add(null);
    }

    private void ClearWrittenSlots()
    {
        var memo = _memo;
        var written = _memoWritten;
        for (int i = 0; i < _memoWrittenCount; i++) memo[written[i]] = default;
        _memoWrittenCount = 0;
    }

    /// <summary>Every rule entry goes through here: CPython 3.11 fails with MemoryError past MAXSTACK.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Enter()
    {
        if (++_level > _maxLevel) _maxLevel = _level;
        if (_level > MaxStack)
            throw new ParseAbort(new PythonSyntaxError("MemoryError", "", _filename, null, null, null, null, null));
        if ((_level & 31) == 0 && !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            throw new StackTooSmallException();
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
    public Lexer Lexer => lexer;
    public Token Next() => lexer.Next();
}

/// <summary>Carries a raised error out of the rule functions (CPython's error_indicator).</summary>
internal sealed class ParseAbort : Exception
{
    private static readonly bool Debug = Environment.GetEnvironmentVariable("PYREF_DEBUG_ERRORS") == "1";

    public ParseAbort(PythonSyntaxError error) : base(error.Msg)
    {
        Error = error;
        // PYREF_DEBUG_ERRORS=1: show which rule raised (development aid)
        if (Debug) Console.Error.WriteLine("ParseAbort " + error.Msg + "\n" + Environment.StackTrace);
    }

    public PythonSyntaxError Error { get; }
}
