namespace Conformance.Harness.Tests.Corpus;

/// <summary>The repository's folders, found from the test binary (bin/Debug/net10.0 under harness/tests).</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();
    public static string Corpus => Path.Combine(Root, "corpus");
    public static string Rules => Path.Combine(Corpus, "rules");

    private static string FindRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
            if (File.Exists(Path.Combine(dir, "Conformance.sln"))) return dir;
        throw new InvalidOperationException("Conformance.sln not found above " + AppContext.BaseDirectory);
    }
}
