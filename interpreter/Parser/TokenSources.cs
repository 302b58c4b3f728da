using Pyref.Tokenizer;

namespace Pyref.Parser;

/// <summary>
/// Interim token source while the Lexer's parser view (Parser/tokenizer.c) is being written: the
/// tokenize-module view with COMMENT, NL and ENCODING dropped. For valid programs the streams agree
/// (same types, texts and positions); tokenizer *errors* differ (TokenError instead of SyntaxError).
/// DEVIATION(CPython): used only when the parser view throws NotImplementedException.
/// </summary>
internal sealed class TokenizeModuleAdapter(Lexer lexer) : ITokenSource
{
    public Token Next()
    {
        while (true)
        {
            var t = lexer.Next();
            switch (t.Type)
            {
                case TokenType.COMMENT or TokenType.NL or TokenType.ENCODING:
                    continue;
                case TokenType.ERRORTOKEN:
                    throw new TokenizerException(new TokenizerError(TokenizerErrorKind.SyntaxError, "invalid syntax",
                        t.StartLine, t.StartColumn + 1, t.EndLine, t.EndColumn + 1, t.Line));
                default:
                    return t;
            }
        }
    }
}

internal static class TokenSourceFactory
{
    private static bool? _parserViewAvailable;

    /// <summary><paramref name="execInput"/>: file input, which the tokenizer ends with a newline if it lacks one.</summary>
    public static ITokenSource FromBytes(ReadOnlyMemory<byte> source, PythonVersion target, bool typeComments = false, bool execInput = true)
    {
        if (_parserViewAvailable != false)
        {
            try
            {
                // PyCF_TYPE_COMMENTS: the C tokenizer then returns TYPE_COMMENT and TYPE_IGNORE tokens.
                var lexer = new Lexer(source, TokenizerMode.Parser, target, null, execInput) { TypeComments = typeComments, TokenLines = false };
                _parserViewAvailable = true;
                return new LexerTokenSource(lexer);
            }
            catch (NotImplementedException)
            {
                _parserViewAvailable = false;
            }
        }
        return new TokenizeModuleAdapter(new Lexer(source, TokenizerMode.TokenizeModule, target));
    }

    public static ITokenSource FromString(string source, PythonVersion target, bool typeComments = false, bool execInput = true)
    {
        if (_parserViewAvailable == true) return new LexerTokenSource(new Lexer(source, TokenizerMode.Parser, target, execInput) { TypeComments = typeComments, TokenLines = false });
        if (_parserViewAvailable != false)
        {
            try
            {
                var lexer = new Lexer(source, TokenizerMode.Parser, target);
                lexer.Next(); // the parser view may only fail on the first step
                _parserViewAvailable = true;
                return new LexerTokenSource(new Lexer(source, TokenizerMode.Parser, target, execInput) { TypeComments = typeComments, TokenLines = false });
            }
            catch (NotImplementedException)
            {
                _parserViewAvailable = false;
            }
            catch (TokenizerException)
            {
                _parserViewAvailable = true;
                return new LexerTokenSource(new Lexer(source, TokenizerMode.Parser, target, execInput) { TypeComments = typeComments, TokenLines = false });
            }
        }
        return new TokenizeModuleAdapter(new Lexer(source, TokenizerMode.TokenizeModule, target));
    }
}
