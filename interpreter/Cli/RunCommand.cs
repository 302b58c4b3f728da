using Pyref.VM;

namespace Pyref.Cli;

/// <summary>
/// Running programs on the VM, as python3 does (Modules/main.c pymain_run_python): `pyref FILE.pyc`
/// loads a CPython-compiled module through the shared marshal reader; `pyref FILE.py` and `-c CODE`
/// compile with the reference compiler. The work is in Pyref.VM.Runner so tests run the same code path.
/// </summary>
internal static class RunCommand
{
    public static int RunFile(string path, string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr) =>
        Runner.RunFile(path, args, stdout, stderr, Console.In);

    public static int RunCode(string code, string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr) =>
        Runner.RunSource(code, args, stdout, stderr, Console.In);

    public static int RunModule(string module, string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine($"pyref: running -m {module} needs the import system over the standard library, which the VM does not have yet");
        return 2;
    }
}
