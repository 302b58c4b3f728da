using FsCheck;
using FsCheck.Fluent;

namespace Conformance.Harness.Fuzz;

/// <summary>The value types the expression generator keeps track of, so that most operations succeed.</summary>
public enum PyType { Int, Float, Str, Bytes, Bool, List, Tuple, Dict, Set }

/// <summary>Variables in scope with their types; immutable, so generators can share it.</summary>
public sealed record Scope(IReadOnlyList<(string Name, PyType Type)> Vars)
{
    public static readonly Scope Empty = new([]);
    public Scope With(string name, PyType type) => new([.. Vars, (name, type)]);
    public IReadOnlyList<string> Of(PyType t) => Vars.Where(v => v.Type == t).Select(v => v.Name).ToList();
}

/// <summary>
/// Typed expressions rich in edge values: ints at 0, -1, 2**63 and far beyond; floats at -0.0,
/// nan, inf and subnormals; strings with combining, astral, case-changing and non-ASCII digit
/// characters; empty containers. Operations are chosen so that most succeed; those that raise
/// (ZeroDivisionError, OverflowError...) are caught by the snippet's handler and printed.
/// </summary>
public static partial class ProgramGenerator
{
    private static Gen<Expr> L(string code, Prec prec = Prec.Atom) => Gen.Constant<Expr>(new Lit(code, prec));
    private static Expr Lx(string code, Prec prec = Prec.Atom) => new Lit(code, prec);
    private static Expr N(string id) => new Name(id);
    private static Expr Call(string f, params Expr[] args) => new Call(new Name(f), args, []);
    private static Expr Method(Expr on, string m, params Expr[] args) => new Call(new Attribute(on, m), args, []);
    private static Expr Print(params Expr[] args) => new Call(new Name("print"), args, []);
    private static Stmt PrintS(string tag, params Expr[] args) => new ExprStmt(Print([Str(tag), .. args]));
    private static Expr Str(string s) => new Lit(PyRepr.Str(s));
    private static Expr Int(long v) => v < 0 ? new Lit(v.ToString(), Prec.Factor) : new Lit(v.ToString());

    private static readonly string[] IntLiterals =
    [
        "0", "1", "2", "3", "7", "10", "255", "256", "1_000_000", "0x7fffffffffffffff", "0xFF", "0o777", "0b1011",
        "123456789012345678901234567890", "9223372036854775807", "9223372036854775808", "4294967296", "True", "False",
    ];
    private static readonly string[] NegIntLiterals = ["-1", "-2", "-7", "-256", "-9223372036854775808", "-123456789012345678901234567890"];
    private static readonly string[] FloatLiterals = ["0.0", "1.5", "0.1", "2.5e-05", "1e16", "1e308", "5e-324", "1e-320", "123456789.123456789", "3.141592653589793", "1.0", "0.5", "1e22", "9007199254740993.0"];
    private static readonly string[] FloatCalls = ["float('nan')", "float('inf')", "float('-inf')", "float('-0')", "float('1e400')"];
    private static readonly string[] StrValues =
    [
        "", "a", "abc", "Hello, World", "é", "e\u0301", "😀", "a😀b", "\0", "ß", "İ", "ǅ", "ﬁ", "Ω", "١٢٣", "  pad  ", "a,b,,c",
        "tab\there", "line\nbreak", "it's", "\"q\"", "\\", "ÀÉÎ", "ǈǉ", "ΣΑΣ", "\u2028", "x" + new string('y', 40), "12", "-3", " 42 ",
    ];
    private static readonly string[] BytesLiterals = ["b''", "b'abc'", "b'\\x00\\xff'", "b'\\x80'", "bytes(3)", "b'A-z'", "bytes(range(5))", "bytes.fromhex('ff00 10')"];

    private static Gen<Expr> Var(Scope scope, PyType t, Gen<Expr> fallback)
    {
        var names = scope.Of(t);
        return names.Count == 0 ? fallback : Gen.Frequency((2, Gen.Elements(names.ToArray()).Select(n => (Expr)new Name(n))), (3, fallback));
    }

    // Generators are pure values: one per (scope, type, depth) is built once and shared. Building
    // them afresh would construct every alternative's sub-generators eagerly, exponentially in depth.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Scope, System.Collections.Concurrent.ConcurrentDictionary<(PyType, int), Gen<Expr>>> Cache = new();

    /// <summary>An expression of the given type; depth bounds the nesting.</summary>
    public static Gen<Expr> Of(PyType t, Scope scope, int depth) =>
        Cache.GetValue(scope, _ => new()).GetOrAdd((t, depth), key => Build(key.Item1, scope, key.Item2));

    private static Gen<Expr> Build(PyType t, Scope scope, int depth)
    {
        var leaf = Leaf(t, scope);
        if (depth <= 0) return leaf;
        var sub = depth - 1;
        return t switch
        {
            PyType.Int => Gen.Frequency(
                (4, leaf),
                (4, from a in Of(PyType.Int, scope, sub) from op in Gen.Elements("+", "-", "*", "//", "%", "&", "|", "^") from b in Of(PyType.Int, scope, sub) select (Expr)new BinOp(a, op, b)),
                (1, from a in Of(PyType.Int, scope, sub) from e in Gen.Choose(0, 12) select (Expr)new BinOp(a, "**", Int(e))),
                (1, from a in Of(PyType.Int, scope, sub) from op in Gen.Elements("<<", ">>") from e in Gen.Choose(0, 70) select (Expr)new BinOp(a, op, Int(e))),
                (2, from op in Gen.Elements("-", "~", "+") from a in Of(PyType.Int, scope, sub) select (Expr)new UnaryOp(op, a)),
                (2, from a in Of(PyType.Str, scope, sub) select Call("len", a)),
                (1, from a in Of(PyType.List, scope, sub) select Call("len", a)),
                (1, from a in Of(PyType.Int, scope, sub) select Call("abs", a)),
                (1, from a in Of(PyType.Float, scope, sub) select Call("int", a)),
                (1, from a in Of(PyType.Float, scope, sub) select Call("round", a)),
                (1, from a in Of(PyType.Int, scope, sub) select Method(a, "bit_length")),
                (1, from a in Of(PyType.Str, scope, sub) select Call("hash", a)),
                (1, from a in Of(PyType.Int, scope, sub) from b in Of(PyType.Int, scope, sub) select (Expr)new Subscript(Call("divmod", a, b), Int(1))),
                (1, from a in Of(PyType.Int, scope, sub) from b in Gen.Choose(0, 40) from m in Of(PyType.Int, scope, sub) select Call("pow", a, Int(b), m)),
                (1, from a in Gen.Elements("'12'", "' -3 '", "'١٢٣'", "'0x1f', 16", "'1_000'", "'z', 36", "'++1'") select Call("int", Lx(a))),
                (1, from a in Of(PyType.List, scope, sub) select Call("sum", a)),
                (1, from a in Of(PyType.Str, scope, sub) from b in Of(PyType.Str, scope, sub) select Method(a, "find", b)),
                (1, from c in Of(PyType.Bool, scope, sub) from a in Of(PyType.Int, scope, sub) from b in Of(PyType.Int, scope, sub) select (Expr)new IfExp(a, c, b))),
            PyType.Float => Gen.Frequency(
                (4, leaf),
                (4, from a in Of(PyType.Float, scope, sub) from op in Gen.Elements("+", "-", "*", "/", "//", "%") from b in Gen.OneOf(Of(PyType.Float, scope, sub), Of(PyType.Int, scope, sub)) select (Expr)new BinOp(a, op, b)),
                (1, from a in Of(PyType.Float, scope, sub) from e in Gen.Elements("2", "0.5", "-1", "3") select (Expr)new BinOp(a, "**", Lx(e, e.StartsWith('-') ? Prec.Factor : Prec.Atom))),
                (1, from a in Of(PyType.Int, scope, sub) select Call("float", a)),
                (1, from a in Of(PyType.Int, scope, sub) from b in Of(PyType.Int, scope, sub) select (Expr)new BinOp(a, "/", b)),
                (1, from a in Of(PyType.Float, scope, sub) from n in Gen.Choose(-2, 5) select Call("round", a, Int(n))),
                (1, from a in Of(PyType.Float, scope, sub) select (Expr)new UnaryOp("-", a)),
                (1, from a in Of(PyType.Float, scope, sub) select Call("abs", a))),
            PyType.Str => Gen.Frequency(
                (4, leaf),
                (3, from a in Of(PyType.Str, scope, sub) from b in Of(PyType.Str, scope, sub) select (Expr)new BinOp(a, "+", b)),
                (1, from a in Of(PyType.Str, scope, sub) from n in Gen.Choose(-1, 3) select (Expr)new BinOp(a, "*", Int(n))),
                (3, from a in Of(PyType.Str, scope, sub) from s in SliceOrIndex(scope, sub) select (Expr)new Subscript(a, s)),
                (3, from a in Of(PyType.Str, scope, sub) from m in Gen.Elements("upper", "lower", "casefold", "swapcase", "title", "capitalize", "strip", "lstrip", "isdigit", "isidentifier", "isnumeric", "isalpha", "isspace", "isupper") select Method(a, m)),
                (2, from a in Gen.OneOf(Of(PyType.Int, scope, sub), Of(PyType.Float, scope, sub), Of(PyType.List, scope, sub), Of(PyType.Bytes, scope, sub), Of(PyType.Dict, scope, sub)) from f in Gen.Elements("str", "repr", "ascii") select Call(f, a)),
                (2, from a in Gen.OneOf(Of(PyType.Int, scope, sub), Of(PyType.Float, scope, sub)) from spec in FormatSpec() select Call("format", a, Str(spec))),
                (2, FStringOf(scope)),
                (1, from a in Of(PyType.Str, scope, sub) from b in Of(PyType.Int, scope, sub) select (Expr)new BinOp(Str("%s|%r|%5.2f"), "%", new TupleExpr([a, a, new BinOp(b, "%", Int(7))]))),
                (1, from sep in Of(PyType.Str, scope, 0) from l in Gen.Elements(StrValues).ListOf() select Method(sep, "join", new ListExpr(l.Select(Str).ToList()))),
                (1, from a in Of(PyType.Str, scope, sub) from w in Gen.Choose(0, 12) from f in Gen.Elements("center", "ljust", "rjust") select Method(a, f, Int(w), Str("*"))),
                (1, from a in Of(PyType.Str, scope, sub) from w in Gen.Choose(0, 8) select Method(a, "zfill", Int(w))),
                (1, from a in Of(PyType.Str, scope, sub) from x in Gen.Elements("a", "", "é", "😀") from y in Gen.Elements("", "XY", "\u0301") select Method(a, "replace", Str(x), Str(y))),
                (1, from a in Of(PyType.Int, scope, sub) select Call("chr", new BinOp(new Call(Lx("abs"), [a], []), "%", Lx("0x110000")))),
                (1, from a in Of(PyType.Bytes, scope, sub) select Method(a, "hex"))),
            PyType.Bytes => Gen.Frequency(
                (3, leaf),
                (2, from a in Of(PyType.Bytes, scope, sub) from b in Of(PyType.Bytes, scope, sub) select (Expr)new BinOp(a, "+", b)),
                (2, from a in Of(PyType.Bytes, scope, sub) from s in SliceOnly(scope, sub) select (Expr)new Subscript(a, s)),
                (1, from a in Of(PyType.Str, scope, sub) select Method(a, "encode", Str("utf-8"))),
                (1, from a in Of(PyType.Bytes, scope, sub) from m in Gen.Elements("upper", "lower", "strip", "title") select Method(a, m))),
            PyType.Bool => Gen.Frequency(
                (2, leaf),
                (4, ChainedCompare(scope, sub)),
                (2, from a in Of(PyType.Str, scope, sub) from b in Of(PyType.Str, scope, sub) from op in Gen.Elements("in", "not in") select (Expr)new Compare(a, [(op, b)])),
                (1, from a in Of(PyType.Int, scope, sub) from b in Of(PyType.List, scope, sub) select (Expr)new Compare(a, [("in", b)])),
                (2, from a in Of(PyType.Bool, scope, sub) from b in Of(PyType.Bool, scope, sub) from op in Gen.Elements("and", "or") select (Expr)new BoolOp(op, [a, b])),
                (1, from a in Of(PyType.Bool, scope, sub) select (Expr)new UnaryOp("not", a)),
                (1, from a in Of(PyType.List, scope, sub) from f in Gen.Elements("all", "any", "bool") select Call(f, a)),
                (1, from a in Of(PyType.Float, scope, sub) select (Expr)new Compare(a, [("!=", a)]))),
            PyType.List => Gen.Frequency(
                (3, leaf),
                (2, from a in Of(PyType.List, scope, sub) from s in SliceOnly(scope, sub) select (Expr)new Subscript(a, s)),
                (2, from a in Of(PyType.List, scope, sub) from b in Of(PyType.List, scope, sub) select (Expr)new BinOp(a, "+", b)),
                (1, from a in Of(PyType.List, scope, sub) from n in Gen.Choose(0, 3) select (Expr)new BinOp(a, "*", Int(n))),
                (2, from a in Of(PyType.Int, scope, 0) from b in Of(PyType.Int, scope, 0) from c in Gen.Elements(1, 2, 3, -1, -2, 7) select Call("list", Call("range", new BinOp(a, "%", Int(20)), new BinOp(b, "%", Int(20)), Int(c)))),
                (2, from a in Gen.OneOf(Of(PyType.List, scope, sub), Of(PyType.Str, scope, sub), Of(PyType.Set, scope, sub)) select Call("sorted", a)),
                (1, from a in Of(PyType.Str, scope, sub) select Call("list", a)),
                (1, from a in Of(PyType.Str, scope, sub) from sep in Gen.Elements("None", "','", "' '", "'a'") select Method(a, "split", Lx(sep))),
                (1, from a in Of(PyType.List, scope, sub) select Call("list", Call("reversed", a))),
                (2, ListComp(scope, sub)),
                (1, from a in Of(PyType.Dict, scope, sub) from m in Gen.Elements("keys", "values", "items") select Call("list", Method(a, m))),
                (1, from a in Of(PyType.List, scope, sub) select Call("list", Call("enumerate", a)))),
            PyType.Tuple => Gen.Frequency(
                (3, leaf),
                (1, from a in Of(PyType.List, scope, sub) select Call("tuple", a)),
                (1, from a in Of(PyType.Tuple, scope, sub) from b in Of(PyType.Tuple, scope, sub) select (Expr)new BinOp(a, "+", b)),
                (1, from a in Of(PyType.Tuple, scope, sub) from s in SliceOnly(scope, sub) select (Expr)new Subscript(a, s)),
                (1, from a in Of(PyType.Int, scope, sub) from b in Gen.Elements("7", "-7", "1", "2") select Call("divmod", a, Lx(b, b.StartsWith('-') ? Prec.Factor : Prec.Atom)))),
            PyType.Set => Gen.Frequency(
                (3, leaf),
                (2, from a in Of(PyType.Set, scope, sub) from op in Gen.Elements("|", "&", "-", "^") from b in Of(PyType.Set, scope, sub) select (Expr)new BinOp(a, op, b)),
                (1, from a in Gen.OneOf(Of(PyType.List, scope, sub), Of(PyType.Str, scope, sub)) select Call("set", a)),
                (1, from x in Gen.Elements("x", "y") from it in Of(PyType.Str, scope, sub) select (Expr)new Comp("set", N(x), null, [new Comprehension(N(x), it, [])]))),
            PyType.Dict => Gen.Frequency(
                (3, leaf),
                (1, from a in Of(PyType.Dict, scope, sub) from b in Of(PyType.Dict, scope, sub) select (Expr)new DictExpr([(null, a), (null, b)])),
                (1, from a in Of(PyType.Dict, scope, sub) from b in Of(PyType.Dict, scope, sub) select (Expr)new BinOp(a, "|", b)),
                (1, from it in Of(PyType.Str, scope, sub) select (Expr)new Comp("dict", N("c"), Call("ord", N("c")), [new Comprehension(N("c"), it, [])])),
                (1, from a in Of(PyType.List, scope, sub) select Call("dict", Call("enumerate", a)))),
            _ => leaf,
        };
    }

    private static Gen<Expr> Leaf(PyType t, Scope scope) => t switch
    {
        PyType.Int => Var(scope, t, Gen.Frequency((6, Gen.Elements(IntLiterals).Select(s => Lx(s))), (2, Gen.Elements(NegIntLiterals).Select(s => Lx(s, Prec.Factor))),
            (1, from b in Gen.Elements(2, 10, -2) from e in Gen.Elements(31, 32, 63, 64, 100, 1000) select (Expr)new BinOp(Int(b), "**", Int(e))))),
        PyType.Float => Var(scope, t, Gen.Frequency((5, Gen.Elements(FloatLiterals).Select(s => Lx(s))), (1, Gen.Constant(Lx("-0.0", Prec.Factor))), (3, Gen.Elements(FloatCalls).Select(s => Lx(s))))),
        PyType.Str => Var(scope, t, Gen.Elements(StrValues).SelectMany(s => StrLiteral(s))),
        PyType.Bytes => Var(scope, t, Gen.Elements(BytesLiterals).Select(s => Lx(s))),
        PyType.Bool => Gen.Elements("True", "False").Select(s => Lx(s)),
        PyType.List => Var(scope, t, Gen.OneOf(
            Gen.Constant<Expr>(new ListExpr([])),
            Gen.Elements(IntLiterals.Take(10).ToArray()).ListOf().Select(l => (Expr)new ListExpr(l.Select(s => Lx(s)).ToList())),
            Gen.Elements(StrValues).ListOf().Select(l => (Expr)new ListExpr(l.Select(Str).ToList())),
            Gen.Elements(FloatLiterals).ListOf().Select(l => (Expr)new ListExpr(l.Select(s => Lx(s)).ToList())))),
        PyType.Tuple => Var(scope, t, Gen.OneOf(
            Gen.Constant<Expr>(new TupleExpr([])),
            Gen.Elements(IntLiterals.Take(8).ToArray()).NonEmptyListOf().Select(l => (Expr)new TupleExpr(l.Select(s => Lx(s)).ToList())),
            Gen.Elements(StrValues).NonEmptyListOf().Select(l => (Expr)new TupleExpr(l.Select(Str).ToList())))),
        PyType.Set => Var(scope, t, Gen.OneOf(
            Gen.Constant<Expr>(new SetExpr([])),
            Gen.Elements(IntLiterals).NonEmptyListOf().Select(l => (Expr)new SetExpr(l.Select(s => Lx(s)).ToList())),
            Gen.Elements(StrValues).NonEmptyListOf().Select(l => (Expr)new SetExpr(l.Select(Str).ToList())),
            Gen.Elements(FloatLiterals.Concat(["-0.0"]).ToArray()).NonEmptyListOf().Select(l => (Expr)new SetExpr(l.Select(s => Lx(s, s[0] == '-' ? Prec.Factor : Prec.Atom)).ToList())))),
        PyType.Dict => Var(scope, t, Gen.OneOf(
            Gen.Constant<Expr>(new DictExpr([])),
            (from ks in Gen.Elements(StrValues).NonEmptyListOf() from v in Gen.Elements(IntLiterals) select (Expr)new DictExpr(ks.Select((k, i) => ((Expr?)Str(k), (Expr)Int(i))).ToList())),
            (from ks in Gen.Elements(IntLiterals.Concat(FloatLiterals).ToArray()).NonEmptyListOf() select (Expr)new DictExpr(ks.Select((k, i) => ((Expr?)Lx(k), Str(StrValues[i % StrValues.Length]))).ToList())))),
        _ => L("None"),
    };

    /// <summary>A string literal in one of Python's spellings: quotes, escapes, raw, triple-quoted.</summary>
    private static Gen<Expr> StrLiteral(string s)
    {
        var plain = PyRepr.Str(s);
        var options = new List<string> { plain, plain };
        if (!s.Contains('"') && !s.Contains('\\') && !s.Contains('\n') && !s.Contains('\r') && !s.Contains('\0') && !s.Contains('\u2028'))
            options.Add("\"" + s + "\"");
        if (s.All(c => c < 128 && c >= 32 && c != '\'' && c != '\\')) options.Add("r'" + s + "'");
        if (s.All(c => c != '\'' && c != '\\' && c != '\0' && c != '\r')) options.Add("'''" + s + "'''");
        var escaped = string.Concat(s.EnumerateRunes().Select(r => r.Value > 0xFFFF ? $"\\U{r.Value:x8}" : r.Value > 0x7f ? $"\\u{r.Value:x4}" : r.ToString() switch
        {
            "'" => "\\'", "\\" => "\\\\", "\n" => "\\n", "\t" => "\\t", "\0" => "\\x00", var x => x,
        }));
        options.Add("'" + escaped + "'");
        if (s.Length > 1 && !plain.Contains('\\')) options.Add(plain + " " + plain[0] + plain[^1]); // implicit concatenation
        return Gen.Elements(options.ToArray()).Select(code => (Expr)new Lit(code));
    }

    private static Gen<Expr> SmallInt() => Gen.Elements(-3, -2, -1, 0, 1, 2, 3, 5, 100, -100).Select(v => Int(v));

    private static Gen<Expr> SliceOnly(Scope scope, int depth) =>
        from lo in Gen.OneOf(Gen.Constant<Expr?>(null), SmallInt().Select(e => (Expr?)e), Gen.Constant<Expr?>(Lx("None")))
        from hi in Gen.OneOf(Gen.Constant<Expr?>(null), SmallInt().Select(e => (Expr?)e))
        from step in Gen.Elements<Expr?>(null, null, Lx("None"), Int(-1), Int(2), Int(-2), Int(3))
        select (Expr)new Slice(lo, hi, step);

    private static Gen<Expr> SliceOrIndex(Scope scope, int depth) => Gen.Frequency((3, SliceOnly(scope, depth)), (1, SmallInt()));

    private static Gen<Expr> ChainedCompare(Scope scope, int depth) =>
        from t in Gen.Elements(PyType.Int, PyType.Float, PyType.Str, PyType.Tuple)
        from first in Of(t, scope, depth)
        from rest in (from op in Gen.Elements("<", "<=", "==", "!=", ">", ">=") from e in Of(t, scope, depth) select (op, e)).ListOf()
        from last in Gen.Elements("<", "==", "is not", ">=").SelectMany(op => Of(t, scope, depth).Select(e => (op, e)))
        select (Expr)new Compare(first, [.. rest.Take(3), last]);

    private static Gen<Expr> ListComp(Scope scope, int depth) =>
        from it in Gen.OneOf(Of(PyType.List, scope, depth), Of(PyType.Str, scope, depth), Of(PyType.Tuple, scope, depth))
        from kind in Gen.Elements("list", "list", "gen")
        from cond in Gen.Elements<Expr?>(null, new Compare(N("v"), [("!=", Int(0))]), N("v"), new UnaryOp("not", N("v")))
        from nested in Gen.Elements(false, false, true)
        let gens = nested
            ? new List<Comprehension> { new(N("v"), it, []), new(N("w"), new ListExpr([Int(1), Int(2)]), cond is null ? [] : [cond]) }
            : [new Comprehension(N("v"), it, cond is null ? [] : [cond])]
        let elt = nested ? (Expr)new TupleExpr([N("v"), N("w")]) : N("v")
        select kind == "gen" ? Call("list", new Comp("gen", elt, null, gens)) : new Comp(kind, elt, null, gens);

    private static Gen<string> FormatSpec() => Gen.Elements(
        "", ">10", "<6", "^9", "*^11", "+", " ", "-", ",", "_", "08.3f", ".2e", "+.3E", ".0f", ".1%", "g", ".10g", "#x", "#o", "#b",
        "_b", "x", "X", "c", "n", "=+10", "010d", ".3", ".30f", "e", "a<5", "#.0f", ",.2f");

    /// <summary>
    /// f-strings whose fields hold only names and numbers (3.11 forbids backslashes and the
    /// enclosing quote inside fields), with conversions, format specs and the `=` specifier.
    /// </summary>
    private static Gen<Expr> FStringOf(Scope scope)
    {
        var field = from v in Gen.OneOf(Var(scope, PyType.Int, Gen.Elements(IntLiterals.Take(9).ToArray()).Select(s => Lx(s))),
                                         Var(scope, PyType.Float, Gen.Elements(FloatLiterals).Select(s => Lx(s))),
                                         Var(scope, PyType.Str, Gen.Constant(Lx("None"))))
                    from conv in Gen.Elements<char?>(null, null, null, 'r', 's', 'a')
                    from spec in Gen.Frequency((2, Gen.Constant<string?>(null)), (3, FormatSpec().Select(s => (string?)s)))
                    from debug in Gen.Elements(false, false, false, true)
                    select (FPart)new FField(v, conv, conv is null ? spec : null, debug);
        var text = Gen.Elements("", "x=", " | ", "é", "😀", "{", "}", "'", "\"", "\\", "\t").Select(s => (FPart)new FText(s));
        return Gen.OneOf(field, text).NonEmptyListOf().Select(parts => (Expr)new FString(parts.Take(6).ToList()));
    }
}
