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

    /// <summary>PYREF_BENCH_STDLIB if set; otherwise the folder the VM imports the standard library from.</summary>
    private static string FindStdlib() =>
        Environment.GetEnvironmentVariable("PYREF_BENCH_STDLIB") is { Length: > 0 } given ? given
            : Pyref.VM.Runtime.StdlibLocator.Find() ?? throw new InvalidOperationException(Pyref.VM.Runtime.StdlibLocator.NotFoundMessage());
}
