using Pyref.Bytecode;
using Pyref.Dis;

namespace Pyref.Cli;

/// <summary>
/// `pyref -m dis FILE`: Lib/dis.py main() of 3.11 — compile FILE and print dis.dis of the module code.
/// Until the compiler exists, FILE may be a .pyc (its marshalled code object is disassembled); a .py file is refused
/// with exit status 2.
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
        if (!LooksLikePyc(data))
        {
            stderr.WriteLine($"pyref: -m dis {path}: the compiler is not available yet; only .pyc files can be disassembled");
            return 2;
        }
        CodeObject code;
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
