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
            if (args.Length > 0 && args[0] == "--perr")
                return PErr(args[1..], stdout);
            if (args.Length > 0 && args[0] == "--cmany")
                return CMany(args[1..]);
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

    /// <summary>
    /// `--perr FILE...`: the parser view of each file's bytes (what ast.parse(bytes) tokenizes): prints
    /// "FILE\tOK" or "FILE\tKind\tmsg\tline\toffset\tend_line\tend_offset\trepr(text)".
    /// </summary>
    private static int PErr(string[] args, TextWriter stdout)
    {
        foreach (var f in args)
        {
            var lexer = new Pyref.Tokenizer.Lexer(File.ReadAllBytes(f), Pyref.Tokenizer.TokenizerMode.Parser, PythonVersion.Default);
            try
            {
                while (lexer.Next().Type != Pyref.Tokenizer.TokenType.ENDMARKER) { }
                stdout.WriteLine(f + "\tOK");
            }
            catch (Pyref.Tokenizer.TokenizerException e)
            {
                var r = e.Error;
                stdout.WriteLine($"{f}\t{r.Kind}\t{r.Message}\t{r.Line}\t{r.Column}\t{r.EndLine}\t{r.EndColumn}\t{(r.Text is null ? "None" : Pyref.Tokenizer.CharClass.PyRepr(r.Text))}");
            }
        }
        return 0;
    }

    /// <summary>
    /// `--cmany OUTDIR FILE...`: the parser view of each file (decoded as str, like tokenize's
    /// _generate_tokens_from_c_tokenizer) as "TYPE 'string' line,col line,col" lines (byte columns,
    /// -1 where CPython has none), ending with "ERROR msg line offset" on failure.
    /// </summary>
    private static int CMany(string[] args)
    {
        var outDir = args[0];
        for (int i = 1; i < args.Length; i++)
        {
            var sb = new StringBuilder();
            try
            {
                var text = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(args[i])); // keeps a BOM as U+FEFF, as Python's str does
                var lexer = new Pyref.Tokenizer.Lexer(text, Pyref.Tokenizer.TokenizerMode.Parser, PythonVersion.Default);
                while (true)
                {
                    var t = lexer.Next();
                    if (t.Type == Pyref.Tokenizer.TokenType.ENDMARKER) break;
                    bool noPos = t.Type is Pyref.Tokenizer.TokenType.INDENT or Pyref.Tokenizer.TokenType.DEDENT;
                    sb.Append((int)t.Type).Append(' ').Append(Pyref.Tokenizer.CharClass.PyRepr(t.Text)).Append(' ')
                      .Append(t.StartLine).Append(',').Append(noPos ? -1 : t.StartByteColumn).Append(' ')
                      .Append(t.EndLine).Append(',').Append(noPos ? -1 : t.EndByteColumn).Append('\n');
                }
            }
            catch (Pyref.Tokenizer.TokenizerException e)
            {
                sb.Append("ERROR ").Append(e.Error.Message).Append(' ').Append(e.Error.Line).Append(' ').Append(e.Error.Column).Append('\n');
            }
            catch (System.Text.DecoderFallbackException)
            {
                sb.Append("SKIP\n");
            }
            File.WriteAllText(Path.Combine(outDir, (i - 1) + ".out"), sb.ToString(), new UTF8Encoding(false));
        }
        return 0;
    }
}
