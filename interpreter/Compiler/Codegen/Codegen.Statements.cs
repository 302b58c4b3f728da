using Pyref.Bytecode;
using Pyref.Compiler.Flowgraph;
using Pyref.Parser.Ast;
using Pyref.Symtable;
using PyNone = Pyref.Bytecode.PyNone;

using Attribute = Pyref.Parser.Ast.Attribute;
using Tuple = Pyref.Parser.Ast.Tuple;
using PyRepr = Pyref.Bytecode.PyRepr;
using PyTuple = Pyref.Bytecode.PyTuple;

namespace Pyref.Compiler.Codegen;

public sealed partial class Codegen
{
    /// <summary>compiler_visit_stmt.</summary>
    private void VisitStmt(StmtNode s)
    {
        CheckStack();
        SetLoc(s);
        switch (s)
        {
            case FunctionDef f: CompilerFunction(s, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, false); break;
            case AsyncFunctionDef f: CompilerFunction(s, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, true); break;
            case ClassDef c: CompilerClass(c); break;
            case Return r: CompilerReturn(r); break;
            case Delete d:
                foreach (var t in d.Targets) VisitExpr(t);
                break;
            case Assign a:
                {
                    int n = a.Targets.Count;
                    VisitExpr(a.Value);
                    for (int i = 0; i < n; i++)
                    {
                        if (i < n - 1) AddOpI(Op311.COPY, 1);
                        VisitExpr(a.Targets[i]);
                    }
                    break;
                }
            case AugAssign a: CompilerAugAssign(a); break;
            case AnnAssign a: CompilerAnnAssign(a); break;
            case For f: CompilerFor(f); break;
            case While w: CompilerWhile(w); break;
            case If i: CompilerIf(i); break;
            case Match m: CompilerMatch(m); break;
            case Raise r:
                {
                    int n = 0;
                    if (r.Exc is not null)
                    {
                        VisitExpr(r.Exc);
                        n++;
                        if (r.Cause is not null)
                        {
                            VisitExpr(r.Cause);
                            n++;
                        }
                    }
                    AddOpI(Op311.RAISE_VARARGS, n);
                    break;
                }
            case Try t:
                if (t.Finalbody.Count > 0) CompilerTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, false);
                else CompilerTryExcept(t.Body, t.Handlers, t.Orelse);
                break;
            case TryStar t:
                if (t.Finalbody.Count > 0) CompilerTryFinally(t.Body, t.Handlers, t.Orelse, t.Finalbody, true);
                else CompilerTryStarExcept(t.Body, t.Handlers, t.Orelse);
                break;
            case Assert a: CompilerAssert(a); break;
            case Import i: CompilerImport(i); break;
            case ImportFrom i: CompilerFromImport(i); break;
            case Global:
            case Nonlocal:
                break;
            case Expr e: CompilerVisitStmtExpr(e.Value); break;
            case Pass: AddOp(Op311.NOP); break;
            case Break: CompilerBreak(); break;
            case Continue: CompilerContinue(); break;
            case With w: CompilerWith(w, 0); break;
            case AsyncWith w: CompilerAsyncWith(w, 0); break;
            case AsyncFor f: CompilerAsyncFor(f); break;
            default: throw new InvalidOperationException($"unknown statement {s.TypeName}");
        }
    }

    /// <summary>compiler_visit_stmt_expr.</summary>
    private void CompilerVisitStmtExpr(ExprNode value)
    {
        if (_interactive && _nestLevel <= 1)
        {
            VisitExpr(value);
            AddOp(Op311.PRINT_EXPR);
            return;
        }
        if (value is Constant)
        {
            AddOp(Op311.NOP);
            return;
        }
        VisitExpr(value);
        UnsetLoc();
        AddOp(Op311.POP_TOP);
    }

    // ------------------------------------------------------------------ functions and classes

    /// <summary>compiler_decorators.</summary>
    private void Decorators(List<ExprNode> decos)
    {
        foreach (var d in decos) VisitExpr(d);
    }

    /// <summary>compiler_apply_decorators.</summary>
    private void ApplyDecorators(List<ExprNode> decos)
    {
        var old = _u.Loc;
        for (int i = decos.Count - 1; i > -1; i--)
        {
            SetLoc(decos[i]);
            AddOpI(Op311.PRECALL, 0);
            AddOpI(Op311.CALL, 0);
        }
        _u.Loc = old;
    }

    /// <summary>compiler_visit_kwonlydefaults: true when a dict of keyword-only defaults was pushed.</summary>
    private bool VisitKwOnlyDefaults(List<Arg> kwonlyargs, List<ExprNode> kwDefaults)
    {
        List<object>? keys = null;
        for (int i = 0; i < kwonlyargs.Count; i++)
        {
            var arg = kwonlyargs[i];
            var def = i < kwDefaults.Count ? kwDefaults[i] : null;
            if (def is null) continue;
            var mangled = Pyref.Symtable.Symtable.Mangle(_u.U.Private, arg.ArgName);
            (keys ??= new()).Add(mangled);
            VisitExpr(def);
        }
        if (keys is null) return false;
        LoadConst(new PyTuple(keys.ToArray()));
        AddOpI(Op311.BUILD_CONST_KEY_MAP, keys.Count);
        return true;
    }

    /// <summary>compiler_visit_argannotation.</summary>
    private void VisitArgAnnotation(string id, ExprNode? annotation, ref int annotationsLen)
    {
        if (annotation is null) return;
        var mangled = Pyref.Symtable.Symtable.Mangle(_u.U.Private, id);
        LoadConst(mangled);
        if ((_future.Features & FutureFeatures.CoFutureAnnotations) != 0)
        {
            VisitAnnExpr(annotation);
        }
        else if (annotation is Starred st)
        {
            VisitExpr(st.Value);
            AddOpI(Op311.UNPACK_SEQUENCE, 1);
        }
        else VisitExpr(annotation);
        annotationsLen += 2;
    }

    /// <summary>compiler_visit_annexpr: the annotation as a string (from __future__ import annotations).</summary>
    private void VisitAnnExpr(ExprNode annotation) => LoadConst(AstUnparse.ExprAsUnicode(annotation));

    /// <summary>compiler_visit_annotations: true when a tuple of annotations was pushed.</summary>
    private bool VisitAnnotations(Arguments args, ExprNode? returns)
    {
        int len = 0;
        foreach (var a in args.Args) VisitArgAnnotation(a.ArgName, a.Annotation, ref len);
        foreach (var a in args.Posonlyargs) VisitArgAnnotation(a.ArgName, a.Annotation, ref len);
        if (args.Vararg is { Annotation: not null } va) VisitArgAnnotation(va.ArgName, va.Annotation, ref len);
        foreach (var a in args.Kwonlyargs) VisitArgAnnotation(a.ArgName, a.Annotation, ref len);
        if (args.Kwarg is { Annotation: not null } ka) VisitArgAnnotation(ka.ArgName, ka.Annotation, ref len);
        VisitArgAnnotation("return", returns, ref len);
        if (len == 0) return false;
        AddOpI(Op311.BUILD_TUPLE, len);
        return true;
    }

    /// <summary>compiler_default_arguments: the MAKE_FUNCTION flags for the defaults pushed.</summary>
    private int DefaultArguments(Arguments args)
    {
        int funcflags = 0;
        if (args.Defaults.Count > 0)
        {
            foreach (var d in args.Defaults) VisitExpr(d);
            AddOpI(Op311.BUILD_TUPLE, args.Defaults.Count);
            funcflags |= 0x01;
        }
        if (VisitKwOnlyDefaults(args.Kwonlyargs, args.KwDefaults)) funcflags |= 0x02;
        return funcflags;
    }

    /// <summary>compiler_check_debug_args.</summary>
    private void CheckDebugArgs(Arguments args)
    {
        foreach (var a in args.Posonlyargs) ForbiddenName(a.ArgName, ExprCtx.Store);
        foreach (var a in args.Args) ForbiddenName(a.ArgName, ExprCtx.Store);
        if (args.Vararg is not null) ForbiddenName(args.Vararg.ArgName, ExprCtx.Store);
        foreach (var a in args.Kwonlyargs) ForbiddenName(a.ArgName, ExprCtx.Store);
        if (args.Kwarg is not null) ForbiddenName(args.Kwarg.ArgName, ExprCtx.Store);
    }

    /// <summary>compiler_function.</summary>
    private void CompilerFunction(StmtNode s, string name, Arguments args, List<StmtNode> body,
        List<ExprNode> decos, ExprNode? returns, bool isAsync)
    {
        var scopeType = isAsync ? CompilerScope.AsyncFunction : CompilerScope.Function;
        CheckDebugArgs(args);
        Decorators(decos);
        int firstlineno = s.Lineno;
        if (decos.Count > 0) firstlineno = decos[0].Lineno;
        int funcflags = DefaultArguments(args);
        if (VisitAnnotations(args, returns)) funcflags |= 0x04;

        EnterScope(name, scopeType, s, firstlineno);
        object? docstring = _optimize < 2 ? GetDocString(body) : null;
        AddConst(docstring is not null ? ConvertConstant(docstring) : PyNone.Value);
        _u.U.ArgCount = args.Args.Count;
        _u.U.PosOnlyArgCount = args.Posonlyargs.Count;
        _u.U.KwOnlyArgCount = args.Kwonlyargs.Count;
        for (int i = docstring is not null ? 1 : 0; i < body.Count; i++) VisitStmt(body[i]);
        var co = Assemble(true);
        ExitScope();

        MakeClosure(co, funcflags);
        ApplyDecorators(decos);
        NameOp(name, ExprCtx.Store);
    }

    /// <summary>compiler_class.</summary>
    private void CompilerClass(ClassDef s)
    {
        var decos = s.DecoratorList;
        Decorators(decos);
        int firstlineno = s.Lineno;
        if (decos.Count > 0) firstlineno = decos[0].Lineno;

        EnterScope(s.Name, CompilerScope.Class, s, firstlineno);
        _u.U.Private = s.Name;
        NameOp("__name__", ExprCtx.Load);
        NameOp("__module__", ExprCtx.Store);
        LoadConst(_u.U.QualName!);
        NameOp("__qualname__", ExprCtx.Store);
        CompilerBody(s.Body);
        UnsetLoc();
        if (_u.Ste.NeedsClassClosure)
        {
            if (!_u.U.CellVars.TryGetIndex("__class__", out var i))
                throw new InvalidOperationException("no __class__ cell in a class that needs it");
            AddOpI(Op311.LOAD_CLOSURE, i);
            AddOpI(Op311.COPY, 1);
            NameOp("__classcell__", ExprCtx.Store);
        }
        else
        {
            LoadConst(PyNone.Value);
        }
        AddOp(Op311.RETURN_VALUE);
        var co = Assemble(true);
        ExitScope();

        AddOp(Op311.PUSH_NULL);
        AddOp(Op311.LOAD_BUILD_CLASS);
        MakeClosure(co, 0);
        LoadConst(s.Name);
        CallHelper(2, s.Bases, s.Keywords);
        ApplyDecorators(decos);
        NameOp(s.Name, ExprCtx.Store);
    }

    // ------------------------------------------------------------------ control flow

    /// <summary>compiler_if.</summary>
    private void CompilerIf(If s)
    {
        var end = NewBlock();
        var next = s.Orelse.Count > 0 ? NewBlock() : end;
        JumpIf(s.Test, next, false);
        VisitStmts(s.Body);
        if (s.Orelse.Count > 0)
        {
            AddOpJNoLine(Op311.JUMP, end);
            UseNextBlock(next);
            VisitStmts(s.Orelse);
        }
        UseNextBlock(end);
    }

    /// <summary>compiler_for.</summary>
    private void CompilerFor(For s)
    {
        var start = NewBlock();
        var body = NewBlock();
        var cleanup = NewBlock();
        var end = NewBlock();
        PushFBlock(FBlockType.ForLoop, start, end, null);
        VisitExpr(s.Iter);
        AddOp(Op311.GET_ITER);
        UseNextBlock(start);
        AddOpJ(Op311.FOR_ITER, cleanup);
        UseNextBlock(body);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        UnsetLoc();
        AddOpJ(Op311.JUMP, start);
        UseNextBlock(cleanup);
        PopFBlock(FBlockType.ForLoop, start);
        VisitStmts(s.Orelse);
        UseNextBlock(end);
    }

    /// <summary>compiler_async_for.</summary>
    private void CompilerAsyncFor(AsyncFor s)
    {
        if (IsTopLevelAwait) _u.Ste.Coroutine = true;
        else if (_u.ScopeType != CompilerScope.AsyncFunction) throw Error("'async for' outside async function");
        var start = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        VisitExpr(s.Iter);
        AddOp(Op311.GET_AITER);
        UseNextBlock(start);
        PushFBlock(FBlockType.ForLoop, start, end, null);
        AddOpJ(Op311.SETUP_FINALLY, except);
        AddOp(Op311.GET_ANEXT);
        LoadConst(PyNone.Value);
        AddYieldFrom(true);
        AddOp(Op311.POP_BLOCK);
        VisitExpr(s.Target);
        VisitStmts(s.Body);
        UnsetLoc();
        AddOpJ(Op311.JUMP, start);
        PopFBlock(FBlockType.ForLoop, start);
        UseNextBlock(except);
        SetLoc(s.Iter);
        AddOp(Op311.END_ASYNC_FOR);
        VisitStmts(s.Orelse);
        UseNextBlock(end);
    }

    /// <summary>compiler_while.</summary>
    private void CompilerWhile(While s)
    {
        var loop = NewBlock();
        var body = NewBlock();
        var anchor = NewBlock();
        var end = NewBlock();
        UseNextBlock(loop);
        PushFBlock(FBlockType.WhileLoop, loop, end, null);
        JumpIf(s.Test, anchor, false);
        UseNextBlock(body);
        VisitStmts(s.Body);
        SetLoc(s);
        JumpIf(s.Test, body, true);
        PopFBlock(FBlockType.WhileLoop, loop);
        UseNextBlock(anchor);
        VisitStmts(s.Orelse);
        UseNextBlock(end);
    }

    /// <summary>compiler_return.</summary>
    private void CompilerReturn(Return s)
    {
        bool preserveTos = s.Value is not null && s.Value is not Constant;
        if (_u.Ste.Type != BlockType.Function) throw Error("'return' outside function");
        if (s.Value is not null && _u.Ste.Coroutine && _u.Ste.Generator)
            throw Error("'return' with value in async generator");
        if (preserveTos) VisitExpr(s.Value!);
        else if (s.Value is not null)
        {
            SetLoc(s.Value);
            AddOp(Op311.NOP);
        }
        if (s.Value is null || s.Value.Lineno != s.Lineno)
        {
            SetLoc(s);
            AddOp(Op311.NOP);
        }
        UnwindFBlockStack(preserveTos, false);
        if (s.Value is null) LoadConst(PyNone.Value);
        else if (!preserveTos) LoadConst(ConvertConstant(((Constant)s.Value).Value));
        AddOp(Op311.RETURN_VALUE);
    }

    /// <summary>compiler_break.</summary>
    private void CompilerBreak()
    {
        var saved = _u.Loc;
        AddOp(Op311.NOP);
        var loop = UnwindFBlockStack(false, true);
        if (loop is null)
        {
            _u.Loc = saved;
            throw Error("'break' outside loop");
        }
        UnwindFBlock(loop, false);
        AddOpJ(Op311.JUMP, loop.Exit!);
    }

    /// <summary>compiler_continue.</summary>
    private void CompilerContinue()
    {
        var saved = _u.Loc;
        AddOp(Op311.NOP);
        var loop = UnwindFBlockStack(false, true);
        if (loop is null)
        {
            _u.Loc = saved;
            throw Error("'continue' not properly in loop");
        }
        AddOpJ(Op311.JUMP, loop.Block!);
    }

    // ------------------------------------------------------------------ try

    /// <summary>compiler_try_finally and compiler_try_star_finally (identical but for the inner try).</summary>
    private void CompilerTryFinally(List<StmtNode> tryBody, List<ExcepthandlerNode> handlers, List<StmtNode> orelse,
        List<StmtNode> finalbody, bool star)
    {
        var body = NewBlock();
        var end = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        AddOpJ(Op311.SETUP_FINALLY, end);
        UseNextBlock(body);
        PushFBlock(FBlockType.FinallyTry, body, end, finalbody);
        if (handlers.Count > 0)
        {
            if (star) CompilerTryStarExcept(tryBody, handlers, orelse);
            else CompilerTryExcept(tryBody, handlers, orelse);
        }
        else
        {
            VisitStmts(tryBody);
        }
        AddOpNoLine(Op311.POP_BLOCK);
        PopFBlock(FBlockType.FinallyTry, body);
        VisitStmts(finalbody);
        AddOpJNoLine(Op311.JUMP, exit);
        UseNextBlock(end);
        UnsetLoc();
        AddOpJ(Op311.SETUP_CLEANUP, cleanup);
        AddOp(Op311.PUSH_EXC_INFO);
        PushFBlock(FBlockType.FinallyEnd, end, null, null);
        VisitStmts(finalbody);
        PopFBlock(FBlockType.FinallyEnd, end);
        AddOpI(Op311.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
    }

    /// <summary>compiler_try_except.</summary>
    private void CompilerTryExcept(List<StmtNode> tryBody, List<ExcepthandlerNode> handlers, List<StmtNode> orelse)
    {
        var body = NewBlock();
        var except = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();
        AddOpJ(Op311.SETUP_FINALLY, except);
        UseNextBlock(body);
        PushFBlock(FBlockType.TryExcept, body, null, null);
        VisitStmts(tryBody);
        PopFBlock(FBlockType.TryExcept, body);
        AddOpNoLine(Op311.POP_BLOCK);
        VisitStmts(orelse);
        AddOpJNoLine(Op311.JUMP, end);
        int n = handlers.Count;
        UseNextBlock(except);
        UnsetLoc();
        AddOpJ(Op311.SETUP_CLEANUP, cleanup);
        AddOp(Op311.PUSH_EXC_INFO);
        PushFBlock(FBlockType.ExceptionHandler, null, null, null);
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            SetLoc(handler);
            if (handler.Type is null && i < n - 1) throw Error("default 'except:' must be last");
            except = NewBlock();
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                AddOp(Op311.CHECK_EXC_MATCH);
                AddOpJ(Op311.POP_JUMP_IF_FALSE, except);
            }
            if (handler.Name is not null)
            {
                var cleanupEnd = NewBlock();
                var cleanupBody = NewBlock();
                NameOp(handler.Name, ExprCtx.Store);
                AddOpJ(Op311.SETUP_CLEANUP, cleanupEnd);
                UseNextBlock(cleanupBody);
                PushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.Name);
                VisitStmts(handler.Body);
                PopFBlock(FBlockType.HandlerCleanup, cleanupBody);
                UnsetLoc();
                AddOp(Op311.POP_BLOCK);
                AddOp(Op311.POP_BLOCK);
                AddOp(Op311.POP_EXCEPT);
                ClearHandlerName(handler.Name);
                AddOpJ(Op311.JUMP, end);

                UseNextBlock(cleanupEnd);
                UnsetLoc();
                ClearHandlerName(handler.Name);
                AddOpI(Op311.RERAISE, 1);
            }
            else
            {
                var cleanupBody = NewBlock();
                AddOp(Op311.POP_TOP);
                UseNextBlock(cleanupBody);
                PushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, null);
                VisitStmts(handler.Body);
                PopFBlock(FBlockType.HandlerCleanup, cleanupBody);
                UnsetLoc();
                AddOp(Op311.POP_BLOCK);
                AddOp(Op311.POP_EXCEPT);
                AddOpJ(Op311.JUMP, end);
            }
            UseNextBlock(except);
        }
        UnsetLoc();
        PopFBlock(FBlockType.ExceptionHandler, null);
        AddOpI(Op311.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(end);
    }

    /// <summary>compiler_try_star_except.</summary>
    private void CompilerTryStarExcept(List<StmtNode> tryBody, List<ExcepthandlerNode> handlers, List<StmtNode> orelseBody)
    {
        var body = NewBlock();
        var except = NewBlock();
        var orelse = NewBlock();
        var end = NewBlock();
        var cleanup = NewBlock();
        var reraiseStar = NewBlock();

        AddOpJ(Op311.SETUP_FINALLY, except);
        UseNextBlock(body);
        PushFBlock(FBlockType.TryExcept, body, null, null);
        VisitStmts(tryBody);
        PopFBlock(FBlockType.TryExcept, body);
        AddOpNoLine(Op311.POP_BLOCK);
        AddOpJNoLine(Op311.JUMP, orelse);
        int n = handlers.Count;
        UseNextBlock(except);
        UnsetLoc();
        AddOpJ(Op311.SETUP_CLEANUP, cleanup);
        AddOp(Op311.PUSH_EXC_INFO);
        PushFBlock(FBlockType.ExceptionGroupHandler, null, null, "except handler");
        for (int i = 0; i < n; i++)
        {
            var handler = (ExceptHandler)handlers[i];
            SetLoc(handler);
            except = NewBlock();
            var exceptWithError = NewBlock();
            var noMatch = NewBlock();
            if (i == 0)
            {
                AddOpI(Op311.COPY, 1);
                AddOpI(Op311.BUILD_LIST, 0);
                AddOpI(Op311.SWAP, 2);
            }
            if (handler.Type is not null)
            {
                VisitExpr(handler.Type);
                AddOp(Op311.CHECK_EG_MATCH);
                AddOpI(Op311.COPY, 1);
                AddOpJ(Op311.POP_JUMP_IF_NONE, noMatch);
            }
            var cleanupEnd = NewBlock();
            var cleanupBody = NewBlock();
            if (handler.Name is not null) NameOp(handler.Name, ExprCtx.Store);
            else AddOp(Op311.POP_TOP);

            AddOpJ(Op311.SETUP_CLEANUP, cleanupEnd);
            UseNextBlock(cleanupBody);
            PushFBlock(FBlockType.HandlerCleanup, cleanupBody, null, handler.Name);
            VisitStmts(handler.Body);
            PopFBlock(FBlockType.HandlerCleanup, cleanupBody);
            UnsetLoc();
            AddOp(Op311.POP_BLOCK);
            if (handler.Name is not null)
            {
                ClearHandlerName(handler.Name);
            }
            AddOpJ(Op311.JUMP, except);

            UseNextBlock(cleanupEnd);
            UnsetLoc();
            if (handler.Name is not null)
            {
                ClearHandlerName(handler.Name);
            }
            AddOpI(Op311.LIST_APPEND, 3);
            AddOp(Op311.POP_TOP);
            AddOpJ(Op311.JUMP, exceptWithError);
            UseNextBlock(except);
            AddOp(Op311.NOP);
            AddOpJ(Op311.JUMP, exceptWithError);
            UseNextBlock(noMatch);
            AddOp(Op311.POP_TOP);
            UseNextBlock(exceptWithError);
            if (i == n - 1)
            {
                AddOpI(Op311.LIST_APPEND, 1);
                AddOpJ(Op311.JUMP, reraiseStar);
            }
        }
        UnsetLoc();
        PopFBlock(FBlockType.ExceptionGroupHandler, null);
        var reraise = NewBlock();
        UseNextBlock(reraiseStar);
        AddOp(Op311.PREP_RERAISE_STAR);
        AddOpI(Op311.COPY, 1);
        AddOpJ(Op311.POP_JUMP_IF_NOT_NONE, reraise);
        AddOp(Op311.POP_TOP);
        AddOp(Op311.POP_BLOCK);
        AddOp(Op311.POP_EXCEPT);
        AddOpJ(Op311.JUMP, end);
        UseNextBlock(reraise);
        AddOp(Op311.POP_BLOCK);
        AddOpI(Op311.SWAP, 2);
        AddOp(Op311.POP_EXCEPT);
        AddOpI(Op311.RERAISE, 0);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(orelse);
        VisitStmts(orelseBody);
        UseNextBlock(end);
    }

    // ------------------------------------------------------------------ with

    /// <summary>compiler_with_except_finish.</summary>
    private void WithExceptFinish(BasicBlock cleanup)
    {
        UnsetLoc();
        var exit = NewBlock();
        AddOpJ(Op311.POP_JUMP_IF_TRUE, exit);
        AddOpI(Op311.RERAISE, 2);
        UseNextBlock(cleanup);
        PopExceptAndReraise();
        UseNextBlock(exit);
        AddOp(Op311.POP_TOP);
        AddOp(Op311.POP_BLOCK);
        AddOp(Op311.POP_EXCEPT);
        AddOp(Op311.POP_TOP);
        AddOp(Op311.POP_TOP);
    }

    /// <summary>compiler_with.</summary>
    private void CompilerWith(With s, int pos)
    {
        var item = s.Items[pos];
        var block = NewBlock();
        var final = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        VisitExpr(item.ContextExpr);
        AddOp(Op311.BEFORE_WITH);
        AddOpJ(Op311.SETUP_WITH, final);
        UseNextBlock(block);
        PushFBlock(FBlockType.With, block, final, s);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else AddOp(Op311.POP_TOP);
        pos++;
        if (pos == s.Items.Count)
            VisitStmts(s.Body);
        else CompilerWith(s, pos);
        UnsetLoc();
        AddOp(Op311.POP_BLOCK);
        PopFBlock(FBlockType.With, block);
        SetLoc(s);
        CallExitWithNones();
        AddOp(Op311.POP_TOP);
        AddOpJ(Op311.JUMP, exit);
        UseNextBlock(final);
        AddOpJ(Op311.SETUP_CLEANUP, cleanup);
        AddOp(Op311.PUSH_EXC_INFO);
        AddOp(Op311.WITH_EXCEPT_START);
        WithExceptFinish(cleanup);
        UseNextBlock(exit);
    }

    /// <summary>compiler_async_with.</summary>
    private void CompilerAsyncWith(AsyncWith s, int pos)
    {
        var item = s.Items[pos];
        if (IsTopLevelAwait) _u.Ste.Coroutine = true;
        else if (_u.ScopeType != CompilerScope.AsyncFunction) throw Error("'async with' outside async function");
        var block = NewBlock();
        var final = NewBlock();
        var exit = NewBlock();
        var cleanup = NewBlock();
        VisitExpr(item.ContextExpr);
        AddOp(Op311.BEFORE_ASYNC_WITH);
        Await(1);
        AddOpJ(Op311.SETUP_WITH, final);
        UseNextBlock(block);
        PushFBlock(FBlockType.AsyncWith, block, final, s);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
        else AddOp(Op311.POP_TOP);
        pos++;
        if (pos == s.Items.Count)
            VisitStmts(s.Body);
        else CompilerAsyncWith(s, pos);
        PopFBlock(FBlockType.AsyncWith, block);
        AddOp(Op311.POP_BLOCK);
        SetLoc(s);
        CallExitWithNones();
        Await(2);
        AddOp(Op311.POP_TOP);
        AddOpJ(Op311.JUMP, exit);
        UseNextBlock(final);
        AddOpJ(Op311.SETUP_CLEANUP, cleanup);
        AddOp(Op311.PUSH_EXC_INFO);
        AddOp(Op311.WITH_EXCEPT_START);
        Await(2);
        WithExceptFinish(cleanup);
        UseNextBlock(exit);
    }

    // ------------------------------------------------------------------ imports, assert

    /// <summary>compiler_import_as.</summary>
    private void ImportAs(string name, string asname)
    {
        int dot = name.IndexOf('.');
        if (dot != -1)
        {
            while (true)
            {
                int pos = dot + 1;
                dot = name.IndexOf('.', pos);
                var attr = name.Substring(pos, (dot != -1 ? dot : name.Length) - pos);
                AddOpNames(Op311.IMPORT_FROM, attr);
                if (dot == -1) break;
                AddOpI(Op311.SWAP, 2);
                AddOp(Op311.POP_TOP);
            }
            NameOp(asname, ExprCtx.Store);
            AddOp(Op311.POP_TOP);
            return;
        }
        NameOp(asname, ExprCtx.Store);
    }

    /// <summary>compiler_import.</summary>
    private void CompilerImport(Import s)
    {
        foreach (var alias in s.Names)
        {
            LoadConst(Zero);
            LoadConst(PyNone.Value);
            AddOpName(Op311.IMPORT_NAME, alias.Name);
            if (alias.Asname is not null) ImportAs(alias.Name, alias.Asname);
            else
            {
                int dot = alias.Name.IndexOf('.');
                NameOp(dot != -1 ? alias.Name.Substring(0, dot) : alias.Name, ExprCtx.Store);
            }
        }
    }

    /// <summary>compiler_from_import.</summary>
    private void CompilerFromImport(ImportFrom s)
    {
        LoadConst(new System.Numerics.BigInteger(s.Level ?? 0));
        var names = new object[s.Names.Count];
        for (int i = 0; i < names.Length; i++) names[i] = s.Names[i].Name;
        if (s.Lineno > _future.LineNo && s.Module == "__future__")
            throw Error("from __future__ imports must occur at the beginning of the file");
        LoadConst(new PyTuple(names));
        AddOpName(Op311.IMPORT_NAME, s.Module ?? "");
        for (int i = 0; i < s.Names.Count; i++)
        {
            var alias = s.Names[i];
            if (i == 0 && alias.Name.StartsWith('*'))
            {
                AddOp(Op311.IMPORT_STAR);
                return;
            }
            AddOpName(Op311.IMPORT_FROM, alias.Name);
            NameOp(alias.Asname ?? alias.Name, ExprCtx.Store);
        }
        AddOp(Op311.POP_TOP);
    }

    /// <summary>compiler_assert.</summary>
    private void CompilerAssert(Assert s)
    {
        if ((s.Test is Tuple t && t.Elts.Count > 0) || (s.Test is Constant { Value: PyTuple ct } && ct.Count > 0))
            Warn("assertion is always true, perhaps remove parentheses?");
        if (_optimize != 0) return;
        var end = NewBlock();
        JumpIf(s.Test, end, true);
        AddOp(Op311.LOAD_ASSERTION_ERROR);
        if (s.Msg is not null)
        {
            VisitExpr(s.Msg);
            AddOpI(Op311.PRECALL, 0);
            AddOpI(Op311.CALL, 0);
        }
        // 3.11.7 raises at the assert statement's location (the indexed compile.c set the test's first).
        AddOpI(Op311.RAISE_VARARGS, 1);
        UseNextBlock(end);
    }

    // ------------------------------------------------------------------ assignments

    /// <summary>compiler_augassign.</summary>
    private void CompilerAugAssign(AugAssign s)
    {
        var e = s.Target;
        var old = _u.Loc;
        SetLoc(e);
        switch (e)
        {
            case Attribute a:
                VisitExpr(a.Value);
                AddOpI(Op311.COPY, 1);
                UpdateStartLocationToMatchAttr(a);
                AddOpName(Op311.LOAD_ATTR, a.Attr);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                AddOpI(Op311.COPY, 2);
                AddOpI(Op311.COPY, 2);
                AddOp(Op311.BINARY_SUBSCR);
                break;
            case Name n:
                NameOp(n.Id, ExprCtx.Load);
                break;
            default:
                throw new InvalidOperationException($"invalid node type ({e.TypeName}) for augmented assignment");
        }
        _u.Loc = old;
        VisitExpr(s.Value);
        AddOpI(Op311.BINARY_OP, BinaryOpArg(s.Op, true));
        SetLoc(e);
        switch (e)
        {
            case Attribute a:
                UpdateStartLocationToMatchAttr(a);
                AddOpI(Op311.SWAP, 2);
                AddOpName(Op311.STORE_ATTR, a.Attr);
                break;
            case Subscript:
                AddOpI(Op311.SWAP, 3);
                AddOpI(Op311.SWAP, 2);
                AddOp(Op311.STORE_SUBSCR);
                break;
            case Name n:
                NameOp(n.Id, ExprCtx.Store);
                break;
        }
    }

    /// <summary>check_ann_expr.</summary>
    private void CheckAnnExpr(ExprNode e)
    {
        VisitExpr(e);
        AddOp(Op311.POP_TOP);
    }

    /// <summary>check_ann_subscr.</summary>
    private void CheckAnnSubscr(ExprNode e)
    {
        switch (e)
        {
            case Slice s:
                if (s.Lower is not null) CheckAnnExpr(s.Lower);
                if (s.Upper is not null) CheckAnnExpr(s.Upper);
                if (s.Step is not null) CheckAnnExpr(s.Step);
                return;
            case Tuple t:
                foreach (var elt in t.Elts) CheckAnnSubscr(elt);
                return;
            default:
                CheckAnnExpr(e);
                return;
        }
    }

    /// <summary>compiler_annassign.</summary>
    private void CompilerAnnAssign(AnnAssign s)
    {
        var targ = s.Target;
        bool futureAnnotations = (_future.Features & FutureFeatures.CoFutureAnnotations) != 0;
        if (s.Value is not null)
        {
            VisitExpr(s.Value);
            VisitExpr(targ);
        }
        switch (targ)
        {
            case Name n:
                ForbiddenName(n.Id, ExprCtx.Store);
                if (s.Simple != 0 && _u.ScopeType is CompilerScope.Module or CompilerScope.Class)
                {
                    if (futureAnnotations) VisitAnnExpr(s.Annotation);
                    else VisitExpr(s.Annotation);
                    AddOpName(Op311.LOAD_NAME, "__annotations__");
                    LoadConst(Pyref.Symtable.Symtable.Mangle(_u.U.Private, n.Id));
                    AddOp(Op311.STORE_SUBSCR);
                }
                break;
            case Attribute a:
                ForbiddenName(a.Attr, ExprCtx.Store);
                if (s.Value is null) CheckAnnExpr(a.Value);
                break;
            case Subscript sub:
                if (s.Value is null)
                {
                    CheckAnnExpr(sub.Value);
                    CheckAnnSubscr(sub.Slice);
                }
                break;
            default:
                throw new InvalidOperationException($"invalid node type ({targ.TypeName}) for annotated assignment");
        }
        if (s.Simple == 0 && !futureAnnotations && _u.ScopeType is CompilerScope.Module or CompilerScope.Class)
            CheckAnnExpr(s.Annotation);
    }
}
