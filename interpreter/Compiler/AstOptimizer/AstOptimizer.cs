using System.Numerics;
using Pyref.Bytecode;
using Pyref.Parser;
using Pyref.Parser.Ast;
using Attribute = Pyref.Parser.Ast.Attribute;
using Tuple = Pyref.Parser.Ast.Tuple;

namespace Pyref.Compiler.AstOptimizer;

/// <summary>
/// Python/ast_opt.c of 3.11 (_PyAST_Optimize): constant folding on the AST before the symbol table, in place.
/// <para>Representation of folded collections (for the codegen): a folded tuple is a <see cref="Constant"/> whose
/// Value is a <see cref="PyTuple"/> (Pyref.Bytecode) whose items stay in the AST constant model (Parser's
/// PyNone/PyEllipsis/PyBytes/PyStr, string, BigInteger, double, Complex, bool, nested PyTuple/PyFrozenSet); a
/// constant set on the right of <c>in</c> / <c>not in</c> or iterated by <c>for</c> / a comprehension becomes a
/// <see cref="PyFrozenSet"/>, items in source order with Python-equal duplicates dropped (the first kept, as set
/// insertion keeps it). Every other folded value is a leaf of the AST model (ints are always BigInteger).</para>
/// <para>Nodes are replaced, not mutated into other kinds as ast_opt.c's make_const / COPY_NODE do: a folded
/// expression is a new Constant (or the Compare of a folded <c>not</c>, or a JoinedStr) with the replaced node's
/// position; lambdas and comprehensions are never replaced, so symbol table keys stay valid.</para>
/// </summary>
public static partial class AstOptimizer
{
    /// <summary>_PyAST_Optimize(mod, arena, state) with state->optimize = optimizeLevel and state->ff_features =
    /// futureFeatures (the CO_FUTURE_* flags, of which only CO_FUTURE_ANNOTATIONS matters here).</summary>
    public static void Optimize(ModNode mod, int optimizeLevel, int futureFeatures)
    {
        var state = new State(optimizeLevel, futureFeatures);
        state.Mod(mod);
    }

    /// <summary>
    /// Python frames under compile() when the optimizer starts: 3.11 scales the interpreter's depth and limit by
    /// COMPILER_STACK_FRAME_SCALE (3). DEVIATION(CPython): the real depth depends on the caller; 2 is a
    /// module-level compile() call.
    /// </summary>
    public static int CallerPythonDepth { get; set; } = 2;
    public static int RecursionLimit { get; set; } = 1000;
    private const int CompilerStackFrameScale = 3;

    // The limits of Python/ast_opt.c.
    private const int MaxIntSize = 128;          // bits
    private const int MaxCollectionSize = 256;   // items
    private const int MaxStrSize = 4096;         // characters
    private const int MaxTotalItems = 1024;      // including nested collections

    private const int CoFutureAnnotations = 0x1000000;

    private sealed partial class State(int optimize, int ffFeatures)
    {
        private int _recursionDepth = CallerPythonDepth * CompilerStackFrameScale;
        private readonly int _recursionLimit = RecursionLimit * CompilerStackFrameScale;
        private bool FutureAnnotations => (ffFeatures & CoFutureAnnotations) != 0;

        // Python/ast_opt.c astfold_mod.
        public void Mod(ModNode mod)
        {
            switch (mod)
            {
                case Module m: Body(m.Body); break;
                case Interactive i: Stmts(i.Body); break;
                case Expression e: e.Body = Expr(e.Body); break;
                // FunctionType does not take part in folding.
            }
        }

        // Python/ast_opt.c astfold_body: a body whose first statement only became a string by folding must not
        // turn into a docstring, so that string is wrapped in a JoinedStr.
        private void Body(List<StmtNode> stmts)
        {
            bool docstring = HasDocString(stmts);
            Stmts(stmts);
            if (!docstring && HasDocString(stmts))
            {
                var st = (Expr)stmts[0];
                st.Value = new JoinedStr([st.Value], st.Lineno, st.ColOffset, st.EndLineno, st.EndColOffset);
            }
        }

        /// <summary>Python/ast.c _PyAST_GetDocString.</summary>
        private static bool HasDocString(List<StmtNode> body) =>
            body.Count > 0 && body[0] is Expr { Value: Constant { Value: string or PyStr } };

        private void Stmts(List<StmtNode> stmts)
        {
            foreach (var s in stmts) Stmt(s);
        }

        private void Exprs(List<ExprNode> exprs)
        {
            for (int i = 0; i < exprs.Count; i++)
            {
                var e = exprs[i];
                if (e is null) continue;
                // Stored back only when replaced: most nodes are not, and a store into a List<ExprNode> is a
                // type-checked array store.
                var folded = Expr(e);
                if (!ReferenceEquals(folded, e)) exprs[i] = folded;
            }
        }

        private ExprNode? Opt(ExprNode? e) => e is null ? null : Expr(e);

        // Python/ast_opt.c astfold_stmt (3.11).
        private void Stmt(StmtNode s)
        {
            // 3.11 counts statements and expressions (and patterns) against the recursion limit.
            EnterRecursion();
            switch (s)
            {
                case FunctionDef f:
                    Arguments(f.Args);
                    Body(f.Body);
                    Exprs(f.DecoratorList);
                    if (!FutureAnnotations) f.Returns = Opt(f.Returns);
                    break;
                case AsyncFunctionDef af:
                    Arguments(af.Args);
                    Body(af.Body);
                    Exprs(af.DecoratorList);
                    if (!FutureAnnotations) af.Returns = Opt(af.Returns);
                    break;
                case ClassDef c:
                    Exprs(c.Bases);
                    foreach (var k in c.Keywords) k.Value = Expr(k.Value);
                    Body(c.Body);
                    Exprs(c.DecoratorList);
                    break;
                case Return r:
                    r.Value = Opt(r.Value);
                    break;
                case Delete d:
                    Exprs(d.Targets);
                    break;
                case Assign a:
                    Exprs(a.Targets);
                    a.Value = Expr(a.Value);
                    break;
                case AugAssign aa:
                    aa.Target = Expr(aa.Target);
                    aa.Value = Expr(aa.Value);
                    break;
                case AnnAssign an:
                    an.Target = Expr(an.Target);
                    if (!FutureAnnotations) an.Annotation = Expr(an.Annotation);
                    an.Value = Opt(an.Value);
                    break;
                case For f:
                    (f.Target, f.Iter) = Loop(f.Target, f.Iter, f.Body, f.Orelse);
                    f.Iter = FoldIter(f.Iter); // only a plain for: async for iterates with __aiter__
                    break;
                case AsyncFor af:
                    (af.Target, af.Iter) = Loop(af.Target, af.Iter, af.Body, af.Orelse);
                    break;
                case While w:
                    w.Test = Expr(w.Test);
                    Stmts(w.Body);
                    Stmts(w.Orelse);
                    break;
                case If i:
                    i.Test = Expr(i.Test);
                    Stmts(i.Body);
                    Stmts(i.Orelse);
                    break;
                case With w:
                    foreach (var item in w.Items) WithItem(item);
                    Stmts(w.Body);
                    break;
                case AsyncWith aw:
                    foreach (var item in aw.Items) WithItem(item);
                    Stmts(aw.Body);
                    break;
                case Raise r:
                    r.Exc = Opt(r.Exc);
                    r.Cause = Opt(r.Cause);
                    break;
                case Match m:
                    m.Subject = Expr(m.Subject);
                    foreach (var c in m.Cases)
                    {
                        // astfold_match_case
                        c.Pattern = Pattern(c.Pattern);
                        c.Guard = Opt(c.Guard);
                        Stmts(c.Body);
                    }
                    break;
                case Try t:
                    TryBlocks(t.Body, t.Handlers, t.Orelse, t.Finalbody);
                    break;
                case TryStar ts:
                    TryBlocks(ts.Body, ts.Handlers, ts.Orelse, ts.Finalbody);
                    break;
                case Assert a:
                    a.Test = Expr(a.Test);
                    a.Msg = Opt(a.Msg);
                    break;
                case Expr e:
                    e.Value = Expr(e.Value);
                    break;
                // Import, ImportFrom, Global, Nonlocal, Pass, Break, Continue: nothing to fold.
            }
            _recursionDepth--;
        }

        // The Try_kind / TryStar_kind cases of astfold_stmt.
        private void TryBlocks(List<StmtNode> body, List<ExcepthandlerNode> handlers, List<StmtNode> orelse, List<StmtNode> finalbody)
        {
            Stmts(body);
            foreach (var h in handlers) ExceptHandler((ExceptHandler)h);
            Stmts(orelse);
            Stmts(finalbody);
        }

        // The For_kind / AsyncFor_kind cases of astfold_stmt: target, iterator, body, else.
        private (ExprNode Target, ExprNode Iter) Loop(ExprNode target, ExprNode iter, List<StmtNode> body, List<StmtNode> orelse)
        {
            target = Expr(target);
            iter = Expr(iter);
            Stmts(body);
            Stmts(orelse);
            return (target, iter);
        }

        // Python/ast_opt.c astfold_excepthandler.
        private void ExceptHandler(ExceptHandler h)
        {
            h.Type = Opt(h.Type);
            Stmts(h.Body);
        }

        // Python/ast_opt.c astfold_withitem.
        private void WithItem(WithItem item)
        {
            item.ContextExpr = Expr(item.ContextExpr);
            item.OptionalVars = Opt(item.OptionalVars);
        }

        // Python/ast_opt.c astfold_arguments and astfold_arg (annotations only without future annotations).
        private void Arguments(Arguments a)
        {
            foreach (var arg in a.Posonlyargs) Arg(arg);
            foreach (var arg in a.Args) Arg(arg);
            if (a.Vararg is not null) Arg(a.Vararg);
            foreach (var arg in a.Kwonlyargs) Arg(arg);
            Exprs(a.KwDefaults);
            if (a.Kwarg is not null) Arg(a.Kwarg);
            Exprs(a.Defaults);
        }

        private void Arg(Arg arg)
        {
            if (!FutureAnnotations) arg.Annotation = Opt(arg.Annotation);
        }

        // Python/ast_opt.c astfold_comprehension.
        private void Comprehension(Comprehension c)
        {
            c.Target = Expr(c.Target);
            c.Iter = Expr(c.Iter);
            Exprs(c.Ifs);
            c.Iter = FoldIter(c.Iter);
        }

        private void EnterRecursion()
        {
            if (++_recursionDepth > _recursionLimit)
                throw new PythonSyntaxError("RecursionError", "maximum recursion depth exceeded during compilation", "",
                    null, null, null, null, null, "compiler");
        }

        // Python/ast_opt.c astfold_pattern.
        private PatternNode Pattern(PatternNode p)
        {
            EnterRecursion();
            switch (p)
            {
                case MatchValue mv:
                    mv.Value = Expr(mv.Value);
                    break;
                case MatchSequence ms:
                    Patterns(ms.Patterns);
                    break;
                case MatchMapping mm:
                    Exprs(mm.Keys);
                    Patterns(mm.Patterns);
                    break;
                case MatchClass mc:
                    mc.Cls = Expr(mc.Cls);
                    Patterns(mc.Patterns);
                    Patterns(mc.KwdPatterns);
                    break;
                case MatchAs ma:
                    if (ma.Pattern is not null) ma.Pattern = Pattern(ma.Pattern);
                    break;
                case MatchOr mo:
                    Patterns(mo.Patterns);
                    break;
                // MatchSingleton, MatchStar: nothing to fold.
            }
            _recursionDepth--;
            return p;
        }

        private void Patterns(List<PatternNode> ps)
        {
            for (int i = 0; i < ps.Count; i++) ps[i] = Pattern(ps[i]);
        }

        // Python/ast_opt.c astfold_expr (3.11): returns the node that replaces e (e itself when nothing folds).
        private ExprNode Expr(ExprNode e)
        {
            EnterRecursion();
            ExprNode result = e;
            switch (e)
            {
                // The commonest kinds first (a type switch tests the cases in order, and a Constant, already folded,
                // fell through all of them); the others in ast_opt.c's order.
                case Constant:
                    break;
                case Name n:
                    if (n.Ctx is Load && n.Id == "__debug__") result = MakeConst(e, optimize == 0);
                    break;
                case Attribute at:
                    at.Value = Expr(at.Value);
                    break;
                case Call c:
                    c.Func = Expr(c.Func);
                    Exprs(c.Args);
                    foreach (var k in c.Keywords) if (k is not null) k.Value = Expr(k.Value);
                    break;
                case BoolOp b:
                    Exprs(b.Values);
                    break;
                case BinOp b:
                    b.Left = Expr(b.Left);
                    b.Right = Expr(b.Right);
                    result = FoldBinOp(b);
                    break;
                case UnaryOp u:
                    u.Operand = Expr(u.Operand);
                    result = FoldUnaryOp(u);
                    break;
                case Lambda l:
                    Arguments(l.Args);
                    l.Body = Expr(l.Body);
                    break;
                case IfExp i:
                    i.Test = Expr(i.Test);
                    i.Body = Expr(i.Body);
                    i.Orelse = Expr(i.Orelse);
                    break;
                case Dict d:
                    Exprs(d.Keys);
                    Exprs(d.Values);
                    break;
                case Set st:
                    Exprs(st.Elts);
                    break;
                case ListComp lc:
                    lc.Elt = Expr(lc.Elt);
                    foreach (var c in lc.Generators) Comprehension(c);
                    break;
                case SetComp sc:
                    sc.Elt = Expr(sc.Elt);
                    foreach (var c in sc.Generators) Comprehension(c);
                    break;
                case DictComp dc:
                    dc.Key = Expr(dc.Key);
                    dc.Value = Expr(dc.Value);
                    foreach (var c in dc.Generators) Comprehension(c);
                    break;
                case GeneratorExp g:
                    g.Elt = Expr(g.Elt);
                    foreach (var c in g.Generators) Comprehension(c);
                    break;
                case Await a:
                    a.Value = Expr(a.Value);
                    break;
                case Yield y:
                    y.Value = Opt(y.Value);
                    break;
                case YieldFrom yf:
                    yf.Value = Expr(yf.Value);
                    break;
                case Compare c:
                    c.Left = Expr(c.Left);
                    Exprs(c.Comparators);
                    FoldCompare(c);
                    break;
                case FormattedValue fv:
                    fv.Value = Expr(fv.Value);
                    fv.FormatSpec = Opt(fv.FormatSpec);
                    break;
                case JoinedStr js:
                    Exprs(js.Values);
                    break;
                case Subscript sub:
                    sub.Value = Expr(sub.Value);
                    sub.Slice = Expr(sub.Slice);
                    result = FoldSubscr(sub);
                    break;
                case Starred sr:
                    sr.Value = Expr(sr.Value);
                    break;
                case Slice sl:
                    sl.Lower = Opt(sl.Lower);
                    sl.Upper = Opt(sl.Upper);
                    sl.Step = Opt(sl.Step);
                    break;
                case List li:
                    Exprs(li.Elts);
                    break;
                case Tuple t:
                    Exprs(t.Elts);
                    result = FoldTuple(t);
                    break;
                case NamedExpr ne:
                    ne.Value = Expr(ne.Value);
                    break;
            }
            _recursionDepth--;
            return result;
        }
    }
}
