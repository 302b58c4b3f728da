using Pyref.Parser.Ast;
using Pyref.Tokenizer;
using static Pyref.Tokenizer.TokenType;

namespace Pyref.Parser;

/// <summary>The statement rules of python.gram (3.11), with targets and parameters.</summary>
internal sealed partial class PegParser
{
    // python.gram: file: [statements] ENDMARKER
    internal Module? File()
    {
        int start = _mark;
        var stmts = Statements();
        if (stmts is null) _mark = start;
        if (!Check(ENDMARKER)) return null;
        return new Module(stmts ?? new List<StmtNode>(), new List<TypeIgnoreNode>(_typeIgnores));
    }

    // python.gram: interactive: statement_newline
    internal Interactive? InteractiveRule()
    {
        var a = StatementNewline();
        return a is null ? null : new Interactive(a);
    }

    // python.gram: eval: expressions NEWLINE* ENDMARKER
    internal Expression? EvalRule()
    {
        var a = Expressions();
        if (a is null) return null;
        while (Accept(NEWLINE)) { }
        if (!Check(ENDMARKER)) return null;
        return new Expression(a);
    }

    // python.gram: func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER
    internal FunctionType? FuncTypeRule()
    {
        if (!Accept(LPAR)) return null;
        int m = _mark;
        var a = TypeExpressions();
        if (a is null) _mark = m;
        if (!Accept(RPAR) || !Accept(RARROW)) return null;
        var b = Expression();
        if (b is null) return null;
        while (Accept(NEWLINE)) { }
        if (!Check(ENDMARKER)) return null;
        return new FunctionType(a ?? new List<ExprNode>(), b);
    }

    // python.gram: fstring: star_expressions
    internal ExprNode? FStringRule() => StarExpressions();

    // python.gram: type_expressions
    private List<ExprNode>? TypeExpressions()
    {
        int start = _mark;
        var list = Gather(Expression) ?? new List<ExprNode>();
        int m = _mark;
        if (list.Count > 0 && !Accept(COMMA)) return list;
        if (list.Count > 0 && !(Check(STAR) || Check(DOUBLESTAR))) { _mark = m; return list; }
        if (Accept(STAR))
        {
            var a = Expression();
            if (a is null) { _mark = start; return null; }
            list.Add(a);
            int m2 = _mark;
            if (Accept(COMMA) && Accept(DOUBLESTAR))
            {
                var b = Expression();
                if (b is null) { _mark = start; return null; }
                list.Add(b);
            }
            else _mark = m2;
            return list;
        }
        if (Accept(DOUBLESTAR))
        {
            var b = Expression();
            if (b is null) { _mark = start; return null; }
            list.Add(b);
            return list;
        }
        _mark = m;
        return list.Count > 0 ? list : null;
    }

    // python.gram: statements: statement+
    private List<StmtNode>? Statements()
    {
        Enter();
        try
        {
            List<StmtNode>? list = null;
            while (true)
            {
                int m = _mark;
                // statement: compound_stmt | simple_stmts (inlined so that no list is built per statement)
                var c = CompoundStmt();
                if (c is not null) { (list ??= new()).Add(c); continue; }
                _mark = m;
                var s = SimpleStmts();
                if (s is null) { _mark = m; break; }
                if (list is null) list = s;
                else list.AddRange(s);
            }
            return list;
        }
        finally { Leave(); }
    }

    // python.gram: statement: compound_stmt | simple_stmts
    private List<StmtNode>? Statement()
    {
        Enter();
        try
        {
            int start = _mark;
            var c = CompoundStmt();
            if (c is not null) return new List<StmtNode> { c };
            _mark = start;
            var s = SimpleStmts();
            if (s is null) _mark = start;
            return s;
        }
        finally { Leave(); }
    }

    // python.gram: statement_newline
    private List<StmtNode>? StatementNewline()
    {
        int start = _mark;
        var c = CompoundStmt();
        if (c is not null && Accept(NEWLINE)) return new List<StmtNode> { c };
        _mark = start;
        var s = SimpleStmts();
        if (s is not null) return s;
        _mark = start;
        if (Check(NEWLINE))
        {
            var t = Cur; _mark++;
            return new List<StmtNode> { new Pass(TokPos(t)) };
        }
        // ENDMARKER { _PyPegen_interactive_exit(p) }: sets E_EOF for the REPL and fails, so compile() reports the
        // generic "invalid syntax" at the ENDMARKER.
        return null;
    }

    // python.gram: simple_stmts
    private List<StmtNode>? SimpleStmts()
    {
        Enter();
        try
        {
            int start = _mark;
            var a = SimpleStmt();
            if (a is null) return null;
            if (!Check(SEMI) && Accept(NEWLINE)) return new List<StmtNode> { a };
            _mark = start;
            var list = Gather(SimpleStmt, SEMI);
            if (list is null) { _mark = start; return null; }
            Accept(SEMI);
            if (!Accept(NEWLINE)) { _mark = start; return null; }
            return list;
        }
        finally { Leave(); }
    }

    private List<T>? Gather<T>(Func<T?> elem, TokenType separator) where T : class
    {
        int start = _mark;
        var first = elem();
        if (first is null) { _mark = start; return null; }
        var list = new List<T> { first };
        while (true)
        {
            int m = _mark;
            if (!Accept(separator)) break;
            var e = elem();
            if (e is null) { _mark = m; break; }
            list.Add(e);
        }
        return list;
    }

    // python.gram: simple_stmt (memo)
    private StmtNode? SimpleStmt()
    {
        if (TryMemo(R.SimpleStmt, out var memo)) return (StmtNode?)memo;
        Enter();
        int start = _mark;
        StmtNode? result = null;
        try
        {
            return result = SimpleStmtAlternatives(start);
        }
        finally { Memo(start, R.SimpleStmt, result); Leave(); }
    }

    private StmtNode? SimpleStmtAlternatives(int start)
    {
        var a = Assignment();
        if (a is not null) return a;
        _mark = start;
        var e = StarExpressions();
        if (e is not null) return new Expr(e, Extra(start));
        _mark = start;
        var t = Cur;
        if (t.Type != NAME) return null;
        switch (t.Text)
        {
            case "return": return ReturnStmt();
            case "import": case "from": return ImportStmt();
            case "raise": return RaiseStmt();
            case "pass": _mark++; return new Pass(Extra(start));
            case "del": return DelStmt();
            case "yield": { var y = YieldExpr(); if (y is null) { _mark = start; return null; } return new Expr(y, Extra(start)); }
            case "assert": return AssertStmt();
            case "break": _mark++; return new Break(Extra(start));
            case "continue": _mark++; return new Continue(Extra(start));
            case "global": return GlobalStmt();
            case "nonlocal": return NonlocalStmt();
        }
        return null;
    }

    // python.gram: compound_stmt
    private StmtNode? CompoundStmt()
    {
        Enter();
        try
        {
            int start = _mark;
            var t = Cur;
            if (t.Type == AT) return FunctionDef() ?? Reset(start, ClassDef);
            if (t.Type == NAME || t.Type == ASYNC)
            {
                switch (t.Text)
                {
                    case "def": return FunctionDef();
                    case "if": return IfStmt();
                    case "class": return ClassDef();
                    case "with": return WithStmt();
                    case "for": return ForStmt();
                    case "try": return TryStmt();
                    case "while": return WhileStmt();
                    case "async":
                        return FunctionDef() ?? Reset(start, WithStmt) ?? Reset(start, ForStmt);
                    case "match": return MatchStmt();
                }
            }
            return null;
        }
        finally { Leave(); }
    }

    private T? Reset<T>(int mark, Func<T?> rule) where T : class
    {
        _mark = mark;
        var r = rule();
        if (r is null) _mark = mark;
        return r;
    }

    // python.gram: assignment
    private StmtNode? Assignment()
    {
        Enter();
        try
        {
            int start = _mark;
            // NAME ':' expression ['=' annotated_rhs]
            var n = NameToken();
            if (n is not null && Accept(COLON))
            {
                var ann = Expression();
                if (ann is not null)
                {
                    var value = OptionalAssignedRhs();
                    CheckVersion(3, 6, "Variable annotation syntax is");
                    return new AnnAssign(new Name(Identifier(n.Value.Text), Store.Instance, TokPos(n.Value)), ann, value, 1, Extra(start));
                }
            }
            _mark = start;
            // ('(' single_target ')' | single_subscript_attribute_target) ':' expression ['=' annotated_rhs]
            ExprNode? target = null;
            if (Accept(LPAR))
            {
                target = SingleTarget();
                if (target is null || !Accept(RPAR)) target = null;
            }
            if (target is null)
            {
                _mark = start;
                target = SingleSubscriptAttributeTarget();
            }
            if (target is not null && Accept(COLON))
            {
                var ann = Expression();
                if (ann is not null)
                {
                    var value = OptionalAssignedRhs();
                    return new AnnAssign(target, ann, value, 0, Extra(start));
                }
            }
            _mark = start;
            // (star_targets '=')+ (yield_expr | star_expressions) !'=' [TYPE_COMMENT]
            List<ExprNode>? targets = null;
            while (true)
            {
                int m = _mark;
                var st = StarTargets();
                if (st is null || !Accept(EQUAL)) { _mark = m; break; }
                (targets ??= new()).Add(st);
            }
            if (targets is not null)
            {
                int m = _mark;
                var v = YieldExpr();
                if (v is null) { _mark = m; v = StarExpressions(); }
                if (v is not null && !Check(EQUAL))
                {
                    string? tc = null;
                    if (Check(TYPE_COMMENT)) tc = NewTypeComment(Cur.Text, _mark++);
                    return new Assign(targets, v, tc, Extra(start));
                }
            }
            _mark = start;
            // single_target augassign ~ (yield_expr | star_expressions)
            var st2 = SingleTarget();
            if (st2 is not null)
            {
                var op = AugAssignOp();
                if (op is not null)
                {
                    int m = _mark;
                    var v = YieldExpr();
                    if (v is null) { _mark = m; v = StarExpressions(); }
                    if (v is null) { _mark = start; return null; } // cut
                    return new AugAssign(st2, op, v, Extra(start));
                }
            }
            _mark = start;
            if (_callInvalidRules) { InvalidAssignment(); _mark = start; }
            return null;
        }
        finally { Leave(); }
    }

    private ExprNode? OptionalAssignedRhs()
    {
        int m = _mark;
        if (Accept(EQUAL))
        {
            var v = AnnotatedRhs();
            if (v is not null) return v;
        }
        _mark = m;
        return null;
    }

    // python.gram: annotated_rhs
    private ExprNode? AnnotatedRhs()
    {
        int m = _mark;
        var v = YieldExpr();
        if (v is not null) return v;
        _mark = m;
        v = StarExpressions();
        if (v is null) _mark = m;
        return v;
    }

    // python.gram: augassign
    private OperatorNode? AugAssignOp()
    {
        OperatorNode? op = CurType switch
        {
            PLUSEQUAL => Add.Instance, MINEQUAL => Sub.Instance, STAREQUAL => Mult.Instance,
            ATEQUAL => MatMult.Instance, SLASHEQUAL => Div.Instance, PERCENTEQUAL => Mod.Instance,
            AMPEREQUAL => BitAnd.Instance, VBAREQUAL => BitOr.Instance, CIRCUMFLEXEQUAL => BitXor.Instance,
            LEFTSHIFTEQUAL => LShift.Instance, RIGHTSHIFTEQUAL => RShift.Instance,
            DOUBLESTAREQUAL => Pow.Instance, DOUBLESLASHEQUAL => FloorDiv.Instance, _ => null,
        };
        if (op is not null) _mark++;
        return op;
    }

    // python.gram: return_stmt
    private StmtNode? ReturnStmt()
    {
        int start = _mark;
        if (!AcceptKeyword("return")) return null;
        int m = _mark;
        var v = StarExpressions();
        if (v is null) _mark = m;
        return new Return(v, Extra(start));
    }

    // python.gram: raise_stmt
    private StmtNode? RaiseStmt()
    {
        int start = _mark;
        if (!AcceptKeyword("raise")) return null;
        int m = _mark;
        var exc = Expression();
        if (exc is not null)
        {
            ExprNode? cause = null;
            int m2 = _mark;
            if (AcceptKeyword("from"))
            {
                cause = Expression();
                if (cause is null) _mark = m2;
            }
            return new Raise(exc, cause, Extra(start));
        }
        _mark = m;
        return new Raise(null, null, Extra(start));
    }

    // python.gram: global_stmt
    private StmtNode? GlobalStmt()
    {
        int start = _mark;
        if (!AcceptKeyword("global")) return null;
        var names = NameList();
        if (names is null) { _mark = start; return null; }
        return new Global(names, Extra(start));
    }

    // python.gram: nonlocal_stmt
    private StmtNode? NonlocalStmt()
    {
        int start = _mark;
        if (!AcceptKeyword("nonlocal")) return null;
        var names = NameList();
        if (names is null) { _mark = start; return null; }
        return new Nonlocal(names, Extra(start));
    }

    private List<string>? NameList()
    {
        var first = NameToken();
        if (first is null) return null;
        var list = new List<string> { Identifier(first.Value.Text) };
        while (true)
        {
            int m = _mark;
            if (!Accept(COMMA)) break;
            var n = NameToken();
            if (n is null) { _mark = m; break; }
            list.Add(Identifier(n.Value.Text));
        }
        return list;
    }

    // python.gram: del_stmt: 'del' del_targets &(';' | NEWLINE) | invalid_del_stmt
    private StmtNode? DelStmt()
    {
        int start = _mark;
        if (AcceptKeyword("del"))
        {
            var t = DelTargets();
            if (t is not null && (Check(SEMI) || Check(NEWLINE))) return new Delete(t, Extra(start));
        }
        _mark = start;
        if (_callInvalidRules) { InvalidDelStmt(); _mark = start; }
        return null;
    }

    // python.gram: assert_stmt
    private StmtNode? AssertStmt()
    {
        int start = _mark;
        if (!AcceptKeyword("assert")) return null;
        var a = Expression();
        if (a is null) { _mark = start; return null; }
        ExprNode? msg = null;
        int m = _mark;
        if (Accept(COMMA))
        {
            msg = Expression();
            if (msg is null) _mark = m;
        }
        return new Assert(a, msg, Extra(start));
    }

    // python.gram: import_stmt: import_name | import_from
    private StmtNode? ImportStmt()
    {
        int start = _mark;
        if (AcceptKeyword("import"))
        {
            var names = Gather(DottedAsName);
            if (names is null) { _mark = start; return null; }
            return new Import(names, Extra(start));
        }
        if (!AcceptKeyword("from")) return null;
        int level = 0;
        while (true)
        {
            if (Accept(DOT)) level++;
            else if (Accept(ELLIPSIS)) level += 3;
            else break;
        }
        int m = _mark;
        var module = DottedName();
        if (module is null) { _mark = m; if (level == 0) { _mark = start; return null; } }
        if (!AcceptKeyword("import")) { _mark = start; return null; }
        var targets = ImportFromTargets();
        if (targets is null) { _mark = start; return null; }
        return new ImportFrom(module, targets, level, Extra(start));
    }

    // python.gram: import_from_targets
    private List<Alias>? ImportFromTargets()
    {
        int start = _mark;
        if (Accept(LPAR))
        {
            var names = Gather(ImportFromAsName);
            if (names is not null)
            {
                Accept(COMMA);
                if (Accept(RPAR)) return names;
            }
            _mark = start;
        }
        {
            var names = Gather(ImportFromAsName);
            if (names is not null && !Check(COMMA)) return names;
            _mark = start;
        }
        if (Check(STAR))
        {
            var t = Cur; _mark++;
            return new List<Alias> { new Alias("*", null, TokPos(t)) };
        }
        if (_callInvalidRules) { InvalidImportFromTargets(); _mark = start; }
        return null;
    }

    // python.gram: import_from_as_name
    private Alias? ImportFromAsName()
    {
        int start = _mark;
        var n = NameToken();
        if (n is null) return null;
        string? asname = null;
        int m = _mark;
        if (AcceptKeyword("as"))
        {
            var a = NameToken();
            if (a is null) _mark = m; else asname = Identifier(a.Value.Text);
        }
        return new Alias(Identifier(n.Value.Text), asname, Extra(start));
    }

    // python.gram: dotted_as_name
    private Alias? DottedAsName()
    {
        int start = _mark;
        var n = DottedName();
        if (n is null) return null;
        string? asname = null;
        int m = _mark;
        if (AcceptKeyword("as"))
        {
            var a = NameToken();
            if (a is null) _mark = m; else asname = Identifier(a.Value.Text);
        }
        return new Alias(n, asname, Extra(start));
    }

    // python.gram: dotted_name (left-recursive, as a loop)
    private string? DottedName()
    {
        var n = NameToken();
        if (n is null) return null;
        string name = Identifier(n.Value.Text);
        while (true)
        {
            int m = _mark;
            if (!Accept(DOT)) break;
            var b = NameToken();
            if (b is null) { _mark = m; break; }
            name = name + "." + Identifier(b.Value.Text);
        }
        return name;
    }

    // python.gram: block (memo): NEWLINE INDENT statements DEDENT | simple_stmts | invalid_block
    private List<StmtNode>? Block()
    {
        if (TryMemo(R.Block, out var memo)) return (List<StmtNode>?)memo;
        Enter();
        int start = _mark;
        List<StmtNode>? result = null;
        try
        {
            if (Accept(NEWLINE) && Accept(INDENT))
            {
                var s = Statements();
                if (s is not null && Accept(DEDENT)) return result = s;
            }
            _mark = start;
            result = SimpleStmts();
            if (result is not null) return result;
            _mark = start;
            if (_callInvalidRules) { InvalidBlock(); _mark = start; }
            return null;
        }
        finally { Memo(start, R.Block, result); Leave(); }
    }

    // python.gram: decorators: ('@' named_expression NEWLINE)+
    private List<ExprNode>? Decorators()
    {
        List<ExprNode>? list = null;
        while (true)
        {
            int m = _mark;
            if (!Accept(AT)) break;
            var e = NamedExpression();
            if (e is null || !Accept(NEWLINE)) { _mark = m; break; }
            (list ??= new()).Add(e);
        }
        return list;
    }

    // python.gram: class_def: decorators class_def_raw | class_def_raw
    private StmtNode? ClassDef()
    {
        Enter();
        try
        {
            int start = _mark;
            var decs = Decorators();
            var c = ClassDefRaw();
            if (c is null) { _mark = start; return null; }
            if (decs is not null) c.DecoratorList = decs;
            return c;
        }
        finally { Leave(); }
    }

    // python.gram: class_def_raw
    private ClassDef? ClassDefRaw()
    {
        int start = _mark;
        if (_callInvalidRules) { InvalidClassDefRaw(); _mark = start; }
        if (!AcceptKeyword("class")) return null;
        var n = NameToken();
        if (n is null) { _mark = start; return null; }
        (List<ExprNode>, List<Keyword>)? args = null;
        int m = _mark;
        if (Accept(LPAR))
        {
            int m2 = _mark;
            args = Arguments();
            if (args is null) _mark = m2;
            if (!Accept(RPAR)) { _mark = m; args = null; }
        }
        if (!Accept(COLON)) { _mark = start; return null; }
        var body = Block();
        if (body is null) { _mark = start; return null; }
        return new ClassDef(Identifier(n.Value.Text), args?.Item1 ?? new(), args?.Item2 ?? new(), body, new List<ExprNode>(), Extra(start));
    }

    // python.gram: function_def: decorators function_def_raw | function_def_raw
    private StmtNode? FunctionDef()
    {
        Enter();
        try
        {
            int start = _mark;
            var decs = Decorators();
            var f = FunctionDefRaw();
            if (f is null) { _mark = start; return null; }
            if (decs is not null)
            {
                if (f is FunctionDef fd) fd.DecoratorList = decs;
                else if (f is AsyncFunctionDef afd) afd.DecoratorList = decs;
            }
            return f;
        }
        finally { Leave(); }
    }

    // python.gram: function_def_raw
    private StmtNode? FunctionDefRaw()
    {
        int start = _mark;
        if (_callInvalidRules) { InvalidDefRaw(); _mark = start; }
        bool isAsync = false;
        if (CheckKeyword("async")) { _mark++; isAsync = true; }
        if (!AcceptKeyword("def")) { _mark = start; return null; }
        var n = NameToken();
        if (n is null) { _mark = start; return null; }
        ExpectForced(LPAR, "(");
        int m = _mark;
        var pars = Params();
        if (pars is null) _mark = m;
        if (!Accept(RPAR)) { _mark = start; return null; }
        ExprNode? returns = null;
        m = _mark;
        if (Accept(RARROW))
        {
            returns = Expression();
            if (returns is null) _mark = m; // ['->' expression] is optional: back off, then &&':' decides
        }
        ExpectForced(COLON, ":");
        string? tc = FuncTypeComment();
        var body = Block();
        if (body is null) { _mark = start; return null; }
        var args = pars ?? EmptyArguments();
        if (isAsync)
            return new AsyncFunctionDef(Identifier(n.Value.Text), args, body, new List<ExprNode>(), returns, tc, Extra(start));
        return new FunctionDef(Identifier(n.Value.Text), args, body, new List<ExprNode>(), returns, tc, Extra(start));
    }

    // python.gram: func_type_comment: NEWLINE TYPE_COMMENT &(NEWLINE INDENT) | invalid_double_type_comments | TYPE_COMMENT
    private string? FuncTypeComment()
    {
        int m = _mark;
        if (Accept(NEWLINE) && Check(TYPE_COMMENT) && CheckAt(1, NEWLINE) && CheckAt(2, INDENT))
        {
            var t = Cur; _mark++;
            return NewTypeComment(t.Text, _mark - 1);
        }
        _mark = m;
        if (Check(TYPE_COMMENT)) { var t = Cur; _mark++; return NewTypeComment(t.Text, _mark - 1); }
        return null;
    }

    private string NewTypeComment(string text, int mark) => text;

    // python.gram: if_stmt / elif_stmt
    private StmtNode? IfStmt() => IfLike("if");

    private StmtNode? IfLike(string keyword)
    {
        Enter();
        try
        {
            int start = _mark;
            if (_callInvalidRules)
            {
                if (keyword == "if") InvalidIfStmt(); else InvalidElifStmt();
                _mark = start;
            }
            if (!AcceptKeyword(keyword)) return null;
            var test = NamedExpression();
            if (test is null || !Accept(COLON)) { _mark = start; return null; }
            var body = Block();
            if (body is null) { _mark = start; return null; }
            int m = _mark;
            if (CheckKeyword("elif"))
            {
                var e = IfLike("elif");
                if (e is not null) return new If(test, body, new List<StmtNode> { e }, Extra(start));
                _mark = m;
            }
            var orelse = ElseBlock();
            if (orelse is null) _mark = m;
            return new If(test, body, orelse ?? new List<StmtNode>(), Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: else_block: invalid_else_stmt | 'else' &&':' block
    private List<StmtNode>? ElseBlock()
    {
        int start = _mark;
        if (_callInvalidRules) { InvalidElseStmt(); _mark = start; }
        if (!AcceptKeyword("else")) return null;
        ExpectForced(COLON, ":");
        var b = Block();
        if (b is null) _mark = start;
        return b;
    }

    // python.gram: while_stmt
    private StmtNode? WhileStmt()
    {
        int start = _mark;
        if (_callInvalidRules) { InvalidWhileStmt(); _mark = start; }
        if (!AcceptKeyword("while")) return null;
        var test = NamedExpression();
        if (test is null || !Accept(COLON)) { _mark = start; return null; }
        var body = Block();
        if (body is null) { _mark = start; return null; }
        int m = _mark;
        var orelse = ElseBlock();
        if (orelse is null) _mark = m;
        return new While(test, body, orelse ?? new List<StmtNode>(), Extra(start));
    }

    // python.gram: for_stmt
    private StmtNode? ForStmt()
    {
        Enter();
        try
        {
            int start = _mark;
            if (_callInvalidRules) { InvalidForStmt(); _mark = start; }
            bool isAsync = false;
            if (CheckKeyword("async")) { _mark++; isAsync = true; }
            if (AcceptKeyword("for"))
            {
                var target = StarTargets();
                if (target is not null && AcceptKeyword("in"))
                {
                    // cut
                    var iter = StarExpressions();
                    if (iter is null || !Accept(COLON)) { _mark = start; return null; }
                    string? tc = null;
                    if (Check(TYPE_COMMENT)) tc = NewTypeComment(Cur.Text, _mark++);
                    var body = Block();
                    if (body is null) { _mark = start; return null; }
                    int m = _mark;
                    var orelse = ElseBlock();
                    if (orelse is null) _mark = m;
                    if (isAsync)
                        return new AsyncFor(target, iter, body, orelse ?? new(), tc, Extra(start));
                    return new For(target, iter, body, orelse ?? new(), tc, Extra(start));
                }
            }
            _mark = start;
            if (_callInvalidRules) { InvalidForTarget(); _mark = start; }
            return null;
        }
        finally { Leave(); }
    }

    // python.gram: with_stmt
    private StmtNode? WithStmt()
    {
        Enter();
        try
        {
            int start = _mark;
            if (_callInvalidRules) { InvalidWithStmtIndent(); _mark = start; }
            bool isAsync = false;
            if (CheckKeyword("async")) { _mark++; isAsync = true; }
            int afterAsync = _mark;
            if (!AcceptKeyword("with")) { _mark = start; return null; }
            int afterWith = _mark;
            // 'with' '(' ','.with_item+ ','? ')' ':' block
            if (Accept(LPAR))
            {
                var items = Gather(WithItem);
                if (items is not null)
                {
                    Accept(COMMA);
                    if (Accept(RPAR) && Accept(COLON))
                    {
                        var body = Block();
                        if (body is not null)
                            return isAsync ? new AsyncWith(items, body, null, Extra(start)) : new With(items, body, null, Extra(start));
                    }
                }
            }
            _mark = afterWith;
            {
                var items = Gather(WithItem);
                if (items is not null && Accept(COLON))
                {
                    string? tc = null;
                    if (Check(TYPE_COMMENT)) tc = NewTypeComment(Cur.Text, _mark++);
                    var body = Block();
                    if (body is not null)
                        return isAsync ? new AsyncWith(items, body, tc, Extra(start)) : new With(items, body, tc, Extra(start));
                }
            }
            _mark = start;
            if (_callInvalidRules) { InvalidWithStmt(); _mark = start; }
            return null;
        }
        finally { Leave(); }
    }

    // python.gram: with_item
    private WithItem? WithItem()
    {
        int start = _mark;
        var e = Expression();
        if (e is not null && AcceptKeyword("as"))
        {
            var t = StarTarget();
            if (t is not null && (Check(COMMA) || Check(RPAR) || Check(COLON))) return new WithItem(e, t);
        }
        _mark = start;
        if (_callInvalidRules) { InvalidWithItem(); _mark = start; }
        e = Expression();
        if (e is null) { _mark = start; return null; }
        return new WithItem(e, null);
    }

    // python.gram: try_stmt
    private StmtNode? TryStmt()
    {
        Enter();
        try
        {
            int start = _mark;
            if (_callInvalidRules) { InvalidTryStmt(); _mark = start; }
            if (!AcceptKeyword("try")) return null;
            ExpectForced(COLON, ":");
            var body = Block();
            if (body is null) { _mark = start; return null; }
            int afterBody = _mark;
            var fin = FinallyBlock();
            if (fin is not null) return new Try(body, new(), new(), fin, Extra(start));
            _mark = afterBody;
            var handlers = new List<ExcepthandlerNode>();
            while (true)
            {
                int m = _mark;
                var h = ExceptBlock();
                if (h is null) { _mark = m; break; }
                handlers.Add(h);
            }
            bool star = false;
            if (handlers.Count == 0)
            {
                while (true)
                {
                    int m = _mark;
                    var h = ExceptStarBlock();
                    if (h is null) { _mark = m; break; }
                    handlers.Add(h);
                }
                star = handlers.Count > 0;
            }
            if (handlers.Count == 0) { _mark = start; return null; }
            int m2 = _mark;
            var orelse = ElseBlock();
            if (orelse is null) _mark = m2;
            m2 = _mark;
            var finalbody = FinallyBlock();
            if (finalbody is null) _mark = m2;
            if (star)
                return new TryStar(body, handlers, orelse ?? new(), finalbody ?? new(), Extra(start));
            return new Try(body, handlers, orelse ?? new(), finalbody ?? new(), Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: except_block
    private ExcepthandlerNode? ExceptBlock()
    {
        int start = _mark;
        if (_callInvalidRules) { InvalidExceptStmtIndent(); _mark = start; }
        if (!AcceptKeyword("except")) return null;
        if (Accept(COLON))
        {
            var b0 = Block();
            if (b0 is not null) return new ExceptHandler(null, null, b0, Extra(start));
            _mark = start;
            return InvalidExceptStmtAfter(start);
        }
        var type = Expression();
        if (type is not null)
        {
            string? name = null;
            int m = _mark;
            if (AcceptKeyword("as"))
            {
                var n = NameToken();
                if (n is null) _mark = m; else name = Identifier(n.Value.Text);
            }
            if (Accept(COLON))
            {
                var b = Block();
                if (b is not null) return new ExceptHandler(type, name, b, Extra(start));
            }
        }
        _mark = start;
        return InvalidExceptStmtAfter(start);
    }

    private ExcepthandlerNode? InvalidExceptStmtAfter(int start)
    {
        if (_callInvalidRules) { InvalidExceptStmt(); _mark = start; }
        return null;
    }

    // python.gram: except_star_block
    private ExcepthandlerNode? ExceptStarBlock()
    {
        int start = _mark;
        if (_callInvalidRules) { InvalidExceptStarStmtIndent(); _mark = start; }
        if (!AcceptKeyword("except") || !Accept(STAR)) { _mark = start; return InvalidExceptStmtAfter(start); }
        var type = Expression();
        if (type is not null)
        {
            string? name = null;
            int m = _mark;
            if (AcceptKeyword("as"))
            {
                var n = NameToken();
                if (n is null) _mark = m; else name = Identifier(n.Value.Text);
            }
            if (Accept(COLON))
            {
                var b = Block();
                if (b is not null) return new ExceptHandler(type, name, b, Extra(start));
            }
        }
        _mark = start;
        return InvalidExceptStmtAfter(start);
    }

    // python.gram: finally_block: invalid_finally_stmt | 'finally' &&':' block
    private List<StmtNode>? FinallyBlock()
    {
        int start = _mark;
        if (_callInvalidRules) { InvalidFinallyStmt(); _mark = start; }
        if (!AcceptKeyword("finally")) return null;
        ExpectForced(COLON, ":");
        var b = Block();
        if (b is null) _mark = start;
        return b;
    }

    // ---------------------------------------------------------------- targets

    // python.gram: star_targets
    private ExprNode? StarTargets()
    {
        Enter();
        try
        {
            int start = _mark;
            var a = StarTarget();
            if (a is null) return null;
            if (!Check(COMMA)) return a;
            var elts = new List<ExprNode> { a };
            while (true)
            {
                int m = _mark;
                if (!Accept(COMMA)) break;
                var b = StarTarget();
                if (b is null) { _mark = m; Accept(COMMA); break; }
                elts.Add(b);
            }
            return new Tuple(elts, Store.Instance, Extra(start));
        }
        finally { Leave(); }
    }

    // python.gram: star_targets_list_seq: ','.star_target+ [',']
    private List<ExprNode>? StarTargetsListSeq()
    {
        var l = Gather(StarTarget);
        if (l is not null) Accept(COMMA);
        return l;
    }

    // python.gram: star_targets_tuple_seq
    private List<ExprNode>? StarTargetsTupleSeq()
    {
        int start = _mark;
        var a = StarTarget();
        if (a is null) return null;
        var list = new List<ExprNode> { a };
        int m0 = _mark;
        while (true)
        {
            int m = _mark;
            if (!Accept(COMMA)) break;
            var b = StarTarget();
            if (b is null) { _mark = m; break; }
            list.Add(b);
        }
        if (list.Count > 1) { Accept(COMMA); return list; }
        _mark = m0;
        if (Accept(COMMA)) return list;
        _mark = start;
        return null;
    }

    // python.gram: star_target (memo)
    private ExprNode? StarTarget()
    {
        if (TryMemo(R.StarTarget, out var memo)) return (ExprNode?)memo;
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            if (Accept(STAR))
            {
                if (!Check(STAR))
                {
                    var a = StarTarget();
                    if (a is not null) return result = new Starred(SetContext(a, Store.Instance), Store.Instance, Extra(start));
                }
                _mark = start;
                return null;
            }
            return result = TargetWithStarAtom();
        }
        finally { Memo(start, R.StarTarget, result); Leave(); }
    }

    // python.gram: target_with_star_atom (memo)
    private ExprNode? TargetWithStarAtom()
    {
        if (TryMemo(R.TargetWithStarAtom, out var memo)) return (ExprNode?)memo;
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            var sa = SubscriptAttributeTarget(Store.Instance);
            if (sa is not null) return result = sa;
            _mark = start;
            result = StarAtom();
            if (result is null) _mark = start;
            return result;
        }
        finally { Memo(start, R.TargetWithStarAtom, result); Leave(); }
    }

    /// <summary>t_primary '.' NAME !t_lookahead | t_primary '[' slices ']' !t_lookahead</summary>
    private ExprNode? SubscriptAttributeTarget(ExprContextNode ctx)
    {
        int start = _mark;
        var p = TPrimary();
        if (p is null) { _mark = start; return null; }
        int m = _mark;
        if (Accept(DOT))
        {
            var n = NameToken();
            if (n is not null && !TLookahead()) return new Attribute(p, Identifier(n.Value.Text), ctx, Extra(start));
        }
        _mark = m;
        if (Accept(LSQB))
        {
            var s = Slices();
            if (s is not null && Accept(RSQB) && !TLookahead()) return new Subscript(p, s, ctx, Extra(start));
        }
        _mark = start;
        return null;
    }

    // python.gram: star_atom
    private ExprNode? StarAtom()
    {
        int start = _mark;
        var n = NameToken();
        if (n is not null) return new Name(Identifier(n.Value.Text), Store.Instance, TokPos(n.Value));
        if (Accept(LPAR))
        {
            var a = TargetWithStarAtom();
            if (a is not null && Accept(RPAR)) return SetContext(a, Store.Instance);
            _mark = start + 1;
            int m = _mark;
            var seq = StarTargetsTupleSeq();
            if (seq is null) _mark = m;
            if (Accept(RPAR)) return new Tuple(seq ?? new List<ExprNode>(), Store.Instance, Extra(start));
            _mark = start;
            return null;
        }
        if (Accept(LSQB))
        {
            int m = _mark;
            var seq = StarTargetsListSeq();
            if (seq is null) _mark = m;
            if (Accept(RSQB)) return new List(seq ?? new List<ExprNode>(), Store.Instance, Extra(start));
            _mark = start;
        }
        return null;
    }

    // python.gram: single_target
    private ExprNode? SingleTarget()
    {
        int start = _mark;
        var sa = SingleSubscriptAttributeTarget();
        if (sa is not null) return sa;
        _mark = start;
        var n = NameToken();
        if (n is not null) return new Name(Identifier(n.Value.Text), Store.Instance, TokPos(n.Value));
        if (Accept(LPAR))
        {
            var a = SingleTarget();
            if (a is not null && Accept(RPAR)) return a;
        }
        _mark = start;
        return null;
    }

    // python.gram: single_subscript_attribute_target
    private ExprNode? SingleSubscriptAttributeTarget() => SubscriptAttributeTarget(Store.Instance);

    // python.gram: t_primary (left-recursive, every step followed by &t_lookahead)
    private ExprNode? TPrimary()
    {
        if (TryMemo(R.TPrimary, out var memo)) return (ExprNode?)memo;
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            var a = Atom();
            if (a is null || !TLookahead()) { _mark = start; return null; }
            int chain = 0;
            while (true)
            {
                ChainStep(ref chain);
                int m = _mark;
                var tt = CurType;
                ExprNode? next = null;
                if (tt == DOT)
                {
                    _mark++;
                    var n = NameToken();
                    if (n is not null && TLookahead()) next = new Attribute(a, Identifier(n.Value.Text), LoadCtx, Extra(start));
                }
                else if (tt == LSQB)
                {
                    _mark++;
                    var s = Slices();
                    if (s is not null && Accept(RSQB) && TLookahead()) next = new Subscript(a, s, LoadCtx, Extra(start));
                }
                else if (tt == LPAR)
                {
                    var g = Genexp();
                    if (g is not null && TLookahead()) next = new Call(a, new List<ExprNode> { g }, new List<Keyword>(), Extra(start));
                    else
                    {
                        _mark = m + 1;
                        int m2 = _mark;
                        var args = Arguments();
                        if (args is null) _mark = m2;
                        if (Accept(RPAR) && TLookahead()) next = MakeCall(a, args, Extra(start));
                    }
                }
                if (next is null) { _mark = m; break; }
                a = next;
            }
            return result = a;
        }
        finally { Memo(start, R.TPrimary, result); Leave(); }
    }

    // python.gram: t_lookahead: '(' | '[' | '.'
    private bool TLookahead()
    {
        var tt = CurType;
        return tt == LPAR || tt == LSQB || tt == DOT;
    }

    // python.gram: del_targets: ','.del_target+ [',']
    private List<ExprNode>? DelTargets()
    {
        var l = Gather(DelTarget);
        if (l is not null) Accept(COMMA);
        return l;
    }

    // python.gram: del_target (memo)
    private ExprNode? DelTarget()
    {
        if (TryMemo(R.DelTarget, out var memo)) return (ExprNode?)memo;
        Enter();
        int start = _mark;
        ExprNode? result = null;
        try
        {
            var sa = SubscriptAttributeTarget(Del.Instance);
            if (sa is not null) return result = sa;
            _mark = start;
            result = DelTAtom();
            if (result is null) _mark = start;
            return result;
        }
        finally { Memo(start, R.DelTarget, result); Leave(); }
    }

    // python.gram: del_t_atom
    private ExprNode? DelTAtom()
    {
        int start = _mark;
        var n = NameToken();
        if (n is not null) return new Name(Identifier(n.Value.Text), Del.Instance, TokPos(n.Value));
        if (Accept(LPAR))
        {
            var a = DelTarget();
            if (a is not null && Accept(RPAR)) return SetContext(a, Del.Instance);
            _mark = start + 1;
            int m = _mark;
            var seq = DelTargets();
            if (seq is null) _mark = m;
            if (Accept(RPAR)) return new Tuple(seq ?? new List<ExprNode>(), Del.Instance, Extra(start));
            _mark = start;
            return null;
        }
        if (Accept(LSQB))
        {
            int m = _mark;
            var seq = DelTargets();
            if (seq is null) _mark = m;
            if (Accept(RSQB)) return new List(seq ?? new List<ExprNode>(), Del.Instance, Extra(start));
            _mark = start;
        }
        return null;
    }

    /// <summary>action_helpers.c _PyPegen_set_expr_context: a copy with the new context, recursively.</summary>
    private static ExprNode SetContext(ExprNode e, ExprContextNode ctx)
    {
        switch (e)
        {
            case Name n: { var c = (Name)n.ShallowClone(); c.Ctx = ctx; return c; }
            case Tuple t: { var c = (Tuple)t.ShallowClone(); c.Ctx = ctx; c.Elts = t.Elts.ConvertAll(x => SetContext(x, ctx)); return c; }
            case List l: { var c = (List)l.ShallowClone(); c.Ctx = ctx; c.Elts = l.Elts.ConvertAll(x => SetContext(x, ctx)); return c; }
            case Subscript s: { var c = (Subscript)s.ShallowClone(); c.Ctx = ctx; return c; }
            case Attribute a: { var c = (Attribute)a.ShallowClone(); c.Ctx = ctx; return c; }
            case Starred st: { var c = (Starred)st.ShallowClone(); c.Ctx = ctx; c.Value = SetContext(st.Value, ctx); return c; }
            default: return e;
        }
    }
}
