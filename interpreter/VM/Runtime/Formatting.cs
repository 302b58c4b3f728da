using System.Globalization;
using System.Numerics;
using System.Text;
using Pyref.VM.Objects;

namespace Pyref.VM.Runtime;

/// <summary>
/// The format-spec mini-language (Python/formatter_unicode.c), str.format (Objects/stringlib/unicode_format.h)
/// and float formatting (Python/pystrtod.c PyOS_double_to_string).
/// </summary>
public static class Formatting
{
    public sealed class Spec
    {
        public char Fill = ' ';
        public char Align;        // '<' '>' '^' '=' or 0
        public char Sign;         // '+' '-' ' ' or 0
        public bool Alternate;
        public bool ZeroPad;
        public int Width = -1;
        public char Grouping;     // ',' '_' or 0
        public int Precision = -1;
        public char Type;         // 0 when absent
    }

    public static Spec ParseSpec(string s, string typeName)
    {
        var sp = new Spec();
        int i = 0;
        var cps = PyStr.ToCodePoints(s);
        int n = cps.Length;
        if (n >= 2 && cps[1] is '<' or '>' or '^' or '=') { sp.Fill = (char)cps[0]; sp.Align = (char)cps[1]; i = 2; }
        else if (n >= 1 && cps[0] is '<' or '>' or '^' or '=') { sp.Align = (char)cps[0]; i = 1; }
        if (i < n && cps[i] is '+' or '-' or ' ') sp.Sign = (char)cps[i++];
        if (i < n && cps[i] == 'z') i++; // 3.11 'z' option (negative zero coercion) is parsed
        if (i < n && cps[i] == '#') { sp.Alternate = true; i++; }
        bool fillSpecified = n >= 2 && cps[1] is '<' or '>' or '^' or '=';
        // The special case for 0-padding: fill '0' unless a fill was given; '=' alignment only for
        // numbers without an explicit alignment (applied in Pad through ZeroPad).
        if (i < n && cps[i] == '0') { sp.ZeroPad = true; if (!fillSpecified) sp.Fill = '0'; i++; }
        int start = i;
        while (i < n && cps[i] >= '0' && cps[i] <= '9') i++;
        if (i > start) sp.Width = int.Parse(new string(cps[start..i].Select(c => (char)c).ToArray()), CultureInfo.InvariantCulture);
        if (i < n && cps[i] is ',' or '_') { sp.Grouping = (char)cps[i++]; }
        if (i < n && cps[i] is ',' or '_') throw PyExc.ValueError("Cannot specify both ',' and '_'.");
        if (i < n && cps[i] == '.')
        {
            i++;
            start = i;
            while (i < n && cps[i] >= '0' && cps[i] <= '9') i++;
            if (i == start) throw PyExc.ValueError("Format specifier missing precision");
            sp.Precision = int.Parse(new string(cps[start..i].Select(c => (char)c).ToArray()), CultureInfo.InvariantCulture);
        }
        if (i < n) sp.Type = (char)cps[i++];
        if (i < n) throw PyExc.ValueError("Invalid format specifier");
        // Python/formatter_unicode.c parse_internal_render_format_spec: the separator check uses the
        // type the caller defaults to (str 's', int 'd', float none).
        if (sp.Grouping != 0)
        {
            char t = sp.Type != 0 ? sp.Type : typeName switch { "str" => 's', "int" => 'd', _ => '\0' };
            bool ok = t is 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or '\0'
                || (sp.Grouping == '_' && t is 'b' or 'o' or 'x' or 'X');
            if (!ok)
                throw PyExc.ValueError(t > 32 && t < 128 ? $"Cannot specify '{sp.Grouping}' with '{t}'." : $"Cannot specify '{sp.Grouping}' with '\\x{(int)t:x}'.");
        }
        return sp;
    }

    public static PyObject Format(PyObject value, string spec)
    {
        var f = value.Type.Lookup("__format__");
        if (f == null) throw PyExc.TypeError($"Type {Ops.TypeName(value)} doesn't define __format__");
        var r = Ops.CallDescriptor(f, value, PyStr.From(spec));
        if (r is not PyStr) throw PyExc.TypeError($"__format__ must return a str, not {Ops.TypeName(r)}");
        return r;
    }

    private static string Pad(string body, Spec sp, char defaultAlign, string prefix = "")
    {
        int len = PyStr.ToCodePoints(body).Length + prefix.Length;
        if (sp.Width <= len) return prefix + body;
        int total = sp.Width - len;
        char align = sp.Align == 0 ? (sp.ZeroPad && defaultAlign == '>' ? '=' : defaultAlign) : sp.Align;
        string fill = sp.Fill.ToString();
        string Rep(int k) => k <= 0 ? "" : string.Concat(Enumerable.Repeat(fill, k));
        return align switch
        {
            '<' => prefix + body + Rep(total),
            '^' => Rep(total / 2) + prefix + body + Rep(total - total / 2),
            '=' => prefix + Rep(total) + body,
            _ => Rep(total) + prefix + body,
        };
    }

    public static PyObject FormatStr(string s, string specText)
    {
        if (specText.Length == 0) return PyStr.From(s);
        var sp = ParseSpec(specText, "str");
        if (sp.Type != 0 && sp.Type != 's') throw PyExc.ValueError($"Unknown format code '{sp.Type}' for object of type 'str'");
        if (sp.Sign != 0) throw PyExc.ValueError("Sign not allowed in string format specifier");
        if (sp.Alternate) throw PyExc.ValueError("Alternate form (#) not allowed in string format specifier");
        if (sp.Align == '=') throw PyExc.ValueError("'=' alignment not allowed in string format specifier");
        if (sp.Precision >= 0)
        {
            var cps = PyStr.ToCodePoints(s);
            if (cps.Length > sp.Precision) s = PyStr.FromCodePoints(cps.Take(sp.Precision));
        }
        return PyStr.From(Pad(s, sp, '<'));
    }

    private static string Group(string digits, char sep, int every = 3)
    {
        if (sep == 0) return digits;
        var sb = new StringBuilder();
        int first = digits.Length % every;
        if (first == 0) first = every;
        sb.Append(digits, 0, Math.Min(first, digits.Length));
        for (int i = first; i < digits.Length; i += every) sb.Append(sep).Append(digits, i, every);
        return sb.ToString();
    }

    public static PyObject FormatInt(PyInt v, string specText)
    {
        // int.__format__ with an empty spec is str(self) (True formats as 'True').
        if (specText.Length == 0) return v.Type == Types.Int ? PyStr.From(v.ToDecimalString()) : Ops.Str(v);
        var sp = ParseSpec(specText, "int");
        char type = sp.Type == 0 ? 'd' : sp.Type;
        if (type is 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%')
            return FormatFloat(FloatOps.IntToDouble(v), specText, v);
        if (sp.Precision >= 0) throw PyExc.ValueError("Precision not allowed in integer format specifier");
        var value = v.Value;
        bool neg = value.Sign < 0;
        var abs = BigInteger.Abs(value);
        string digits;
        string prefix = "";
        switch (type)
        {
            case 'd': case 'n': digits = abs.ToString(CultureInfo.InvariantCulture); break;
            case 'x': digits = ToBase(abs, 16, false); if (sp.Alternate) prefix = "0x"; break;
            case 'X': digits = ToBase(abs, 16, true); if (sp.Alternate) prefix = "0X"; break;
            case 'o': digits = ToBase(abs, 8, false); if (sp.Alternate) prefix = "0o"; break;
            case 'b': digits = ToBase(abs, 2, false); if (sp.Alternate) prefix = "0b"; break;
            case 'c':
                // Python/formatter_unicode.c format_long_internal
                if (sp.Sign != 0) throw PyExc.ValueError("Sign not allowed with integer format specifier 'c'");
                if (sp.Alternate) throw PyExc.ValueError("Alternate form (#) not allowed with integer format specifier 'c'");
                // PyLong_AsLong comes first: a value outside C long overflows before the range check.
                if (value < long.MinValue || value > long.MaxValue) throw PyExc.OverflowError("Python int too large to convert to C long");
                if (value < 0 || value > 0x10ffff) throw PyExc.OverflowError("%c arg not in range(0x110000)");
                return PyStr.From(Pad(PyStr.FromCodePoint((int)value).Value, sp, '>'));
            default:
                throw PyExc.ValueError($"Unknown format code '{type}' for object of type '{v.Type.Name}'");
        }
        if (sp.Grouping != 0)
        {
            if (type is 'x' or 'X' or 'o' or 'b')
            {
                if (sp.Grouping == ',') throw PyExc.ValueError($"Cannot specify ',' with '{type}'.");
                digits = Group(digits, '_', 4);
            }
            else digits = Group(digits, sp.Grouping);
        }
        string sign = neg ? "-" : sp.Sign == '+' ? "+" : sp.Sign == ' ' ? " " : "";
        if ((sp.Align == '=' || sp.Align == 0 && sp.ZeroPad) && sp.Fill == '0' && sp.Grouping != 0 && sp.Width > 0)
        {
            // Zero padding with grouping inserts separators into the padding too.
            int want = sp.Width - sign.Length - prefix.Length;
            var raw = digits.Replace(sp.Grouping.ToString(), "").Replace("_", "");
            while (true)
            {
                var g = Group(raw, type is 'x' or 'X' or 'o' or 'b' ? '_' : sp.Grouping, type is 'x' or 'X' or 'o' or 'b' ? 4 : 3);
                if (g.Length >= want) { digits = g; break; }
                raw = "0" + raw;
            }
        }
        return PyStr.From(Pad(digits, sp, '>', sign + prefix));
    }

    private static string ToBase(BigInteger v, int b, bool upper)
    {
        if (v.IsZero) return "0";
        const string chars = "0123456789abcdef";
        var sb = new StringBuilder();
        while (!v.IsZero) { sb.Insert(0, chars[(int)(v % b)]); v /= b; }
        var s = sb.ToString();
        return upper ? s.ToUpperInvariant() : s;
    }

    /// <summary>format(float, spec) including the empty-type ("like repr but with precision") rule.</summary>
    /// <summary>Python/formatter_unicode.c format_complex_internal.</summary>
    public static PyObject FormatComplex(PyComplex c, string specText)
    {
        if (specText.Length == 0) return Ops.Str(c);   // format_obj: an empty spec is str(self)
        var sp = ParseSpec(specText, "complex");
        char type = sp.Type;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n'))
            throw PyExc.ValueError($"Unknown format code '{type}' for object of type '{c.Type.Name}'");
        if (sp.Fill == '0') throw PyExc.ValueError("Zero padding is not allowed in complex format specifier");
        if (sp.Align == '=') throw PyExc.ValueError("'=' alignment flag is not allowed in complex format specifier");
        double re = c.Real, im = c.Imag;
        bool skipRe = false, parens = false;
        int precision = sp.Precision;
        if (type == '\0')
        {
            // No type: like str(self) ('r', real part left out when it is +0.0, otherwise parenthesized);
            // with a precision, 'g'.
            if (re == 0 && !double.IsNegative(re)) skipRe = true; else parens = true;
            if (precision >= 0) type = 'g';
        }
        if (type == 'n') type = 'g';
        string Part(double d, char sign)
        {
            if (type == '\0')
            {
                var r = PyComplex.FormatPart(d);
                // Py_DTSF_ALT on 'r': the point stays even with no fraction digits ("1.", "1.e+20").
                if (sp.Alternate && !double.IsNaN(d) && !double.IsInfinity(d) && r.IndexOf('.') < 0)
                {
                    int e = r.IndexOf('e');
                    r = e < 0 ? r + "." : r[..e] + "." + r[e..];
                }
                return r.StartsWith('-') ? r : (sign is '+' or ' ' ? sign + r : r);
            }
            // Each part is formatted as a float with the same flags and no padding (tmp_format).
            var sub = new StringBuilder();
            if (sign != 0) sub.Append(sign);
            if (sp.Alternate) sub.Append('#');
            if (sp.Grouping != 0) sub.Append(sp.Grouping);
            if (precision >= 0) sub.Append('.').Append(precision);
            sub.Append(type);
            return ((PyStr)FormatFloat(d, sub.ToString(), PyFloat.From(d))).Value;
        }
        string body = (skipRe ? "" : Part(re, sp.Sign)) + Part(im, skipRe ? sp.Sign : '+') + "j";
        if (parens) body = "(" + body + ")";
        return PyStr.From(Pad(body, sp, '>'));
    }

    public static PyObject FormatFloat(double d, string specText, PyObject original)
    {
        if (specText.Length == 0) return PyStr.From(original is PyFloat ? PyFloat.Repr(d) : Ops.StrString(original));
        var sp = ParseSpec(specText, "float");
        char type = sp.Type;
        if (type is not ('\0' or 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%' or 'n'))
            throw PyExc.ValueError($"Unknown format code '{type}' for object of type '{original.Type.Name}'");
        bool neg = double.IsNegative(d) && !double.IsNaN(d);
        double a = Math.Abs(d);
        string body;
        if (type == '%') { body = FormatFixed(a * 100, sp.Precision < 0 ? 6 : sp.Precision, sp.Alternate) + "%"; }
        else if (type == '\0')
        {
            // No type: repr without a precision; with one, 'g' that keeps a digit after the point
            // (formatter_unicode.c format_float_internal, Py_DTSF_ADD_DOT_0).
            if (sp.Precision < 0)
            {
                body = PyFloat.Repr(a);
                // '#' keeps the point in repr's exponent form: format(1e-06, '#') == '1.e-06'.
                int e = body.IndexOf('e');
                if (sp.Alternate && e > 0 && body.IndexOf('.') < 0) body = body[..e] + "." + body[e..];
            }
            else body = FormatGeneral(a, sp.Precision == 0 ? 1 : sp.Precision, sp.Alternate, !sp.Alternate, true);
        }
        else body = FormatDouble(a, type == 'n' ? 'g' : type, sp.Precision, sp.Alternate);
        string sign = neg ? "-" : sp.Sign == '+' ? "+" : sp.Sign == ' ' ? " " : "";
        if (sp.Grouping != 0)
        {
            int dot = body.IndexOfAny(new[] { '.', 'e', 'E', '%' });
            var intPart = dot < 0 ? body : body[..dot];
            var rest = dot < 0 ? "" : body[dot..];
            if (intPart.All(char.IsDigit))
            {
                var grouped = Group(intPart, sp.Grouping);
                // Zero padding with grouping puts separators into the padding too (formatter_unicode.c
                // fill_number through _PyUnicode_InsertThousandsGrouping with a minimum width).
                if ((sp.Align == '=' || sp.Align == 0 && sp.ZeroPad) && sp.Fill == '0' && sp.Width > 0)
                {
                    int want = sp.Width - sign.Length - PyStr.ToCodePoints(rest).Length;
                    while (grouped.Length < want) { intPart = "0" + intPart; grouped = Group(intPart, sp.Grouping); }
                }
                body = grouped + rest;
            }
        }
        return PyStr.From(Pad(body, sp, '>', sign));
    }

    /// <summary>PyOS_double_to_string for a non-negative value with format code e/E/f/F/g/G/r.</summary>
    public static string FormatDouble(double a, char type, int precision, bool alternate)
    {
        if (double.IsNaN(a)) return char.IsUpper(type) ? "NAN" : "nan";
        if (double.IsInfinity(a)) return char.IsUpper(type) ? "INF" : "inf";
        if (precision < 0) precision = 6;
        switch (type)
        {
            case 'f': case 'F': return FormatFixed(a, precision, alternate);
            case 'e': case 'E':
                {
                    var s = FormatExp(a, precision, alternate);
                    return type == 'E' ? s.ToUpperInvariant() : s;
                }
            case 'g': case 'G':
                {
                    var s = FormatGeneral(a, precision == 0 ? 1 : precision, alternate, true, false);
                    return type == 'G' ? s.ToUpperInvariant() : s;
                }
            case 'r': return PyFloat.Repr(a);
        }
        throw PyExc.ValueError($"Unknown format code '{type}'");
    }

    public static string FormatFixed(double a, int precision, bool alternate)
    {
        if (double.IsNaN(a)) return "nan";
        if (double.IsInfinity(a)) return "inf";
        string s;
        if (precision <= 99) s = a.ToString("F" + precision, CultureInfo.InvariantCulture);
        else s = ((decimal)a).ToString("F" + Math.Min(precision, 28), CultureInfo.InvariantCulture);
        if (alternate && precision == 0) s += ".";
        return s;
    }

    public static string FormatExp(double a, int precision, bool alternate)
    {
        // The standard "E" format rounds the exact binary value (custom formats do not); re-lay it out
        // as Python's d.ddde+XX.
        var s = a.ToString("E" + precision, CultureInfo.InvariantCulture);
        int ei = s.IndexOf('E');
        var mant = s[..ei];
        int exp = int.Parse(s[(ei + 1)..], CultureInfo.InvariantCulture);
        if (alternate && precision == 0) mant += ".";
        return mant + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>'g' formatting: exponent if exp &lt; -4 or exp &gt;= precision; trailing zeros stripped unless '#'.</summary>
    public static string FormatGeneral(double a, int precision, bool alternate, bool stripZeros, bool reprStyle)
    {
        if (double.IsNaN(a)) return "nan";
        if (double.IsInfinity(a)) return "inf";
        var e = FormatExp(a, Math.Max(precision - 1, 0), false);
        int ei = e.IndexOf('e');
        int exp = int.Parse(e[(ei + 1)..], CultureInfo.InvariantCulture);
        string result;
        // Python/pystrtod.c format_float_short: with ADD_DOT_0 ("reprStyle") an integral result that
        // would need its precision for the integer digits switches to exponent form one digit earlier.
        if (exp < -4 || exp >= (reprStyle ? precision - 1 : precision))
        {
            var mant = e[..ei];
            if (!alternate && mant.Contains('.')) mant = mant.TrimEnd('0').TrimEnd('.');
            if (alternate && !mant.Contains('.')) mant += ".";
            result = mant + "e" + (exp < 0 ? "-" : "+") + Math.Abs(exp).ToString("00", CultureInfo.InvariantCulture);
        }
        else
        {
            result = a.ToString("F" + Math.Max(precision - 1 - exp, 0), CultureInfo.InvariantCulture);
            if (!alternate && result.Contains('.')) result = result.TrimEnd('0').TrimEnd('.');
            if (reprStyle && !result.Contains('.')) result += ".0";
            if (alternate && !result.Contains('.')) result += ".";
        }
        return result;
    }

    // ------------------------------------------------------------------ str.format

    public static string StrFormat(string fmt, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        int nkw = kw?.Count ?? 0;
        var positional = args[..(args.Length - nkw)].ToArray();
        var kwargs = new PyDict();
        for (int i = 0; i < nkw; i++) kwargs.SetItem(kw!.Items[i], args[args.Length - nkw + i]);
        return FormatCore(fmt, positional, k => kwargs.GetItemOrNull(PyStr.From(k)) ?? throw PyExc.KeyError(PyStr.From(k)), 2);
    }

    public static string StrFormatMap(string fmt, PyObject mapping) =>
        FormatCore(fmt, Array.Empty<PyObject>(), k => Ops.GetItem(mapping, PyStr.From(k)), 2);

    private static string FormatCore(string fmt, PyObject[] positional, Func<string, PyObject> named, int depth)
    {
        if (depth < 0) throw PyExc.ValueError("Max string recursion exceeded");
        var sb = new StringBuilder();
        int auto = 0;
        bool usedAuto = false, usedManual = false;
        int i = 0;
        while (i < fmt.Length)
        {
            char c = fmt[i];
            if (c == '{')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '{') { sb.Append('{'); i += 2; continue; }
                int level = 1, j = i + 1;
                bool inBracket = false;
                while (j < fmt.Length && level > 0)
                {
                    // Objects/stringlib/unicode_format.h MarkupIterator_next: braces inside [...] do not count.
                    if (fmt[j] == '[') inBracket = true;
                    else if (fmt[j] == ']') inBracket = false;
                    else if (inBracket) { }
                    else if (fmt[j] == '{') level++;
                    else if (fmt[j] == '}') level--;
                    if (level > 0) j++;
                }
                if (j >= fmt.Length) throw PyExc.ValueError(i + 1 == fmt.Length ? "Single '{' encountered in format string" : "expected '}' before end of string");
                var field = fmt[(i + 1)..j];
                i = j + 1;
                // field_name[!conv][:spec]
                string spec = "";
                char conv = '\0';
                int colon = -1, bang = -1, bracket = 0;
                for (int k = 0; k < field.Length; k++)
                {
                    if (field[k] == '[') bracket++;
                    else if (field[k] == ']') bracket--;
                    else if (bracket == 0 && field[k] == '!' && bang < 0 && colon < 0) bang = k;
                    else if (bracket == 0 && field[k] == ':' && colon < 0) { colon = k; break; }
                }
                string name = field;
                if (colon >= 0) { spec = field[(colon + 1)..]; name = field[..colon]; }
                if (bang >= 0)
                {
                    var convText = name[(bang + 1)..];
                    name = name[..bang];
                    if (convText.Length != 1) throw PyExc.ValueError(convText.Length == 0 ? "end of string while looking for conversion specifier" : "expected ':' after conversion specifier");
                    conv = convText[0];
                }
                // first part of the name
                int p = 0;
                while (p < name.Length && name[p] != '.' && name[p] != '[') p++;
                var first = name[..p];
                PyObject obj;
                if (first.Length == 0)
                {
                    if (usedManual) throw PyExc.ValueError("cannot switch from manual field specification to automatic field numbering");
                    usedAuto = true;
                    if (auto >= positional.Length) throw PyExc.IndexError($"Replacement index {auto} out of range for positional args tuple");
                    obj = positional[auto++];
                }
                else if (first.All(char.IsDigit))
                {
                    if (usedAuto) throw PyExc.ValueError("cannot switch from automatic field numbering to manual field specification");
                    usedManual = true;
                    int idx = int.Parse(first, CultureInfo.InvariantCulture);
                    if (idx >= positional.Length) throw PyExc.IndexError($"Replacement index {idx} out of range for positional args tuple");
                    obj = positional[idx];
                }
                else obj = named(first);
                while (p < name.Length)
                {
                    if (name[p] == '.')
                    {
                        int q = p + 1;
                        while (q < name.Length && name[q] != '.' && name[q] != '[') q++;
                        obj = Ops.GetAttr(obj, name[(p + 1)..q]);
                        p = q;
                    }
                    else
                    {
                        int q = name.IndexOf(']', p);
                        if (q < 0) throw PyExc.ValueError("Missing ']' in format string");
                        var key = name[(p + 1)..q];
                        obj = key.Length > 0 && key.All(char.IsDigit) ? Ops.GetItem(obj, PyInt.From(long.Parse(key, CultureInfo.InvariantCulture))) : Ops.GetItem(obj, PyStr.From(key));
                        p = q + 1;
                    }
                }
                obj = conv switch
                {
                    '\0' => obj,
                    's' => Ops.Str(obj),
                    'r' => Ops.Repr(obj),
                    'a' => PyStr.From(Builtins.Ascii(obj)),
                    _ => throw PyExc.ValueError($"Unknown conversion specifier {conv}"),
                };
                if (spec.Contains('{')) spec = FormatCore(spec, positional, named, depth - 1);
                sb.Append(((PyStr)Format(obj, spec)).Value);
            }
            else if (c == '}')
            {
                if (i + 1 < fmt.Length && fmt[i + 1] == '}') { sb.Append('}'); i += 2; continue; }
                throw PyExc.ValueError("Single '}' encountered in format string");
            }
            else { sb.Append(c); i++; }
        }
        return sb.ToString();
    }
}

/// <summary>printf-style formatting: str % args (Objects/unicodeobject.c PyUnicode_Format).</summary>
public static class PercentFormat
{
    /// <param name="bytesMode">bytes % args (Objects/bytesobject.c _PyBytes_FormatEx): the format and the
    /// result are latin-1 strings standing for bytes; %s takes bytes-like objects, %r is ascii().</param>
    public static string Format(string fmt, PyObject args, bool bytesMode = false)
    {
        PyObject[] items;
        PyObject? mapping = null;
        if (args is PyTuple t) items = t.Items; // PyTuple_Check: a tuple subclass (a namedtuple) is the argument tuple too
        else
        {
            items = new[] { args };
            if (args.Type.Lookup("__getitem__") != null && args is not PyTuple && args is not PyStr) mapping = args;
        }
        int argi = 0;
        var sb = new StringBuilder();
        PyObject NextArg()
        {
            if (argi >= items.Length) throw PyExc.TypeError("not enough arguments for format string");
            return items[argi++];
        }
        int i = 0;
        bool usedMapping = false;
        while (i < fmt.Length)
        {
            char c = fmt[i++];
            if (c != '%') { sb.Append(c); continue; }
            if (i >= fmt.Length) throw PyExc.ValueError("incomplete format");
            PyObject? keyed = null;
            if (fmt[i] == '(')
            {
                if (mapping == null) throw PyExc.TypeError("format requires a mapping");
                int depth = 1, j = i + 1;
                while (j < fmt.Length && depth > 0) { if (fmt[j] == '(') depth++; else if (fmt[j] == ')') depth--; j++; }
                var key = fmt[(i + 1)..(j - 1)];
                keyed = Ops.GetItem(mapping, PyStr.From(key));
                usedMapping = true;
                i = j;
            }
            var spec = new Formatting.Spec();
            while (i < fmt.Length && "-+ #0".Contains(fmt[i]))
            {
                switch (fmt[i])
                {
                    case '-': spec.Align = '<'; break;
                    case '+': spec.Sign = '+'; break;
                    case ' ': if (spec.Sign == 0) spec.Sign = ' '; break;
                    case '#': spec.Alternate = true; break;
                    case '0': spec.ZeroPad = true; break;
                }
                i++;
            }
            if (i < fmt.Length && fmt[i] == '*') { spec.Width = Native.ToInt(NextArg()); if (spec.Width < 0) { spec.Align = '<'; spec.Width = -spec.Width; } i++; }
            else { int st = i; while (i < fmt.Length && char.IsDigit(fmt[i])) i++; if (i > st) spec.Width = int.Parse(fmt[st..i], CultureInfo.InvariantCulture); }
            if (i < fmt.Length && fmt[i] == '.')
            {
                i++;
                if (i < fmt.Length && fmt[i] == '*') { spec.Precision = Native.ToInt(NextArg()); i++; }
                else { int st = i; while (i < fmt.Length && char.IsDigit(fmt[i])) i++; spec.Precision = i > st ? int.Parse(fmt[st..i], CultureInfo.InvariantCulture) : 0; }
            }
            while (i < fmt.Length && fmt[i] is 'h' or 'l' or 'L') i++;
            if (i >= fmt.Length) throw PyExc.ValueError("incomplete format");
            char type = fmt[i++];
            if (type == '%') { sb.Append('%'); continue; }
            var arg = keyed ?? NextArg();
            string body;
            string sign = "";
            string prefix = "";
            switch (type)
            {
                case 's' or 'b' when bytesMode:
                    if (arg is PyBytes or PyByteArray) body = System.Text.Encoding.Latin1.GetString(BytesMethods.AsBytes(arg));
                    else if (arg.Type.Lookup("__bytes__") is { } bm) body = System.Text.Encoding.Latin1.GetString(BytesMethods.AsBytes(Ops.CallDescriptor(bm, arg)));
                    else throw PyExc.TypeError($"%b requires a bytes-like object, or an object that implements __bytes__, not '{Ops.TypeName(arg)}'");
                    if (spec.Precision >= 0 && body.Length > spec.Precision) body = body[..spec.Precision];
                    break;
                case 'r' when bytesMode: body = Builtins.Ascii(arg); break;
                case 'c' when bytesMode:
                    if (arg is PyBytes or PyByteArray && BytesMethods.AsBytes(arg).Length == 1) body = ((char)BytesMethods.AsBytes(arg)[0]).ToString();
                    else if (arg is PyInt bi) { if (bi.Sign < 0 || bi.Small > 255) throw PyExc.OverflowError("%c arg not in range(256)"); body = ((char)bi.Small).ToString(); }
                    else throw PyExc.TypeError("%c requires an integer in range(256) or a single byte");
                    break;
                case 's': body = Ops.StrString(arg); if (spec.Precision >= 0 && body.Length > spec.Precision) body = body[..spec.Precision]; break;
                case 'r': body = Ops.ReprString(arg); if (spec.Precision >= 0 && body.Length > spec.Precision) body = body[..spec.Precision]; break;
                case 'a': body = Builtins.Ascii(arg); if (spec.Precision >= 0 && body.Length > spec.Precision) body = body[..spec.Precision]; break;
                case 'c':
                    if (arg is PyStr cs && cs.Length == 1) body = cs.Value;
                    else if (arg is PyInt ci) body = PyStr.FromCodePoint((int)ci.Small).Value;
                    else throw PyExc.TypeError("%c requires int or char");
                    break;
                case 'd': case 'i': case 'u': case 'x': case 'X': case 'o':
                    {
                        PyInt iv;
                        if (arg is PyInt ai) iv = ai;
                        else if (arg is PyFloat af && type is 'd' or 'i' or 'u') iv = NumberMethods.FloatToInt(af.Value);
                        else if (arg.Type.Lookup(type is 'd' or 'i' or 'u' ? "__int__" : "__index__") != null) iv = type is 'd' or 'i' or 'u' ? NumberMethods.ToPyInt(arg) : Ops.Index(arg);
                        else if (type is 'd' or 'i' or 'u') throw PyExc.TypeError($"%{type} format: a real number is required, not {Ops.TypeName(arg)}");
                        else throw PyExc.TypeError($"%{type} format: an integer is required, not {Ops.TypeName(arg)}");
                        var v = iv.Value;
                        var abs = BigInteger.Abs(v);
                        body = type switch
                        {
                            'x' => abs.ToString("x", CultureInfo.InvariantCulture).TrimStart('0'),
                            'X' => abs.ToString("X", CultureInfo.InvariantCulture).TrimStart('0'),
                            'o' => OctalOf(abs),
                            _ => abs.ToString(CultureInfo.InvariantCulture),
                        };
                        if (body.Length == 0) body = "0";
                        if (spec.Precision > body.Length) body = new string('0', spec.Precision - body.Length) + body;
                        if (spec.Alternate && type is 'x') prefix = "0x";
                        if (spec.Alternate && type is 'X') prefix = "0X";
                        if (spec.Alternate && type is 'o') prefix = "0o";
                        sign = v.Sign < 0 ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
                        break;
                    }
                case 'e': case 'E': case 'f': case 'F': case 'g': case 'G':
                    {
                        double d = arg is PyFloat pf ? pf.Value : arg is PyInt pi ? FloatOps.IntToDouble(pi) :
                            arg.Type.Lookup("__float__") != null ? NumberMethods.ToDouble(arg) : throw PyExc.TypeError($"must be real number, not {Ops.TypeName(arg)}");
                        body = Formatting.FormatDouble(Math.Abs(d), type, spec.Precision < 0 ? 6 : spec.Precision, spec.Alternate);
                        sign = double.IsNegative(d) && !double.IsNaN(d) ? "-" : spec.Sign == '+' ? "+" : spec.Sign == ' ' ? " " : "";
                        break;
                    }
                default:
                    throw PyExc.ValueError($"unsupported format character '{type}' (0x{(int)type:x}) at index {i - 1}");
            }
            int len = body.Length + sign.Length + prefix.Length;
            if (spec.Width > len)
            {
                if (spec.Align == '<') body = sign + prefix + body + new string(' ', spec.Width - len);
                else if (spec.ZeroPad && type is not ('s' or 'r' or 'a' or 'c')) body = sign + prefix + new string('0', spec.Width - len) + body;
                else body = new string(' ', spec.Width - len) + sign + prefix + body;
            }
            else body = sign + prefix + body;
            sb.Append(body);
        }
        if (argi < items.Length && !usedMapping && mapping == null)
            throw PyExc.TypeError("not all arguments converted during string formatting");
        return sb.ToString();
    }

    private static string OctalOf(BigInteger v)
    {
        if (v.IsZero) return "0";
        var sb = new StringBuilder();
        while (!v.IsZero) { sb.Insert(0, (char)('0' + (int)(v % 8))); v /= 8; }
        return sb.ToString();
    }
}
