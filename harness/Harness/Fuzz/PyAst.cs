namespace Conformance.Harness.Fuzz;

// A small model of the Python 3.11 AST the fuzzer generates, unparses and shrinks. It is not the
// reference parser's tree (interpreter/Parser/Ast): that one carries positions and every corner of
// the grammar, while the generator needs only shapes it can keep valid, and the shrinker needs
// immutable values it can rebuild cheaply. Node names follow Python's ast module.

/// <summary>Operator precedence, lowest first, as in Lib/ast.py `_Precedence`.</summary>
public enum Prec
{
    NamedExpr, Tuple, Yield, Test, Or, And, Not, Cmp, Expr, Bor = Expr, Bxor, Band, Shift, Arith, Term, Factor, Power, Await, Atom,
}

public abstract record Expr;

/// <summary>A literal already in source form (`-0.0`, `'é'`, `10**30` is not one: that is a BinOp).</summary>
public sealed record Lit(string Code, Prec Prec = Prec.Atom) : Expr;
public sealed record Name(string Id) : Expr;
public sealed record BinOp(Expr Left, string Op, Expr Right) : Expr;
public sealed record UnaryOp(string Op, Expr Operand) : Expr;
public sealed record BoolOp(string Op, IReadOnlyList<Expr> Values) : Expr;
public sealed record Compare(Expr Left, IReadOnlyList<(string Op, Expr Right)> Rest) : Expr;
public sealed record Call(Expr Func, IReadOnlyList<Expr> Args, IReadOnlyList<(string? Name, Expr Value)> Keywords) : Expr;
public sealed record Attribute(Expr Value, string Attr) : Expr;
public sealed record Subscript(Expr Value, Expr Index) : Expr;
public sealed record Slice(Expr? Lower, Expr? Upper, Expr? Step) : Expr;
public sealed record Starred(Expr Value) : Expr;
public sealed record ListExpr(IReadOnlyList<Expr> Elts) : Expr;
public sealed record TupleExpr(IReadOnlyList<Expr> Elts) : Expr;
public sealed record SetExpr(IReadOnlyList<Expr> Elts) : Expr;
/// <summary>A null key is `**value`.</summary>
public sealed record DictExpr(IReadOnlyList<(Expr? Key, Expr Value)> Items) : Expr;
public sealed record IfExp(Expr Body, Expr Test, Expr Orelse) : Expr;
public sealed record Lambda(IReadOnlyList<string> Params, Expr Body) : Expr;
public sealed record NamedExpr(string Target, Expr Value) : Expr;
public sealed record Comprehension(Expr Target, Expr Iter, IReadOnlyList<Expr> Ifs);
/// <summary>Kind is list, set, dict or gen; Value is the dict comprehension's value.</summary>
public sealed record Comp(string Kind, Expr Elt, Expr? Value, IReadOnlyList<Comprehension> Generators) : Expr;
public sealed record Yield(Expr? Value, bool From = false) : Expr;

/// <summary>An f-string part: literal text, or a replacement field with conversion, format spec and `=`.</summary>
public abstract record FPart;
public sealed record FText(string Text) : FPart;
public sealed record FField(Expr Value, char? Conversion, string? Spec, bool Debug = false) : FPart;
public sealed record FString(IReadOnlyList<FPart> Parts) : Expr;

public abstract record Stmt;
public sealed record ExprStmt(Expr Value) : Stmt;
public sealed record Assign(IReadOnlyList<Expr> Targets, Expr Value) : Stmt;
public sealed record AugAssign(Expr Target, string Op, Expr Value) : Stmt;
public sealed record If(Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> Orelse) : Stmt;
public sealed record While(Expr Test, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> Orelse) : Stmt;
public sealed record For(Expr Target, Expr Iter, IReadOnlyList<Stmt> Body, IReadOnlyList<Stmt> Orelse) : Stmt;
public sealed record FunctionDef(string Name, IReadOnlyList<string> Params, IReadOnlyList<Stmt> Body, IReadOnlyList<Expr> Decorators) : Stmt;
public sealed record ClassDef(string Name, IReadOnlyList<Expr> Bases, IReadOnlyList<Stmt> Body) : Stmt;
public sealed record Return(Expr? Value) : Stmt;
public sealed record Simple(string Keyword) : Stmt; // pass, break, continue
public sealed record Global(IReadOnlyList<string> Names) : Stmt;
public sealed record Nonlocal(IReadOnlyList<string> Names) : Stmt;
public sealed record Delete(IReadOnlyList<Expr> Targets) : Stmt;
public sealed record Raise(Expr? Exc, Expr? Cause) : Stmt;
public sealed record Import(string Module, string? Alias) : Stmt;
public sealed record ExceptHandler(Expr? Type, string? Name, IReadOnlyList<Stmt> Body);
public sealed record Try(IReadOnlyList<Stmt> Body, IReadOnlyList<ExceptHandler> Handlers, IReadOnlyList<Stmt> Orelse, IReadOnlyList<Stmt> Finally, bool Star = false) : Stmt;
public sealed record WithItem(Expr Context, Expr? Var);
public sealed record With(IReadOnlyList<WithItem> Items, IReadOnlyList<Stmt> Body) : Stmt;
/// <summary>Patterns are kept as source text: the generator writes them from a fixed set of shapes.</summary>
public sealed record MatchCase(string Pattern, Expr? Guard, IReadOnlyList<Stmt> Body);
public sealed record Match(Expr Subject, IReadOnlyList<MatchCase> Cases) : Stmt;
/// <summary>A comment line: not part of Python's AST, but part of the source the tokenizer sees.</summary>
public sealed record Comment(string Text) : Stmt;

/// <summary>A generated program: its statements and the seed of its formatting (0 = plain).</summary>
public sealed record PyProgram(IReadOnlyList<Stmt> Body, int Style)
{
    public string ToSource() => Unparser.Unparse(this);
    public int CountNodes() => AstWalk.Count(Body);
}
