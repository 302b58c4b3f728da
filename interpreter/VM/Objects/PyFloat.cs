using System.Globalization;
using System.Text;

namespace Pyref.VM.Objects;

/// <summary>float (Objects/floatobject.c).</summary>
public class PyFloat : PyObject
{
    public readonly double Value;
    protected PyFloat(PyType type, double v) : base(type) { Value = v; }
    public static PyFloat From(double v) => new(Types.Float, v);
    public static PyFloat OfType(PyType t, double v) => new(t, v);

    /// <summary>
    /// float_repr: the shortest string that round-trips (Python/pystrtod.c PyOS_double_to_string with
    /// mode 'r'), switching to exponent notation when the decimal exponent is &lt; -4 or &gt;= 16.
    /// </summary>
    public static string Repr(double v)
    {
        if (double.IsNaN(v)) return "nan";
        if (double.IsInfinity(v)) return v > 0 ? "inf" : "-inf";
        if (v == 0) return double.IsNegative(v) ? "-0.0" : "0.0";
        // .NET's "R" gives the shortest round-trip digits; re-lay them out with Python's rules.
        ShortestDigits(v, out var digits, out int decpt, out bool neg);
        return FormatShortest(digits, decpt, neg, 'r', true);
    }

    /// <summary>Shortest round-trip digits and decimal point position (digits = 0.d1d2... * 10**decpt).</summary>
    public static void ShortestDigits(double v, out string digits, out int decpt, out bool negative)
    {
        negative = double.IsNegative(v);
        var s = Math.Abs(v).ToString("E16", CultureInfo.InvariantCulture);
        var r = Math.Abs(v).ToString("R", CultureInfo.InvariantCulture);
        // Parse "R" output, which is either d.dddE+xx or plain decimal.
        string mant; int exp = 0;
        int ei = r.IndexOfAny(new[] { 'E', 'e' });
        if (ei >= 0) { mant = r[..ei]; exp = int.Parse(r[(ei + 1)..], CultureInfo.InvariantCulture); }
        else mant = r;
        int dot = mant.IndexOf('.');
        string intPart = dot >= 0 ? mant[..dot] : mant;
        string frac = dot >= 0 ? mant[(dot + 1)..] : "";
        string all = intPart + frac;
        int point = intPart.Length + exp;
        // strip leading zeros
        int lead = 0;
        while (lead < all.Length - 1 && all[lead] == '0') { lead++; point--; }
        all = all[lead..];
        all = all.TrimEnd('0');
        if (all.Length == 0) { all = "0"; point = 1; }
        digits = all;
        decpt = point;
        _ = s;
    }

    /// <summary>Lay out digits like format_float_short for repr ('r') and str.</summary>
    public static string FormatShortest(string digits, int decpt, bool neg, char mode, bool addDotZero)
    {
        var sb = new StringBuilder();
        if (neg) sb.Append('-');
        if (decpt <= -4 || decpt > 16)
        {
            // exponent notation: d.ddde+XX
            sb.Append(digits[0]);
            if (digits.Length > 1) { sb.Append('.'); sb.Append(digits, 1, digits.Length - 1); }
            int e = decpt - 1;
            sb.Append('e');
            sb.Append(e < 0 ? '-' : '+');
            sb.Append(Math.Abs(e).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.");
            sb.Append('0', -decpt);
            sb.Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits);
            sb.Append('0', decpt - digits.Length);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt);
            sb.Append('.');
            sb.Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    public long Hash() => Hashing.HashDouble(Value, this);
}

/// <summary>complex (Objects/complexobject.c).</summary>
public sealed class PyComplex : PyObject
{
    public readonly double Real, Imag;
    public PyComplex(double re, double im) : base(Types.Complex) { Real = re; Imag = im; }

    public static string Repr(double re, double im)
    {
        // complex_repr: real part omitted when it is +0.0; otherwise "(re+imj)".
        if (re == 0 && !double.IsNegative(re))
            return FormatPart(im) + "j";
        var imS = FormatPart(im);
        if (!imS.StartsWith('-')) imS = "+" + imS;
        return "(" + FormatPart(re) + imS + "j)";
    }

    /// <summary>One part as complex_repr writes it: repr ('r') without the ".0" float's repr adds.</summary>
    public static string FormatPart(double d)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsInfinity(d)) return d > 0 ? "inf" : "-inf";
        var r = PyFloat.Repr(d);
        return r.EndsWith(".0") ? r[..^2] : r;
    }
}
