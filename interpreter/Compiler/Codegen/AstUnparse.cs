using System.Text;
using Pyref.Bytecode;
using Pyref.Parser.Ast;

using Attribute = Pyref.Parser.Ast.Attribute;
using Tuple = Pyref.Parser.Ast.Tuple;
using PyRepr = Pyref.Bytecode.PyRepr;
using PyNone = Pyref.Bytecode.PyNone;
using PyTuple = Pyref.Bytecode.PyTuple;

namespace Pyref.Compiler.Codegen;

/// <summary>
/// Python/ast_unparse.c (3.11): the limited unparser that turns annotations back into strings under
/// `from __future__ import annotations` (_PyAST_ExprAsUnicode).
/// </summary>
internal static class AstUnparse
{
    // Priority levels (enum PR_* of ast_unparse.c).
    private const int PrTuple = 0, PrTest = 1, PrOr = 2, PrAnd = 3, PrNot = 4, PrCmp = 5, PrExpr = 6, PrBor = PrExpr,
        PrBxor = 7, PrBand = 8, PrShift = 9, PrArith = 10, PrTerm = 11, PrFactor = 12, PrPower = 13, PrAwait = 14,
        PrAtom = 15;

    /// <summary>_PyAST_ExprAsUnicode.</summary>
    public static string ExprAsUnicode(ExprNode e) => ExprAsUnicode(e, PrTest);

    private static string ExprAsUnicode(ExprNode e, int level)
    {
        var w = new StringBuilder();
        AppendExpr(w, e, level);
        return w.ToString();
    }

    /// <summary>append_repr: repr, with inf spelled 1e309 in floats and complexes.</summary>
    private static void AppendRepr(StringBuilder w, object value)
    {
        var repr = PyRepr.Repr(value);
        if ((value is double d && double.IsInfinity(d)) || value is System.Numerics.Complex)
            repr = repr.Replace("inf", "1e309", StringComparison.Ordinal);
        w.Append(repr);
    }

    private static void AppendBoolOp(StringBuilder w, BoolOp e, int level)
    {
        var op = e.Op is And ? " and " : " or ";
        int pr = e.Op is And ? PrAnd : PrOr;
        if (level > pr) w.Append('(');
        for (int i = 0; i < e.Values.Count; i++)
        {
            if (i > 0) w.Append(op);
            AppendExpr(w, e.Values[i], pr + 1);
        }
        if (level > pr) w.Append(')');
    }

    private static void AppendBinOp(StringBuilder w, BinOp e, int level)
    {
        bool rassoc = false;
        var (op, pr) = e.Op switch
        {
            Add => (" + ", PrArith),
            Sub => (" - ", PrArith),
            Mult => (" * ", PrTerm),
            MatMult => (" @ ", PrTerm),
            Div => (" / ", PrTerm),
            Mod => (" % ", PrTerm),
            LShift => (" << ", PrShift),
            RShift => (" >> ", PrShift),
            BitOr => (" | ", PrBor),
            BitXor => (" ^ ", PrBxor),
            BitAnd => (" & ", PrBand),
            FloorDiv => (" // ", PrTerm),
            Pow => (" ** ", PrPower),
            _ => throw new InvalidOperationException("unknown binary operator"),
        };
        if (e.Op is Pow) rassoc = true;
        if (level > pr) w.Append('(');
        AppendExpr(w, e.Left, pr + (rassoc ? 1 : 0));
        w.Append(op);
        AppendExpr(w, e.Right, pr + (rassoc ? 0 : 1));
        if (level > pr) w.Append(')');
    }

    private static void AppendUnaryOp(StringBuilder w, UnaryOp e, int level)
    {
        var (op, pr) = e.Op switch
        {
            Invert => ("~", PrFactor),
            Not => ("not ", PrNot),
            UAdd => ("+", PrFactor),
            USub => ("-", PrFactor),
            _ => throw new InvalidOperationException("unknown unary operator"),
        };
        if (level > pr) w.Append('(');
        w.Append(op);
        AppendExpr(w, e.Operand, pr);
        if (level > pr) w.Append(')');
    }

    private static void AppendArg(StringBuilder w, Arg arg)
    {
        w.Append(arg.ArgName);
        if (arg.Annotation is not null)
        {
            w.Append(": ");
            AppendExpr(w, arg.Annotation, PrTest);
        }
    }

    private static void AppendArgs(StringBuilder w, Arguments args)
    {
        bool first = true;
        void Sep()
        {
            if (!first) w.Append(", ");
            first = false;
        }
        int posonly = args.Posonlyargs.Count, argCount = args.Args.Count, defaultCount = args.Defaults.Count;
        for (int i = 0; i < posonly + argCount; i++)
        {
            Sep();
            AppendArg(w, i < posonly ? args.Posonlyargs[i] : args.Args[i - posonly]);
            int di = i - posonly - argCount + defaultCount;
            if (di >= 0)
            {
                w.Append('=');
                AppendExpr(w, args.Defaults[di], PrTest);
            }
            if (posonly > 0 && i + 1 == posonly) w.Append(", /");
        }
        if (args.Vararg is not null || args.Kwonlyargs.Count > 0)
        {
            Sep();
            w.Append('*');
            if (args.Vararg is not null) AppendArg(w, args.Vararg);
        }
        argCount = args.Kwonlyargs.Count;
        defaultCount = args.KwDefaults.Count;
        for (int i = 0; i < argCount; i++)
        {
            Sep();
            AppendArg(w, args.Kwonlyargs[i]);
            int di = i - argCount + defaultCount;
            if (di >= 0 && args.KwDefaults[di] is { } def)
            {
                w.Append('=');
                AppendExpr(w, def, PrTest);
            }
        }
        if (args.Kwarg is not null)
        {
            Sep();
            w.Append("**");
            AppendArg(w, args.Kwarg);
        }
    }

    private static void AppendComprehensions(StringBuilder w, List<Comprehension> gens)
    {
        foreach (var gen in gens)
        {
            w.Append(gen.IsAsync != 0 ? " async for " : " for ");
            AppendExpr(w, gen.Target, PrTuple);
            w.Append(" in ");
            AppendExpr(w, gen.Iter, PrTest + 1);
            foreach (var cond in gen.Ifs)
            {
                w.Append(" if ");
                AppendExpr(w, cond, PrTest + 1);
            }
        }
    }

    private static void AppendGenExp(StringBuilder w, GeneratorExp e)
    {
        w.Append('(');
        AppendExpr(w, e.Elt, PrTest);
        AppendComprehensions(w, e.Generators);
        w.Append(')');
    }

    private static void AppendCompare(StringBuilder w, Compare e, int level)
    {
        if (level > PrCmp) w.Append('(');
        AppendExpr(w, e.Left, PrCmp + 1);
        for (int i = 0; i < e.Comparators.Count; i++)
        {
            w.Append(e.Ops[i] switch
            {
                Eq => " == ",
                NotEq => " != ",
                Lt => " < ",
                LtE => " <= ",
                Gt => " > ",
                GtE => " >= ",
                Is => " is ",
                IsNot => " is not ",
                In => " in ",
                NotIn => " not in ",
                _ => throw new InvalidOperationException("unexpected comparison kind"),
            });
            AppendExpr(w, e.Comparators[i], PrCmp + 1);
        }
        if (level > PrCmp) w.Append(')');
    }

    private static void AppendCall(StringBuilder w, Call e)
    {
        AppendExpr(w, e.Func, PrAtom);
        if (e.Args.Count == 1 && e.Keywords.Count == 0 && e.Args[0] is GeneratorExp g)
        {
            AppendGenExp(w, g);
            return;
        }
        w.Append('(');
        bool first = true;
        foreach (var a in e.Args)
        {
            if (!first) w.Append(", ");
            first = false;
            AppendExpr(w, a, PrTest);
        }
        foreach (var kw in e.Keywords)
        {
            if (!first) w.Append(", ");
            first = false;
            if (kw.Arg is null) w.Append("**");
            else w.Append(kw.Arg).Append('=');
            AppendExpr(w, kw.Value, PrTest);
        }
        w.Append(')');
    }

    private static string EscapeBraces(string s) => s.Replace("{", "{{", StringComparison.Ordinal).Replace("}", "}}", StringComparison.Ordinal);

    private static void AppendFStringElement(StringBuilder w, ExprNode e, bool isFormatSpec)
    {
        switch (e)
        {
            case Constant c: w.Append(EscapeBraces(Str(c.Value))); break;
            case JoinedStr j: AppendJoinedStr(w, j, isFormatSpec); break;
            case FormattedValue f: AppendFormattedValue(w, f); break;
            default: throw new InvalidOperationException("unknown expression kind inside f-string");
        }
    }

    private static string Str(object v) => v switch
    {
        string s => s,
        PyStr p => p.ToString(),
        _ => PyRepr.Repr(Codegen.ConvertConstant(v)),
    };

    private static void AppendJoinedStr(StringBuilder w, JoinedStr e, bool isFormatSpec)
    {
        var body = new StringBuilder();
        foreach (var v in e.Values) AppendFStringElement(body, v, isFormatSpec);
        if (!isFormatSpec)
        {
            w.Append('f');
            AppendRepr(w, body.ToString());
        }
        else w.Append(body);
    }

    private static void AppendFormattedValue(StringBuilder w, FormattedValue e)
    {
        var inner = ExprAsUnicode(e.Value, PrTest + 1);
        w.Append(inner.StartsWith('{') ? "{ " : "{");
        w.Append(inner);
        if (e.Conversion > 0)
        {
            w.Append(e.Conversion switch
            {
                'a' => "!a",
                'r' => "!r",
                's' => "!s",
                _ => throw new InvalidOperationException("unknown f-value conversion kind"),
            });
        }
        if (e.FormatSpec is not null)
        {
            w.Append(':');
            AppendFStringElement(w, e.FormatSpec, true);
        }
        w.Append('}');
    }

    private static void AppendConstant(StringBuilder w, object constant)
    {
        if (constant is PyTuple t)
        {
            w.Append('(');
            for (int i = 0; i < t.Count; i++)
            {
                if (i > 0) w.Append(", ");
                AppendConstant(w, t[i]);
            }
            if (t.Count == 1) w.Append(',');
            w.Append(')');
            return;
        }
        AppendRepr(w, constant);
    }

    private static void AppendExpr(StringBuilder w, ExprNode e, int level)
    {
        switch (e)
        {
            case BoolOp b: AppendBoolOp(w, b, level); return;
            case BinOp b: AppendBinOp(w, b, level); return;
            case UnaryOp u: AppendUnaryOp(w, u, level); return;
            case Lambda l:
                if (level > PrTest) w.Append('(');
                w.Append(l.Args.Args.Count + l.Args.Posonlyargs.Count > 0 ? "lambda " : "lambda");
                AppendArgs(w, l.Args);
                w.Append(": ");
                AppendExpr(w, l.Body, PrTest);
                if (level > PrTest) w.Append(')');
                return;
            case IfExp ie:
                if (level > PrTest) w.Append('(');
                AppendExpr(w, ie.Body, PrTest + 1);
                w.Append(" if ");
                AppendExpr(w, ie.Test, PrTest + 1);
                w.Append(" else ");
                AppendExpr(w, ie.Orelse, PrTest);
                if (level > PrTest) w.Append(')');
                return;
            case Dict d:
                w.Append('{');
                for (int i = 0; i < d.Values.Count; i++)
                {
                    if (i > 0) w.Append(", ");
                    if (d.Keys[i] is { } key)
                    {
                        AppendExpr(w, key, PrTest);
                        w.Append(": ");
                        AppendExpr(w, d.Values[i], PrTest);
                    }
                    else
                    {
                        w.Append("**");
                        AppendExpr(w, d.Values[i], PrExpr);
                    }
                }
                w.Append('}');
                return;
            case Set s:
                w.Append('{');
                AppendSeq(w, s.Elts);
                w.Append('}');
                return;
            case GeneratorExp g: AppendGenExp(w, g); return;
            case ListComp lc:
                w.Append('[');
                AppendExpr(w, lc.Elt, PrTest);
                AppendComprehensions(w, lc.Generators);
                w.Append(']');
                return;
            case SetComp sc:
                w.Append('{');
                AppendExpr(w, sc.Elt, PrTest);
                AppendComprehensions(w, sc.Generators);
                w.Append('}');
                return;
            case DictComp dc:
                w.Append('{');
                AppendExpr(w, dc.Key, PrTest);
                w.Append(": ");
                AppendExpr(w, dc.Value, PrTest);
                AppendComprehensions(w, dc.Generators);
                w.Append('}');
                return;
            case Yield y:
                if (y.Value is null)
                {
                    w.Append("(yield)");
                    return;
                }
                w.Append("(yield ");
                AppendExpr(w, y.Value, PrTest);
                w.Append(')');
                return;
            case YieldFrom yf:
                w.Append("(yield from ");
                AppendExpr(w, yf.Value, PrTest);
                w.Append(')');
                return;
            case Await aw:
                if (level > PrAwait) w.Append('(');
                w.Append("await ");
                AppendExpr(w, aw.Value, PrAtom);
                if (level > PrAwait) w.Append(')');
                return;
            case Compare c: AppendCompare(w, c, level); return;
            case Call call: AppendCall(w, call); return;
            case Constant k:
                if (k.Value is Pyref.Parser.Ast.PyEllipsis)
                {
                    w.Append("...");
                    return;
                }
                if (k.Kind is not null) w.Append(k.Kind);
                AppendConstant(w, Codegen.ConvertConstant(k.Value));
                return;
            case JoinedStr js: AppendJoinedStr(w, js, false); return;
            case FormattedValue fv: AppendFormattedValue(w, fv); return;
            case Attribute a:
                AppendExpr(w, a.Value, PrAtom);
                w.Append(a.Value is Constant { Value: System.Numerics.BigInteger } ? " ." : ".");
                w.Append(a.Attr);
                return;
            case Subscript sub:
                {
                    AppendExpr(w, sub.Value, PrAtom);
                    int lvl = PrTuple;
                    if (sub.Slice is Tuple st && st.Elts.Any(x => x is Starred)) lvl++;
                    w.Append('[');
                    AppendExpr(w, sub.Slice, lvl);
                    w.Append(']');
                    return;
                }
            case Starred s:
                w.Append('*');
                AppendExpr(w, s.Value, PrExpr);
                return;
            case Slice sl:
                if (sl.Lower is not null) AppendExpr(w, sl.Lower, PrTest);
                w.Append(':');
                if (sl.Upper is not null) AppendExpr(w, sl.Upper, PrTest);
                if (sl.Step is not null)
                {
                    w.Append(':');
                    AppendExpr(w, sl.Step, PrTest);
                }
                return;
            case Name n: w.Append(n.Id); return;
            case List l:
                w.Append('[');
                AppendSeq(w, l.Elts);
                w.Append(']');
                return;
            case Tuple t:
                if (t.Elts.Count == 0)
                {
                    w.Append("()");
                    return;
                }
                if (level > PrTuple) w.Append('(');
                AppendSeq(w, t.Elts);
                if (t.Elts.Count == 1) w.Append(',');
                if (level > PrTuple) w.Append(')');
                return;
            case NamedExpr ne:
                if (level > PrTuple) w.Append('(');
                AppendExpr(w, ne.Target, PrAtom);
                w.Append(" := ");
                AppendExpr(w, ne.Value, PrAtom);
                if (level > PrTuple) w.Append(')');
                return;
        }
        throw new InvalidOperationException("unknown expression kind");
    }

    private static void AppendSeq(StringBuilder w, List<ExprNode> elts)
    {
        for (int i = 0; i < elts.Count; i++)
        {
            if (i > 0) w.Append(", ");
            AppendExpr(w, elts[i], PrTest);
        }
    }
}
