using System.Diagnostics;
using System.Text;
using Pyref.Tokenizer;

namespace Pyref.Cli;

/// <summary>
/// `pyref -m tokenize [-e] [FILE]`: Lib/tokenize.py main() of CPython 3.11, same stdout, stderr and exit code.
/// Also `pyref -m tokenize --bench [PATH...]` (not a CPython option): times the reference tokenizer.
/// </summary>
internal static class TokenizeCommand
{
    public static int Run(string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr)
    {
        if (args.Length > 0 && args[0] == "--bench")
            return Bench(args[1..], target, stdout, stderr);

        bool exact = false;
        string? filename = null;
        foreach (var a in args)
        {
            if (a is "-e" or "--exact") exact = true;
            else if (a is "-h" or "--help")
            {
                stdout.WriteLine("usage: python -m tokenize [-h] [-e] [filename.py]");
                return 0;
            }
            else if (a.StartsWith('-') && a != "-")
            {
                stderr.WriteLine("usage: python -m tokenize [-h] [-e] [filename.py]");
                stderr.WriteLine($"python -m tokenize: error: unrecognized arguments: {a}");
                return 2;
            }
            else if (filename is null) filename = a;
            else
            {
                stderr.WriteLine("usage: python -m tokenize [-h] [-e] [filename.py]");
                stderr.WriteLine($"python -m tokenize: error: unrecognized arguments: {a}");
                return 2;
            }
        }

        IReadOnlyList<Token> tokens;
        TokenizerError? error;
        string shownName;
        if (filename is not null)
        {
            shownName = filename;
            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(filename);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                var reason = e is FileNotFoundException or DirectoryNotFoundException
                    ? "[Errno 2] No such file or directory" : "[Errno 13] Permission denied";
                stderr.WriteLine($"error: {reason}: {CharClass.PyRepr(filename)}");
                return 1;
            }
            (tokens, error) = Lexer.TokenizeAll(bytes, TokenizerMode.TokenizeModule, target, filename);
            // main() builds list(tokenize(...)) before printing: an error means no tokens are shown.
            if (error is not null) tokens = Array.Empty<Token>();
        }
        else
        {
            // stdin is read as text (universal newlines), tokenized without ENCODING and printed as produced.
            shownName = "<stdin>";
            var text = Console.In.ReadToEnd().Replace("\r\n", "\n").Replace('\r', '\n');
            (tokens, error) = Lexer.TokenizeAll(text, TokenizerMode.TokenizeModule, target);
        }

        var sb = new StringBuilder();
        foreach (var t in tokens)
        {
            TokenizeOutput.AppendToken(sb, t, exact);
            sb.Append('\n');
            if (sb.Length > 1 << 16) { stdout.Write(sb); sb.Clear(); }
        }
        stdout.Write(sb);

        if (error is null) return 0;
        stdout.Flush();
        stderr.WriteLine(TokenizeOutput.FormatError(error, shownName));
        if (error.Kind == TokenizerErrorKind.UnicodeDecodeError)
        {
            // DEVIATION(CPython): CPython re-raises after that line and prints a traceback through
            // tokenize.py's own frames; only its last line is reproduced here.
            stderr.WriteLine($"UnicodeDecodeError: {error.Message}");
        }
        return 1;
    }

    /// <summary>Tokenizes every .py file under the paths (default: CPython's stdlib location given by --stdlib DIR) and reports MB/s.</summary>
    private static int Bench(string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr)
    {
        var mode = TokenizerMode.TokenizeModule;
        int repeat = 5;
        var paths = new List<string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--parser") mode = TokenizerMode.Parser;
            else if (args[i] == "--repeat" && i + 1 < args.Length) repeat = int.Parse(args[++i]);
            else paths.Add(args[i]);
        }
        if (paths.Count == 0)
        {
            stderr.WriteLine("usage: pyref -m tokenize --bench [--parser] [--repeat N] PATH...");
            return 2;
        }
        var files = new List<byte[]>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                foreach (var f in Directory.EnumerateFiles(p, "*.py", SearchOption.AllDirectories))
                    if (!f.Contains("site-packages")) files.Add(File.ReadAllBytes(f));
            }
            else files.Add(File.ReadAllBytes(p));
        }
        long bytes = files.Sum(f => (long)f.Length);
        long tokens = 0;
        // Warm-up pass (JIT), then the timed passes; the best pass is reported, as timeit does.
        foreach (var f in files) tokens += Count(f, mode, target);
        // Wall time depends on what else runs on the machine; the process's CPU time is what one core spent.
        double best = double.MaxValue, bestCpu = double.MaxValue;
        var proc = Process.GetCurrentProcess();
        for (int r = 0; r < repeat; r++)
        {
            proc.Refresh();
            var cpu0 = proc.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var f in files) Count(f, mode, target);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
            proc.Refresh();
            bestCpu = Math.Min(bestCpu, (proc.TotalProcessorTime - cpu0).TotalSeconds);
        }
        stdout.WriteLine($"files: {files.Count}  bytes: {bytes}  tokens: {tokens}  mode: {mode}");
        stdout.WriteLine($"best of {repeat}: wall {best:F3} s = {bytes / best / 1e6:F1} MB/s; cpu {bestCpu:F3} s = {bytes / bestCpu / 1e6:F1} MB/s, {tokens / bestCpu / 1e6:F2} Mtokens/s");
        return 0;
    }

    private static long Count(byte[] source, TokenizerMode mode, PythonVersion target)
    {
        long n = 0;
        try
        {
            var lexer = new Lexer(source, mode, target);
            while (true)
            {
                var t = lexer.Next();
                n++;
                if (t.Type == TokenType.ENDMARKER) break;
            }
        }
        catch (TokenizerException)
        {
        }
        return n;
    }
}
