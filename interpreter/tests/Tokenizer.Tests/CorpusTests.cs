using System.Text;
using System.Text.Json;
using Pyref.Cli;

namespace Pyref.Tokenizer.Tests;

/// <summary>Every corpus/tokens case, in both views, against CPython 3.11 (see Oracle).</summary>
public class CorpusTests
{
    public static IEnumerable<object[]> Cases => Oracle.CorpusCases();

    [Theory]
    [MemberData(nameof(Cases))]
    public void ModuleView_PrintsWhatPythonMTokenizeEPrints(string file)
    {
        var expected = Oracle.For(file).GetProperty("module");
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        int rc = TokenizeCommand.Run(["-e", Path.Combine(Oracle.CorpusDir, file)], PythonVersion.Py311, stdout, stderr);
        Assert.Equal(expected.GetProperty("stdout").GetString(), stdout.ToString());
        Assert.Equal(expected.GetProperty("stderr").GetString(), stderr.ToString().Split('\n')[0]);
        Assert.Equal(expected.GetProperty("rc").GetInt32(), rc);
    }

    private static readonly string[] TokenizerMessages =
    [
        "invalid ", "unterminated ", "unmatched ", "closing parenthesis", "too many nested parentheses", "leading zeros",
        "unindent does not match", "inconsistent use of tabs", "too many levels of indentation",
        "unexpected character after line continuation", "unexpected EOF while parsing", "was never closed",
        "(unicode error) 'utf-8'", "unknown encoding", "encoding problem", "source code string cannot contain null bytes",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void ParserView_RaisesTheSyntaxErrorAstParseRaises(string file)
    {
        var expected = Oracle.For(file).GetProperty("ast");
        TokenizerError? mine = null;
        try
        {
            var lexer = new Lexer(File.ReadAllBytes(Path.Combine(Oracle.CorpusDir, file)), TokenizerMode.Parser, PythonVersion.Py311);
            while (lexer.Next().Type != TokenType.ENDMARKER) { }
        }
        catch (TokenizerException e)
        {
            mine = e.Error;
        }
        bool cpythonTokenizerError = expected.ValueKind == JsonValueKind.Array
            && expected[1].GetString() is { } msg && (TokenizerMessages.Any(msg.StartsWith) || msg.EndsWith(" was never closed"))
            && !msg.StartsWith("invalid syntax");
        // A string literal's bytes failing to decode: CPython's string parser raises that, not its tokenizer.
        if (cpythonTokenizerError && mine is null && expected[1].GetString()!.StartsWith("(unicode error)")) return;
        if (!cpythonTokenizerError)
        {
            // A parser-level error (or none): the tokenizer must not fail, except on string-literal decoding,
            // which the parser does.
            Assert.Null(mine);
            return;
        }
        Assert.NotNull(mine);
        string kind = mine!.Kind switch
        {
            TokenizerErrorKind.IndentationError => "IndentationError",
            TokenizerErrorKind.TabError => "TabError",
            _ => "SyntaxError",
        };
        Assert.Equal(expected[0].GetString(), kind);
        Assert.Equal(expected[1].GetString(), mine.Message);
        Assert.Equal(expected[2].GetInt32(), mine.Line);
        Assert.Equal(expected[3].GetInt32(), mine.Column);
        Assert.Equal(expected[4].GetInt32(), mine.EndLine);
        Assert.Equal(expected[5].GetInt32(), mine.EndColumn);
        Assert.Equal(expected[6].ValueKind == JsonValueKind.Null ? null : expected[6].GetString(), mine.Text);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ParserView_TokensEqualCPythonsCTokenizer(string file)
    {
        var expected = Oracle.For(file).GetProperty("ctokens");
        if (expected.ValueKind == JsonValueKind.Null) return; // not UTF-8: the C tokenizer iterator takes text only
        var text = new UTF8Encoding(false, false).GetString(File.ReadAllBytes(Path.Combine(Oracle.CorpusDir, file)));
        var lexer = new Lexer(text, TokenizerMode.Parser, PythonVersion.Py311);
        var mine = new List<string>();
        bool failed = false;
        try
        {
            while (true)
            {
                var t = lexer.Next();
                if (t.Type == TokenType.ENDMARKER) break;
                bool noPos = t.Type is TokenType.INDENT or TokenType.DEDENT;
                mine.Add($"{(int)t.Type} {t.Text} {t.StartLine},{(noPos ? -1 : t.StartByteColumn)} {t.EndLine},{(noPos ? -1 : t.EndByteColumn)}");
            }
        }
        catch (TokenizerException)
        {
            failed = true;
        }
        var theirs = expected.GetProperty("tokens").EnumerateArray()
            .Select(a => $"{a[0].GetInt32()} {a[1].GetString()} {a[2].GetInt32()},{a[3].GetInt32()} {a[4].GetInt32()},{a[5].GetInt32()}")
            .ToList();
        bool theyFailed = expected.GetProperty("error").ValueKind != JsonValueKind.Null;
        // The 3.11 iterator stops without an exception on the errors pegen reports itself (E_EOF, E_DEDENT,
        // E_TABSPACE, E_TOODEEP): then only the tokens before the error can be compared.
        if (theyFailed) Assert.True(failed);
        Assert.Equal(theirs, mine);
    }
}
