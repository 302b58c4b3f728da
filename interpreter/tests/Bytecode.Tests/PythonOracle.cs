using System.Diagnostics;
using System.Text;

namespace Pyref.Bytecode.Tests;

/// <summary>Runs the installed CPython (tests only: the interpreter itself never does).</summary>
internal static class PythonOracle
{
    public static string Run(string script, string stdin = "", params string[] args)
    {
        var psi = new ProcessStartInfo("python3")
        {
            RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false), StandardInputEncoding = new UTF8Encoding(false),
        };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(script);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["PYTHONHASHSEED"] = "0";
        psi.Environment["PYTHONIOENCODING"] = "utf-8:surrogatepass";
        using var p = Process.Start(psi)!;
        var stderrTask = p.StandardError.ReadToEndAsync();
        var stdoutTask = p.StandardOutput.ReadToEndAsync();
        p.StandardInput.Write(stdin);
        p.StandardInput.Close();
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException("python3 failed: " + stderrTask.Result);
        return stdoutTask.Result;
    }

    private static string? _stdlib;
    public static string Stdlib => _stdlib ??= Run("import sysconfig;print(sysconfig.get_paths()['stdlib'])").Trim();

    /// <summary>Every *.cpython-311.pyc of the stdlib (site-packages excluded), in a stable order.</summary>
    public static List<string> StdlibPycs()
    {
        var files = Directory.EnumerateFiles(Stdlib, "*.cpython-311.pyc", SearchOption.AllDirectories)
            .Where(f => !f.Contains("site-packages")).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            // No __pycache__ installed: compile the stdlib into a temp folder.
            var dir = Path.Combine(Path.GetTempPath(), "pyref-pycs");
            Run("import compileall,sys,shutil,os; src=sys.argv[1]; dst=sys.argv[2]; shutil.copytree(src, dst, dirs_exist_ok=True, ignore=shutil.ignore_patterns('site-packages')); compileall.compile_dir(dst, quiet=2)", "", Stdlib, dir);
            files = Directory.EnumerateFiles(dir, "*.cpython-311.pyc", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        }
        return files;
    }

    /// <summary>Every n-th element, for tests that only need a spread sample.</summary>
    public static List<string> Sample(List<string> files, int count) =>
        files.Where((_, i) => i % Math.Max(1, files.Count / count) == 0).Take(count).ToList();
}
