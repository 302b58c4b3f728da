using System.Text;

namespace Pyref.Cli;

/// <summary>`tokcli [-e] FILE` = `pyref -m tokenize [-e] FILE`; `tokcli --bench ...` the benchmark.</summary>
public static class TokCli
{
    public static int Main(string[] args)
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        try
        {
            if (args.Length > 0 && args[0] == "--many")
                return Many(args[1..], stdout, stderr);
            return TokenizeCommand.Run(args, PythonVersion.Default, stdout, stderr);
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
        }
    }

    /// <summary>
    /// `--many [-e] OUTDIR FILE...`: runs the command on each file in one process (start-up paid once), writing
    /// OUTDIR/N.out, N.err and N.rc for the N-th file; the comparison script reads them.
    /// </summary>
    private static int Many(string[] args, TextWriter stdout, TextWriter stderr)
    {
        int i = 0;
        var flags = new List<string>();
        while (i < args.Length && args[i].StartsWith('-')) flags.Add(args[i++]);
        var outDir = args[i++];
        int n = 0;
        for (; i < args.Length; i++, n++)
        {
            var o = new StringWriter { NewLine = "\n" };
            var e = new StringWriter { NewLine = "\n" };
            int rc = TokenizeCommand.Run([.. flags, args[i]], PythonVersion.Default, o, e);
            File.WriteAllText(Path.Combine(outDir, n + ".out"), o.ToString(), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(outDir, n + ".err"), e.ToString(), new UTF8Encoding(false));
            File.WriteAllText(Path.Combine(outDir, n + ".rc"), rc.ToString());
        }
        return 0;
    }
}
