using Pyref.Bytecode;
using Pyref.Parser.Ast;
using AssertStmt = Pyref.Parser.Ast.Assert;
using Expr = Pyref.Parser.Ast.Expr;

namespace Pyref.Compiler.Tests.AstOptimizer;

/// <summary>
/// The constants of an optimized tree in the canonical text the co_consts oracle compares (shared by
/// AstOptimizerTests and the whole-stdlib mode of interpreter/Symtable/tools/SymtableTool, which links this file).
/// </summary>
public static class AstConstants
{
    /// <summary>Canonical repr of an AST constant value (tuples and frozensets of the optimizer included).</summary>
    public static string Canon(object v) => v switch
    {
        PyTuple t => "(" + string.Join(", ", t.Items.Select(Canon)) + (t.Count == 1 ? "," : "") + ")",
        PyFrozenSet s => s.Count == 0 ? "frozenset()" : "frozenset({" + string.Join(", ", s.Items.Select(Canon).Order(StringComparer.Ordinal)) + "})",
        // The Bytecode leaf's float repr is the shortest round-trip one (the Parser's relies on .NET's "R", which
        // misses at powers of two: 2.0**-25).
        double d => Pyref.Bytecode.PyRepr.Float(d),
        System.Numerics.Complex c => Pyref.Bytecode.PyRepr.ComplexRepr(c),
        _ => Pyref.Parser.Ast.PyRepr.Repr(v),
    };

    /// <summary>The constants of the optimized tree that the compiler turns into co_consts entries: constant
    /// expression statements, constant tests of if/while/assert/conditional expressions (and the branches they
    /// make dead) and variable annotations are left out, as compile.c and the CFG passes drop them.</summary>
    public static List<string> OurConstants(ModNode mod, bool futureAnnotations)
    {
        var list = new List<string>();
        void Walk(object? o)
        {
            switch (o)
            {
                case null: return;
                case Expr { Value: Constant }: return;
                case AnnAssign an: Walk(an.Target); Walk(an.Value); return;
                // Under `from __future__ import annotations` annotations are compiled as strings.
                case Arg when futureAnnotations: return;
                case FunctionDef f when futureAnnotations: Walk(f.Args); Walk(f.Body); Walk(f.DecoratorList); return;
                case AsyncFunctionDef f when futureAnnotations: Walk(f.Args); Walk(f.Body); Walk(f.DecoratorList); return;
                case If { Test: Constant t } i:
                    if (ConstTrue(t)) Walk(i.Body); else Walk(i.Orelse);
                    return;
                case While { Test: Constant t } w:
                    if (ConstTrue(t)) Walk(w.Body); else Walk(w.Orelse);
                    return;
                case IfExp { Test: Constant t } ie:
                    Walk(ConstTrue(t) ? ie.Body : ie.Orelse);
                    return;
                case AssertStmt { Test: Constant } a: Walk(a.Msg); return;
                case Constant c: list.Add(Canon(c.Value)); return;
                case Node n:
                    foreach (var (_, v) in n.Fields()) Walk(v);
                    return;
                case System.Collections.IEnumerable e when o is not string:
                    foreach (var x in e) Walk(x);
                    return;
            }
        }
        Walk(mod);
        return list;
    }

    private static bool ConstTrue(Constant c) => c.Value switch
    {
        bool b => b,
        System.Numerics.BigInteger i => !i.IsZero,
        double d => d != 0,
        string s => s.Length > 0,
        PyTuple t => t.Count > 0,
        Pyref.Parser.Ast.PyNone => false,
        _ => true,
    };
}
