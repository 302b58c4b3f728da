using Pyref.Parser.Ast;
using Pyref.Tokenizer;
using static Pyref.Tokenizer.TokenType;

namespace Pyref.Parser;

/// <summary>
/// The invalid_* rules of python.gram (3.11): only tried in the second pass; each either fails (returns,
/// the caller resets the mark) or raises CPython's specific SyntaxError by throwing ParseAbort.
/// </summary>
internal sealed partial class PegParser
{
    private enum TargetsType { StarTargets, DelTargets, ForTargets }

    /// <summary>action_helpers.c _PyPegen_get_expr_name.</summary>
    private static string ExprName(ExprNode e) => e switch
    {
        Attribute => "attribute",
        Subscript => "subscript",
        Starred => "starred",
        Name => "name",
        List => "list",
        Tuple => "tuple",
        Lambda => "lambda",
        Call => "function call",
        BoolOp or BinOp or UnaryOp => "expression",
        GeneratorExp => "generator expression",
        Yield or YieldFrom => "yield expression",
        Await => "await expression",
        ListComp => "list comprehension",
        SetComp => "set comprehension",
        DictComp => "dict comprehension",
        Ast.Dict => "dict literal",
        Ast.Set => "set display",
        JoinedStr or FormattedValue => "f-string expression",
        Constant c => c.Value switch
        {
            PyNone => "None",
            false => "False",
            true => "True",
            PyEllipsis => "ellipsis",
            _ => "literal",
        },
        Compare => "comparison",
        IfExp => "conditional expression",
        NamedExpr => "named expression",
        _ => "???",
    };

    /// <summary>pegen.c _PyPegen_get_invalid_target.</summary>
    private static ExprNode? InvalidTarget(ExprNode? e, TargetsType type)
    {
        switch (e)
        {
            case null: return null;
            case List l:
                foreach (var x in l.Elts) { var c = InvalidTarget(x, type); if (c is not null) return c; }
                return null;
            case Tuple t:
                foreach (var x in t.Elts) { var c = InvalidTarget(x, type); if (c is not null) return c; }
                return null;
            case Starred s:
                if (type == TargetsType.DelTargets) return e;
                return InvalidTarget(s.Value, type);
            case Compare cmp:
                if (type == TargetsType.ForTargets)
                {
                    if (cmp.Ops[0] is In) return InvalidTarget(cmp.Left, type);
                    return null;
                }
                return e;
            case Name or Subscript or Attribute:
                return null;
            default:
                return e;
        }
    }

    /// <summary>RAISE_SYNTAX_ERROR_INVALID_TARGET: raises if e holds an invalid target, else the alternative fails.</summary>
    private void RaiseInvalidTarget(TargetsType type, ExprNode e)
    {
        var bad = InvalidTarget(e, type);
        if (bad is null) return;
        string msg = type == TargetsType.DelTargets ? "cannot delete {0}" : "cannot assign to {0}";
        throw RaiseAt(bad, string.Format(msg, ExprName(bad)));
    }

    private Token PrevToken => _tokens[_mark - 1];

    /// <summary>
    /// pegen.c _PyPegen_soft_keyword_token compares with strncmp(keyword, token, len(token)): any NAME that is
    /// a prefix of a soft keyword ("m", "ca", "_", ...) counts as SOFT_KEYWORD in 3.11.
    /// </summary>
    private static bool IsSoftKeywordToken(string text) =>
        text.Length > 0 && ("_".StartsWith(text, StringComparison.Ordinal) || "case".StartsWith(text, StringComparison.Ordinal) || "match".StartsWith(text, StringComparison.Ordinal));

    private static bool IsLegacyStmtName(ExprNode e) => e is Name n && (n.Id == "print" || n.Id == "exec");

    // python.gram: invalid_arguments
    private void InvalidArguments()
    {
        int start = _mark;
        // args ',' '*'
        var a = Args();
        if (a is not null && Accept(COMMA) && Check(STAR))
            throw RaiseAt(Cur, "iterable argument unpacking follows keyword argument unpacking");
        _mark = start;
        // expression for_if_clauses ',' [args | expression for_if_clauses]
        var e = Expression();
        if (e is not null)
        {
            var fc = ForIfClauses();
            if (fc is not null && Accept(COMMA))
                throw RaiseRange(P(e), P(LastComprehensionItem(fc[^1])), "Generator expression must be parenthesized");
        }
        _mark = start;
        // NAME '=' expression for_if_clauses
        var n = NameToken();
        if (n is not null && Check(EQUAL))
        {
            var eq = Cur; _mark++;
            if (Expression() is not null && ForIfClauses() is not null)
                throw RaiseRange(P(n.Value), P(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        _mark = start;
        // args for_if_clauses
        a = Args();
        if (a is not null)
        {
            var fc = ForIfClauses();
            if (fc is not null)
            {
                var args = a.Args;
                if (args.Count > 1)
                    throw RaiseRange(P(args[^1]), P(LastComprehensionItem(fc[^1])), "Generator expression must be parenthesized");
            }
        }
        _mark = start;
        // args ',' expression for_if_clauses
        a = Args();
        if (a is not null && Accept(COMMA))
        {
            var e2 = Expression();
            if (e2 is not null)
            {
                var fc = ForIfClauses();
                if (fc is not null)
                    throw RaiseRange(P(e2), P(LastComprehensionItem(fc[^1])), "Generator expression must be parenthesized");
            }
        }
        _mark = start;
        // args ',' args
        a = Args();
        if (a is not null && Accept(COMMA) && Args() is not null)
        {
            bool keywordUnpacking = a.Keywords.Exists(k => k.Arg is null);
            throw Raise(keywordUnpacking ? "positional argument follows keyword argument unpacking" : "positional argument follows keyword argument");
        }
        _mark = start;
    }

    private static ExprNode LastComprehensionItem(Comprehension c) => c.Ifs.Count > 0 ? c.Ifs[^1] : c.Iter;

    // python.gram: invalid_kwarg
    private void InvalidKwarg()
    {
        int start = _mark;
        var t = Cur;
        if (t.Type == NAME && (t.Text == "True" || t.Text == "False" || t.Text == "None") && CheckAt(1, EQUAL))
            throw RaiseRange(P(t), P(Tok(_mark + 1)), $"cannot assign to {t.Text}");
        var n = NameToken();
        if (n is not null && Check(EQUAL))
        {
            var eq = Cur; _mark++;
            if (Expression() is not null && ForIfClauses() is not null)
                throw RaiseRange(P(n.Value), P(eq), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        _mark = start;
        // !(NAME '=') expression '='
        if (NameToken() is not null && Check(EQUAL)) { _mark = start; return; }
        _mark = start;
        var e = Expression();
        if (e is not null && Check(EQUAL))
            throw RaiseRange(P(e), P(Cur), "expression cannot contain assignment, perhaps you meant \"==\"?");
        _mark = start;
    }

    /// <summary>
    /// python.gram: expression_without_invalid: the invalid_ rules are off inside (pegen's generator does so for
    /// rules named *_without_invalid). What it parses is not memoised: CPython 3.11.7 still reports errors
    /// found later at the same positions with the invalid rules on ("x = [a {b=2}]" names "b=2").
    /// </summary>
    private ExprNode? ExpressionWithoutInvalid()
    {
        bool prev = _callInvalidRules;
        _callInvalidRules = false;
        _noMemoDepth++;
        try
        {
            int start = _mark;
            var a = Disjunction();
            if (a is not null)
            {
                int m = _mark;
                if (AcceptKeyword("if"))
                {
                    var b = Disjunction();
                    if (b is not null && AcceptKeyword("else"))
                    {
                        var c = Expression();
                        if (c is not null) return new IfExp(b, a, c, Extra(start));
                    }
                }
                _mark = m;
                return a;
            }
            _mark = start;
            var l = Lambdef();
            if (l is null) _mark = start;
            return l;
        }
        finally { _callInvalidRules = prev; _noMemoDepth--; }
    }

    // python.gram: invalid_expression
    private void InvalidExpression()
    {
        int start = _mark;
        // !(NAME STRING | SOFT_KEYWORD) disjunction expression_without_invalid
        var t = Cur;
        bool isName = t.Type == NAME && !IsHardKeyword(t.Text);
        bool excluded = (isName && CheckAt(1, STRING)) || (t.Type == NAME && IsSoftKeywordToken(t.Text));
        if (!excluded)
        {
            var a = Disjunction();
            if (a is not null)
            {
                var b = ExpressionWithoutInvalid();
                if (b is not null)
                {
                    if (!IsLegacyStmtName(a) && _levels[_mark - 1] != 0)
                        throw RaiseRange(P(a), P(b), "invalid syntax. Perhaps you forgot a comma?");
                }
            }
        }
        _mark = start;
        // disjunction 'if' disjunction !('else'|':')
        var d = Disjunction();
        if (d is not null && AcceptKeyword("if"))
        {
            var b = Disjunction();
            if (b is not null && !CheckKeyword("else") && !Check(COLON))
                throw RaiseRange(P(d), P(b), "expected 'else' after 'if' expression");
        }
        _mark = start;
    }

    // python.gram: invalid_legacy_expression
    private void InvalidLegacyExpression()
    {
        int start = _mark;
        var a = NameExpr();
        if (a is not null && !Check(LPAR))
        {
            var b = StarExpressions();
            if (b is not null && IsLegacyStmtName(a))
                throw RaiseRange(P(a), P(b), $"Missing parentheses in call to '{((Name)a).Id}'. Did you mean {((Name)a).Id}(...)?");
        }
        _mark = start;
    }

    private readonly HashSet<int> _invalidNamedExpressionMemo = new();

    // python.gram: invalid_named_expression (memo)
    private void InvalidNamedExpression()
    {
        int start = _mark;
        if (!_invalidNamedExpressionMemo.Add(start)) return; // memoised failure
        // expression ':=' expression
        var a = Expression();
        if (a is not null && Accept(COLONEQUAL) && Expression() is not null)
            throw RaiseAt(a, $"cannot use assignment expressions with {ExprName(a)}");
        _mark = start;
        // NAME '=' bitwise_or !('='|':=')
        var n = NameExpr();
        if (n is not null && Accept(EQUAL))
        {
            var b = BitwiseOr();
            if (b is not null && !Check(EQUAL) && !Check(COLONEQUAL))
                throw RaiseRange(P(n), P(b), "invalid syntax. Maybe you meant '==' or ':=' instead of '='?");
        }
        _mark = start;
        // !(list|tuple|genexp|'True'|'None'|'False') bitwise_or '=' bitwise_or !('='|':=')
        bool excluded = List_() is not null;
        _mark = start;
        excluded = excluded || Tuple_() is not null;
        _mark = start;
        excluded = excluded || Genexp() is not null;
        _mark = start;
        excluded = excluded || CheckKeyword("True") || CheckKeyword("None") || CheckKeyword("False");
        if (!excluded)
        {
            var a2 = BitwiseOr();
            if (a2 is not null && Accept(EQUAL))
            {
                var b = BitwiseOr();
                if (b is not null && !Check(EQUAL) && !Check(COLONEQUAL))
                    throw RaiseAt(a2, $"cannot assign to {ExprName(a2)} here. Maybe you meant '==' instead of '='?");
            }
        }
        _mark = start;
    }

    // python.gram: invalid_assignment
    private void InvalidAssignment()
    {
        int start = _mark;
        var a = InvalidAnnAssignTarget();
        if (a is not null && Accept(COLON) && Expression() is not null)
            throw RaiseAt(a, $"only single target (not {ExprName(a)}) can be annotated");
        _mark = start;
        // star_named_expression ',' star_named_expressions* ':' expression
        var s = StarNamedExpression();
        if (s is not null && Accept(COMMA))
        {
            while (true) { int m = _mark; if (StarNamedExpressions() is null) { _mark = m; break; } }
            if (Accept(COLON) && Expression() is not null)
                throw RaiseAt(s, "only single target (not tuple) can be annotated");
        }
        _mark = start;
        // expression ':' expression
        var e = Expression();
        if (e is not null && Accept(COLON) && Expression() is not null)
            throw RaiseAt(e, "illegal target for annotation");
        _mark = start;
        // (star_targets '=')* star_expressions '='
        SkipStarTargetsAssignments();
        var se = StarExpressions();
        if (se is not null && Check(EQUAL)) RaiseInvalidTarget(TargetsType.StarTargets, se);
        _mark = start;
        // (star_targets '=')* yield_expr '='
        SkipStarTargetsAssignments();
        var y = YieldExpr();
        if (y is not null && Check(EQUAL)) throw RaiseAt(y, "assignment to yield expression not possible");
        _mark = start;
        // star_expressions augassign (yield_expr | star_expressions)
        se = StarExpressions();
        if (se is not null && AugAssignOp() is not null)
        {
            int m = _mark;
            var v = YieldExpr();
            if (v is null) { _mark = m; v = StarExpressions(); }
            if (v is not null)
                throw RaiseAt(se, $"'{ExprName(se)}' is an illegal expression for augmented assignment");
        }
        _mark = start;
    }

    private void SkipStarTargetsAssignments()
    {
        while (true)
        {
            int m = _mark;
            var t = StarTargets();
            if (t is null || !Accept(EQUAL)) { _mark = m; break; }
        }
    }

    // python.gram: invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')'
    private ExprNode? InvalidAnnAssignTarget()
    {
        int start = _mark;
        var l = List_();
        if (l is not null) return l;
        _mark = start;
        var t = Tuple_();
        if (t is not null) return t;
        _mark = start;
        if (Accept(LPAR))
        {
            var a = InvalidAnnAssignTarget();
            if (a is not null && Accept(RPAR)) return a;
        }
        _mark = start;
        return null;
    }

    // python.gram: invalid_del_stmt: 'del' star_expressions
    private void InvalidDelStmt()
    {
        int start = _mark;
        if (AcceptKeyword("del"))
        {
            var a = StarExpressions();
            if (a is not null) RaiseInvalidTarget(TargetsType.DelTargets, a);
        }
        _mark = start;
    }

    // python.gram: invalid_block: NEWLINE !INDENT
    private void InvalidBlock()
    {
        int start = _mark;
        if (Accept(NEWLINE) && !Check(INDENT)) throw Raise("expected an indented block", "IndentationError");
        _mark = start;
    }

    // python.gram: invalid_comprehension
    private void InvalidComprehension()
    {
        int start = _mark;
        var open = CurType;
        if (open is LSQB or LPAR or LBRACE)
        {
            _mark++;
            var a = StarredExpression();
            if (a is not null && ForIfClauses() is not null)
                throw RaiseAt(a, "iterable unpacking cannot be used in comprehension");
        }
        _mark = start;
        if (open is LSQB or LBRACE)
        {
            _mark++;
            var a = StarNamedExpression();
            if (a is not null && Check(COMMA))
            {
                var comma = Cur;
                _mark++;
                int m = _mark;
                var b = StarNamedExpressions();
                if (b is not null && ForIfClauses() is not null)
                    throw RaiseRange(P(a), P(b[^1]), "did you forget parentheses around the comprehension target?");
                _mark = m;
                if (ForIfClauses() is not null)
                    throw RaiseRange(P(a), P(comma), "did you forget parentheses around the comprehension target?");
            }
        }
        _mark = start;
    }

    // python.gram: invalid_dict_comprehension
    private void InvalidDictComprehension()
    {
        int start = _mark;
        if (Accept(LBRACE) && Check(DOUBLESTAR))
        {
            var a = Cur; _mark++;
            if (BitwiseOr() is not null && ForIfClauses() is not null && Check(RBRACE))
                throw RaiseAt(a, "dict unpacking cannot be used in dict comprehension");
        }
        _mark = start;
    }

    // python.gram: invalid_parameters (and invalid_lambda_parameters)
    private void InvalidParametersCore(bool lam)
    {
        int start = _mark;
        // param_no_default* invalid_parameters_helper param_no_default
        Many(() => ParamNoDefault(lam));
        int m = _mark;
        bool helper = SlashWithDefault(lam) is not null;
        if (!helper) { _mark = m; helper = Many(() => ParamWithDefault(lam)).Count > 0; }
        if (helper)
        {
            int at = _mark;
            var a = ParamNoDefault(lam);
            if (a is not null) throw RaiseAt(a, "non-default argument follows default argument");
            _ = at;
        }
        _mark = start;
        // param_no_default* '(' param_no_default+ ','? ')'
        Many(() => ParamNoDefault(lam));
        if (Check(LPAR))
        {
            var open = Cur; _mark++;
            bool inner = lam ? Gather(() => Param(true)) is not null : Many(() => ParamNoDefault(lam)).Count > 0;
            if (inner)
            {
                Accept(COMMA);
                if (Check(RPAR))
                    throw RaiseRange(P(open), P(Cur), lam ? "Lambda expression parameters cannot be parenthesized" : "Function parameters cannot be parenthesized");
            }
        }
        _mark = start;
        // "/" ','
        if (Check(SLASH) && CheckAt(1, COMMA)) throw RaiseAt(Cur, "at least one argument must precede /");
        // (slash_no_default | slash_with_default) param_maybe_default* '/'
        if (SlashNoDefault(lam) is not null || Reset(start, () => SlashWithDefault(lam) is null ? null : "x") is not null)
        {
            Many(() => ParamMaybeDefault(lam));
            if (Check(SLASH)) throw RaiseAt(Cur, "/ may appear only once");
        }
        _mark = start;
        // (slash_no_default | slash_with_default)? param_maybe_default* '*' (',' | param_no_default) param_maybe_default* '/'
        if (SlashNoDefault(lam) is null) { _mark = start; if (SlashWithDefault(lam) is null) _mark = start; }
        Many(() => ParamMaybeDefault(lam));
        if (Accept(STAR))
        {
            bool ok = Accept(COMMA) || ParamNoDefault(lam) is not null;
            if (ok)
            {
                Many(() => ParamMaybeDefault(lam));
                if (Check(SLASH)) throw RaiseAt(Cur, "/ must be ahead of *");
            }
        }
        _mark = start;
        // param_maybe_default+ '/' '*'
        if (Many(() => ParamMaybeDefault(lam)).Count > 0 && Accept(SLASH) && Check(STAR))
            throw RaiseAt(Cur, "expected comma between / and *");
        _mark = start;
    }

    private void InvalidParameters() => InvalidParametersCore(false);
    private void InvalidLambdaParameters() => InvalidParametersCore(true);

    // python.gram: invalid_default: '=' &(')'|',')
    private void InvalidDefault()
    {
        if (Check(EQUAL) && (CheckAt(1, RPAR) || CheckAt(1, COMMA)))
            throw RaiseAt(Cur, "expected default value expression");
    }

    // python.gram: invalid_star_etc / invalid_lambda_star_etc
    private void InvalidStarEtcCore(bool lam)
    {
        int start = _mark;
        if (!Check(STAR)) return;
        var star = Cur;
        _mark++;
        var close = lam ? COLON : RPAR;
        if (Check(close) || (Check(COMMA) && (CheckAt(1, close) || CheckAt(1, DOUBLESTAR))))
        {
            if (lam) throw Raise("named arguments must follow bare *");
            throw RaiseAt(star, "named arguments must follow bare *");
        }
        if (!lam && Check(COMMA) && CheckAt(1, TYPE_COMMENT)) throw Raise("bare * has associated type comment");
        _mark = start + 1;
        if (Param(lam) is not null && Check(EQUAL)) throw RaiseAt(Cur, "var-positional argument cannot have default value");
        _mark = start + 1;
        if (ParamNoDefault(lam) is not null || Accept(COMMA))
        {
            Many(() => ParamMaybeDefault(lam));
            if (Check(STAR))
            {
                var a = Cur; _mark++;
                if (ParamNoDefault(lam) is not null || Accept(COMMA))
                    throw RaiseAt(a, "* argument may appear only once");
            }
        }
        _mark = start;
    }

    private void InvalidStarEtc() => InvalidStarEtcCore(false);
    private void InvalidLambdaStarEtc() => InvalidStarEtcCore(true);

    // python.gram: invalid_kwds / invalid_lambda_kwds
    private void InvalidKwdsCore(bool lam)
    {
        int start = _mark;
        if (!Accept(DOUBLESTAR)) return;
        if (Param(lam) is not null)
        {
            if (Check(EQUAL)) throw RaiseAt(Cur, "var-keyword argument cannot have default value");
            if (Accept(COMMA))
            {
                int m = _mark;
                var a = Param(lam);
                if (a is not null) throw RaiseAt(a, "arguments cannot follow var-keyword argument");
                _mark = m;
                if (Check(STAR) || Check(DOUBLESTAR) || Check(SLASH)) throw RaiseAt(Cur, "arguments cannot follow var-keyword argument");
            }
        }
        _mark = start;
    }

    private void InvalidKwds() => InvalidKwdsCore(false);
    private void InvalidLambdaKwds() => InvalidKwdsCore(true);

    // python.gram: invalid_with_item: expression 'as' expression &(',' | ')' | ':')
    private void InvalidWithItem()
    {
        int start = _mark;
        if (Expression() is not null && AcceptKeyword("as"))
        {
            var a = Expression();
            if (a is not null && (Check(COMMA) || Check(RPAR) || Check(COLON))) RaiseInvalidTarget(TargetsType.StarTargets, a);
        }
        _mark = start;
    }

    // python.gram: invalid_for_target: ASYNC? 'for' star_expressions
    private void InvalidForTarget()
    {
        int start = _mark;
        if (CheckKeyword("async")) _mark++;
        if (AcceptKeyword("for"))
        {
            var a = StarExpressions();
            if (a is not null) RaiseInvalidTarget(TargetsType.ForTargets, a);
        }
        _mark = start;
    }

    // python.gram: invalid_group
    private void InvalidGroup()
    {
        int start = _mark;
        if (Accept(LPAR))
        {
            var a = StarredExpression();
            if (a is not null && Check(RPAR)) throw RaiseAt(a, "cannot use starred expression here");
            _mark = start + 1;
            if (Check(DOUBLESTAR))
            {
                var t = Cur; _mark++;
                if (Expression() is not null && Check(RPAR)) throw RaiseAt(t, "cannot use double starred expression here");
            }
        }
        _mark = start;
    }

    // python.gram: invalid_import_from_targets: import_from_as_names ',' NEWLINE
    private void InvalidImportFromTargets()
    {
        int start = _mark;
        if (Gather(ImportFromAsName) is not null && Accept(COMMA) && Check(NEWLINE))
            throw Raise("trailing comma not allowed without surrounding parentheses");
        _mark = start;
    }

    /// <summary>','.(expression ['as' star_target])+ (or with expressions inside parentheses).</summary>
    private bool WithItemsLoose(bool parenthesized)
    {
        bool any = false;
        while (true)
        {
            int m = _mark;
            var e = parenthesized ? Expressions() : Expression();
            if (e is null) { _mark = m; break; }
            any = true;
            int m2 = _mark;
            if (AcceptKeyword("as")) { if (StarTarget() is null) _mark = m2; }
            int m3 = _mark;
            if (!Accept(COMMA)) break;
            int m4 = _mark;
            var next = parenthesized ? Expressions() : Expression();
            _mark = m4;
            if (next is null) { _mark = m3; break; }
        }
        return any;
    }

    // python.gram: invalid_with_stmt
    private void InvalidWithStmt()
    {
        int start = _mark;
        if (CheckKeyword("async")) _mark++;
        int afterAsync = _mark;
        if (AcceptKeyword("with"))
        {
            if (WithItemsLoose(false) && Check(NEWLINE)) { _mark++; throw Raise("expected ':'"); }
            _mark = afterAsync + 1;
            if (Accept(LPAR) && WithItemsLoose(true))
            {
                Accept(COMMA);
                if (Accept(RPAR) && Check(NEWLINE)) { _mark++; throw Raise("expected ':'"); }
            }
        }
        _mark = start;
    }

    // python.gram: invalid_with_stmt_indent
    private void InvalidWithStmtIndent()
    {
        int start = _mark;
        if (CheckKeyword("async")) _mark++;
        int afterAsync = _mark;
        var a = Keyword("with");
        if (a is not null)
        {
            if (WithItemsLoose(false) && Accept(COLON) && Accept(NEWLINE) && !Check(INDENT))
                throw Raise($"expected an indented block after 'with' statement on line {P(a.Value).L}", "IndentationError");
            _mark = afterAsync + 1;
            if (Accept(LPAR) && WithItemsLoose(true))
            {
                Accept(COMMA);
                if (Accept(RPAR) && Accept(COLON) && Accept(NEWLINE) && !Check(INDENT))
                    throw Raise($"expected an indented block after 'with' statement on line {P(a.Value).L}", "IndentationError");
            }
        }
        _mark = start;
    }

    private void IndentedBlockAfter(Token kw, string what)
    {
        if (Accept(NEWLINE) && !Check(INDENT))
            throw Raise($"expected an indented block after {what} on line {P(kw).L}", "IndentationError");
    }

    // python.gram: invalid_try_stmt
    private void InvalidTryStmt()
    {
        int start = _mark;
        var a = Keyword("try");
        if (a is null) return;
        if (Accept(COLON)) { IndentedBlockAfter(a.Value, "'try' statement"); }
        _mark = start + 1;
        if (Accept(COLON) && Block() is not null && !CheckKeyword("except") && !CheckKeyword("finally"))
            throw Raise("expected 'except' or 'finally' block");
        _mark = start + 1;
        if (Accept(COLON))
        {
            int afterColon = _mark;
            Many(Block);
            if (Many(ExceptBlock).Count > 0 && CheckKeyword("except") && CheckAt(1, STAR))
            {
                var ex = Cur; _mark++;
                var star = Cur; _mark++;
                if (Expression() is not null)
                {
                    int m = _mark;
                    if (AcceptKeyword("as") && NameToken() is null) _mark = m;
                    if (Accept(COLON)) throw RaiseRange(P(ex), P(star), "cannot have both 'except' and 'except*' on the same 'try'");
                }
            }
            _mark = afterColon;
            Many(Block);
            if (Many(ExceptStarBlock).Count > 0 && CheckKeyword("except"))
            {
                var ex = Cur; _mark++;
                int m = _mark;
                if (Expression() is not null)
                {
                    int m2 = _mark;
                    if (AcceptKeyword("as") && NameToken() is null) _mark = m2;
                }
                else _mark = m;
                if (Accept(COLON)) throw RaiseAt(ex, "cannot have both 'except' and 'except*' on the same 'try'");
            }
        }
        _mark = start;
    }

    // python.gram: invalid_except_stmt
    private void InvalidExceptStmt()
    {
        int start = _mark;
        if (!AcceptKeyword("except")) return;
        Accept(STAR);
        var a = Expression();
        if (a is not null && Accept(COMMA) && Expressions() is not null)
        {
            int m = _mark;
            if (AcceptKeyword("as") && NameToken() is null) _mark = m;
            if (Accept(COLON)) throw RaiseStartingFrom(P(a), "multiple exception types must be parenthesized");
        }
        _mark = start + 1;
        Accept(STAR);
        if (Expression() is not null)
        {
            int m = _mark;
            if (AcceptKeyword("as") && NameToken() is null) _mark = m;
            if (Accept(NEWLINE)) throw Raise("expected ':'");
        }
        _mark = start + 1;
        if (Accept(NEWLINE)) throw Raise("expected ':'");
        _mark = start + 1;
        if (Accept(STAR) && (Accept(NEWLINE) || Accept(COLON))) throw Raise("expected one or more exception types");
        _mark = start;
    }

    // python.gram: invalid_finally_stmt
    private void InvalidFinallyStmt()
    {
        int start = _mark;
        var a = Keyword("finally");
        if (a is not null && Accept(COLON)) IndentedBlockAfter(a.Value, "'finally' statement");
        _mark = start;
    }

    // python.gram: invalid_except_stmt_indent
    private void InvalidExceptStmtIndent()
    {
        int start = _mark;
        var a = Keyword("except");
        if (a is null) return;
        if (Expression() is not null)
        {
            int m = _mark;
            if (AcceptKeyword("as") && NameToken() is null) _mark = m;
            if (Accept(COLON)) IndentedBlockAfter(a.Value, "'except' statement");
        }
        _mark = start + 1;
        if (Accept(COLON)) IndentedBlockAfter(a.Value, "'except' statement");
        _mark = start;
    }

    // python.gram: invalid_except_star_stmt_indent
    private void InvalidExceptStarStmtIndent()
    {
        int start = _mark;
        var a = Keyword("except");
        if (a is not null && Accept(STAR) && Expression() is not null)
        {
            int m = _mark;
            if (AcceptKeyword("as") && NameToken() is null) _mark = m;
            if (Accept(COLON)) IndentedBlockAfter(a.Value, "'except*' statement");
        }
        _mark = start;
    }

    // python.gram: invalid_match_stmt
    private void InvalidMatchStmt()
    {
        int start = _mark;
        var a = SoftKeyword("match");
        if (a is null) return;
        if (SubjectExpr() is not null && Check(NEWLINE)) { _mark++; throw Raise("expected ':'"); }
        _mark = start + 1;
        if (SubjectExpr() is not null && Accept(COLON)) IndentedBlockAfter(a.Value, "'match' statement");
        _mark = start;
    }

    // python.gram: invalid_case_block
    private void InvalidCaseBlock()
    {
        int start = _mark;
        var a = SoftKeyword("case");
        if (a is null) return;
        if (Patterns() is not null)
        {
            int m = _mark;
            if (AcceptKeyword("if")) { if (NamedExpression() is null) _mark = m; }
            if (Check(NEWLINE)) { _mark++; throw Raise("expected ':'"); }
        }
        _mark = start + 1;
        if (Patterns() is not null)
        {
            int m = _mark;
            if (AcceptKeyword("if")) { if (NamedExpression() is null) _mark = m; }
            if (Accept(COLON)) IndentedBlockAfter(a.Value, "'case' statement");
        }
        _mark = start;
    }

    // python.gram: invalid_as_pattern
    private void InvalidAsPattern()
    {
        int start = _mark;
        if (OrPattern() is not null && AcceptKeyword("as"))
        {
            int m = _mark;
            var u = SoftKeyword("_");
            if (u is not null) throw RaiseAt(u.Value, "cannot use '_' as a target");
            _mark = m;
            if (NameToken() is null)
            {
                _mark = m;
                var e = Expression();
                if (e is not null) throw RaiseAt(e, "invalid pattern target");
            }
        }
        _mark = start;
    }

    // python.gram: invalid_class_pattern
    private void InvalidClassPattern()
    {
        int start = _mark;
        if (NameOrAttr() is not null && Accept(LPAR))
        {
            // invalid_class_argument_pattern: [positional_patterns ','] keyword_patterns ',' positional_patterns
            int m = _mark;
            if (!(PositionalPatterns() is not null && Accept(COMMA))) _mark = m;
            if (KeywordPatterns() is not null && Accept(COMMA))
            {
                var a = PositionalPatterns();
                if (a is not null) throw RaiseRange(P(a[0]), P(a[^1]), "positional patterns follow keyword patterns");
            }
        }
        _mark = start;
    }

    /// <summary>invalid_if_stmt / invalid_elif_stmt / invalid_while_stmt share one shape.</summary>
    private void InvalidConditional(string keyword, string what)
    {
        int start = _mark;
        var a = Keyword(keyword);
        if (a is null) return;
        if (NamedExpression() is not null && Check(NEWLINE)) { _mark++; throw Raise("expected ':'"); }
        _mark = start + 1;
        if (NamedExpression() is not null && Accept(COLON)) IndentedBlockAfter(a.Value, what);
        _mark = start;
    }

    private void InvalidIfStmt() => InvalidConditional("if", "'if' statement");
    private void InvalidElifStmt() => InvalidConditional("elif", "'elif' statement");
    private void InvalidWhileStmt() => InvalidConditional("while", "'while' statement");

    // python.gram: invalid_else_stmt
    private void InvalidElseStmt()
    {
        int start = _mark;
        var a = Keyword("else");
        if (a is not null && Accept(COLON)) IndentedBlockAfter(a.Value, "'else' statement");
        _mark = start;
    }

    // python.gram: invalid_for_stmt
    private void InvalidForStmt()
    {
        int start = _mark;
        if (CheckKeyword("async")) _mark++;
        var a = Keyword("for");
        if (a is null) { _mark = start; return; }
        int afterFor = _mark;
        if (StarTargets() is not null && AcceptKeyword("in") && StarExpressions() is not null)
        {
            if (Check(NEWLINE)) { _mark++; throw Raise("expected ':'"); }
            if (Accept(COLON)) IndentedBlockAfter(a.Value, "'for' statement");
        }
        _mark = start;
    }

    // python.gram: invalid_def_raw
    private void InvalidDefRaw()
    {
        int start = _mark;
        if (CheckKeyword("async")) _mark++;
        var a = Keyword("def");
        if (a is not null && NameToken() is not null && Accept(LPAR))
        {
            int m = _mark;
            if (Params() is null) _mark = m;
            if (Accept(RPAR))
            {
                int m2 = _mark;
                if (Accept(RARROW) && Expression() is null) _mark = m2;
                if (Accept(COLON)) IndentedBlockAfter(a.Value, "function definition");
            }
        }
        _mark = start;
    }

    // python.gram: invalid_class_def_raw
    private void InvalidClassDefRaw()
    {
        int start = _mark;
        var a = Keyword("class");
        if (a is null) return;
        if (NameToken() is not null)
        {
            int m = _mark;
            if (Accept(LPAR))
            {
                int m2 = _mark;
                if (Arguments() is null) _mark = m2;
                if (!Accept(RPAR)) _mark = m;
            }
            if (Check(NEWLINE)) { _mark++; throw Raise("expected ':'"); }
            if (Accept(COLON)) IndentedBlockAfter(a.Value, "class definition");
        }
        _mark = start;
    }

    // python.gram: invalid_double_starred_kvpairs
    private void InvalidDoubleStarredKvpairs()
    {
        int start = _mark;
        var pairs = Gather(() => DoubleStarredKvpair() is { } kv ? new object() : null);
        if (pairs is not null && Accept(COMMA)) InvalidKvpair();
        _mark = start;
        if (Expression() is not null && Accept(COLON))
        {
            if (Check(STAR))
            {
                var a = Cur; _mark++;
                if (BitwiseOr() is not null) throw RaiseStartingFrom(P(a), "cannot use a starred expression in a dictionary value");
                _mark--;
            }
            if (Check(RBRACE) || Check(COMMA)) throw RaiseAt(PrevToken, "expression expected after dictionary key and ':'");
        }
        _mark = start;
    }

    // python.gram: invalid_kvpair
    private void InvalidKvpair()
    {
        int start = _mark;
        var a = Expression();
        if (a is not null && !Check(COLON))
        {
            var p = P(a);
            throw KnownLocation("SyntaxError", p.L, p.EC - 1 + 1, p.EL, -1 + 1, "':' expected after dictionary key");
        }
        _mark = start;
        if (Expression() is not null && Accept(COLON))
        {
            if (Check(STAR))
            {
                var s = Cur; _mark++;
                if (BitwiseOr() is not null) throw RaiseStartingFrom(P(s), "cannot use a starred expression in a dictionary value");
                _mark--;
            }
            if (Check(RBRACE) || Check(COMMA)) throw RaiseAt(PrevToken, "expression expected after dictionary key and ':'");
        }
        _mark = start;
    }
}
