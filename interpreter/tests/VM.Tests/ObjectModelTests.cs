using Pyref.VM.Objects;

namespace Pyref.VM.Tests;

/// <summary>Hashes and reprs against values python3 computes (PYTHONHASHSEED=0).</summary>
public class ObjectModelTests
{
    private static string Py(string expr) => CorpusRunTests.RunPython("-c", $"print({expr})").Stdout.TrimEnd('\n');

    [Fact]
    public void HashesMatchCPython()
    {
        _ = new Interpreter(TextWriter.Null, TextWriter.Null);
        var strings = new[] { "", "a", "abc", "banana", "é", "€uro", "😀x", "a longer string of text" };
        var expected = Py("*[hash(s) for s in " + "[" + string.Join(",", strings.Select(s => "'" + s + "'")) + "]], sep='\\n'").Split('\n');
        for (int i = 0; i < strings.Length; i++)
            Assert.Equal(long.Parse(expected[i]), PyStr.From(strings[i]).Hash());
        var floats = new[] { 1.5, 0.1, -2.5, 1e300, 3.0, -0.0, 1e-300 };
        var fexp = Py("*[hash(x) for x in [1.5, 0.1, -2.5, 1e300, 3.0, -0.0, 1e-300]], sep='\\n'").Split('\n');
        for (int i = 0; i < floats.Length; i++)
            Assert.Equal(long.Parse(fexp[i]), PyFloat.From(floats[i]).Hash());
        Assert.Equal(long.Parse(Py("hash((1, 2, 'a'))")), Ops.Hash(PyTuple.Of(PyInt.From(1), PyInt.From(2), PyStr.From("a"))));
        Assert.Equal(long.Parse(Py("hash(2**100)")), PyInt.From(System.Numerics.BigInteger.Pow(2, 100)).Hash());
    }

    [Theory]
    [InlineData(1e16)]
    [InlineData(1e15)]
    [InlineData(0.1)]
    [InlineData(1e-5)]
    [InlineData(0.0001)]
    [InlineData(123456789.125)]
    [InlineData(1.0 / 3)]
    [InlineData(-2.5e-300)]
    [InlineData(5e-324)]
    public void FloatReprMatchesCPython(double d)
    {
        Assert.Equal(Py($"repr(float('{d:R}'))"), PyFloat.Repr(d));
    }

    [Fact]
    public void OpcodeConstantsAgreeWithSharedTable()
    {
        var table = Pyref.Bytecode.OpcodeTable.Py311;
        foreach (var f in typeof(Ceval.Opcodes).GetFields())
        {
            int n = (int)f.GetValue(null)!;
            Assert.Equal(table.Opcode(f.Name), n);
            Assert.Equal(table.CacheEntries(n), Ceval.Opcodes.CacheEntries(n));
        }
    }
}
