namespace Pyref.Cli;

/// <summary>`pyref -m tokenize`: not implemented yet.</summary>
internal static class TokenizeCommand
{
    public static int Run(string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine("pyref: -m tokenize is not implemented yet");
        return 2;
    }
}
