using Pyref.Bytecode;
using Pyref.Parser.Ast;
using PyNone = Pyref.Bytecode.PyNone;

using Attribute = Pyref.Parser.Ast.Attribute;
using Tuple = Pyref.Parser.Ast.Tuple;
using PyRepr = Pyref.Bytecode.PyRepr;
using PyTuple = Pyref.Bytecode.PyTuple;

namespace Pyref.Compiler.Codegen;

/// <summary>COMP_GENEXP .. COMP_DICTCOMP of Python/compile.c.</summary>
internal enum ComprehensionKind { GenExp, ListComp, SetComp, DictComp }

public sealed partial class Codegen
{
    /// <summary>compiler_comprehension_generator.</summary>
    private void ComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth,
        ExprNode elt, ExprNode? val, ComprehensionKind type)
    {
        if (generators[genIndex].IsAsync != 0) AsyncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
        else SyncComprehensionGenerator(generators, genIndex, depth, elt, val, type);
    }

    /// <summary>The element code after the last for clause (shared by the sync and async generators).</summary>
    private void ComprehensionElement(ExprNode elt, ExprNode? val, ComprehensionKind type, int depth)
    {
        switch (type)
        {
            case ComprehensionKind.GenExp:
                VisitExpr(elt);
                AddOpYield();
                AddOp(Op311.POP_TOP);
                break;
            case ComprehensionKind.ListComp:
                VisitExpr(elt);
                AddOpI(Op311.LIST_APPEND, depth + 1);
                break;
            case ComprehensionKind.SetComp:
                VisitExpr(elt);
                AddOpI(Op311.SET_ADD, depth + 1);
                break;
            case ComprehensionKind.DictComp:
                VisitExpr(elt);
                VisitExpr(val!);
                AddOpI(Op311.MAP_ADD, depth + 1);
                break;
        }
    }

    /// <summary>compiler_sync_comprehension_generator.</summary>
    private void SyncComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth,
        ExprNode elt, ExprNode? val, ComprehensionKind type)
    {
        var start = NewBlock();
        var ifCleanup = NewBlock();
        var anchor = NewBlock();
        var gen = generators[genIndex];
        bool haveStart = true;
        if (genIndex == 0)
        {
            _u.U.ArgCount = 1;
            AddOpI(Op311.LOAD_FAST, 0);
        }
        else
        {
            // Fast path for the temporary variable assignment idiom: for y in [f(x)]
            List<ExprNode>? elts = gen.Iter switch
            {
                List l => l.Elts,
                Tuple t => t.Elts,
                _ => null,
            };
            if (elts is { Count: 1 } && elts[0] is not Starred)
            {
                VisitExpr(elts[0]);
                haveStart = false;
            }
            if (haveStart)
            {
                VisitExpr(gen.Iter);
                AddOp(Op311.GET_ITER);
            }
        }
        if (haveStart)
        {
            depth++;
            UseNextBlock(start);
            AddOpJ(Op311.FOR_ITER, anchor);
        }
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs) JumpIf(cond, ifCleanup, false);
        if (++genIndex < generators.Count) ComprehensionGenerator(generators, genIndex, depth, elt, val, type);
        if (genIndex >= generators.Count) ComprehensionElement(elt, val, type, depth);
        UseNextBlock(ifCleanup);
        if (haveStart)
        {
            AddOpJ(Op311.JUMP, start);
            UseNextBlock(anchor);
        }
    }

    /// <summary>compiler_async_comprehension_generator.</summary>
    private void AsyncComprehensionGenerator(List<Comprehension> generators, int genIndex, int depth,
        ExprNode elt, ExprNode? val, ComprehensionKind type)
    {
        var start = NewBlock();
        var except = NewBlock();
        var ifCleanup = NewBlock();
        var gen = generators[genIndex];
        if (genIndex == 0)
        {
            _u.U.ArgCount = 1;
            AddOpI(Op311.LOAD_FAST, 0);
        }
        else
        {
            VisitExpr(gen.Iter);
            AddOp(Op311.GET_AITER);
        }
        UseNextBlock(start);
        PushFBlock(FBlockType.AsyncComprehensionGenerator, start, null, null);
        AddOpJ(Op311.SETUP_FINALLY, except);
        AddOp(Op311.GET_ANEXT);
        LoadConst(PyNone.Value);
        AddYieldFrom(true);
        AddOp(Op311.POP_BLOCK);
        VisitExpr(gen.Target);
        foreach (var cond in gen.Ifs) JumpIf(cond, ifCleanup, false);
        depth++;
        if (++genIndex < generators.Count) ComprehensionGenerator(generators, genIndex, depth, elt, val, type);
        if (genIndex >= generators.Count) ComprehensionElement(elt, val, type, depth);
        UseNextBlock(ifCleanup);
        AddOpJ(Op311.JUMP, start);
        PopFBlock(FBlockType.AsyncComprehensionGenerator, start);
        UseNextBlock(except);
        AddOp(Op311.END_ASYNC_FOR);
    }

    /// <summary>compiler_comprehension: comprehensions are nested functions called with the outermost iterator.</summary>
    private void CompilerComprehension(ExprNode e, ComprehensionKind type, string name, List<Comprehension> generators,
        ExprNode elt, ExprNode? val)
    {
        var scopeType = _u.ScopeType;
        bool isTopLevelAwait = IsTopLevelAwait;
        var outermost = generators[0];
        EnterScope(name, CompilerScope.Comprehension, e, e.Lineno);
        SetLoc(e);
        bool isAsyncGenerator = _u.Ste.Coroutine;
        if (isAsyncGenerator && type != ComprehensionKind.GenExp && scopeType != CompilerScope.AsyncFunction
            && scopeType != CompilerScope.Comprehension && !isTopLevelAwait)
        {
            var err = Error("asynchronous comprehension outside of an asynchronous function");
            ExitScope();
            throw err;
        }
        if (type != ComprehensionKind.GenExp)
        {
            AddOpI(type switch
            {
                ComprehensionKind.ListComp => Op311.BUILD_LIST,
                ComprehensionKind.SetComp => Op311.BUILD_SET,
                _ => Op311.BUILD_MAP,
            }, 0);
        }
        ComprehensionGenerator(generators, 0, 0, elt, val, type);
        if (type != ComprehensionKind.GenExp) AddOp(Op311.RETURN_VALUE);
        var co = Assemble(true);
        ExitScope();
        if (isTopLevelAwait && isAsyncGenerator) _u.Ste.Coroutine = true;
        MakeClosure(co, 0);
        VisitExpr(outermost.Iter);
        AddOp(outermost.IsAsync != 0 ? Op311.GET_AITER : Op311.GET_ITER);
        AddOpI(Op311.PRECALL, 0);
        AddOpI(Op311.CALL, 0);
        if (isAsyncGenerator && type != ComprehensionKind.GenExp)
        {
            Await(0);
        }
    }
}
