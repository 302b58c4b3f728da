using Pyref.Parser.Ast;
using Assert = Xunit.Assert;

namespace Pyref.Parser.Tests;

/// <summary>Python's repr for Constant values, checked against python3.</summary>
public sealed class ReprTests
{
    private static readonly double[] Floats =
    [
        0.0, -0.0, 1.0, 0.1, 1e16, 1e15, 1.5e16, 1e-4, 1e-5, 123456789012345678.0, 1e308, 5e-324, 2.5, 100.0,
        1.0 / 3, 12345.678, 1e22, 9.999999999999999e15, double.PositiveInfinity, double.NaN, 0.0001234,
    ];

    [Fact]
    public void FloatReprMatchesPython()
    {
        var literals = string.Join(",", Floats.Select(f => double.IsNaN(f) ? "float('nan')" : double.IsInfinity(f) ? "float('inf')" : $"float('{f.ToString("R", System.Globalization.CultureInfo.InvariantCulture)}')"));
        var expected = CPythonOracle.Eval($"'|'.join(repr(x) for x in [{literals}])").Split('|');
        var actual = Floats.Select(f => PyRepr.Float(f)).ToArray();
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void ComplexReprMatchesPython()
    {
        var values = new[] { 1.0, 0.0, 1e16, 2.5, 1e-7 };
        var expected = CPythonOracle.Eval("'|'.join(repr(complex(0, x)) for x in [1.0, 0.0, 1e16, 2.5, 1e-7])").Split('|');
        Assert.Equal(expected, values.Select(v => PyRepr.ComplexRepr(new System.Numerics.Complex(0, v))).ToArray());
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("it's")]
    [InlineData("both ' and \"")]
    [InlineData("\"only double\"")]
    [InlineData("tab\tnew\nline\rcr\\back")]
    [InlineData("\u0000\u001f\u007f\u0080\u00a0\u00ad")]
    [InlineData("café 日本 😀 \u200b \u2028 \ue000")]
    public void StrReprMatchesPython(string s)
    {
        var escaped = string.Concat(s.EnumerateRunes().Select(r => $"\\U{r.Value:x8}"));
        var expected = CPythonOracle.Eval($"repr('{escaped}')");
        Assert.Equal(expected, PyRepr.Str(s));
    }

    [Fact]
    public void BytesReprMatchesPython()
    {
        var data = Enumerable.Range(0, 256).Select(i => (byte)i).ToArray();
        var expected = CPythonOracle.Eval("repr(bytes(range(256)))");
        Assert.Equal(expected, PyRepr.Bytes(data));
    }
}
