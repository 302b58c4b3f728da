namespace Pyref.Cli;

/// <summary>`pyref -m dis`: not implemented yet.</summary>
internal static class DisCommand
{
    public static int Run(string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("pyref: -m dis is not implemented yet");
        return 2;
    }
}
