using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Pyref;
using Pyref.Bytecode;
using Pyref.Dis;

// Usage: DisCorpus (reader|marshal|dis|attrs) [ROOT] [--limit N] [--show N] [--opt]
//   reader:  load every .pyc;  marshal: re-marshal each module and compare bytes with the file;
//   dis:     compare Disassembler.Dis with CPython's dis.dis of the same marshalled code (PYTHONHASHSEED=0);
//   attrs:   compare CodeObjectAttributes with the same dump made by CPython (cpython_attrs.py).
// ROOT defaults to the stdlib of `python3` (sysconfig stdlib); every *.cpython-311.pyc below it, site-packages excluded.
var mode = args.Length > 0 ? args[0] : "dis";
string? root = args.Length > 1 && !args[1].StartsWith("--") ? args[1] : null;
int limit = int.MaxValue, show = 5;
for (int i = 0; i < args.Length - 1; i++)
{
    if (args[i] == "--limit") limit = int.Parse(args[i + 1]);
    if (args[i] == "--show") show = int.Parse(args[i + 1]);
}
root ??= RunPython("-c \"import sysconfig;print(sysconfig.get_paths()['stdlib'])\"").Trim();
// --opt also takes the optimized .opt-1/.opt-2 files.
var pattern = args.Contains("--opt") ? "*.cpython-311*.pyc" : "*.cpython-311.pyc";
var files = Directory.EnumerateFiles(root, pattern, SearchOption.AllDirectories)
    .Where(f => !f.Contains("site-packages"))
    .Order(StringComparer.Ordinal).Take(limit).ToList();
Console.WriteLine($"{files.Count} .pyc files under {root}");

switch (mode)
{
    case "reader":
    {
        int ok = 0;
        var sw = Stopwatch.StartNew();
        foreach (var f in files)
        {
            try { Pyc.ReadFile(f); ok++; }
            catch (Exception e) { if (show-- > 0) Console.WriteLine($"FAIL {f}: {e.Message}"); }
        }
        Console.WriteLine($"reader: {ok}/{files.Count} loaded ({sw.Elapsed.TotalSeconds:F1}s)");
        return ok == files.Count ? 0 : 1;
    }
    case "marshal":
    {
        int ok = 0;
        foreach (var f in files)
        {
            var data = File.ReadAllBytes(f);
            var (_, code) = Pyc.Read(data);
            var body = data.AsSpan(Pyc.HeaderSize);
            var again = MarshalWriter.Dumps(code);
            if (body.SequenceEqual(again)) { ok++; continue; }
            if (show-- > 0)
            {
                int at = 0;
                while (at < Math.Min(body.Length, again.Length) && body[at] == again[at]) at++;
                Console.WriteLine($"DIFF {f} at byte {at}: cpython {Hex(body, at)} | ours {Hex(again, at)}");
            }
        }
        Console.WriteLine($"marshal round trip: {ok}/{files.Count} byte-identical ({100.0 * ok / files.Count:F2}%)");
        return 0;
    }
    default:
    {
        bool attrs = mode == "attrs";
        var outDir = Path.Combine(Path.GetTempPath(), "discorpus-" + Environment.ProcessId);
        Directory.CreateDirectory(outDir);
        var script = Path.Combine(AppContext.BaseDirectory, attrs ? "cpython_attrs.py" : "cpython_dis.py");
        var psi = new ProcessStartInfo("python3", $"\"{script}\" \"{outDir}\"") { RedirectStandardInput = true };
        psi.Environment["PYTHONHASHSEED"] = "0"; // set iteration order (frozenset reprs) as the harness runs CPython
        using (var p = Process.Start(psi)!)
        {
            foreach (var f in files) p.StandardInput.WriteLine(f);
            p.StandardInput.Close();
            p.WaitForExit();
        }
        var addr = new Regex("0x[0-9a-f]+");
        int ok = 0;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < files.Count; i++)
        {
            var expected = File.ReadAllText(Path.Combine(outDir, $"{i}.txt"), Encoding.UTF8);
            string actual;
            try
            {
                var code = Pyc.ReadFile(files[i]).Code;
                actual = attrs
                    ? CodeObjectAttributes.Format(CodeObjectAttributes.Describe(code))
                    : addr.Replace(Disassembler.Dis(code), "0xADDR");
            }
            catch (Exception e) { actual = "EXCEPTION " + e; }
            if (actual == expected) { ok++; continue; }
            if (show-- > 0)
            {
                var el = expected.Split('\n');
                var al = actual.Split('\n');
                int at = 0;
                while (at < Math.Min(el.Length, al.Length) && el[at] == al[at]) at++;
                string e1 = at < el.Length ? el[at] : "<eof>", a1 = at < al.Length ? al[at] : "<eof>";
                int col = 0;
                while (col < Math.Min(e1.Length, a1.Length) && e1[col] == a1[col]) col++;
                int from = Math.Max(0, col - 60);
                Console.WriteLine($"DIFF {files[i]} line {at + 1} col {col + 1}:\n  cpython: {e1[from..Math.Min(e1.Length, col + 60)]}\n  ours:    {a1[from..Math.Min(a1.Length, col + 60)]}");
            }
        }
        Directory.Delete(outDir, true);
        Console.WriteLine($"{mode}: {ok}/{files.Count} identical ({100.0 * ok / files.Count:F2}%), ours took {sw.Elapsed.TotalSeconds:F1}s");
        return 0;
    }
}

static string Hex(ReadOnlySpan<byte> data, int at)
{
    int from = Math.Max(0, at - 8);
    int to = Math.Min(data.Length, at + 12);
    return Convert.ToHexString(data[from..to]).ToLowerInvariant() + $" (from {from})";
}

static string RunPython(string arguments)
{
    var psi = new ProcessStartInfo("python3", arguments) { RedirectStandardOutput = true };
    using var p = Process.Start(psi)!;
    var text = p.StandardOutput.ReadToEnd();
    p.WaitForExit();
    return text;
}
