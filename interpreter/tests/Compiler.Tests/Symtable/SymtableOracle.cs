using System.Text.Json;
using Pyref.Bytecode.Tests;

namespace Pyref.Compiler.Tests.Symtable;

/// <summary>CPython's own symbol tables and compile() errors, in the canonical form of SymtableDump.</summary>
internal static class SymtableOracle
{
    // The canonical form comes from interpreter/Symtable/tools/compare_symtable.py (its `block`), the same as
    // SymtableDump.cs prints.
    private const string Script = """
import sys, json, _symtable
sys.path.insert(0, sys.argv[2])
from compare_symtable import block
def err(e):
    return f"ERROR {type(e).__name__} {e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n"
mode = sys.argv[1]
res = []
for item in json.load(sys.stdin):
    src, filename, compile_mode = item
    try:
        if mode == "symtable":
            top = _symtable.symtable(src, filename, compile_mode)
            out = []
            block(top, 0, out)
            res.append("\n".join(out) + "\n")
        else:
            compile(src, filename, compile_mode)
            res.append("OK\n")
    except SyntaxError as e:
        res.append(err(e) + "TEXT " + repr(e.text) + "\n")
print(json.dumps(res))
""";

    /// <summary>interpreter/Symtable/tools, found from the test binary's folder upwards.</summary>
    internal static string ToolsDir()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            var p = Path.Combine(d.FullName, "interpreter", "Symtable", "tools");
            if (File.Exists(Path.Combine(p, "compare_symtable.py"))) return p;
        }
        throw new DirectoryNotFoundException("interpreter/Symtable/tools not found above " + AppContext.BaseDirectory);
    }

    /// <summary>_symtable.symtable(src, filename, mode) of each source, dumped.</summary>
    public static List<string> Symtables(IReadOnlyList<string> sources, string filename = "<s>", string mode = "exec") =>
        RunBatch("symtable", sources.Select(s => (s, filename)).ToList(), mode);

    /// <summary>compile(src, filename, "exec"): "OK" or the error line plus "TEXT repr(text)".</summary>
    public static List<string> CompileErrors(IReadOnlyList<(string Source, string Filename)> items) => RunBatch("compile", items, "exec");

    private static List<string> RunBatch(string mode, IReadOnlyList<(string Source, string Filename)> items, string compileMode)
    {
        var json = JsonSerializer.Serialize(items.Select(i => new[] { i.Source, i.Filename, compileMode }).ToList());
        var output = PythonOracle.Run(Script, json, mode, ToolsDir());
        return JsonSerializer.Deserialize<List<string>>(output)!;
    }
}
