using Pyref.Bytecode;
using Pyref.Parser;
using Pyref.Parser.Ast;
using Pyref.Symtable;

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
    public static CodeObject Compile(string source, string filename, string mode) =>
        Compile(source, filename, mode, flags: 0, optimize: -1);

    /// <summary>compile(source, filename, mode, flags, dont_inherit=True, optimize): flags are PyCF_* / CO_FUTURE_* bits.</summary>
    public static CodeObject Compile(string source, string filename, string mode, int flags, int optimize) =>
        OnBigStack(() =>
        {
            var warnings = CompilerWarnings.Pending is null ? null : new List<TokenizerWarning>();
            var mod = PythonParser.Parse(source, filename, ParseModeOf(mode), PythonVersion.Py311, astConstructionLimit: false, warnings: warnings, flags: ParseFlagsOf(flags));
            ForwardTokenizerWarnings(warnings);
            return CompileAstOnThisThread(mod, filename, flags, optimize);
        });

    /// <summary>compile() of a bytes source (the encoding is found by the tokenizer: BOM, coding cookie, UTF-8).</summary>
    public static CodeObject Compile(ReadOnlyMemory<byte> source, string filename, string mode, int flags = 0, int optimize = -1) =>
        OnBigStack(() =>
        {
            var warnings = CompilerWarnings.Pending is null ? null : new List<TokenizerWarning>();
            var mod = PythonParser.Parse(source, filename, ParseModeOf(mode), PythonVersion.Py311, astConstructionLimit: false, warnings: warnings, flags: ParseFlagsOf(flags));
            ForwardTokenizerWarnings(warnings);
            return CompileAstOnThisThread(mod, filename, flags, optimize);
        });

    /// <summary>The PyCF_* bits of compile()'s flags that the parser acts on.</summary>
    public static ParseFlags ParseFlagsOf(int flags) =>
        ((flags & 0x0200) != 0 ? ParseFlags.DontImplyDedent : 0) | ((flags & 0x4000) != 0 ? ParseFlags.AllowIncompleteInput : 0);

    /// <summary>
    /// _PyAST_Compile(mod, filename, flags, optimize): future features, AST optimizer, symbol table, codegen and assembly.
    /// optimize -1 means the interpreter's level (0: no -O). The tree is optimized in place.
    /// </summary>
    public static CodeObject CompileAst(ModNode mod, string filename, int flags = 0, int optimize = -1) =>
        OnBigStack(() => CompileAstOnThisThread(mod, filename, flags, optimize));

    /// <summary>
    /// The optimizer, the symtable and codegen recurse as deep as the tree (up to CPython's limits, which are far beyond
    /// what a small thread stack holds): they run on a thread with a big stack, with the caller's warning list. A
    /// source is parsed on that thread too, so that the tree is built in the cache of the core that compiles it (a
    /// tree built on one thread and walked on another cost a tenth of the compile time over the stdlib).
    /// </summary>
    private static CodeObject OnBigStack(Func<CodeObject> work)
    {
        var warnings = CompilerWarnings.Pending;
        return BigStack.Run(() =>
        {
            var saved = CompilerWarnings.Pending;
            CompilerWarnings.Pending = warnings;
            try { return work(); }
            finally { CompilerWarnings.Pending = saved; }
        });
    }

    private static CodeObject CompileAstOnThisThread(ModNode mod, string filename, int flags, int optimize)
    {
        var future = FutureParser.FromAst(mod, filename);
        int merged = future.Features | flags;
        future.Features = merged;
        int opt = optimize == -1 ? 0 : optimize;
        AstOptimizer.AstOptimizer.Optimize(mod, opt, merged);
        var st = Symtable.Symtable.Build(mod, filename, future);
        return Codegen.Codegen.CompileModule(mod, filename, st, future, merged, opt);
    }

    /// <summary>The tokenizer's SyntaxWarnings (parser_warn) go to the compiler's list, ahead of the compiler's own, as
    /// CPython issues them while parsing.</summary>
    private static void ForwardTokenizerWarnings(List<TokenizerWarning>? warnings)
    {
        if (warnings is null || CompilerWarnings.Pending is not { } pending) return;
        foreach (var w in warnings) pending.Add(new CompilerWarnings.Warning(w.Message, w.AsError.Filename, w.Lineno, w.AsError));
    }

    private static ParseMode ParseModeOf(string mode) => mode switch
    {
        "exec" => ParseMode.Exec,
        "eval" => ParseMode.Eval,
        "single" => ParseMode.Single,
        _ => throw new ArgumentException("compile() mode must be 'exec', 'eval' or 'single'", nameof(mode)),
    };
}

/// <summary>
/// compiler_warn's SyntaxWarnings (PyErr_WarnExplicitObject). The compiler has no warnings machinery and runs on a
/// big-stack worker thread, so it records each warning with the SyntaxError it becomes when the filters make it an
/// error; the VM (CompilerBridge) shows them on its own thread once compilation ends. Without a list set by the
/// caller (the compiler alone, as the dis stage runs it) warnings are dropped.
/// </summary>
public static class CompilerWarnings
{
    public sealed record Warning(string Message, string Filename, int Lineno, PythonSyntaxError AsError);

    /// <summary>Set on the calling thread before compiling; CompileAst carries it to the worker thread.</summary>
    [ThreadStatic] public static List<Warning>? Pending;
}
