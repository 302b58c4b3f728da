using Pyref.Parser.Ast;
using Pyref.Tokenizer;
using static Pyref.Tokenizer.TokenType;

namespace Pyref.Parser;

/// <summary>The expression rules of python.gram (3.11), one method per rule.</summary>
internal sealed partial class PegParser
{
    /// <summary>
    /// Memo slot ids of the memoised rules, dense and the busiest first: a token's slots are RuleSlots consecutive
    /// entries, so the ones nearly every expression touches share a cache line.
    /// </summary>
    private static class R
    {
        public const int Expression = 0, Disjunction = 1, BitwiseOr = 2, TPrimary = 3, StarTarget = 4,
            TargetWithStarAtom = 5, StarExpression = 6, SimpleStmt = 7, Arguments = 8, Strings = 9, Slices = 10,
            Block = 11, DelTarget = 12, ClosedPattern = 13, StarPattern = 14;
        public const int Count = 15;
    }

    /// <summary>The levels of <see cref="BinaryChain"/>, tightest last (level + 1 is the operand's level).</summary>
    private static class Level
    {
        public const int BitwiseOr = 0, BitwiseXor = 1, BitwiseAnd = 2, ShiftExpr = 3, Sum = 4, Term = 5;
    }

    private static readonly Load LoadCtx = Load.Instance;

    // python.gram: expressions
    private ExprNode? Expressions()
    {
        Enter();
        try
        {
            int start = _mark;
            var a = Expression();
            if (a is null) return null;
            if (!Check(COMMA)) return a;
            var elts = new List<ExprNode> { a };
            while (true)
            {
                int m = _mark;
                if (!Accept(COMMA)) break;
                var b = Expression();
                if (b is null) { _mark = m; Accept(COMMA); break; }
                elts.Add(b);
            }
            return new Tuple(elts, LoadCtx, Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: expression (memo)
    private ExprNode? Expression()
    {
        if (TryMemo(R.Expression, out var memo)) return (ExprNode?)memo;
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            if (_callInvalidRules)
            {
                InvalidExpression();
                _mark = start;
                InvalidLegacyExpression();
                _mark = start;
            }
            var a = Disjunction();
            if (a is not null)
            {
                int afterA = _mark;
                if (AcceptKeyword("if"))
                {
                    var b = Disjunction();
                    if (b is not null && AcceptKeyword("else"))
                    {
                        var c = Expression();
                        if (c is not null)
                        {
                            result = new IfExp(b, a, c, Extra(start));
                            return result;
                        }
                    }
                }
                _mark = afterA;
                result = a;
                return result;
            }
            _mark = start;
            result = Lambdef();
            if (result is null) _mark = start;
            return result;
        }
        finally
        {
            Memo(start, R.Expression, result);
            Leave();
        }
    }

    // python.gram: yield_expr
    private ExprNode? YieldExpr()
    {
        Enter();
        try
        {
            int start = _mark;
            if (!AcceptKeyword("yield")) return null;
            int m = _mark;
            if (AcceptKeyword("from"))
            {
                var a = Expression();
                if (a is not null) return new YieldFrom(a, Extra(start));
                _mark = m;
            }
            var v = StarExpressions();
            if (v is null) _mark = m;
            return new Yield(v, Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: star_expressions
    private ExprNode? StarExpressions()
    {
        Enter();
        try
        {
            int start = _mark;
            var a = StarExpression();
            if (a is null) return null;
            if (!Check(COMMA)) return a;
            var elts = new List<ExprNode> { a };
            while (true)
            {
                int m = _mark;
                if (!Accept(COMMA)) break;
                var b = StarExpression();
                if (b is null) { _mark = m; Accept(COMMA); break; }
                elts.Add(b);
            }
            return new Tuple(elts, LoadCtx, Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: star_expression (memo)
    private ExprNode? StarExpression()
    {
        if (TryMemo(R.StarExpression, out var memo)) return (ExprNode?)memo;
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            if (Accept(STAR))
            {
                var a = BitwiseOr();
                if (a is not null) return result = new Starred(a, LoadCtx, Extra(start));
                _mark = start;
            }
            result = Expression();
            if (result is null) _mark = start;
            return result;
        }
        finally { Memo(start, R.StarExpression, result); Leave(); }
    }

    // python.gram: star_named_expressions
    private List<ExprNode>? StarNamedExpressions()
    {
        Enter();
        try
        {
            var first = StarNamedExpression();
            if (first is null) return null;
            var list = new List<ExprNode> { first };
            while (true)
            {
                int m = _mark;
                if (!Accept(COMMA)) break;
                var b = StarNamedExpression();
                if (b is null) { _mark = m; break; }
                list.Add(b);
            }
            Accept(COMMA);
            return list;
        }
        finally { Leave(); }
    }

    // python.gram: star_named_expression
    private ExprNode? StarNamedExpression()
    {
        Enter();
        try
        {
            int start = _mark;
            if (Accept(STAR))
            {
                var a = BitwiseOr();
                if (a is not null) return new Starred(a, LoadCtx, Extra(start));
                _mark = start;
            }
            var r = NamedExpression();
            if (r is null) _mark = start;
            return r;
        }
        finally { Leave(); }
    }

    // python.gram: assignment_expression: NAME ':=' ~ expression
    private ExprNode? AssignmentExpression()
    {
        Enter();
        try
        {
            // Called for nearly every argument and condition: the NAME is read in place (no Token? copy) and only
            // becomes a node once ':=' and the value are there.
            int start = _mark;
            if (CurType != NAME || _isKeyword[start]) return null;
            _mark++;
            if (!Accept(COLONEQUAL)) { _mark = start; return null; }
            var b = Expression();
            if (b is null) { _mark = start; return null; } // cut: the caller's alternatives are not tried
            ref readonly var n = ref _tokens[start];
            var target = new Name(Identifier(n.Text), Store.Instance, TokPos(in n));
            return new NamedExpr(target, b, Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: named_expression
    private ExprNode? NamedExpression()
    {
        Enter();
        try
        {
            int start = _mark;
            var a = AssignmentExpression();
            if (a is not null) return a;
            _mark = start;
            if (_callInvalidRules)
            {
                InvalidNamedExpression();
                _mark = start;
            }
            var e = Expression();
            if (e is not null && !Check(COLONEQUAL)) return e;
            _mark = start;
            return null;
        }
        finally { Leave(); }
    }

    // python.gram: disjunction (memo)
    private ExprNode? Disjunction()
    {
        if (TryMemo(R.Disjunction, out var memo)) return (ExprNode?)memo;
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            var a = Conjunction();
            if (a is null) return null;
            if (!CheckKeyword("or")) return result = a;
            var values = new List<ExprNode> { a };
            while (true)
            {
                int m = _mark;
                if (!AcceptKeyword("or")) break;
                var b = Conjunction();
                if (b is null) { _mark = m; break; }
                values.Add(b);
            }
            if (values.Count == 1) return result = a;
            return result = new BoolOp(Or.Instance, values, Extra(start));
        }
        finally { Memo(start, R.Disjunction, result); Leave(); }
    }

    // python.gram: conjunction (memo)
    // DEVIATION(CPython): not memoised although python.gram marks it; it is called only by disjunction, which is memoised at the same position: a memo entry
    // could never be read (none is over the stdlib), so the writes were pure cost (most of the memo traffic).
    private ExprNode? Conjunction()
    {
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            var a = Inversion();
            if (a is null) return null;
            if (!CheckKeyword("and")) return result = a;
            var values = new List<ExprNode> { a };
            while (true)
            {
                int m = _mark;
                if (!AcceptKeyword("and")) break;
                var b = Inversion();
                if (b is null) { _mark = m; break; }
                values.Add(b);
            }
            if (values.Count == 1) return result = a;
            return result = new BoolOp(And.Instance, values, Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: inversion (memo)
    // DEVIATION(CPython): not memoised although python.gram marks it; it is called only by conjunction and after 'not' by itself: a memo entry
    // could never be read (none is over the stdlib), so the writes were pure cost (most of the memo traffic).
    private ExprNode? Inversion()
    {
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            if (AcceptKeyword("not"))
            {
                var a = Inversion();
                if (a is not null) return result = new UnaryOp(Not.Instance, a, Extra(start));
                _mark = start;
            }
            result = Comparison();
            return result;
        }
        finally { Leave(); }
    }

    // python.gram: comparison, compare_op_bitwise_or_pair and the *_bitwise_or rules
    private ExprNode? Comparison()
    {
        Enter();
        try
        {
            int start = _mark;
            var a = BitwiseOr();
            if (a is null) return null;
            List<CmpopNode>? ops = null;
            List<ExprNode>? comps = null;
            while (true)
            {
                int m = _mark;
                CmpopNode? op = null;
                var t = Cur;
                switch (t.Type)
                {
                    case EQEQUAL: _mark++; op = Eq.Instance; break;
                    case NOTEQUAL when t.Text == "!=": _mark++; op = NotEq.Instance; break;
                    case LESSEQUAL: _mark++; op = LtE.Instance; break;
                    case LESS: _mark++; op = Lt.Instance; break;
                    case GREATEREQUAL: _mark++; op = GtE.Instance; break;
                    case GREATER: _mark++; op = Gt.Instance; break;
                    case NAME when _isKeyword[m]:
                        // Only the keywords not, in and is continue a comparison.
                        if (t.Text == "not")
                        {
                            if (Tok(_mark + 1) is var n && IsKeyword(n, "in")) { _mark += 2; op = NotIn.Instance; }
                        }
                        else if (t.Text == "in") { _mark++; op = In.Instance; }
                        else if (t.Text == "is")
                        {
                            _mark++;
                            if (AcceptKeyword("not")) op = IsNot.Instance;
                            else op = Is.Instance;
                        }
                        break;
                }
                if (op is null) { _mark = m; break; }
                var b = BitwiseOr();
                if (b is null && op is IsNot)
                {
                    // 'is' 'not' failed as a pair; the grammar then tries plain 'is' (whose operand is "not x")
                    _mark = m + 1;
                    op = Is.Instance;
                    b = BitwiseOr();
                }
                if (b is null) { _mark = m; break; }
                (ops ??= new()).Add(op);
                (comps ??= new()).Add(b);
            }
            if (ops is null) return a;
            return new Compare(a, ops, comps!, Extra(start));
        }
        finally { Leave(); }
    }

    /// <summary>
    /// Left-recursive binary rules, grown as loops (same result as pegen's seed growing). bitwise_or is the only one
    /// called from outside and the only one memoised. DEVIATION(CPython): the six are left-recursive, so pegen
    /// memoises them all, but the inner levels are called only by the level above at the same position, which is memoised:
    /// their entries could never be read, none is over the stdlib, and they cost 5 writes per operand).
    /// </summary>
    private ExprNode? BitwiseOr()
    {
        if (TryMemo(R.BitwiseOr, out var memo)) return (ExprNode?)memo;
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            // The rule levels of bitwise_xor, bitwise_and, shift_expr, sum and term, entered once (same depth
            // checks, same MaxRuleDepth): every factor below them is called at this depth, as in pegen.
            for (int i = Level.BitwiseXor; i <= Level.Term; i++) Enter();
            result = BinaryChain(Level.BitwiseOr);
            _level -= Level.Term - Level.BitwiseXor + 1;
            return result;
        }
        finally { Memo(start, R.BitwiseOr, result); Leave(); }
    }

    /// <summary>
    /// The binary rule of <paramref name="level"/> and all tighter ones from the current mark, without a method call
    /// per level for the first operand: rule L is "rule L+1, then L's operator loop", so the result is factor, then
    /// term's loop, then sum's, ... up to <paramref name="level"/>'s, all starting at the same mark (EXTRA's start);
    /// a right operand of level j's operator is the rule of level j + 1 from there. Same trees, marks, depth and
    /// MaxChain as one method per level.
    /// </summary>
    private ExprNode? BinaryChain(int level)
    {
        int start = _mark;
        var a = Factor();
        if (a is null) return null;
        for (int j = Level.Term; j >= level; j--)
        {
            int chain = 0;
            while (true)
            {
                ChainStep(ref chain);
                int m = _mark;
                var op = BinaryOperator(j, CurType);
                if (op is null) break;
                _mark++;
                var b = j == Level.Term ? Factor() : BinaryChain(j + 1);
                if (b is null) { _mark = m; break; }
                if (op is MatMult) CheckVersion(3, 5, "The '@' operator is");
                a = new BinOp(a, op, b, Extra(start));
            }
        }
        return a;
    }

    private static OperatorNode? BinaryOperator(int level, TokenType tt) => level switch
    {
        Level.BitwiseOr => tt == VBAR ? BitOr.Instance : null,
        Level.BitwiseXor => tt == CIRCUMFLEX ? BitXor.Instance : null,
        Level.BitwiseAnd => tt == AMPER ? BitAnd.Instance : null,
        Level.ShiftExpr => tt == LEFTSHIFT ? LShift.Instance : tt == RIGHTSHIFT ? RShift.Instance : null,
        Level.Sum => tt == PLUS ? Add.Instance : tt == MINUS ? Sub.Instance : null,
        _ => tt switch
        {
            STAR => Mult.Instance, SLASH => Div.Instance, DOUBLESLASH => FloorDiv.Instance,
            PERCENT => Mod.Instance, AT => MatMult.Instance, _ => null,
        },
    };

    private void CheckVersion(int major, int minor, string what) { }

    // python.gram: factor (memo)
    // DEVIATION(CPython): not memoised although python.gram marks it; it is called only by term, power and itself after a unary operator: a memo entry
    // could never be read (none is over the stdlib), so the writes were pure cost (most of the memo traffic).
    private ExprNode? Factor()
    {
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            UnaryopNode? op = CurType switch { PLUS => UAdd.Instance, MINUS => USub.Instance, TILDE => Invert.Instance, _ => null };
            if (op is not null)
            {
                _mark++;
                var a = Factor();
                if (a is not null) return result = new UnaryOp(op, a, Extra(start));
                _mark = start;
                return null;
            }
            return result = Power();
        }
        finally { Leave(); }
    }

    // python.gram: power
    private ExprNode? Power()
    {
        Enter();
        try
        {
            int start = _mark;
            var a = AwaitPrimary();
            if (a is null) return null;
            int m = _mark;
            if (Accept(DOUBLESTAR))
            {
                var b = Factor();
                if (b is not null) return new BinOp(a, Pow.Instance, b, Extra(start));
                _mark = m;
            }
            return a;
        }
        finally { Leave(); }
    }

    // python.gram: await_primary (memo)
    // DEVIATION(CPython): not memoised although pegen memoises it; it is called only by power: a memo entry
    // could never be read (none is over the stdlib), so the writes were pure cost (most of the memo traffic).
    private ExprNode? AwaitPrimary()
    {
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            if (CheckKeyword("await"))
            {
                _mark++;
                var a = Primary();
                if (a is not null) return result = new Await(a, Extra(start));
                _mark = start;
                return null;
            }
            return result = Primary();
        }
        finally { Leave(); }
    }

    // python.gram: primary (left-recursive)
    // DEVIATION(CPython): not memoised although pegen memoises it; it is called only by await_primary: a memo entry
    // could never be read (none is over the stdlib), so the writes were pure cost (most of the memo traffic).
    private ExprNode? Primary()
    {
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            var a = Atom();
            if (a is null) return null;
            int chain = 0;
            while (true)
            {
                ChainStep(ref chain);
                int m = _mark;
                var tt = CurType;
                if (tt == DOT)
                {
                    _mark++;
                    var n = NameText();
                    if (n is null) { _mark = m; break; }
                    a = new Attribute(a, Identifier(n), LoadCtx, Extra(start));
                }
                else if (tt == LPAR)
                {
                    var g = Genexp();
                    if (g is not null)
                    {
                        a = new Call(a, new List<ExprNode> { g }, new List<Keyword>(), Extra(start));
                        continue;
                    }
                    _mark = m + 1;
                    var args = Arguments();
                    if (!Accept(RPAR)) { _mark = m; break; }
                    a = MakeCall(a, args, Extra(start));
                }
                else if (tt == LSQB)
                {
                    _mark++;
                    var s = Slices();
                    if (s is null || !Accept(RSQB)) { _mark = m; break; }
                    a = new Subscript(a, s, LoadCtx, Extra(start));
                }
                else break;
            }
            return result = a;
        }
        finally { Leave(); }
    }

    private static Call MakeCall(ExprNode func, CallArgs? args, (int, int, int, int) pos) =>
        new(func, args?.Args ?? new List<ExprNode>(), args?.Keywords ?? new List<Keyword>(), pos);

    // python.gram: slices
    private ExprNode? Slices()
    {
        if (TryMemo(R.Slices, out var memo)) return (ExprNode?)memo;
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            var a = Slice();
            if (a is not null && !Check(COMMA)) return result = a;
            _mark = start;
            var elts = new List<ExprNode>();
            while (true)
            {
                int m = _mark;
                var e = Slice();
                if (e is null) { _mark = m; e = StarredExpression(); }
                if (e is null) { _mark = m; break; }
                elts.Add(e);
                int c = _mark;
                if (!Accept(COMMA)) break;
                if (Check(RSQB)) { break; }
                _ = c;
            }
            if (elts.Count == 0) { _mark = start; return null; }
            return result = new Tuple(elts, LoadCtx, Extra(start));
        }
        finally { Memo(start, R.Slices, result); Leave(); }
    }

    // python.gram: slice
    private ExprNode? Slice()
    {
        Enter();
        try
        {
            int start = _mark;
            var lower = Expression();
            if (lower is null) _mark = start;
            if (Accept(COLON))
            {
                int m = _mark;
                var upper = Expression();
                if (upper is null) _mark = m;
                ExprNode? step = null;
                int m2 = _mark;
                if (Accept(COLON))
                {
                    int m3 = _mark;
                    step = Expression();
                    if (step is null) _mark = m3;
                }
                else _mark = m2;
                return new Slice(lower, upper, step, Extra(start));
            }
            _mark = start;
            var n = NamedExpression();
            if (n is null) _mark = start;
            return n;
        }
        finally { Leave(); }
    }

    // python.gram: atom
    private ExprNode? Atom()
    {
        Enter();
        try
        {
            int start = _mark;
            var t = Cur;
            switch (t.Type)
            {
                case NAME:
                    // True, False and None are hard keywords: an ordinary name skips the three comparisons.
                    if (!_isKeyword[start]) return NameExpr();
                    switch (t.Text)
                    {
                        case "True": _mark++; return new Constant(true, null, TokPos(t));
                        case "False": _mark++; return new Constant(false, null, TokPos(t));
                        case "None": _mark++; return new Constant(PyNone.Value, null, TokPos(t));
                    }
                    return NameExpr();
                case STRING:
                    return Strings();
                case NUMBER:
                    _mark++;
                    return new Constant(ParseNumber(t), null, TokPos(t));
                case LPAR:
                {
                    var r = Tuple_() ?? Group() ?? Genexp();
                    if (r is null) _mark = start;
                    return r;
                }
                case LSQB:
                {
                    var r = List_() ?? Listcomp();
                    if (r is null) _mark = start;
                    return r;
                }
                case LBRACE:
                {
                    var r = Dict() ?? Set() ?? Dictcomp() ?? Setcomp();
                    if (r is null) _mark = start;
                    return r;
                }
                case ELLIPSIS:
                    _mark++;
                    return new Constant(PyEllipsis.Value, null, TokPos(t));
            }
            return null;
        }
        finally { Leave(); }
    }

    // python.gram: group
    private ExprNode? Group()
    {
        Enter();
        try
        {
            int start = _mark;
            if (!Accept(LPAR)) return null;
            var a = YieldExpr();
            if (a is null) { _mark = start + 1; a = NamedExpression(); }
            if (a is not null && Accept(RPAR)) return a;
            _mark = start;
            if (_callInvalidRules) { InvalidGroup(); _mark = start; }
            return null;
        }
        finally { Leave(); }
    }

    // python.gram: lambdef
    private ExprNode? Lambdef()
    {
        Enter();
        try
        {
            int start = _mark;
            if (!AcceptKeyword("lambda")) return null;
            int m = _mark;
            var a = LambdaParams();
            if (a is null) _mark = m;
            if (!Accept(COLON)) { _mark = start; return null; }
            var b = Expression();
            if (b is null) { _mark = start; return null; }
            return new Lambda(a ?? EmptyArguments(), b, Extra(start));
        }
        finally { Leave(); }
    }

    private static Arguments EmptyArguments() => new(new(), new(), null, new(), new(), null, new());

    // python.gram: list
    private ExprNode? List_()
    {
        Enter();
        try
        {
            int start = _mark;
            if (!Accept(LSQB)) return null;
            int m = _mark;
            var a = StarNamedExpressions();
            if (a is null) _mark = m;
            if (!Accept(RSQB)) { _mark = start; return null; }
            return new List(a ?? new List<ExprNode>(), LoadCtx, Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: tuple
    private ExprNode? Tuple_()
    {
        Enter();
        try
        {
            int start = _mark;
            if (!Accept(LPAR)) return null;
            List<ExprNode>? elts = null;
            int m = _mark;
            var a = StarNamedExpression();
            if (a is not null && Accept(COMMA))
            {
                int m2 = _mark;
                var rest = StarNamedExpressions();
                if (rest is null) _mark = m2;
                elts = new List<ExprNode> { a };
                if (rest is not null) elts.AddRange(rest);
            }
            else _mark = m;
            if (!Accept(RPAR)) { _mark = start; return null; }
            return new Tuple(elts ?? new List<ExprNode>(), LoadCtx, Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: set
    private ExprNode? Set()
    {
        Enter();
        try
        {
            int start = _mark;
            if (!Accept(LBRACE)) return null;
            var a = StarNamedExpressions();
            if (a is null || !Accept(RBRACE)) { _mark = start; return null; }
            return new Set(a, Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: dict
    private ExprNode? Dict()
    {
        Enter();
        try
        {
            int start = _mark;
            if (!Accept(LBRACE)) return null;
            int m = _mark;
            var pairs = DoubleStarredKvpairs();
            if (pairs is null) _mark = m;
            if (Accept(RBRACE))
            {
                var keys = new List<ExprNode?>();
                var values = new List<ExprNode>();
                if (pairs is not null)
                    foreach (var (k, v) in pairs) { keys.Add(k); values.Add(v); }
                return new Dict(keys!, values, Extra(start));
            }
            _mark = start;
            if (_callInvalidRules)
            {
                _mark = start + 1;
                InvalidDoubleStarredKvpairs();
                _mark = start;
            }
            return null;
        }
        finally { Leave(); }
    }

    // python.gram: double_starred_kvpairs
    private List<(ExprNode? Key, ExprNode Value)>? DoubleStarredKvpairs()
    {
        Enter();
        try
        {
            var first = DoubleStarredKvpair();
            if (first is null) return null;
            var list = new List<(ExprNode?, ExprNode)> { first.Value };
            while (true)
            {
                int m = _mark;
                if (!Accept(COMMA)) break;
                var b = DoubleStarredKvpair();
                if (b is null) { _mark = m; break; }
                list.Add(b.Value);
            }
            Accept(COMMA);
            return list;
        }
        finally { Leave(); }
    }

    // python.gram: double_starred_kvpair
    private (ExprNode? Key, ExprNode Value)? DoubleStarredKvpair()
    {
        Enter();
        try
        {
            int start = _mark;
            if (Accept(DOUBLESTAR))
            {
                var a = BitwiseOr();
                if (a is not null) return (null, a);
                _mark = start;
            }
            var kv = Kvpair();
            if (kv is null) _mark = start;
            return kv;
        }
        finally { Leave(); }
    }

    // python.gram: kvpair
    private (ExprNode? Key, ExprNode Value)? Kvpair()
    {
        Enter();
        try
        {
            int start = _mark;
            var a = Expression();
            if (a is null || !Accept(COLON)) { _mark = start; return null; }
            var b = Expression();
            if (b is null) { _mark = start; return null; }
            return (a, b);
        }
        finally { Leave(); }
    }

    // python.gram: for_if_clauses
    private List<Comprehension>? ForIfClauses()
    {
        Enter();
        try
        {
            List<Comprehension>? list = null;
            while (true)
            {
                int m = _mark;
                var c = ForIfClause();
                if (c is null) { _mark = m; break; }
                (list ??= new()).Add(c);
            }
            return list;
        }
        finally { Leave(); }
    }

    // python.gram: for_if_clause
    private Comprehension? ForIfClause()
    {
        Enter();
        try
        {
            int start = _mark;
            bool isAsync = false;
            if (CheckKeyword("async") && IsKeyword(Tok(_mark + 1), "for")) { _mark++; isAsync = true; }
            if (AcceptKeyword("for"))
            {
                var target = StarTargets();
                if (target is not null && AcceptKeyword("in"))
                {
                    // cut (~): after 'in' no other alternative is tried
                    var iter = Disjunction();
                    if (iter is null) { _mark = start; return null; } // cut: invalid_for_target is not tried
                    var ifs = new List<ExprNode>();
                    while (true)
                    {
                        int m = _mark;
                        if (!AcceptKeyword("if")) break;
                        var cond = Disjunction();
                        if (cond is null) { _mark = m; break; }
                        ifs.Add(cond);
                    }
                    if (isAsync) CheckVersion(3, 6, "Async comprehensions are");
                    return new Comprehension(target, iter, ifs, isAsync ? 1 : 0);
                }
            }
            _mark = start;
            if (_callInvalidRules) { InvalidForTarget(); _mark = start; }
            return null;
        }
        finally { Leave(); }
    }


    // python.gram: listcomp
    private ExprNode? Listcomp()
    {
        Enter();
        int start = _mark;
        try
        {
            if (!Accept(LSQB)) return null;
            var a = NamedExpression();
            if (a is not null)
            {
                var gens = ForIfClausesCut();
                if (gens is not null && Accept(RSQB)) return new ListComp(a, gens, Extra(start));
            }
            _mark = start;
            if (_callInvalidRules) { InvalidComprehension(); _mark = start; }
            return null;
        }
        finally { Leave(); }
    }

    private List<Comprehension>? ForIfClausesCut() => ForIfClauses();

    // python.gram: setcomp
    private ExprNode? Setcomp()
    {
        Enter();
        int start = _mark;
        try
        {
            if (!Accept(LBRACE)) return null;
            var a = NamedExpression();
            if (a is not null)
            {
                var gens = ForIfClausesCut();
                if (gens is not null && Accept(RBRACE)) return new SetComp(a, gens, Extra(start));
            }
            _mark = start;
            if (_callInvalidRules) { InvalidComprehension(); _mark = start; }
            return null;
        }
        finally { Leave(); }
    }

    // python.gram: genexp
    private ExprNode? Genexp()
    {
        Enter();
        int start = _mark;
        try
        {
            if (!Accept(LPAR)) return null;
            int m = _mark;
            var a = AssignmentExpression();
            if (a is null)
            {
                _mark = m;
                a = Expression();
                if (a is not null && Check(COLONEQUAL)) a = null;
            }
            if (a is not null)
            {
                var gens = ForIfClausesCut();
                if (gens is not null && Accept(RPAR)) return new GeneratorExp(a, gens, Extra(start));
            }
            _mark = start;
            if (_callInvalidRules) { InvalidComprehension(); _mark = start; }
            return null;
        }
        finally { Leave(); }
    }

    // python.gram: dictcomp
    private ExprNode? Dictcomp()
    {
        Enter();
        int start = _mark;
        try
        {
            if (!Accept(LBRACE)) return null;
            var kv = Kvpair();
            if (kv is not null)
            {
                var gens = ForIfClausesCut();
                if (gens is not null && Accept(RBRACE)) return new DictComp(kv.Value.Key!, kv.Value.Value, gens, Extra(start));
            }
            _mark = start;
            if (_callInvalidRules) { InvalidDictComprehension(); _mark = start; }
            return null;
        }
        finally { Leave(); }
    }

    // python.gram: arguments (memo): args [','] &')' | invalid_arguments
    private CallArgs? Arguments()
    {
        if (TryMemo(R.Arguments, out var memo)) return (CallArgs?)memo;
        Enter();
        int start = _mark;
        CallArgs? result = null;
        try
        {
            var a = Args();
            if (a is not null)
            {
                int m = _mark;
                Accept(COMMA);
                if (Check(RPAR)) return result = a;
            }
            _mark = start;
            if (_callInvalidRules) { InvalidArguments(); _mark = start; }
            return null;
        }
        finally { Memo(start, R.Arguments, result); Leave(); }
    }

    /// <summary>
    /// What args returns (CPython builds a Call node with a dummy func). A class, not a tuple: arguments is memoised,
    /// and a nullable tuple stored as object was boxed on every memo write.
    /// </summary>
    private sealed class CallArgs(List<ExprNode> args, List<Keyword> keywords)
    {
        public readonly List<ExprNode> Args = args;
        public readonly List<Keyword> Keywords = keywords;
    }

    // python.gram: args
    private CallArgs? Args()
    {
        Enter();
        try
        {
            int start = _mark;
            var first = ArgElement();
            if (first is not null)
            {
                var positional = new List<ExprNode> { first };
                while (true)
                {
                    int m = _mark;
                    if (!Accept(COMMA)) break;
                    var e = ArgElement();
                    if (e is null) { _mark = m; break; }
                    positional.Add(e);
                }
                int m2 = _mark;
                if (Accept(COMMA))
                {
                    var kw = Kwargs();
                    if (kw is not null) return CollectCallSeqs(positional, kw);
                }
                _mark = m2;
                return new CallArgs(positional, new List<Keyword>());
            }
            _mark = start;
            var only = Kwargs();
            if (only is null) { _mark = start; return null; }
            return CollectCallSeqs(new List<ExprNode>(), only);
        }
        finally { Leave(); }
    }

    /// <summary>(starred_expression | ( assignment_expression | expression !':=') !'=')</summary>
    private ExprNode? ArgElement()
    {
        int m = _mark;
        var s = StarredExpression();
        if (s is not null) return s;
        _mark = m;
        var e = AssignmentExpression();
        if (e is null)
        {
            _mark = m;
            e = Expression();
            if (e is not null && Check(COLONEQUAL)) e = null;
        }
        if (e is not null && !Check(EQUAL)) return e;
        _mark = m;
        return null;
    }

    /// <summary>action_helpers.c _PyPegen_collect_call_seqs: starred kwargs go to args, in order.</summary>
    /// <paramref name="positional"/> is the caller's fresh list: the starred ones are appended to it rather than to a copy.
    private static CallArgs CollectCallSeqs(List<ExprNode> positional, List<KeywordOrStarred> kw)
    {
        var args = positional;
        var keywords = new List<Keyword>();
        foreach (var k in kw)
        {
            if (k.Starred is not null) args.Add(k.Starred);
            else keywords.Add(k.Keyword!);
        }
        return new CallArgs(args, keywords);
    }

    private sealed record KeywordOrStarred(Keyword? Keyword, ExprNode? Starred);

    // python.gram: kwargs
    private List<KeywordOrStarred>? Kwargs()
    {
        Enter();
        try
        {
            int start = _mark;
            var starred = Gather(KwargOrStarred);
            if (starred is not null)
            {
                int m = _mark;
                if (Accept(COMMA))
                {
                    var more = Gather(KwargOrDoubleStarred);
                    if (more is not null) { starred.AddRange(more); return starred; }
                }
                _mark = m;
                return starred;
            }
            _mark = start;
            var ds = Gather(KwargOrDoubleStarred);
            if (ds is null) _mark = start;
            return ds;
        }
        finally { Leave(); }
    }

    /// <summary>pegen's gather `','.elem+`.</summary>
    private List<T>? Gather<T>(Func<T?> elem) where T : class
    {
        int start = _mark;
        var first = elem();
        if (first is null) { _mark = start; return null; }
        var list = new List<T> { first };
        while (true)
        {
            int m = _mark;
            if (!Accept(COMMA)) break;
            var e = elem();
            if (e is null) { _mark = m; break; }
            list.Add(e);
        }
        return list;
    }

    // python.gram: starred_expression
    private ExprNode? StarredExpression()
    {
        Enter();
        try
        {
            int start = _mark;
            if (!Accept(STAR)) return null;
            var a = Expression();
            if (a is null) { _mark = start; return null; }
            return new Starred(a, LoadCtx, Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: kwarg_or_starred
    private KeywordOrStarred? KwargOrStarred()
    {
        Enter();
        try
        {
            int start = _mark;
            if (_callInvalidRules) { InvalidKwarg(); _mark = start; }
            var n = NameToken();
            if (n is not null && Accept(EQUAL))
            {
                var v = Expression();
                if (v is not null) return new KeywordOrStarred(new Keyword(Identifier(n.Value.Text), v, Extra(start)), null);
            }
            _mark = start;
            var s = StarredExpression();
            if (s is not null) return new KeywordOrStarred(null, s);
            _mark = start;
            return null;
        }
        finally { Leave(); }
    }

    // python.gram: kwarg_or_double_starred
    private KeywordOrStarred? KwargOrDoubleStarred()
    {
        Enter();
        try
        {
            int start = _mark;
            if (_callInvalidRules) { InvalidKwarg(); _mark = start; }
            var n = NameToken();
            if (n is not null && Accept(EQUAL))
            {
                var v = Expression();
                if (v is not null) return new KeywordOrStarred(new Keyword(Identifier(n.Value.Text), v, Extra(start)), null);
            }
            _mark = start;
            if (Accept(DOUBLESTAR))
            {
                var v = Expression();
                if (v is not null) return new KeywordOrStarred(new Keyword(null, v, Extra(start)), null);
            }
            _mark = start;
            return null;
        }
        finally { Leave(); }
    }
}
