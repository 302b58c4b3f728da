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
}
