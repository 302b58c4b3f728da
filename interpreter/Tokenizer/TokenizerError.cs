namespace Pyref.Tokenizer;

/// <summary>Which Python exception CPython raises for a tokenizer failure.</summary>
public enum TokenizerErrorKind
{
    /// <summary>tokenize.TokenError (tokenize-module view only), e.g. "EOF in multi-line statement".</summary>
    TokenError,
    SyntaxError,
    IndentationError,
    TabError,
    /// <summary>
    /// UnicodeDecodeError: the tokenize module decodes line by line and lets the codec's error escape
    /// (python -m tokenize prints "unexpected error: ..." and a traceback). Line is the line that failed,
    /// Column the byte position in it that the message names.
    /// </summary>
    UnicodeDecodeError,
}

/// <summary>
/// A tokenizer failure as data: exception kind, CPython's message and position.
/// For the tokenize-module view, Line/Column are what the exception's args carry;
/// for the parser view they are SyntaxError's lineno/offset (offset is 1-based, in code points)
/// plus end positions where CPython sets them.
/// </summary>
public sealed record TokenizerError(
    TokenizerErrorKind Kind,
    string Message,
    int Line,
    int Column,
    int EndLine = -1,
    int EndColumn = -1,
    string? Text = null);

/// <summary>Thrown by the pull interface when the next token cannot be produced.</summary>
public sealed class TokenizerException(TokenizerError error) : Exception(error.Message)
{
    public TokenizerError Error { get; } = error;
}
