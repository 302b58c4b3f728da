using Pyref.Bytecode;
using Pyref.Dis;

namespace Pyref.Cli;

/// <summary>
/// `pyref -m dis FILE`: Lib/dis.py main() of 3.11 — compile FILE and print dis.dis of the module code.
/// FILE is compiled with the reference compiler (interpreter/Compiler) as `compile(source, FILE, "exec")`; a .pyc FILE
/// (an extension of pyref) is disassembled from its marshalled code object.
/// </summary>
internal static class DisCommand
{
    public static int Run(string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr)
    {
        var files = args.Where(a => a != "--").ToArray();
        if (files.Length != 1 || files[0].StartsWith('-'))
        {
            stderr.WriteLine("usage: dis.py [-h] [infile]");
            return 2;
        }
        var path = files[0];
        if (!File.Exists(path))
        {
            stderr.WriteLine("usage: dis.py [-h] [infile]");
            stderr.WriteLine($"dis.py: error: argument infile: can't open '{path}': [Errno 2] No such file or directory: '{path}'");
            return 2;
        }
        var data = File.ReadAllBytes(path);
        CodeObject code;
        if (!LooksLikePyc(data))
        {
            try
            {
                code = Pyref.Compiler.Compiler.Compile(data, path, "exec");
            }
            catch (Pyref.Parser.PythonSyntaxError e)
            {
                // dis.py lets compile()'s SyntaxError propagate: Python prints the traceback and exits with 1.
                stderr.WriteLine("Traceback (most recent call last):");
                stderr.WriteLine($"  File \"{path}\", line {e.Lineno}");
                if (e.Text is not null) stderr.WriteLine("    " + e.Text.Trim());
                stderr.WriteLine($"{e.Kind}: {e.Msg}");
                return 1;
            }
            stdout.Write(Disassembler.Dis(code, target));
            return 0;
        }
        try
        {
            code = Pyc.Read(data, OpcodeTable.For(target)).Code;
        }
        catch (Exception e) when (e is MarshalException or NotSupportedException)
        {
            stderr.WriteLine($"pyref: -m dis {path}: {e.Message}");
            return 1;
        }
        stdout.Write(Disassembler.Dis(code, target));
        return 0;
    }

    /// <summary>A .pyc starts with a 2-byte magic followed by "\r\n".</summary>
    private static bool LooksLikePyc(byte[] data) => data.Length >= Pyc.HeaderSize && data[2] == '\r' && data[3] == '\n';
}
