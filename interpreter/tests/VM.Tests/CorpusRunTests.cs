using System.Diagnostics;
using System.Text;

namespace Pyref.VM.Tests;

/// <summary>
/// Differential tests: every corpus/run program is compiled to .pyc by python3 (PYTHONHASHSEED=0, so
/// frozenset constants are marshalled in seed-0 order), run on the VM in-process through the pyref CLI,
/// and compared with `python3 program.py` (stdout, stderr, exit code).
/// </summary>
public class CorpusRunTests
{
    public static string RepoRoot
    {
        get
        {
            var d = new DirectoryInfo(AppContext.BaseDirectory);
            while (d != null && !File.Exists(Path.Combine(d.FullName, "Conformance.sln"))) d = d.Parent;
            return d?.FullName ?? throw new InvalidOperationException("repo root not found");
        }
    }

    public static IEnumerable<object[]> Programs()
    {
        var root = Path.Combine(RepoRoot, "corpus", "run");
        if (!Directory.Exists(root)) yield break;
        foreach (var f in Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories).OrderBy(x => x, StringComparer.Ordinal))
            yield return new object[] { Path.GetRelativePath(root, f) };
    }

    public static (string Stdout, string Stderr, int Exit) RunPython(params string[] args)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (o.Result, e.Result, p.ExitCode);
    }

    public static string CompileToPyc(string source)
    {
        var dir = Path.Combine(Path.GetTempPath(), "pyref-vm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var pyc = Path.Combine(dir, Path.GetFileNameWithoutExtension(source) + ".pyc");
        var r = RunPython("-c", "import py_compile,sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)", source, pyc);
        if (r.Exit != 0) throw new InvalidOperationException("py_compile failed: " + r.Stderr);
        return pyc;
    }

    public static (string Stdout, string Stderr, int Exit) RunPyref(params string[] args)
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        int code = Runner.RunFile(args[0], args[1..], o, e);
        return (o.ToString(), e.ToString(), code);
    }

    /// <summary>All corpus programs compiled by one python3 process (saves a process per case).</summary>
    private static readonly Lazy<Dictionary<string, string>> s_compiled = new(() =>
    {
        var root = Path.Combine(RepoRoot, "corpus", "run");
        var dir = Path.Combine(Path.GetTempPath(), "pyref-vm-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var map = new Dictionary<string, string>();
        var script = new StringBuilder("import py_compile\n");
        int i = 0;
        foreach (var rel in Programs().Select(p => (string)p[0]))
        {
            var pyc = Path.Combine(dir, $"p{i++}.pyc");
            map[rel] = pyc;
            script.Append($"py_compile.compile({PyLiteral(Path.Combine(root, rel))}, cfile={PyLiteral(pyc)}, doraise=True)\n");
        }
        var r = RunPython("-c", script.ToString());
        if (r.Exit != 0) throw new InvalidOperationException("py_compile failed: " + r.Stderr);
        return map;
    });

    private static string PyLiteral(string s) => "'" + s.Replace("\\", "\\\\").Replace("'", "\\'") + "'";

    [Theory]
    [MemberData(nameof(Programs))]
    public void ProgramMatchesCPython(string relative)
    {
        var source = Path.Combine(RepoRoot, "corpus", "run", relative);
        var expected = RunPython(source);
        var pyc = s_compiled.Value[relative];
        var actual = RunPyref(pyc);
        Assert.Equal(expected.Stdout, actual.Stdout);
        Assert.Equal(expected.Stderr, actual.Stderr);
        Assert.Equal(expected.Exit, actual.Exit);
    }
}
