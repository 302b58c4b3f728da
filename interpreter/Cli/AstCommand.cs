namespace Pyref.Cli;

/// <summary>`pyref -m ast`: not implemented yet.</summary>
internal static class AstCommand
{
    public static int Run(string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("pyref: -m ast is not implemented yet");
        return 2;
    }
}
