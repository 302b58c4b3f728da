namespace Conformance.Harness.Fuzz;

/// <summary>
/// FsCheck's shrinker for generated programs (ProgramGenerator.Arbitrary): the immediate shrinks of
/// a program, biggest cuts first: plain formatting, then whole statements removed, compound
/// statements replaced by their bodies, then expressions replaced by a sub-expression or dropped
/// from lists. Shrinks are produced lazily: the reducer stops at the first one that keeps the bug.
/// </summary>
public static class AstShrinker
{
    public static IEnumerable<PyProgram> Shrink(PyProgram program)
    {
        if (program.Style != 0) yield return program with { Style = 0 };
        foreach (var body in Body(program.Body)) yield return program with { Body = body };
    }

    private static IEnumerable<IReadOnlyList<Stmt>> Body(IReadOnlyList<Stmt> body)
    {
        // Halves first (ddmin's coarse step), then single statements.
        if (body.Count >= 4)
        {
            yield return body.Take(body.Count / 2).ToList();
            yield return body.Skip(body.Count / 2).ToList();
        }
        for (var i = 0; i < body.Count; i++)
            yield return [.. body.Take(i), .. body.Skip(i + 1)];
        for (var i = 0; i < body.Count; i++)
            foreach (var replacement in Statement(body[i]))
                yield return [.. body.Take(i), .. replacement, .. body.Skip(i + 1)];
    }

    private static IEnumerable<IReadOnlyList<Stmt>> Statement(Stmt s)
    {
        switch (s)
        {
            case Try t:
                yield return t.Body;
                foreach (var b in Body(t.Body)) yield return [t with { Body = b }];
                for (var h = 0; h < t.Handlers.Count; h++)
                {
                    if (t.Handlers.Count > 1 || t.Finally.Count > 0)
                        yield return [t with { Handlers = [.. t.Handlers.Take(h), .. t.Handlers.Skip(h + 1)] }];
                    foreach (var b in Body(t.Handlers[h].Body))
                        yield return [t with { Handlers = [.. t.Handlers.Take(h), t.Handlers[h] with { Body = b }, .. t.Handlers.Skip(h + 1)] }];
                }
                if (t.Orelse.Count > 0) yield return [t with { Orelse = [] }];
                if (t.Finally.Count > 0 && t.Handlers.Count > 0) yield return [t with { Finally = [] }];
                foreach (var b in Body(t.Finally)) yield return [t with { Finally = b }];
                break;
            case If i:
                yield return i.Body;
                if (i.Orelse.Count > 0) { yield return i.Orelse; yield return [i with { Orelse = [] }]; }
                foreach (var e in Expression(i.Test)) yield return [i with { Test = e }];
                foreach (var b in Body(i.Body)) yield return [i with { Body = b }];
                foreach (var b in Body(i.Orelse)) yield return [i with { Orelse = b }];
                break;
            case While w:
                if (w.Orelse.Count > 0) yield return [w with { Orelse = [] }];
                foreach (var b in Body(w.Body)) yield return [w with { Body = b }];
                break;
            case For f:
                yield return f.Body;
                if (f.Orelse.Count > 0) yield return [f with { Orelse = [] }];
                foreach (var e in Expression(f.Iter)) yield return [f with { Iter = e }];
                foreach (var b in Body(f.Body)) yield return [f with { Body = b }];
                break;
            case FunctionDef d:
                if (d.Decorators.Count > 0) yield return [d with { Decorators = [] }];
                foreach (var b in Body(d.Body)) yield return [d with { Body = b }];
                break;
            case ClassDef c:
                if (c.Bases.Count > 0) yield return [c with { Bases = [] }];
                foreach (var b in Body(c.Body)) yield return [c with { Body = b }];
                break;
            case With w:
                yield return w.Body;
                if (w.Items.Count > 1) yield return [w with { Items = w.Items.Skip(1).ToList() }];
                foreach (var b in Body(w.Body)) yield return [w with { Body = b }];
                break;
            case Match m:
                for (var c = 0; c < m.Cases.Count; c++)
                    if (m.Cases.Count > 1) yield return [m with { Cases = [.. m.Cases.Take(c), .. m.Cases.Skip(c + 1)] }];
                foreach (var e in Expression(m.Subject)) yield return [m with { Subject = e }];
                break;
            case ExprStmt e:
                foreach (var x in Expression(e.Value)) yield return [new ExprStmt(x)];
                break;
            case Assign a:
                foreach (var x in Expression(a.Value)) yield return [a with { Value = x }];
                break;
            case AugAssign a:
                foreach (var x in Expression(a.Value)) yield return [a with { Value = x }];
                break;
            case Return { Value: { } v } r:
                foreach (var x in Expression(v)) yield return [r with { Value = x }];
                break;
        }
    }

    private static readonly Lit Zero = new("0");

    /// <summary>Smaller expressions: a literal 0, each child in its parent's place, then shrinks inside children.</summary>
    public static IEnumerable<Expr> Expression(Expr e)
    {
        if (e is Lit or Name) yield break;
        yield return Zero;
        foreach (var child in AstWalk.Children(e))
            if (child is not Slice) yield return child;
        switch (e)
        {
            case BinOp b:
                foreach (var x in Expression(b.Left)) yield return b with { Left = x };
                foreach (var x in Expression(b.Right)) yield return b with { Right = x };
                break;
            case UnaryOp u:
                foreach (var x in Expression(u.Operand)) yield return u with { Operand = x };
                break;
            case Call c:
                for (var i = 0; i < c.Args.Count; i++) yield return c with { Args = Without(c.Args, i) };
                for (var i = 0; i < c.Keywords.Count; i++) yield return c with { Keywords = Without(c.Keywords, i) };
                for (var i = 0; i < c.Args.Count; i++)
                    foreach (var x in Expression(c.Args[i])) yield return c with { Args = With(c.Args, i, x) };
                break;
            case ListExpr l:
                for (var i = 0; i < l.Elts.Count; i++) yield return l with { Elts = Without(l.Elts, i) };
                for (var i = 0; i < l.Elts.Count; i++)
                    foreach (var x in Expression(l.Elts[i])) yield return l with { Elts = With(l.Elts, i, x) };
                break;
            case TupleExpr t:
                for (var i = 0; i < t.Elts.Count; i++) yield return t with { Elts = Without(t.Elts, i) };
                break;
            case SetExpr s:
                for (var i = 0; i < s.Elts.Count; i++) if (s.Elts.Count > 1) yield return s with { Elts = Without(s.Elts, i) };
                break;
            case DictExpr d:
                for (var i = 0; i < d.Items.Count; i++) yield return d with { Items = Without(d.Items, i) };
                break;
            case Compare c:
                if (c.Rest.Count > 1)
                    for (var i = 0; i < c.Rest.Count; i++) yield return c with { Rest = Without(c.Rest, i) };
                foreach (var x in Expression(c.Left)) yield return c with { Left = x };
                break;
            case BoolOp b:
                for (var i = 0; i < b.Values.Count; i++)
                    if (b.Values.Count > 2) yield return b with { Values = Without(b.Values, i) };
                break;
            case FString f:
                for (var i = 0; i < f.Parts.Count; i++) if (f.Parts.Count > 1) yield return f with { Parts = Without(f.Parts, i) };
                for (var i = 0; i < f.Parts.Count; i++)
                    if (f.Parts[i] is FField { Spec: not null } field) yield return f with { Parts = With(f.Parts, i, field with { Spec = null }) };
                    else if (f.Parts[i] is FField { Conversion: not null } conv) yield return f with { Parts = With(f.Parts, i, conv with { Conversion = null }) };
                    else if (f.Parts[i] is FField { Debug: true } debug) yield return f with { Parts = With(f.Parts, i, debug with { Debug = false }) };
                break;
            case Subscript s:
                foreach (var x in Expression(s.Value)) yield return s with { Value = x };
                if (s.Index is Slice sl)
                {
                    if (sl.Lower is not null) yield return s with { Index = sl with { Lower = null } };
                    if (sl.Upper is not null) yield return s with { Index = sl with { Upper = null } };
                    if (sl.Step is not null) yield return s with { Index = sl with { Step = null } };
                }
                break;
        }
    }

    private static IReadOnlyList<T> Without<T>(IReadOnlyList<T> list, int i) => [.. list.Take(i), .. list.Skip(i + 1)];
    private static IReadOnlyList<T> With<T>(IReadOnlyList<T> list, int i, T value) => [.. list.Take(i), value, .. list.Skip(i + 1)];
}
