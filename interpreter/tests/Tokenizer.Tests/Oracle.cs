using System.Diagnostics;
using System.Text.Json;

namespace Pyref.Tokenizer.Tests;

/// <summary>
/// CPython's answers for every corpus file, computed once per test run by oracle.py (one python3 process),
/// so that the tests compare with the real interpreter without paying its start-up per case.
/// </summary>
public static class Oracle
{
    public static readonly string RepoRoot = FindRoot();
    public static readonly string CorpusDir = Path.Combine(RepoRoot, "corpus", "tokens");

    private static readonly Lazy<JsonElement> Answers = new(Compute);

    private static string FindRoot()
    {
        var dir = AppContext.BaseDirectory;
        while (dir is not null && !File.Exists(Path.Combine(dir, "Conformance.sln"))) dir = Path.GetDirectoryName(dir);
        return dir ?? throw new InvalidOperationException("repository root (Conformance.sln) not found");
    }

    public static IEnumerable<string> CorpusFiles() =>
        Directory.EnumerateFiles(CorpusDir, "*.py", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public static IEnumerable<object[]> CorpusCases() =>
        CorpusFiles().Select(f => new object[] { Path.GetRelativePath(CorpusDir, f) });

    private static JsonElement Compute()
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(RepoRoot, "interpreter", "tests", "Tokenizer.Tests", "oracle.py"));
        foreach (var f in CorpusFiles()) psi.ArgumentList.Add(f);
        using var p = Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        var json = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("oracle.py failed: " + stderrTask.Result);
        return JsonDocument.Parse(json).RootElement;
    }

    public static JsonElement For(string relative) => Answers.Value.GetProperty(Path.Combine(CorpusDir, relative));
}
