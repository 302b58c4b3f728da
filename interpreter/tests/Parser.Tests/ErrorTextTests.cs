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

    /// <summary>Sources whose error text comes from the tokenizer's buffer (no file of that name): backslash
    /// continuations and multi-line strings keep the buffer on their first line; a backslash alone at the start
    /// of a line, or one ending a comment, does not; an error above the tokenizer's line has no newline; and
    /// 'single' input with a second statement (pegen.c bad_single_statement), or ending in a block, with and without
    /// codeop's flags.</summary>
    private static readonly string[] BufferTextSources =
    [
        "from a\\\nimport b,\n", "x = 1\nfrom a\\\nimport b,\n", "x = (1,\n2 +\n3 3)\n", "a = 1 + \\\n 2 + \\\n 3 3\n",
        "a = 1 + \\\n 2 3 + \\\n 4\n", "x = '''a\nb''' 3\n", "[l", "(a\\\n b c\\\n d)\n", "x = '''a\nb''' +\n",
        "a\\\n = 1 2\n", "a = 'x\\\ny' 3\n", "x = (1,\n 2 3,\n 4)\n", "a = 1 \\\n  if b else 2 3\n", "x = 5 \\\n  = 3\n",
        "x = 1 # c \\\ny y\n", "x = (1, # c \\\n 2 3)\n", "s = 'é' \\\n + 1 2\n", "x = '''\n\n''' \\\n + 3 4\n",
        "x = 1\r\ny = \\\r\n 2 3\r\n", "a = 1 \\\n  + 2 \\\n  + 3 4 \\\n  + 5\n", "def f():\n    return \\\n      1 2\n",
        "x = f'''{a}\n''' 3\n", "   \\\n x 3\n", "x = [1,\n\\\n2 3]\n", "\\\nx y\n", "x = 1 \\\n  \\\n 2 3\n",
        "x = 1\ny = 2\n", "x = 1 # c\ny = 2\n", "x = 1\n# c\n\n", "if x:\n  pass\n\n",
        // 'single' input's implied NEWLINE and DEDENTs, and codeop's PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT.
        "if x:\n  pass\n", "if x:\n  pass", "x = 1", "", "\n", "# c\n", "if x:\n  if y:\n    pass\n", "def f():\n  return 1\n\n",
        "if x:", "if x:\n  pass\nelse:", "@dec", "class A:\n  def f(self):\n    pass", "1 +", "\\", "x = 1 \\\n", "\\\n", "  \\\n",
        "x = '''abc", "x = 'abc", "x = 'abc\ny", "(1,\n2", "x = (é,", "é = '''\n", "x = '''a\nb", "x = '''a\nb\n", "x = $",
        "if x:\n  y\n z\n", "0x\n", "a b", "for i in range(3): print(i)",
    ];

    [Fact]
    public void ErrorTextAndSingleInputMatchCPython()
    {
        const string script = """
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    for mode in ("exec", "single", "eval"):
        for flags in (0, 0x200 | 0x4000):
            try:
                compile(src, "<no such file>", mode, ast.PyCF_ONLY_AST | flags)
                out.append(f"{mode} {flags} {src!r}: ok")
            except SyntaxError as e:
                out.append(f"{mode} {flags} {src!r}: {e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset} {e.text!r}")
json.dump(out, sys.stdout)
""";
        var psi = new System.Diagnostics.ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        using var proc = System.Diagnostics.Process.Start(psi)!;
        proc.StandardInput.Write(System.Text.Json.JsonSerializer.Serialize(BufferTextSources));
        proc.StandardInput.Close();
        var expected = System.Text.Json.JsonSerializer.Deserialize<string[]>(proc.StandardOutput.ReadToEnd())!;
        proc.WaitForExit();

        var actual = new List<string>();
        foreach (var src in BufferTextSources)
        {
            foreach (var (name, mode) in new[] { ("exec", ParseMode.Exec), ("single", ParseMode.Single), ("eval", ParseMode.Eval) })
            foreach (var flags in new[] { ParseFlags.None, ParseFlags.DontImplyDedent | ParseFlags.AllowIncompleteInput })
            {
                var head = $"{name} {(flags == ParseFlags.None ? 0 : 0x4200)} {PyRepr(src)}: ";
                try
                {
                    PythonParser.Parse(src, "<no such file>", mode, PythonVersion.Py311, flags: flags);
                    actual.Add(head + "ok");
                }
                catch (PythonSyntaxError e)
                {
                    actual.Add(head + $"{e.Msg} {e.Lineno} {e.Offset} {e.EndLineno} {e.EndOffset} {PyRepr(e.Text)}");
                }
            }
        }
        var differing = expected.Zip(actual).Where(p => p.First != p.Second).Select(p => $"cpython: {p.First}\nours:    {p.Second}");
        Assert.True(expected.Length == actual.Count && !differing.Any(), string.Join("\n", differing));
    }

    /// <summary>repr() of a str as CPython prints it, for the few characters these sources hold.</summary>
    private static string PyRepr(string? s)
    {
        if (s is null) return "None";
        bool useDouble = s.Contains('\'') && !s.Contains('"');
        var q = useDouble ? '"' : '\'';
        var b = new StringBuilder().Append(q);
        foreach (var c in s)
        {
            b.Append(c switch
            {
                '\n' => "\\n", '\r' => "\\r", '\t' => "\\t", '\\' => "\\\\",
                _ when c == q => "\\" + c,
                _ => c.ToString(),
            });
        }
        return b.Append(q).ToString();
    }
}
