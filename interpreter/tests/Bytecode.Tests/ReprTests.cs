using System.Globalization;
using System.Numerics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Pyref.Bytecode.Tests;

public class ReprTests
{
    [Theory]
    [InlineData(1e16, "1e+16")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(1e15, "1000000000000000.0")]
    [InlineData(123456789012345678.0, "1.2345678901234568e+17")]
    [InlineData(-0.0, "-0.0")]
    [InlineData(0.1, "0.1")]
    [InlineData(double.PositiveInfinity, "inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.NaN, "nan")]
    [InlineData(5e-324, "5e-324")]
    [InlineData(2.9802322387695312e-08, "2.9802322387695312e-08")] // 2**-25: .NET's "R" gets this one wrong
    [InlineData(5.960464477539063e-08, "5.960464477539063e-08")]   // 2**-24
    public void FloatRepr(double value, string expected) => Assert.Equal(expected, PyRepr.Float(value));

    [Fact]
    public void FloatReprMatchesCPythonOnRandomDoubles()
    {
        var random = new Random(311);
        var values = new List<double>();
        for (int i = 0; i < 3000; i++)
        {
            long bits = random.NextInt64();
            var d = BitConverter.Int64BitsToDouble(bits);
            if (!double.IsNaN(d)) values.Add(d);
            values.Add(Math.Round(random.NextDouble() * Math.Pow(10, random.Next(-8, 20)), random.Next(0, 6)));
            values.Add(Math.Pow(2, random.Next(-1074, 1024)));
        }
        var input = string.Join('\n', values.Select(v => BitConverter.DoubleToInt64Bits(v).ToString(CultureInfo.InvariantCulture)));
        var expected = PythonOracle.Run("import sys,struct\nfor l in sys.stdin.read().split():\n    print(repr(struct.unpack('<d', struct.pack('<q', int(l)))[0]))", input)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(expected.Length, values.Count);
        for (int i = 0; i < values.Count; i++)
            Assert.True(expected[i] == PyRepr.Float(values[i]), $"{values[i]:R}: cpython {expected[i]}, ours {PyRepr.Float(values[i])}");
    }

    [Fact]
    public void ComplexRepr()
    {
        Assert.Equal("1j", PyRepr.Repr(new Complex(0, 1)));
        Assert.Equal("(1+2j)", PyRepr.Repr(new Complex(1, 2)));
        Assert.Equal("(-0-1j)", PyRepr.Repr(new Complex(-0.0, -1)));
        Assert.Equal("(1.5-infj)", PyRepr.Repr(new Complex(1.5, double.NegativeInfinity)));
        Assert.Equal("1e+16j", PyRepr.Repr(new Complex(0, 1e16)));
        Assert.Equal("(nan+nanj)", PyRepr.Repr(new Complex(double.NaN, double.NaN)));
    }

    [Theory]
    [InlineData("abc", "'abc'")]
    [InlineData("it's", "\"it's\"")]
    [InlineData("'\"", "'\\'\"'")]
    [InlineData("a\tb\nc\rd\\", "'a\\tb\\nc\\rd\\\\'")]
    [InlineData("\x00\x7f\u0080\u00a0\u00ff", "'\\x00\\x7f\\x80\\xa0ÿ'")]
    [InlineData("\u2028\ufeff\ue000é€", "'\\u2028\\ufeff\\ue000é€'")]
    [InlineData("😀\U000e0001", "'😀\\U000e0001'")]
    public void StrRepr(string value, string expected) => Assert.Equal(expected, PyRepr.Str(value));

    [Fact]
    public void StrReprEscapesLoneSurrogates() => Assert.Equal("'a\\ud800b\\udfff'", PyRepr.Str("a\ud800b\udfff"));

    [Fact]
    public void StrReprMatchesCPythonOnEveryBmpCharacter()
    {
        // One str per block of 64 code points (surrogates excluded: they cannot cross the pipe one by one).
        var sb = new StringBuilder();
        var strings = new List<string>();
        for (int start = 0; start < 0x110000; start += 64)
        {
            if (start >= 0xD800 && start < 0xE000) continue;
            var s = new StringBuilder();
            for (int cp = start; cp < start + 64; cp++) s.Append(char.ConvertFromUtf32(cp));
            strings.Add(s.ToString());
        }
        var input = string.Join('\n', strings.Select(s => Convert.ToHexString(Encoding.UTF8.GetBytes(s))));
        var expected = PythonOracle.Run("import sys\nfor l in sys.stdin.read().split():\n    print(repr(bytes.fromhex(l).decode()).encode('unicode_escape').decode('ascii'))", input)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        int mismatches = 0;
        var first = new List<string>();
        for (int i = 0; i < strings.Count; i++)
        {
            var ours = PythonEscape(PyRepr.Str(strings[i]));
            if (ours != expected[i]) { mismatches++; if (first.Count < 3) first.Add($"cpython {expected[i]}\nours    {ours}"); }
        }
        Assert.True(mismatches == 0, $"{mismatches} blocks differ, e.g.\n{string.Join("\n", first)}");
    }

    /// <summary>str.encode('unicode_escape') of a repr, to compare reprs as ASCII.</summary>
    private static string PythonEscape(string s)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < s.Length; i++)
        {
            int cp = char.ConvertToUtf32(s, i);
            if (cp > 0xFFFF) i++;
            if (cp == '\\') sb.Append("\\\\");
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp >= 0x20 && cp < 0x7F) sb.Append((char)cp);
            else if (cp < 0x100) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x10000) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        return sb.ToString();
    }

    [Fact]
    public void BytesTupleFrozensetRepr()
    {
        Assert.Equal("b'a\\'\"\\x00\\xff'", PyRepr.Repr(new PyBytes("a'\"\0\u00ff".Select(c => (byte)c).ToArray())));
        Assert.Equal("b\"it's\"", PyRepr.Repr(new PyBytes("it's"u8.ToArray())));
        Assert.Equal("()", PyRepr.Repr(PyTuple.Empty));
        Assert.Equal("(1,)", PyRepr.Repr(new PyTuple(new object[] { BigInteger.One })));
        Assert.Equal("(None, True, Ellipsis, 'a', 1.0)", PyRepr.Repr(new PyTuple(new object[] { PyNone.Value, true, PyEllipsis.Value, "a", 1.0 })));
        Assert.Equal("frozenset()", PyRepr.Repr(new PyFrozenSet(Array.Empty<object>())));
    }

    [Fact]
    public void FrozensetReprFollowsCPythonSetOrder()
    {
        var items = new object[] { "replace", "delete", "insert", "equal", BigInteger.Parse("12345678901234567890"), 2.5, -1.0, (BigInteger)(-1), "é", "€😀" };
        var set = new PyFrozenSet(items);
        var expected = PythonOracle.Run("print(repr(frozenset(['replace', 'delete', 'insert', 'equal', 12345678901234567890, 2.5, -1.0, -1, 'é', '€😀'])))").TrimEnd('\n');
        // -1.0 == -1: CPython keeps the first of equal items, so does the set model.
        Assert.Equal(expected, PyRepr.Repr(set));
    }

    [Fact]
    public void HashesMatchCPython()
    {
        object[] values = { "", "a", "abc", "é", "€", "😀x", new PyBytes("xyz"u8.ToArray()), (BigInteger)(-1), BigInteger.Pow(2, 100), 1.5, -0.5, 1e300,
            new Complex(1, 2), new PyTuple(new object[] { "a", BigInteger.One }), true };
        var expected = PythonOracle.Run("import sys\nfor v in ['', 'a', 'abc', 'é', '€', '😀x', b'xyz', -1, 2**100, 1.5, -0.5, 1e300, 1+2j, ('a', 1), True]: print(hash(v))")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < values.Length; i++)
            Assert.Equal(long.Parse(expected[i]), PyHash.Hash(values[i]));
    }

    [Fact]
    public void IntRepr() => Assert.Equal("-123456789012345678901234567890", PyRepr.Repr(BigInteger.Parse("-123456789012345678901234567890")));
}
