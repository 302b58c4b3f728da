using System.Diagnostics;
using System.Text.Json;

namespace Pyref.Parser.Tests;

/// <summary>
/// Asks the installed python3 (the oracle; only tests talk to it) for ast.dump(..., include_attributes=True)
/// or the SyntaxError of many files in one process, so the tests stay fast.
/// </summary>
public static class CPythonOracle
{
    private const string Script = """
import ast, json, sys
out = {}
for path in sys.argv[1:]:
    src = open(path, 'rb').read()
    try:
        out[path] = ast.dump(ast.parse(src), include_attributes=True)
    except SyntaxError as e:
        out[path] = f"ERROR {type(e).__name__}: {e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}"
    except (MemoryError, RecursionError) as e:
        out[path] = f"ERROR {type(e).__name__}"
json.dump(out, sys.stdout)
""";

    public static Dictionary<string, string> DumpFiles(IReadOnlyList<string> paths)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add(Script);
        foreach (var p in paths) psi.ArgumentList.Add(p);
        using var proc = Process.Start(psi)!;
        var stdout = proc.StandardOutput.ReadToEnd();
        proc.WaitForExit();
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stdout)!;
    }

    public static string Eval(string expression)
    {
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import sys; sys.stdout.write(" + expression + ")");
        using var proc = Process.Start(psi)!;
        var s = proc.StandardOutput.ReadToEnd();
        proc.WaitForExit();
        return s;
    }

    /// <summary>Our side in the same canonical form.</summary>
    public static string Ours(string path)
    {
        try
        {
            var tree = PythonParser.ParseModule(File.ReadAllBytes(path), path);
            return Ast.AstDump.Dump(tree, includeAttributes: true);
        }
        catch (PythonSyntaxError e)
        {
            static string N(int? v) => v?.ToString() ?? "None";
            return e.IsSyntaxError
                ? $"ERROR {e.Kind}: {e.Msg} {N(e.Lineno)} {N(e.Offset)} {N(e.EndLineno)} {N(e.EndOffset)}"
                : $"ERROR {e.Kind}";
        }
    }

    /// <summary>Roslyn-style failure text: both sides around the first difference.</summary>
    public static string FirstDifference(string expected, string actual)
    {
        int i = 0;
        int n = Math.Min(expected.Length, actual.Length);
        while (i < n && expected[i] == actual[i]) i++;
        int lo = Math.Max(0, i - 200);
        string Cut(string s) => s.Substring(lo, Math.Min(s.Length - lo, i - lo + 200));
        return $"first difference at char {i}\n  expected (CPython): ...{Cut(expected)}\n  actual (pyref):     ...{Cut(actual)}";
    }
}
