using System.Text.Json;
using Pyref.Bytecode.Tests;

namespace Pyref.Compiler.Tests.Symtable;

/// <summary>CPython's own symbol tables and compile() errors, in the canonical form of SymtableDump.</summary>
internal static class SymtableOracle
{
    // The same canonical form as interpreter/Symtable/tools/compare_symtable.py (and SymtableDump.cs).
    private const string Script = """
import sys, json, _symtable
TYPES = {_symtable.TYPE_FUNCTION: "function", _symtable.TYPE_CLASS: "class", _symtable.TYPE_MODULE: "module"}
def block(t, depth, out):
    ind = "  " * depth
    out.append(f"{ind}{TYPES.get(t.type, 'annotation')} {t.name} line={t.lineno} nested={int(bool(t.nested))} "
               f"varnames=[{','.join(t.varnames)}] children={len(t.children)}")
    for name in sorted(t.symbols):
        out.append(f"{ind}  {name} {t.symbols[name]}")
    for c in t.children:
        block(c, depth + 1, out)
def err(e):
    return f"ERROR {type(e).__name__} {e.msg} {e.lineno} {e.offset} {e.end_lineno} {e.end_offset}\n"
mode = sys.argv[1]
res = []
for item in json.load(sys.stdin):
    src, filename = item
    try:
        if mode == "symtable":
            top = _symtable.symtable(src, filename, "exec")
            out = []
            block(top, 0, out)
            res.append("\n".join(out) + "\n")
        else:
            compile(src, filename, "exec")
            res.append("OK\n")
    except SyntaxError as e:
        res.append(err(e) + "TEXT " + repr(e.text) + "\n")
print(json.dumps(res))
""";

    /// <summary>_symtable.symtable(src, filename, "exec") of each source, dumped.</summary>
    public static List<string> Symtables(IReadOnlyList<string> sources, string filename = "<s>") =>
        RunBatch("symtable", sources.Select(s => (s, filename)).ToList());

    /// <summary>compile(src, filename, "exec"): "OK" or the error line plus "TEXT repr(text)".</summary>
    public static List<string> CompileErrors(IReadOnlyList<(string Source, string Filename)> items) => RunBatch("compile", items);

    private static List<string> RunBatch(string mode, IReadOnlyList<(string Source, string Filename)> items)
    {
        var json = JsonSerializer.Serialize(items.Select(i => new[] { i.Source, i.Filename }).ToList());
        var output = PythonOracle.Run(Script, json, mode);
        return JsonSerializer.Deserialize<List<string>>(output)!;
    }
}
