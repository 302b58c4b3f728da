using Pyref.Bytecode;

namespace Pyref.Compiler;

/// <summary>
/// The reference compiler's entry point (Python/compile.c _PyAST_Compile, Python/pythonrun.c Py_CompileString):
/// source -> tokens -> AST (interpreter/Parser) -> AST optimizer (AstOptimizer/, Python/ast_opt.c) -> symbol table
/// (interpreter/Symtable, Python/symtable.c) -> codegen (Codegen/, Python/compile.c compiler_visit_*) -> CFG
/// passes and assembly (Flowgraph/, Assembler/) -> CodeObject.
/// The VM finds this class by reflection (interpreter/VM/Interpreter.cs): keep the signature of Compile.
/// </summary>
public static class Compiler
{
    /// <summary>compile(source, filename, mode) with mode "exec", "eval" or "single".</summary>
    public static CodeObject Compile(string source, string filename, string mode)
    {
        throw new NotImplementedException("compiler: being written (interpreter/Compiler/Codegen)");
    }
}
