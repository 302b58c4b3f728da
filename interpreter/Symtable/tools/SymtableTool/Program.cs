using System.Text;
using System.Text.Json;
using Pyref.Compiler.Tests.AstOptimizer;
using Pyref.Parser;
using Pyref.Symtable;

// pyref-symtable [--consts] @LISTFILE | FILES...
// For each file prints "=== PATH" then the SymtableDump of its symbol table (or the ERROR line); with --consts, one
// JSON line: the canonical constants of its optimized tree (AstConstants.OurConstants) or ["ERROR msg"].
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
bool consts = args.Length > 0 && args[0] == "--consts";
var files = args.Skip(consts ? 1 : 0).SelectMany(a => a.StartsWith('@') ? File.ReadAllLines(a[1..]).Where(l => l.Length > 0) : new[] { a });
foreach (var f in files)
{
    stdout.Write("=== " + f + "\n");
    string text;
    try
    {
        var mod = PythonParser.ParseModule(File.ReadAllBytes(f), f);
        var future = FutureParser.FromAst(mod, f);
        if (consts)
        {
            Pyref.Compiler.AstOptimizer.AstOptimizer.Optimize(mod, 0, future.Features);
            var list = AstConstants.OurConstants(mod, (future.Features & FutureFeatures.CoFutureAnnotations) != 0);
            text = JsonSerializer.Serialize(list) + "\n";
        }
        else text = SymtableDump.Dump(Symtable.Build(mod, f, future));
    }
    catch (PythonSyntaxError e)
    {
        text = consts ? JsonSerializer.Serialize(new[] { "ERROR " + e.Msg }) + "\n" : SymtableDump.Error(e);
    }
    stdout.Write(text);
}
stdout.Flush();
return 0;
