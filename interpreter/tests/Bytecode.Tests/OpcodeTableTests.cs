using System.Reflection;
using System.Text.Json;

namespace Pyref.Bytecode.Tests;

public class OpcodeTableTests
{
    private static readonly OpcodeTable Table = OpcodeTable.Py311;

    private const string DumpOpcodes = """
import dis, json, opcode
se = {}
for op in range(256):
    name = dis._all_opname[op]
    if name.startswith('<') or op in opcode._specialized_instructions or dis._all_opname[op] in dis.deoptmap: continue
    for arg in (0, 1, 2, 3, 4, 5, 8, 15, 0x103, 0x204) if op >= opcode.HAVE_ARGUMENT else (None,):
        for jump in (None, True, False):
            try: se[f"{op},{arg or 0},{jump}"] = dis.stack_effect(op, arg, jump=jump)
            except ValueError: pass
print(json.dumps({"opname": opcode.opname, "all": dis._all_opname, "caches": opcode._inline_cache_entries,
  "hasconst": opcode.hasconst, "hasname": opcode.hasname, "hasjrel": opcode.hasjrel, "hasjabs": opcode.hasjabs,
  "haslocal": opcode.haslocal, "hascompare": opcode.hascompare, "hasfree": opcode.hasfree,
  "have": opcode.HAVE_ARGUMENT, "nb": [s for _, s in opcode._nb_ops], "cmp": list(opcode.cmp_op),
  "deopt": {n: dis.deoptmap[n] for n in dis.deoptmap}, "se": se,
  "magic": int.from_bytes(__import__('importlib.util').util.MAGIC_NUMBER[:2], 'little')}))
""";

    private static readonly Lazy<JsonElement> Oracle = new(() => JsonDocument.Parse(PythonOracle.Run(DumpOpcodes)).RootElement);

    [Fact]
    public void NamesNumbersAndCachesMatchLibOpcode()
    {
        var o = Oracle.Value;
        var opname = o.GetProperty("opname").EnumerateArray().Select(e => e.GetString()).ToArray();
        var all = o.GetProperty("all").EnumerateArray().Select(e => e.GetString()).ToArray();
        var caches = o.GetProperty("caches").EnumerateArray().Select(e => e.GetInt32()).ToArray();
        Assert.Equal(opname, Table.OpName);
        Assert.Equal(all, Table.AllOpName);
        for (int op = 0; op < 256; op++)
            if (Table.OpName[op] == Table.AllOpName[op]) // base opcodes; opcode.py gives specialized slots no entry
                Assert.Equal(caches[op], Table.CacheEntries(op));
        Assert.Equal(o.GetProperty("have").GetInt32(), Table.HaveArgument);
        Assert.Equal(o.GetProperty("magic").GetInt32(), Table.MagicNumber);
        Assert.Equal(o.GetProperty("nb").EnumerateArray().Select(e => e.GetString()), Table.BinaryOperators.Select(b => b.Symbol));
        Assert.Equal(o.GetProperty("cmp").EnumerateArray().Select(e => e.GetString()), Table.CompareOperators);
        foreach (var d in o.GetProperty("deopt").EnumerateObject())
            Assert.Equal(d.Value.GetString(), Table.OpName[Table.DeoptOf(Table.Opcode(d.Name))]);
    }

    [Theory]
    [InlineData("hasconst", OpcodeArgKind.Const)]
    [InlineData("hasname", OpcodeArgKind.Name)]
    [InlineData("hasjrel", OpcodeArgKind.JumpRelative)]
    [InlineData("hasjabs", OpcodeArgKind.JumpAbsolute)]
    [InlineData("haslocal", OpcodeArgKind.Local)]
    [InlineData("hascompare", OpcodeArgKind.Compare)]
    [InlineData("hasfree", OpcodeArgKind.Free)]
    public void ArgumentKindsMatchLibOpcode(string list, OpcodeArgKind kind)
    {
        var expected = Oracle.Value.GetProperty(list).EnumerateArray().Select(e => e.GetInt32()).Order().ToArray();
        var actual = Enumerable.Range(0, 256).Where(op => Table.OpName[op] == Table.AllOpName[op] && (Table.ArgKindOf(op) & kind) != 0).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void StackEffectsMatchCompileC()
    {
        int checkedCount = 0;
        foreach (var entry in Oracle.Value.GetProperty("se").EnumerateObject())
        {
            var parts = entry.Name.Split(',');
            int op = int.Parse(parts[0]), arg = int.Parse(parts[1]);
            int jump = parts[2] switch { "True" => 1, "False" => 0, _ => -1 };
            Assert.True(entry.Value.GetInt32() == Table.StackEffect(op, arg, jump),
                $"{Table.OpName[op]} oparg={arg} jump={parts[2]}: cpython {entry.Value.GetInt32()}, ours {Table.StackEffect(op, arg, jump)}");
            checkedCount++;
        }
        Assert.True(checkedCount > 300);
    }

    [Fact]
    public void EveryBaseOpcodeHasAStackEffect()
    {
        foreach (var info in Table.All.Where(i => !i.IsSpecialized))
            Assert.NotNull(info.StackEffect);
    }

    [Fact]
    public void Op311ConstantsMatchTheTable()
    {
        foreach (var field in typeof(Op311).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.Name == "HAVE_ARGUMENT") { Assert.Equal(Table.HaveArgument, Convert.ToInt32(field.GetValue(null))); continue; }
            Assert.Equal(Table.Opcode(field.Name), Convert.ToInt32(field.GetValue(null)));
        }
        foreach (var field in typeof(BinaryOp311).GetFields(BindingFlags.Public | BindingFlags.Static))
            Assert.Equal(field.Name, Table.BinaryOperators[(int)field.GetValue(null)!].Name);
    }

    [Fact]
    public void PycMagicIs3495()
    {
        Assert.Equal(new byte[] { 0xa7, 0x0d, 0x0d, 0x0a }, Table.PycMagic);
        Assert.Throws<NotSupportedException>(() => OpcodeTable.For(PythonVersion.Py312));
    }
}
