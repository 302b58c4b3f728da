using Conformance.Harness.Model;
using Conformance.Harness.Report;

namespace Conformance.Harness.Tests.Report;

public class FeatureTableTests
{
    private static CaseResult Result(string name, string stage, string verdict, string? detail, params string[] features) =>
        new(name, stage, verdict, null, new SideSeconds(null, null), detail, null, features);

    [Fact]
    public void Cells_count_identical_out_of_the_cases_that_have_the_stage()
    {
        var table = FeatureTable.Build(
        [
            Result("a.py", "tokens", "identical", null, "fstring", "strings"),
            Result("a.py", "run", "skipped", FeatureTable.NotAStageDetail, "fstring", "strings"),
            Result("b.py", "tokens", "divergent", null, "fstring"),
            Result("b.py", "run", "skipped", "pyref cannot run programs yet", "fstring"),
            Result("c.py", "tokens", "waived", null, "fstring"),
        ]);
        Assert.Equal(new FeatureCell(1, 3), table["fstring"]["tokens"]);
        // A stage the front matter leaves out is not counted; one the implementation skips is.
        Assert.Equal(new FeatureCell(0, 1), table["fstring"]["run"]);
        Assert.Equal(new FeatureCell(1, 1), table["strings"]["tokens"]);
        Assert.False(table["strings"].ContainsKey("run"));
    }
}
