using System.Numerics;
using Pyref.Bytecode;
using Pyref.Compiler.Flowgraph;
using Pyref.Symtable;
using static Pyref.Bytecode.Op311;
using Asm = Pyref.Compiler.Assembler.Assembler;

namespace Pyref.Compiler.Tests.Flowgraph;

/// <summary>
/// Hand-built CFGs, written as 3.11's codegen (Python/compile.c compiler_visit_*) emits them for a snippet, assembled
/// and compared field by field with CPython's compile() of the snippet.
/// </summary>
public class AssemblerTests
{
    private static readonly BigInteger One = BigInteger.One;

    private static CfgBuilder Function(string name, int line, params string[] args)
    {
        var g = new CfgBuilder(name, BlockType.Function, CompilerScope.Function, line);
        foreach (var a in args) g.Var(a);
        g.Unit.ArgCount = args.Length;
        return g;
    }

    [Fact]
    public void Module_with_one_assignment()
    {
        const string src = "x = 1\n";
        var g = new CfgBuilder("<module>", BlockType.Module, CompilerScope.Module, 1);
        g.At(1, 0, 5);
        g.At(1, 4, 5).Const(One);
        g.At(1, 0, 1).Op(STORE_NAME, g.Name("x"));
        var code = Asm.Assemble(g.Unit, "test.py", addNone: true, 0);
        CpythonCode.AssertSame(CpythonCode.Module(src), code);
    }

    [Fact]
    public void If_else_and_while_give_forward_and_backward_jumps()
    {
        const string src = """
            def f(a):
                if a:
                    b = 1
                else:
                    b = 2
                while a:
                    a = a - 1
                return b
            """;
        var g = Function("f", 1, "a");
        g.AddConst(PyNone.Value); // no docstring
        // if a: (compiler_if: end, then next; compiler_jump_if visits the test, jumps at the statement's location)
        g.At(2, 4, 5, 13);
        var end = g.NewBlock();
        var next = g.NewBlock();
        g.At(2, 7, 8).Op(LOAD_FAST, 0);
        g.At(2, 4, 5, 13).Jump(POP_JUMP_IF_FALSE, next);
        g.At(3, 8, 13);
        g.At(3, 12, 13).Const(One);
        g.At(3, 8, 9).Op(STORE_FAST, g.Var("b"));
        g.JumpNoLine(JUMP, end);
        g.Use(next);
        g.At(5, 8, 13);
        g.At(5, 12, 13).Const(new BigInteger(2));
        g.At(5, 8, 9).Op(STORE_FAST, g.Var("b"));
        g.Use(end);
        // while a: (compiler_while: loop, body, anchor, end)
        g.At(6, 4, 7, 17);
        var loop = g.NewBlock();
        var body = g.NewBlock();
        var anchor = g.NewBlock();
        var wend = g.NewBlock();
        g.Use(loop);
        g.At(6, 10, 11).Op(LOAD_FAST, 0);
        g.At(6, 4, 7, 17).Jump(POP_JUMP_IF_FALSE, anchor);
        g.Use(body);
        g.At(7, 8, 17);
        g.At(7, 12, 13).Op(LOAD_FAST, 0);
        g.At(7, 16, 17).Const(One);
        g.At(7, 12, 17).Op(BINARY_OP, BinaryOp311.NB_SUBTRACT);
        g.At(7, 8, 9).Op(STORE_FAST, 0);
        g.At(6, 4, 7, 17);
        g.At(6, 10, 11).Op(LOAD_FAST, 0);
        g.At(6, 4, 7, 17).Jump(POP_JUMP_IF_TRUE, body);
        g.Use(anchor);
        g.Use(wend);
        // return b
        g.At(8, 4, 12);
        g.At(8, 11, 12).Op(LOAD_FAST, 1);
        g.At(8, 4, 12).Op(RETURN_VALUE);
        var code = Asm.Assemble(g.Unit, "test.py", addNone: true, 0);
        CpythonCode.AssertSame(CpythonCode.Function(src, "f"), code);
    }

    // compiler_call for `name()` at (line, col, endCol): PUSH_NULL, LOAD_GLOBAL, PRECALL 0, CALL 0; then POP_TOP.
    private static void CallStatement(CfgBuilder g, string func, int line, int col)
    {
        int endCol = col + func.Length + 2;
        g.At(line, col, endCol).Op(PUSH_NULL);
        g.At(line, col, col + func.Length).Op(LOAD_GLOBAL, g.Name(func) << 1);
        g.At(line, col, endCol).Op(PRECALL, 0).Op(CALL, 0).Op(POP_TOP);
    }

    [Fact]
    public void Try_except_as_gives_the_exception_table_and_handler_depths()
    {
        const string src = """
            def f():
                try:
                    a()
                except E as e:
                    b()
                c()
            """;
        var g = Function("f", 1);
        g.AddConst(PyNone.Value);
        // compiler_try_except
        g.At(2, 4, 5, 11);
        var body = g.NewBlock();
        var except = g.NewBlock();
        var end = g.NewBlock();
        var cleanup = g.NewBlock();
        g.Jump(SETUP_FINALLY, except);
        g.Use(body);
        CallStatement(g, "a", 3, 8);
        g.OpNoLine(POP_BLOCK);
        g.JumpNoLine(JUMP, end);
        g.Use(except);
        g.Unset();
        g.Jump(SETUP_CLEANUP, cleanup);
        g.Op(PUSH_EXC_INFO);
        g.At(4, 4, 5, 11);
        var except2 = g.NewBlock();
        g.At(4, 11, 12).Op(LOAD_GLOBAL, g.Name("E") << 1);
        g.At(4, 4, 5, 11).Op(CHECK_EXC_MATCH);
        g.Jump(POP_JUMP_IF_FALSE, except2);
        var cleanupEnd = g.NewBlock();
        var cleanupBody = g.NewBlock();
        int e = g.Var("e");
        g.Op(STORE_FAST, e);
        g.Jump(SETUP_CLEANUP, cleanupEnd);
        g.Use(cleanupBody);
        CallStatement(g, "b", 5, 8);
        g.Unset();
        g.Op(POP_BLOCK).Op(POP_BLOCK).Op(POP_EXCEPT);
        g.Const(PyNone.Value).Op(STORE_FAST, e).Op(DELETE_FAST, e);
        g.Jump(JUMP, end);
        g.Use(cleanupEnd);
        g.Unset();
        g.Const(PyNone.Value).Op(STORE_FAST, e).Op(DELETE_FAST, e);
        g.Op(RERAISE, 1);
        g.Use(except2);
        g.Unset();
        g.Op(RERAISE, 0);
        g.Use(cleanup);
        g.Op(COPY, 3).Op(POP_EXCEPT).Op(RERAISE, 1);
        g.Use(end);
        CallStatement(g, "c", 6, 4);
        var code = Asm.Assemble(g.Unit, "test.py", addNone: true, 0);
        CpythonCode.AssertSame(CpythonCode.Function(src, "f"), code);
    }

    [Fact]
    public void Constant_condition_removes_dead_code_and_trims_only_trailing_constants()
    {
        const string src = """
            def f():
                if 0:
                    x = "a"
                return 5
            """;
        var g = Function("f", 1);
        g.AddConst(PyNone.Value);
        g.At(2, 4, 3, 15);
        var end = g.NewBlock();
        g.At(2, 7, 8).Const(BigInteger.Zero);
        g.At(2, 4, 3, 15).Jump(POP_JUMP_IF_FALSE, end);
        g.At(3, 8, 15);
        g.At(3, 12, 15).Const("a");
        g.At(3, 8, 9).Op(STORE_FAST, g.Var("x"));
        g.Use(end);
        g.At(4, 4, 12);
        g.At(4, 11, 12).Op(NOP).Const(new BigInteger(5)).Op(RETURN_VALUE);
        var code = Asm.Assemble(g.Unit, "test.py", addNone: true, 0);
        CpythonCode.AssertSame(CpythonCode.Function(src, "f"), code);
    }

    [Fact]
    public void Generator_gets_the_RETURN_GENERATOR_prefix()
    {
        const string src = """
            def gen(x):
                yield x
            """;
        var g = Function("gen", 1, "x");
        g.Ste.Generator = true;
        g.AddConst(PyNone.Value);
        g.At(2, 4, 11);
        g.At(2, 10, 11).Op(LOAD_FAST, 0);
        g.At(2, 4, 11).Op(YIELD_VALUE).Op(RESUME, 1).Op(POP_TOP);
        var code = Asm.Assemble(g.Unit, "test.py", addNone: true, 0);
        CpythonCode.AssertSame(CpythonCode.Function(src, "gen"), code);
    }

    [Fact]
    public void Closure_gets_MAKE_CELL_and_COPY_FREE_VARS_and_cell_slots()
    {
        const string src = """
            def fc(a, b):
                def g():
                    return a + c
                c = 1
                return g
            """;
        var inner = new CfgBuilder("g", BlockType.Function, CompilerScope.Function, 2, "fc.<locals>.g");
        inner.Ste.Nested = true;
        inner.Unit.FreeVars.Add("a");
        inner.Unit.FreeVars.Add("c");
        inner.AddConst(PyNone.Value);
        inner.At(3, 8, 20);
        inner.At(3, 15, 16).Op(LOAD_DEREF, 0);
        inner.At(3, 19, 20).Op(LOAD_DEREF, 1);
        inner.At(3, 15, 20).Op(BINARY_OP, BinaryOp311.NB_ADD);
        inner.At(3, 8, 20).Op(RETURN_VALUE);
        var innerCode = Asm.Assemble(inner.Unit, "test.py", addNone: true, 0);
        CpythonCode.AssertSame(CpythonCode.Function(src, "fc.<locals>.g"), innerCode);

        var g = Function("fc", 1, "a", "b");
        g.Unit.CellVars.Add("a");
        g.Unit.CellVars.Add("c");
        g.AddConst(PyNone.Value);
        g.At(2, 4, 3, 20);
        g.Op(LOAD_CLOSURE, 0).Op(LOAD_CLOSURE, 1).Op(BUILD_TUPLE, 2);
        g.Const(innerCode).Op(MAKE_FUNCTION, 8).Op(STORE_FAST, g.Var("g"));
        g.At(4, 4, 9);
        g.At(4, 8, 9).Const(One);
        g.At(4, 4, 5).Op(STORE_DEREF, 1);
        g.At(5, 4, 12);
        g.At(5, 11, 12).Op(LOAD_FAST, 2);
        g.At(5, 4, 12).Op(RETURN_VALUE);
        var code = Asm.Assemble(g.Unit, "test.py", addNone: true, 0);
        CpythonCode.AssertSame(CpythonCode.Function(src, "fc"), code);
    }

    [Fact]
    public void Boolean_operators_are_jump_threaded()
    {
        const string src = """
            def f(a, b, c):
                return a and b or c
            """;
        var g = Function("f", 1, "a", "b", "c");
        g.AddConst(PyNone.Value);
        // compiler_return (preserve_tos) around compiler_boolop (Or of And)
        g.At(2, 4, 23);
        g.At(2, 11, 23);
        var endOr = g.NewBlock();
        g.At(2, 11, 18);
        var endAnd = g.NewBlock();
        g.At(2, 11, 12).Op(LOAD_FAST, 0);
        g.At(2, 11, 18).Jump(JUMP_IF_FALSE_OR_POP, endAnd);
        g.Use(g.NewBlock());
        g.At(2, 17, 18).Op(LOAD_FAST, 1);
        g.Use(endAnd);
        g.At(2, 11, 23).Jump(JUMP_IF_TRUE_OR_POP, endOr);
        g.Use(g.NewBlock());
        g.At(2, 22, 23).Op(LOAD_FAST, 2);
        g.Use(endOr);
        g.At(2, 4, 23).Op(RETURN_VALUE);
        var code = Asm.Assemble(g.Unit, "test.py", addNone: true, 0);
        CpythonCode.AssertSame(CpythonCode.Function(src, "f"), code);
    }

    /// <summary>A loop body longer than 255 code units: both loop jumps need EXTENDED_ARG. One statement has a
    /// column past 127 and the return follows a gap of blank lines, so the long location form appears too.</summary>
    [Theory]
    [InlineData(10)]
    [InlineData(140)]
    [InlineData(300)]
    public void Long_loop_bodies_get_EXTENDED_ARG_and_every_location_form(int statements)
    {
        var lines = new List<string> { "def f(a):", "    while a:" };
        for (int i = 0; i < statements; i++)
            lines.Add(i == statements / 2 ? "        a = " + new string(' ', 130) + "a" : "        a = a");
        int lastBody = lines.Count; // 1-based line of the last statement
        lines.AddRange(new[] { "", "", "", "", "    return a" });
        string src = string.Join("\n", lines) + "\n";

        var g = Function("f", 1, "a");
        g.AddConst(PyNone.Value);
        var whileLoc = (2, 4, lastBody, 13);
        g.At(whileLoc.Item1, whileLoc.Item2, whileLoc.Item3, whileLoc.Item4);
        var loop = g.NewBlock();
        var body = g.NewBlock();
        var anchor = g.NewBlock();
        var end = g.NewBlock();
        g.Use(loop);
        g.At(2, 10, 11).Op(LOAD_FAST, 0);
        g.At(2, 4, lastBody, 13).Jump(POP_JUMP_IF_FALSE, anchor);
        g.Use(body);
        for (int i = 0; i < statements; i++)
        {
            int line = 3 + i;
            int valueCol = i == statements / 2 ? 142 : 12;
            g.At(line, 8, valueCol + 1);
            g.At(line, valueCol, valueCol + 1).Op(LOAD_FAST, 0);
            g.At(line, 8, 9).Op(STORE_FAST, 0);
        }
        g.At(2, 4, lastBody, 13);
        g.At(2, 10, 11).Op(LOAD_FAST, 0);
        g.At(2, 4, lastBody, 13).Jump(POP_JUMP_IF_TRUE, body);
        g.Use(anchor);
        g.Use(end);
        int ret = lastBody + 5;
        g.At(ret, 4, 12);
        g.At(ret, 11, 12).Op(LOAD_FAST, 0);
        g.At(ret, 4, 12).Op(RETURN_VALUE);
        var code = Asm.Assemble(g.Unit, "test.py", addNone: true, 0);
        CpythonCode.AssertSame(CpythonCode.Function(src, "f"), code);
    }
}
