using Conformance.Harness.Corpus;
using Conformance.Harness.Model;

namespace Conformance.Harness.Tests;

public class CaseMetadataTests
{
    [Fact]
    public void Front_matter_is_read_from_the_leading_comments_only()
    {
        var m = CaseMetadata.Parse("# features: [match, patterns]\n# stages: [ast, tokens]\n# expect-error: ast SyntaxError\nx = 1\n# stages: [run]\n");
        Assert.Equal(["match", "patterns"], m.Features);
        Assert.Equal([Stage.Tokens, Stage.Ast], m.Stages);
        Assert.Equal("ast SyntaxError", m.ExpectedError);
    }

    [Fact]
    public void A_file_without_front_matter_applies_to_every_stage() => Assert.Null(CaseMetadata.Parse("print(1)\n").Stages);

    [Fact]
    public void Front_matter_may_follow_a_bom_a_cookie_or_code_the_case_needs_first()
    {
        Assert.Equal(["encoding"], CaseMetadata.Parse("\u00EF\u00BB\u00BF# features: [encoding]\n# stages: [tokens]\nx = 1\n").Features);
        Assert.Equal(["encoding"], CaseMetadata.Parse("\uFEFF# features: [encoding]\nx = 1\n").Features);
        var afterCode = CaseMetadata.Parse("x = 1\n# coding: latin-1\n# features: [encoding]\n# stages: [tokens]\ny = 2\n# flags: [slow]\n");
        Assert.Equal(["encoding"], afterCode.Features);
        Assert.Equal([Stage.Tokens], afterCode.Stages);
        Assert.Empty(afterCode.Flags); // after the block: part of the program, not front matter
    }

    [Fact]
    public void Normalizers_and_flags_are_lists()
    {
        var m = CaseMetadata.Parse("# features: [repr]\n# flags: [slow, needs-stdlib]\n# normalize: [hex-numbers]\nprint(1)\n");
        Assert.Equal(["hex-numbers"], m.Normalizers);
        Assert.True(m.HasFlag("slow"));
        Assert.True(m.HasFlag("needs-stdlib"));
        Assert.False(m.HasFlag("fast"));
    }
}
