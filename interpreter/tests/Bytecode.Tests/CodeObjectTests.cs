using System.Text;

namespace Pyref.Bytecode.Tests;

public class CodeObjectTests
{
    private const string Source = """
import sys
def outer(a, b=2, /, c=3, *args, d, **kw):
    x = a
    def inner():
        nonlocal x
        x += 1
        return x, b
    try:
        return [inner() for _ in range(3)]
    except (ValueError, TypeError) as e:
        print(e, file=sys.stderr)
    finally:
        pass
    with open('f') as f:
        y = (f.read()
             .strip())
    return y
class C:
    z = 1
    def m(self): return __class__
""";

    /// <summary>positions, lines, exception tables and derived names of every code object, as CPython sees them.</summary>
    private const string DumpScript = """
import dis, sys, marshal, types
code = compile(sys.stdin.read(), 'x.py', 'exec')
def walk(co):
    yield co
    for c in co.co_consts:
        if isinstance(c, types.CodeType): yield from walk(c)
print(marshal.dumps(code).hex())
for co in walk(code):
    print(co.co_qualname, list(co.co_positions()), list(co.co_lines()), list(dis.findlinestarts(co)),
          [tuple(e) for e in dis._parse_exception_table(co)], co.co_varnames, co.co_cellvars, co.co_freevars, co.co_nlocals)
""";

    private static string Describe(CodeObject co)
    {
        string P(int v) => v < 0 ? "None" : v.ToString();
        var positions = string.Join(", ", co.Positions().Select(p => $"({P(p.Line)}, {P(p.EndLine)}, {P(p.Column)}, {P(p.EndColumn)})"));
        var lines = string.Join(", ", co.Lines().Select(l => $"({l.Start}, {l.End}, {P(l.Line)})"));
        var starts = string.Join(", ", co.LineStarts().Select(s => $"({s.Offset}, {s.Line})"));
        var exc = string.Join(", ", co.ExceptionEntries().Select(e => $"({e.Start}, {e.End}, {e.Target}, {e.Depth}, {(e.Lasti ? "True" : "False")})"));
        string T(string[] names) => PyRepr.Repr(new PyTuple(names.Cast<object>().ToArray()));
        return $"{co.QualName} [{positions}] [{lines}] [{starts}] [{exc}] {T(co.VarNames)} {T(co.CellVars)} {T(co.FreeVars)} {co.NLocals}";
    }

    private static IEnumerable<CodeObject> Walk(CodeObject co) =>
        new[] { co }.Concat(co.Consts.OfType<CodeObject>().SelectMany(Walk));

    [Fact]
    public void DecodersMatchCPython()
    {
        var output = PythonOracle.Run(DumpScript, Source).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var code = (CodeObject)MarshalReader.Loads(Convert.FromHexString(output[0]));
        var ours = Walk(code).Select(Describe).ToArray();
        var theirs = output.Skip(1).ToArray();
        Assert.Equal(theirs.Length, ours.Length);
        for (int i = 0; i < ours.Length; i++)
        {
            int at = 0;
            while (at < Math.Min(ours[i].Length, theirs[i].Length) && ours[i][at] == theirs[i][at]) at++;
            Assert.True(ours[i] == theirs[i], $"cpython: ...{theirs[i][Math.Max(0, at - 80)..Math.Min(theirs[i].Length, at + 80)]}\nours:    ...{ours[i][Math.Max(0, at - 80)..Math.Min(ours[i].Length, at + 80)]}");
        }
    }

    [Fact]
    public void LocationTableEncoderRoundTrips()
    {
        var output = PythonOracle.Run(DumpScript, Source).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var code = (CodeObject)MarshalReader.Loads(Convert.FromHexString(output[0]));
        foreach (var co in Walk(code))
        {
            // Re-encode one entry per code unit from the decoded positions; decoding must give the same positions.
            var table = new List<byte>();
            int line = co.FirstLineNo;
            foreach (var p in co.Positions())
                LocationTable.Append(table, ref line, 1, p.Line, p.EndLine, p.Column, p.EndColumn);
            var copy = new CodeObject
            {
                ArgCount = 0, PosOnlyArgCount = 0, KwOnlyArgCount = 0, StackSize = 0, Flags = 0, Code = co.Code,
                Consts = co.Consts, Names = co.Names, LocalsPlusNames = co.LocalsPlusNames, LocalsPlusKinds = co.LocalsPlusKinds,
                Filename = co.Filename, Name = co.Name, QualName = co.QualName, FirstLineNo = co.FirstLineNo,
                LineTable = table.ToArray(), ExceptionTable = co.ExceptionTable,
            };
            Assert.Equal(co.Positions(), copy.Positions());
            Assert.Equal(co.ExceptionTable, ExceptionTableCodec.Encode(co.ExceptionEntries()));
        }
    }

    [Fact]
    public void Addr2LineAndHandlersMatchCPython()
    {
        var script = DumpScript.Split("print(marshal.dumps(code).hex())")[0] + """
print(marshal.dumps(code).hex())
for co in walk(code):
    print(co.co_qualname,
          [(o, next((l for s, e, l in co.co_lines() if s <= o < e), None)) for o in range(0, len(co.co_code), 2)],
          [(o, next(((e.target, e.depth, e.lasti) for e in dis._parse_exception_table(co) if e.start <= o < e.end), None)) for o in range(0, len(co.co_code), 2)])
""";
        var output = PythonOracle.Run(script, Source).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var code = (CodeObject)MarshalReader.Loads(Convert.FromHexString(output[0]));
        var ours = Walk(code).Select(co =>
        {
            var lines = string.Join(", ", Enumerable.Range(0, co.Code.Length / 2).Select(i => $"({2 * i}, {(co.Addr2Line(2 * i) is var l && l >= 0 ? l.ToString() : "None")})"));
            var handlers = string.Join(", ", Enumerable.Range(0, co.Code.Length / 2).Select(i =>
                $"({2 * i}, {(co.FindExceptionHandler(2 * i) is { } h ? $"({h.Target}, {h.Depth}, {(h.Lasti ? "True" : "False")})" : "None")})"));
            return $"{co.QualName} [{lines}] [{handlers}]";
        }).ToArray();
        Assert.Equal(output.Skip(1).ToArray(), ours);
    }

    [Fact]
    public void InstructionsFoldExtendedArgAndSkipCaches()
    {
        var t = OpcodeTable.Py311;
        // EXTENDED_ARG 1; LOAD_CONST 2 -> oparg 258; BINARY_OP 0 + 1 cache; RETURN_VALUE
        var code = new byte[] { Op311.EXTENDED_ARG, 1, Op311.LOAD_CONST, 2, Op311.BINARY_OP, 0, 0, 0, Op311.RETURN_VALUE, 0 };
        var ins = InstructionDecoder.Decode(code, t).ToList();
        Assert.Equal(new[] { 0, 2, 4, 8 }, ins.Select(i => i.Offset));
        Assert.Equal(258, ins[1].Arg);
        Assert.False(ins[3].HasArg);
    }
}
