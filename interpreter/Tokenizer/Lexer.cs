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
/// </summary>
public sealed partial class Lexer
{
    /// <summary>Tokenizes source bytes: applies PEP 263 / BOM encoding detection first.</summary>
    public Lexer(ReadOnlyMemory<byte> source, TokenizerMode mode, PythonVersion target)
    {
        throw new NotImplementedException("tokenizer: implemented in issue 3");
    }

    /// <summary>Tokenizes an already-decoded source string (no ENCODING token).</summary>
    public Lexer(string source, TokenizerMode mode, PythonVersion target)
    {
        throw new NotImplementedException("tokenizer: implemented in issue 3");
    }

    /// <summary>The next token; after ENDMARKER keeps returning ENDMARKER. Throws TokenizerException.</summary>
    public Token Next() => throw new NotImplementedException();

    /// <summary>
    /// The whole stream for the tokenize-module view: the tokens produced before any error, and the error.
    /// </summary>
    public static (IReadOnlyList<Token> Tokens, TokenizerError? Error) TokenizeAll(
        ReadOnlyMemory<byte> source, TokenizerMode mode, PythonVersion target) =>
        throw new NotImplementedException();
}
