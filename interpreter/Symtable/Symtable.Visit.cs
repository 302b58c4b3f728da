using Pyref.Parser;
using Pyref.Parser.Ast;
using Attribute = Pyref.Parser.Ast.Attribute;
using Tuple = Pyref.Parser.Ast.Tuple;

namespace Pyref.Symtable;

// The first pass of Python/symtable.c (3.11): symtable_enter_block / symtable_add_def and the symtable_visit_*
// functions, collecting the DEF_* flags of each name in each block.
public sealed partial class Symtable
{
    private const string GlobalParam = "name '{0}' is parameter and global";
    private const string NonlocalParam = "name '{0}' is parameter and nonlocal";
    private const string GlobalAfterAssign = "name '{0}' is assigned to before global declaration";
    private const string NonlocalAfterAssign = "name '{0}' is assigned to before nonlocal declaration";
    private const string GlobalAfterUse = "name '{0}' is used prior to global declaration";
    private const string NonlocalAfterUse = "name '{0}' is used prior to nonlocal declaration";
    private const string GlobalAnnot = "annotated name '{0}' can't be global";
    private const string NonlocalAnnot = "annotated name '{0}' can't be nonlocal";
    private const string ImportStarWarning = "import * only allowed at module level";
    private const string NamedExprCompInClass = "assignment expression within a comprehension cannot be used in a class body";
    private const string NamedExprCompConflict = "assignment expression cannot rebind comprehension iteration variable '{0}'";
    private const string NamedExprCompInnerLoopConflict = "comprehension inner loop cannot rebind assignment expression target '{0}'";
    private const string NamedExprCompIterExpr = "assignment expression cannot be used in a comprehension iterable expression";
    private const string AnnotationNotAllowed = "'{0}' can not be used within an annotation";
    private const string DuplicateArgument = "duplicate argument '{0}' in function definition";

    // Python/symtable.c symtable_enter_block (ste_new inlined).
    private void EnterBlock(string name, BlockType block, Node key, int lineno, int col, int endLineno, int endCol)
    {
        var prev = _stack.Count > 0 ? _cur : null;
        var ste = new SymtableEntry(name, block, key, lineno, col, endLineno, endCol);
        // ste_new: nested if the enclosing block is nested or a function.
        if (prev is not null && (prev.Nested || prev.Type == BlockType.Function)) ste.Nested = true;
        _blocks[key] = ste;
        _stack.Add(ste);
        // bpo-37757: every assignment expression in the outermost iterator of a comprehension is refused, even
        // inside a nested comprehension or lambda.
        if (prev is not null) ste.CompIterExpr = prev.CompIterExpr;
        _cur = ste;
        // Annotation blocks (future annotations only) stay out of the tree: the compiler turns them into strings.
        if (block == BlockType.Annotation) return;
        if (block == BlockType.Module) _global = ste.Symbols;
        prev?.Children.Add(ste);
    }

    // Python/symtable.c symtable_exit_block.
    private void ExitBlock()
    {
        _stack.RemoveAt(_stack.Count - 1);
        if (_stack.Count > 0) _cur = _stack[^1];
    }

    // Python/symtable.c symtable_lookup.
    private SymbolFlags LookupFlags(string name) => _cur.GetSymbol(Mangle(_private, name));

    private void AddDef(string name, SymbolFlags flag, int lineno, int col, int endLineno, int endCol) =>
        AddDefHelper(name, flag, _cur, lineno, col, endLineno, endCol);

    private void AddDef(string name, SymbolFlags flag, StmtNode s) => AddDef(name, flag, s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset);
    private void AddDef(string name, SymbolFlags flag, ExprNode e) => AddDef(name, flag, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);

    // Python/symtable.c symtable_add_def_helper.
    private void AddDefHelper(string name, SymbolFlags flag, SymtableEntry ste, int lineno, int col, int endLineno, int endCol)
    {
        string mangled = Mangle(_private, name);
        // One hash lookup for the read and the write (a new name's slot starts at 0, i.e. no flags). On the errors
        // below the slot may stay added with 0: the table is abandoned with the SyntaxError.
        ref var slot = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(ste.Symbols, mangled, out bool exists);
        SymbolFlags val;
        if (exists)
        {
            val = slot;
            if ((flag & SymbolFlags.DefParam) != 0 && (val & SymbolFlags.DefParam) != 0)
                // "Is it better to use 'mangled' or 'name' here?": CPython reports the unmangled name.
                throw Error(string.Format(DuplicateArgument, name), lineno, col, endLineno, endCol);
            val |= flag;
        }
        else val = flag;
        if (ste.CompIterTarget)
        {
            // An iteration variable of a comprehension: it must not clash with a named expression target.
            if ((val & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0)
                throw Error(string.Format(NamedExprCompInnerLoopConflict, name), lineno, col, endLineno, endCol);
            val |= SymbolFlags.DefCompIter;
        }
        slot = val;
        if ((flag & SymbolFlags.DefParam) != 0)
            ste.VarNames.Add(mangled);
        else if ((flag & SymbolFlags.DefGlobal) != 0)
        {
            // Also record the global in the module's table.
            var g = flag;
            if (_global.TryGetValue(mangled, out var gv)) g |= gv;
            _global[mangled] = g;
        }
    }

    private void EnterRecursion()
    {
        if (++_recursionDepth > _recursionLimit)
            throw new PythonSyntaxError("RecursionError", "maximum recursion depth exceeded during compilation", Filename,
                null, null, null, null, null, "symtable");
    }

    // Python/symtable.c symtable_record_directive.
    private void RecordDirective(string name, int lineno, int col, int endLineno, int endCol) =>
        _cur.Directives.Add((Mangle(_private, name), lineno, col, endLineno, endCol));

    // Python/symtable.c symtable_visit_stmt (3.11).
    private void VisitStmt(StmtNode s)
    {
        EnterRecursion();
        switch (s)
        {
            case FunctionDef f:
                VisitFunction(s, f.Name, f.Args, f.Body, f.DecoratorList, f.Returns, isAsync: false);
                break;
            case AsyncFunctionDef af:
                VisitFunction(s, af.Name, af.Args, af.Body, af.DecoratorList, af.Returns, isAsync: true);
                break;
            case ClassDef c:
            {
                AddDef(c.Name, SymbolFlags.DefLocal, s);
                VisitExprs(c.Bases);
                foreach (var k in c.Keywords) VisitExpr(k.Value);
                VisitExprs(c.DecoratorList);
                EnterBlock(c.Name, BlockType.Class, s, s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset);
                var tmp = _private;
                _private = c.Name;
                VisitStmts(c.Body);
                _private = tmp;
                ExitBlock();
                break;
            }
            case Return r:
                if (r.Value is not null)
                {
                    VisitExpr(r.Value);
                    _cur.ReturnsValue = true;
                }
                break;
            case Delete d:
                VisitExprs(d.Targets);
                break;
            case Assign a:
                VisitExprs(a.Targets);
                VisitExpr(a.Value);
                break;
            case AnnAssign an:
                if (an.Target is Name target)
                {
                    var cur = LookupFlags(target.Id);
                    if ((cur & (SymbolFlags.DefGlobal | SymbolFlags.DefNonlocal)) != 0
                        && !ReferenceEquals(_cur.Symbols, _global) && an.Simple != 0)
                        throw Error(string.Format((cur & SymbolFlags.DefGlobal) != 0 ? GlobalAnnot : NonlocalAnnot, target.Id),
                            s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset);
                    if (an.Simple != 0)
                        AddDef(target.Id, SymbolFlags.DefAnnot | SymbolFlags.DefLocal, target);
                    else if (an.Value is not null)
                        AddDef(target.Id, SymbolFlags.DefLocal, target);
                }
                else VisitExpr(an.Target);
                VisitAnnotation(an.Annotation);
                if (an.Value is not null) VisitExpr(an.Value);
                break;
            case AugAssign aa:
                VisitExpr(aa.Target);
                VisitExpr(aa.Value);
                break;
            case For f:
                VisitExpr(f.Target);
                VisitExpr(f.Iter);
                VisitStmts(f.Body);
                VisitStmts(f.Orelse);
                break;
            case AsyncFor af:
                VisitExpr(af.Target);
                VisitExpr(af.Iter);
                VisitStmts(af.Body);
                VisitStmts(af.Orelse);
                break;
            case While w:
                VisitExpr(w.Test);
                VisitStmts(w.Body);
                VisitStmts(w.Orelse);
                break;
            case If i:
                VisitExpr(i.Test);
                VisitStmts(i.Body);
                VisitStmts(i.Orelse);
                break;
            case Match m:
                VisitExpr(m.Subject);
                foreach (var c in m.Cases)
                {
                    // symtable_visit_match_case
                    VisitPattern(c.Pattern);
                    if (c.Guard is not null) VisitExpr(c.Guard);
                    VisitStmts(c.Body);
                }
                break;
            case Raise r:
                if (r.Exc is not null)
                {
                    VisitExpr(r.Exc);
                    if (r.Cause is not null) VisitExpr(r.Cause);
                }
                break;
            case Try t:
                VisitTry(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                break;
            case TryStar ts:
                VisitTry(ts.Body, ts.Handlers, ts.Orelse, ts.Finalbody);
                break;
            case Assert a:
                VisitExpr(a.Test);
                if (a.Msg is not null) VisitExpr(a.Msg);
                break;
            case Import im:
                foreach (var alias in im.Names) VisitAlias(alias);
                break;
            case ImportFrom imf:
                foreach (var alias in imf.Names) VisitAlias(alias);
                break;
            case Global g:
                foreach (var name in g.Names)
                {
                    var cur = LookupFlags(name);
                    if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
                    {
                        string msg = (cur & SymbolFlags.DefParam) != 0 ? GlobalParam
                            : (cur & SymbolFlags.Use) != 0 ? GlobalAfterUse
                            : (cur & SymbolFlags.DefAnnot) != 0 ? GlobalAnnot
                            : GlobalAfterAssign;
                        throw Error(string.Format(msg, name), s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset);
                    }
                    AddDef(name, SymbolFlags.DefGlobal, s);
                    RecordDirective(name, s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset);
                }
                break;
            case Nonlocal n:
                foreach (var name in n.Names)
                {
                    var cur = LookupFlags(name);
                    if ((cur & (SymbolFlags.DefParam | SymbolFlags.DefLocal | SymbolFlags.Use | SymbolFlags.DefAnnot)) != 0)
                    {
                        string msg = (cur & SymbolFlags.DefParam) != 0 ? NonlocalParam
                            : (cur & SymbolFlags.Use) != 0 ? NonlocalAfterUse
                            : (cur & SymbolFlags.DefAnnot) != 0 ? NonlocalAnnot
                            : NonlocalAfterAssign;
                        throw Error(string.Format(msg, name), s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset);
                    }
                    AddDef(name, SymbolFlags.DefNonlocal, s);
                    RecordDirective(name, s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset);
                }
                break;
            case Expr e:
                VisitExpr(e.Value);
                break;
            case With w:
                foreach (var item in w.Items) VisitWithItem(item);
                VisitStmts(w.Body);
                break;
            case AsyncWith aw:
                foreach (var item in aw.Items) VisitWithItem(item);
                VisitStmts(aw.Body);
                break;
            case Pass or Break or Continue:
                break;
        }
        _recursionDepth--;
    }

    // The Try_kind / TryStar_kind cases: 3.11 visits the else block before the handlers (3.12 swapped them), which
    // orders the blocks of functions defined there.
    private void VisitTry(List<StmtNode> body, List<ExcepthandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody)
    {
        VisitStmts(body);
        VisitStmts(orelse);
        foreach (var h in handlers) VisitExceptHandler((ExceptHandler)h);
        VisitStmts(finalbody);
    }

    // The FunctionDef_kind / AsyncFunctionDef_kind cases of symtable_visit_stmt (3.11 order: defaults, keyword
    // defaults, annotations, decorators, then the function's own block).
    private void VisitFunction(StmtNode s, string name, Arguments args, List<StmtNode> body, List<ExprNode> decorators,
        ExprNode? returns, bool isAsync)
    {
        AddDef(name, SymbolFlags.DefLocal, s);
        VisitExprs(args.Defaults);
        VisitExprs(args.KwDefaults);
        VisitAnnotations(s, args, returns);
        VisitExprs(decorators);
        EnterBlock(name, BlockType.Function, s, s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset);
        if (isAsync) _cur.Coroutine = true;
        VisitArguments(args);
        VisitStmts(body);
        ExitBlock();
    }

    private void VisitStmts(List<StmtNode> body)
    {
        foreach (var s in body) VisitStmt(s);
    }

    /// <summary>VISIT_SEQ / VISIT_SEQ_WITH_NULL over expressions (null entries: dict unpacking keys, missing
    /// keyword-only defaults).</summary>
    private void VisitExprs(List<ExprNode> exprs)
    {
        foreach (var e in exprs) if (e is not null) VisitExpr(e);
    }

    // Python/symtable.c symtable_extend_namedexpr_scope.
    private void ExtendNamedExprScope(Name e)
    {
        string targetName = e.Id;
        for (int i = _stack.Count - 1; i >= 0; i--)
        {
            var ste = _stack[i];
            // A comprehension scope: check for a clash with its iteration variables, otherwise skip it.
            if (ste.Comprehension != ComprehensionType.NoComprehension)
            {
                var targetInScope = ste.GetSymbol(targetName);
                if ((targetInScope & SymbolFlags.DefCompIter) != 0 && (targetInScope & SymbolFlags.DefLocal) != 0)
                    throw Error(string.Format(NamedExprCompConflict, targetName), e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
                continue;
            }
            // A function: the target is nonlocal (or global) in the comprehension and local there.
            if (ste.Type == BlockType.Function)
            {
                var targetInScope = ste.GetSymbol(targetName);
                AddDef(targetName, (targetInScope & SymbolFlags.DefGlobal) != 0 ? SymbolFlags.DefGlobal : SymbolFlags.DefNonlocal, e);
                RecordDirective(targetName, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
                AddDefHelper(targetName, SymbolFlags.DefLocal, ste, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
                return;
            }
            // The module: global.
            if (ste.Type == BlockType.Module)
            {
                AddDef(targetName, SymbolFlags.DefGlobal, e);
                RecordDirective(targetName, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
                AddDefHelper(targetName, SymbolFlags.DefGlobal, ste, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
                return;
            }
            if (ste.Type == BlockType.Class)
                throw Error(NamedExprCompInClass, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
        }
        // symtable.c: Py_UNREACHABLE (an annotation block sits under a module, class or function block).
        throw new InvalidOperationException("symtable: no scope for an assignment expression target");
    }

    // Python/symtable.c symtable_handle_namedexpr.
    private void HandleNamedExpr(NamedExpr e)
    {
        if (_cur.CompIterExpr > 0)
            throw Error(NamedExprCompIterExpr, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
        if (_cur.Comprehension != ComprehensionType.NoComprehension)
        {
            // Inside a comprehension body: find the scope the target binds in. The parser only allows a Name.
            ExtendNamedExprScope((Name)e.Target);
        }
        VisitExpr(e.Value);
        VisitExpr(e.Target);
    }

    // Python/symtable.c symtable_visit_expr (3.11).
    private void VisitExpr(ExprNode e)
    {
        EnterRecursion();
        switch (e)
        {
            // The commonest kinds first (a type switch tests the cases in order); the others in symtable.c's order.
            case Name n:
                AddDef(n.Id, n.Ctx is Load ? SymbolFlags.Use : SymbolFlags.DefLocal, e);
                // super() counts as a use of __class__.
                if (n.Ctx is Load && _cur.Type == BlockType.Function && n.Id == "super")
                    AddDef("__class__", SymbolFlags.Use, e);
                break;
            case Attribute at:
                VisitExpr(at.Value);
                break;
            case Constant:
                break;
            case Call c:
                VisitExpr(c.Func);
                VisitExprs(c.Args);
                foreach (var k in c.Keywords) if (k is not null) VisitExpr(k.Value);
                break;
            case NamedExpr ne:
                RaiseIfAnnotationBlock("named expression", e);
                HandleNamedExpr(ne);
                break;
            case BoolOp b:
                VisitExprs(b.Values);
                break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                break;
            case Lambda l:
                VisitExprs(l.Args.Defaults);
                VisitExprs(l.Args.KwDefaults);
                EnterBlock("lambda", BlockType.Function, e, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
                VisitArguments(l.Args);
                VisitExpr(l.Body);
                ExitBlock();
                break;
            case IfExp i:
                VisitExpr(i.Test);
                VisitExpr(i.Body);
                VisitExpr(i.Orelse);
                break;
            case Dict d:
                VisitExprs(d.Keys);
                VisitExprs(d.Values);
                break;
            case Set st:
                VisitExprs(st.Elts);
                break;
            case GeneratorExp g:
                HandleComprehension(e, "genexpr", g.Generators, g.Elt, null);
                break;
            case ListComp lc:
                HandleComprehension(e, "listcomp", lc.Generators, lc.Elt, null);
                break;
            case SetComp sc:
                HandleComprehension(e, "setcomp", sc.Generators, sc.Elt, null);
                break;
            case DictComp dc:
                HandleComprehension(e, "dictcomp", dc.Generators, dc.Key, dc.Value);
                break;
            case Yield y:
                RaiseIfAnnotationBlock("yield expression", e);
                if (y.Value is not null) VisitExpr(y.Value);
                _cur.Generator = true;
                if (_cur.Comprehension != ComprehensionType.NoComprehension) RaiseIfComprehensionBlock(e);
                break;
            case YieldFrom yf:
                RaiseIfAnnotationBlock("yield expression", e);
                VisitExpr(yf.Value);
                _cur.Generator = true;
                if (_cur.Comprehension != ComprehensionType.NoComprehension) RaiseIfComprehensionBlock(e);
                break;
            case Await a:
                RaiseIfAnnotationBlock("await expression", e);
                VisitExpr(a.Value);
                _cur.Coroutine = true;
                break;
            case Compare c:
                VisitExpr(c.Left);
                VisitExprs(c.Comparators);
                break;
            case FormattedValue fv:
                VisitExpr(fv.Value);
                if (fv.FormatSpec is not null) VisitExpr(fv.FormatSpec);
                break;
            case JoinedStr js:
                VisitExprs(js.Values);
                break;
            case Subscript sub:
                VisitExpr(sub.Value);
                VisitExpr(sub.Slice);
                break;
            case Starred sr:
                VisitExpr(sr.Value);
                break;
            case Slice sl:
                if (sl.Lower is not null) VisitExpr(sl.Lower);
                if (sl.Upper is not null) VisitExpr(sl.Upper);
                if (sl.Step is not null) VisitExpr(sl.Step);
                break;
            case List li:
                VisitExprs(li.Elts);
                break;
            case Tuple t:
                VisitExprs(t.Elts);
                break;
        }
        _recursionDepth--;
    }

    // Python/symtable.c symtable_visit_pattern.
    private void VisitPattern(PatternNode p)
    {
        EnterRecursion();
        switch (p)
        {
            case MatchValue mv:
                VisitExpr(mv.Value);
                break;
            case MatchSingleton:
                break;
            case MatchSequence ms:
                foreach (var q in ms.Patterns) VisitPattern(q);
                break;
            case MatchStar mst:
                if (mst.Name is not null) AddDef(mst.Name, SymbolFlags.DefLocal, p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset);
                break;
            case MatchMapping mm:
                VisitExprs(mm.Keys);
                foreach (var q in mm.Patterns) VisitPattern(q);
                if (mm.Rest is not null) AddDef(mm.Rest, SymbolFlags.DefLocal, p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset);
                break;
            case MatchClass mc:
                VisitExpr(mc.Cls);
                foreach (var q in mc.Patterns) VisitPattern(q);
                foreach (var q in mc.KwdPatterns) VisitPattern(q);
                break;
            case MatchAs ma:
                if (ma.Pattern is not null) VisitPattern(ma.Pattern);
                if (ma.Name is not null) AddDef(ma.Name, SymbolFlags.DefLocal, p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset);
                break;
            case MatchOr mo:
                foreach (var q in mo.Patterns) VisitPattern(q);
                break;
        }
        _recursionDepth--;
    }

    // Python/symtable.c symtable_implicit_arg: the ".0" parameter of a comprehension.
    private void ImplicitArg(int pos) =>
        AddDef("." + pos, SymbolFlags.DefParam, _cur.Lineno, _cur.ColOffset, _cur.EndLineno, _cur.EndColOffset);

    // Python/symtable.c symtable_visit_params.
    private void VisitParams(List<Arg> args)
    {
        foreach (var a in args) AddDef(a.ArgName, SymbolFlags.DefParam, a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset);
    }

    // Python/symtable.c symtable_visit_annotation: an AnnAssign's or a return annotation.
    private void VisitAnnotation(ExprNode annotation)
    {
        bool futureAnnotations = (Future.Features & FutureFeatures.CoFutureAnnotations) != 0;
        if (futureAnnotations)
            EnterBlock("_annotation", BlockType.Annotation, annotation, annotation.Lineno, annotation.ColOffset,
                annotation.EndLineno, annotation.EndColOffset);
        VisitExpr(annotation);
        if (futureAnnotations) ExitBlock();
    }

    // Python/symtable.c symtable_visit_argannotations.
    private void VisitArgAnnotations(List<Arg> args)
    {
        foreach (var a in args) if (a.Annotation is not null) VisitExpr(a.Annotation);
    }

    // Python/symtable.c symtable_visit_annotations: the parameters' annotations, then the return annotation.
    private void VisitAnnotations(StmtNode o, Arguments a, ExprNode? returns)
    {
        bool futureAnnotations = (Future.Features & FutureFeatures.CoFutureAnnotations) != 0;
        if (futureAnnotations)
            EnterBlock("_annotation", BlockType.Annotation, o, o.Lineno, o.ColOffset, o.EndLineno, o.EndColOffset);
        VisitArgAnnotations(a.Posonlyargs);
        VisitArgAnnotations(a.Args);
        if (a.Vararg?.Annotation is not null) VisitExpr(a.Vararg.Annotation);
        if (a.Kwarg?.Annotation is not null) VisitExpr(a.Kwarg.Annotation);
        VisitArgAnnotations(a.Kwonlyargs);
        if (futureAnnotations) ExitBlock();
        if (returns is not null) VisitAnnotation(returns);
    }

    // Python/symtable.c symtable_visit_arguments (defaults are visited in the enclosing block).
    private void VisitArguments(Arguments a)
    {
        VisitParams(a.Posonlyargs);
        VisitParams(a.Args);
        VisitParams(a.Kwonlyargs);
        if (a.Vararg is not null)
        {
            AddDef(a.Vararg.ArgName, SymbolFlags.DefParam, a.Vararg.Lineno, a.Vararg.ColOffset, a.Vararg.EndLineno, a.Vararg.EndColOffset);
            _cur.VarArgs = true;
        }
        if (a.Kwarg is not null)
        {
            AddDef(a.Kwarg.ArgName, SymbolFlags.DefParam, a.Kwarg.Lineno, a.Kwarg.ColOffset, a.Kwarg.EndLineno, a.Kwarg.EndColOffset);
            _cur.VarKeywords = true;
        }
    }

    // Python/symtable.c symtable_visit_excepthandler.
    private void VisitExceptHandler(ExceptHandler eh)
    {
        if (eh.Type is not null) VisitExpr(eh.Type);
        if (eh.Name is not null) AddDef(eh.Name, SymbolFlags.DefLocal, eh.Lineno, eh.ColOffset, eh.EndLineno, eh.EndColOffset);
        VisitStmts(eh.Body);
    }

    // Python/symtable.c symtable_visit_withitem.
    private void VisitWithItem(WithItem item)
    {
        VisitExpr(item.ContextExpr);
        if (item.OptionalVars is not null) VisitExpr(item.OptionalVars);
    }

    // Python/symtable.c symtable_visit_alias: binds the first component of a dotted name; import * only at module level.
    private void VisitAlias(Alias a)
    {
        string name = a.Asname ?? a.Name;
        int dot = name.IndexOf('.');
        string storeName = dot >= 0 ? name[..dot] : name;
        if (name != "*")
        {
            AddDef(storeName, SymbolFlags.DefImport, a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset);
            return;
        }
        if (_cur.Type != BlockType.Module)
            throw Error(ImportStarWarning, a.Lineno, a.ColOffset, a.EndLineno, a.EndColOffset);
        _cur.HasStarImport = true;
    }

    // Python/symtable.c symtable_visit_comprehension: a generator after the first one, inside the comprehension block.
    private void VisitComprehension(Comprehension lc)
    {
        _cur.CompIterTarget = true;
        VisitExpr(lc.Target);
        _cur.CompIterTarget = false;
        _cur.CompIterExpr++;
        VisitExpr(lc.Iter);
        _cur.CompIterExpr--;
        VisitExprs(lc.Ifs);
        if (lc.IsAsync != 0) _cur.Coroutine = true;
    }

    // Python/symtable.c symtable_handle_comprehension: a nested function scope whose ".0" parameter is the first
    // iterator, which is evaluated in the enclosing scope.
    private void HandleComprehension(ExprNode e, string scopeName, List<Comprehension> generators, ExprNode elt, ExprNode? value)
    {
        bool isGenerator = e is GeneratorExp;
        var outermost = generators[0];
        _cur.CompIterExpr++;
        VisitExpr(outermost.Iter);
        _cur.CompIterExpr--;
        EnterBlock(scopeName, BlockType.Function, e, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
        _cur.Comprehension = e switch
        {
            ListComp => ComprehensionType.ListComprehension,
            SetComp => ComprehensionType.SetComprehension,
            DictComp => ComprehensionType.DictComprehension,
            _ => ComprehensionType.GeneratorExpression,
        };
        if (outermost.IsAsync != 0) _cur.Coroutine = true;
        ImplicitArg(0);
        _cur.CompIterTarget = true;
        VisitExpr(outermost.Target);
        _cur.CompIterTarget = false;
        VisitExprs(outermost.Ifs);
        for (int i = 1; i < generators.Count; i++) VisitComprehension(generators[i]);
        if (value is not null) VisitExpr(value);
        VisitExpr(elt);
        _cur.Generator = isGenerator;
        // bpo-33346 (3.11): an async list/set/dict comprehension makes the enclosing block a coroutine too.
        bool isAsync = _cur.Coroutine && !isGenerator;
        ExitBlock();
        if (isAsync) _cur.Coroutine = true;
    }

    // Python/symtable.c symtable_raise_if_annotation_block.
    private void RaiseIfAnnotationBlock(string name, ExprNode e)
    {
        if (_cur.Type == BlockType.Annotation)
            throw Error(string.Format(AnnotationNotAllowed, name), e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
    }

    // Python/symtable.c symtable_raise_if_comprehension_block.
    private void RaiseIfComprehensionBlock(ExprNode e)
    {
        string msg = _cur.Comprehension switch
        {
            ComprehensionType.ListComprehension => "'yield' inside list comprehension",
            ComprehensionType.SetComprehension => "'yield' inside set comprehension",
            ComprehensionType.DictComprehension => "'yield' inside dict comprehension",
            _ => "'yield' inside generator expression",
        };
        throw Error(msg, e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset);
    }
}
