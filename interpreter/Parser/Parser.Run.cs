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
            throw Finalize(e);
        }
        if (result is not null) return result;

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
