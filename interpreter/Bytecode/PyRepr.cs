using System.Globalization;
using System.Numerics;
using System.Text;

namespace Pyref.Bytecode;

/// <summary>Python's repr() of the constant model (Objects/*object.c *_repr functions of 3.11).</summary>
public static class PyRepr
{
    public static string Repr(object? value)
    {
        var sb = new StringBuilder();
        Append(sb, value);
        return sb.ToString();
    }

    public static void Append(StringBuilder sb, object? value)
    {
        switch (value)
        {
            case null: sb.Append("NULL"); break;
            case PyNone: sb.Append("None"); break;
            case PyEllipsis: sb.Append("Ellipsis"); break;
            case PyStopIteration: sb.Append("<class 'StopIteration'>"); break;
            case bool b: sb.Append(b ? "True" : "False"); break;
            case BigInteger i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case int i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case long i: sb.Append(i.ToString(CultureInfo.InvariantCulture)); break;
            case double d: sb.Append(Float(d)); break;
            case Complex c: sb.Append(ComplexRepr(c)); break;
            case string s: AppendStr(sb, s); break;
            case PyBytes b: AppendBytes(sb, b.Span); break;
            case PyTuple t:
                sb.Append('(');
                for (int i = 0; i < t.Items.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, t.Items[i]);
                }
                if (t.Items.Length == 1) sb.Append(',');
                sb.Append(')');
                break;
            case PyFrozenSet fs:
                // Objects/setobject.c set_repr: "frozenset()" when empty, else "frozenset({a, b})".
                if (fs.Items.Length == 0) { sb.Append("frozenset()"); break; }
                sb.Append("frozenset({");
                var ordered = fs.IterationOrder;
                for (int i = 0; i < ordered.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, ordered[i]);
                }
                sb.Append("})");
                break;
            case PySet s:
                if (s.Items.Length == 0) { sb.Append("set()"); break; }
                sb.Append('{');
                for (int i = 0; i < s.Items.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, s.Items[i]);
                }
                sb.Append('}');
                break;
            case PyList l:
                sb.Append('[');
                for (int i = 0; i < l.Items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, l.Items[i]);
                }
                sb.Append(']');
                break;
            case PyDict d:
                sb.Append('{');
                for (int i = 0; i < d.Items.Count; i++)
                {
                    if (i > 0) sb.Append(", ");
                    Append(sb, d.Items[i].Key);
                    sb.Append(": ");
                    Append(sb, d.Items[i].Value);
                }
                sb.Append('}');
                break;
            case CodeObject code:
                // Objects/codeobject.c code_repr: filename with %U (no quoting rules beyond the literal quotes).
                sb.Append("<code object ").Append(code.Name).Append(" at 0x").Append(code.Address.ToString("x", CultureInfo.InvariantCulture))
                  .Append(", file \"").Append(code.Filename).Append("\", line ").Append(code.FirstLineNo).Append('>');
                break;
            default: sb.Append(value.ToString()); break;
        }
    }

    // ---------------- float ----------------

    /// <summary>
    /// repr(float): Python/pystrtod.c PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0): the shortest digits that
    /// round-trip, in exponent form when the decimal exponent is &lt; -4 or &gt;= 16.
    /// </summary>
    public static string Float(double value) => FormatShortest(value, addDotZero: true, forceSign: false);

    /// <summary>format_float_short (Python/pystrtod.c) for mode 'r'.</summary>
    internal static string FormatShortest(double value, bool addDotZero, bool forceSign)
    {
        if (double.IsNaN(value)) return forceSign ? "+nan" : "nan";
        if (double.IsInfinity(value)) return value > 0 ? (forceSign ? "+inf" : "inf") : "-inf";
        bool negative = value < 0 || (value == 0 && double.IsNegative(value));
        var (digits, decpt) = ShortestDigits(Math.Abs(value));
        var sb = new StringBuilder();
        if (negative) sb.Append('-');
        else if (forceSign) sb.Append('+');
        // Python uses exponent notation when decpt <= -4 or decpt > 16 (format_float_short, mode 'r').
        if (decpt <= -4 || decpt > 16)
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int exp = decpt - 1;
            sb.Append('e').Append(exp < 0 ? '-' : '+');
            sb.Append(Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture));
        }
        else if (decpt <= 0)
        {
            sb.Append("0.").Append('0', -decpt).Append(digits);
        }
        else if (decpt >= digits.Length)
        {
            sb.Append(digits).Append('0', decpt - digits.Length);
            if (addDotZero) sb.Append(".0");
        }
        else
        {
            sb.Append(digits, 0, decpt).Append('.').Append(digits, decpt, digits.Length - decpt);
        }
        return sb.ToString();
    }

    /// <summary>
    /// Shortest round-trip decimal digits (no leading/trailing zeros) and the decimal point position, as David
    /// Gay's dtoa mode 0 (Python/dtoa.c) gives them: the fewest significant digits that read back as the same
    /// double, the closest such string when several do. .NET's "R" is not used: at power-of-two boundaries it is
    /// not always right (2**-25 gives 2.980232238769531E-08, which reads back as another double).
    /// </summary>
    private static (string Digits, int DecimalPoint) ShortestDigits(double positive)
    {
        if (positive == 0) return ("0", 1);
        for (int precision = 1; precision <= 17; precision++)
        {
            // The correctly rounded p-digit decimal is the closest one; when it misses (the rounding interval of
            // a power of two is lopsided), its neighbour on the other side of the value may still read back.
            string text = positive.ToString("E" + (precision - 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
            int ePos = text.IndexOf('E');
            int exponent = int.Parse(text.AsSpan(ePos + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            var mantissa = System.Numerics.BigInteger.Parse(text[..ePos].Replace(".", ""), CultureInfo.InvariantCulture);
            foreach (var delta in new[] { 0, 1, -1 })
            {
                var candidate = mantissa + delta;
                if (candidate.Sign <= 0) continue;
                string digits = candidate.ToString(CultureInfo.InvariantCulture);
                // candidate * 10**(exponent - (precision - 1)); a carry (999 -> 1000) lengthens digits.
                int decpt = exponent + 1 + (digits.Length - precision);
                string literal = digits + "E" + (decpt - digits.Length).ToString(CultureInfo.InvariantCulture);
                if (double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture) == positive)
                {
                    string trimmed = digits.TrimEnd('0');
                    return (trimmed.Length == 0 ? "0" : trimmed, decpt);
                }
            }
        }
        var r = positive.ToString("E16", CultureInfo.InvariantCulture);
        int e = r.IndexOf('E');
        return (r[..e].Replace(".", "").TrimEnd('0'), int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) + 1);
    }

    /// <summary>Objects/complexobject.c complex_repr (3.11).</summary>
    public static string ComplexRepr(Complex c)
    {
        double re = c.Real, im = c.Imaginary;
        if (re == 0 && !double.IsNegative(re))
            return FormatShortest(im, addDotZero: false, forceSign: false) + "j";
        return "(" + FormatShortest(re, addDotZero: false, forceSign: false)
                   + FormatShortest(im, addDotZero: false, forceSign: true) + "j)";
    }

    // ---------------- str ----------------

    /// <summary>repr(str): Objects/unicodeobject.c unicode_repr.</summary>
    public static string Str(string s)
    {
        var sb = new StringBuilder(s.Length + 2);
        AppendStr(sb, s);
        return sb.ToString();
    }

    public static void AppendStr(StringBuilder sb, string s)
    {
        // Quote choice: single quotes unless the text has ' and no ".
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp == quote || cp == '\\') { sb.Append('\\').Append((char)cp); continue; }
            switch (cp)
            {
                case '\t': sb.Append("\\t"); continue;
                case '\n': sb.Append("\\n"); continue;
                case '\r': sb.Append("\\r"); continue;
            }
            if (cp < 0x20 || cp == 0x7F) { sb.Append("\\x").Append(cp.ToString("x2")); continue; }
            if (cp < 0x7F) { sb.Append((char)cp); continue; }
            if (IsPrintable(cp))
            {
                if (cp > 0xFFFF) sb.Append(char.ConvertFromUtf32(cp)); else sb.Append((char)cp);
                continue;
            }
            if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        sb.Append(quote);
    }

    /// <summary>
    /// str.isprintable for one code point (Objects/unicodectype.c _PyUnicode_IsPrintable): false for categories
    /// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs other than the space, per Unicode 14.0 as in CPython 3.11
    /// (<see cref="UnicodeNonPrintable14"/>).
    /// </summary>
    public static bool IsPrintable(int cp) => !UnicodeNonPrintable14.Contains(cp);

    // ---------------- bytes ----------------

    /// <summary>repr(bytes): Objects/bytesobject.c PyBytes_Repr (smartquotes).</summary>
    public static string Bytes(ReadOnlySpan<byte> data)
    {
        var sb = new StringBuilder(data.Length + 3);
        AppendBytes(sb, data);
        return sb.ToString();
    }

    public static void AppendBytes(StringBuilder sb, ReadOnlySpan<byte> data)
    {
        char quote = data.Contains((byte)'\'') && !data.Contains((byte)'"') ? '"' : '\'';
        sb.Append('b').Append(quote);
        foreach (byte b in data)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7F) sb.Append("\\x").Append(b.ToString("x2"));
            else sb.Append((char)b);
        }
        sb.Append(quote);
    }
}
