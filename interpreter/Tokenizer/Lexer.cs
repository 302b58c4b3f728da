using System.Runtime.CompilerServices;

namespace Pyref.Tokenizer;

/// <summary>
/// Which consumer the token stream is for. CPython has two tokenizers: the tokenize module
/// (Lib/tokenize.py, emits COMMENT, NL, ENCODING, ERRORTOKEN, raises TokenError) and the C tokenizer
/// the parser reads (Parser/tokenizer.c: no COMMENT/NL, SyntaxErrors). One core serves both views.
/// </summary>
public enum TokenizerMode
{
    TokenizeModule,
    Parser,
}

/// <summary>
/// The reference tokenizer. Pull interface: the parser asks for tokens one at a time, as CPython's
/// parser does, so a tokenizer error late in the file is only raised if the parser gets that far.
/// The shared core (this file, Lexer.Encoding.cs, Lexer.Numbers.cs, Lexer.Strings.cs, CharClass, Operators)
/// holds the decoded source, the line reader, coordinates and token construction; Lexer.Module.cs is the
/// Lib/tokenize.py view and Lexer.Parser.cs the Parser/tokenizer.c view on top of it.
/// </summary>
public sealed partial class Lexer
{
    private readonly TokenizerMode _mode;
    private readonly PythonVersion _target;
    private readonly string? _filename;

    // The decoded source. Only [0, _textEnd) is readable: a decoding error further on is raised when the
    // line holding it is read, as CPython decodes line by line.
    private string _text = "";
    private int _textEnd;
    private TokenizerError? _readError;
    private int _readErrorLine;

    // Whole-source facts that let column arithmetic skip work: with no surrogate pairs a code-point column
    // is a UTF-16 offset, and with pure ASCII a byte column is one too.
    private bool _hasSurrogates;
    private bool _allAscii;

    /// <summary>The encoding name the ENCODING token carries (bytes input only).</summary>
    public string? Encoding { get; private set; }

    // Tokens produced ahead of the consumer, then an error to throw once they are consumed.
    private readonly List<Token> _queue = new();
    private int _queueHead;
    private TokenizerError? _pendingError;
    private bool _done;
    private Token _last;

    /// <summary>Tokenizes source bytes: applies PEP 263 / BOM encoding detection first.</summary>
    public Lexer(ReadOnlyMemory<byte> source, TokenizerMode mode, PythonVersion target)
        : this(source, mode, target, null) { }

    /// <summary>
    /// Tokenizes source bytes; <paramref name="filename"/> is the name CPython's messages quote
    /// (tokenize.detect_encoding uses it in "invalid or missing encoding declaration for 'f.py'").
    /// </summary>
    public Lexer(ReadOnlyMemory<byte> source, TokenizerMode mode, PythonVersion target, string? filename)
    {
        _mode = mode;
        _target = target;
        _filename = filename;
        try
        {
            if (mode == TokenizerMode.TokenizeModule)
                PrepareModuleBytes(source.Span);
            else
                PrepareParserBytes(source.Span);
        }
        catch (TokenizerException e)
        {
            // Encoding detection failed: no token at all (not even ENCODING), the error on the first Next().
            _pendingError = e.Error;
            Encoding = null;
            return;
        }
        Init();
    }

    /// <summary>Tokenizes an already-decoded source string (no ENCODING token).</summary>
    public Lexer(string source, TokenizerMode mode, PythonVersion target)
        : this(source, mode, target, execInput: true) { }

    private void Init()
    {
        if (_mode == TokenizerMode.TokenizeModule) ModuleInit();
        else ParserInit();
    }

    private void SetText(string text, int end)
    {
        _text = text;
        _textEnd = end;
        var span = text.AsSpan(0, end);
        _allAscii = System.Text.Ascii.IsValid(span);
        _hasSurrogates = !_allAscii && span.IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
    }

    /// <summary>The next token; after ENDMARKER keeps returning ENDMARKER. Throws TokenizerException.</summary>
    public Token Next()
    {
        while (true)
        {
            if (_queueHead < _queue.Count)
            {
                var t = _queue[_queueHead++];
                if (_queueHead == _queue.Count) { _queue.Clear(); _queueHead = 0; }
                _last = t;
                return t;
            }
            if (_pendingError is not null) throw new TokenizerException(_pendingError);
            if (_done) return _last;
            if (_mode == TokenizerMode.TokenizeModule) ModuleStep();
            else ParserStep();
        }
    }

    /// <summary>
    /// The whole stream for the tokenize-module view: the tokens produced before any error, and the error.
    /// </summary>
    public static (IReadOnlyList<Token> Tokens, TokenizerError? Error) TokenizeAll(
        ReadOnlyMemory<byte> source, TokenizerMode mode, PythonVersion target) =>
        TokenizeAll(source, mode, target, null);

    /// <summary>As <see cref="TokenizeAll(ReadOnlyMemory{byte}, TokenizerMode, PythonVersion)"/>, naming the file for messages.</summary>
    public static (IReadOnlyList<Token> Tokens, TokenizerError? Error) TokenizeAll(
        ReadOnlyMemory<byte> source, TokenizerMode mode, PythonVersion target, string? filename)
    {
        var tokens = new List<Token>();
        try
        {
            var lexer = new Lexer(source, mode, target, filename);
            return Drain(lexer, tokens);
        }
        catch (TokenizerException e)
        {
            return (tokens, e.Error);
        }
    }

    /// <summary>The whole stream of an already-decoded string (tokenize.generate_tokens).</summary>
    public static (IReadOnlyList<Token> Tokens, TokenizerError? Error) TokenizeAll(
        string source, TokenizerMode mode, PythonVersion target)
    {
        var tokens = new List<Token>();
        try
        {
            return Drain(new Lexer(source, mode, target), tokens);
        }
        catch (TokenizerException e)
        {
            return (tokens, e.Error);
        }
    }

    private static (IReadOnlyList<Token>, TokenizerError?) Drain(Lexer lexer, List<Token> tokens)
    {
        try
        {
            while (true)
            {
                var t = lexer.Next();
                tokens.Add(t);
                if (t.Type == TokenType.ENDMARKER) return (tokens, null);
            }
        }
        catch (TokenizerException e)
        {
            return (tokens, e.Error);
        }
    }

    // ---- Line reader -------------------------------------------------------------------------------------

    private int _readPos; // start of the next physical line in _text

    /// <summary>
    /// Reads the next physical line [start, end) ending after '\n' (or at end of input).
    /// Returns false at end of input. Throws the pending decoding error when the line it sits on is reached.
    /// </summary>
    private bool ReadLine(out int start, out int end)
    {
        start = _readPos;
        if (_readPos >= _textEnd)
        {
            end = start;
            if (_readError is not null) throw new TokenizerException(_readError);
            return false;
        }
        int nl = _text.AsSpan(_readPos, _textEnd - _readPos).IndexOf('\n');
        end = nl < 0 ? _textEnd : _readPos + nl + 1;
        _readPos = end;
        return true;
    }

    // ---- Coordinates -------------------------------------------------------------------------------------

    /// <summary>Code-point column of absolute offset <paramref name="pos"/> on the line starting at <paramref name="lineStart"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Col(int lineStart, int pos) => _hasSurrogates ? CodePoints(lineStart, pos) : pos - lineStart;

    private int CodePoints(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            if (char.IsHighSurrogate(_text[i]) && i + 1 < to && char.IsLowSurrogate(_text[i + 1])) i++;
            n++;
        }
        return n;
    }

    /// <summary>UTF-8 byte column of absolute offset <paramref name="pos"/> on the line starting at <paramref name="lineStart"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ByteCol(int lineStart, int pos) => _allAscii ? pos - lineStart : Utf8Length(lineStart, pos);

    private int Utf8Length(int from, int to)
    {
        int n = 0;
        for (int i = from; i < to; i++)
        {
            char c = _text[i];
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (char.IsHighSurrogate(c) && i + 1 < to && char.IsLowSurrogate(_text[i + 1])) { n += 4; i++; }
            else if (_escapedBytes && c is >= '\uDC80' and <= '\uDCFF') n += 1; // an undecodable source byte
            else n += 3;
        }
        return n;
    }

    // The physical line currently being tokenized, cached so all its tokens share one string.
    private int _lineStrStart = -1, _lineStrEnd = -1;
    private string _lineStr = "";

    private string LineText(int start, int end)
    {
        if (start != _lineStrStart || end != _lineStrEnd)
        {
            _lineStrStart = start;
            _lineStrEnd = end;
            _lineStr = _text.Substring(start, end - start);
        }
        return _lineStr;
    }

    // NAME strings are interned per lexer: most identifiers repeat, so this saves most allocations.
    private readonly Dictionary<string, string> _names = new();
    private Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _nameLookup;
    private bool _nameLookupReady;

    private string Intern(int start, int end)
    {
        if (!_nameLookupReady)
        {
            _nameLookup = _names.GetAlternateLookup<ReadOnlySpan<char>>();
            _nameLookupReady = true;
        }
        var span = _text.AsSpan(start, end - start);
        if (_nameLookup.TryGetValue(span, out var s)) return s;
        s = span.ToString();
        _names[s] = s;
        return s;
    }

    private void Emit(TokenType type, string text, int sLine, int sLineStart, int sPos, int eLine, int eLineStart, int ePos, string line) =>
        _queue.Add(new Token(type, text, sLine, Col(sLineStart, sPos), eLine, Col(eLineStart, ePos),
            ByteCol(sLineStart, sPos), ByteCol(eLineStart, ePos), line));
}
