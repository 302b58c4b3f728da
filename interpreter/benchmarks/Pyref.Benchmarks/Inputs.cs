namespace Pyref.Benchmarks;

/// <summary>
/// The benchmarks' inputs: real modules from the installed CPython's standard library, read at run time (never
/// copied into the repository) from a folder found on disk. The benchmarks start no process: programs for the
/// VM are compiled by the reference compiler.
/// </summary>
internal static class Inputs
{
    /// <summary>Two large, idiomatic modules: typing.py (annotations, classes), argparse.py (strings, control flow).</summary>
    public const string Typing = "typing.py", Argparse = "argparse.py";

    private static readonly Lazy<string> Stdlib = new(FindStdlib);

    public static byte[] StdlibModule(string name) => File.ReadAllBytes(Path.Combine(Stdlib.Value, name));

    /// <summary>
    /// PYREF_BENCH_STDLIB if set; otherwise the lib/pythonX.Y folder next to the first python3 on PATH that is a
    /// real installation (a pyenv shim has none beside it), then the usual system prefixes.
    /// </summary>
    private static string FindStdlib()
    {
        if (Environment.GetEnvironmentVariable("PYREF_BENCH_STDLIB") is { Length: > 0 } given) return given;
        var lib = "python" + PythonVersion.Default;
        var candidates = new List<string>();
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var exe = new FileInfo(Path.Combine(dir, "python3"));
            if (!exe.Exists) continue;
            var real = exe.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? exe.FullName;
            candidates.Add(Path.Combine(Path.GetDirectoryName(real)!, "..", "lib", lib));
        }
        candidates.Add(Path.Combine("/usr/lib", lib));
        candidates.Add(Path.Combine("/usr/local/lib", lib));
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, "os.py")))
            ?? throw new InvalidOperationException($"no {lib} standard library found: set PYREF_BENCH_STDLIB to its folder");
    }
}
