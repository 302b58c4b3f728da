using Pyref.Bytecode.Tests;
using Pyref.Parser;

namespace Pyref.Compiler.Tests.Codegen;

/// <summary>The SyntaxErrors raised after parsing (symtable and compile.c) with CPython's message and positions.</summary>
public class CompileErrorTests
{
    private const string OracleScript = """
import sys
try:
    compile(sys.stdin.read(), "<snippet>", "exec", dont_inherit=True)
    print("compiled")
except SyntaxError as e:
    print(f"{type(e).__name__}|{e.msg}|{e.lineno}|{e.offset}|{e.end_lineno}|{e.end_offset}")
""";

    [Theory]
    [InlineData("return 1\n")]
    [InlineData("def f():\n    x = 1\nbreak\n")]
    [InlineData("for x in y:\n    def f():\n        continue\n")]
    [InlineData("__debug__ = 1\n")]
    [InlineData("del __debug__\n")]
    [InlineData("f(a=1, a=2)\n")]
    [InlineData("def f(__debug__): pass\n")]
    [InlineData("try:\n    pass\nexcept:\n    pass\nexcept ValueError:\n    pass\n")]
    [InlineData("a, *b, *c = d\n")]
    [InlineData("*a = b\n")]
    [InlineData("print(*a if b else c)\nx = *y\n")]
    [InlineData("match x:\n    case a:\n        pass\n    case b:\n        pass\n")]
    [InlineData("match x:\n    case _:\n        pass\n    case 1:\n        pass\n")]
    [InlineData("match x:\n    case [a, a]:\n        pass\n")]
    [InlineData("match x:\n    case a | [b]:\n        pass\n")]
    [InlineData("match x:\n    case {1: a, 1: b}:\n        pass\n")]
    [InlineData("match x:\n    case C(x=1, x=2):\n        pass\n")]
    [InlineData("def f():\n    yield 1\n    x = [i async for i in y]\n")]
    [InlineData("async def f():\n    yield from x\n")]
    [InlineData("async def f():\n    yield 1\n    return 2\n")]
    [InlineData("x = 1\nfrom __future__ import annotations\n")]
    [InlineData("try:\n    pass\nexcept* ValueError:\n    break\n")]
    [InlineData("def f():\n    await x\n")]
    public void Error_matches_CPython(string source)
    {
        var expected = PythonOracle.Run(OracleScript, source).Trim();
        string actual;
        try
        {
            Compiler.Compile(source, "<snippet>", "exec");
            actual = "compiled";
        }
        catch (PythonSyntaxError e)
        {
            actual = $"{e.Kind}|{e.Msg}|{e.Lineno}|{e.Offset}|{e.EndLineno}|{e.EndOffset}";
        }
        Assert.Equal(expected, actual);
    }
}

public class CodegenStackTests
{
    [Fact]
    public void A_deep_tree_compiles_on_a_small_stack_thread()
    {
        // A left-deep BinOp chain 2000 deep: a 256 KiB thread cannot hold the optimizer's, the symtable's and
        // codegen's recursion, so the compile must move to a big-stack thread instead of overflowing.
        var source = "x = " + string.Join("+", Enumerable.Repeat("a", 2000)) + "\n";
        Bytecode.CodeObject? code = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { code = Compiler.CompileAst(Pyref.Parser.PythonParser.ParseModule(source, "<deep>"), "<deep>"); }
            catch (Exception e) { error = e; }
        }, 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Null(error);
        Assert.Equal(2000 - 1, code!.Instructions().Count(i => i.Opcode == Bytecode.Op311.BINARY_OP));
    }
}
