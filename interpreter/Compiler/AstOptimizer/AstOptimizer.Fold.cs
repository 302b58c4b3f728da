using System.Numerics;
using Pyref.Bytecode;
using Pyref.Parser.Ast;
using Tuple = Pyref.Parser.Ast.Tuple;
using AstBytes = Pyref.Parser.Ast.PyBytes;
using ModOp = Pyref.Parser.Ast.Mod;

namespace Pyref.Compiler.AstOptimizer;

// The fold_* functions of Python/ast_opt.c (3.11) and the safe_* guards that keep folding cheap.
public static partial class AstOptimizer
{
    private sealed partial class State
    {
        // Python/ast_opt.c make_const: null (CPython: an exception, cleared) leaves the node as it was.
        private static ExprNode MakeConst(ExprNode node, object? value) =>
            value is null ? node : new Constant(value, null, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);

        // Python/ast_opt.c fold_unaryop.
        private static ExprNode FoldUnaryOp(UnaryOp node)
        {
            var arg = node.Operand;
            if (arg is not Constant c)
            {
                // Fold `not` into a single comparison whose operator has an exact negation. == / != and the
                // orderings are left alone (__ne__ may not be the negation of __eq__, sets use < for subsets).
                if (node.Op is Not && arg is Compare cmp && cmp.Ops.Count == 1)
                {
                    CmpopNode? op = cmp.Ops[0] switch
                    {
                        Is => new IsNot(),
                        IsNot => new Is(),
                        In => new NotIn(),
                        NotIn => new In(),
                        _ => null,
                    };
                    if (op is not null)
                    {
                        cmp.Ops[0] = op;
                        // COPY_NODE(node, arg): the comparison, with its own position, replaces the `not`.
                        return cmp;
                    }
                }
                return node;
            }
            object? v = node.Op switch
            {
                Invert => ConstantOps.Invert(c.Value),
                Not => ConstantOps.Not(c.Value),
                UAdd => ConstantOps.Positive(c.Value),
                USub => ConstantOps.Negative(c.Value),
                _ => null,
            };
            return MakeConst(node, v);
        }

        /// <summary>_PyLong_NumBits: bits of |v|.</summary>
        private static long NumBits(BigInteger v) => (long)BigInteger.Abs(v).GetBitLength();

        private static bool IsInt(object o) => o is BigInteger or bool;
        private static BigInteger AsInt(object o) => o is bool b ? (b ? BigInteger.One : BigInteger.Zero) : (BigInteger)o;
        private static bool IsStrOrBytes(object o) => o is string or PyStr or AstBytes;

        private static int Size(object o) => o switch
        {
            PyTuple t => t.Count,
            PyFrozenSet s => s.Count,
            string s => StrOps.Length(s),
            PyStr ps => ps.CodePoints.Length,
            AstBytes b => b.Data.Length,
            _ => 0,
        };

        /// <summary>PyLong_AsLong: null on OverflowError (ast_opt.c then sees -1 and gives up).</summary>
        private static long? AsLong(BigInteger v) => v >= long.MinValue && v <= long.MaxValue ? (long)v : null;

        // Python/ast_opt.c check_complexity: the items left of limit once nested tuples and frozensets are
        // counted (negative when over).
        private static long CheckComplexity(object obj, long limit)
        {
            if (obj is PyTuple t)
            {
                limit -= t.Count;
                for (int i = 0; limit >= 0 && i < t.Count; i++) limit = CheckComplexity(t.Items[i], limit);
            }
            else if (obj is PyFrozenSet fs)
            {
                limit -= fs.Count;
                for (int i = 0; limit >= 0 && i < fs.Count; i++) limit = CheckComplexity(fs.Items[i], limit);
            }
            return limit;
        }

        // Python/ast_opt.c safe_multiply.
        private static object? SafeMultiply(object v, object w)
        {
            if (IsInt(v) && IsInt(w) && !AsInt(v).IsZero && !AsInt(w).IsZero)
            {
                if (NumBits(AsInt(v)) + NumBits(AsInt(w)) > MaxIntSize) return null;
            }
            else if (IsInt(v) && w is PyTuple or PyFrozenSet)
            {
                long size = Size(w);
                if (size != 0)
                {
                    long? n = AsLong(AsInt(v));
                    if (n is null || n < 0 || n > MaxCollectionSize / size) return null;
                    if (n != 0 && CheckComplexity(w, MaxTotalItems / n.Value) < 0) return null;
                }
            }
            else if (IsInt(v) && IsStrOrBytes(w))
            {
                long size = Size(w);
                if (size != 0)
                {
                    long? n = AsLong(AsInt(v));
                    if (n is null || n < 0 || n > MaxStrSize / size) return null;
                }
            }
            else if (IsInt(w) && (v is PyTuple or PyFrozenSet || IsStrOrBytes(v)))
            {
                return SafeMultiply(w, v);
            }
            return ConstantOps.Multiply(v, w);
        }

        /// <summary>PyLong_AsSize_t: null for a negative or too large value.</summary>
        private static ulong? AsSizeT(BigInteger v) => v.Sign >= 0 && v <= ulong.MaxValue ? (ulong)v : null;

        // Python/ast_opt.c safe_power.
        private static object? SafePower(object v, object w)
        {
            if (IsInt(v) && IsInt(w) && !AsInt(v).IsZero && AsInt(w).Sign > 0)
            {
                ulong vbits = (ulong)NumBits(AsInt(v));
                ulong? wbits = AsSizeT(AsInt(w));
                if (wbits is null) return null;
                if (vbits > MaxIntSize / wbits.Value) return null;
            }
            return ConstantOps.Power(v, w);
        }

        // Python/ast_opt.c safe_lshift.
        private static object? SafeLShift(object v, object w)
        {
            if (IsInt(v) && IsInt(w) && !AsInt(v).IsZero && !AsInt(w).IsZero)
            {
                ulong vbits = (ulong)NumBits(AsInt(v));
                ulong? wbits = AsSizeT(AsInt(w));
                if (wbits is null) return null;
                if (wbits > MaxIntSize || vbits > MaxIntSize - wbits.Value) return null;
            }
            return ConstantOps.LShift(v, w);
        }

        // Python/ast_opt.c safe_mod: str and bytes formatting is never folded.
        private static object? SafeMod(object v, object w) => IsStrOrBytes(v) ? null : ConstantOps.Remainder(v, w);

        // Python/ast_opt.c fold_binop (3.11).
        private static ExprNode FoldBinOp(BinOp node)
        {
            if (node.Left is not Constant lhs) return node;
            object lv = lhs.Value;
            if (node.Op is ModOp && node.Right is Tuple t && lv is string or PyStr && !t.Elts.Any(x => x is Starred))
                return OptimizeFormat(node, lv is string s ? StrOps.CodePoints(s) : ((PyStr)lv).CodePoints, t.Elts);
            if (node.Right is not Constant rhs) return node;
            object rv = rhs.Value;
            object? newval = node.Op switch
            {
                Add => ConstantOps.Add(lv, rv),
                Sub => ConstantOps.Subtract(lv, rv),
                Mult => SafeMultiply(lv, rv),
                Div => ConstantOps.TrueDivide(lv, rv),
                FloorDiv => ConstantOps.FloorDivide(lv, rv),
                ModOp => SafeMod(lv, rv),
                Pow => SafePower(lv, rv),
                LShift => SafeLShift(lv, rv),
                RShift => ConstantOps.RShift(lv, rv),
                BitOr => ConstantOps.BitOp(lv, rv, '|'),
                BitXor => ConstantOps.BitOp(lv, rv, '^'),
                BitAnd => ConstantOps.BitOp(lv, rv, '&'),
                _ => null, // MatMult: no constant implements it
            };
            return MakeConst(node, newval);
        }

        // Python/ast_opt.c make_const_tuple: null unless every element is a constant.
        private static PyTuple? MakeConstTuple(List<ExprNode> elts)
        {
            var items = new object[elts.Count];
            for (int i = 0; i < elts.Count; i++)
            {
                if (elts[i] is not Constant c) return null;
                items[i] = c.Value;
            }
            return new PyTuple(items);
        }

        // Python/ast_opt.c fold_tuple.
        private static ExprNode FoldTuple(Tuple node) =>
            node.Ctx is not Load ? node : MakeConst(node, MakeConstTuple(node.Elts));

        // Python/ast_opt.c fold_subscr.
        private static ExprNode FoldSubscr(Subscript node)
        {
            if (node.Ctx is not Load || node.Value is not Constant arg || node.Slice is not Constant idx) return node;
            return MakeConst(node, ConstantOps.GetItem(arg.Value, idx.Value));
        }

        /// <summary>PyFrozenSet_New(tuple): items in order, an item equal to an earlier one dropped.</summary>
        private static PyFrozenSet MakeFrozenSet(PyTuple t)
        {
            var items = new List<object>(t.Count);
            foreach (var x in t.Items)
                if (!items.Any(y => ConstantOps.PyEquals(y, x))) items.Add(x);
            return new PyFrozenSet(items.ToArray());
        }

        // Python/ast_opt.c fold_iter: a list display iterated or tested with `in` becomes a tuple (constant when
        // every element is), a set display of constants a frozenset.
        private static ExprNode FoldIter(ExprNode arg)
        {
            if (arg is List list)
            {
                if (list.Elts.Any(x => x is Starred)) return arg;
                var tuple = new Tuple(list.Elts, list.Ctx, list.Lineno, list.ColOffset, list.EndLineno, list.EndColOffset);
                return MakeConst(tuple, MakeConstTuple(list.Elts));
            }
            if (arg is Set set)
            {
                var t = MakeConstTuple(set.Elts);
                return MakeConst(arg, t is null ? null : MakeFrozenSet(t));
            }
            return arg;
        }

        // Python/ast_opt.c fold_compare: only the last comparator of `in` / `not in`.
        private static void FoldCompare(Compare node)
        {
            int i = node.Ops.Count - 1;
            if (node.Ops[i] is In or NotIn) node.Comparators[i] = FoldIter(node.Comparators[i]);
        }
    }
}
