using System.Text;

namespace Pyref.Tokenizer.Tests;

/// <summary>API behaviour other stages rely on, and hostile inputs. No python3 needed.</summary>
public class LexerTests
{
    private static List<Token> All(string src, TokenizerMode mode = TokenizerMode.Parser)
    {
        var lexer = new Lexer(Encoding.UTF8.GetBytes(src), mode, PythonVersion.Py311);
        var list = new List<Token>();
        while (true)
        {
            var t = lexer.Next();
            list.Add(t);
            if (t.Type == TokenType.ENDMARKER) return list;
        }
    }

    [Fact]
    public void EndmarkerRepeats()
    {
        var lexer = new Lexer("x\n", TokenizerMode.Parser, PythonVersion.Py311);
        while (lexer.Next().Type != TokenType.ENDMARKER) { }
        Assert.Equal(TokenType.ENDMARKER, lexer.Next().Type);
        Assert.Equal(TokenType.ENDMARKER, lexer.Next().Type);
    }

    [Fact]
    public void ErrorIsRaisedAgainOnEveryCall()
    {
        var lexer = new Lexer("x = (\n", TokenizerMode.Parser, PythonVersion.Py311);
        Assert.Equal(TokenType.NAME, lexer.Next().Type);
        Assert.Equal(TokenType.EQUAL, lexer.Next().Type);
        Assert.Equal(TokenType.LPAR, lexer.Next().Type);
        var e1 = Assert.Throws<TokenizerException>(() => lexer.Next());
        var e2 = Assert.Throws<TokenizerException>(() => lexer.Next());
        Assert.Equal("'(' was never closed", e1.Error.Message);
        Assert.Same(e1.Error, e2.Error);
    }

    [Fact]
    public void ParserViewHasExactTypesAndNoCommentsOrNl()
    {
        var types = All("if x:  # c\n\n    y **= 2\n").Select(t => t.Type).ToArray();
        Assert.Equal(new[]
        {
            TokenType.NAME, TokenType.NAME, TokenType.COLON, TokenType.NEWLINE, TokenType.INDENT, TokenType.NAME,
            TokenType.DOUBLESTAREQUAL, TokenType.NUMBER, TokenType.NEWLINE, TokenType.DEDENT, TokenType.ENDMARKER,
        }, types);
    }

    [Fact]
    public void ParserViewByteColumnsAreUtf8()
    {
        var toks = All("é = 'ü'\n");
        Assert.Equal((0, 2), (toks[0].StartByteColumn, toks[0].EndByteColumn));
        Assert.Equal((0, 1), (toks[0].StartColumn, toks[0].EndColumn));
        Assert.Equal((5, 9), (toks[2].StartByteColumn, toks[2].EndByteColumn));
        Assert.Equal((4, 7), (toks[2].StartColumn, toks[2].EndColumn));
    }

    [Fact]
    public void AsyncAndAwaitAreTheirOwnTokensForTheParser()
    {
        var toks = All("async def f(): await x\n");
        Assert.Equal(TokenType.ASYNC, toks[0].Type);
        Assert.Equal(TokenType.AWAIT, toks[6].Type);
        var module = All("async def f(): await x\n", TokenizerMode.TokenizeModule);
        Assert.Equal(TokenType.NAME, module[1].Type); // after ENCODING
    }

    [Fact]
    public void ExecInputAddsTheMissingNewlineOnlyWhenAsked()
    {
        var exec = new Lexer("x", TokenizerMode.Parser, PythonVersion.Py311);
        Assert.Equal(TokenType.NAME, exec.Next().Type);
        Assert.Equal(TokenType.NEWLINE, exec.Next().Type);
        var eval = new Lexer("x", TokenizerMode.Parser, PythonVersion.Py311, execInput: false);
        Assert.Equal(TokenType.NAME, eval.Next().Type);
        Assert.Equal(TokenType.ENDMARKER, eval.Next().Type);
    }

    [Fact]
    public void UnterminatedTripleQuoteAtEofIsATokenError()
    {
        var (tokens, error) = Lexer.TokenizeAll("x = 1\n'''abc\n"u8.ToArray(), TokenizerMode.TokenizeModule, PythonVersion.Py311);
        Assert.Equal(TokenizerErrorKind.TokenError, error!.Kind);
        Assert.Equal("EOF in multi-line string", error.Message);
        Assert.Equal((2, 0), (error.Line, error.Column));
        Assert.Equal(TokenType.ENCODING, tokens[0].Type);
    }

    // 100,000 nested levels need lines of 1, 2, ... 100,000 columns: 5 GB of source. These are the feasible
    // shapes of the same stress: thousands of real levels, a 100,000-column indentation, 100,000 indent/dedent pairs.
    [Fact]
    public void ThousandsOfIndentationLevels()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 3_000; i++) sb.Append(' ', i).Append("if x:\n");
        sb.Append(' ', 3_000).Append("pass\n");
        var src = Encoding.UTF8.GetBytes(sb.ToString());
        var (tokens, error) = Lexer.TokenizeAll(src, TokenizerMode.TokenizeModule, PythonVersion.Py311);
        Assert.Null(error);
        Assert.Equal(3_000, tokens.Count(t => t.Type == TokenType.DEDENT));
        var (_, perror) = Lexer.TokenizeAll(src, TokenizerMode.Parser, PythonVersion.Py311);
        Assert.Equal("too many levels of indentation", perror!.Message);
        Assert.Equal(TokenizerErrorKind.IndentationError, perror.Kind);
        Assert.Equal((101, 1, 101, 0), (perror.Line, perror.Column, perror.EndLine, perror.EndColumn));
    }

    [Fact]
    public void HundredThousandColumnIndentAndHundredThousandDedents()
    {
        var wide = Encoding.UTF8.GetBytes("if x:\n" + new string(' ', 100_000) + "y\n");
        var (tokens, error) = Lexer.TokenizeAll(wide, TokenizerMode.TokenizeModule, PythonVersion.Py311);
        Assert.Null(error);
        Assert.Equal(100_000, tokens.First(t => t.Type == TokenType.INDENT).EndColumn);
        var sb = new StringBuilder();
        for (int i = 0; i < 100_000; i++) sb.Append("if x:\n    y\n");
        var (t2, e2) = Lexer.TokenizeAll(Encoding.UTF8.GetBytes(sb.ToString()), TokenizerMode.Parser, PythonVersion.Py311);
        Assert.Null(e2);
        Assert.Equal(100_000, t2.Count(t => t.Type == TokenType.DEDENT));
    }

    [Fact]
    public void TenMegabyteLine()
    {
        var src = Encoding.UTF8.GetBytes("x = '" + new string('é', 5_000_000) + "' + [" + string.Concat(Enumerable.Repeat("1, ", 100_000)) + "]\n");
        var (tokens, error) = Lexer.TokenizeAll(src, TokenizerMode.TokenizeModule, PythonVersion.Py311);
        Assert.Null(error);
        Assert.Equal(5_000_006, tokens[3].EndColumn);
        var (ptokens, perror) = Lexer.TokenizeAll(src, TokenizerMode.Parser, PythonVersion.Py311);
        Assert.Null(perror);
        Assert.Equal(10_000_006, ptokens[2].EndByteColumn);
        Assert.Equal(5_000_006, ptokens[2].EndColumn);
    }

    [Fact]
    public void DeepParenthesesInParserView()
    {
        var (_, error) = Lexer.TokenizeAll(Encoding.UTF8.GetBytes("x = " + new string('(', 100_000)), TokenizerMode.Parser, PythonVersion.Py311);
        Assert.Equal("too many nested parentheses", error!.Message);
        Assert.Equal((1, 205), (error.Line, error.Column));
    }
}

public class TypeCommentTests
{
    [Fact]
    public void TypeCommentsOnlyWhenAsked()
    {
        const string src = "x = []  # type: List[int]\ndef f(a):\n    # type: (int) -> None\n    pass  # type: ignore[foo]\n# type: ignore\n";
        var plain = new Lexer(src, TokenizerMode.Parser, PythonVersion.Py311);
        var lexer = new Lexer(src, TokenizerMode.Parser, PythonVersion.Py311) { TypeComments = true };
        var tokens = new List<Token>();
        while (true)
        {
            var t = lexer.Next();
            tokens.Add(t);
            if (t.Type == TokenType.ENDMARKER) break;
        }
        // what ast.parse(src, type_comments=True) reports: 'List[int]', '(int) -> None', ignores (4, '[foo]'), (5, '')
        var comments = tokens.Where(t => t.Type == TokenType.TYPE_COMMENT).Select(t => t.Text).ToArray();
        Assert.Equal(new[] { "List[int]", "(int) -> None" }, comments);
        var ignores = tokens.Where(t => t.Type == TokenType.TYPE_IGNORE).Select(t => (t.StartLine, t.Text)).ToArray();
        Assert.Equal(new[] { (4, "[foo]"), (5, "") }, ignores);
        while (plain.Next() is var p && p.Type != TokenType.ENDMARKER)
            Assert.NotEqual(TokenType.TYPE_COMMENT, p.Type);
    }
}
