using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Pyref;
using Pyref.Bytecode;
using Pyref.Dis;

// Usage: CompileCorpus [ROOT] [--limit N] [--show N] [--filter SUBSTRING] [--report FILE] [--speed [--no-cpython]]
// Compiles every .py under ROOT (default: the stdlib of `python3`, site-packages excluded) with the reference compiler
// and with CPython (cpython_compile.py), then prints the share of files whose dis text + co_* attributes are identical,
// the share of byte-identical .pyc files, the first difference of each failing file (all of them in --report FILE,
// the first --show on the console) and the compile time of both (sources already in memory on both sides).
if (args.Length == 2 && args[0] == "--positions") return Positions(args[1]);
string? root = args.Length > 0 && !args[0].StartsWith("--") ? args[0] : null;
int limit = int.MaxValue, show = 10;
string? filter = null, report = null;
for (int i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--limit") limit = int.Parse(args[i + 1]);
    if (args[i] == "--show") show = int.Parse(args[i + 1]);
    if (args[i] == "--filter") filter = args[i + 1];
    if (args[i] == "--report") report = args[i + 1];
}
root ??= RunPython("import sysconfig;print(sysconfig.get_paths()['stdlib'])").Trim();
var files = Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
    .Where(f => !f.Contains("site-packages") && (filter is null || f.Contains(filter)))
    .Order(StringComparer.Ordinal).Take(limit).ToList();
Console.WriteLine($"{files.Count} .py files under {root}");
if (args.Contains("--speed")) return Speed(files, withCPython: !args.Contains("--no-cpython"));
if (args.Contains("--alloc-types")) return AllocTypes(files);

var outDir = Path.Combine(Path.GetTempPath(), "compilecorpus-" + Environment.ProcessId);
Directory.CreateDirectory(outDir);
var script = Path.Combine(AppContext.BaseDirectory, "cpython_compile.py");
var psi = new ProcessStartInfo("python3", $"\"{script}\" \"{outDir}\"") { RedirectStandardInput = true };
psi.Environment["PYTHONHASHSEED"] = "0";
using (var p = Process.Start(psi)!)
{
    foreach (var f in files) p.StandardInput.WriteLine(f);
    p.StandardInput.Close();
    p.WaitForExit();
}
double cpythonSeconds = double.Parse(File.ReadAllText(Path.Combine(outDir, "time.txt")), System.Globalization.CultureInfo.InvariantCulture);

var addr = new Regex("0x[0-9a-f]+");
int disOk = 0, pycOk = 0, bothErr = 0, compared = 0;
var ourTime = new Stopwatch();
var failures = new List<string>();
var byFirstLine = new Dictionary<string, int>();
for (int i = 0; i < files.Count; i++)
{
    var path = files[i];
    var basePath = Path.Combine(outDir, i.ToString());
    var source = File.ReadAllBytes(path);
    CodeObject? code = null;
    string? ourError = null;
    ourTime.Start();
    try { code = Pyref.Compiler.Compiler.Compile(source, path, "exec"); }
    catch (Pyref.Parser.PythonSyntaxError e) { ourError = $"{e.Kind}: {e.Msg} ({e.Lineno}, {e.Offset})"; }
    catch (Exception e) { ourError = "EXCEPTION " + e.GetType().Name + ": " + e.Message.Split('\n')[0]; }
    ourTime.Stop();

    if (File.Exists(basePath + ".err"))
    {
        var expected = File.ReadAllText(basePath + ".err");
        if (ourError == expected) { bothErr++; disOk++; pycOk++; continue; }
        Fail(path, $"cpython raises {expected}; ours: {ourError ?? "compiled"}");
        continue;
    }
    compared++;
    if (code is null)
    {
        Fail(path, "ours raises " + ourError);
        continue;
    }
    string ourDis, ourAttrs;
    try
    {
        ourDis = addr.Replace(Disassembler.Dis(code), "0xADDR");
        ourAttrs = CodeObjectAttributes.Format(CodeObjectAttributes.Describe(code));
    }
    catch (Exception e)
    {
        Fail(path, "dis of our code failed: " + e.Message.Split('\n')[0]);
        continue;
    }
    var cpDis = File.ReadAllText(basePath + ".dis", Encoding.UTF8);
    var cpAttrs = File.ReadAllText(basePath + ".attrs", Encoding.UTF8);
    string? diff = FirstDifference("dis", cpDis, ourDis) ?? FirstDifference("co_*", cpAttrs, ourAttrs);
    if (diff is null) disOk++;
    var st = new FileInfo(path);
    var cpPyc = File.ReadAllBytes(basePath + ".pyc");
    byte[] ourPyc;
    try { ourPyc = Pyc.WriteTimestampPyc(code, new DateTimeOffset(st.LastWriteTimeUtc).ToUnixTimeSeconds(), st.Length); }
    catch (Exception e) { ourPyc = Encoding.UTF8.GetBytes("EXCEPTION " + e.Message); }
    bool pycSame = cpPyc.AsSpan().SequenceEqual(ourPyc);
    if (pycSame) pycOk++;
    if (diff is not null) Fail(path, diff);
    else if (!pycSame)
    {
        int at = 0;
        while (at < Math.Min(cpPyc.Length, ourPyc.Length) && cpPyc[at] == ourPyc[at]) at++;
        Fail(path, $".pyc differs at byte {at} (sizes {cpPyc.Length} / {ourPyc.Length})");
    }
}
Directory.Delete(outDir, true);

if (report is not null) File.WriteAllLines(report, failures);
foreach (var (line, count) in byFirstLine.OrderByDescending(kv => kv.Value).Take(show))
    Console.WriteLine($"{count,5}  {line}");
int n = files.Count;
Console.WriteLine($"dis + co_* identical: {disOk}/{n} ({100.0 * disOk / n:F2}%)  [{bothErr} files are SyntaxErrors on both sides]");
Console.WriteLine($".pyc byte-identical:  {pycOk}/{n} ({100.0 * pycOk / n:F2}%)");
Console.WriteLine($"compile time: ours {ourTime.Elapsed.TotalSeconds:F2}s, CPython compile() {cpythonSeconds:F2}s, ratio {cpythonSeconds / ourTime.Elapsed.TotalSeconds:F2}x (>1 = ours faster)");
return 0;

void Fail(string path, string message)
{
    failures.Add($"{path}: {message}");
    // Group the console summary by the message without the file-specific numbers.
    var key = Regex.Replace(message, @"\d+", "N");
    if (key.Length > 160) key = key[..160];
    byFirstLine[key] = byFirstLine.GetValueOrDefault(key) + 1;
}

static string? FirstDifference(string what, string expected, string actual)
{
    if (expected == actual) return null;
    var el = expected.Split('\n');
    var al = actual.Split('\n');
    int at = 0;
    while (at < Math.Min(el.Length, al.Length) && el[at] == al[at]) at++;
    string e1 = at < el.Length ? el[at] : "<eof>", a1 = at < al.Length ? al[at] : "<eof>";
    return $"{what} line {at + 1}:\n    cpython: {Cut(e1)}\n    ours:    {Cut(a1)}";
}

// --speed: issue 5's figure 3 in one run. Both sides compile the same files, sources already in memory, with the same
// protocol: one warm-up pass (the reference side's includes the JIT), then the best of 3 passes (the machine is shared:
// the minimum is the least disturbed run). CPython's side is cpython_compile_speed.py (compile(bytes, path, 'exec',
// dont_inherit=True)); the reference side is Compiler.Compile(bytes, path, "exec"): decoding, tokenizer, parser, AST
// optimizer, symtable, codegen, CFG passes and assembly, as compile() does. Then a breakdown of the reference side.
// --no-cpython skips CPython's side.
static int Speed(List<string> files, bool withCPython)
{
    static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "?";
    var loadBefore = Load();
    double cpFirst = double.NaN, cpBest = double.NaN, cpCpuFirst = double.NaN, cpCpuBest = double.NaN;
    if (withCPython)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "cpython_compile_speed.py");
        var psi = new ProcessStartInfo("python3") { RedirectStandardInput = true, RedirectStandardOutput = true };
        psi.ArgumentList.Add(script);
        psi.ArgumentList.Add("-");
        using var p = Process.Start(psi)!;
        foreach (var f in files) p.StandardInput.WriteLine(f);
        p.StandardInput.Close();
        var output = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        var m = Regex.Match(output, @"(\d+) files; first pass ([\d.]+) s; compile\(\) best of 3: ([\d.]+) s; cpu first pass ([\d.]+) s; cpu best of 3: ([\d.]+) s");
        if (!m.Success || int.Parse(m.Groups[1].Value) != files.Count)
        {
            Console.Error.WriteLine("cpython_compile_speed.py: unexpected output: " + output);
            return 2;
        }
        cpFirst = double.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        cpBest = double.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        cpCpuFirst = double.Parse(m.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture);
        cpCpuBest = double.Parse(m.Groups[5].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    var sources = files.Select(File.ReadAllBytes).ToList();
    // The process's CPU time of the last pass (all threads: the compile runs on a big-stack worker thread).
    double lastCpu = 0;
    static double ProcessCpu() { using var self = Process.GetCurrentProcess(); return self.TotalProcessorTime.TotalSeconds; }
    // Allocation and GC of the last pass: the compiler's speed is mostly its allocation rate.
    long lastAllocated = 0; int lastGcs = 0; double lastGcPause = 0;
    double Pass(bool parseOnly)
    {
        long alloc0 = GC.GetTotalAllocatedBytes(precise: false);
        int gc0 = GC.CollectionCount(0);
        var pause0 = GC.GetTotalPauseDuration();
        double cpu0 = ProcessCpu();
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < files.Count; i++)
        {
            try
            {
                if (parseOnly) Pyref.Parser.PythonParser.Parse(sources[i], files[i], Pyref.Parser.ParseMode.Exec, PythonVersion.Py311);
                else Pyref.Compiler.Compiler.Compile(sources[i], files[i], "exec");
            }
            catch (Exception) { }
        }
        var wall = sw.Elapsed.TotalSeconds;
        lastCpu = ProcessCpu() - cpu0;
        lastAllocated = GC.GetTotalAllocatedBytes(precise: false) - alloc0;
        lastGcs = GC.CollectionCount(0) - gc0;
        lastGcPause = (GC.GetTotalPauseDuration() - pause0).TotalSeconds;
        return wall;
    }
    double SymtablePass()
    {
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < files.Count; i++)
        {
            try
            {
                var mod = Pyref.Parser.PythonParser.Parse(sources[i], files[i], Pyref.Parser.ParseMode.Exec, PythonVersion.Py311);
                Pyref.Symtable.Symtable.Build(mod, files[i], Pyref.Symtable.FutureParser.FromAst(mod, files[i]));
            }
            catch (Exception) { }
        }
        return sw.Elapsed.TotalSeconds;
    }
    // The back end alone (AST optimizer, symtable, codegen, CFG passes, assembler): each file is parsed untimed, then
    // CompileAst is timed and its allocation counted, so the back end's share is measured directly rather than as the
    // difference of two noisy passes.
    long backAllocated = 0;
    // The fastest time of each file over the passes: summed, it filters out the time a busy machine takes the CPU away
    // (a pass-level minimum needs a whole undisturbed pass).
    var fileBest = Enumerable.Repeat(double.MaxValue, files.Count).ToArray();
    double BackendPass()
    {
        var sw = new Stopwatch();
        long alloc = 0;
        for (int i = 0; i < files.Count; i++)
        {
            Pyref.Parser.Ast.ModNode mod;
            try { mod = Pyref.Parser.PythonParser.Parse(sources[i], files[i], Pyref.Parser.ParseMode.Exec, PythonVersion.Py311); }
            catch (Exception) { continue; }
            // precise: the compile runs on the big-stack worker thread, whose allocation context the imprecise count
            // leaves out until it fills.
            long a0 = GC.GetTotalAllocatedBytes(precise: true);
            var before = sw.Elapsed.TotalSeconds;
            sw.Start();
            try { Pyref.Compiler.Compiler.CompileAst(mod, files[i]); }
            catch (Exception) { }
            sw.Stop();
            fileBest[i] = Math.Min(fileBest[i], sw.Elapsed.TotalSeconds - before);
            alloc += GC.GetTotalAllocatedBytes(precise: true) - a0;
        }
        backAllocated = alloc;
        return sw.Elapsed.TotalSeconds;
    }
    double Best(Func<double> pass) => Enumerable.Range(0, 3).Min(_ => pass());
    // --backend N: only the back end, N timed passes after a warm-up one (to compare two builds under load, run them
    // alternately and compare minimums).
    if (Environment.GetCommandLineArgs().SkipWhile(a => a != "--backend").Skip(1).FirstOrDefault() is { } nText)
    {
        BackendPass();
        var times = Enumerable.Range(0, int.Parse(nText)).Select(_ => BackendPass()).Order().ToList();
        Console.WriteLine($"back end alone: min {times[0]:F3}s, median {times[times.Count / 2]:F3}s over {times.Count} passes, sum of each file's best {fileBest.Where(t => t < double.MaxValue).Sum():F3}s, {backAllocated / 1e6:F0} MB allocated per pass; load {Load()}");
        // The smallest files (empty __init__.py...) show the fixed cost of a compile (thread handoff, setup).
        var smallest = fileBest.Where(t => t < double.MaxValue).Order().Take(5).Select(t => $"{t * 1e6:F0}");
        Console.WriteLine($"  fastest files: {string.Join(", ", smallest)} us");
        return 0;
    }
    // --phases: the back end's time by phase (AST optimizer, symtable, codegen, CFG passes + assembler), best of 3,
    // each file parsed untimed; run on one big-stack thread as Compiler.CompileAst runs them.
    if (Environment.GetCommandLineArgs().Contains("--phases"))
    {
        double[] best = [double.MaxValue, double.MaxValue, double.MaxValue, double.MaxValue];
        var thread = new Thread(() =>
        {
            for (int pass = 0; pass < 4; pass++)
            {
                var sw = new Stopwatch[] { new(), new(), new() };
                Pyref.Compiler.Codegen.Codegen.AssembleTime.Reset();
                for (int i = 0; i < files.Count; i++)
                {
                    try
                    {
                        var mod = Pyref.Parser.PythonParser.Parse(sources[i], files[i], Pyref.Parser.ParseMode.Exec, PythonVersion.Py311);
                        var future = Pyref.Symtable.FutureParser.FromAst(mod, files[i]);
                        sw[0].Start();
                        Pyref.Compiler.AstOptimizer.AstOptimizer.Optimize(mod, 0, future.Features);
                        sw[0].Stop();
                        sw[1].Start();
                        var st = Pyref.Symtable.Symtable.Build(mod, files[i], future);
                        sw[1].Stop();
                        sw[2].Start();
                        Pyref.Compiler.Codegen.Codegen.CompileModule(mod, files[i], st, future, future.Features, 0);
                        sw[2].Stop();
                    }
                    catch (Exception) { sw[0].Stop(); sw[1].Stop(); sw[2].Stop(); }
                }
                if (pass == 0) continue; // warm-up
                double asm = Pyref.Compiler.Codegen.Codegen.AssembleTime.Elapsed.TotalSeconds;
                double[] t = [sw[0].Elapsed.TotalSeconds, sw[1].Elapsed.TotalSeconds, sw[2].Elapsed.TotalSeconds - asm, asm];
                for (int k = 0; k < 4; k++) best[k] = Math.Min(best[k], t[k]);
            }
        }, 256 * 1024 * 1024);
        thread.Start();
        thread.Join();
        Console.WriteLine($"back end by phase (best of 3): AST optimizer {best[0]:F3}s, symtable {best[1]:F3}s, codegen {best[2]:F3}s, CFG passes + assembler {best[3]:F3}s; sum {best.Sum():F3}s; load {Load()}");
        return 0;
    }
    double first = Pass(false);
    double cpuFirst = lastCpu, cpuBest = double.MaxValue;
    double assemble = double.MaxValue;
    string fullGc = "", parseGc = "";
    string GcLine() => $"{lastAllocated / 1e6:F0} MB allocated, {lastGcs} GCs, {lastGcPause:F2}s paused";
    double full = Best(() =>
    {
        Pyref.Compiler.Codegen.Codegen.AssembleTime.Reset();
        var t = Pass(false);
        assemble = Math.Min(assemble, Pyref.Compiler.Codegen.Codegen.AssembleTime.Elapsed.TotalSeconds);
        cpuBest = Math.Min(cpuBest, lastCpu);
        fullGc = GcLine();
        return t;
    });
    var loadAfter = Load();
    double parse = Best(() => { var t = Pass(true); parseGc = GcLine(); return t; });
    double symtable = Best(SymtablePass);
    double backend = Best(BackendPass);

    Console.WriteLine($"reference Compiler.Compile: first pass {first:F2}s (includes the JIT), best of 3 after it {full:F2}s; CPU time: first pass {cpuFirst:F2}s, best of 3 {cpuBest:F2}s");
    Console.WriteLine($"  breakdown (best of 3 each): parse {parse:F2}s, parse+symtable {symtable:F2}s, assemble (CFG passes + assembler) {assemble:F2}s");
    Console.WriteLine($"  allocation per pass: compile {fullGc}; parse only {parseGc}");
    Console.WriteLine($"  back end alone (CompileAst of parsed trees, best of 3): {backend:F2}s, {backAllocated / 1e6:F0} MB allocated");
    if (withCPython)
    {
        Console.WriteLine($"CPython {PythonVersionOf()} compile(): first pass {cpFirst:F2}s, best of 3 after it {cpBest:F2}s; CPU time: first pass {cpCpuFirst:F2}s, best of 3 {cpCpuBest:F2}s");
        Console.WriteLine($"ratio CPython / reference, wall clock: {cpBest / full:F2}x best of 3 (issue 5 asks >= 1.5), {cpFirst / first:F2}x first pass");
        Console.WriteLine($"ratio CPython / reference, CPU time:   {cpCpuBest / cpuBest:F2}x best of 3, {cpCpuFirst / cpuFirst:F2}x first pass");
        Console.WriteLine("  (wall clock is the figure on an idle machine; under load the CPU-time ratio is the steadier one)");
    }
    Console.WriteLine($"load average (1, 5, 15 min): {loadBefore} before, {loadAfter} after the timed passes; {Environment.ProcessorCount} cores");
    return 0;
}

// --alloc-types: which types the back end allocates. Every file is parsed first, then the back end (CompileAst) runs
// over the trees with the runtime's sampled allocation events (GCAllocationTick, one per ~100 KB) counted by type.
static int AllocTypes(List<string> files)
{
    var trees = new List<(Pyref.Parser.Ast.ModNode, string)>();
    foreach (var f in files)
    {
        try { trees.Add((Pyref.Parser.PythonParser.Parse(File.ReadAllBytes(f), f, Pyref.Parser.ParseMode.Exec, PythonVersion.Py311), f)); }
        catch (Exception) { }
    }
    using var listener = new AllocationListener();
    foreach (var (mod, f) in trees)
    {
        try { Pyref.Compiler.Compiler.CompileAst(mod, f); }
        catch (Exception) { }
    }
    listener.Dispose();
    long total = listener.ByType.Values.Sum();
    Console.WriteLine($"sampled back-end allocation: {total / 1e6:F0} MB");
    foreach (var (type, bytes) in listener.ByType.OrderByDescending(kv => kv.Value).Take(40))
        Console.WriteLine($"{bytes / 1e6,8:F1} MB  {type}");
    return 0;
}

static string PythonVersionOf() => RunPython("import platform;print(platform.python_version())").Trim();

// --positions FILE: co_positions() of every code object, printed as CPython's list(code.co_positions()) (for debugging).
static int Positions(string path)
{
    void Walk(CodeObject c)
    {
        var items = c.Positions().Select(p => $"({N(p.Line)}, {N(p.EndLine)}, {N(p.Column)}, {N(p.EndColumn)})");
        Console.WriteLine($"{c.QualName} [{string.Join(", ", items)}]");
        foreach (var k in c.Consts) if (k is CodeObject nested) Walk(nested);
    }
    static string N(int v) => v < 0 ? "None" : v.ToString();
    Walk(Pyref.Compiler.Compiler.Compile(File.ReadAllBytes(path), path, "exec"));
    return 0;
}

static string Cut(string s) => s.Length > 200 ? s[..200] + "..." : s;

static string RunPython(string code)
{
    var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true };
    psi.ArgumentList.Add("-c");
    psi.ArgumentList.Add(code);
    using var p = Process.Start(psi)!;
    var output = p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    return output;
}

sealed class AllocationListener : System.Diagnostics.Tracing.EventListener
{
    public readonly Dictionary<string, long> ByType = new();

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource source)
    {
        // Keyword 0x1 = GC; AllocationTick is a verbose-level event.
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs e)
    {
        if (e.EventName is null || !e.EventName.StartsWith("GCAllocationTick") || e.Payload is null) return;
        int typeAt = e.PayloadNames!.IndexOf("TypeName"), amountAt = e.PayloadNames.IndexOf("AllocationAmount64");
        if (typeAt < 0 || amountAt < 0) return;
        var type = (string)e.Payload[typeAt]!;
        long amount = Convert.ToInt64(e.Payload[amountAt]);
        lock (ByType) ByType[type] = ByType.GetValueOrDefault(type) + amount;
    }
}
