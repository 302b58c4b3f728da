using Pyref.Parser.Ast;
using Pyref.Tokenizer;

namespace Pyref.Parser;

/// <summary>
/// Raising errors with CPython's positions (Parser/pegen_errors.c and the RAISE_* macros of
/// Parser/pegen.h). Columns given to KnownLocation are 1-based UTF-8 byte offsets, converted to
/// code points against the error line as _PyPegen_raise_error_known_location does.
/// </summary>
internal sealed partial class PegParser
{
    private const int CurrentPos = -5; // pegen.h CURRENT_POS

    /// <summary>For the f-string sub-parser: the "(expr)" buffer CPython reports as text.</summary>
    internal string? FStringBuffer { get; init; }

    /// <summary>
    /// Whether error columns are converted to code points: CPython does so only when the tokenizer has an
    /// encoding (str input, or bytes with a BOM or coding cookie); plain bytes input keeps byte offsets.
    /// </summary>
    internal bool CharOffsets { get; init; } = true;

    private ParseAbort KnownLocation(string kind, int lineno, int col1, int endLineno, int endCol1, string msg)
    {
        if (endLineno == CurrentPos || endCol1 == CurrentPos)
        {
            var last = LastFilled;
            var p = TokPos(last);
            if (endLineno == CurrentPos) endLineno = p.EL;
            if (endCol1 == CurrentPos) endCol1 = p.EC;
        }
        string? line;
        if (_mode == ParseMode.FString)
        {
            msg = "f-string: " + msg;
            col1 -= _startingColOffset;
            endCol1 -= _startingColOffset;
            line = FStringErrorLine(lineno);
        }
        else
        {
            // Only file input reads the line back from the file (start_rule == Py_file_input).
            line = (_mode == ParseMode.Exec ? ProgramText.Read(_filename, lineno, _text.ErrorLineEncoding) : null) ?? TokenizerBufferText(lineno);
        }
        int col = col1, endCol = endCol1;
        if (line is not null && CharOffsets)
        {
            col = SourceText.ByteToCharOffset(line, col1);
            if (endCol1 > 0) endCol = SourceText.ByteToCharOffset(line, endCol1);
        }
        return new ParseAbort(new PythonSyntaxError(kind, msg, _filename, lineno, col, endLineno, endCol, line));
    }

    private string? LineText(int lineno) => _text.Line(lineno) ?? "";

    /// <summary>
    /// SyntaxError.text when there is no file to read the line back from (pegen_errors.c
    /// _PyPegen_raise_error_known_location on a string tokenizer). If the error is not above the tokenizer's
    /// current line, the text is the tokenizer's buffer, tok->buf to tok->inp: tokenizer.c tok_underflow_string
    /// moves tok->buf to a new line only between tokens (tok->start == NULL), so after a backslash continuation or
    /// inside a multi-line string the buffer still starts on the first line of that chain; it ends with the current
    /// line's newline. An error above the current line gets get_error_line_from_tokenizer_buffers's single line,
    /// without its newline.
    /// </summary>
    private string TokenizerBufferText(int lineno)
    {
        // tok->lineno: the line of the last token read; at EOF the C tokenizer stays on the last line.
        int tokLine = Math.Clamp(LastFilled.EndLine, 1, _text.LastLine);
        if (tokLine > lineno)
        {
            var single = _text.Line(lineno) ?? "";
            return single.EndsWith('\n') ? single[..^1] : single;
        }
        int first = tokLine;
        while (first > 1 && JoinedToPrevious(first)) first--;
        return _text.Lines(first, tokLine);
    }

    /// <summary>
    /// Whether the tokenizer read physical line <paramref name="line"/> in the middle of a token: inside a string
    /// that started on an earlier line, or after a backslash continuation (tok_get's "Line continuation" reads the
    /// next line while tok->start is still set). A backslash at the end of a comment continues nothing.
    /// </summary>
    private bool JoinedToPrevious(int line)
    {
        // A backslash that is the first thing on its line is read while tok_get measures the indentation, with
        // tok->start still NULL: such a line joins the next to the previous one only if it is itself joined.
        while (line > 1)
        {
            var joined = JoinedByTokenOrBackslash(line, out bool backslashOnly);
            if (!backslashOnly) return joined;
            line--;
        }
        return false;
    }

    private bool JoinedByTokenOrBackslash(int line, out bool backslashOnly)
    {
        backslashOnly = false;
        int lastEndOnPrevious = -1;
        for (int i = _fill - 1; i >= 0; i--)
        {
            ref readonly var t = ref _tokens[i];
            if (t.EndLine < line - 1) break;
            if (t.StartLine < line && t.EndLine >= line) return true;
            if (t.EndLine == line - 1)
            {
                if (t.Type == TokenType.NEWLINE) return false;
                if (t.EndByteColumn >= 0) lastEndOnPrevious = Math.Max(lastEndOnPrevious, t.EndByteColumn);
            }
        }
        var previous = _text.Line(line - 1);
        if (previous is null || !previous.EndsWith("\\\n", StringComparison.Ordinal)) return false;
        var rest = lastEndOnPrevious < 0 ? previous : System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(previous), lastEndOnPrevious, System.Text.Encoding.UTF8.GetByteCount(previous) - lastEndOnPrevious);
        if (rest.Contains('#')) return false;
        backslashOnly = lastEndOnPrevious < 0;
        return true;
    }

    /// <summary>
    /// SyntaxError.text for an error inside an f-string replacement field (pegen_errors.c
    /// _PyPegen_raise_error_known_location on the sub-parser's string tokenizer, whose buffer is
    /// "(expr)" plus the newline translate_newlines adds): the tokenizer's current line with its newline
    /// when the error is not above it, else get_error_line_from_tokenizer_buffers's line, without newline.
    /// </summary>
    private string FStringErrorLine(int lineno)
    {
        var buffer = FStringBuffer ?? "";
        if (!buffer.EndsWith('\n')) buffer += "\n";
        var lines = buffer.Split('\n');
        int count = lines.Length - 1; // the split leaves an empty piece after the final newline
        int relative = _startingLineno > 0 ? lineno - _startingLineno + 1 : lineno;
        // tok->lineno: the line of the last token read; at EOF the C tokenizer stays on the last line.
        int tokLine = Math.Clamp(LastFilled.EndLine, 1, count);
        if (tokLine <= relative) return lines[tokLine - 1] + "\n";
        return lines[Math.Clamp(relative, 1, count) - 1];
    }

    private ParseAbort RaiseAt(Token t, string msg, string kind = "SyntaxError")
    {
        var p = TokPos(t);
        // Tokens the C tokenizer gives no position (INDENT, DEDENT, ENDMARKER) have col_offset -1.
        if (t.EndByteColumn == -1) return KnownLocation(kind, p.L, 0, p.EL, 0, msg);
        return KnownLocation(kind, p.L, p.C + 1, p.EL, p.EC + 1, msg);
    }

    private ParseAbort RaiseAt(LocatedNode n, string msg, string kind = "SyntaxError")
    {
        var p = NodePos(n);
        return KnownLocation(kind, p.L, p.C + 1, p.EL, p.EC + 1, msg);
    }

    /// <summary>RAISE_SYNTAX_ERROR_KNOWN_RANGE(a, b).</summary>
    private ParseAbort RaiseRange((int L, int C, int EL, int EC) a, (int L, int C, int EL, int EC) b, string msg, string kind = "SyntaxError") =>
        KnownLocation(kind, a.L, a.C + 1, b.EL, b.EC + 1, msg);

    /// <summary>RAISE_SYNTAX_ERROR_STARTING_FROM(a): ends where the tokenizer is.</summary>
    private ParseAbort RaiseStartingFrom((int L, int C, int EL, int EC) a, string msg) =>
        KnownLocation("SyntaxError", a.L, a.C + 1, CurrentPos, CurrentPos, msg);

    /// <summary>RAISE_SYNTAX_ERROR / RAISE_INDENTATION_ERROR: at the last token fetched.</summary>
    private ParseAbort Raise(string msg, string kind = "SyntaxError")
    {
        var t = LastFilled;
        var p = TokPos(t);
        int col1, endCol1;
        if (t.EndByteColumn == -1)
        {
            // The C tokenizer gives INDENT/DEDENT no position: col falls back to tok->cur - line_start
            // (not +1) and end_col_offset stays -1.
            col1 = p.C;
            endCol1 = -1;
        }
        else
        {
            col1 = p.C + 1;
            endCol1 = p.EC + 1;
        }
        return KnownLocation(kind, p.L, col1, p.EL, endCol1, msg);
    }

    private static (int L, int C, int EL, int EC) NodePos(Node n) => n switch
    {
        StmtNode s => (s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset),
        ExprNode e => (e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset),
        PatternNode pt => (pt.Lineno, pt.ColOffset, pt.EndLineno, pt.EndColOffset),
        Arg a => (a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset),
        Keyword k => (k.Lineno, k.ColOffset, k.EndLineno, k.EndColOffset),
        Alias al => (al.Lineno, al.ColOffset, al.EndLineno, al.EndColOffset),
        ExcepthandlerNode h => (h.Lineno, h.ColOffset, h.EndLineno, h.EndColOffset),
        _ => (0, 0, 0, 0),
    };

    private (int L, int C, int EL, int EC) P(in Token t) => TokPos(in t);
    private static (int L, int C, int EL, int EC) P(Node n) => NodePos(n);

    internal PythonSyntaxError FromTokenizerError(TokenizerError e)
    {
        if (_mode != ParseMode.FString) return ConvertTokenizerError(e, _filename, _text, _mode == ParseMode.Exec);
        string kind = e.Kind switch
        {
            TokenizerErrorKind.IndentationError => "IndentationError",
            TokenizerErrorKind.TabError => "TabError",
            _ => "SyntaxError",
        };
        string msg = e.Message;
        int line = e.Line, col = e.Column, endLine = e.EndLine, endCol = e.EndColumn;
        string? text = e.Text;
        if (_mode == ParseMode.FString)
        {
            msg = "f-string: " + msg;
            text = FStringBuffer;
            line += _startingLineno - 1;
            endLine += _startingLineno - 1;
        }
        return new PythonSyntaxError(kind, msg, _filename, line, col, endLine, endCol, text ?? LineText(line), "tokenizer");
    }

    /// <summary>A tokenizer failure as the SyntaxError CPython raises (end position -1 = None).</summary>
    internal static PythonSyntaxError ConvertTokenizerError(TokenizerError e, string filename, SourceText? text, bool fileInput = false)
    {
        string kind = e.Kind switch
        {
            TokenizerErrorKind.IndentationError => "IndentationError",
            TokenizerErrorKind.TabError => "TabError",
            _ => "SyntaxError",
        };
        bool noLocation = e.Line == -1 && e.Column == -1;
        int? endLine = e.EndLine == -1 && e.EndColumn == -1 ? null : e.EndLine;
        int? endCol = e.EndLine == -1 && e.EndColumn == -1 ? null : e.EndColumn;
        var lineText = e.Text ?? (e.Line > 0 ? text?.Line(e.Line) : null);
        // The errors pegen raises for the tokenizer (tokenizer_error, raise_unclosed_parentheses_error) go
        // through _PyPegen_raise_error_known_location, which reads file input's line back from the file.
        if (fileInput && text is not null && e.Line > 0 && RaisedByPegen(e.Message))
            lineText = ProgramText.Read(filename, e.Line, text.ErrorLineEncoding) ?? lineText;
        return new PythonSyntaxError(kind, e.Message, filename, noLocation ? null : e.Line, noLocation ? null : e.Column, endLine, endCol, noLocation ? null : lineText, "tokenizer");
    }

    /// <summary>Tokenizer failures whose SyntaxError pegen raises (pegen_errors.c tokenizer_error, E_EOF).</summary>
    private static bool RaisedByPegen(string msg) => msg.EndsWith(" was never closed", StringComparison.Ordinal) || msg is
        "unexpected EOF while parsing" or
        "unindent does not match any outer indentation level" or
        "inconsistent use of tabs and spaces in indentation" or
        "too many levels of indentation" or
        "unexpected character after line continuation character";
}
