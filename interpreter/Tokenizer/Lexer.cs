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
    // A char array rather than a string: a big file's text as a string lands on the large-object heap, and
    // those allocations trigger gen2 collections; TokenizeAll rents this buffer and gives it back (TextBuffer).
    private char[] _text = Array.Empty<char>();
    private int _textEnd;
    private TokenizerError? _readError;
    private int _readErrorLine;

    // Whole-source facts that let column arithmetic skip work: with no surrogate pairs a code-point column
    // is a UTF-16 offset, and with pure ASCII a byte column is one too.
    private bool _hasSurrogates;
    private bool _allAscii;

    /// <summary>The encoding name the ENCODING token carries (bytes input only).</summary>
    public string? Encoding { get; private set; }

    // Tokens produced ahead of the consumer (one physical line's worth in the module view, one token in the
    // parser view), then an error to throw once they are consumed.
    private readonly TokenQueue _queue = new();
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
        : this(source, mode, target, filename, execInput: true) { }

    /// <summary>
    /// As above; for the parser view, <paramref name="execInput"/> false tokenizes the bytes as compile() does for
    /// 'eval' and 'single' input: without the final newline translate_newlines(exec_input) appends for file input.
    /// </summary>
    public Lexer(ReadOnlyMemory<byte> source, TokenizerMode mode, PythonVersion target, string? filename, bool execInput)
    {
        _mode = mode;
        _execInput = execInput;
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

    private void SetText(string text, int end) => SetText(text.ToCharArray(0, end), end);

    private void SetText(char[] text, int end)
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
            if (_queue.TryTake(out var t))
            {
                if (t.Type == TokenType.ENDMARKER) _last = t;
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
        var tokens = new SegmentedList<Token>();
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
        var tokens = new SegmentedList<Token>();
        try
        {
            return Drain(new Lexer(source, mode, target), tokens);
        }
        catch (TokenizerException e)
        {
            return (tokens, e.Error);
        }
    }

    /// <summary>
    /// Runs the lexer to its end with its tokens appended straight to <paramref name="tokens"/>: no trip through
    /// the queue and Next() (each a copy of the token, with the write barriers of its two references). The order
    /// is Next()'s: the tokens a step produced, then the error it found.
    /// </summary>
    private static (IReadOnlyList<Token>, TokenizerError?) Drain(Lexer lexer, SegmentedList<Token> tokens)
    {
        while (lexer._queue.TryTake(out var queued)) tokens.Add(queued); // ENCODING, queued by the constructor
        lexer._sink = tokens;
        try
        {
            while (true)
            {
                if (lexer._pendingError is { } error) return (tokens, error);
                if (lexer._done) return (tokens, null);
                if (lexer._mode == TokenizerMode.TokenizeModule) lexer.ModuleStep();
                else lexer.ParserStep();
            }
        }
        catch (TokenizerException e)
        {
            return (tokens, e.Error);
        }
        finally
        {
            lexer._sink = null;
            // Every token holds copies of its text, so the decoded source can go to the next file.
            if (lexer._textRented)
            {
                TextBuffer.Return(lexer._text);
                lexer._text = Array.Empty<char>();
                lexer._textRented = false;
            }
        }
    }

    // _text is a TextBuffer that Drain gives back.
    private bool _textRented;

    // Where TokenizeAll collects the tokens; null: the queue Next() reads.
    private SegmentedList<Token>? _sink;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Push(in Token t)
    {
        if (_sink is { } sink) sink.Add(t);
        else _queue.Add(t);
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
    private int Col(int lineStart, int pos)
    {
        if (_allAscii) return pos - lineStart;
        Measure(lineStart, pos);
        return _mCp;
    }

    /// <summary>UTF-8 byte column of absolute offset <paramref name="pos"/> on the line starting at <paramref name="lineStart"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int ByteCol(int lineStart, int pos)
    {
        if (_allAscii) return pos - lineStart;
        Measure(lineStart, pos);
        return _mBytes;
    }

    // A cursor over the current line: tokens ask for columns left to right, so measuring continues from the
    // last position instead of the line start (a 10 MB line of non-ASCII text stays linear).
    private int _mLs = -1, _mPos, _mCp, _mBytes;

    private void Measure(int lineStart, int pos)
    {
        if (lineStart != _mLs || pos < _mPos)
        {
            _mLs = lineStart;
            _mPos = lineStart;
            _mCp = 0;
            _mBytes = 0;
        }
        int i = _mPos, cp = _mCp, bytes = _mBytes;
        var text = _text;
        while (i < pos)
        {
            char c = text[i];
            if (c < 0x80) { bytes++; }
            else if (c < 0x800) { bytes += 2; }
            else if (char.IsHighSurrogate(c) && i + 1 < pos && char.IsLowSurrogate(text[i + 1])) { bytes += 4; i++; }
            else if (_escapedBytes && c is >= '\uDC80' and <= '\uDCFF') { bytes++; } // an undecodable source byte
            else { bytes += 3; }
            cp++;
            i++;
        }
        _mPos = i;
        _mCp = cp;
        _mBytes = bytes;
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
    // An open-addressing table with FNV-1a over the span: cheaper than a Dictionary for short keys.
    private string?[] _internTable = new string?[512];
    private int _internCount;

    private static uint NameHash(ReadOnlySpan<char> span)
    {
        uint h = 2166136261;
        foreach (char c in span) h = (h ^ c) * 16777619;
        return h;
    }

    private string Intern(int start, int end)
    {
        var span = _text.AsSpan(start, end - start);
        var table = _internTable;
        int mask = table.Length - 1;
        int i = (int)(NameHash(span) & (uint)mask);
        while (true)
        {
            var s = table[i];
            if (s is null)
            {
                s = span.ToString();
                table[i] = s;
                if (++_internCount * 2 > table.Length) GrowInternTable();
                return s;
            }
            if (s.Length == span.Length && span.SequenceEqual(s)) return s;
            i = (i + 1) & mask;
        }
    }

    private void GrowInternTable()
    {
        var old = _internTable;
        var table = new string?[old.Length * 2];
        int mask = table.Length - 1;
        foreach (var s in old)
        {
            if (s is null) continue;
            int i = (int)(NameHash(s) & (uint)mask);
            while (table[i] is not null) i = (i + 1) & mask;
            table[i] = s;
        }
        _internTable = table;
    }

    /// <summary>Both columns of a position, measured once (start before end keeps the cursor moving forward).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Cols(int lineStart, int pos, out int col, out int byteCol)
    {
        if (_allAscii)
        {
            col = byteCol = pos - lineStart;
            return;
        }
        Measure(lineStart, pos);
        col = _mCp;
        byteCol = _mBytes;
    }

    private void Emit(TokenType type, string text, int sLine, int sLineStart, int sPos, int eLine, int eLineStart, int ePos, string line)
    {
        Cols(sLineStart, sPos, out int sc, out int sb);
        Cols(eLineStart, ePos, out int ec, out int eb);
        Push(new Token(type, text, sLine, sc, eLine, ec, sb, eb, line));
    }
}

/// <summary>
/// A FIFO of tokens that reuses one array: the producer appends a line's tokens, the consumer takes them,
/// and the positions rewind when it runs empty (no clearing: the next line overwrites the slots).
/// </summary>
internal sealed class TokenQueue
{
    private Token[] _items = new Token[64];
    private int _head, _tail;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in Token t)
    {
        if (_tail == _items.Length) Array.Resize(ref _items, _items.Length * 2);
        _items[_tail++] = t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryTake(out Token t)
    {
        if (_head < _tail)
        {
            t = _items[_head++];
            if (_head == _tail) _head = _tail = 0;
            return true;
        }
        t = default;
        return false;
    }
}

/// <summary>string.Substring's spelling for the lexer's char-array text, so the scanners read as before.</summary>
internal static class CharArrayText
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static string Substring(this char[] text, int start, int length) => new(text, start, length);
}

/// <summary>
/// Decoded-source buffers kept between files. A few process-wide slots rather than ArrayPool.Shared: the
/// harness tokenizes each file on a fresh thread, and the shared pool caches returned arrays per thread.
/// </summary>
internal static class TextBuffer
{
    private const int MinLength = 1 << 16;
    private const int MaxKeptLength = 1 << 24; // 32 MB: a bigger source keeps no buffer alive
    private static readonly char[]?[] Slots = new char[]?[4];

    public static char[] Rent(int length)
    {
        for (int i = 0; i < Slots.Length; i++)
        {
            var b = Interlocked.Exchange(ref Slots[i], null);
            if (b is null) continue;
            if (b.Length >= length) return b;
            Interlocked.CompareExchange(ref Slots[i], b, null); // too small for this file, fine for others
        }
        return new char[Math.Max(MinLength, (int)Math.Min(Array.MaxLength, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)length)))];
    }

    public static void Return(char[] buffer)
    {
        if (buffer.Length > MaxKeptLength || buffer.Length < MinLength) return;
        for (int i = 0; i < Slots.Length; i++)
            if (Interlocked.CompareExchange(ref Slots[i], buffer, null) is null) return;
        // All slots taken: replace the smallest if this one is bigger.
        int smallest = 0;
        for (int i = 1; i < Slots.Length; i++)
            if ((Slots[i]?.Length ?? 0) < (Slots[smallest]?.Length ?? 0)) smallest = i;
        var old = Slots[smallest];
        if (old is null || old.Length < buffer.Length) Interlocked.CompareExchange(ref Slots[smallest], buffer, old);
    }
}
