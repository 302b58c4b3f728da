namespace Conformance.Harness.Corpus;

/// <summary>A case to run: its file, the name reports use, and its front matter.</summary>
public sealed record CaseInfo(string Path, string Name, CaseMetadata Metadata);

/// <summary>Finds the cases: .py files given directly or found recursively in folders, and the oracle's stdlib.</summary>
public static class CaseSource
{
    public static List<CaseInfo> Discover(IEnumerable<string> paths, string? stdlib)
    {
        var cases = new List<CaseInfo>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var given in paths)
        {
            var full = System.IO.Path.GetFullPath(given);
            if (File.Exists(full))
            {
                if (seen.Add(full)) cases.Add(new CaseInfo(full, DisplayName(full, Directory.GetCurrentDirectory()), CaseMetadata.Read(full)));
            }
            else if (Directory.Exists(full))
            {
                var root = System.IO.Path.GetDirectoryName(full.TrimEnd('/')) ?? full;
                foreach (var file in PythonFiles(full))
                    if (seen.Add(file)) cases.Add(new CaseInfo(file, DisplayName(file, root), CaseMetadata.Read(file)));
            }
            else
            {
                throw new Implementations.SetupException($"no such file or folder: {given}");
            }
        }
        if (stdlib is not null)
        {
            foreach (var file in PythonFiles(stdlib).Where(f => !f.Contains("/site-packages/", StringComparison.Ordinal)))
                if (seen.Add(file)) cases.Add(new CaseInfo(file, "stdlib/" + System.IO.Path.GetRelativePath(stdlib, file), CaseMetadata.None));
        }
        return cases;
    }

    /// <summary>Sorted, so that a run's order (and so its results.jsonl) is the same from run to run.</summary>
    private static IEnumerable<string> PythonFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*.py", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = 0 })
            .Order(StringComparer.Ordinal);

    private static string DisplayName(string file, string root)
    {
        var relative = System.IO.Path.GetRelativePath(root, file);
        return relative.StartsWith("..", StringComparison.Ordinal) ? file : relative;
    }
}
