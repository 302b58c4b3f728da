using System.Text;
using Pyref.Parser.Ast;
using Assert = Xunit.Assert;

namespace Pyref.Parser.Tests;

/// <summary>
/// SyntaxError.text as CPython 3.11 picks it (expected values are what compile(src, name, "exec",
/// ast.PyCF_ONLY_AST) gives): read back from the named file when it exists, else from the tokenizer's
/// buffers, and the f-string sub-parser's "(expr)" buffer.
/// </summary>
public sealed class ErrorTextTests
{
    private static PythonSyntaxError Error(string source, string filename = "<unknown>") =>
        Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule(Encoding.UTF8.GetBytes(source), filename));

    [Fact]
    public void FStringErrorOnTheTokenizersLineKeepsTheAddedNewline()
    {
        var e = Error("f'{a b}'\n");
        Assert.Equal(("f-string: invalid syntax. Perhaps you forgot a comma?", "(a b)\n"), (e.Msg, e.Text));
    }

    [Fact]
    public void FStringErrorAboveTheTokenizersLineHasNoNewline()
    {
        var e = Error("x = 1\ny = 2\nz = 3\nf'''{\na b\n}'''\n");
        Assert.Equal(("f-string: invalid syntax. Perhaps you forgot a comma?", 5, 1, "a b"), (e.Msg, e.Lineno, e.Offset, e.Text));
    }

    [Fact]
    public void UnclosedBracketTextComesFromTheNamedFileWhenItExists()
    {
        const string source = "# c\n\n\nx = [1, 2,\ny = 3\n";
        Assert.Equal("x = [1, 2,", Error(source).Text);
        var path = Path.Combine(Path.GetTempPath(), $"pyref-errtext-{Environment.ProcessId}.py");
        File.WriteAllText(path, source);
        try
        {
            var e = Error(source, path);
            Assert.Equal(("'[' was never closed", 4, 5, "x = [1, 2,\n"), (e.Msg, e.Lineno, e.Offset, e.Text));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void FileLinesLongerThanErrProgramTextsBufferKeepTheirLastChunk()
    {
        var digits = new string('9', 4400);
        var path = Path.Combine(Path.GetTempPath(), $"pyref-errtext-long-{Environment.ProcessId}.py");
        var source = $"x = {digits}\n";
        File.WriteAllText(path, source);
        try
        {
            // err_programtext reads 999-byte chunks into one buffer: 4405 bytes leave a last chunk of 409.
            var e = Error(source, path);
            Assert.Equal(new string('9', 408) + "\n", e.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData(new byte[] { (byte)'s', (byte)' ', (byte)'=', (byte)' ', (byte)'\'', 0xFF, (byte)'\'', (byte)'\n' },
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 8)]
    [InlineData(new byte[] { (byte)'s', (byte)'=', (byte)'\'', (byte)'a', (byte)'\'', (byte)' ', (byte)'\'', 0xC3, (byte)'\'', (byte)'\n' },
        "(unicode error) 'utf-8' codec can't decode byte 0xc3 in position 0: unexpected end of data", 10)]
    [InlineData(new byte[] { (byte)'s', (byte)'=', (byte)'\'', (byte)'\\', (byte)'n', 0xFF, (byte)'\'', (byte)'\n' },
        "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte", 8)]
    public void UndecodableBytesInAStrLiteralAreAUnicodeError(byte[] source, string message, int offset)
    {
        var e = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule(source));
        Assert.Equal((message, 1, offset), (e.Msg, e.Lineno, e.Offset));
    }

    [Fact]
    public void TypeCommentsReachTheTreeWhenAsked()
    {
        var source = Encoding.UTF8.GetBytes("def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    x = 1  # type: int\n    pass  # type: ignore[foo]\n");
        var dump = AstDump.Dump(PythonParser.ParseModule(source, typeComments: true));
        Assert.Contains("arg(arg='a', type_comment='int')", dump);
        Assert.Contains("type_comment='(...) -> None'", dump);
        Assert.Contains("TypeIgnore(lineno=5, tag='[foo]')", dump);
        Assert.DoesNotContain("type_comment", AstDump.Dump(PythonParser.ParseModule(source)));
    }
}
