namespace Pyref.Cli;

/// <summary>Running programs on the VM: not implemented yet.</summary>
internal static class RunCommand
{
    public static int RunFile(string path, string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr) => NotYet(stderr);
    public static int RunCode(string code, string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr) => NotYet(stderr);
    public static int RunModule(string module, string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr) => NotYet(stderr);

    private static int NotYet(TextWriter stderr)
    {
        stderr.WriteLine("pyref: running programs is not implemented yet (the VM is issue 6)");
        return 2;
    }
}
