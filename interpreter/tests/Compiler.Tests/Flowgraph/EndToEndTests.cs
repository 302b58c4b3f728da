using System.Text;
using Pyref.Bytecode;
using Pyref.Bytecode.Tests;
using Pyref.Dis;

namespace Pyref.Compiler.Tests.Flowgraph;

/// <summary>
/// Source -> code objects through the whole reference compiler, on snippets that exercise the CFG passes and the
/// assembler (exception table nesting, with, finally, generators, closures, EXTENDED_ARG, line forms...), compared
/// with CPython's compile(): every co_* attribute of every nested code object.
/// </summary>
public class EndToEndTests
{
    private const string OracleScript = """
        import sys, re, types
        KEYS = ["co_argcount", "co_cellvars", "co_code", "co_consts", "co_exceptiontable", "co_filename",
                "co_firstlineno", "co_flags", "co_freevars", "co_kwonlyargcount", "co_linetable", "co_name", "co_names",
                "co_nlocals", "co_posonlyargcount", "co_qualname", "co_stacksize", "co_varnames"]
        addr = re.compile(r"0x[0-9a-f]+")
        def value(code, key):
            v = getattr(code, key)
            if isinstance(v, int): return str(v)
            if isinstance(v, bytes): return v.hex()
            return addr.sub("0xADDR", repr(v))
        def walk(code, parent, out):
            path = code.co_qualname if parent is None else parent + "/" + code.co_qualname
            for key in KEYS: out.append(f"{path}\t{key}\t{value(code, key)}\n")
            for c in code.co_consts:
                if isinstance(c, types.CodeType): walk(c, path, out)
        out = []
        walk(compile(sys.stdin.read(), "snippet.py", "exec", dont_inherit=True), None, out)
        sys.stdout.write("".join(out))
        """;

    public static TheoryData<string, string> Snippets => new()
    {
        { "nested try/except/finally", """
            def f(a):
                try:
                    try:
                        a()
                    except ValueError:
                        return 1
                    finally:
                        a.close()
                except (KeyError, IndexError) as e:
                    print(e)
                else:
                    return 2
                return 3
            """ },
        { "with and async with", """
            def f(p):
                with open(p) as fh, open(p + 'x') as g:
                    return fh.read() + g.read()
            async def h(m):
                async with m as x:
                    await x
                async for y in m:
                    print(y)
            """ },
        { "loops with break, continue and else", """
            def f(xs):
                total = 0
                for x in xs:
                    if x < 0:
                        continue
                    if x > 100:
                        break
                    total += x
                else:
                    total = 7
                while total:
                    total -= 1
                    if total == 5: break
                return total
            """ },
        { "generators, closures and class cells", """
            def outer(n):
                def gen():
                    for i in range(n):
                        yield i
                    yield from range(n)
                return [x * n for x in gen()]
            class C:
                def m(self):
                    return __class__, super().m()
            """ },
        { "swaps, unpacking and boolean chains", """
            def f(a, b, c):
                a, b = b, a
                a, b, c = c, b, a
                x = a and b or c
                y = (a or b) and c
                if a is None or b is not None:
                    return x
                return y if not a else -y
            """ },
        { "match statement", """
            def f(p):
                match p:
                    case [x, y, *rest]:
                        return x
                    case {"k": v, **kw}:
                        return v
                    case C(a=1) | D():
                        return 0
                    case _:
                        return None
            """ },
        { "finally with return in a loop, except star", """
            def f(xs):
                for x in xs:
                    try:
                        if x:
                            return x
                    finally:
                        print(x)
            def g():
                try:
                    h()
                except* ValueError as eg:
                    print(eg)
                except* TypeError:
                    pass
            """ },
        { "argument cells, lambdas and defaults", """
            def f(a, b=2, *args, c, d=4, **kw):
                g = lambda: a + c
                def h(x=a):
                    nonlocal b
                    b = x
                    return kw
                return g, h
            """ },
        { "long function: EXTENDED_ARG jumps and many constants", string.Concat(
            new[] { "def f(a):\n    if a:\n" }.Concat(Enumerable.Range(0, 300).Select(i => $"        a = a + {i}\n"))
                .Concat(new[] { "    return a\n" })) },
    };

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_compiles_identically(string name, string source)
    {
        var expected = PythonOracle.Run(OracleScript, source);
        var code = Compiler.Compile(source, "snippet.py", "exec");
        var actual = CodeObjectAttributes.Format(CodeObjectAttributes.Describe(code));
        if (expected == actual) return;
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var diff = new StringBuilder($"{name}: first differences\n");
        for (int i = 0, shown = 0; i < Math.Max(e.Length, a.Length) && shown < 6; i++)
        {
            var el = i < e.Length ? e[i] : "";
            var al = i < a.Length ? a[i] : "";
            if (el == al) continue;
            diff.Append("cpython: ").Append(el).Append('\n').Append("pyref:   ").Append(al).Append('\n');
            shown++;
        }
        diff.Append("--- pyref dis:\n").Append(Disassembler.Dis(code));
        Assert.Fail(diff.ToString());
    }
}
