using System.Diagnostics;

namespace Pyref.Parser.Tests;

/// <summary>No input crashes or hangs the parser: CPython's limits give CPython's errors.</summary>
public sealed class RobustnessTests
{
    private static (string? Kind, TimeSpan Took) Run(string source)
    {
        var sw = Stopwatch.StartNew();
        try
        {
            PythonParser.ParseModule(System.Text.Encoding.UTF8.GetBytes(source), "<test>");
            return (null, sw.Elapsed);
        }
        catch (PythonSyntaxError e)
        {
            return (e.Kind, sw.Elapsed);
        }
    }

    [Theory]
    [InlineData("minus", "MemoryError")]          // '-' * 100000 + '1'
    [InlineData("not", "MemoryError")]
    [InlineData("lambda", "MemoryError")]
    [InlineData("parens", "SyntaxError")]         // too many nested parentheses
    [InlineData("deep_ast", "RecursionError")]    // '-' * 2995: parses, but ast2obj refuses
    // The tokenizer's hostile inputs, through the parser (kinds are CPython 3.11's for compile(..., PyCF_ONLY_AST)).
    [InlineData("indent1k", "IndentationError")]     // too many levels of indentation (at line 101)
    [InlineData("line1mb", "RecursionError")]        // 250,000 left-nested BinOps on one line: ast2obj refuses
    [InlineData("mixedtabs", "TabError")]
    [InlineData("triple_eof", "SyntaxError")]        // unterminated triple-quoted string literal
    [InlineData("brackets1m", "SyntaxError")]        // too many nested parentheses, brackets of all kinds
    public void DeepInputsGiveCPythonsError(string shape, string kind)
    {
        string src = shape switch
        {
            "minus" => new string('-', 100_000) + "1",
            "not" => string.Concat(Enumerable.Repeat("not ", 20_000)) + "1",
            "lambda" => string.Concat(Enumerable.Repeat("lambda:", 20_000)) + "1",
            "parens" => new string('(', 1_000_000),
            "deep_ast" => new string('-', 2995) + "1",
            "indent1k" => string.Concat(Enumerable.Range(0, 1_000).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 1_000) + "pass\n",
            "line1mb" => "x = " + string.Concat(Enumerable.Repeat("1 + ", 250_000)) + "1\n",
            "mixedtabs" => "if x:\n\tif y:\n        pass\n",
            "triple_eof" => "x = '''abc\n",
            "brackets1m" => string.Concat(Enumerable.Repeat("([{", 333_334)),
            _ => throw new ArgumentException(shape),
        };
        var (actual, took) = Run(src);
        Assert.Equal(kind, actual);
        Assert.True(took < TimeSpan.FromSeconds(30), $"took {took}");
    }

    [Fact]
    public void HundredMegabytesOfPlusDoNotCrash()
    {
        var (kind, took) = Run(new string('+', 100_000_000));
        Assert.NotNull(kind);
        Assert.True(took < TimeSpan.FromSeconds(30), $"took {took}");
    }

    [Fact]
    public void RandomBytesDoNotCrash()
    {
        var rng = new Random(1234);
        for (int i = 0; i < 300; i++)
        {
            var bytes = new byte[rng.Next(1, 400)];
            rng.NextBytes(bytes);
            const string alphabet = "()[]{}:=+-*/ \nab1'\"\\#,.fif else lambda\t{}!";
            if (i % 2 == 0)
                for (int j = 0; j < bytes.Length; j++) bytes[j] = (byte)alphabet[bytes[j] % alphabet.Length];
            try { PythonParser.ParseModule(bytes, "<random>"); }
            catch (PythonSyntaxError) { }
        }
    }

    [Fact]
    public void EveryTruncationOfAProgramParsesOrFails()
    {
        const string program = "import os\n@dec(1)\nclass C(B, metaclass=M):\n    \"\"\"doc\"\"\"\n    def f(self, a, /, b=2, *c, d, **e) -> int:\n" +
            "        match a:\n            case [1, *r] if r: return f\"{a!r:>{b}}\"\n        with (open(x) as f, g):\n            yield from (y async for y in z)\n" +
            "        return lambda q: q ** -1 if q else {**e, 'k': [i for i in c]}\n";
        var bytes = System.Text.Encoding.UTF8.GetBytes(program);
        for (int n = 0; n <= bytes.Length; n++)
        {
            try { PythonParser.ParseModule(bytes.AsMemory(0, n), "<truncated>"); }
            catch (PythonSyntaxError) { }
        }
    }
}
