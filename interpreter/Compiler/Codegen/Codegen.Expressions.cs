using System.Numerics;
using Pyref.Bytecode;
using Pyref.Compiler.Flowgraph;
using Pyref.Parser.Ast;
using Pyref.Symtable;
using PyNone = Pyref.Bytecode.PyNone;
using AstBytes = Pyref.Parser.Ast.PyBytes;
using AstEllipsis = Pyref.Parser.Ast.PyEllipsis;
using AstNone = Pyref.Parser.Ast.PyNone;
using AstStr = Pyref.Parser.Ast.PyStr;
using PyBytes = Pyref.Bytecode.PyBytes;
using PyEllipsis = Pyref.Bytecode.PyEllipsis;

using Attribute = Pyref.Parser.Ast.Attribute;
using Tuple = Pyref.Parser.Ast.Tuple;
using PyRepr = Pyref.Bytecode.PyRepr;
using PyTuple = Pyref.Bytecode.PyTuple;

namespace Pyref.Compiler.Codegen;

public sealed partial class Codegen
{
    /// <summary>compiler_visit_expr: the expression's location for its instructions, restored afterwards.</summary>
    private void VisitExpr(ExprNode e)
    {
        CheckStack();
        var old = _u.Loc;
        SetLoc(e);
        VisitExpr1(e);
        _u.Loc = old;
    }

    /// <summary>compiler_visit_expr1.</summary>
    private void VisitExpr1(ExprNode e)
    {
        switch (e)
        {
            // The commonest kinds first (a type switch tests the cases in order); the others in compile.c's order.
            case Name n: NameOp(n.Id, CtxOf(n.Ctx)); break;
            case Constant k: LoadConst(ConvertConstant(k.Value)); break;
            case Call call: CompilerCall(call); break;
            case NamedExpr ne:
                VisitExpr(ne.Value);
                AddOpI(Op311.COPY, 1);
                VisitExpr(ne.Target);
                break;
            case BoolOp b: CompilerBoolOp(b); break;
            case BinOp b:
                VisitExpr(b.Left);
                VisitExpr(b.Right);
                AddOpI(Op311.BINARY_OP, BinaryOpArg(b.Op, false));
                break;
            case UnaryOp u:
                VisitExpr(u.Operand);
                AddOp(u.Op switch
                {
                    Invert => Op311.UNARY_INVERT,
                    Not => Op311.UNARY_NOT,
                    UAdd => Op311.UNARY_POSITIVE,
                    USub => Op311.UNARY_NEGATIVE,
                    _ => throw new InvalidOperationException($"unary op {u.Op.TypeName} should not be possible"),
                });
                break;
            case Lambda l: CompilerLambda(l); break;
            case IfExp ie: CompilerIfExp(ie); break;
            case Dict d: CompilerDict(d); break;
            case Set s: StarUnpackHelper(s.Elts, 0, Op311.BUILD_SET, Op311.SET_ADD, Op311.SET_UPDATE, false); break;
            case GeneratorExp g: CompilerComprehension(e, ComprehensionKind.GenExp, "<genexpr>", g.Generators, g.Elt, null); break;
            case ListComp lc: CompilerComprehension(e, ComprehensionKind.ListComp, "<listcomp>", lc.Generators, lc.Elt, null); break;
            case SetComp sc: CompilerComprehension(e, ComprehensionKind.SetComp, "<setcomp>", sc.Generators, sc.Elt, null); break;
            case DictComp dc: CompilerComprehension(e, ComprehensionKind.DictComp, "<dictcomp>", dc.Generators, dc.Key, dc.Value); break;
            case Yield y:
                if (_u.Ste.Type != BlockType.Function) throw Error("'yield' outside function");
                if (y.Value is not null) VisitExpr(y.Value);
                else LoadConst(PyNone.Value);
                AddOpYield();
                break;
            case YieldFrom yf:
                if (_u.Ste.Type != BlockType.Function) throw Error("'yield' outside function");
                if (_u.ScopeType == CompilerScope.AsyncFunction) throw Error("'yield from' inside async function");
                VisitExpr(yf.Value);
                AddOp(Op311.GET_YIELD_FROM_ITER);
                LoadConst(PyNone.Value);
                AddYieldFrom(false);
                break;
            case Await aw:
                if (!IsTopLevelAwait)
                {
                    if (_u.Ste.Type != BlockType.Function) throw Error("'await' outside function");
                    if (_u.ScopeType != CompilerScope.AsyncFunction && _u.ScopeType != CompilerScope.Comprehension)
                        throw Error("'await' outside async function");
                }
                VisitExpr(aw.Value);
                Await(0);
                break;
            case Compare c: CompilerCompare(c); break;
            case JoinedStr js: CompilerJoinedStr(js); break;
            case FormattedValue fv: CompilerFormattedValue(fv); break;
            case Attribute a:
                VisitExpr(a.Value);
                UpdateStartLocationToMatchAttr(a);
                switch (CtxOf(a.Ctx))
                {
                    case ExprCtx.Load: AddOpName(Op311.LOAD_ATTR, a.Attr); break;
                    case ExprCtx.Store:
                        ForbiddenName(a.Attr, ExprCtx.Store);
                        AddOpName(Op311.STORE_ATTR, a.Attr);
                        break;
                    default: AddOpName(Op311.DELETE_ATTR, a.Attr); break;
                }
                break;
            case Subscript s: CompilerSubscript(s); break;
            case Starred st:
                if (CtxOf(st.Ctx) == ExprCtx.Store) throw Error("starred assignment target must be in a list or tuple");
                throw Error("can't use starred expression here");
            case Slice sl: CompilerSlice(sl); break;
            case List l:
                switch (CtxOf(l.Ctx))
                {
                    case ExprCtx.Store: AssignmentHelper(l.Elts); break;
                    case ExprCtx.Load: StarUnpackHelper(l.Elts, 0, Op311.BUILD_LIST, Op311.LIST_APPEND, Op311.LIST_EXTEND, false); break;
                    default: foreach (var x in l.Elts) VisitExpr(x); break;
                }
                break;
            case Tuple t:
                switch (CtxOf(t.Ctx))
                {
                    case ExprCtx.Store: AssignmentHelper(t.Elts); break;
                    case ExprCtx.Load: StarUnpackHelper(t.Elts, 0, Op311.BUILD_LIST, Op311.LIST_APPEND, Op311.LIST_EXTEND, true); break;
                    default: foreach (var x in t.Elts) VisitExpr(x); break;
                }
                break;
            default:
                throw new InvalidOperationException($"unknown expression {e.TypeName}");
        }
    }

    /// <summary>addop_binary: the BINARY_OP oparg (NB_*) of an operator.</summary>
    private static int BinaryOpArg(OperatorNode op, bool inplace)
    {
        int b = op switch
        {
            Add => BinaryOp311.NB_ADD,
            Sub => BinaryOp311.NB_SUBTRACT,
            Mult => BinaryOp311.NB_MULTIPLY,
            MatMult => BinaryOp311.NB_MATRIX_MULTIPLY,
            Div => BinaryOp311.NB_TRUE_DIVIDE,
            Mod => BinaryOp311.NB_REMAINDER,
            Pow => BinaryOp311.NB_POWER,
            LShift => BinaryOp311.NB_LSHIFT,
            RShift => BinaryOp311.NB_RSHIFT,
            BitOr => BinaryOp311.NB_OR,
            BitXor => BinaryOp311.NB_XOR,
            BitAnd => BinaryOp311.NB_AND,
            FloorDiv => BinaryOp311.NB_FLOOR_DIVIDE,
            _ => throw new InvalidOperationException($"binary op {op.TypeName} should not be possible"),
        };
        // The NB_INPLACE_* values follow the binary ones in the same order.
        return inplace ? b + BinaryOp311.NB_INPLACE_ADD : b;
    }

    /// <summary>addop_yield.</summary>
    private void AddOpYield()
    {
        if (_u.Ste.Generator && _u.Ste.Coroutine) AddOp(Op311.ASYNC_GEN_WRAP);
        AddOp(Op311.YIELD_VALUE);
        AddOpI(Op311.RESUME, 1);
    }

    /// <summary>update_start_location_to_match_attr: a multi-line attribute access points at the attribute name.</summary>
    private void UpdateStartLocationToMatchAttr(Attribute attr)
    {
        var loc = _u.Loc;
        if (loc.Lineno == attr.EndLineno) return;
        int lineno = attr.EndLineno, col = loc.ColOffset, endLineno = loc.EndLineno, endCol = loc.EndColOffset;
        // PyUnicode_GET_LENGTH: code points, compared with a UTF-8 byte column as CPython does.
        int len = CodePointLength(attr.Attr);
        if (len <= attr.EndColOffset) col = attr.EndColOffset - len;
        else
        {
            col = -1;
            endCol = -1;
        }
        endLineno = Math.Max(lineno, endLineno);
        if (lineno == endLineno) endCol = Math.Max(col, endCol);
        _u.Loc = new Location(lineno, endLineno, col, endCol);
    }

    private static int CodePointLength(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            n++;
        }
        return n;
    }

    // ------------------------------------------------------------------ boolean operators, comparisons, jumps

    /// <summary>compiler_boolop.</summary>
    private void CompilerBoolOp(BoolOp e)
    {
        int jumpi = e.Op is And ? Op311.JUMP_IF_FALSE_OR_POP : Op311.JUMP_IF_TRUE_OR_POP;
        var end = NewBlock();
        var s = e.Values;
        int n = s.Count - 1;
        for (int i = 0; i < n; i++)
        {
            VisitExpr(s[i]);
            AddOpJ(jumpi, end);
            UseNextBlock(NewBlock());
        }
        VisitExpr(s[n]);
        UseNextBlock(end);
    }

    /// <summary>check_is_arg: false for constants other than None, True, False and Ellipsis.</summary>
    private static bool CheckIsArg(ExprNode e) =>
        e is not Constant c || c.Value is Pyref.Parser.Ast.PyNone or bool or Pyref.Parser.Ast.PyEllipsis;

    /// <summary>check_compare: the "is" with a literal SyntaxWarning.</summary>
    private void CheckCompare(Compare e)
    {
        bool left = CheckIsArg(e.Left);
        for (int i = 0; i < e.Ops.Count; i++)
        {
            bool right = CheckIsArg(e.Comparators[i]);
            if (e.Ops[i] is Is or IsNot && (!right || !left))
            {
                Warn(e.Ops[i] is Is ? "\"is\" with a literal. Did you mean \"==\"?" : "\"is not\" with a literal. Did you mean \"!=\"?");
                return;
            }
            left = right;
        }
    }

    /// <summary>compiler_addcompare.</summary>
    private void AddCompare(CmpopNode op)
    {
        switch (op)
        {
            case Eq: AddOpI(Op311.COMPARE_OP, CompareOp.Eq); break;
            case NotEq: AddOpI(Op311.COMPARE_OP, CompareOp.Ne); break;
            case Lt: AddOpI(Op311.COMPARE_OP, CompareOp.Lt); break;
            case LtE: AddOpI(Op311.COMPARE_OP, CompareOp.Le); break;
            case Gt: AddOpI(Op311.COMPARE_OP, CompareOp.Gt); break;
            case GtE: AddOpI(Op311.COMPARE_OP, CompareOp.Ge); break;
            case Is: AddOpI(Op311.IS_OP, 0); break;
            case IsNot: AddOpI(Op311.IS_OP, 1); break;
            case In: AddOpI(Op311.CONTAINS_OP, 0); break;
            case NotIn: AddOpI(Op311.CONTAINS_OP, 1); break;
            default: throw new InvalidOperationException($"compare op {op.TypeName}");
        }
    }

    /// <summary>compiler_jump_if: jumps to next when the truth of e equals cond, with 3.11's rules for not, and/or,
    /// conditional expressions and comparison chains.</summary>
    private void JumpIf(ExprNode e, BasicBlock next, bool cond)
    {
        switch (e)
        {
            case UnaryOp { Op: Not } u:
                JumpIf(u.Operand, next, !cond);
                return;
            case BoolOp b:
                {
                    var s = b.Values;
                    int n = s.Count - 1;
                    bool cond2 = b.Op is Or;
                    var next2 = next;
                    if (cond2 != cond) next2 = NewBlock();
                    for (int i = 0; i < n; i++) JumpIf(s[i], next2, cond2);
                    JumpIf(s[n], next, cond);
                    if (next2 != next) UseNextBlock(next2);
                    return;
                }
            case IfExp ie:
                {
                    var end = NewBlock();
                    var next2 = NewBlock();
                    JumpIf(ie.Test, next2, false);
                    JumpIf(ie.Body, next, cond);
                    AddOpJNoLine(Op311.JUMP, end);
                    UseNextBlock(next2);
                    JumpIf(ie.Orelse, next, cond);
                    UseNextBlock(end);
                    return;
                }
            case Compare c:
                {
                    SetLoc(c);
                    int n = c.Ops.Count - 1;
                    if (n > 0)
                    {
                        CheckCompare(c);
                        var cleanup = NewBlock();
                        VisitExpr(c.Left);
                        for (int i = 0; i < n; i++)
                        {
                            VisitExpr(c.Comparators[i]);
                            AddOpI(Op311.SWAP, 2);
                            AddOpI(Op311.COPY, 2);
                            AddCompare(c.Ops[i]);
                            AddOpJ(Op311.POP_JUMP_IF_FALSE, cleanup);
                        }
                        VisitExpr(c.Comparators[n]);
                        AddCompare(c.Ops[n]);
                        AddOpJ(cond ? Op311.POP_JUMP_IF_TRUE : Op311.POP_JUMP_IF_FALSE, next);
                        var end = NewBlock();
                        AddOpJNoLine(Op311.JUMP, end);
                        UseNextBlock(cleanup);
                        AddOp(Op311.POP_TOP);
                        if (!cond) AddOpJNoLine(Op311.JUMP, next);
                        UseNextBlock(end);
                        return;
                    }
                    break;
                }
        }
        VisitExpr(e);
        AddOpJ(cond ? Op311.POP_JUMP_IF_TRUE : Op311.POP_JUMP_IF_FALSE, next);
    }

    /// <summary>compiler_ifexp.</summary>
    private void CompilerIfExp(IfExp e)
    {
        var end = NewBlock();
        var next = NewBlock();
        JumpIf(e.Test, next, false);
        VisitExpr(e.Body);
        AddOpJNoLine(Op311.JUMP, end);
        UseNextBlock(next);
        VisitExpr(e.Orelse);
        UseNextBlock(end);
    }

    /// <summary>compiler_compare.</summary>
    private void CompilerCompare(Compare e)
    {
        CheckCompare(e);
        VisitExpr(e.Left);
        int n = e.Ops.Count - 1;
        if (n == 0)
        {
            VisitExpr(e.Comparators[0]);
            AddCompare(e.Ops[0]);
            return;
        }
        var cleanup = NewBlock();
        for (int i = 0; i < n; i++)
        {
            VisitExpr(e.Comparators[i]);
            AddOpI(Op311.SWAP, 2);
            AddOpI(Op311.COPY, 2);
            AddCompare(e.Ops[i]);
            AddOpJ(Op311.JUMP_IF_FALSE_OR_POP, cleanup);
        }
        VisitExpr(e.Comparators[n]);
        AddCompare(e.Ops[n]);
        var end = NewBlock();
        AddOpJNoLine(Op311.JUMP, end);
        UseNextBlock(cleanup);
        AddOpI(Op311.SWAP, 2);
        AddOp(Op311.POP_TOP);
        UseNextBlock(end);
    }

    // ------------------------------------------------------------------ lambda

    /// <summary>compiler_lambda.</summary>
    private void CompilerLambda(Lambda e)
    {
        var args = e.Args;
        CheckDebugArgs(args);
        int funcflags = DefaultArguments(args);
        EnterScope("<lambda>", CompilerScope.Lambda, e, e.Lineno);
        // None first, so a lambda cannot have a docstring.
        AddConst(PyNone.Value);
        _u.U.ArgCount = args.Args.Count;
        _u.U.PosOnlyArgCount = args.Posonlyargs.Count;
        _u.U.KwOnlyArgCount = args.Kwonlyargs.Count;
        VisitExpr(e.Body);
        CodeObject co;
        if (_u.Ste.Generator) co = Assemble(false);
        else
        {
            AddOp(Op311.RETURN_VALUE);
            co = Assemble(true);
        }
        ExitScope();
        MakeClosure(co, funcflags);
    }

    // ------------------------------------------------------------------ displays

    private static bool AreAllItemsConst(List<ExprNode> seq, int begin, int end)
    {
        for (int i = begin; i < end; i++)
            if (seq[i] is not Constant) return false;
        return true;
    }

    /// <summary>starunpack_helper: lists, tuples, sets and positional call arguments, with constant folding into
    /// BUILD_* + *_EXTEND of a constant tuple and the big-display path.</summary>
    private void StarUnpackHelper(List<ExprNode> elts, int pushed, int build, int add, int extend, bool tuple)
    {
        int n = elts.Count;
        if (n > 2 && AreAllItemsConst(elts, 0, n))
        {
            var items = new object[n];
            for (int i = 0; i < n; i++) items[i] = ConvertConstant(((Constant)elts[i]).Value);
            if (tuple && pushed == 0)
            {
                LoadConst(new PyTuple(items));
            }
            else
            {
                object folded = add == Op311.SET_ADD ? new PyFrozenSet(DistinctConstants(items)) : new PyTuple(items);
                AddOpI(build, pushed);
                LoadConst(folded);
                AddOpI(extend, 1);
                if (tuple) AddOp(Op311.LIST_TO_TUPLE);
            }
            return;
        }
        bool big = n + pushed > StackUseGuideline;
        bool seenStar = elts.Exists(x => x is Starred);
        if (!seenStar && !big)
        {
            foreach (var elt in elts) VisitExpr(elt);
            AddOpI(tuple ? Op311.BUILD_TUPLE : build, n + pushed);
            return;
        }
        bool sequenceBuilt = false;
        if (big)
        {
            AddOpI(build, pushed);
            sequenceBuilt = true;
        }
        for (int i = 0; i < n; i++)
        {
            var elt = elts[i];
            if (elt is Starred st)
            {
                if (!sequenceBuilt)
                {
                    AddOpI(build, i + pushed);
                    sequenceBuilt = true;
                }
                VisitExpr(st.Value);
                AddOpI(extend, 1);
            }
            else
            {
                VisitExpr(elt);
                if (sequenceBuilt) AddOpI(add, 1);
            }
        }
        if (tuple) AddOp(Op311.LIST_TO_TUPLE);
    }

    /// <summary>PyFrozenSet_New semantics: the first of equal items (by Python equality: 1 == 1.0 == True) is kept.</summary>
    private static object[] DistinctConstants(object[] items)
    {
        var result = new List<object>();
        foreach (var item in items)
            if (!result.Any(r => PyEquals(r, item))) result.Add(item);
        return result.ToArray();
    }

    /// <summary>Python == between constants, for set membership (numbers compare across int, bool, float, complex).</summary>
    internal static bool PyEquals(object a, object b)
    {
        if (TryNumeric(a, out var ca) && TryNumeric(b, out var cb)) return ca == cb;
        if (a is PyTuple ta && b is PyTuple tb)
        {
            if (ta.Count != tb.Count) return false;
            for (int i = 0; i < ta.Count; i++)
                if (!PyEquals(ta[i], tb[i])) return false;
            return true;
        }
        if (a is PyFrozenSet fa && b is PyFrozenSet fb)
            return fa.Count == fb.Count && fa.Items.All(x => fb.Items.Any(y => PyEquals(x, y)));
        return ConstantKey.ConstEquals(a, b);
    }

    private static bool TryNumeric(object o, out Complex value)
    {
        switch (o)
        {
            case bool b: value = b ? 1 : 0; return true;
            case BigInteger i: value = (Complex)(double)i; return i.GetBitLength() <= 53;
            case double d: value = d; return true;
            case Complex c: value = c; return true;
            default: value = default; return false;
        }
    }

    /// <summary>unpack_helper.</summary>
    private void UnpackHelper(List<ExprNode> elts)
    {
        int n = elts.Count;
        bool seenStar = false;
        for (int i = 0; i < n; i++)
        {
            var elt = elts[i];
            if (elt is Starred && !seenStar)
            {
                if (i >= (1 << 8) || n - i - 1 >= (int.MaxValue >> 8))
                    throw Error("too many expressions in star-unpacking assignment");
                AddOpI(Op311.UNPACK_EX, i + ((n - i - 1) << 8));
                seenStar = true;
            }
            else if (elt is Starred)
            {
                throw Error("multiple starred expressions in assignment");
            }
        }
        if (!seenStar) AddOpI(Op311.UNPACK_SEQUENCE, n);
    }

    /// <summary>assignment_helper.</summary>
    private void AssignmentHelper(List<ExprNode> elts)
    {
        UnpackHelper(elts);
        foreach (var elt in elts) VisitExpr(elt is Starred st ? st.Value : elt);
    }

    /// <summary>compiler_subdict.</summary>
    private void CompilerSubdict(Dict e, int begin, int end)
    {
        int n = end - begin;
        bool big = n * 2 > StackUseGuideline;
        if (n > 1 && !big && AreAllItemsConst(e.Keys, begin, end))
        {
            for (int i = begin; i < end; i++) VisitExpr(e.Values[i]);
            var keys = new object[n];
            for (int i = begin; i < end; i++) keys[i - begin] = ConvertConstant(((Constant)e.Keys[i]).Value);
            LoadConst(new PyTuple(keys));
            AddOpI(Op311.BUILD_CONST_KEY_MAP, n);
            return;
        }
        if (big) AddOpI(Op311.BUILD_MAP, 0);
        for (int i = begin; i < end; i++)
        {
            VisitExpr(e.Keys[i]);
            VisitExpr(e.Values[i]);
            if (big) AddOpI(Op311.MAP_ADD, 1);
        }
        if (!big) AddOpI(Op311.BUILD_MAP, n);
    }

    /// <summary>compiler_dict.</summary>
    private void CompilerDict(Dict e)
    {
        int n = e.Values.Count;
        bool haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++)
        {
            bool isUnpacking = e.Keys[i] is null;
            if (isUnpacking)
            {
                if (elements > 0)
                {
                    CompilerSubdict(e, i - elements, i);
                    if (haveDict) AddOpI(Op311.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict)
                {
                    AddOpI(Op311.BUILD_MAP, 0);
                    haveDict = true;
                }
                VisitExpr(e.Values[i]);
                AddOpI(Op311.DICT_UPDATE, 1);
            }
            else
            {
                if (elements * 2 > StackUseGuideline)
                {
                    CompilerSubdict(e, i - elements, i + 1);
                    if (haveDict) AddOpI(Op311.DICT_UPDATE, 1);
                    haveDict = true;
                    elements = 0;
                }
                else elements++;
            }
        }
        if (elements > 0)
        {
            CompilerSubdict(e, n - elements, n);
            if (haveDict) AddOpI(Op311.DICT_UPDATE, 1);
            haveDict = true;
        }
        if (!haveDict) AddOpI(Op311.BUILD_MAP, 0);
    }

    // ------------------------------------------------------------------ subscripts, slices, f-strings

    /// <summary>compiler_subscript.</summary>
    private void CompilerSubscript(Subscript e)
    {
        var ctx = CtxOf(e.Ctx);
        int op = ctx switch
        {
            ExprCtx.Load => Op311.BINARY_SUBSCR,
            ExprCtx.Store => Op311.STORE_SUBSCR,
            _ => Op311.DELETE_SUBSCR,
        };
        if (ctx == ExprCtx.Load)
        {
            CheckSubscripter(e.Value);
            CheckIndex(e.Value, e.Slice);
        }
        VisitExpr(e.Value);
        VisitExpr(e.Slice);
        AddOp(op);
    }

    /// <summary>check_subscripter: the "object is not subscriptable" SyntaxWarning.</summary>
    private void CheckSubscripter(ExprNode e)
    {
        if (e is Constant c)
        {
            var v = c.Value;
            if (!(v is AstNone or PyNone or AstEllipsis or PyEllipsis or int or long or System.Numerics.BigInteger
                  or double or System.Numerics.Complex or PyFrozenSet) || v is bool)
                return;
        }
        else if (e is not (Set or SetComp or GeneratorExp or Lambda)) return;
        Warn($"'{InferType(e)}' object is not subscriptable; perhaps you missed a comma?");
    }

    /// <summary>check_index: the "indices must be integers or slices" SyntaxWarning.</summary>
    private void CheckIndex(ExprNode e, ExprNode s)
    {
        var indexType = InferType(s);
        if (indexType == null || indexType is "int" or "bool" || s is Slice) return;
        if (e is Constant c)
        {
            if (c.Value is not (AstStr or string or AstBytes or PyBytes or PyTuple or object[])) return;
        }
        else if (e is not (Tuple or List or ListComp or JoinedStr or FormattedValue)) return;
        Warn($"{InferType(e)} indices must be integers or slices, not {indexType}; perhaps you missed a comma?");
    }

    /// <summary>compiler_slice.</summary>
    private void CompilerSlice(Slice s)
    {
        int n = 2;
        if (s.Lower is not null) VisitExpr(s.Lower);
        else LoadConst(PyNone.Value);
        if (s.Upper is not null) VisitExpr(s.Upper);
        else LoadConst(PyNone.Value);
        if (s.Step is not null)
        {
            n++;
            VisitExpr(s.Step);
        }
        AddOpI(Op311.BUILD_SLICE, n);
    }

    /// <summary>compiler_joined_str.</summary>
    private void CompilerJoinedStr(JoinedStr e)
    {
        int count = e.Values.Count;
        if (count > StackUseGuideline)
        {
            LoadConst("");
            AddOpName(Op311.LOAD_METHOD, "join");
            AddOpI(Op311.BUILD_LIST, 0);
            foreach (var v in e.Values)
            {
                VisitExpr(v);
                AddOpI(Op311.LIST_APPEND, 1);
            }
            AddOpI(Op311.PRECALL, 1);
            AddOpI(Op311.CALL, 1);
            return;
        }
        foreach (var v in e.Values) VisitExpr(v);
        if (count != 1) AddOpI(Op311.BUILD_STRING, count);
    }

    /// <summary>compiler_formatted_value: FORMAT_VALUE with the conversion (FVC_*) and FVS_HAVE_SPEC bits.</summary>
    private void CompilerFormattedValue(FormattedValue e)
    {
        VisitExpr(e.Value);
        int oparg = e.Conversion switch
        {
            's' => 1,
            'r' => 2,
            'a' => 3,
            -1 => 0,
            _ => throw new InvalidOperationException($"Unrecognized conversion character {e.Conversion}"),
        };
        if (e.FormatSpec is not null)
        {
            VisitExpr(e.FormatSpec);
            oparg |= 4;
        }
        AddOpI(Op311.FORMAT_VALUE, oparg);
    }
}
