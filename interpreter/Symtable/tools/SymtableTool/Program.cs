using System.Text;
using Pyref.Parser;
using Pyref.Symtable;

// pyref-symtable @LISTFILE | FILES...
// For each file prints "=== PATH" then the SymtableDump of its symbol table (or the ERROR line).
var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { NewLine = "\n" };
var files = args.SelectMany(a => a.StartsWith('@') ? File.ReadAllLines(a[1..]).Where(l => l.Length > 0) : new[] { a });
foreach (var f in files)
{
    stdout.Write("=== " + f + "\n");
    string text;
    try
    {
        var mod = PythonParser.ParseModule(File.ReadAllBytes(f), f);
        var future = FutureParser.FromAst(mod, f);
        text = SymtableDump.Dump(Symtable.Build(mod, f, future));
    }
    catch (PythonSyntaxError e) { text = SymtableDump.Error(e); }
    stdout.Write(text);
}
stdout.Flush();
return 0;
