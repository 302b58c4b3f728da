using Pyref.Parser;

namespace Pyref.Cli;

/// <summary>`pyref -m ast [-a] [-i N] [-m MODE] [FILE]`: Lib/ast.py main() of CPython 3.11 (see Pyref.Parser.AstMain).</summary>
internal static class AstCommand
{
    public static int Run(string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr) =>
        AstMain.Run(args, target, stdout, stderr);
}
