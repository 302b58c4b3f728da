using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Harness.Fuzz;

/// <summary>
/// Whole programs: a sequence of snippets, each a small self-contained piece of Python around one
/// feature that breaks implementations (closures, dunders, generators, try/finally with
/// return/break/continue, with, match, unpacking, walrus, slicing, augmented assignment on
/// attributes and subscripts...), filled with generated typed expressions. Every snippet prints
/// what it computes, tagged with its feature so a run-stage divergence names the feature; every
/// snippet runs inside try/except so one raising does not hide the rest. Loops are bounded by
/// constants and recursion by small depths, so programs terminate; nothing reads the clock, the
/// environment, files or id().
/// </summary>
public static partial class ProgramGenerator
{
    /// <summary>The Arbitrary: the generator and FsCheck's shrinker over the same AST (see AstShrinker).</summary>
    public static Arbitrary<PyProgram> Arbitrary => Arb.From(Program, AstShrinker.Shrink);

    public static Gen<PyProgram> Program => Gen.Sized(size =>
        from count in Gen.Choose(1, Math.Clamp(size / 3, 2, 10))
        from body in Snippets(count, 0, Scope.Empty)
        from plain in Gen.Elements(true, false, false, false)
        from style in Gen.Choose(1, int.MaxValue)
        select new PyProgram(body, plain ? 0 : style));

    /// <summary>Program number `index` of a run seeded with `seed`: the same pair always gives the same program.</summary>
    public static PyProgram Generate(int seed, long index, int size = 12)
    {
        var mixed = unchecked((ulong)seed * 0x9E3779B97F4A7C15UL ^ (ulong)index * 0xBF58476D1CE4E5B9UL);
        return Program.Sample(size, new Rnd(mixed), 1)[0];
    }

    private static Gen<IReadOnlyList<Stmt>> Snippets(int count, int k, Scope scope)
    {
        if (count == 0) return Gen.Constant<IReadOnlyList<Stmt>>([]);
        return from s in Snippet(k, scope)
               from rest in Snippets(count - 1, k + 1, s.Var is { } v ? scope.With(v.Name, v.Type) : scope)
               select (IReadOnlyList<Stmt>)[.. s.Stmts, .. rest];
    }

    private sealed record Piece(IReadOnlyList<Stmt> Stmts, (string Name, PyType Type)? Var = null);

    private static readonly PyType[] AllTypes = Enum.GetValues<PyType>();

    private static Gen<Piece> Snippet(int k, Scope scope)
    {
        var body = Gen.Frequency(
            (6, AssignVar(k, scope)),
            (4, PrintExprs(k, scope)),
            (2, AugAttributes(k, scope)),
            (2, Closure(k, scope)),
            (1, GlobalCounter(k, scope)),
            (3, Dunders(k, scope)),
            (2, Generators(k, scope)),
            (3, TryFinally(k, scope)),
            (2, WithContexts(k, scope)),
            (2, FStrings(k, scope)),
            (2, Slicing(k, scope)),
            (2, Unpacking(k, scope)),
            (2, Walrus(k, scope)),
            (3, MatchStatement(k, scope)),
            (1, Loops(k, scope)),
            (1, Recursion(k, scope)),
            (1, Decorators(k, scope)),
            (1, Chaining(k, scope)),
            (1, SideEffectCompare(k, scope)),
            (1, Imports(k, scope)),
            (1, ExceptStar(k, scope)),
            (1, DictSetOps(k, scope)));
        return from piece in body
               from comment in Gen.Elements(false, false, false, true)
               select piece with
               {
                   Stmts = [.. comment ? [new Comment($"snippet {k}")] : Array.Empty<Stmt>(), Guarded(k, piece.Stmts)],
               };
    }

    /// <summary>try: ... except Exception as e: print(tag, type(e).__name__, e)</summary>
    private static Stmt Guarded(int k, IReadOnlyList<Stmt> body) =>
        new Try(body, [new ExceptHandler(N("Exception"), "e", [PrintS($"!{k}", Lx("type(e).__name__"), N("e"))])], [], []);

    private static Gen<PyType> AnyType => Gen.Elements(AllTypes);

    private static Gen<Piece> AssignVar(int k, Scope scope) =>
        from t in AnyType
        from e in Of(t, scope, 2)
        let name = $"v{k}"
        select new Piece([new Assign([N(name)], e), PrintS(name, Call("repr", N(name)))], (name, t));

    private static Gen<Piece> PrintExprs(int k, Scope scope) =>
        from es in AnyType.SelectMany(t => Of(t, scope, 3)).NonEmptyListOf()
        from sep in Gen.Elements<Expr?>(null, null, Str("|"), Str(""))
        select new Piece([new ExprStmt(new Call(N("print"), [Str($"p{k}"), .. es.Take(3)],
            sep is null ? [] : [("sep", sep)]))]);

    private static Gen<Piece> AugAttributes(int k, Scope scope) =>
        from a in Of(PyType.Int, scope, 1)
        from items in Of(PyType.List, scope, 1)
        from ops in Gen.Elements("+", "-", "*", "//", "%", "**", "<<", ">>", "&", "|", "^", "/").ListOf()
        from rhs in Of(PyType.Int, scope, 1)
        from s in Of(PyType.Str, scope, 1)
        let box = $"Box{k}"
        let b = $"b{k}"
        let d = $"d{k}"
        select new Piece([
            new ClassDef(box, [], [
                new FunctionDef("__init__", ["self"], [
                    new Assign([new Attribute(N("self"), "a")], a),
                    new Assign([new Attribute(N("self"), "items")], new Call(N("list"), [items], [])),
                ], []),
                new FunctionDef("__repr__", ["self"], [new Return(new FString([new FText(box + "("), new FField(new Attribute(N("self"), "a"), 'r', null), new FText(", "), new FField(new Attribute(N("self"), "items"), null, null)]))], []),
            ]),
            new Assign([N(b)], Call(box)),
            new Assign([N(d)], new DictExpr([(Str("x"), rhs), (Str("s"), s)])),
            .. ops.Take(4).Select(op => (Stmt)new AugAssign(new Attribute(N(b), "a"), op, BoundedOperand(op, rhs))),
            new AugAssign(new Attribute(N(b), "items"), "+", new ListExpr([Int(1), Str("z")])),
            new AugAssign(new Subscript(new Attribute(N(b), "items"), Int(-1)), "*", Int(3)),
            new AugAssign(new Subscript(N(d), Str("x")), ops.Count > 0 ? ops[0] : "+", Int(7)),
            new AugAssign(new Subscript(N(d), Str("s")), "+", s),
            PrintS($"aug{k}", N(b), N(d)),
        ]);

    /// <summary>
    /// The right operand of `**=` and `<<=` brought into a range that terminates: `255 ** 2**63` never
    /// ends and `x << 2**32` builds a 512 MB int in a second, so such a program only times out (5 s of CPU
    /// on each side, and the reference's warm worker restarted) and tells nothing. The edge value still
    /// goes through `%` on the way.
    /// </summary>
    private static Expr BoundedOperand(string op, Expr rhs) => op switch
    {
        "**" => new BinOp(rhs, "%", Int(5)),
        "<<" => new BinOp(rhs, "%", Int(70)),
        _ => rhs,
    };

    private static Gen<Piece> Closure(int k, Scope scope) =>
        from start in Of(PyType.Int, scope, 1)
        from d1 in Of(PyType.Int, scope, 1)
        from d2 in Of(PyType.Int, scope, 0)
        from op in Gen.Elements("+", "-", "*", "|")
        from lambdas in Gen.Elements(false, true)
        let make = $"make{k}"
        select new Piece([
            new FunctionDef(make, ["start"], [
                new Assign([N("count")], N("start")),
                new Assign([N("hist")], new ListExpr([])),
                new FunctionDef("step", ["d=1"], [
                    new Nonlocal(["count"]),
                    new AugAssign(N("count"), op, N("d")),
                    new ExprStmt(Method(N("hist"), "append", N("count"))),
                    new Return(N("count")),
                ], []),
                new Return(lambdas
                    ? new TupleExpr([N("step"), new Lambda([], new Call(N("len"), [N("hist")], []))])
                    : new TupleExpr([N("step"), new Lambda(["n=0"], new BinOp(N("count"), "+", N("n")))])),
            ], []),
            new Assign([new TupleExpr([N($"st{k}"), N($"peek{k}")])], Call(make, start)),
            PrintS($"clo{k}", Call($"st{k}", d1), Call($"st{k}", d2), Call($"st{k}"), Call($"peek{k}")),
            PrintS($"clo{k}", Lx("[f() for f in [(lambda j=i: j) for i in range(3)]]")),
        ]);

    private static Gen<Piece> GlobalCounter(int k, Scope scope) =>
        from start in Of(PyType.Int, scope, 1)
        from n in Gen.Choose(0, 6)
        let g = $"g{k}"
        select new Piece([
            new Assign([N(g)], start),
            new FunctionDef($"bump{k}", ["n"], [
                new Global([g]),
                new For(N("i"), Call("range", N("n")), [new Assign([N(g)], new BinOp(new BinOp(N(g), "*", Int(2)), "+", N("i")))], []),
                new Return(N(g)),
            ], []),
            PrintS($"glob{k}", Call($"bump{k}", Int(n)), N(g)),
        ]);

    private static Gen<Piece> Dunders(int k, Scope scope) =>
        from t in Gen.Elements(PyType.Int, PyType.Str, PyType.Float, PyType.Int)
        from x1 in Of(t, scope, 1)
        from x2 in Of(t, scope, 1)
        from withHash in Gen.Elements(true, false)
        from withIter in Gen.Elements(true, false)
        let v = $"V{k}"
        let w = $"W{k}"
        let methods = new List<Stmt>
        {
            new FunctionDef("__init__", ["self", "x"], [new Assign([new Attribute(N("self"), "x")], N("x"))], []),
            new FunctionDef("__repr__", ["self"], [new Return(new BinOp(new BinOp(Lx("type(self).__name__"), "+", Str("(")), "+", new BinOp(Call("repr", new Attribute(N("self"), "x")), "+", Str(")"))))], []),
            new FunctionDef("__eq__", ["self", "o"], [new Return(new BoolOp("and", [Call("isinstance", N("o"), N(v)), new Compare(new Attribute(N("self"), "x"), [("==", new Attribute(N("o"), "x"))])]))], []),
            new FunctionDef("__lt__", ["self", "o"], [new Return(new Compare(new Attribute(N("self"), "x"), [("<", new Attribute(N("o"), "x"))]))], []),
            new FunctionDef("__add__", ["self", "o"], [new Return(new Call(Lx("type(self)"), [new BinOp(new Attribute(N("self"), "x"), "+", new Attribute(N("o"), "x"))], []))], []),
            new FunctionDef("__len__", ["self"], [new Return(Call("len", Call("str", new Attribute(N("self"), "x"))))], []),
            new FunctionDef("__bool__", ["self"], [new Return(Call("bool", new Attribute(N("self"), "x")))], []),
        }
        let extra = (withHash ? new List<Stmt> { new FunctionDef("__hash__", ["self"], [new Return(Call("hash", new Attribute(N("self"), "x")))], []) } : [])
            .Concat(withIter ? [new FunctionDef("__iter__", ["self"], [new ExprStmt(new Yield(new Attribute(N("self"), "x"))), new ExprStmt(new Yield(new ListExpr([Int(1), Int(2)]), From: true))], []),
                                new FunctionDef("__getitem__", ["self", "i"], [new Return(new Subscript(new ListExpr([new Attribute(N("self"), "x"), Str("neg")]), N("i")))], [])] : [])
        select new Piece([
            new ClassDef(v, [], [.. methods, .. extra]),
            new ClassDef(w, [N(v)], [
                new FunctionDef("__init__", ["self", "x"], [new ExprStmt(Method(Lx("super()"), "__init__", new BinOp(N("x"), "*", Int(2))))], []),
                new FunctionDef("__repr__", ["self"], [new Return(new BinOp(Str("W:"), "+", Method(Lx("super()"), "__repr__")))], []),
            ]),
            new Assign([new TupleExpr([N("a"), N("b")])], new TupleExpr([Call(v, x1), Call(w, x2)])),
            PrintS($"dun{k}", N("a"), N("b"), new BinOp(N("a"), "+", N("b")), new BinOp(N("b"), "+", N("a")), new Compare(N("a"), [("<", N("b"))]), new Compare(N("a"), [("==", N("b"))]), Call("len", N("b")), Call("bool", N("a"))),
            PrintS($"dun{k}", Call("sorted", new ListExpr([N("b"), N("a")])), Lx("issubclass(type(b), type(a))"), Lx("[c.__name__ for c in type(b).__mro__]")),
            .. withHash ? [PrintS($"dun{k}", new Subscript(new DictExpr([(N("a"), Int(1))]), N("a")))] : Array.Empty<Stmt>(),
            .. withIter ? [PrintS($"dun{k}", Call("list", N("b")), new Subscript(N("a"), Int(-1)), new Compare(N("a"), [("in", Lx("[a]"))]))] : Array.Empty<Stmt>(),
        ]);

    private static Gen<Piece> Generators(int k, Scope scope) =>
        from mul in Of(PyType.Int, scope, 1)
        from tail in Of(PyType.List, scope, 1)
        from n in Gen.Choose(0, 5)
        from send in Of(PyType.Int, scope, 0)
        let g = $"gen{k}"
        select new Piece([
            new FunctionDef(g, ["n"], [
                new Assign([N("total")], Int(0)),
                new For(N("i"), Call("range", N("n")), [
                    new Assign([N("got")], new Yield(new BinOp(N("i"), "*", mul))),
                    new If(new Compare(N("got"), [("is not", Lx("None"))]), [new AugAssign(N("total"), "+", N("got"))], []),
                ], []),
                new ExprStmt(new Yield(tail, From: true)),
                new Return(N("total")),
            ], []),
            PrintS($"gen{k}", Call("list", Call(g, Int(n)))),
            new Assign([N("it")], Call(g, Int(n + 1))),
            PrintS($"gen{k}", Call("next", N("it")), Method(N("it"), "send", send), Call("next", N("it"), Str("done"))),
            new Assign([N("it")], Call(g, Int(1))),
            new Try([new While(Lx("True"), [new ExprStmt(Call("next", N("it")))], [])],
                [new ExceptHandler(N("StopIteration"), "stop", [PrintS($"gen{k}", Lx("stop.value"))])], [], []),
            PrintS($"gen{k}", Call("sum", new Comp("gen", new BinOp(N("x"), "*", N("x")), null, [new Comprehension(N("x"), Call("range", Int(n)), [])]))),
        ]);

    private static Gen<Piece> TryFinally(int k, Scope scope) =>
        from n in Gen.Choose(0, 8)
        from breakAt in Gen.Choose(0, 8)
        from retAt in Gen.Choose(0, 8)
        from raiseAt in Gen.Choose(0, 8)
        from finallyReturns in Gen.Elements(false, false, true)
        from reraise in Gen.Elements(false, true)
        from exc in Gen.Elements("ValueError", "KeyError", "ZeroDivisionError", "IndexError")
        from handler in Gen.Elements("ValueError", "(KeyError, IndexError)", "LookupError", "Exception", "ArithmeticError")
        let f = $"tf{k}"
        select new Piece([
            new FunctionDef(f, ["n"], [
                new Assign([N("out")], new ListExpr([])),
                new For(N("i"), Call("range", N("n")), [
                    new Try([
                        new If(new Compare(new BinOp(N("i"), "%", Int(3)), [("==", Int(0))]), [new ExprStmt(Method(N("out"), "append", Str("c"))), new Simple("continue")], []),
                        new If(new Compare(N("i"), [("==", Int(breakAt))]), [new Simple("break")], []),
                        new If(new Compare(N("i"), [("==", Int(retAt))]), [new Return(new TupleExpr([N("out"), Str("ret")]))], []),
                        new If(new Compare(N("i"), [("==", Int(raiseAt))]), [new Raise(Call(exc, N("i")), null)], []),
                        new ExprStmt(Method(N("out"), "append", N("i"))),
                    ], [new ExceptHandler(Lx(handler), "err", [
                        new ExprStmt(Method(N("out"), "append", Lx("repr(err)"))),
                        .. reraise ? [new Raise(null, null)] : Array.Empty<Stmt>(),
                    ])],
                    [new ExprStmt(Method(N("out"), "append", Str("else")))],
                    [
                        new ExprStmt(Method(N("out"), "append", new UnaryOp("-", N("i")))),
                        .. finallyReturns ? [new If(new Compare(N("i"), [("==", Int(Math.Max(1, n - 1)))]), [new Return(new TupleExpr([N("out"), Str("fin")]))], [])] : Array.Empty<Stmt>(),
                    ]),
                ], [new ExprStmt(Method(N("out"), "append", Str("for-else")))]),
                new Return(new TupleExpr([N("out"), Str("end")])),
            ], []),
            PrintS($"tf{k}", Call(f, Int(n))),
        ]);

    private static Gen<Piece> WithContexts(int k, Scope scope) =>
        from swallowA in Gen.Elements(true, false)
        from swallowB in Gen.Elements(true, false)
        from body in Gen.Elements("none", "raise", "div", "return")
        let ctx = $"Ctx{k}"
        let log = $"log{k}"
        let raising = body switch
        {
            "raise" => new Stmt[] { new Raise(Call("KeyError", Str("k")), null) },
            "div" => [new ExprStmt(new BinOp(Int(1), "/", Int(0)))],
            _ => [],
        }
        select new Piece([
            new Assign([N(log)], new ListExpr([])),
            new ClassDef(ctx, [], [
                new FunctionDef("__init__", ["self", "name", "swallow"], [
                    new Assign([new Attribute(N("self"), "name")], N("name")),
                    new Assign([new Attribute(N("self"), "swallow")], N("swallow")),
                ], []),
                new FunctionDef("__enter__", ["self"], [new ExprStmt(Method(N(log), "append", new BinOp(Str("enter "), "+", new Attribute(N("self"), "name")))), new Return(new Attribute(N("self"), "name"))], []),
                new FunctionDef("__exit__", ["self", "t", "v", "tb"], [
                    new ExprStmt(Method(N(log), "append", new TupleExpr([new Attribute(N("self"), "name"), Lx("t.__name__ if t else None"), Lx("str(v)")]))),
                    new Return(new Attribute(N("self"), "swallow")),
                ], []),
            ]),
            new FunctionDef($"use{k}", [], [
                new With([new WithItem(Call(ctx, Str("a"), Lx(swallowA ? "True" : "False")), N("x")), new WithItem(Call(ctx, Str("b"), Lx(swallowB ? "True" : "False")), null)], [
                    new ExprStmt(Method(N(log), "append", N("x"))),
                    .. raising,
                    .. body == "return" ? [new Return(Str("from-with"))] : Array.Empty<Stmt>(),
                ]),
                new Return(Str("after")),
            ], []),
            new Try([PrintS($"with{k}", Call($"use{k}"))], [new ExceptHandler(N("Exception"), "e", [PrintS($"with{k}", Lx("repr(e)"))])], [], []),
            PrintS($"with{k}", N(log)),
        ]);

    private static Gen<Piece> FStrings(int k, Scope scope) =>
        from fs in FStringOf(scope).NonEmptyListOf()
        select new Piece(fs.Take(3).Select(f => PrintS($"fs{k}", f)).ToList());

    private static Gen<Piece> Slicing(int k, Scope scope) =>
        from l in Of(PyType.List, scope, 1)
        from s in Of(PyType.Str, scope, 1)
        from slices in SliceOnly(scope, 0).NonEmptyListOf()
        from repl in Of(PyType.List, scope, 0)
        from del in SliceOnly(scope, 0)
        let name = $"sl{k}"
        select new Piece([
            new Assign([N(name)], Call("list", l)),
            PrintS($"sl{k}", slices.Take(4).Select(x => (Expr)new Subscript(N(name), x)).ToArray()),
            PrintS($"sl{k}", slices.Take(4).Select(x => (Expr)new Subscript(s, x)).ToArray()),
            new Assign([new Subscript(N(name), new Slice(Int(1), Int(3), null))], repl),
            new Delete([new Subscript(N(name), del)]),
            PrintS($"sl{k}", N(name), Lx($"{name}[::-1]"), Lx("slice(None, None, -1).indices(5)")),
        ]);

    private static Gen<Piece> Unpacking(int k, Scope scope) =>
        from src in Gen.OneOf(Of(PyType.List, scope, 1), Of(PyType.Str, scope, 1), Of(PyType.Tuple, scope, 1))
        from d in Of(PyType.Dict, scope, 1)
        select new Piece([
            new Assign([new TupleExpr([N("first"), new Starred(N("mid")), N("last")])], new BinOp(Call("list", src), "+", Lx("[0, 1]"))),
            PrintS($"unp{k}", N("first"), N("mid"), N("last")),
            new Assign([new TupleExpr([new TupleExpr([N("p"), N("q")]), N("r")])], Lx("(1, 2), [3]")),
            new For(new TupleExpr([N("i"), new TupleExpr([N("x"), N("y")])]), Call("enumerate", Call("zip", src, Call("reversed", Call("list", src)))), [PrintS($"unp{k}", N("i"), N("x"), N("y"))], []),
            new FunctionDef($"f{k}", ["*args", "**kw"], [new Return(new TupleExpr([N("args"), Call("sorted", Method(N("kw"), "items"))]))], []),
            PrintS($"unp{k}", new Call(N($"f{k}"), [new Starred(src), Int(1)], [(null, Lx("{'z': 1}")), ("y", Int(2))]), new ListExpr([new Starred(src), new Starred(Lx("()"))])),
            PrintS($"unp{k}", new DictExpr([(null, d), (Str("k"), Int(0)), (null, Lx("{'k': 1}"))])),
        ]);

    private static Gen<Piece> Walrus(int k, Scope scope) =>
        from n in Gen.Choose(-1, 7)
        from src in Of(PyType.List, scope, 1)
        select new Piece([
            new Assign([N($"n{k}")], Int(n)),
            new Assign([N("res")], new ListExpr([])),
            new While(new Compare(new NamedExpr($"n{k}", new BinOp(N($"n{k}"), "-", Int(1))), [(">=", Int(0))]), [new ExprStmt(Method(N("res"), "append", N($"n{k}")))], []),
            PrintS($"wal{k}", N("res"), N($"n{k}"),
                new Comp("list", new TupleExpr([N("x"), N("y")]), null, [new Comprehension(N("x"), src, [new NamedExpr("y", Call("bool", N("x")))])])),
            new If(new NamedExpr($"m{k}", Call("len", src)), [PrintS($"wal{k}", N($"m{k}"))], [PrintS($"wal{k}", Str("empty"))]),
        ]);

    private static readonly string[] Patterns =
    [
        "0 | 1", "-1", "1.5", "-0.0", "'abc' | 'é'", "b'x'", "None", "True", "int(n) if n < 0", "int() | float()", "[]", "[x]", "[x, *rest]", "(x, y, *_)",
        "[_, [a, b]]", "{'k': v, **kw}", "{'x': 1}", "str() as s", "(str() as s) if len(s) > 2", "[*_, last]", "{1: _, 2: _}", "set()", "dict()",
    ];

    private static Gen<Piece> MatchStatement(int k, Scope scope) =>
        from subjects in AnyType.SelectMany(t => Of(t, scope, 1)).NonEmptyListOf()
        from pats in Gen.Elements(Patterns).NonEmptyListOf()
        from classPattern in Gen.Elements(false, true)
        let p = $"P{k}"
        let cases = pats.Distinct().Take(6).Select(pat =>
        {
            var guard = pat.Contains(" if ") ? pat[(pat.IndexOf(" if ", StringComparison.Ordinal) + 4)..] : null;
            var head = guard is null ? pat : pat[..pat.IndexOf(" if ", StringComparison.Ordinal)];
            return new MatchCase(head, guard is null ? null : Lx(guard, Prec.Cmp), [PrintS($"m{k}", Str(head), Lx("subj"))]);
        }).ToList()
        let classCases = classPattern ? new List<MatchCase> { new($"{p}(x=0, y=yy)", null, [PrintS($"m{k}", Str("P0"), N("yy"))]), new($"{p}(a, b)", null, [PrintS($"m{k}", Str("P"), N("a"), N("b"))]) } : []
        select new Piece([
            .. classPattern ? [new ClassDef(p, [], [
                new Assign([N("__match_args__")], Lx("('x', 'y')")),
                new FunctionDef("__init__", ["self", "x", "y"], [new Assign([new TupleExpr([new Attribute(N("self"), "x"), new Attribute(N("self"), "y")])], Lx("x, y"))], []),
                new FunctionDef("__repr__", ["self"], [new Return(Lx("'P'"))], []),
            ])] : Array.Empty<Stmt>(),
            new For(N("subj"), new ListExpr([.. subjects.Take(5), .. classPattern ? [Call(p, Int(0), Int(5)), Call(p, Int(1), Int(2))] : Array.Empty<Expr>()]), [
                new Match(N("subj"), [.. classCases, .. cases, new MatchCase("_", null, [PrintS($"m{k}", Str("_"), Lx("type(subj).__name__"))])]),
            ], []),
        ]);

    private static Gen<Piece> Loops(int k, Scope scope) =>
        from limit in Gen.Choose(0, 12)
        from skip in Gen.Choose(2, 4)
        from stop in Gen.Choose(0, 14)
        select new Piece([
            new Assign([N("i")], Int(0)),
            new Assign([N("seen")], new ListExpr([])),
            new While(new Compare(N("i"), [("<", Int(limit))]), [
                new AugAssign(N("i"), "+", Int(1)),
                new If(new Compare(new BinOp(N("i"), "%", Int(skip)), [("==", Int(0))]), [new Simple("continue")], []),
                new If(new Compare(N("i"), [(">", Int(stop))]), [new Simple("break")], []),
                new ExprStmt(Method(N("seen"), "append", N("i"))),
            ], [PrintS($"loop{k}", Str("no break"))]),
            new For(N("j"), Call("range", Int(3)), [
                new For(N("m"), Call("range", Int(3)), [new If(new Compare(N("m"), [("==", N("j"))]), [new Simple("break")], [])], [PrintS($"loop{k}", Str("inner else"), N("j"))]),
            ], []),
            PrintS($"loop{k}", N("i"), N("seen")),
        ]);

    private static Gen<Piece> Recursion(int k, Scope scope) =>
        from n in Gen.Choose(0, 30)
        select new Piece([
            new FunctionDef($"fib{k}", ["n", "memo={}"], [
                new If(new Compare(N("n"), [("<", Int(2))]), [new Return(N("n"))], []),
                new If(new Compare(N("n"), [("in", N("memo"))]), [new Return(new Subscript(N("memo"), N("n")))], []),
                new Assign([new Subscript(N("memo"), N("n"))], new BinOp(Call($"fib{k}", new BinOp(N("n"), "-", Int(1))), "+", Call($"fib{k}", new BinOp(N("n"), "-", Int(2))))),
                new Return(new Subscript(N("memo"), N("n"))),
            ], []),
            new FunctionDef($"fact{k}", ["n"], [new Return(new IfExp(Int(1), new Compare(N("n"), [("<=", Int(1))]), new BinOp(N("n"), "*", Call($"fact{k}", new BinOp(N("n"), "-", Int(1))))))], []),
            PrintS($"rec{k}", Call($"fib{k}", Int(n * 3)), Call($"fact{k}", Int(n))),
        ]);

    private static Gen<Piece> Decorators(int k, Scope scope) =>
        from x in Of(PyType.Int, scope, 1)
        from s in Of(PyType.Str, scope, 1)
        select new Piece([
            new FunctionDef($"deco{k}", ["f"], [
                new FunctionDef("wrapper", ["*a", "**kw"], [new Return(new TupleExpr([Str("wrapped"), Lx("f.__name__"), new Call(N("f"), [new Starred(N("a"))], [(null, N("kw"))])]))], []),
                new Return(N("wrapper")),
            ], []),
            new FunctionDef($"h{k}", ["x", "y=2"], [new Return(new BinOp(N("x"), "*", N("y")))], [N($"deco{k}")]),
            PrintS($"dec{k}", Call($"h{k}", x), new Call(N($"h{k}"), [s], [("y", Int(3))]), Lx("sorted(map(lambda t: -t, range(4)), key=lambda t: t % 3)")),
        ]);

    private static Gen<Piece> Chaining(int k, Scope scope) =>
        from msg in Of(PyType.Str, scope, 0)
        from v in Of(PyType.Int, scope, 0)
        select new Piece([
            new Try([
                new Try([new Raise(Call("ValueError", msg), null)], [new ExceptHandler(N("ValueError"), "inner", [new Raise(Call("KeyError", v), N("inner"))])], [], []),
            ], [new ExceptHandler(N("KeyError"), "outer", [PrintS($"chain{k}", Lx("repr(outer)"), Lx("repr(outer.__cause__)"), Lx("outer.__context__ is outer.__cause__"), Lx("outer.__suppress_context__"))])], [], []),
        ]);

    private static Gen<Piece> SideEffectCompare(int k, Scope scope) =>
        from vals in Of(PyType.Int, scope, 0).Four()
        from ops in Gen.Elements("<", "<=", "==", "!=", ">", ">=", "in", "is").Three()
        let t = $"t{k}"
        select new Piece([
            new Assign([N($"calls{k}")], new ListExpr([])),
            new FunctionDef(t, ["v"], [new ExprStmt(Method(N($"calls{k}"), "append", N("v"))), new Return(N("v"))], []),
            PrintS($"cmp{k}", new Compare(Call(t, vals.Item1), [(ops.Item1 == "in" ? "<" : ops.Item1, Call(t, vals.Item2)), (ops.Item2 == "in" ? "==" : ops.Item2, Call(t, vals.Item3)), (ops.Item3 == "in" ? "in" : ops.Item3, ops.Item3 == "in" ? Call("list", Call("range", Int(5))) : Call(t, vals.Item4))]), N($"calls{k}")),
        ]);

    private static readonly string[] SafeImports = ["math", "itertools", "functools", "operator", "string", "collections"];

    private static Gen<Piece> Imports(int k, Scope scope) =>
        from module in Gen.Elements(SafeImports)
        from f in Of(PyType.Float, scope, 1)
        from a in Of(PyType.Int, scope, 1)
        let use = module switch
        {
            "math" => new[] { Lx("math.floor(1.5)"), Lx("math.copysign(1.0, -0.0)"), Method(N("math"), "isfinite", f), Method(N("math"), "gcd", a, Int(12)) },
            "itertools" => [Lx("list(itertools.islice(itertools.count(3, 2), 4))"), Lx("list(itertools.accumulate([1, 2, 3]))"), Lx("list(itertools.product('ab', repeat=2))")],
            "functools" => [Lx("functools.reduce(lambda x, y: x * y, range(1, 8))")],
            "operator" => [Lx("operator.add(2, 3)"), Lx("sorted([(1, 'b'), (0, 'c')], key=operator.itemgetter(1))")],
            "string" => [Lx("string.ascii_letters[::5]"), Lx("string.capwords('ab cd')")],
            _ => [Lx("collections.Counter('abracadabra').most_common(2)"), Lx("list(collections.deque([1, 2, 3], maxlen=2))")],
        }
        select new Piece([new Import(module, null), PrintS($"imp{k}", use)]);

    private static Gen<Piece> ExceptStar(int k, Scope scope) =>
        from msg in Of(PyType.Str, scope, 0)
        select new Piece([
            new Try([new Raise(Call("ExceptionGroup", Str("eg"), new ListExpr([Call("ValueError", msg), Call("TypeError", Int(2)), Call("ValueError", Int(3))])), null)],
                [new ExceptHandler(N("ValueError"), "g", [PrintS($"exs{k}", Lx("repr(g.exceptions)"))]), new ExceptHandler(N("TypeError"), "g", [PrintS($"exs{k}", Lx("repr(g.exceptions)"))])],
                [], [], Star: true),
        ]);

    private static Gen<Piece> DictSetOps(int k, Scope scope) =>
        from d in Of(PyType.Dict, scope, 1)
        from s in Of(PyType.Set, scope, 1)
        from key in Gen.OneOf(Of(PyType.Str, scope, 0), Of(PyType.Int, scope, 0))
        select new Piece([
            new Assign([N($"dd{k}")], Call("dict", d)),
            new ExprStmt(Method(N($"dd{k}"), "setdefault", key, Int(0))),
            new Assign([new Subscript(N($"dd{k}"), key)], Str("new")),
            PrintS($"ds{k}", N($"dd{k}"), Method(N($"dd{k}"), "pop", key, Lx("None")), Call("list", N($"dd{k}")), Call("len", N($"dd{k}"))),
            new Assign([N($"ss{k}")], Call("set", s)),
            new ExprStmt(Method(N($"ss{k}"), "add", key)),
            new ExprStmt(Method(N($"ss{k}"), "discard", Int(0))),
            PrintS($"ds{k}", N($"ss{k}"), Lx($"sorted(ss{k}, key=str)"), Call("len", N($"ss{k}"))),
        ]);
}
