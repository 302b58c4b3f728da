using System.Diagnostics;

namespace Pyref.Benchmarks;

/// <summary>
/// The benchmarks' inputs: real modules from python3's standard library (read at run time, never
/// copied into the repository) and .pyc files python3 compiles at setup. Only this tool and the
/// harness talk to python3; the interpreter under measurement never does.
/// </summary>
internal static class Inputs
{
    /// <summary>Two large, idiomatic modules: typing.py (annotations, classes), argparse.py (strings, control flow).</summary>
    public const string Typing = "typing.py", Argparse = "argparse.py";

    private static readonly Lazy<string> Stdlib = new(() => Python("import sysconfig; print(sysconfig.get_paths()['stdlib'])").Trim());

    public static byte[] StdlibModule(string name) => File.ReadAllBytes(Path.Combine(Stdlib.Value, name));

    /// <summary>Compiles SOURCE with python3 into a .pyc in a temporary folder and returns its path.</summary>
    public static string CompilePyc(string name, string source)
    {
        var folder = Directory.CreateTempSubdirectory("pyref-bench-").FullName;
        var py = Path.Combine(folder, name + ".py");
        var pyc = Path.Combine(folder, name + ".pyc");
        File.WriteAllText(py, source);
        Python("import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)", py, pyc);
        return pyc;
    }

    private static string Python(string code, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("PYREF_BENCH_PYTHON") ?? "python3")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var a in (string[])["-I", "-c", code, .. args]) start.ArgumentList.Add(a);
        start.Environment["PYTHONHASHSEED"] = "0";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start python3");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"python3 failed: {error}");
        return output;
    }
}
