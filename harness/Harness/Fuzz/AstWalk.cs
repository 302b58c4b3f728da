namespace Conformance.Harness.Fuzz;

/// <summary>Child enumeration for the fuzzer's AST model: counting nodes and walking statements.</summary>
public static class AstWalk
{
    public static int Count(IEnumerable<Stmt> body) => body.Sum(Count);

    public static int Count(Stmt s) => 1 + s switch
    {
        ExprStmt e => Count(e.Value),
        Assign a => a.Targets.Sum(Count) + Count(a.Value),
        AugAssign a => Count(a.Target) + Count(a.Value),
        If i => Count(i.Test) + Count(i.Body) + Count(i.Orelse),
        While w => Count(w.Test) + Count(w.Body) + Count(w.Orelse),
        For f => Count(f.Target) + Count(f.Iter) + Count(f.Body) + Count(f.Orelse),
        FunctionDef d => Count(d.Body) + d.Decorators.Sum(Count),
        ClassDef c => Count(c.Body) + c.Bases.Sum(Count),
        Return r => r.Value is null ? 0 : Count(r.Value),
        Delete d => d.Targets.Sum(Count),
        Raise r => (r.Exc is null ? 0 : Count(r.Exc)) + (r.Cause is null ? 0 : Count(r.Cause)),
        Try t => Count(t.Body) + t.Handlers.Sum(h => 1 + Count(h.Body)) + Count(t.Orelse) + Count(t.Finally),
        With w => w.Items.Sum(i => Count(i.Context)) + Count(w.Body),
        Match m => Count(m.Subject) + m.Cases.Sum(c => 1 + Count(c.Body)),
        _ => 0,
    };

    public static int Count(Expr e) => 1 + Children(e).Sum(Count);

    /// <summary>The direct sub-expressions of an expression, in source order.</summary>
    public static IEnumerable<Expr> Children(Expr e)
    {
        switch (e)
        {
            case BinOp b: yield return b.Left; yield return b.Right; break;
            case UnaryOp u: yield return u.Operand; break;
            case BoolOp b: foreach (var v in b.Values) yield return v; break;
            case Compare c: yield return c.Left; foreach (var (_, r) in c.Rest) yield return r; break;
            case Call c:
                yield return c.Func;
                foreach (var a in c.Args) yield return a;
                foreach (var (_, v) in c.Keywords) yield return v;
                break;
            case Attribute a: yield return a.Value; break;
            case Subscript s: yield return s.Value; yield return s.Index; break;
            case Slice s:
                if (s.Lower is not null) yield return s.Lower;
                if (s.Upper is not null) yield return s.Upper;
                if (s.Step is not null) yield return s.Step;
                break;
            case Starred s: yield return s.Value; break;
            case ListExpr l: foreach (var x in l.Elts) yield return x; break;
            case TupleExpr t: foreach (var x in t.Elts) yield return x; break;
            case SetExpr s: foreach (var x in s.Elts) yield return x; break;
            case DictExpr d:
                foreach (var (k, v) in d.Items) { if (k is not null) yield return k; yield return v; }
                break;
            case IfExp i: yield return i.Body; yield return i.Test; yield return i.Orelse; break;
            case Lambda l: yield return l.Body; break;
            case NamedExpr n: yield return n.Value; break;
            case Comp c:
                yield return c.Elt;
                if (c.Value is not null) yield return c.Value;
                foreach (var g in c.Generators) { yield return g.Iter; foreach (var i in g.Ifs) yield return i; }
                break;
            case Yield y: if (y.Value is not null) yield return y.Value; break;
            case FString f: foreach (var p in f.Parts) if (p is FField field) yield return field.Value; break;
        }
    }
}
