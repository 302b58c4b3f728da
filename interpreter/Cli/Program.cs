using System.Text;

namespace Pyref.Cli;

/// <summary>
/// `pyref`: the reference interpreter with CPython's own command line (Modules/main.c).
/// Each `-m` module CPython implements in Lib/ has its own file here, owned by its stage:
/// TokenizeCommand (Lib/tokenize.py main), AstCommand (Lib/ast.py main), DisCommand (Lib/dis.py _test),
/// RunCommand (running FILE or -c CODE on the VM).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        try
        {
            return Dispatch(args, stdout, stderr);
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    public static int Dispatch(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var target = PythonVersion.Default;
        int i = 0;
        // Interpreter options that come before the script or -m/-c, as in CPython.
        while (i < args.Length)
        {
            switch (args[i])
            {
                case "--target" when i + 1 < args.Length:
                    target = PythonVersion.Parse(args[i + 1]);
                    i += 2;
                    continue;
                case "-I" or "-E" or "-s" or "-S" or "-B" or "-u" or "-P":
                    i++;
                    continue;
                case "-V" or "--version":
                    stdout.WriteLine($"Python {target}.0 (pyref 0.1.0)");
                    return 0;
            }
            break;
        }
        var rest = args[i..];
        if (rest.Length >= 2 && rest[0] == "-m")
        {
            var moduleArgs = rest[2..];
            return rest[1] switch
            {
                "tokenize" => TokenizeCommand.Run(moduleArgs, target, stdout, stderr),
                "ast" => AstCommand.Run(moduleArgs, target, stdout, stderr),
                "dis" => DisCommand.Run(moduleArgs, target, stdout, stderr),
                _ => RunCommand.RunModule(rest[1], moduleArgs, target, stdout, stderr),
            };
        }
        if (rest.Length >= 2 && rest[0] == "-c")
            return RunCommand.RunCode(rest[1], rest[2..], target, stdout, stderr);
        if (rest.Length >= 1 && !rest[0].StartsWith('-'))
            return RunCommand.RunFile(rest[0], rest[1..], target, stdout, stderr);
        stderr.WriteLine("usage: pyref [--target 3.11] [-I] (FILE [ARGS] | -c CODE | -m tokenize|ast|dis ARGS)");
        return 2;
    }
}
