using Pyref.Bytecode;
using Pyref.Compiler.Flowgraph;
using Pyref.Parser.Ast;

using Attribute = Pyref.Parser.Ast.Attribute;
using Tuple = Pyref.Parser.Ast.Tuple;
using PyRepr = Pyref.Bytecode.PyRepr;
using PyNone = Pyref.Bytecode.PyNone;
using PyTuple = Pyref.Bytecode.PyTuple;

namespace Pyref.Compiler.Codegen;

/// <summary>enum fblocktype of Python/compile.c: the frame blocks return/break/continue unwind through.</summary>
internal enum FBlockType
{
    WhileLoop, ForLoop, TryExcept, FinallyTry, FinallyEnd, With, AsyncWith, HandlerCleanup, PopValue,
    ExceptionHandler, ExceptionGroupHandler, AsyncComprehensionGenerator,
}

/// <summary>struct fblockinfo. Datum is the finally body (FinallyTry), the with statement (With) or the handler's name.</summary>
internal sealed record FBlockInfo(FBlockType Type, BasicBlock? Block, BasicBlock? Exit, object? Datum);

public sealed partial class Codegen
{
    /// <summary>compiler_push_fblock.</summary>
    private void PushFBlock(FBlockType t, BasicBlock? b, BasicBlock? exit, object? datum)
    {
        if (_u.FBlocks.Count >= CoMaxBlocks) throw Error("too many statically nested blocks");
        _u.FBlocks.Add(new FBlockInfo(t, b, exit, datum));
    }

    /// <summary>compiler_pop_fblock.</summary>
    private void PopFBlock(FBlockType t, BasicBlock? b)
    {
        var top = _u.FBlocks[^1];
        System.Diagnostics.Debug.Assert(top.Type == t && top.Block == b);
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
    }

    /// <summary>compiler_call_exit_with_nones.</summary>
    private void CallExitWithNones()
    {
        LoadConst(PyNone.Value);
        LoadConst(PyNone.Value);
        LoadConst(PyNone.Value);
        AddOpI(Op311.PRECALL, 2);
        AddOpI(Op311.CALL, 2);
    }

    /// <summary>compiler_add_yield_from: the SEND / YIELD_VALUE / RESUME loop of await and yield from.</summary>
    private void AddYieldFrom(bool isAwait)
    {
        var start = NewBlock();
        var resume = NewBlock();
        var exit = NewBlock();
        UseNextBlock(start);
        AddOpJ(Op311.SEND, exit);
        UseNextBlock(resume);
        AddOp(Op311.YIELD_VALUE);
        AddOpI(Op311.RESUME, isAwait ? 3 : 2);
        AddOpJ(Op311.JUMP_NO_INTERRUPT, start);
        UseNextBlock(exit);
    }

    /// <summary>VISIT_SEQ(c, stmt, ...).</summary>
    private void VisitStmts(List<StmtNode> stmts)
    {
        foreach (var s in stmts) VisitStmt(s);
    }

    /// <summary>`name = None; del name` ending an `except ... as name` handler (artificial code).</summary>
    private void ClearHandlerName(string name)
    {
        LoadConst(PyNone.Value);
        NameOp(name, ExprCtx.Store);
        NameOp(name, ExprCtx.Del);
    }

    /// <summary>GET_AWAITABLE where; LOAD_CONST None; the yield-from loop: awaiting TOS.</summary>
    private void Await(int where)
    {
        AddOpI(Op311.GET_AWAITABLE, where);
        LoadConst(PyNone.Value);
        AddYieldFrom(true);
    }

    /// <summary>compiler_pop_except_and_reraise.</summary>
    private void PopExceptAndReraise()
    {
        AddOpI(Op311.COPY, 3);
        AddOp(Op311.POP_EXCEPT);
        AddOpI(Op311.RERAISE, 1);
    }

    /// <summary>compiler_unwind_fblock: the code leaving one frame block early (return, break, continue).</summary>
    private void UnwindFBlock(FBlockInfo info, bool preserveTos)
    {
        switch (info.Type)
        {
            case FBlockType.WhileLoop:
            case FBlockType.ExceptionHandler:
            case FBlockType.ExceptionGroupHandler:
            case FBlockType.AsyncComprehensionGenerator:
                return;
            case FBlockType.ForLoop:
                if (preserveTos) AddOpI(Op311.SWAP, 2);
                AddOp(Op311.POP_TOP);
                return;
            case FBlockType.TryExcept:
                AddOp(Op311.POP_BLOCK);
                return;
            case FBlockType.FinallyTry:
                AddOp(Op311.POP_BLOCK);
                if (preserveTos) PushFBlock(FBlockType.PopValue, null, null, null);
                VisitStmts((List<StmtNode>)info.Datum!);
                if (preserveTos) PopFBlock(FBlockType.PopValue, null);
                UnsetLoc();
                return;
            case FBlockType.FinallyEnd:
                if (preserveTos) AddOpI(Op311.SWAP, 2);
                AddOp(Op311.POP_TOP);
                if (preserveTos) AddOpI(Op311.SWAP, 2);
                AddOp(Op311.POP_BLOCK);
                AddOp(Op311.POP_EXCEPT);
                return;
            case FBlockType.With:
            case FBlockType.AsyncWith:
                SetLoc((StmtNode)info.Datum!);
                AddOp(Op311.POP_BLOCK);
                if (preserveTos) AddOpI(Op311.SWAP, 2);
                CallExitWithNones();
                if (info.Type == FBlockType.AsyncWith)
                {
                    Await(2);
                }
                AddOp(Op311.POP_TOP);
                UnsetLoc();
                return;
            case FBlockType.HandlerCleanup:
                if (info.Datum is not null) AddOp(Op311.POP_BLOCK);
                if (preserveTos) AddOpI(Op311.SWAP, 2);
                AddOp(Op311.POP_BLOCK);
                AddOp(Op311.POP_EXCEPT);
                if (info.Datum is string name)
                {
                    ClearHandlerName(name);
                }
                return;
            case FBlockType.PopValue:
                if (preserveTos) AddOpI(Op311.SWAP, 2);
                AddOp(Op311.POP_TOP);
                return;
        }
    }

    /// <summary>compiler_unwind_fblock_stack: unwinds every frame block, or up to the innermost loop when
    /// stopAtLoop, which is then returned.</summary>
    private FBlockInfo? UnwindFBlockStack(bool preserveTos, bool stopAtLoop)
    {
        if (_u.FBlocks.Count == 0) return null;
        var top = _u.FBlocks[^1];
        if (top.Type == FBlockType.ExceptionGroupHandler)
            throw Error("'break', 'continue' and 'return' cannot appear in an except* block");
        if (stopAtLoop && top.Type is FBlockType.WhileLoop or FBlockType.ForLoop) return top;
        _u.FBlocks.RemoveAt(_u.FBlocks.Count - 1);
        UnwindFBlock(top, preserveTos);
        var loop = UnwindFBlockStack(preserveTos, stopAtLoop);
        _u.FBlocks.Add(top);
        return loop;
    }
}
