using Pyref.Parser.Ast;

namespace Pyref.Parser;

/// <summary>
/// A light validator for the most common SyntaxErrors CPython raises *after* parsing, when compile() goes on
/// to the symbol table and the compiler. ast.parse (the harness's ast stage) never raises these; they are
/// here for the compiler stage and for `pyref FILE`. Each check names the CPython stage that raises it.
/// Positions: symtable.c and compile.c report node positions as byte offsets + 1 (no code-point conversion)
/// and take the text from the file (None for strings).
/// The full list of post-parse errors, with the stage of each, is in LATER_STAGE_ERRORS.md.
/// </summary>
public static class PostParseChecks
{
    /// <summary>Throws the first error CPython's symtable/compiler would raise, in source order (approximately:
    /// DEVIATION(CPython): CPython runs the whole symtable pass before the compiler, so a symtable error later in
    /// the file wins over a compiler error earlier; this walk reports them in one pass, symtable ones first).</summary>
    public static void Validate(ModNode module, string filename)
    {
        var errors = new List<PythonSyntaxError>();
        var walker = new Walker(filename, errors);
        if (module is Module m) walker.Body(m.Body, Scope.Module, inLoop: false);
        var first = errors.OrderBy(e => e.Stage == "symtable" ? 0 : 1).FirstOrDefault();
        if (first is not null) throw first;
    }

    private enum Scope { Module, Function, AsyncFunction, Class }

    private sealed class Walker(string filename, List<PythonSyntaxError> errors)
    {
        private PythonSyntaxError Error(LocatedNode n, string msg, string stage)
        {
            var (l, c, el, ec) = n switch
            {
                StmtNode s => (s.Lineno, s.ColOffset, s.EndLineno, s.EndColOffset),
                ExprNode e => (e.Lineno, e.ColOffset, e.EndLineno, e.EndColOffset),
                _ => (0, 0, 0, 0),
            };
            return new PythonSyntaxError("SyntaxError", msg, filename, l, c + 1, el, ec + 1, null, stage);
        }

        public void Body(List<StmtNode> body, Scope scope, bool inLoop)
        {
            foreach (var s in body) Stmt(s, scope, inLoop);
        }

        private void Stmt(StmtNode s, Scope scope, bool inLoop)
        {
            switch (s)
            {
                case FunctionDef f:
                    Exprs(f.DecoratorList, scope);
                    Body(f.Body, Scope.Function, false);
                    break;
                case AsyncFunctionDef af:
                    Exprs(af.DecoratorList, scope);
                    Body(af.Body, Scope.AsyncFunction, false);
                    break;
                case ClassDef cd:
                    Body(cd.Body, Scope.Class, false);
                    break;
                case Return r:
                    // compile.c compiler_visit_stmt: "'return' outside function"
                    if (scope is Scope.Module or Scope.Class) errors.Add(Error(r, "'return' outside function", "compiler"));
                    if (r.Value is not null) Expr(r.Value, scope);
                    break;
                case Break b:
                    // compile.c compiler_break
                    if (!inLoop) errors.Add(Error(b, "'break' outside loop", "compiler"));
                    break;
                case Continue c:
                    // compile.c compiler_continue
                    if (!inLoop) errors.Add(Error(c, "'continue' not properly in loop", "compiler"));
                    break;
                case Nonlocal n:
                    // symtable.c symtable_visit_stmt
                    if (scope == Scope.Module) errors.Add(Error(n, "nonlocal declaration not allowed at module level", "symtable"));
                    break;
                case For f:
                    Expr(f.Iter, scope);
                    Body(f.Body, scope, true);
                    Body(f.Orelse, scope, inLoop);
                    break;
                case AsyncFor af:
                    // compile.c compiler_async_for
                    if (scope != Scope.AsyncFunction) errors.Add(Error(af, "'async for' outside async function", "compiler"));
                    Body(af.Body, scope, true);
                    Body(af.Orelse, scope, inLoop);
                    break;
                case While w:
                    Expr(w.Test, scope);
                    Body(w.Body, scope, true);
                    Body(w.Orelse, scope, inLoop);
                    break;
                case If i:
                    Expr(i.Test, scope);
                    Body(i.Body, scope, inLoop);
                    Body(i.Orelse, scope, inLoop);
                    break;
                case With w:
                    foreach (var item in w.Items) Expr(item.ContextExpr, scope);
                    Body(w.Body, scope, inLoop);
                    break;
                case AsyncWith aw:
                    // compile.c compiler_async_with
                    if (scope != Scope.AsyncFunction) errors.Add(Error(aw, "'async with' outside async function", "compiler"));
                    Body(aw.Body, scope, inLoop);
                    break;
                case Try t:
                    Body(t.Body, scope, inLoop);
                    foreach (ExceptHandler h in t.Handlers) Body(h.Body, scope, inLoop);
                    Body(t.Orelse, scope, inLoop);
                    Body(t.Finalbody, scope, inLoop);
                    break;
                case TryStar ts:
                    Body(ts.Body, scope, inLoop);
                    foreach (ExceptHandler h in ts.Handlers) Body(h.Body, scope, inLoop);
                    Body(ts.Orelse, scope, inLoop);
                    Body(ts.Finalbody, scope, inLoop);
                    break;
                case Match m:
                    Expr(m.Subject, scope);
                    foreach (var c in m.Cases) Body(c.Body, scope, inLoop);
                    break;
                case Expr e:
                    Expr(e.Value, scope);
                    break;
                case Assign a:
                    Expr(a.Value, scope);
                    break;
                case AugAssign aa:
                    Expr(aa.Value, scope);
                    break;
                case AnnAssign an:
                    if (an.Value is not null) Expr(an.Value, scope);
                    break;
            }
        }

        private void Exprs(List<ExprNode> es, Scope scope)
        {
            foreach (var e in es) Expr(e, scope);
        }

        private void Expr(ExprNode e, Scope scope)
        {
            switch (e)
            {
                case Yield or YieldFrom:
                    // symtable.c symtable_raise_if_... / compile.c: "'yield' outside function"
                    if (scope is Scope.Module or Scope.Class) errors.Add(Error(e, "'yield' outside function", "compiler"));
                    break;
                case Await a:
                    // compile.c compiler_visit_expr1: "'await' outside function" (module/class level)
                    if (scope is Scope.Module or Scope.Class) errors.Add(Error(a, "'await' outside function", "compiler"));
                    else if (scope == Scope.Function) errors.Add(Error(a, "'await' outside async function", "compiler"));
                    Expr(a.Value, scope);
                    return;
                case Lambda:
                    return; // a new (function) scope
            }
            foreach (var (_, v) in e.Fields())
            {
                if (v is ExprNode child) Expr(child, scope);
                else if (v is List<ExprNode> list) foreach (var c in list) if (c is not null) Expr(c, scope);
            }
        }
    }
}
