namespace Pyref.Parser.Tests;

/// <summary>Every corpus case (valid programs and syntax errors) against python3's ast.parse.</summary>
public sealed class CorpusTests
{
    private static readonly string RepoRoot = FindRepoRoot();
    private static readonly Lazy<Dictionary<string, string>> Expected = new(() => CPythonOracle.DumpFiles(AllFiles().ToList()));

    private static string FindRepoRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Conformance.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("repository root not found");
    }

    private static IEnumerable<string> AllFiles() =>
        new[] { "corpus/syntax", "corpus/syntax-errors" }
            .Select(d => Path.Combine(RepoRoot, d))
            .Where(Directory.Exists)
            .SelectMany(d => Directory.EnumerateFiles(d, "*.py", SearchOption.AllDirectories))
            .OrderBy(p => p, StringComparer.Ordinal);

    public static IEnumerable<object[]> Cases() =>
        AllFiles().Select(p => new object[] { Path.GetRelativePath(RepoRoot, p) });

    [Theory]
    [MemberData(nameof(Cases))]
    public void SameAsCPython(string relativePath)
    {
        var path = Path.Combine(RepoRoot, relativePath);
        var expected = Expected.Value[path];
        var actual = CPythonOracle.Ours(path);
        if (expected != actual)
            Assert.Fail(CPythonOracle.FirstDifference(expected, actual));
    }

    [Fact]
    public void SyntaxErrorCorpusIsLargeEnough()
    {
        var n = Directory.EnumerateFiles(Path.Combine(RepoRoot, "corpus/syntax-errors"), "*.py").Count();
        Assert.True(n >= 400, $"only {n} syntax-error cases");
    }
}
