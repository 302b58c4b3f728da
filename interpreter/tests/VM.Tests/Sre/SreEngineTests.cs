namespace Pyref.VM.Tests.Sre;

/// <summary>
/// Differential tests of the _sre engine (interpreter/VM/Modules/_sre) before `import re` works: sre_driver_gen.py
/// (run by python3) compiles a few hundred patterns with CPython's own re._parser/re._compiler, including
/// CPython's Lib/test/re_tests.py table when installed, and prints a driver program holding the resulting
/// _sre.compile argument lists. The driver runs on CPython's C _sre and on the VM's; every line (spans, groups,
/// findall, finditer, split, sub/subn, reprs, error messages, deep backtracking) must be identical.
/// </summary>
public class SreEngineTests
{
    private static readonly Lazy<string> s_driver = new(() =>
    {
        var gen = Path.Combine(CorpusRunTests.RepoRoot, "interpreter", "tests", "VM.Tests", "Sre", "sre_driver_gen.py");
        var r = CorpusRunTests.RunPython(gen);
        if (r.Exit != 0) throw new InvalidOperationException("sre_driver_gen.py failed: " + r.Stderr);
        var dir = Path.Combine(Path.GetTempPath(), "pyref-vm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "sre_driver.py");
        File.WriteAllText(path, r.Stdout);
        return path;
    });

    [Fact]
    public void EngineMatchesCPythonOnCompiledPatterns()
    {
        var driver = s_driver.Value;
        var expected = CorpusRunTests.RunPython(driver);
        Assert.True(expected.Exit == 0, "python3 driver failed: " + expected.Stderr);
        var actual = CorpusRunTests.RunPyref(driver);
        Assert.True(actual.Exit == 0, "VM driver failed: " + actual.Stderr);

        var want = expected.Stdout.Split('\n');
        var got = actual.Stdout.Split('\n');
        Assert.True(want.Length > 3000, $"the driver printed only {want.Length} lines");
        var diffs = new List<string>();
        for (int i = 0; i < Math.Max(want.Length, got.Length) && diffs.Count < 10; i++)
        {
            var w = i < want.Length ? want[i] : "<missing>";
            var g = i < got.Length ? got[i] : "<missing>";
            if (w != g) diffs.Add($"line {i + 1}:\n  cpython: {Cut(w)}\n  vm:      {Cut(g)}");
        }
        Assert.True(diffs.Count == 0, string.Join("\n", diffs));
    }

    private static string Cut(string s) => s.Length > 300 ? s[..300] + "..." : s;
}
