using System.Text.Json;

namespace Pyref.Parser.Tests;

/// <summary>The light post-parse validator against python3's compile().</summary>
public sealed class PostParseChecksTests
{
    public static IEnumerable<object[]> Cases() => new[]
    {
        "return 1\n", "x = 1\nyield x\n", "class C:\n    return\n", "break\n", "while 1:\n    pass\ncontinue\n",
        "nonlocal x\n", "await x\n", "def f():\n    await x\n", "async with a:\n    pass\n", "for x in y:\n    def f():\n        break\n",
    }.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Cases))]
    public void SameErrorAsCompile(string source)
    {
        var script = "import json,sys\ntry:\n    compile(sys.argv[1], '<s>', 'exec')\n    print(json.dumps(None))\nexcept SyntaxError as e:\n    print(json.dumps([e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]))\n";
        var psi = new System.Diagnostics.ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c"); psi.ArgumentList.Add(script); psi.ArgumentList.Add(source);
        using var p = System.Diagnostics.Process.Start(psi)!;
        var expected = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        string actual;
        try
        {
            PostParseChecks.Validate(PythonParser.ParseModule(source, "<s>"), "<s>");
            actual = "null";
        }
        catch (PythonSyntaxError e)
        {
            actual = JsonSerializer.Serialize(new object?[] { e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset },
                new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        }
        Assert.Equal(expected.Replace(" ", ""), actual.Replace(" ", ""));
    }
}
