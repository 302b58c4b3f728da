using System.Diagnostics;
using System.Text;
using Pyref;
using Pyref.Parser;
using Pyref.Parser.Ast;

// pyref-ast ARGS            same as `pyref -m ast ARGS`
// pyref-ast --bench FILES   parse every file, print seconds and peak memory
// pyref-ast --many OUTDIR FILES   dump -a of every file into OUTDIR/<index>.txt (stdlib comparison)
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
int rc;
if (args.Length > 0 && args[0] == "--bench")
{
    // --bench @LISTFILE reads the file list from LISTFILE (one path a line)
    var files = args[1..].SelectMany(a => a.StartsWith('@') ? File.ReadAllLines(a[1..]).Where(l => l.Length > 0)
        : Directory.Exists(a) ? Directory.EnumerateFiles(a, "*.py", SearchOption.AllDirectories) : new[] { a }).ToList();
    var sources = files.Select(f => (f, File.ReadAllBytes(f))).ToList();
    int ok = 0, err = 0;
    int firstChance = 0;
    AppDomain.CurrentDomain.FirstChanceException += (_, _) => Interlocked.Increment(ref firstChance);
    // one warm-up pass over a slice so that tiered JIT has compiled the parser, as CPython's is precompiled
    foreach (var (f, src) in sources.Take(200)) { try { PythonParser.ParseModule(src, f); } catch (PythonSyntaxError) { } }
    // Best of PYREF_BENCH_ROUNDS passes (default 1) by this thread's CPU time, which a loaded machine inflates
    // far less than wall time; allocation and GC counts are the last pass's.
    int rounds = int.TryParse(Environment.GetEnvironmentVariable("PYREF_BENCH_ROUNDS"), out var r) ? r : 1;
    double cpuSeconds = double.MaxValue, allocMb = 0;
    int gcs = 0;
    var sw = new Stopwatch();
    for (int round = 0; round < rounds; round++)
    {
        ok = err = 0;
        var cpu0 = ThreadCpu.Seconds();
        var alloc0 = GC.GetAllocatedBytesForCurrentThread();
        var gcs0 = GC.CollectionCount(0);
        sw.Restart();
        foreach (var (f, src) in sources)
        {
            try { PythonParser.ParseModule(src, f); ok++; }
            catch (PythonSyntaxError) { err++; }
        }
        sw.Stop();
        cpuSeconds = Math.Min(cpuSeconds, ThreadCpu.Seconds() - cpu0);
        allocMb = (GC.GetAllocatedBytesForCurrentThread() - alloc0) / 1048576.0;
        gcs = GC.CollectionCount(0) - gcs0;
    }
    var gcPause = GC.GetTotalPauseDuration().TotalSeconds;
    if (Environment.GetEnvironmentVariable("PYREF_BENCH_TOKENS") == "1")
    {
        var tw = Stopwatch.StartNew();
        foreach (var (f, src) in sources)
        {
            try
            {
                var lx = new Pyref.Tokenizer.Lexer(src, Pyref.Tokenizer.TokenizerMode.Parser, PythonVersion.Default);
                while (lx.Next().Type != Pyref.Tokenizer.TokenType.ENDMARKER) { }
            }
            catch (Pyref.Tokenizer.TokenizerException) { }
        }
        stderr.WriteLine($"tokenizer only: {tw.Elapsed.TotalSeconds:F3} s");
    }
    var proc = Process.GetCurrentProcess();
    stdout.WriteLine($"files={sources.Count} ok={ok} errors={err} seconds={sw.Elapsed.TotalSeconds:F3} cpu_seconds={cpuSeconds:F3} allocated_mb={allocMb:F0} gcs={gcs} gc_pause_total={gcPause:F3} peak_working_set_mb={proc.PeakWorkingSet64 / 1048576.0:F1}");
    stderr.WriteLine($"first-chance exceptions: {firstChance}");
    rc = 0;
}
else if (args.Length > 1 && args[0] == "--tokens")
{
    var lexer = new Pyref.Tokenizer.Lexer(File.ReadAllBytes(args[1]), Pyref.Tokenizer.TokenizerMode.Parser, PythonVersion.Default);
    while (true)
    {
        var t = lexer.Next();
        stdout.WriteLine($"{t.Type} {t.Text.Replace("\n", "\\n")} {t.StartLine},{t.StartColumn}/{t.StartByteColumn} - {t.EndLine},{t.EndColumn}/{t.EndByteColumn}");
        if (t.Type == Pyref.Tokenizer.TokenType.ENDMARKER) break;
    }
    rc = 0;
}
else if (args.Length > 1 && args[0] == "--many")
{
    var outDir = args[1];
    var files = File.ReadAllLines(args[2]);
    Parallel.For(0, files.Length, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
    {
        string text;
        try
        {
            var tree = PythonParser.ParseModule(File.ReadAllBytes(files[i]), files[i]);
            text = AstDump.Dump(tree, includeAttributes: true);
        }
        catch (PythonSyntaxError e)
        {
            static string N(int? v) => v?.ToString() ?? "None";
            text = $"ERROR {e.Kind}: {e.Msg} {N(e.Lineno)} {N(e.Offset)} {N(e.EndLineno)} {N(e.EndOffset)}";
        }
        catch (Exception e)
        {
            text = "CRASH " + e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace;
        }
        File.WriteAllText(Path.Combine(outDir, i + ".txt"), text);
    });
    rc = 0;
}
else
{
    rc = AstMain.Run(args, PythonVersion.Default, stdout, stderr);
}
stdout.Flush();
return rc;

/// <summary>This thread's CPU seconds (clock_gettime(CLOCK_THREAD_CPUTIME_ID), Linux).</summary>
static class ThreadCpu
{
    [System.Runtime.InteropServices.StructLayout(System.Runtime.InteropServices.LayoutKind.Sequential)]
    private struct Timespec { public long Sec; public long Nsec; }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out Timespec t);

    public static double Seconds() => OperatingSystem.IsLinux() && ClockGetTime(3, out var t) == 0 ? t.Sec + t.Nsec * 1e-9
        : Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds;
}
