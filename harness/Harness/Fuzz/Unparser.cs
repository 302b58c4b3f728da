using System.Text;

namespace Conformance.Harness.Fuzz;

/// <summary>
/// Turns a generated program into source. With a non-zero style seed the same tree comes out in
/// varied layouts (indent unit, CRLF, redundant parentheses, backslash and bracket continuation
/// lines, comments, semicolons, tabs between tokens), so the tokens and ast stages see what real
/// files contain; with style 0 it is plain, which is what reduced cases are written in.
/// Precedence rules follow Lib/ast.py `_Unparser` (Python 3.11).
/// </summary>
public sealed class Unparser
{
    private readonly StringBuilder _out = new();
    private readonly Random? _r;
    private readonly string _indentUnit;
    private readonly string _newline;
    private readonly int _parenChance, _breakChance, _commentChance, _semicolonChance;
    private int _indent;
    private int _bracketDepth;
    private bool _inFString;

    private Unparser(int style)
    {
        if (style == 0)
        {
            _indentUnit = "    ";
            _newline = "\n";
            return;
        }
        _r = new Random(style);
        _indentUnit = Pick(["    ", "    ", "  ", "\t", " ", "        "]);
        _newline = _r.Next(4) == 0 ? "\r\n" : "\n";
        _parenChance = Pick([0, 3, 10]);
        _breakChance = Pick([0, 5, 15]);
        _commentChance = Pick([0, 5, 20]);
        _semicolonChance = Pick([0, 0, 20]);
    }

    public static string Unparse(PyProgram program)
    {
        var u = new Unparser(program.Style);
        if (u._r is not null && u.Chance(20)) u.Line("# -*- coding: utf-8 -*-");
        u.Block(program.Body, allowEmpty: true);
        return u._out.ToString();
    }

    /// <summary>One expression in plain form (for tests and for signatures of snippets).</summary>
    public static string Unparse(Expr e)
    {
        var u = new Unparser(0);
        u.Visit(e, Prec.Test);
        return u._out.ToString();
    }

    private T Pick<T>(T[] options) => options[_r!.Next(options.Length)];
    private bool Chance(int percent) => _r is not null && percent > 0 && _r.Next(100) < percent;

    // ---------------------------------------------------------------- statements

    private void Line(string text)
    {
        for (var i = 0; i < _indent; i++) _out.Append(_indentUnit);
        _out.Append(text);
        _out.Append(_newline);
    }

    private void Indent()
    {
        for (var i = 0; i < _indent; i++) _out.Append(_indentUnit);
    }

    private void EndLine()
    {
        if (Chance(_commentChance / 2)) _out.Append(Pick(["  # ", " #", "\t# note: ", "  #: "])).Append(Pick(["x", "é ✓", "TODO", "(", "\"\"\"", "\\"]));
        _out.Append(_newline);
    }

    private void Block(IReadOnlyList<Stmt> body, bool allowEmpty = false)
    {
        if (body.Count == 0 || body.All(s => s is Comment))
        {
            foreach (var s in body) Statement(s);
            if (!allowEmpty) Line("pass");
            return;
        }
        for (var i = 0; i < body.Count; i++)
        {
            if (Chance(_commentChance / 3)) Line("# " + Pick(["step", "ünïcödé", "a = 1", "#", "tab\there"]));
            if (Chance(_commentChance / 4)) _out.Append(Pick(["", " ", "\t"])).Append(_newline); // blank lines
            // Consecutive simple statements may share a line, separated by semicolons.
            if (IsSimple(body[i]) && i + 1 < body.Count && IsSimple(body[i + 1]) && Chance(_semicolonChance))
            {
                Indent();
                SimpleStatement(body[i]);
                while (i + 1 < body.Count && IsSimple(body[i + 1]) && Chance(60))
                {
                    _out.Append(Pick(["; ", ";", " ; "]));
                    SimpleStatement(body[++i]);
                }
                if (Chance(10)) _out.Append(';');
                EndLine();
                continue;
            }
            Statement(body[i]);
        }
    }

    private static bool IsSimple(Stmt s) => s is ExprStmt or Assign or AugAssign or Return or Simple or Global or Nonlocal or Delete or Raise or Import;

    private void Statement(Stmt s)
    {
        switch (s)
        {
            case Comment c:
                Line("# " + c.Text);
                return;
            case If i:
                IfChain(i, "if");
                return;
            case While w:
                Header("while ", w.Test);
                Body(w.Body);
                if (w.Orelse.Count > 0) { Line("else:"); Body(w.Orelse); }
                return;
            case For f:
                Indent();
                _out.Append("for ");
                Target(f.Target);
                _out.Append(" in ");
                Visit(f.Iter, Prec.Tuple);
                _out.Append(':');
                EndLine();
                Body(f.Body);
                if (f.Orelse.Count > 0) { Line("else:"); Body(f.Orelse); }
                return;
            case FunctionDef d:
                foreach (var deco in d.Decorators)
                {
                    Indent();
                    _out.Append('@');
                    Visit(deco, Prec.NamedExpr + 1);
                    EndLine();
                }
                Line($"def {d.Name}({string.Join(", ", d.Params)}):");
                Body(d.Body);
                return;
            case ClassDef c:
                Indent();
                _out.Append("class ").Append(c.Name);
                if (c.Bases.Count > 0 || Chance(20))
                {
                    _out.Append('(');
                    CommaList(c.Bases, Prec.Test);
                    _out.Append(')');
                }
                _out.Append(':');
                EndLine();
                Body(c.Body);
                return;
            case Try t:
                Line("try:");
                Body(t.Body);
                foreach (var h in t.Handlers)
                {
                    Indent();
                    _out.Append(t.Star ? "except* " : "except");
                    if (h.Type is not null)
                    {
                        if (!t.Star) _out.Append(' ');
                        Visit(h.Type, Prec.Test);
                        if (h.Name is not null) _out.Append(" as ").Append(h.Name);
                    }
                    _out.Append(':');
                    EndLine();
                    Body(h.Body);
                }
                if (t.Orelse.Count > 0) { Line("else:"); Body(t.Orelse); }
                if (t.Finally.Count > 0 || t.Handlers.Count == 0) { Line("finally:"); Body(t.Finally); }
                return;
            case With w:
                Indent();
                _out.Append("with ");
                for (var k = 0; k < w.Items.Count; k++)
                {
                    if (k > 0) _out.Append(", ");
                    Visit(w.Items[k].Context, Prec.Test);
                    if (w.Items[k].Var is { } v) { _out.Append(" as "); Target(v); }
                }
                _out.Append(':');
                EndLine();
                Body(w.Body);
                return;
            case Match m:
                Indent();
                _out.Append("match ");
                Visit(m.Subject, Prec.Test);
                _out.Append(':');
                EndLine();
                _indent++;
                foreach (var c in m.Cases)
                {
                    Indent();
                    _out.Append("case ").Append(c.Pattern);
                    if (c.Guard is not null) { _out.Append(" if "); Visit(c.Guard, Prec.Test); }
                    _out.Append(':');
                    EndLine();
                    Body(c.Body);
                }
                _indent--;
                return;
            default:
                Indent();
                SimpleStatement(s);
                EndLine();
                return;
        }
    }

    private void IfChain(If i, string keyword)
    {
        Header(keyword + " ", i.Test);
        Body(i.Body);
        if (i.Orelse is [If elif]) { IfChain(elif, "elif"); return; }
        if (i.Orelse.Count > 0) { Line("else:"); Body(i.Orelse); }
    }

    private void Header(string keyword, Expr test)
    {
        Indent();
        _out.Append(keyword);
        Visit(test, Prec.Test);
        _out.Append(':');
        EndLine();
    }

    private void Body(IReadOnlyList<Stmt> body)
    {
        _indent++;
        Block(body);
        _indent--;
    }

    private void SimpleStatement(Stmt s)
    {
        switch (s)
        {
            case ExprStmt e:
                Visit(e.Value, e.Value is Yield ? Prec.Yield : Prec.Tuple);
                break;
            case Assign a:
                foreach (var t in a.Targets) { Target(t); _out.Append(Chance(10) ? "=" : " = "); }
                Visit(a.Value, a.Value is Yield ? Prec.Yield : Prec.Tuple, bareTuple: true);
                break;
            case AugAssign a:
                Target(a.Target);
                _out.Append(' ').Append(a.Op).Append("= ");
                Visit(a.Value, Prec.Tuple);
                break;
            case Return r:
                _out.Append("return");
                if (r.Value is not null) { _out.Append(' '); Visit(r.Value, Prec.Tuple, bareTuple: true); }
                break;
            case Simple k: _out.Append(k.Keyword); break;
            case Global g: _out.Append("global ").Append(string.Join(", ", g.Names)); break;
            case Nonlocal n: _out.Append("nonlocal ").Append(string.Join(", ", n.Names)); break;
            case Delete d:
                _out.Append("del ");
                for (var k = 0; k < d.Targets.Count; k++) { if (k > 0) _out.Append(", "); Target(d.Targets[k]); }
                break;
            case Raise r:
                _out.Append("raise");
                if (r.Exc is not null) { _out.Append(' '); Visit(r.Exc, Prec.Test); }
                if (r.Cause is not null) { _out.Append(" from "); Visit(r.Cause, Prec.Test); }
                break;
            case Import i:
                _out.Append("import ").Append(i.Module);
                if (i.Alias is not null) _out.Append(" as ").Append(i.Alias);
                break;
            default:
                throw new ArgumentException($"not a simple statement: {s.GetType().Name}");
        }
    }

    /// <summary>Assignment and loop targets: a tuple may stand bare (`a, *b = ...`).</summary>
    private void Target(Expr t)
    {
        if (t is TupleExpr { Elts.Count: > 1 } tuple && !Chance(30))
        {
            for (var k = 0; k < tuple.Elts.Count; k++)
            {
                if (k > 0) _out.Append(", ");
                Visit(tuple.Elts[k], Prec.Test);
            }
            return;
        }
        Visit(t, Prec.Test);
    }

    // ---------------------------------------------------------------- expressions

    private static Prec PrecOf(Expr e) => e switch
    {
        Lit l => l.Prec,
        NamedExpr => Prec.NamedExpr,
        Lambda or IfExp => Prec.Test,
        BoolOp b => b.Op == "or" ? Prec.Or : Prec.And,
        UnaryOp { Op: "not" } => Prec.Not,
        Compare => Prec.Cmp,
        BinOp b => BinPrec(b.Op),
        UnaryOp => Prec.Factor,
        Yield => Prec.Yield,
        Starred => Prec.Expr,
        _ => Prec.Atom,
    };

    private static Prec BinPrec(string op) => op switch
    {
        "|" => Prec.Bor, "^" => Prec.Bxor, "&" => Prec.Band, "<<" or ">>" => Prec.Shift,
        "+" or "-" => Prec.Arith, "**" => Prec.Power, _ => Prec.Term,
    };

    private void Visit(Expr e, Prec context, bool bareTuple = false)
    {
        var own = PrecOf(e);
        var parens = own < context || e is Yield && context > Prec.Yield
            || (!_inFString && own < Prec.Atom && e is not Starred && Chance(_parenChance));
        if (parens)
        {
            _out.Append('(');
            _bracketDepth++;
        }
        Inner(e, bareTuple && !parens);
        if (parens)
        {
            _bracketDepth--;
            _out.Append(')');
        }
    }

    /// <summary>Between two tokens: maybe a continuation line (backslash, or a bare newline inside brackets).</summary>
    private void Gap()
    {
        if (_inFString || _r is null) { _out.Append(' '); return; }
        if (Chance(_breakChance))
        {
            if (_bracketDepth > 0 && Chance(50))
            {
                if (Chance(_commentChance)) _out.Append("  # inside brackets");
                _out.Append(_newline).Append(Pick(["", " ", "\t", "        "]));
            }
            else
            {
                _out.Append(Pick([" \\", "\\"])).Append(_newline).Append(Pick(["", "    ", "\t"]));
            }
            return;
        }
        _out.Append(Chance(5) ? "\t" : " ");
    }

    private void Inner(Expr e, bool bareTuple)
    {
        switch (e)
        {
            case Lit l: _out.Append(l.Code); break;
            case Name n: _out.Append(n.Id); break;
            case BinOp b:
            {
                var p = BinPrec(b.Op);
                // ** is right-associative; everything else left.
                Visit(b.Left, b.Op == "**" ? p + 1 : p);
                Gap();
                _out.Append(b.Op);
                _out.Append(' ');
                Visit(b.Right, b.Op == "**" ? Prec.Factor : p + 1);
                break;
            }
            case UnaryOp u:
                _out.Append(u.Op);
                if (u.Op == "not") _out.Append(' ');
                Visit(u.Operand, u.Op == "not" ? Prec.Not : Prec.Factor);
                break;
            case BoolOp b:
            {
                var p = b.Op == "or" ? Prec.Or : Prec.And;
                for (var k = 0; k < b.Values.Count; k++)
                {
                    if (k > 0) { Gap(); _out.Append(b.Op).Append(' '); }
                    Visit(b.Values[k], p + 1);
                }
                break;
            }
            case Compare c:
                Visit(c.Left, Prec.Cmp + 1);
                foreach (var (op, right) in c.Rest)
                {
                    Gap();
                    _out.Append(op).Append(' ');
                    Visit(right, Prec.Cmp + 1);
                }
                break;
            case Call c:
            {
                Visit(c.Func, Prec.Atom);
                _out.Append('(');
                _bracketDepth++;
                var first = true;
                foreach (var a in c.Args) { Sep(ref first); Visit(a, Prec.Test); }
                foreach (var (name, value) in c.Keywords)
                {
                    Sep(ref first);
                    if (name is null) { _out.Append("**"); Visit(value, Prec.Expr); }
                    else { _out.Append(name).Append('='); Visit(value, Prec.Test); }
                }
                if (!first && !_inFString && Chance(5) && c.Args.All(a => a is not Comp)) _out.Append(',');
                _bracketDepth--;
                _out.Append(')');
                break;
            }
            case Attribute a:
                // `1 .real`: an int literal needs a space (or parentheses) before the dot.
                if (a.Value is Lit { Prec: Prec.Atom } lit && lit.Code.Length > 0 && char.IsAsciiDigit(lit.Code[0]))
                {
                    _out.Append('(').Append(lit.Code).Append(')');
                }
                else Visit(a.Value, Prec.Atom);
                _out.Append('.').Append(a.Attr);
                break;
            case Subscript s:
                Visit(s.Value, Prec.Atom);
                _out.Append('[');
                _bracketDepth++;
                if (s.Index is TupleExpr { Elts.Count: > 0 } t && t.Elts.All(x => x is not Starred))
                {
                    var first = true;
                    foreach (var x in t.Elts) { Sep(ref first); Visit(x, Prec.Test); }
                    if (t.Elts.Count == 1) _out.Append(',');
                }
                else Visit(s.Index, Prec.Tuple);
                _bracketDepth--;
                _out.Append(']');
                break;
            case Slice s:
                if (s.Lower is not null) Visit(s.Lower, Prec.Test);
                _out.Append(':');
                if (s.Upper is not null) Visit(s.Upper, Prec.Test);
                if (s.Step is not null || Chance(20))
                {
                    _out.Append(':');
                    if (s.Step is not null) Visit(s.Step, Prec.Test);
                }
                break;
            case Starred s:
                _out.Append('*');
                Visit(s.Value, Prec.Expr);
                break;
            case ListExpr l: Bracketed("[", l.Elts, "]", false); break;
            case SetExpr s:
                if (s.Elts.Count == 0) _out.Append("set()");
                else Bracketed("{", s.Elts, "}", false);
                break;
            case TupleExpr tuple:
                if (bareTuple && tuple.Elts.Count > 0 && !Chance(30))
                {
                    var first = true;
                    foreach (var x in tuple.Elts) { Sep(ref first); Visit(x, Prec.Test); }
                    if (tuple.Elts.Count == 1) _out.Append(',');
                }
                else Bracketed("(", tuple.Elts, ")", tuple.Elts.Count == 1);
                break;
            case DictExpr d:
            {
                _out.Append('{');
                _bracketDepth++;
                var first = true;
                foreach (var (k, v) in d.Items)
                {
                    Sep(ref first);
                    if (k is null) { _out.Append("**"); Visit(v, Prec.Expr); }
                    else { Visit(k, Prec.Test); _out.Append(": "); Visit(v, Prec.Test); }
                }
                _bracketDepth--;
                _out.Append('}');
                break;
            }
            case IfExp i:
                Visit(i.Body, Prec.Test + 1);
                Gap();
                _out.Append("if ");
                Visit(i.Test, Prec.Test + 1);
                Gap();
                _out.Append("else ");
                Visit(i.Orelse, Prec.Test);
                break;
            case Lambda l:
                _out.Append("lambda");
                if (l.Params.Count > 0) _out.Append(' ').Append(string.Join(", ", l.Params));
                _out.Append(": ");
                Visit(l.Body, Prec.Test);
                break;
            case NamedExpr n:
                _out.Append(n.Target).Append(" := ");
                Visit(n.Value, Prec.Atom - 1 > Prec.Test ? Prec.Test : Prec.Test);
                break;
            case Comp c:
            {
                var (open, close) = c.Kind switch { "list" => ("[", "]"), "gen" => ("(", ")"), _ => ("{", "}") };
                _out.Append(open);
                _bracketDepth++;
                Visit(c.Elt, Prec.Test);
                if (c.Value is not null) { _out.Append(": "); Visit(c.Value, Prec.Test); }
                foreach (var g in c.Generators)
                {
                    Gap();
                    _out.Append("for ");
                    Target(g.Target);
                    _out.Append(" in ");
                    Visit(g.Iter, Prec.Or);
                    foreach (var cond in g.Ifs)
                    {
                        Gap();
                        _out.Append("if ");
                        Visit(cond, Prec.Or);
                    }
                }
                _bracketDepth--;
                _out.Append(close);
                break;
            }
            case Yield y:
                _out.Append(y.From ? "yield from" : "yield");
                if (y.Value is not null) { _out.Append(' '); Visit(y.Value, Prec.Test); }
                break;
            case FString f:
                FStringLiteral(f);
                break;
            default:
                throw new ArgumentException($"unknown expression {e.GetType().Name}");
        }
    }

    private void Sep(ref bool first)
    {
        if (first) { first = false; return; }
        _out.Append(',');
        Gap();
    }

    private void Bracketed(string open, IReadOnlyList<Expr> elts, string close, bool singleComma)
    {
        _out.Append(open);
        _bracketDepth++;
        var first = true;
        foreach (var x in elts) { Sep(ref first); Visit(x, Prec.Test); }
        if (singleComma || (elts.Count > 0 && !_inFString && Chance(5))) _out.Append(',');
        _bracketDepth--;
        _out.Append(close);
    }

    /// <summary>
    /// 3.11 f-strings: no backslash inside replacement fields and no reuse of the enclosing quote,
    /// so fields hold only quote-free expressions (the generator sees to it) and render plainly.
    /// </summary>
    private void FStringLiteral(FString f)
    {
        var quote = _r is not null && Chance(30) ? "\"" : "'";
        _out.Append(_r is not null && Chance(10) ? "F" : "f").Append(quote);
        foreach (var part in f.Parts)
        {
            switch (part)
            {
                case FText t:
                    _out.Append(EscapeText(t.Text, quote[0]));
                    break;
                case FField field:
                {
                    _out.Append('{');
                    var saved = _inFString;
                    _inFString = true;
                    if (field.Value is Lit { Code: ['{', ..] } or DictExpr or SetExpr or Comp { Kind: "set" or "dict" }) _out.Append(' ');
                    Visit(field.Value, Prec.Test);
                    _inFString = saved;
                    if (field.Debug) _out.Append('=');
                    if (field.Conversion is { } conv) _out.Append('!').Append(conv);
                    if (field.Spec is not null) _out.Append(':').Append(EscapeText(field.Spec, quote[0]));
                    _out.Append('}');
                    break;
                }
            }
        }
        _out.Append(quote);
    }

    private static string EscapeText(string text, char quote)
    {
        var sb = new StringBuilder();
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '{': sb.Append("{{"); break;
                case '}': sb.Append("}}"); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                default:
                    if (ch == quote) sb.Append('\\').Append(ch);
                    else sb.Append(ch);
                    break;
            }
        }
        return sb.ToString();
    }

    private void CommaList(IReadOnlyList<Expr> items, Prec prec)
    {
        var first = true;
        foreach (var x in items) { Sep(ref first); Visit(x, prec); }
    }
}
