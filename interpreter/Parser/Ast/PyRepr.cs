using System.Globalization;
using System.Text;

namespace Pyref.Parser.Ast;

/// <summary>Python's repr() for the values an AST can hold (Objects/unicodeobject.c, floatobject.c, ...).</summary>
public static class PyRepr
{
    public static string Repr(object? value) => value switch
    {
        null => "None",
        PyNone => "None",
        PyEllipsis => "Ellipsis",
        bool b => b ? "True" : "False",
        int i => i.ToString(CultureInfo.InvariantCulture),
        BigInteger bi => bi.ToString(CultureInfo.InvariantCulture),
        double d => Float(d),
        Complex c => ComplexRepr(c),
        string s => Str(s),
        PyStr ps => Str(ps.CodePoints),
        PyBytes b => Bytes(b.Data),
        _ => value.ToString() ?? "",
    };

    /// <summary>repr(float): shortest round-trip digits, fixed notation when -4 &lt; exponent &lt;= 16.</summary>
    public static string Float(double d, bool addDotZero = true)
    {
        if (double.IsNaN(d)) return "nan";
        if (double.IsPositiveInfinity(d)) return "inf";
        if (double.IsNegativeInfinity(d)) return "-inf";
        if (d == 0) return (double.IsNegative(d) ? "-" : "") + (addDotZero ? "0.0" : "0");
        // "E16" is not shortest; "R" is (since .NET Core 3.0). Re-shape its digits by Python's rules.
        string shortest = Math.Abs(d).ToString("R", CultureInfo.InvariantCulture);
        // Extract digits and decimal exponent from the shortest form.
        string mant = shortest; int exp = 0;
        int e = shortest.IndexOfAny(['E', 'e']);
        if (e >= 0) { mant = shortest[..e]; exp = int.Parse(shortest[(e + 1)..], CultureInfo.InvariantCulture); }
        int dot = mant.IndexOf('.');
        string digits; int pointPos;
        if (dot >= 0) { digits = mant.Remove(dot, 1); pointPos = dot; }
        else { digits = mant; pointPos = mant.Length; }
        // strip leading zeros
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; pointPos--; }
        digits = digits[lead..];
        digits = digits.TrimEnd('0');
        if (digits.Length == 0) digits = "0";
        int decpt = pointPos + exp; // value = 0.digits * 10^decpt
        var sb = new StringBuilder();
        if (d < 0) sb.Append('-');
        if (decpt > -4 && decpt <= 16)
        {
            if (decpt <= 0)
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
        }
        else
        {
            sb.Append(digits[0]);
            if (digits.Length > 1) sb.Append('.').Append(digits, 1, digits.Length - 1);
            int x = decpt - 1;
            sb.Append('e').Append(x < 0 ? '-' : '+');
            sb.Append(Math.Abs(x).ToString("00", CultureInfo.InvariantCulture));
        }
        return sb.ToString();
    }

    /// <summary>repr(complex) for the values literals produce (real part +0.0 or any).</summary>
    public static string ComplexRepr(Complex c)
    {
        if (c.Real == 0 && !double.IsNegative(c.Real))
            return Float(c.Imaginary, addDotZero: false) + "j";
        string re = Float(c.Real, false);
        string im = Float(c.Imaginary, false);
        string sign = c.Imaginary >= 0 || double.IsNaN(c.Imaginary) ? "+" : "";
        return "(" + re + sign + im + "j)";
    }

    public static string Str(string s)
    {
        var cps = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char ch = s[i];
            if (char.IsHighSurrogate(ch) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cps.Add(char.ConvertToUtf32(ch, s[i + 1]));
                i++;
            }
            else cps.Add(ch);
        }
        return Str(cps);
    }

    /// <summary>unicode_repr over code points.</summary>
    public static string Str(IReadOnlyList<int> s)
    {
        bool hasSingle = false, hasDouble = false;
        foreach (var c in s) { if (c == '\'') hasSingle = true; else if (c == '"') hasDouble = true; }
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Count + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Count; i++)
        {
            int cp = s[i];
            if (cp == quote || cp == '\\') { sb.Append('\\').Append((char)cp); continue; }
            if (cp == '\t') { sb.Append("\\t"); continue; }
            if (cp == '\n') { sb.Append("\\n"); continue; }
            if (cp == '\r') { sb.Append("\\r"); continue; }
            if (cp < 0x20 || cp == 0x7f) { sb.Append("\\x").Append(cp.ToString("x2")); continue; }
            if (cp < 0x7f) { sb.Append((char)cp); continue; }
            if (UnicodeData.IsPrintable(cp))
            {
                sb.Append(char.ConvertFromUtf32(cp));
                continue;
            }
            if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    public static string Bytes(byte[] data)
    {
        bool hasSingle = Array.IndexOf(data, (byte)'\'') >= 0, hasDouble = Array.IndexOf(data, (byte)'"') >= 0;
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(data.Length + 3);
        sb.Append('b').Append(quote);
        foreach (byte b in data)
        {
            if (b == quote || b == '\\') sb.Append('\\').Append((char)b);
            else if (b == '\t') sb.Append("\\t");
            else if (b == '\n') sb.Append("\\n");
            else if (b == '\r') sb.Append("\\r");
            else if (b < 0x20 || b >= 0x7f) sb.Append("\\x").Append(b.ToString("x2"));
            else sb.Append((char)b);
        }
        sb.Append(quote);
        return sb.ToString();
    }
}

/// <summary>str.isprintable per code point.</summary>
public static class UnicodeData
{
    /// <summary>
    /// Py_UNICODE_ISPRINTABLE: false for categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (except space).
    /// DEVIATION(CPython): .NET's Unicode tables are newer than 3.11's Unicode 14.0, so code points
    /// assigned after 14.0 count as printable here while CPython 3.11 escapes them.
    /// </summary>
    public static bool IsPrintable(int cp) => UnicodeTables.IsPrintable(cp);

    /// <summary>The same rule on .NET's own Unicode tables (used when the UCD files are not installed).</summary>
    internal static bool IsPrintableDotNet(int cp)
    {
        if (cp == ' ') return true;
        if (cp >= 0xD800 && cp <= 0xDFFF) return false;
        var cat = CharUnicodeInfo.GetUnicodeCategory(cp);
        return cat switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned
                or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
