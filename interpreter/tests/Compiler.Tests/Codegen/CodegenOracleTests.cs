using System.Text.RegularExpressions;
using Pyref.Bytecode.Tests;
using Pyref.Dis;

namespace Pyref.Compiler.Tests.Codegen;

/// <summary>
/// Snippets compiled by the reference compiler and by CPython's compile(): the dis text and every co_* attribute of
/// every nested code object must be identical (both rendered the same way; CPython's side by python3 itself).
/// </summary>
public class CodegenOracleTests
{
    private static readonly Regex Address = new("0x[0-9a-f]+");

    // The oracle prints dis.dis and the co_* dump (code_attrs.py, next to the test assembly) separated by a marker.
    private const string OracleScript = """
import dis, io, sys
sys.path.insert(0, sys.argv[2])
from code_attrs import ADDRESS as addr, walk
src = sys.stdin.read()
code = compile(src, "<snippet>", sys.argv[1], dont_inherit=True)
buf = io.StringIO()
dis.dis(code, file=buf)
out = walk(code)
sys.stdout.write(addr.sub("0xADDR", buf.getvalue()) + "\n=====\n" + "".join(out))
""";

    public static TheoryData<string, string> Snippets() => new()
    {
        { "exec", "import os\nx = 1\nprint(os.path.join('a', str(x)))\n" },
        { "exec", "def f(a, b=2, *args, c, d=4, **kw):\n    '''doc'''\n    y = a + b\n    return y, c\n" },
        { "exec", "def f(a, /, b):\n    for i in range(a):\n        if i > 3 and b:\n            break\n        elif i:\n            continue\n    else:\n        b += 1\n    return b\n" },
        { "exec", "class C(B, metaclass=M):\n    x: int = 1\n    def m(self):\n        return super().m(__class__)\n    def __p(self): pass\n" },
        { "exec", "def g():\n    try:\n        a()\n    except ValueError as e:\n        b(e)\n    except (TypeError, KeyError):\n        pass\n    except:\n        raise\n    else:\n        c()\n    finally:\n        d()\n" },
        { "exec", "def g(x):\n    for i in x:\n        try:\n            return i\n        finally:\n            print(i)\n" },
        { "exec", "def g():\n    with open(x) as f, open(y):\n        return f.read()\n" },
        { "exec", "async def h():\n    async with a as b:\n        await b\n    async for i in c:\n        pass\n    return [i async for i in d]\n" },
        { "exec", "def f(x):\n    return [i for i in x if i], {k: v for k, v in x}, {a for a in x}, (g for g in x for h in g)\n" },
        { "exec", "def outer():\n    a = 1\n    def inner():\n        nonlocal a\n        a += 1\n        return lambda: a\n    return inner\n" },
        { "exec", "match x:\n    case 1 | 2:\n        pass\n    case [a, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=yy) if yy > 2:\n        pass\n    case str() as s:\n        pass\n    case _:\n        pass\n" },
        { "exec", "x = f'{a!r:>{w}} {b}'\ndel x, y[0], z.a\na.b += 1\nc[1:2] += 3\nprint(*args, **kw)\n" },
        { "exec", "x, *y = z\n(a, b), c = d\n[e, f] = g\nassert x, 'msg'\nfrom . import q\nfrom os.path import *\nimport a.b.c as d\n" },
        { "exec", "def gen():\n    x = yield 1\n    yield from x\n    return (yield)\n" },
        { "exec", "try:\n    pass\nexcept* ValueError as e:\n    print(e)\nexcept* TypeError:\n    pass\n" },
        { "exec", "while a:\n    if b:\n        break\nelse:\n    c()\nx = a if b else c\ny = a < b < c\nz = not (a and b or c)\n" },
        { "exec", "print(a, b, sep='', end='')\nobj.method(1, *a)\nobj.method(k=1)\nf(**{'a': 1})\nl = [1, 2, 3]\ns = {1, 2, 3}\nd = {'a': 1, 'b': 2}\n" },
        { "exec", "from __future__ import annotations\ndef f(a: list[int], *b: 'x', c: a.b | None = None) -> dict[str, int]: pass\nx: lambda y: y + 1 = 3\n" },
        { "exec", "global_ = 1\ndef f():\n    global global_\n    global_ = 2\n    del global_\n" },
        { "exec", "class A:\n    class B:\n        def f(self):\n            def g(): pass\n            return g\n" },
        { "eval", "a + b * c" },
        { "single", "x = 1\n" },
        { "single", "a + 1\n" },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Dis_and_code_attributes_match_CPython(string mode, string source)
    {
        var expected = PythonOracle.Run(OracleScript, source, mode, AppContext.BaseDirectory);
        var code = Compiler.Compile(source, "<snippet>", mode);
        var actual = Address.Replace(Disassembler.Dis(code), "0xADDR") + "\n=====\n"
            + CodeObjectAttributes.Format(CodeObjectAttributes.Describe(code));
        if (expected != actual)
        {
            var parts = expected.Split("\n=====\n");
            var ours = actual.Split("\n=====\n");
            Assert.Fail($"differs from CPython for:\n{source}\n--- CPython dis ---\n{parts[0]}\n--- ours ---\n{ours[0]}\n"
                + $"--- first co_* difference ---\n{FirstDifference(parts[1], ours[1])}");
        }
    }

    private static string FirstDifference(string expected, string actual)
    {
        var el = expected.Split('\n');
        var al = actual.Split('\n');
        for (int i = 0; i < Math.Min(el.Length, al.Length); i++)
            if (el[i] != al[i]) return $"cpython: {el[i]}\nours:    {al[i]}";
        return el.Length == al.Length ? "(none)" : "lengths differ";
    }
}
