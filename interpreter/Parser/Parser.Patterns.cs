using Pyref.Parser.Ast;
using Pyref.Tokenizer;
using static Pyref.Tokenizer.TokenType;

namespace Pyref.Parser;

/// <summary>python.gram's match statement and pattern rules (PEP 634).</summary>
internal sealed partial class PegParser
{
    // python.gram: match_stmt
    private StmtNode? MatchStmt()
    {
        Enter();
        try
        {
            int start = _mark;
            if (SoftKeyword("match") is not null)
            {
                var subject = SubjectExpr();
                if (subject is not null && Accept(COLON) && Accept(NEWLINE) && Accept(INDENT))
                {
                    var cases = new List<MatchCase>();
                    while (true)
                    {
                        int m = _mark;
                        var c = CaseBlock();
                        if (c is null) { _mark = m; break; }
                        cases.Add(c);
                    }
                    if (cases.Count > 0 && Accept(DEDENT))
                    {
                        CheckVersion(3, 10, "Pattern matching is");
                        return new Match(subject, cases, Extra(start));
                    }
                }
            }
            _mark = start;
            if (_callInvalidRules) { InvalidMatchStmt(); _mark = start; }
            return null;
        }
        finally { Leave(); }
    }

    // python.gram: subject_expr
    private ExprNode? SubjectExpr()
    {
        int start = _mark;
        var a = StarNamedExpression();
        if (a is not null && Accept(COMMA))
        {
            int m = _mark;
            var rest = StarNamedExpressions();
            if (rest is null) _mark = m;
            var elts = new List<ExprNode> { a };
            if (rest is not null) elts.AddRange(rest);
            return new Tuple(elts, LoadCtx, Extra(start));
        }
        _mark = start;
        var n = NamedExpression();
        if (n is null) _mark = start;
        return n;
    }

    // python.gram: case_block
    private MatchCase? CaseBlock()
    {
        int start = _mark;
        if (_callInvalidRules) { InvalidCaseBlock(); _mark = start; }
        if (SoftKeyword("case") is null) return null;
        var pattern = Patterns();
        if (pattern is null) { _mark = start; return null; }
        ExprNode? guard = null;
        int m = _mark;
        if (AcceptKeyword("if"))
        {
            guard = NamedExpression();
            if (guard is null) _mark = m;
        }
        if (!Accept(COLON)) { _mark = start; return null; }
        var body = Block();
        if (body is null) { _mark = start; return null; }
        return new MatchCase(pattern, guard, body);
    }

    // python.gram: patterns: open_sequence_pattern | pattern
    private PatternNode? Patterns()
    {
        int start = _mark;
        var seq = OpenSequencePattern();
        if (seq is not null) return new MatchSequence(seq, Extra(start));
        _mark = start;
        var p = Pattern();
        if (p is null) _mark = start;
        return p;
    }

    // python.gram: pattern: as_pattern | or_pattern
    private PatternNode? Pattern()
    {
        Enter();
        try
        {
            int start = _mark;
            var a = AsPattern();
            if (a is not null) return a;
            _mark = start;
            var o = OrPattern();
            if (o is null) _mark = start;
            return o;
        }
        finally { Leave(); }
    }

    // python.gram: as_pattern: or_pattern 'as' pattern_capture_target | invalid_as_pattern
    private PatternNode? AsPattern()
    {
        int start = _mark;
        var p = OrPattern();
        if (p is not null && AcceptKeyword("as"))
        {
            var target = PatternCaptureTarget();
            if (target is not null) return new MatchAs(p, target, Extra(start));
        }
        _mark = start;
        if (_callInvalidRules) { InvalidAsPattern(); _mark = start; }
        return null;
    }

    // python.gram: or_pattern: '|'.closed_pattern+
    private PatternNode? OrPattern()
    {
        int start = _mark;
        var list = Gather(ClosedPattern, VBAR);
        if (list is null) return null;
        if (list.Count == 1) return list[0];
        return new MatchOr(list, Extra(start));
    }

    // python.gram: closed_pattern (memo)
    private PatternNode? ClosedPattern()
    {
        if (TryMemo(R.ClosedPattern, out var memo)) return (PatternNode?)memo;
        Enter();
        int start = _mark;
        PatternNode? result = null;
        try
        {
            result = LiteralPattern() ?? Reset(start, CapturePattern) ?? Reset(start, WildcardPattern)
                ?? Reset(start, ValuePattern) ?? Reset(start, GroupPattern) ?? Reset(start, SequencePattern)
                ?? Reset(start, MappingPattern) ?? Reset(start, ClassPattern);
            if (result is null) _mark = start;
            return result;
        }
        finally { Memo(start, R.ClosedPattern, result); Leave(); }
    }

    // python.gram: literal_pattern
    private PatternNode? LiteralPattern()
    {
        int start = _mark;
        var e = LiteralExprCore(out bool singleton);
        if (e is null) { _mark = start; return null; }
        if (singleton) return new MatchSingleton(((Constant)e).Value, Extra(start));
        return new MatchValue(e, Extra(start));
    }

    // python.gram: literal_expr
    private ExprNode? LiteralExpr()
    {
        int start = _mark;
        var e = LiteralExprCore(out _);
        if (e is null) _mark = start;
        return e;
    }

    private ExprNode? LiteralExprCore(out bool singleton)
    {
        singleton = false;
        int start = _mark;
        // signed_number !('+' | '-')
        var sn = SignedNumber();
        if (sn is not null && !(Check(PLUS) || Check(MINUS))) return sn;
        _mark = start;
        var cn = ComplexNumber();
        if (cn is not null) return cn;
        _mark = start;
        if (Check(STRING)) return Strings();
        var t = Cur;
        if (t.Type == NAME && (t.Text == "None" || t.Text == "True" || t.Text == "False"))
        {
            _mark++;
            singleton = true;
            object v = t.Text == "None" ? PyNone.Value : t.Text == "True";
            return new Constant(v, null, TokPos(t));
        }
        return null;
    }

    // python.gram: complex_number
    private ExprNode? ComplexNumber()
    {
        int start = _mark;
        var real = SignedRealNumber();
        if (real is null) return null;
        OperatorNode? op = Check(PLUS) ? Add.Instance : Check(MINUS) ? Sub.Instance : null;
        if (op is null) { _mark = start; return null; }
        _mark++;
        var imag = ImaginaryNumber();
        if (imag is null) { _mark = start; return null; }
        return new BinOp(real, op, imag, Extra(start));
    }

    // python.gram: signed_number: NUMBER | '-' NUMBER
    private ExprNode? SignedNumber()
    {
        int start = _mark;
        if (Check(NUMBER)) { var t = Cur; _mark++; return new Constant(ParseNumber(t), null, TokPos(t)); }
        if (Accept(MINUS) && Check(NUMBER))
        {
            var t = Cur; _mark++;
            var c = new Constant(ParseNumber(t), null, TokPos(t));
            return new UnaryOp(USub.Instance, c, Extra(start));
        }
        _mark = start;
        return null;
    }

    // python.gram: signed_real_number: real_number | '-' real_number
    private ExprNode? SignedRealNumber()
    {
        int start = _mark;
        if (Check(NUMBER)) return RealNumber();
        if (Accept(MINUS))
        {
            var r = RealNumber();
            if (r is not null) return new UnaryOp(USub.Instance, r, Extra(start));
        }
        _mark = start;
        return null;
    }

    // python.gram: real_number: NUMBER (_PyPegen_ensure_real)
    private ExprNode? RealNumber()
    {
        if (!Check(NUMBER)) return null;
        var t = Cur; _mark++;
        var v = ParseNumber(t);
        var c = new Constant(v, null, TokPos(t));
        if (v is Complex) throw RaiseAt(c, "real number required in complex literal");
        return c;
    }

    // python.gram: imaginary_number: NUMBER (_PyPegen_ensure_imaginary)
    private ExprNode? ImaginaryNumber()
    {
        if (!Check(NUMBER)) return null;
        var t = Cur; _mark++;
        var v = ParseNumber(t);
        var c = new Constant(v, null, TokPos(t));
        if (v is not Complex) throw RaiseAt(c, "imaginary number required in complex literal");
        return c;
    }

    // python.gram: capture_pattern
    private PatternNode? CapturePattern()
    {
        int start = _mark;
        var t = PatternCaptureTarget();
        if (t is null) return null;
        return new MatchAs(null, t, Extra(start));
    }

    // python.gram: pattern_capture_target: !"_" NAME !('.' | '(' | '=')
    private string? PatternCaptureTarget()
    {
        int start = _mark;
        var t = Cur;
        if (t.Type == NAME && t.Text == "_") return null;
        var n = NameToken();
        if (n is null) return null;
        if (Check(DOT) || Check(LPAR) || Check(EQUAL)) { _mark = start; return null; }
        return Identifier(n.Value.Text);
    }

    // python.gram: wildcard_pattern: "_"
    private PatternNode? WildcardPattern()
    {
        int start = _mark;
        if (SoftKeyword("_") is null) return null;
        return new MatchAs(null, null, Extra(start));
    }

    // python.gram: value_pattern: attr !('.' | '(' | '=')
    private PatternNode? ValuePattern()
    {
        int start = _mark;
        var a = Attr();
        if (a is null || Check(DOT) || Check(LPAR) || Check(EQUAL)) { _mark = start; return null; }
        return new MatchValue(a, Extra(start));
    }

    // python.gram: attr: name_or_attr '.' NAME (left-recursive with name_or_attr)
    private ExprNode? Attr()
    {
        int start = _mark;
        var n = NameOrAttr();
        if (n is not Attribute) { _mark = start; return null; }
        return n;
    }

    // python.gram: name_or_attr: attr | NAME
    private ExprNode? NameOrAttr()
    {
        int start = _mark;
        ExprNode? a = NameExpr();
        if (a is null) return null;
        int chain = 0;
        while (true)
        {
            ChainStep(ref chain);
            int m = _mark;
            if (!Accept(DOT)) break;
            var n = NameToken();
            if (n is null) { _mark = m; break; }
            a = new Attribute(a, Identifier(n.Value.Text), LoadCtx, Extra(start));
        }
        return a;
    }

    // python.gram: group_pattern: '(' pattern ')'
    private PatternNode? GroupPattern()
    {
        int start = _mark;
        if (!Accept(LPAR)) return null;
        var p = Pattern();
        if (p is null || !Accept(RPAR)) { _mark = start; return null; }
        return p;
    }

    // python.gram: sequence_pattern
    private PatternNode? SequencePattern()
    {
        int start = _mark;
        if (Accept(LSQB))
        {
            int m = _mark;
            var ps = MaybeSequencePattern();
            if (ps is null) _mark = m;
            if (Accept(RSQB)) return new MatchSequence(ps ?? new(), Extra(start));
            _mark = start;
            return null;
        }
        if (Accept(LPAR))
        {
            int m = _mark;
            var ps = OpenSequencePattern();
            if (ps is null) _mark = m;
            if (Accept(RPAR)) return new MatchSequence(ps ?? new(), Extra(start));
            _mark = start;
        }
        return null;
    }

    // python.gram: open_sequence_pattern: maybe_star_pattern ',' maybe_sequence_pattern?
    private List<PatternNode>? OpenSequencePattern()
    {
        int start = _mark;
        var a = MaybeStarPattern();
        if (a is null || !Accept(COMMA)) { _mark = start; return null; }
        int m = _mark;
        var rest = MaybeSequencePattern();
        if (rest is null) _mark = m;
        var list = new List<PatternNode> { a };
        if (rest is not null) list.AddRange(rest);
        return list;
    }

    // python.gram: maybe_sequence_pattern: ','.maybe_star_pattern+ ','?
    private List<PatternNode>? MaybeSequencePattern()
    {
        var l = Gather(MaybeStarPattern);
        if (l is not null) Accept(COMMA);
        return l;
    }

    // python.gram: maybe_star_pattern: star_pattern | pattern
    private PatternNode? MaybeStarPattern()
    {
        int start = _mark;
        var s = StarPattern();
        if (s is not null) return s;
        _mark = start;
        var p = Pattern();
        if (p is null) _mark = start;
        return p;
    }

    // python.gram: star_pattern (memo)
    private PatternNode? StarPattern()
    {
        if (TryMemo(R.StarPattern, out var memo)) return (PatternNode?)memo;
        int start = _mark;
        PatternNode? result = null;
        if (Accept(STAR))
        {
            var t = PatternCaptureTarget();
            if (t is not null) result = new MatchStar(t, Extra(start));
            else if (SoftKeyword("_") is not null) result = new MatchStar(null, Extra(start));
        }
        if (result is null) _mark = start;
        Memo(start, R.StarPattern, result);
        return result;
    }

    // python.gram: mapping_pattern
    private PatternNode? MappingPattern()
    {
        int start = _mark;
        if (!Accept(LBRACE)) return null;
        if (Accept(RBRACE)) return new MatchMapping(new(), new(), null, Extra(start));
        int afterBrace = _mark;
        var rest = DoubleStarPattern();
        if (rest is not null)
        {
            Accept(COMMA);
            if (Accept(RBRACE)) return new MatchMapping(new(), new(), rest, Extra(start));
        }
        _mark = afterBrace;
        var items = ItemsPattern();
        if (items is not null)
        {
            int m = _mark;
            if (Accept(COMMA))
            {
                var r2 = DoubleStarPattern();
                if (r2 is not null)
                {
                    Accept(COMMA);
                    if (Accept(RBRACE))
                        return new MatchMapping(items.ConvertAll(x => x.Key), items.ConvertAll(x => x.Pattern), r2, Extra(start));
                }
            }
            _mark = m;
            Accept(COMMA);
            if (Accept(RBRACE))
                return new MatchMapping(items.ConvertAll(x => x.Key), items.ConvertAll(x => x.Pattern), null, Extra(start));
        }
        _mark = start;
        return null;
    }

    private sealed record KeyPattern(ExprNode Key, PatternNode Pattern);

    // python.gram: items_pattern: ','.key_value_pattern+
    private List<KeyPattern>? ItemsPattern() => Gather(KeyValuePattern);

    // python.gram: key_value_pattern: (literal_expr | attr) ':' pattern
    private KeyPattern? KeyValuePattern()
    {
        int start = _mark;
        var k = LiteralExpr();
        if (k is null) { _mark = start; k = Attr(); }
        if (k is null || !Accept(COLON)) { _mark = start; return null; }
        var p = Pattern();
        if (p is null) { _mark = start; return null; }
        return new KeyPattern(k, p);
    }

    // python.gram: double_star_pattern: '**' pattern_capture_target
    private string? DoubleStarPattern()
    {
        int start = _mark;
        if (!Accept(DOUBLESTAR)) return null;
        var t = PatternCaptureTarget();
        if (t is null) _mark = start;
        return t;
    }

    // python.gram: class_pattern
    private PatternNode? ClassPattern()
    {
        int start = _mark;
        var cls = NameOrAttr();
        if (cls is not null && Accept(LPAR))
        {
            int afterParen = _mark;
            if (Accept(RPAR)) return new MatchClass(cls, new(), new(), new(), Extra(start));
            var pos = PositionalPatterns();
            if (pos is not null)
            {
                int m = _mark;
                Accept(COMMA);
                if (Accept(RPAR)) return new MatchClass(cls, pos, new(), new(), Extra(start));
                _mark = m;
            }
            _mark = afterParen;
            var kws = KeywordPatterns();
            if (kws is not null)
            {
                Accept(COMMA);
                if (Accept(RPAR))
                    return new MatchClass(cls, new(), kws.ConvertAll(x => x.Name), kws.ConvertAll(x => x.Pattern), Extra(start));
            }
            _mark = afterParen;
            pos = PositionalPatterns();
            if (pos is not null && Accept(COMMA))
            {
                kws = KeywordPatterns();
                if (kws is not null)
                {
                    Accept(COMMA);
                    if (Accept(RPAR))
                        return new MatchClass(cls, pos, kws.ConvertAll(x => x.Name), kws.ConvertAll(x => x.Pattern), Extra(start));
                }
            }
        }
        _mark = start;
        if (_callInvalidRules) { InvalidClassPattern(); _mark = start; }
        return null;
    }

    // python.gram: positional_patterns: ','.pattern+
    private List<PatternNode>? PositionalPatterns() => Gather(Pattern);

    private sealed record KeywordPattern(string Name, PatternNode Pattern);

    // python.gram: keyword_patterns: ','.keyword_pattern+
    private List<KeywordPattern>? KeywordPatterns() => Gather(KeywordPatternRule);

    // python.gram: keyword_pattern: NAME '=' pattern
    private KeywordPattern? KeywordPatternRule()
    {
        int start = _mark;
        var n = NameToken();
        if (n is null || !Accept(EQUAL)) { _mark = start; return null; }
        var p = Pattern();
        if (p is null) { _mark = start; return null; }
        return new KeywordPattern(Identifier(n.Value.Text), p);
    }
}
