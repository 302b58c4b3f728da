using Pyref.Bytecode;
using Pyref.Parser.Ast;
using Attribute = Pyref.Parser.Ast.Attribute;
using Tuple = Pyref.Parser.Ast.Tuple;

namespace Pyref.Compiler.Codegen;

public sealed partial class Codegen
{
    /// <summary>
    /// The strs interned before a code object is created: the module's identifiers (the parser interns every NAME)
    /// and the names the runtime interned at startup. The name-like str constants of earlier code objects do not
    /// count: the constant cache made equal constants one object, so interning it again finds itself.
    /// </summary>
    private HashSet<string>? _interned;
    /// <summary>The tree being compiled: <see cref="_interned"/> is collected from it on first need only, since a
    /// walk over every node costs more than the rest of codegen and only frozenset constants with names ask.</summary>
    private ModNode? _module;

    private HashSet<string> Interned
    {
        get
        {
            if (_interned is null)
            {
                _interned = new HashSet<string>(RuntimeInterned, StringComparer.Ordinal);
                CollectIdentifiers(_module!, _interned);
            }
            return _interned;
        }
    }

    /// <summary>
    /// Names the 3.11 runtime has interned before any compile: builtins (the keys of the builtins module dict)
    /// and keywords (Lib/keyword.py kwlist, static identifiers of the interpreter).
    /// DEVIATION(CPython): any other str the running process interned earlier (identifiers of every module it has
    /// imported, e.g. 'element' for _markupbase.py's sets under the harness's oracle) is unknown to a reference
    /// compiler, so such a frozenset keeps the order of one rebuild fewer.
    /// </summary>
    private static readonly string[] RuntimeInterned =
    (
        "ArithmeticError AssertionError AttributeError BaseException BaseExceptionGroup BlockingIOError BrokenPipeError " +
        "BufferError BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError " +
        "ConnectionResetError DeprecationWarning EOFError Ellipsis EncodingWarning EnvironmentError Exception " +
        "ExceptionGroup False FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError " +
        "ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError " +
        "KeyboardInterrupt LookupError MemoryError ModuleNotFoundError NameError None NotADirectoryError NotImplemented " +
        "NotImplementedError OSError OverflowError PendingDeprecationWarning PermissionError ProcessLookupError " +
        "RecursionError ReferenceError ResourceWarning RuntimeError RuntimeWarning StopAsyncIteration StopIteration " +
        "SyntaxError SyntaxWarning SystemError SystemExit TabError TimeoutError True TypeError UnboundLocalError " +
        "UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError UnicodeWarning UserWarning ValueError " +
        "Warning ZeroDivisionError __build_class__ __debug__ __doc__ __import__ __loader__ __name__ __package__ __spec__ " +
        "abs aiter all and anext any as ascii assert async await bin bool break breakpoint bytearray bytes callable chr " +
        "class classmethod compile complex continue copyright credits def del delattr dict dir divmod elif else enumerate " +
        "eval except exec exit filter finally float for format from frozenset getattr global globals hasattr hash help hex " +
        "id if import in input int is isinstance issubclass iter lambda len license list locals map max memoryview min next " +
        "nonlocal not object oct open or ord pass pow print property quit raise range repr return reversed round set " +
        "setattr slice sorted staticmethod str sum super try tuple type vars while with yield zip"
    ).Split(' ');

    /// <summary>
    /// Every identifier of the module, as the parser interned them (dotted names part by part): the identifier fields
    /// of the ASDL (Parser/Python.asdl). A typed walk: the generic Node.Fields() enumeration allocates per node and
    /// cost more than the rest of codegen on modules with a frozenset constant.
    /// </summary>
    private static void CollectIdentifiers(Node node, HashSet<string> into) => new IdentifierCollector(into).Mod(node);

    private readonly struct IdentifierCollector(HashSet<string> into)
    {
        private void Id(string? s)
        {
            if (s is null) return;
            if (s.Contains('.')) foreach (var part in s.Split('.')) into.Add(part);
            else into.Add(s);
        }

        public void Mod(Node node)
        {
            switch (node)
            {
                case Module m: Stmts(m.Body); break;
                case Interactive i: Stmts(i.Body); break;
                case Expression e: E(e.Body); break;
                case FunctionType f: Exprs(f.Argtypes); E(f.Returns); break;
            }
        }

        private void Stmts(List<StmtNode> body) { foreach (var s in body) S(s); }
        private void Exprs(List<ExprNode> list) { foreach (var e in list) E(e); }
        private void Patterns(List<PatternNode> list) { foreach (var p in list) P(p); }

        private void S(StmtNode s)
        {
            switch (s)
            {
                case FunctionDef f:
                    Id(f.Name); Args(f.Args); Stmts(f.Body); Exprs(f.DecoratorList); E(f.Returns); break;
                case AsyncFunctionDef f:
                    Id(f.Name); Args(f.Args); Stmts(f.Body); Exprs(f.DecoratorList); E(f.Returns); break;
                case ClassDef c:
                    Id(c.Name); Exprs(c.Bases); Keywords(c.Keywords); Stmts(c.Body); Exprs(c.DecoratorList); break;
                case Return r: E(r.Value); break;
                case Delete d: Exprs(d.Targets); break;
                case Assign a: Exprs(a.Targets); E(a.Value); break;
                case AugAssign a: E(a.Target); E(a.Value); break;
                case AnnAssign a: E(a.Target); E(a.Annotation); E(a.Value); break;
                case For f: E(f.Target); E(f.Iter); Stmts(f.Body); Stmts(f.Orelse); break;
                case AsyncFor f: E(f.Target); E(f.Iter); Stmts(f.Body); Stmts(f.Orelse); break;
                case While w: E(w.Test); Stmts(w.Body); Stmts(w.Orelse); break;
                case If i: E(i.Test); Stmts(i.Body); Stmts(i.Orelse); break;
                case With w: WithItems(w.Items); Stmts(w.Body); break;
                case AsyncWith w: WithItems(w.Items); Stmts(w.Body); break;
                case Match m:
                    E(m.Subject);
                    foreach (var c in m.Cases) { P(c.Pattern); E(c.Guard); Stmts(c.Body); }
                    break;
                case Raise r: E(r.Exc); E(r.Cause); break;
                case Try t: Stmts(t.Body); Handlers(t.Handlers); Stmts(t.Orelse); Stmts(t.Finalbody); break;
                case TryStar t: Stmts(t.Body); Handlers(t.Handlers); Stmts(t.Orelse); Stmts(t.Finalbody); break;
                case Assert a: E(a.Test); E(a.Msg); break;
                case Import i: Aliases(i.Names); break;
                case ImportFrom i: Id(i.Module); Aliases(i.Names); break;
                case Global g: foreach (var n in g.Names) Id(n); break;
                case Nonlocal n: foreach (var name in n.Names) Id(name); break;
                case Expr e: E(e.Value); break;
            }
        }

        private void E(ExprNode? e)
        {
            switch (e)
            {
                case null: break;
                case Name n: Id(n.Id); break;
                case Attribute a: E(a.Value); Id(a.Attr); break;
                case Constant: break;
                case Call c: E(c.Func); Exprs(c.Args); Keywords(c.Keywords); break;
                case BoolOp b: Exprs(b.Values); break;
                case NamedExpr n: E(n.Target); E(n.Value); break;
                case BinOp b: E(b.Left); E(b.Right); break;
                case UnaryOp u: E(u.Operand); break;
                case Lambda l: Args(l.Args); E(l.Body); break;
                case IfExp i: E(i.Test); E(i.Body); E(i.Orelse); break;
                case Dict d: foreach (var k in d.Keys) E(k); Exprs(d.Values); break;
                case Set s: Exprs(s.Elts); break;
                case ListComp c: E(c.Elt); Generators(c.Generators); break;
                case SetComp c: E(c.Elt); Generators(c.Generators); break;
                case DictComp c: E(c.Key); E(c.Value); Generators(c.Generators); break;
                case GeneratorExp c: E(c.Elt); Generators(c.Generators); break;
                case Await a: E(a.Value); break;
                case Yield y: E(y.Value); break;
                case YieldFrom y: E(y.Value); break;
                case Compare c: E(c.Left); Exprs(c.Comparators); break;
                case FormattedValue f: E(f.Value); E(f.FormatSpec); break;
                case JoinedStr j: Exprs(j.Values); break;
                case Subscript s: E(s.Value); E(s.Slice); break;
                case Starred s: E(s.Value); break;
                case List l: Exprs(l.Elts); break;
                case Tuple t: Exprs(t.Elts); break;
                case Slice s: E(s.Lower); E(s.Upper); E(s.Step); break;
            }
        }

        private void P(PatternNode? p)
        {
            switch (p)
            {
                case null: break;
                case MatchValue v: E(v.Value); break;
                case MatchSequence s: Patterns(s.Patterns); break;
                case MatchMapping m: Exprs(m.Keys); Patterns(m.Patterns); Id(m.Rest); break;
                case MatchClass c:
                    E(c.Cls); Patterns(c.Patterns); foreach (var a in c.KwdAttrs) Id(a); Patterns(c.KwdPatterns); break;
                case MatchStar s: Id(s.Name); break;
                case MatchAs a: P(a.Pattern); Id(a.Name); break;
                case MatchOr o: Patterns(o.Patterns); break;
            }
        }

        private void Args(Arguments a)
        {
            foreach (var x in a.Posonlyargs) A(x);
            foreach (var x in a.Args) A(x);
            A(a.Vararg);
            foreach (var x in a.Kwonlyargs) A(x);
            foreach (var d in a.KwDefaults) E(d);
            A(a.Kwarg);
            Exprs(a.Defaults);
        }

        private void A(Arg? a)
        {
            if (a is null) return;
            Id(a.ArgName); E(a.Annotation);
        }

        private void Keywords(List<Keyword> list) { foreach (var k in list) { Id(k.Arg); E(k.Value); } }
        private void Aliases(List<Alias> list) { foreach (var a in list) { Id(a.Name); Id(a.Asname); } }
        private void WithItems(List<WithItem> list) { foreach (var w in list) { E(w.ContextExpr); E(w.OptionalVars); } }
        private void Handlers(List<ExcepthandlerNode> list)
        {
            foreach (var h in list)
                if (h is ExceptHandler e) { E(e.Type); Id(e.Name); Stmts(e.Body); }
        }
        private void Generators(List<Comprehension> list)
        {
            foreach (var g in list) { E(g.Target); E(g.Iter); Exprs(g.Ifs); }
        }
    }

    /// <summary>
    /// Objects/codeobject.c intern_string_constants, run by _PyCode_New on co_consts: interning a name-like str that
    /// finds an older interned equal str replaces it, and a frozenset holding one is rebuilt from its items (in
    /// iteration order), which changes the iteration order dis shows when items collide.
    /// </summary>
    private void InternStringConstants(CodeObject co)
    {
        for (int i = 0; i < co.Consts.Length; i++)
            if (co.Consts[i] is PyFrozenSet f && HoldsInternedName(f))
                co.Consts[i] = new PyFrozenSet(f.IterationOrder);
    }

    private bool HoldsInternedName(PyFrozenSet f)
    {
        foreach (var x in f.Items)
            if (x is string s && AllNameChars(s) && (s.Length == 1 ? InternedAtStartup.Contains(s[0]) : Interned.Contains(s))) return true;
        return false;
    }

    /// <summary>
    /// One-character names for which a CPython 3.11 process, once started, already holds an interned str object other
    /// than the latin-1 singleton the parser hands the compiler, so interning the constant replaces it. Measured by
    /// compiling, in a fresh `python3 -c` process, a set display of the character and three non-name strs whose
    /// frozenset iteration order changes when rebuilt, once per character: digits and most capitals stay singletons.
    /// DEVIATION(CPython): the real state grows with every module the program imported before the compile.
    /// </summary>
    private const string InternedAtStartup = "abcdefhijklmnopqrstvwxyBCLST_";

    /// <summary>all_name_chars: ASCII letters, digits and '_' only.</summary>
    private static bool AllNameChars(string s)
    {
        foreach (char ch in s)
            if (!(ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        return true;
    }
}
