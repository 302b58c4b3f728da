using Pyref.Parser.Ast;
using Pyref.Tokenizer;
using static Pyref.Tokenizer.TokenType;

namespace Pyref.Parser;

/// <summary>Parser/pegen.c _PyPegen_run_parser and _PyPegen_set_syntax_error.</summary>
internal sealed partial class PegParser
{
    private object? StartRule() => _mode switch
    {
        ParseMode.Exec => File(),
        ParseMode.Eval => EvalRule(),
        ParseMode.Single => InteractiveRule(),
        ParseMode.FuncType => FuncTypeRule(),
        ParseMode.FString => FStringRule(),
        _ => throw new ArgumentOutOfRangeException(),
    };

    /// <summary>Both passes; returns the tree or throws ParseAbort carrying CPython's error.</summary>
    internal object Run()
    {
        try
        {
            return RunPasses();
        }
        finally
        {
            ReleaseMemo();
            // The source is fully read (Finalize reads ahead for tokenizer errors before this): its decoded text
            // can serve the next file.
            if (_source is LexerTokenSource { Lexer: var lexer }) lexer.ReleaseText();
        }
    }

    private object RunPasses()
    {
        object? result;
        try
        {
            result = StartRule();
        }
        catch (ParseAbort e)
        {
            if (IncompleteInput(e.Error)) throw IncompleteInputError(e.Error);
            throw Finalize(e);
        }
        if (result is null && IncompleteInput(null)) throw IncompleteInputError(null);
        if (result is not null)
        {
            if (_mode == ParseMode.Single && BadSingleStatement())
                throw Raise("multiple statements found while compiling a single statement");
            return result;
        }

        // Second pass with the invalid_ rules on (reset_parser_state_for_error_pass).
        var lastToken = LastFilled;
        ClearMemo();
        _mark = 0;
        _level = 0;
        _callInvalidRules = true;
        try
        {
            StartRule();
        }
        catch (ParseAbort e)
        {
            throw Finalize(e);
        }
        // pegen.c _PyPegen_set_syntax_error: the indentation errors return before the rest of the source
        // is tokenized; "invalid syntax" may still be replaced by a tokenizer error further on.
        if (lastToken.Type is INDENT or DEDENT) throw SetSyntaxError(lastToken);
        throw Finalize(SetSyntaxError(lastToken));
    }

    /// <summary>
    /// pegen.c _PyPegen_run_parser: with PyCF_ALLOW_INCOMPLETE_INPUT, a first pass that fails once the tokenizer has
    /// read to the end of the input (_is_end_of_source: E_EOF, or an unterminated string at EOF) means the input
    /// may go on; codeop then asks for more lines instead of reporting the error.
    /// </summary>
    private bool IncompleteInput(PythonSyntaxError? error) =>
        (Flags & ParseFlags.AllowIncompleteInput) != 0 && _source is LexerTokenSource { Lexer.ReachedEndOfInput: true }
        // A tokenizer error sets its own tok->done (E_LINECONT, E_ERROR, ...) even at the end of the input.
        && (error is not { Stage: "tokenizer" } || IsEndOfSourceError(error.Msg));

    private static bool IsEndOfSourceError(string msg) =>
        msg == "unexpected EOF while parsing" || msg.EndsWith(" was never closed", StringComparison.Ordinal)
        || msg.StartsWith("unterminated triple-quoted string literal", StringComparison.Ordinal)
        || msg.StartsWith("unterminated string literal", StringComparison.Ordinal);

    /// <summary>
    /// RAISE_SYNTAX_ERROR("incomplete input") at the last token. After a tokenizer error that token is the ERRORTOKEN,
    /// which has no columns, so _PyPegen_raise_error places the error at tok->cur: where the tokenizer error itself
    /// was reported, or, at the end of the input inside brackets, at the end of the last line.
    /// </summary>
    private ParseAbort IncompleteInputError(PythonSyntaxError? tokenizerError)
    {
        const string message = "incomplete input";
        if (tokenizerError is not { Stage: "tokenizer" }) return Raise(message);
        int lastLine = _text.LastLine;
        if (!tokenizerError.Msg.EndsWith(" was never closed", StringComparison.Ordinal))
        {
            var text = tokenizerError.Text;
            // An unterminated triple-quoted string keeps tok->buf on its first line: the text runs to the end.
            if (tokenizerError.Msg.StartsWith("unterminated triple-quoted", StringComparison.Ordinal) && tokenizerError.Lineno is int first)
                text = _text.Lines(first, lastLine);
            return new ParseAbort(new PythonSyntaxError("SyntaxError", message, _filename, tokenizerError.Lineno,
                tokenizerError.Offset, tokenizerError.Lineno, -1, text));
        }
        int endOfLine = System.Text.Encoding.UTF8.GetByteCount(_text.Line(lastLine) ?? "");
        return KnownLocation("SyntaxError", lastLine, endOfLine, lastLine, -1, message);
    }

    // pegen.c _PyPegen_fill_token: 'single' input hands the parser its first ENDMARKER after some tokens as NEWLINE
    // (statement_newline's compound_stmt NEWLINE needs one), and closes the open blocks unless PyCF_DONT_IMPLY_DEDENT.
    private bool _parsingStarted;

    private Token InteractiveEndOfInput(Token t)
    {
        if (t.Type != ENDMARKER || !_parsingStarted)
        {
            _parsingStarted = true;
            return t;
        }
        _parsingStarted = false;
        if ((Flags & ParseFlags.DontImplyDedent) == 0 && _source is LexerTokenSource { Lexer: var lexer }) lexer.ImplyDedents();
        return t with { Type = NEWLINE };
    }

    /// <summary>
    /// pegen.c bad_single_statement: after a successful 'single' parse, anything but whitespace and comments left
    /// in the source after the tokenizer's position is a second statement. The scan is of the raw text, so a
    /// backslash at the end of a comment does not hide the next line.
    /// </summary>
    private bool BadSingleStatement()
    {
        var last = LastFilled;
        if (last.Type == ENDMARKER) return false;
        // tok->cur: past the last token read (a NEWLINE token includes its newline).
        int line = last.EndLine;
        string rest = "";
        if (last.Type != NEWLINE && last.EndByteColumn >= 0 && _text.Line(line) is { } current)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(current);
            if (last.EndByteColumn < bytes.Length) rest = System.Text.Encoding.UTF8.GetString(bytes, last.EndByteColumn, bytes.Length - last.EndByteColumn);
        }
        for (int k = line + 1; ; k++)
        {
            bool inComment = false;
            foreach (char c in rest)
            {
                if (inComment) { if (c == '\n') inComment = false; continue; }
                if (c is ' ' or '\t' or '\n' or '\f') continue;
                if (c != '#') return true;
                inComment = true;
            }
            if (_text.Line(k) is not { } next) return false;
            rest = next;
        }
    }

    /// <summary>
    /// Errors raised by the parser (not the tokenizer) are replaced by a tokenizer error found further on
    /// (_PyPegen_tokenize_full_source_to_check_for_errors).
    /// </summary>
    private ParseAbort Finalize(ParseAbort e)
    {
        if (!e.Error.IsSyntaxError || e.Error.Stage == "tokenizer" || _mode == ParseMode.Single) return e;
        if (_mode == ParseMode.FString) return e;
        int currentErrLine = TokPos(LastFilled).L;
        while (!_sourceDone)
        {
            try
            {
                var t = _source.Next();
                TrackBrackets(t);
                if (t.Type == ENDMARKER) _sourceDone = true;
            }
            catch (TokenizerException te)
            {
                _sourceDone = true;
                var err = FromTokenizerError(te.Error);
                if (err.Msg.EndsWith(" was never closed", StringComparison.Ordinal))
                {
                    // An unclosed bracket at EOF only wins when it opened before the error's line.
                    if (currentErrLine > err.Lineno) return new ParseAbort(err);
                    return e;
                }
                if (!TokenizerErrorSetsException(err.Msg))
                {
                    // The C tokenizer returns ERRORTOKEN without an exception for these (E_DEDENT,
                    // E_TABSPACE, E_TOODEEP, E_LINECONT, E_EOF): only an unclosed bracket opened on an
                    // earlier line than the error can replace the parser's error.
                    if (_openBrackets.Count > 0 && currentErrLine > TokPos(_openBrackets.Peek()).L)
                        return UnclosedBracket(_openBrackets.Peek());
                    return e;
                }
                return new ParseAbort(err);
            }
        }
        return e;
    }

    private static bool TokenizerErrorSetsException(string msg) => msg is not (
        "unindent does not match any outer indentation level" or
        "inconsistent use of tabs and spaces in indentation" or
        "too many levels of indentation" or
        "unexpected character after line continuation character" or
        "unexpected EOF while parsing");

    /// <summary>pegen_errors.c raise_unclosed_parentheses_error.</summary>
    private ParseAbort UnclosedBracket(Token open)
    {
        var p = TokPos(open);
        return KnownLocation("SyntaxError", p.L, p.C + 1, p.L, 0, $"'{open.Text}' was never closed");
    }

    private ParseAbort SetSyntaxError(Token lastToken)
    {
        if (lastToken.Type == INDENT || lastToken.Type == DEDENT)
            return Raise(lastToken.Type == INDENT ? "unexpected indent" : "unexpected unindent", "IndentationError");
        if (lastToken.EndByteColumn == -1) return RaiseAt(lastToken, "invalid syntax");
        var p = TokPos(lastToken);
        return KnownLocation("SyntaxError", p.L, p.C + 1, p.EL, p.EC + 1, "invalid syntax");
    }
}
