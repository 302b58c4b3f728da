using Pyref.Bytecode;
using Pyref.Compiler.Flowgraph;
using Pyref.Parser;
using Pyref.Parser.Ast;
using Pyref.Symtable;
using AstBytes = Pyref.Parser.Ast.PyBytes;
using AstEllipsis = Pyref.Parser.Ast.PyEllipsis;
using AstNone = Pyref.Parser.Ast.PyNone;
using AstStr = Pyref.Parser.Ast.PyStr;
using PyBytes = Pyref.Bytecode.PyBytes;
using PyEllipsis = Pyref.Bytecode.PyEllipsis;
using PyNone = Pyref.Bytecode.PyNone;
using SymtableT = Pyref.Symtable.Symtable;

using Attribute = Pyref.Parser.Ast.Attribute;
using Tuple = Pyref.Parser.Ast.Tuple;
using PyRepr = Pyref.Bytecode.PyRepr;
using PyTuple = Pyref.Bytecode.PyTuple;

namespace Pyref.Compiler.Codegen;

/// <summary>
/// The code generator of Python/compile.c (3.11), "the compiler section": it walks the optimized AST with the
/// symbol table and fills one <see cref="CompilerUnit"/> per code object with basic blocks of (pseudo)
/// instructions, then hands each unit to the assembler where compile.c calls assemble().
/// This file holds the struct compiler state, instruction emission (compiler_addop*), the constant cache
/// (merge_consts_recursive), scopes (compiler_enter_scope / compiler_exit_scope / compiler_set_qualname) and
/// errors; the visitors are in the other partial files.
/// </summary>
public sealed partial class Codegen
{
    /// <summary>PyCF_ALLOW_TOP_LEVEL_AWAIT (Include/cpython/compile.h).</summary>
    public const int PyCfAllowTopLevelAwait = 0x2000;
    /// <summary>PyCF_MASK: the CO_FUTURE_* bits that compile() flags may carry.</summary>
    public const int PyCfMask = FutureFeatures.CoFutureDivision | FutureFeatures.CoFutureAbsoluteImport
        | FutureFeatures.CoFutureWithStatement | FutureFeatures.CoFuturePrintFunction
        | FutureFeatures.CoFutureUnicodeLiterals | FutureFeatures.CoFutureBarryAsBdfl
        | FutureFeatures.CoFutureGeneratorStop | FutureFeatures.CoFutureAnnotations;

    // Python/compile.c STACK_USE_GUIDELINE and CO_MAXBLOCKS.
    private const int StackUseGuideline = 30;
    private const int CoMaxBlocks = 20;

    private readonly string _filename;        // c_filename
    private readonly SymtableT _st;           // c_st
    private readonly FutureFeatures _future;  // c_future (ff_features already merged with the flags)
    private readonly int _cfFlags;            // c_flags->cf_flags
    private readonly int _optimize;           // c_optimize
    private readonly string? _source;         // for SyntaxError.text when the file cannot be read
    private bool _interactive;                // c_interactive
    private int _nestLevel;                   // c_nestlevel
    /// <summary>c_const_cache: one shared instance per constant value (by _PyCode_ConstantKey) for the whole compile.</summary>
    private readonly Dictionary<object, object> _constCache = new(ConstantKey.Comparer);
    /// <summary>The code objects of c_const_cache, merged by value as code_richcompare compares them.</summary>
    private readonly Dictionary<CodeObject, CodeObject> _codeCache = new(CodeValueComparer.Instance);
    private Unit _u = null!;                  // c->u
    private readonly List<Unit> _stack = new(); // c_stack

    private Codegen(string filename, SymtableT st, FutureFeatures future, int cfFlags, int optimize, string? source)
    {
        _filename = filename; _st = st; _future = future; _cfFlags = cfFlags; _optimize = optimize; _source = source;
    }

    /// <summary>
    /// compiler_mod after _PyAST_Compile has run the future parse, the AST optimizer and the symtable: the code object
    /// of the module (mode exec), expression (eval) or interactive statement (single).
    /// </summary>
    public static CodeObject CompileModule(ModNode mod, string filename, SymtableT st, FutureFeatures future,
        int cfFlags, int optimize, string? source = null)
    {
        CodeObject Run()
        {
            var c = new Codegen(filename, st, future, cfFlags, optimize, source) { _module = mod };
            return c.CompilerMod(mod);
        }
        // The visitors recurse as deep as the tree (the symtable bounds it at CPython's limit): when the caller's
        // stack runs short, compile again on a thread whose stack holds any tree the symtable lets through.
        try { return Run(); }
        catch (StackTooSmallException) { }
        return BigStack.Run(Run);
    }

    /// <summary>The current thread's stack is too small for this tree: codegen is redone on a big-stack thread.</summary>
    private sealed class StackTooSmallException : Exception { }

    private static void CheckStack()
    {
        if (!System.Runtime.CompilerServices.RuntimeHelpers.TryEnsureSufficientExecutionStack()) throw new StackTooSmallException();
    }

    /// <summary>The codegen-only part of struct compiler_unit (the rest is <see cref="CompilerUnit"/>).</summary>
    private sealed class Unit(CompilerUnit u)
    {
        public readonly CompilerUnit U = u;
        public readonly List<FBlockInfo> FBlocks = new();   // u_fblock[0 .. u_nfblocks)
        public Location Loc;                                // u_lineno, u_end_lineno, u_col_offset, u_end_col_offset
        public bool NeedNewImplicitBlock;                   // u_need_new_implicit_block
        public SymtableEntry Ste => U.Ste;
        public CompilerScope ScopeType => U.ScopeType;
    }

    // ------------------------------------------------------------------ locations

    /// <summary>UNSET_LOC: artificial instructions.</summary>
    private static readonly Location Unset = new(-1, -1, -1, -1);
    /// <summary>compiler_addop_noline / compiler_addop_j_noline pass (-1, 0, 0, 0).</summary>
    private static readonly Location NoLine = new(-1, 0, 0, 0);

    private static Location LocOf(Node n) => n switch
    {
        StmtNode s => new Location(s.Lineno, s.EndLineno, s.ColOffset, s.EndColOffset),
        ExprNode e => new Location(e.Lineno, e.EndLineno, e.ColOffset, e.EndColOffset),
        PatternNode p => new Location(p.Lineno, p.EndLineno, p.ColOffset, p.EndColOffset),
        ExcepthandlerNode h => new Location(h.Lineno, h.EndLineno, h.ColOffset, h.EndColOffset),
        Keyword k => new Location(k.Lineno, k.EndLineno, k.ColOffset, k.EndColOffset),
        Arg a => new Location(a.Lineno, a.EndLineno, a.ColOffset, a.EndColOffset),
        Alias a => new Location(a.Lineno, a.EndLineno, a.ColOffset, a.EndColOffset),
        _ => throw new InvalidOperationException($"no location on {n.TypeName}"),
    };

    /// <summary>SET_LOC(c, x).</summary>
    private void SetLoc(Node n) => _u.Loc = LocOf(n);
    // The common cases without LocOf's type tests (a test against an abstract node class is a runtime helper call).
    private void SetLoc(ExprNode e) => _u.Loc = new Location(e.Lineno, e.EndLineno, e.ColOffset, e.EndColOffset);
    private void SetLoc(StmtNode s) => _u.Loc = new Location(s.Lineno, s.EndLineno, s.ColOffset, s.EndColOffset);
    private void UnsetLoc() => _u.Loc = Unset;

    // ------------------------------------------------------------------ blocks and instructions

    private BasicBlock NewBlock() => _u.U.NewBlock();

    /// <summary>compiler_use_next_block.</summary>
    private void UseNextBlock(BasicBlock block)
    {
        _u.U.CurrentBlock.Next = block;
        _u.U.CurrentBlock = block;
        _u.NeedNewImplicitBlock = false;
    }

    /// <summary>compiler_addop_line / compiler_addop_i_line / add_jump_to_block.</summary>
    private void Emit(int opcode, int oparg, Location loc, BasicBlock? target = null)
    {
        if (_u.NeedNewImplicitBlock) UseNextBlock(NewBlock());
        var b = _u.U.CurrentBlock;
        b.Instrs.Add(new Instr(opcode, oparg, loc, target));
        if (Cfg.IsEndOfBasicBlock(opcode)) _u.NeedNewImplicitBlock = true;
    }

    private void AddOp(int opcode) => Emit(opcode, 0, _u.Loc);
    private void AddOpNoLine(int opcode) => Emit(opcode, 0, NoLine);
    private void AddOpI(int opcode, int oparg) => Emit(opcode, oparg, _u.Loc);
    private void AddOpINoLine(int opcode, int oparg) => Emit(opcode, oparg, NoLine);
    private void AddOpJ(int opcode, BasicBlock target) => Emit(opcode, 0, _u.Loc, target);
    private void AddOpJNoLine(int opcode, BasicBlock target) => Emit(opcode, 0, NoLine, target);

    /// <summary>ADDOP_NAME: the mangled name's index in co_names.</summary>
    private void AddOpName(int opcode, string name)
    {
        var mangled = SymtableT.Mangle(_u.U.Private, name);
        AddOpI(opcode, _u.U.Names.Add(mangled));
    }

    /// <summary>ADDOP_N with u_names (no mangling: IMPORT_FROM of a dotted import's parts).</summary>
    private void AddOpNames(int opcode, string name) => AddOpI(opcode, _u.U.Names.Add(name));

    // ------------------------------------------------------------------ constants

    /// <summary>merge_consts_recursive: the compile-wide shared instance equal to o (tuples and frozensets merged item by item).</summary>
    private object MergeConstsRecursive(object o)
    {
        if (o is PyNone || o is PyEllipsis) return o;
        if (o is CodeObject code)
        {
            // _PyCode_ConstantKey keys a code object by itself and code objects compare by value (code_richcompare):
            // the two compilations of a while loop's test make one shared <genexpr> code object.
            if (_codeCache.TryGetValue(code, out var same)) return same;
            _codeCache[code] = code;
            return code;
        }
        if (_constCache.TryGetValue(o, out var existing)) return existing;
        _constCache[o] = o;
        switch (o)
        {
            case PyTuple t:
                for (int i = 0; i < t.Items.Length; i++)
                {
                    var merged = MergeConstsRecursive(t.Items[i]);
                    if (!ReferenceEquals(merged, t.Items[i])) t.Items[i] = merged;
                }
                break;
            case PyFrozenSet s when s.Count > 0:
                {
                    // compile.c rebuilds the frozenset from its items in iteration order, merged.
                    var order = s.IterationOrder;
                    var items = new object[order.Length];
                    for (int i = 0; i < order.Length; i++) items[i] = MergeConstsRecursive(order[i]);
                    var rebuilt = new PyFrozenSet(items);
                    _constCache[o] = rebuilt;
                    return rebuilt;
                }
        }
        return o;
    }

    /// <summary>compiler_add_const.</summary>
    private int AddConst(object o) => _u.U.Consts.Add(MergeConstsRecursive(o));

    /// <summary>ADDOP_LOAD_CONST.</summary>
    private void LoadConst(object o) => AddOpI(Op311.LOAD_CONST, AddConst(o));

    private static readonly object Zero = System.Numerics.BigInteger.Zero;

    /// <summary>
    /// An AST Constant value (interpreter/Parser/Ast/Node.cs) in the Bytecode leaf's constant model
    /// (interpreter/Bytecode/Constants.cs). Tuples and frozensets folded by the AST optimizer are converted item by item.
    /// </summary>
    internal static object ConvertConstant(object v) => v switch
    {
        AstNone => PyNone.Value,
        AstEllipsis => PyEllipsis.Value,
        AstBytes b => new PyBytes(b.Data),
        // DEVIATION(CPython): a str whose escaped lone surrogates would pair up in UTF-16 becomes the paired string:
        // the Bytecode leaf's str is a .NET string.
        AstStr s => s.ToString(),
        PyTuple t => new PyTuple(ConvertItems(t.Items)),
        PyFrozenSet f => new PyFrozenSet(ConvertItems(f.Items)),
        object[] items => new PyTuple(ConvertItems(items)),
        int i => new System.Numerics.BigInteger(i),
        long l => new System.Numerics.BigInteger(l),
        _ => v,
    };

    private static object[] ConvertItems(object[] items)
    {
        var result = new object[items.Length];
        for (int i = 0; i < items.Length; i++) result[i] = ConvertConstant(items[i]);
        return result;
    }

    private static bool IsNoneConst(object v) => v is AstNone || v is PyNone;

    // ------------------------------------------------------------------ errors

    /// <summary>compiler_error: a SyntaxError at the current location (offsets are UTF-8 byte offsets + 1).</summary>
    private PythonSyntaxError Error(string msg)
    {
        var loc = _u.Loc;
        return new PythonSyntaxError("SyntaxError", msg, _filename, loc.Lineno, loc.ColOffset + 1,
            loc.EndLineno, loc.EndColOffset + 1, ProgramText(loc.Lineno), "compiler");
    }

    /// <summary>PyErr_ProgramTextObject: the line from the file named filename (None when it cannot be read).</summary>
    private string? ProgramText(int lineno)
    {
        if (lineno < 1) return null;
        try
        {
            if (!File.Exists(_filename)) return null;
            int n = 0;
            foreach (var line in File.ReadLines(_filename))
                if (++n == lineno) return line + "\n";
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }

    /// <summary>
    /// compiler_warn: PyErr_WarnExplicitObject(PyExc_SyntaxWarning, msg, c_filename, u_lineno, NULL, NULL), recorded
    /// in <see cref="CompilerWarnings.Pending"/> with the SyntaxError at the current location that it becomes when
    /// the filters turn it into an error.
    /// DEVIATION(CPython): the warning is shown when compilation ends, and one made an error stops the compilation
    /// then rather than at once (nothing observable differs: compiling has no other side effects).
    /// </summary>
    private void Warn(string msg) =>
        CompilerWarnings.Pending?.Add(new CompilerWarnings.Warning(msg, _filename, _u.Loc.Lineno, Error(msg)));

    /// <summary>infer_type: the tp_name of the type an expression certainly has, or null.</summary>
    private static string? InferType(ExprNode e) => e switch
    {
        Tuple => "tuple",
        List or ListComp => "list",
        Dict or DictComp => "dict",
        Set or SetComp => "set",
        GeneratorExp => "generator",
        Lambda => "function",
        JoinedStr or FormattedValue => "str",
        Constant c => ConstantTypeName(c.Value),
        _ => null,
    };

    private static string ConstantTypeName(object v) => v switch
    {
        AstNone or PyNone => "NoneType",
        AstEllipsis or PyEllipsis => "ellipsis",
        bool => "bool",
        int or long or System.Numerics.BigInteger => "int",
        double => "float",
        System.Numerics.Complex => "complex",
        AstStr or string => "str",
        AstBytes or PyBytes => "bytes",
        PyTuple or object[] => "tuple",
        PyFrozenSet => "frozenset",
        _ => v.GetType().Name,
    };

    // ------------------------------------------------------------------ scopes

    /// <summary>dictbytype: names of the block whose scope is scopeType (or that have flag), sorted, added to into
    /// in that order. Most blocks have no cell and no free variable: then nothing is allocated.</summary>
    private static void AddNamesByType(SymtableEntry ste, SymbolScope scopeType, SymbolFlags flag, IndexedNames into)
    {
        List<string>? names = null;
        foreach (var (name, flags) in ste.Symbols)
            if (flags.Scope() == scopeType || (flags & flag) != 0) (names ??= new()).Add(name);
        if (names is null) return;
        names.Sort(string.CompareOrdinal);
        foreach (var name in names) into.Add(name);
    }

    /// <summary>compiler_enter_scope.</summary>
    private void EnterScope(string name, CompilerScope scopeType, Node key, int lineno)
    {
        var ste = _st.Lookup(key);
        var cu = new CompilerUnit(ste, name, scopeType, lineno);
        foreach (var v in ste.VarNames) cu.VarNames.Add(v);
        AddNamesByType(ste, SymbolScope.Cell, SymbolFlags.None, cu.CellVars);
        if (ste.NeedsClassClosure) cu.CellVars.Add("__class__");
        AddNamesByType(ste, SymbolScope.Free, SymbolFlags.DefFreeClass, cu.FreeVars);
        var u = new Unit(cu) { Loc = new Location(lineno, lineno, 0, 0) };
        if (_u is not null)
        {
            _stack.Add(_u);
            cu.Private = _u.U.Private;
        }
        _u = u;
        _nestLevel++;
        var block = cu.NewBlock();
        cu.CurrentBlock = block;
        if (scopeType == CompilerScope.Module) _u.Loc = _u.Loc with { Lineno = 0 };
        else SetQualname();
        AddOpI(Op311.RESUME, 0);
        if (scopeType == CompilerScope.Module) _u.Loc = _u.Loc with { Lineno = -1 };
    }

    /// <summary>compiler_exit_scope.</summary>
    private void ExitScope()
    {
        _nestLevel--;
        if (_stack.Count > 0)
        {
            _u = _stack[^1];
            _stack.RemoveAt(_stack.Count - 1);
        }
        else _u = null!;
    }

    /// <summary>compiler_set_qualname.</summary>
    private void SetQualname()
    {
        var u = _u.U;
        string? b = null;
        if (_stack.Count > 0)
        {
            var parent = _stack[^1];
            bool forceGlobal = false;
            if (u.ScopeType is CompilerScope.Function or CompilerScope.AsyncFunction or CompilerScope.Class)
            {
                var mangled = SymtableT.Mangle(parent.U.Private, u.Name);
                if (parent.Ste.GetScope(mangled) == SymbolScope.GlobalExplicit) forceGlobal = true;
            }
            if (!forceGlobal)
            {
                b = parent.ScopeType is CompilerScope.Function or CompilerScope.AsyncFunction or CompilerScope.Lambda
                    ? parent.U.QualName + ".<locals>"
                    : parent.U.QualName;
            }
        }
        u.QualName = b is not null ? b + "." + u.Name : u.Name;
    }

    private bool IsTopLevelAwait =>
        (_cfFlags & PyCfAllowTopLevelAwait) != 0 && _u.Ste.Type == BlockType.Module;

    /// <summary>assemble(c, addNone), then the unit is left by the caller.</summary>
    public static readonly System.Diagnostics.Stopwatch AssembleTime = new();
    private CodeObject Assemble(bool addNone)
    {
        AssembleTime.Start();
        CodeObject co;
        try { co = Assembler.Assembler.Assemble(_u.U, _filename, addNone, _cfFlags & PyCfMask); }
        finally { AssembleTime.Stop(); }
        // The unit is done with (compiler_exit_scope frees it): its instruction arrays go back to the pool.
        foreach (var block in _u.U.Blocks) block.Instrs.Recycle();
        InternStringConstants(co);
        return co;
    }

    /// <summary>compiler_mod.</summary>
    private CodeObject CompilerMod(ModNode mod)
    {
        bool addNone = true;
        EnterScope("<module>", CompilerScope.Module, mod, 1);
        _u.Loc = _u.Loc with { Lineno = 1 };
        switch (mod)
        {
            case Module m:
                CompilerBody(m.Body);
                break;
            case Interactive i:
                if (FindAnn(i.Body)) AddOp(Op311.SETUP_ANNOTATIONS);
                _interactive = true;
                foreach (var s in i.Body) VisitStmt(s);
                break;
            case Expression e:
                VisitExpr(e.Body);
                addNone = false;
                break;
            default:
                throw new InvalidOperationException($"module kind {mod.TypeName} should not be possible");
        }
        var co = Assemble(addNone);
        ExitScope();
        return co;
    }

    /// <summary>_PyAST_GetDocString: the first statement's string constant, if it is one.</summary>
    private static object? GetDocString(List<StmtNode> body)
    {
        if (body.Count == 0 || body[0] is not Expr { Value: Constant c }) return null;
        return c.Value is string or AstStr ? c.Value : null;
    }

    /// <summary>compiler_body: docstring and annotations of a module or class body.</summary>
    private void CompilerBody(List<StmtNode> stmts)
    {
        int i = 0;
        if (_u.ScopeType == CompilerScope.Module && stmts.Count > 0) SetLoc(stmts[0]);
        if (FindAnn(stmts)) AddOp(Op311.SETUP_ANNOTATIONS);
        if (stmts.Count == 0) return;
        if (_optimize < 2 && GetDocString(stmts) is not null)
        {
            i = 1;
            VisitExpr(((Expr)stmts[0]).Value);
            UnsetLoc();
            NameOp("__doc__", ExprCtx.Store);
        }
        for (; i < stmts.Count; i++) VisitStmt(stmts[i]);
    }

    /// <summary>find_ann: does the block contain a variable annotation (statically)?</summary>
    private static bool FindAnn(List<StmtNode> stmts)
    {
        foreach (var st in stmts)
        {
            bool res = st switch
            {
                AnnAssign => true,
                For f => FindAnn(f.Body) || FindAnn(f.Orelse),
                AsyncFor f => FindAnn(f.Body) || FindAnn(f.Orelse),
                While w => FindAnn(w.Body) || FindAnn(w.Orelse),
                If f => FindAnn(f.Body) || FindAnn(f.Orelse),
                With w => FindAnn(w.Body),
                AsyncWith w => FindAnn(w.Body),
                Try t => t.Handlers.Any(h => FindAnn(((ExceptHandler)h).Body))
                         || FindAnn(t.Body) || FindAnn(t.Finalbody) || FindAnn(t.Orelse),
                TryStar t => t.Handlers.Any(h => FindAnn(((ExceptHandler)h).Body))
                         || FindAnn(t.Body) || FindAnn(t.Finalbody) || FindAnn(t.Orelse),
                Match m => m.Cases.Any(c => FindAnn(c.Body)),
                _ => false,
            };
            if (res) return true;
        }
        return false;
    }

    // ------------------------------------------------------------------ names

    internal enum ExprCtx { Load, Store, Del }

    private static ExprCtx CtxOf(ExprContextNode ctx) => ctx switch
    {
        Store => ExprCtx.Store,
        Del => ExprCtx.Del,
        _ => ExprCtx.Load,
    };

    /// <summary>forbidden_name: raises for assignments to / deletions of __debug__.</summary>
    private void ForbiddenName(string name, ExprCtx ctx)
    {
        if (name != "__debug__") return;
        if (ctx == ExprCtx.Store) throw Error("cannot assign to __debug__");
        if (ctx == ExprCtx.Del) throw Error("cannot delete __debug__");
    }

    /// <summary>compiler_nameop: LOAD/STORE/DELETE of a name with the scope the symbol table resolved.</summary>
    private void NameOp(string name, ExprCtx ctx)
    {
        ForbiddenName(name, ctx);
        var mangled = SymtableT.Mangle(_u.U.Private, name);
        var scope = _u.Ste.GetScope(mangled);
        bool function = _u.Ste.Type == BlockType.Function;
        switch (scope)
        {
            case SymbolScope.Free:
                AddOpI(DerefOp(ctx), _u.U.CellVars.Count + FreeVarIndex(mangled));
                return;
            case SymbolScope.Cell:
                AddOpI(DerefOp(ctx), _u.U.CellVars.Add(mangled));
                return;
            case SymbolScope.Local when function:
                AddOpI(ctx switch
                {
                    ExprCtx.Load => Op311.LOAD_FAST,
                    ExprCtx.Store => Op311.STORE_FAST,
                    _ => Op311.DELETE_FAST,
                }, _u.U.VarNames.Add(mangled));
                return;
            case SymbolScope.GlobalImplicit when function:
            case SymbolScope.GlobalExplicit:
                {
                    int arg = _u.U.Names.Add(mangled);
                    switch (ctx)
                    {
                        case ExprCtx.Load: AddOpI(Op311.LOAD_GLOBAL, arg << 1); break;
                        case ExprCtx.Store: AddOpI(Op311.STORE_GLOBAL, arg); break;
                        default: AddOpI(Op311.DELETE_GLOBAL, arg); break;
                    }
                    return;
                }
        }
        int n = _u.U.Names.Add(mangled);
        AddOpI(ctx switch
        {
            ExprCtx.Load => Op311.LOAD_NAME,
            ExprCtx.Store => Op311.STORE_NAME,
            _ => Op311.DELETE_NAME,
        }, n);
    }

    private int DerefOp(ExprCtx ctx) => ctx switch
    {
        ExprCtx.Load => _u.Ste.Type == BlockType.Class ? Op311.LOAD_CLASSDEREF : Op311.LOAD_DEREF,
        ExprCtx.Store => Op311.STORE_DEREF,
        _ => Op311.DELETE_DEREF,
    };

    /// <summary>
    /// compiler_add_o on u_freevars: CPython's dict values start at the number of cells, so a name missing from
    /// the dict gets index len(freevars) (not offset); mirrored by returning the 0-based index minus the cell count.
    /// </summary>
    private int FreeVarIndex(string name)
    {
        if (_u.U.FreeVars.TryGetIndex(name, out var i)) return i;
        // Not seen by dictbytype: compile.c stores it at value len(u_freevars), which is an absolute index.
        int absolute = _u.U.FreeVars.Count;
        _u.U.FreeVars.Add(name);
        return absolute - _u.U.CellVars.Count;
    }

    /// <summary>get_ref_type.</summary>
    private SymbolScope GetRefType(string name)
    {
        if (_u.ScopeType == CompilerScope.Class && name == "__class__") return SymbolScope.Cell;
        var scope = _u.Ste.GetScope(name);
        if (scope == SymbolScope.Unresolved)
            throw new InvalidOperationException($"_PyST_GetScope(name='{name}') failed: unknown scope in unit {_u.U.Name}");
        return scope;
    }

    /// <summary>compiler_make_closure: LOAD_CLOSURE of each free variable of co, then MAKE_FUNCTION.</summary>
    private void MakeClosure(CodeObject co, int flags)
    {
        var free = co.FreeVars;
        if (free.Length > 0)
        {
            foreach (var name in free)
            {
                var reftype = GetRefType(name);
                int arg;
                if (reftype == SymbolScope.Cell)
                {
                    if (!_u.U.CellVars.TryGetIndex(name, out arg)) arg = -1;
                }
                else
                {
                    arg = _u.U.FreeVars.TryGetIndex(name, out var fi) ? fi + _u.U.CellVars.Count : -1;
                }
                if (arg == -1)
                    throw new InvalidOperationException(
                        $"compiler_lookup_arg(name='{name}') with reftype={(int)reftype} failed in {_u.U.Name}; freevars of code {co.Name}: ({string.Join(", ", free)})");
                AddOpI(Op311.LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            AddOpI(Op311.BUILD_TUPLE, free.Length);
        }
        LoadConst(co);
        AddOpI(Op311.MAKE_FUNCTION, flags);
    }

    /// <summary>Objects/codeobject.c code_richcompare / code_hash (3.11): the fields that make two code objects equal.</summary>
    private sealed class CodeValueComparer : IEqualityComparer<CodeObject>
    {
        public static readonly CodeValueComparer Instance = new();

        public bool Equals(CodeObject? a, CodeObject? b)
        {
            if (ReferenceEquals(a, b)) return true;
            if (a is null || b is null) return false;
            return a.Name == b.Name && a.ArgCount == b.ArgCount && a.PosOnlyArgCount == b.PosOnlyArgCount
                && a.KwOnlyArgCount == b.KwOnlyArgCount && a.Flags == b.Flags && a.FirstLineNo == b.FirstLineNo
                && a.Code.AsSpan().SequenceEqual(b.Code)
                && a.Consts.Length == b.Consts.Length && a.Consts.Zip(b.Consts).All(p => ConstantKey.ConstEquals(p.First, p.Second))
                && a.Names.AsSpan().SequenceEqual(b.Names) && a.LocalsPlusNames.AsSpan().SequenceEqual(b.LocalsPlusNames)
                && a.LineTable.AsSpan().SequenceEqual(b.LineTable) && a.ExceptionTable.AsSpan().SequenceEqual(b.ExceptionTable);
        }

        public int GetHashCode(CodeObject c) => HashCode.Combine(c.Name, c.ArgCount, c.Flags, c.FirstLineNo, c.Code.Length, c.Consts.Length);
    }
}
