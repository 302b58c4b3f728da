using Pyref.Parser;
using Pyref.Symtable;
using SymtableT = Pyref.Symtable.Symtable;

namespace Pyref.Compiler.Tests.Symtable;

/// <summary>The SyntaxErrors of symtable.c and future.c against CPython's compile(): message, line, offsets and
/// text, for a string source ("&lt;string&gt;": no text) and for a real file (the text is read from it).</summary>
public class SymtableErrorTests
{
    public static readonly string[] Errors =
    [
        "def f(a):\n    global a\n",
        "def f():\n    def g(a):\n        nonlocal a\n",
        "def f():\n    print(x)\n    global x\n",
        "def f():\n    x = 1\n    global x\n",
        "def f():\n    x: int\n    global x\n",
        "def f():\n    global x\n    x: int = 1\n",
        "x = 1\ndef f():\n    global x, y\n    print(y)\n    global y\n",
        "def f():\n    x = 1\n    def g():\n        print(x)\n        nonlocal x\n",
        "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
        "def f():\n    x = 1\n    def g():\n        x: int\n        nonlocal x\n",
        "def f():\n    x = 1\n    def g():\n        nonlocal x\n        x: int\n",
        "def f():\n    def g():\n        nonlocal zz\n",
        "nonlocal q\n",
        "class C:\n    nonlocal q\n",
        "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
        "def f(a, b, a): pass\n",
        "def f(a, *, b, b): pass\n",
        "lambda a, a: 1\n",
        "class C:\n    def f(self, __a, _C__a): pass\n",
        "def f(*a, **a): pass\n",
        "def f():\n    from m import *\n",
        "class C:\n    from m import *\n",
        "def f():\n    [(yield x) for x in y]\n",
        "def f():\n    {(yield x) for x in y}\n",
        "def f():\n    {x: (yield from y) for x in y}\n",
        "def f():\n    ((yield x) for x in y)\n",
        "class C:\n    [y := 1 for x in z]\n",
        "[x := 1 for x in y]\n",
        "[i for i in range(5) if (j := 0) for j in range(5)]\n",
        "[x for x in (y := [1])]\n",
        "[x for x in [z for z in (w := [1])]]\n",
        "def f():\n    [[(a := 1) for a in b] for c in d]\n",
        "from __future__ import annotations\ndef f(x: (y := 1)): pass\n",
        "from __future__ import annotations\ndef f() -> (yield): pass\n",
        "from __future__ import annotations\nasync def f(x: await y): pass\n",
        "from __future__ import annotations\nx: (yield)\n",
        "from __future__ import braces\n",
        "from __future__ import nope, annotations\n",
        "from __future__ import annotations, what\n",
        "x = 1; from __future__ import annotations\n",
        "'''doc'''\nfrom __future__ import annotations\nfrom __future__ import nested_scopes; import os; from __future__ import division\n",
        "from __future__ import annotations; from __future__ import braces\n",
        "def f():\n    x = 1\n    def g():\n        return x\n    global x\n",
        "def caf\u00e9():\n    \u00e9 = 1\n    global \u00e9\n",
    ];

    internal static string Ours(string source, string filename)
    {
        try
        {
            var mod = PythonParser.ParseModule(source, filename);
            var future = FutureParser.FromAst(mod, filename);
            Pyref.Compiler.AstOptimizer.AstOptimizer.Optimize(mod, 0, future.Features);
            SymtableT.Build(mod, filename, future);
            return "OK\n";
        }
        catch (PythonSyntaxError e)
        {
            string text = e.Text is null ? "None" : "'" + e.Text.Replace("\\", "\\\\").Replace("'", "\\'").Replace("\n", "\\n") + "'";
            return SymtableDump.Error(e) + "TEXT " + text + "\n";
        }
    }

    [Fact]
    public void Errors_match_cpython_compile_for_strings_and_files()
    {
        var dir = Directory.CreateTempSubdirectory("pyref-symerr");
        try
        {
            var items = new List<(string Source, string Filename)>();
            for (int i = 0; i < Errors.Length; i++)
            {
                items.Add((Errors[i], "<string>"));
                var path = Path.Combine(dir.FullName, $"e{i}.py");
                File.WriteAllText(path, Errors[i], new System.Text.UTF8Encoding(false));
                items.Add((Errors[i], path));
            }
            var theirs = SymtableOracle.CompileErrors(items);
            var failures = new List<string>();
            for (int i = 0; i < items.Count; i++)
            {
                var mine = Ours(items[i].Source, items[i].Filename);
                if (mine != theirs[i]) failures.Add($"{items[i].Filename}:\n{items[i].Source}--- cpython\n{theirs[i]}--- pyref\n{mine}");
            }
            Assert.True(failures.Count == 0, string.Join("\n", failures));
            Assert.DoesNotContain("OK\n", theirs); // every case is an error in CPython
        }
        finally { dir.Delete(recursive: true); }
    }
}
