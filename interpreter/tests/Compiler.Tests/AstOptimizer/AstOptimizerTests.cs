using System.Text.Json;
using Pyref.Bytecode;
using Pyref.Bytecode.Tests;
using Pyref.Parser;
using Pyref.Parser.Ast;
using Pyref.Symtable;
using Pyref.Compiler.Tests.Symtable;
using Opt = Pyref.Compiler.AstOptimizer.AstOptimizer;
using Assert = Xunit.Assert;
using AssertStmt = Pyref.Parser.Ast.Assert;
using Tuple = Pyref.Parser.Ast.Tuple;
using Expr = Pyref.Parser.Ast.Expr;

namespace Pyref.Compiler.Tests.AstOptimizer;

/// <summary>
/// The AST optimizer against CPython 3.11 through an oracle on co_consts: every constant left in the optimized AST
/// (where the compiler loads it) must be a constant of CPython's code objects for the same source (recursively,
/// items of constant tuples and frozensets included). An unfolded expression leaves its operands, a wrongly folded
/// one leaves a value CPython never computed: both show up as constants CPython does not have.
/// </summary>
public class AstOptimizerTests
{
    // CPython's side is interpreter/Symtable/tools/compare_constants.py (cpython_constants), shared with the
    // whole-stdlib check.
    private const string Script = """
import sys, json
sys.path.insert(0, sys.argv[1])
from compare_constants import cpython_constants
print(json.dumps([cpython_constants(src) for src in json.load(sys.stdin)]))
""";

    internal static List<string> Optimized(string source)
    {
        var mod = PythonParser.ParseModule(source, "<s>");
        var future = FutureParser.FromAst(mod, "<s>");
        Opt.Optimize(mod, 0, future.Features);
        return AstConstants.OurConstants(mod, (future.Features & FutureFeatures.CoFutureAnnotations) != 0);
    }

    internal static List<List<string>> CPythonConstants(IReadOnlyList<string> sources) =>
        JsonSerializer.Deserialize<List<List<string>>>(PythonOracle.Run(Script, JsonSerializer.Serialize(sources), SymtableOracle.ToolsDir()))!;

    internal static List<string> Check(IReadOnlyList<string> sources, IReadOnlyList<string>? labels = null)
    {
        var theirs = CPythonConstants(sources);
        var failures = new List<string>();
        for (int i = 0; i < sources.Count; i++)
        {
            // A source CPython cannot compile says nothing about folding.
            if (theirs[i].Count == 1 && theirs[i][0].StartsWith("ERROR ", StringComparison.Ordinal)) continue;
            var set = theirs[i].ToHashSet();
            var missing = Optimized(sources[i]).Where(c => !set.Contains(c)).Distinct().ToList();
            if (missing.Count > 0)
                failures.Add($"{labels?[i] ?? sources[i]}: not in CPython's co_consts: {string.Join(" | ", missing.Take(5))}");
        }
        return failures;
    }

    public static readonly string[] Snippets =
    [
        // integer arithmetic, exact and unbounded within MAX_INT_SIZE
        "x = 1 + 2", "x = 2 ** 100", "x = 2 ** 200", "x = 10 ** 10 ** 10", "x = -5 // 2", "x = 7 % -3", "x = -7 % 3",
        "x = 123456789 ** 3", "x = (-2) ** 127", "x = (-2) ** 128", "x = -(2 ** 63)", "x = 2 ** 64 - 1",
        "x = 12345678901234567890 * 98765432109876543210", "x = 12345678901234567 * 98765432109876543",
        "x = 1 << 100", "x = 1 << 127", "x = 1 << 128", "x = 3 << -1", "x = -1 >> 100", "x = -9 >> 2", "x = 3 & 5 | 8 ^ 1",
        "x = 0 ** 0", "x = 0 ** 5", "x = 5 ** 0", "x = 1 ** 1000", "x = 0 << 1000",
        // bool arithmetic
        "x = True | False", "x = True & True", "x = True ^ 1", "x = True + True", "x = ~True", "x = -True", "x = +False",
        "x = True * 3", "x = 'ab' * True", "x = True ** 2",
        // not and truthiness
        "x = not 0", "x = not ()", "x = not 'a'", "x = not None", "x = not 0.0", "x = not ...", "x = not b''",
        // floats and the int -> float conversion
        "x = 1 / 3", "x = 10 / 4", "x = 10**20 / 3", "x = 2**53 + 1 + 0.0", "x = 2**60 * 1.0", "x = 0.1 + 0.2",
        "x = 1e16 + 1", "x = 7.5 // 2", "x = -7.5 % 2", "x = -7 // 2.0", "x = 7.0 // -0.5", "x = 1.5e300 * 1e10",
        "x = 1e308 + 1e308", "x = -0.0", "x = 0.0 * -1", "x = 2 ** 0.5", "x = 4 ** 0.5", "x = 2 ** -1", "x = 2.0 ** 1000",
        "x = 2.0 ** 10000", "x = 10 ** -400", "x = 0.0 ** 0", "x = (-8.0) ** 3", "x = 1 / 3 + 1e-20", "x = 5 % -0.0",
        "x = 7 // 0", "x = 1 / 0", "x = 1.0 % 0", "x = 0 ** -1", "x = 0.0 ** -1", "x = 3 % 2.5", "x = -3 % 2.5",
        "x = 1e-310 / 3", "x = 3 / 10**30", "x = 10**30 / 7", "x = -(2**100) / 3",
        // complex
        "x = 1j * 1j", "x = (1+2j) / (3-4j)", "x = (1+2j) ** 2", "x = (1+2j) ** 0.5", "x = (-8) ** (1/3)", "x = 2j ** -2",
        "x = 1j + 1", "x = 1j - 2.5", "x = (1+2j) // 2", "x = 1j / 0", "x = 0j ** -1", "x = 3 * 1j", "x = -(1j)",
        // sequences and their size limits
        "x = 'a' * 4096", "x = 'a' * 4097", "x = 'ab' * 2048", "x = 'ab' * 2049", "x = b'x' * 5", "x = (1, 2) * 3",
        "x = (1,) * 256", "x = (1,) * 257", "x = ((1, 2),) * 200", "x = ((1, 2, 3, 4, 5, 6),) * 200", "x = () * 10**30",
        "x = '' * 5", "x = 'a' * -1", "x = (1,) * -1", "x = 'a' + 'b'", "x = b'a' + b'b'", "x = (1, 2) + (3,)",
        "x = (1, (2, 3), 'a', None, ...)", "x = 'a' + 1", "x = None + 1", "x = 3 @ 4", "x = 'x' * 2.0",
        // subscripts
        "x = 'abc'[1]", "x = 'abc'[-1]", "x = 'abc'[5]", "x = (1, 2, 3)[1]", "x = b'abc'[0]", "x = '\\U0001F600x'[1]",
        "x = (1, 2)[True]", "x = 'abc'[1:2]", "x = 'abc'[1.0]", "x = (1, 2)[10**30]",
        // lone surrogates that must not pair up (PyStr values)
        "x = '\\ud800' + '\\udc00'", "x = ('\\udc00' + '\\ud800') * 2", "x = '\\ud800\\udc00'[1]", "x = 'a\\ud800' * 3",
        "x = '\\U0001F600' * 2", "x = '\\U0001F600'[0] + 'x'",
        // %-format to f-string
        "x = '%s' % (a,)", "x = 'a%sb%rc%a' % (x, y, z)", "x = '%5s|%-5s|%.3s|%5.2r' % (a, b, c, d)", "x = '%d' % (a,)",
        "x = '%s %s' % (a,)", "x = '%s' % (a, b)", "x = '%s%%' % (a,)", "x = '100%%' % ()", "x = '%s' % (*a,)",
        "x = '%1234s' % (a,)", "x = '%s' % (1,)", "x = '%-s %#s' % (a, b)",
        // iteration and membership
        "for x in [1, 2, 3]: pass", "for x in [a, b]: pass", "for x in {1, 2}: pass", "if x in [1, 2]: pass",
        "if x not in {1, 2, 1.0, True}: pass", "x = [i for i in [1, 2]]", "x = {i for i in {3, 4}}", "x = a in (1, 2)",
        "x = a < b in [c, d]", "x = a in [1, 2] in [3, 4]", "for x in [*a, 1]: pass",
        // not folded into comparisons
        "x = not (a is b)", "x = not (a in b)", "x = not (a == b)", "x = not (a is not b)", "x = not (a < b < c)",
        // __debug__ and docstrings
        "def f(): return __debug__", "x = __debug__ and 1", "'a' 'b'\nx = 1", "('a' + 'b')\nx = 1",
        "def f():\n    'doc' + 'x'\n    return 1",
        // nested scopes and patterns
        "def f(a=1+1, *, b=2*3):\n    return lambda c=-1: c + 2**8", "class C:\n    x = (1, 2)[0]",
        "match x:\n    case -1: pass\n    case 1+2j: pass\n    case (1, -2.5): pass",
        "def f(x: 1+1) -> 2*2: pass", "from __future__ import annotations\ndef f(x: 1+1) -> 2*2: pass",
        "from __future__ import annotations\ndef f(x: 1+1) -> 2*2: return 3+3",
    ];

    [Fact]
    public void Snippets_fold_like_cpython()
    {
        var failures = Check(Snippets);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Stdlib_sample_folds_like_cpython()
    {
        var files = PythonOracle.Sample(
            Directory.EnumerateFiles(PythonOracle.Stdlib, "*.py", SearchOption.AllDirectories)
                .Where(f => !f.Contains("site-packages") && !f.Contains("badsyntax") && !f.Contains("bad_coding"))
                .Order(StringComparer.Ordinal).ToList(), 30);
        var failures = Check(files.Select(File.ReadAllText).ToList(), files);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Huge_powers_are_left_alone_quickly()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var mod = PythonParser.ParseModule("x = 10 ** 10 ** 10 ** 10\ny = 2 ** 10 ** 100\nz = 'a' * 10 ** 100\nw = (1,) * 10 ** 100\n");
        Opt.Optimize(mod, 0, 0);
        Assert.True(sw.Elapsed < TimeSpan.FromSeconds(5));
        var x = ((Assign)mod.Body[0]).Value;
        Assert.IsType<BinOp>(x);
        Assert.IsType<Constant>(((BinOp)((BinOp)x).Right).Left); // 10 ** 10 folded inside
    }

    [Fact]
    public void Folded_collections_use_bytecode_tuple_and_frozenset()
    {
        var mod = PythonParser.ParseModule("x = (1, 'a', (None,))\nif y in {1, True, 1.0, 2}: pass\nfor z in [a, 1]: pass\n");
        Opt.Optimize(mod, 0, 0);
        var t = Assert.IsType<PyTuple>(((Constant)((Assign)mod.Body[0]).Value).Value);
        Assert.Equal(System.Numerics.BigInteger.One, t.Items[0]);
        Assert.Same(Pyref.Parser.Ast.PyNone.Value, ((PyTuple)t.Items[2]).Items[0]);
        var cmp = (Compare)((If)mod.Body[1]).Test;
        var fs = Assert.IsType<PyFrozenSet>(((Constant)cmp.Comparators[0]).Value);
        Assert.Equal(2, fs.Count); // 1, True and 1.0 are one set item
        Assert.IsType<Pyref.Parser.Ast.Tuple>(((For)mod.Body[2]).Iter); // non-constant list -> tuple
    }

    [Fact]
    public void Debug_follows_the_optimize_level()
    {
        foreach (var (level, expected) in new[] { (0, true), (1, false) })
        {
            var mod = PythonParser.ParseModule("x = __debug__\n");
            Opt.Optimize(mod, level, 0);
            Assert.Equal(expected, ((Constant)((Assign)mod.Body[0]).Value).Value);
        }
    }

    [Fact]
    public void Format_pieces_have_no_position()
    {
        var mod = PythonParser.ParseModule("x = 'a%sb' % (y,)\n");
        Opt.Optimize(mod, 0, 0);
        var js = Assert.IsType<JoinedStr>(((Assign)mod.Body[0]).Value);
        Assert.Equal(3, js.Values.Count);
        Assert.Equal(-1, ((Constant)js.Values[0]).Lineno);
        var fv = Assert.IsType<FormattedValue>(js.Values[1]);
        Assert.Equal('s', fv.Conversion);
        Assert.Equal(1, fv.Lineno);
        Assert.Equal(1, js.Lineno);
    }

    [Fact]
    public void Deep_nesting_is_a_recursion_error_at_cpythons_depth()
    {
        // CPython 3.11, compile() called at module level (depth 1): `x = 1+1+...` with 2995 operators compiles,
        // with 2996 it raises RecursionError (statement + operators + leaf > 3 * (1000 - 1)).
        int saved = Opt.CallerPythonDepth;
        try
        {
            Opt.CallerPythonDepth = 1;
            // Parsed as compile() parses (no ast2obj limit), not as ast.parse does.
            static Pyref.Parser.Ast.ModNode Parse(string source) =>
                PythonParser.Parse(source, "<string>", ParseMode.Exec, PythonVersion.Py311, astConstructionLimit: false);
            Opt.Optimize(Parse("x = " + string.Concat(Enumerable.Repeat("1+", 2995)) + "1"), 0, 0);
            var e = Assert.Throws<PythonSyntaxError>(() =>
                Opt.Optimize(Parse("x = " + string.Concat(Enumerable.Repeat("1+", 2996)) + "1"), 0, 0));
            Assert.Equal("RecursionError", e.Kind);
            Assert.Equal("maximum recursion depth exceeded during compilation", e.Msg);
        }
        finally { Opt.CallerPythonDepth = saved; }
    }

    /// <summary>Random constant expressions (seeded, so a failure reproduces) over ints of every size, floats with
    /// signed zeros and infinities, complex numbers, bools, str, bytes, tuples and None, through every operator:
    /// exact Python semantics or no folding, as CPython decides.</summary>
    [Fact]
    public void Random_constant_expressions_fold_like_cpython()
    {
        string[] atoms =
        [
            "0", "1", "-1", "2", "3", "7", "-3", "63", "64", "127", "2**62", "10**20", "-(2**70)", "12345678901234567890",
            "0.0", "-0.0", "0.5", "-2.5", "0.1", "3.0", "1e300", "1e-300", "1e308*10", "-1e308*10", "2.0**-1074",
            "1j", "-1j", "(2+3j)", "(0.5-0.25j)", "True", "False", "None", "'ab'", "''", "b'x'", "(1, 2)", "()", "...",
        ];
        string[] binops = ["+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"];
        string[] unops = ["-", "+", "~", "not "];
        var rng = new Random(20261124);
        string Gen(int depth)
        {
            if (depth == 0 || rng.Next(3) == 0) return atoms[rng.Next(atoms.Length)];
            if (rng.Next(5) == 0) return "(" + unops[rng.Next(unops.Length)] + Gen(depth - 1) + ")";
            if (rng.Next(12) == 0) return "(" + Gen(depth - 1) + ")[" + rng.Next(-3, 3) + "]";
            return "(" + Gen(depth - 1) + " " + binops[rng.Next(binops.Length)] + " " + Gen(depth - 1) + ")";
        }
        var sources = Enumerable.Range(0, 600).Select(_ => "x = " + Gen(3)).ToList();
        sources.AddRange(["x = (2+3j) ** (2+3j)", "x = (2+3j) ** -2.5", "x = (3 ** -1j) ** -2.5", "x = (2 ** 1j) ** (False - 2**62)", "x = (0.5-0.25j) ** 1e-300", "x = -1j ** -(64 + 1e308*10)", "x = (2+3j) ** (1e308*10 / 1)", "x = (1e308*10) ** (2+3j)"]);
        var failures = Check(sources);
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
