using System.Text;
using Pyref.Parser.Ast;

namespace Pyref.Parser;

/// <summary>
/// Lib/ast.py main() behind `pyref -m ast [-a] [-i N] [-m MODE] [--no-type-comments] [FILE]`: Lib/ast.py main() of CPython 3.11:
/// parse (type comments on by default there), then print ast.dump(tree, include_attributes, indent=3).
/// </summary>
public static class AstMain
{
    private const string Usage = "usage: python -m ast [-h] [-m {exec,single,eval,func_type}] [--no-type-comments] [-a]\n                     [-i INDENT]\n                     [infile]";

    public static int Run(string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr)
    {
        bool includeAttributes = false;
        bool typeComments = true;
        int indent = 3;
        var mode = ParseMode.Exec;
        string? infile = null;
        for (int i = 0; i < args.Length; i++)
        {
            var a = args[i];
            switch (a)
            {
                case "-a" or "--include-attributes": includeAttributes = true; break;
                case "--no-type-comments": typeComments = false; break;
                case "-h" or "--help": stdout.WriteLine(Usage); return 0;
                case "-i" or "--indent" when i + 1 < args.Length && int.TryParse(args[i + 1], out var n): indent = n; i++; break;
                case "-m" or "--mode" when i + 1 < args.Length:
                    mode = args[++i] switch
                    {
                        "exec" => ParseMode.Exec, "eval" => ParseMode.Eval, "single" => ParseMode.Single,
                        "func_type" => ParseMode.FuncType, _ => (ParseMode)(-1),
                    };
                    if ((int)mode < 0)
                    {
                        stderr.WriteLine(Usage);
                        stderr.WriteLine($"python -m ast: error: argument -m/--mode: invalid choice: '{args[i]}' (choose from 'exec', 'single', 'eval', 'func_type')");
                        return 2;
                    }
                    break;
                default:
                    if (a.StartsWith('-') && a != "-" || infile is not null)
                    {
                        stderr.WriteLine(Usage);
                        stderr.WriteLine($"python -m ast: error: unrecognized arguments: {a}");
                        return 2;
                    }
                    infile = a;
                    break;
            }
        }
        byte[] source;
        string name;
        if (infile is null or "-")
        {
            using var ms = new MemoryStream();
            Console.OpenStandardInput().CopyTo(ms);
            source = ms.ToArray();
            name = "<stdin>";
        }
        else
        {
            try { source = File.ReadAllBytes(infile); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                stderr.WriteLine(Usage);
                stderr.WriteLine($"python -m ast: error: argument infile: can't open '{infile}': [Errno 2] No such file or directory: '{infile}'");
                return 2;
            }
            name = infile;
        }
        try
        {
            // Lib/ast.py main() calls parse() from runpy._run_module_as_main, _run_code, <module>, main.
            PythonParser.CallerPythonDepth = 5;
            var tree = PythonParser.Parse(source, name, mode, target, typeComments);
            stdout.Write(AstDump.Dump(tree, includeAttributes, indent));
            stdout.Write('\n');
            return 0;
        }
        catch (PythonSyntaxError e)
        {
            // DEVIATION(CPython): the traceback's frames above the SyntaxError (runpy, ast.py) are not
            // reproduced; the last lines (location, caret line, message) follow traceback's format.
            stderr.WriteLine("Traceback (most recent call last):");
            if (!e.IsSyntaxError)
            {
                stderr.WriteLine(e.Msg.Length > 0 ? $"{e.Kind}: {e.Msg}" : e.Kind);
                return 1;
            }
            stderr.WriteLine($"  File \"{e.Filename}\", line {e.Lineno}");
            if (e.Text is { } text)
            {
                var line = text.TrimEnd('\n');
                var stripped = line.TrimStart(' ', '\t', '\f');
                int removed = line.Length - stripped.Length;
                stderr.WriteLine("    " + stripped);
                int offset = e.Offset ?? 1;
                int start = Math.Max(offset - 1 - removed, 0);
                int end = e.EndLineno == e.Lineno && e.EndOffset is int eo && eo > offset ? eo - 1 - removed : start + 1;
                stderr.WriteLine("    " + new string(' ', start) + new string('^', Math.Max(end - start, 1)));
            }
            stderr.WriteLine($"{e.Kind}: {e.Msg}");
            return 1;
        }
    }
}
