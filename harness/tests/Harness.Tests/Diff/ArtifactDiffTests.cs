using Conformance.Harness.Diff;
using Conformance.Harness.Model;

namespace Conformance.Harness.Tests.Diff;

public class ArtifactDiffTests
{
    private static TokenRecord Tok(string type, string text, int col) => new(type, text, 1, col, 1, col + text.Length, "x = 1\n");

    [Fact]
    public void Identical_tokens_have_no_difference()
    {
        var a = new TokensArtifact([Tok("NAME", "x", 0), Tok("EQUAL", "=", 2)], null);
        Assert.Null(ArtifactDiff.Compare(a, a with { }));
    }

    [Fact]
    public void First_differing_token_is_named_with_its_index_and_field()
    {
        var o = new TokensArtifact([Tok("NAME", "x", 0), Tok("EQUAL", "=", 2)], null);
        var i = new TokensArtifact([Tok("NAME", "x", 0), Tok("OP", "=", 2)], null);
        var d = ArtifactDiff.Compare(o, i)!;
        Assert.Equal("token 1 (type)", d.Where);
        Assert.Contains("EQUAL", d.Oracle);
        Assert.Contains("OP", d.Impl);
    }

    [Fact]
    public void Missing_tokens_are_reported_by_count()
    {
        var o = new TokensArtifact([Tok("NAME", "x", 0), Tok("EQUAL", "=", 2)], null);
        var i = new TokensArtifact([Tok("NAME", "x", 0)], null);
        Assert.StartsWith("token 1 (count: 2 vs 1)", ArtifactDiff.Compare(o, i)!.Where);
    }

    [Fact]
    public void Syntax_errors_differ_by_their_first_differing_field()
    {
        var o = new AstArtifact(null, new StageError("SyntaxError", "invalid syntax", 1, 5, 1, 6, "x = (\n"));
        var i = new AstArtifact(null, new StageError("SyntaxError", "invalid syntax", 1, 4, 1, 6, "x = (\n"));
        Assert.Equal("error.offset", ArtifactDiff.Compare(o, i)!.Where);
    }

    [Fact]
    public void Ast_difference_names_the_path_of_the_first_differing_node()
    {
        const string oracle = "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Constant(value=1), Constant(value='a, b)')], keywords=[]))], type_ignores=[])";
        var impl = oracle.Replace("value='a, b)'", "value='a, c)'");
        var d = ArtifactDiff.Compare(new AstArtifact(oracle, null), new AstArtifact(impl, null))!;
        Assert.Equal("body[0].value.args[1].value", d.Where);
        Assert.Equal("'a, b)'", d.Oracle);
    }

    [Fact]
    public void Dis_difference_names_the_code_object_and_both_lines()
    {
        const string text = "  1           0 RESUME                   0\n\nDisassembly of <code object f at 0xADDR, file \"x.py\", line 1>:\n  1           0 RESUME                   0\n  2           2 LOAD_CONST               1 (1)\n";
        var d = ArtifactDiff.Compare(new DisArtifact(text, [], null), new DisArtifact(text.Replace("1 (1)", "1 (2)"), [], null))!;
        Assert.Contains("<code object f", d.Where);
        Assert.Contains("(1)", d.Oracle);
        Assert.Contains("(2)", d.Impl);
    }

    [Fact]
    public void Co_attribute_difference_is_named()
    {
        var o = new DisArtifact("t", [new CodeObjectRecord("<module>", new Dictionary<string, string> { ["co_stacksize"] = "2" })], null);
        var i = new DisArtifact("t", [new CodeObjectRecord("<module>", new Dictionary<string, string> { ["co_stacksize"] = "3" })], null);
        Assert.Equal("co_stacksize of <module>", ArtifactDiff.Compare(o, i)!.Where);
    }

    private static CapturedOutput Out(string s)
    {
        using var c = new Conformance.Harness.Execution.CappedCapture(1 << 20);
        c.Write(System.Text.Encoding.UTF8.GetBytes(s));
        return c.ToOutput();
    }

    [Fact]
    public void Run_difference_names_the_first_differing_stdout_line_then_stderr_then_exit_code()
    {
        var o = new RunArtifact(0, Out("a\nb\nc\n"), Out(""));
        Assert.Equal("stdout line 2", ArtifactDiff.Compare(o, o with { Stdout = Out("a\nB\nc\n") })!.Where);
        Assert.Equal("exception", ArtifactDiff.Compare(o, o with { Stderr = Out("Traceback\nValueError: x\n") })!.Kind);
        Assert.Equal("exit code", ArtifactDiff.Compare(o, o with { ExitCode = 3 })!.Where);
        Assert.Null(ArtifactDiff.Compare(o, o with { Stdout = Out("a\nb\nc\n") }));
    }

    [Fact]
    public void Stderr_paths_of_each_sides_stdlib_are_normalized()
    {
        var n = OutputNormalizer.ForSides("/py311/lib/python3.11", "/py312/lib/python3.12");
        Assert.Equal(n.Normalize("File \"/py311/lib/python3.11/os.py\""), n.Normalize("File \"/py312/lib/python3.12/os.py\""));
    }

    [Fact]
    public void The_fuzzers_normalizer_masks_repr_addresses_in_stdout_and_stderr()
    {
        var o = new RunArtifact(0, Out("gen1 <function gen1 at 0x7f3a91195bc0>\n"), Out("<object at 0x7f3a91195bc0>\n"));
        var i = new RunArtifact(0, Out("gen1 <function gen1 at 0x7f0000001010>\n"), Out("<object at 0x7f0000001010>\n"));
        Assert.NotNull(ArtifactDiff.Compare(o, i, OutputNormalizer.ForSides(null, null)));
        var masking = OutputNormalizer.ForSides(null, null, maskReprAddresses: true);
        Assert.Null(ArtifactDiff.Compare(o, i, masking));
        // Only the address after " at ": other hexadecimal output is data.
        Assert.Equal("stdout line 1", ArtifactDiff.Compare(o with { Stdout = Out("0x10\n") }, i with { Stdout = Out("0x11\n") }, masking)!.Where);
    }

    [Fact]
    public void Capture_keeps_a_head_but_hashes_everything()
    {
        using var small = new Conformance.Harness.Execution.CappedCapture(4);
        small.Write("0123456789"u8);
        var output = small.ToOutput();
        Assert.Equal(10, output.Length);
        Assert.Equal(4, output.Head.Length);
        Assert.True(output.Truncated);
        Assert.Equal(Out("0123456789").Sha256, output.Sha256);
    }
}
