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
}
