using System.Globalization;
using System.Text;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>str methods (Objects/unicodeobject.c). Indices are code points.
/// DEVIATION(CPython): character classes and case mappings come from .NET's Unicode tables (a newer
/// Unicode version than 3.11's 14.0, simple case mappings except ß and U+0130).</summary>
public static class StrMethods
{
    private static string S(PyObject o) => ((PyStr)o).Value;

    private static string ArgStr(PyObject o, string method, int argIndex = 1)
    {
        if (o is PyStr s) return s.Value;
        throw PyExc.TypeError($"{method}() argument {argIndex} must be str, not {Ops.TypeName(o)}");
    }

    /// <summary>unicode_repr.</summary>
    public static string Repr(string s)
    {
        bool hasSingle = s.Contains('\''), hasDouble = s.Contains('"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cp = char.ConvertToUtf32(s[i], s[i + 1]);
                i++;
            }
            if (cp == quote || cp == '\\') { sb.Append('\\').Append((char)cp); }
            else if (cp == '\t') sb.Append("\\t");
            else if (cp == '\n') sb.Append("\\n");
            else if (cp == '\r') sb.Append("\\r");
            else if (cp < ' ' || cp == 0x7f) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp < 0x7f) sb.Append((char)cp);
            else if (IsPrintable(cp)) PyStr.AppendCodePoint(sb, cp);
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        sb.Append(quote);
        return sb.ToString();
    }

    /// <summary>Py_UNICODE_ISPRINTABLE with Unicode 14.0's categories (.NET's tables are newer).</summary>
    public static bool IsPrintable(int cp) => Pyref.Bytecode.PyRepr.IsPrintable(cp);

    /// <summary>Code-point order comparison (UTF-16 ordinal order differs for astral vs U+E000..U+FFFF).</summary>
    public static int Compare(string a, string b)
    {
        int n = Math.Min(a.Length, b.Length);
        for (int i = 0; i < n; i++)
        {
            char x = a[i], y = b[i];
            if (x == y) continue;
            if (char.IsSurrogate(x) || char.IsSurrogate(y))
            {
                int cx = char.IsHighSurrogate(x) && i + 1 < a.Length && char.IsLowSurrogate(a[i + 1]) ? char.ConvertToUtf32(x, a[i + 1]) : x;
                int cy = char.IsHighSurrogate(y) && i + 1 < b.Length && char.IsLowSurrogate(b[i + 1]) ? char.ConvertToUtf32(y, b[i + 1]) : y;
                return cx.CompareTo(cy);
            }
            return x.CompareTo(y);
        }
        return a.Length.CompareTo(b.Length);
    }

    public static bool IsSpace(int c) => c is ' ' or '\t' or '\n' or '\r' or '\v' or '\f' or 0x1c or 0x1d or 0x1e or 0x1f or 0x85
        || (c > 127 && (CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator));

    private static int CpIndex(PyStr s, int charIndex)
    {
        if (charIndex < 0 || s.IsBmp) return charIndex;
        int count = 0;
        var v = s.Value;
        for (int i = 0; i < charIndex; i++)
        {
            if (char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1])) i++;
            count++;
        }
        return count;
    }

    private static int CharIndex(PyStr s, int cpIndex)
    {
        if (s.IsBmp) return cpIndex;
        var v = s.Value;
        int i = 0;
        for (int c = 0; c < cpIndex && i < v.Length; c++)
        {
            if (char.IsHighSurrogate(v[i]) && i + 1 < v.Length && char.IsLowSurrogate(v[i + 1])) i += 2; else i++;
        }
        return i;
    }

    /// <summary>Resolves optional start/end arguments (code points) to a char range.</summary>
    private static (int Start, int End) Range(PyStr s, ReadOnlySpan<PyObject> a, int from)
    {
        int len = s.Length;
        long start = 0, end = len;
        if (a.Length > from && a[from] != Singletons.None) start = Ops.SliceIndex(a[from]);
        if (a.Length > from + 1 && a[from + 1] != Singletons.None) end = Ops.SliceIndex(a[from + 1]);
        if (start < 0) { start += len; if (start < 0) start = 0; }
        if (end < 0) { end += len; if (end < 0) end = 0; }
        if (end > len) end = len;
        return ((int)Math.Min(start, int.MaxValue), (int)end);
    }

    private static PyObject Find(PyObject self, ReadOnlySpan<PyObject> a, bool reverse, bool raise, string name)
    {
        var s = (PyStr)self;
        var sub = a[0] is PyStr ? ArgStr(a[0], name) : throw PyExc.TypeError($"must be str, not {Ops.TypeName(a[0])}");
        var (start, end) = Range(s, a, 1);
        if (start > s.Length || start > end) { if (raise) throw PyExc.ValueError("substring not found"); return PyInt.From(-1); }
        int cs = CharIndex(s, start), ce = CharIndex(s, end);
        int r = reverse ? s.Value.LastIndexOf(sub, ce - 1 < 0 ? 0 : ce - 1, ce - cs, StringComparison.Ordinal)
                        : s.Value.IndexOf(sub, cs, ce - cs, StringComparison.Ordinal);
        if (reverse && sub.Length == 0) r = ce;
        if (reverse && ce - cs == 0 && sub.Length != 0) r = -1;
        if (r < 0) { if (raise) throw PyExc.ValueError("substring not found"); return PyInt.From(-1); }
        return PyInt.From(CpIndex(s, r));
    }

    public static PyList Split(string s, string? sep, long maxsplit)
    {
        var result = new PyList();
        if (maxsplit < 0) maxsplit = long.MaxValue;
        if (sep == null)
        {
            int i = 0, n = s.Length;
            while (true)
            {
                while (i < n && IsSpace(s[i])) i++;
                if (i >= n) break;
                if (maxsplit-- <= 0)
                {
                    // The remainder keeps its trailing whitespace (split_whitespace).
                    result.Append(PyStr.From(s[i..n]));
                    break;
                }
                int j = i;
                while (j < n && !IsSpace(s[j])) j++;
                result.Append(PyStr.From(s[i..j]));
                i = j;
            }
            return result;
        }
        if (sep.Length == 0) throw PyExc.ValueError("empty separator");
        int pos = 0;
        while (maxsplit-- > 0)
        {
            int k = s.IndexOf(sep, pos, StringComparison.Ordinal);
            if (k < 0) break;
            result.Append(PyStr.From(s[pos..k]));
            pos = k + sep.Length;
        }
        result.Append(PyStr.From(s[pos..]));
        return result;
    }

    public static PyList RSplit(string s, string? sep, long maxsplit)
    {
        if (maxsplit < 0) return Split(s, sep, -1);
        var parts = new List<PyObject>();
        if (sep == null)
        {
            int i = s.Length - 1;
            while (true)
            {
                while (i >= 0 && IsSpace(s[i])) i--;
                if (i < 0) break;
                if (maxsplit-- <= 0)
                {
                    // The remainder keeps its leading whitespace (rsplit_whitespace).
                    parts.Add(PyStr.From(s[..(i + 1)]));
                    break;
                }
                int j = i;
                while (j >= 0 && !IsSpace(s[j])) j--;
                parts.Add(PyStr.From(s[(j + 1)..(i + 1)]));
                i = j;
            }
        }
        else
        {
            if (sep.Length == 0) throw PyExc.ValueError("empty separator");
            int end = s.Length;
            while (maxsplit-- > 0)
            {
                int k = end - sep.Length < 0 ? -1 : s.LastIndexOf(sep, end - 1, end, StringComparison.Ordinal);
                if (k < 0) break;
                parts.Add(PyStr.From(s[(k + sep.Length)..end]));
                end = k;
            }
            parts.Add(PyStr.From(s[..end]));
        }
        parts.Reverse();
        return new PyList(parts);
    }

    private static string StripChars(string s, ReadOnlySpan<PyObject> a, bool left, bool right, string name)
    {
        if (a.Length == 0 || a[0] == Singletons.None)
        {
            int b = 0, e = s.Length;
            if (left) while (b < e && IsSpace(s[b])) b++;
            if (right) while (e > b && IsSpace(s[e - 1])) e--;
            return s[b..e];
        }
        if (a[0] is not PyStr) throw PyExc.TypeError($"{name} arg must be None or str");
        var chars = ArgStr(a[0], name);
        int b2 = 0, e2 = s.Length;
        if (left) while (b2 < e2 && chars.Contains(s[b2])) b2++;
        if (right) while (e2 > b2 && chars.Contains(s[e2 - 1])) e2--;
        return s[b2..e2];
    }

    public static PyObject GetItem(PyStr s, PyObject key)
    {
        if (key is PyInt || key.Type.Lookup("__index__") != null && key is not PySlice)
        {
            long i = Ops.IndexAsLong(key);
            int len = s.Length;
            if (i < 0) i += len;
            if (i < 0 || i >= len) throw PyExc.IndexError("string index out of range");
            return PyStr.FromCodePoint(s.CodePointAt((int)i));
        }
        if (key is PySlice sl)
        {
            int n = sl.Indices(s.Length, out int start, out int stop, out int step);
            if (step == 1) return PyStr.From(n <= 0 ? "" : s.Substring(start, start + n));
            var sb = new StringBuilder(n);
            for (int i = 0, j = start; i < n; i++, j += step) PyStr.AppendCodePoint(sb, s.CodePointAt(j));
            return PyStr.From(sb.ToString());
        }
        throw PyExc.TypeError($"string indices must be integers, not '{Ops.TypeName(key)}'");
    }

    // Objects/unicodectype.c _PyUnicode_IsDigit / IsDecimalDigit / IsNumeric / IsAlpha: beyond ASCII, from the
    // Unicode 14.0 database when its files are there (.NET's tables are newer and miss Unihan numerics),
    // else from .NET's.
    private static bool IsDigitCp(int cp) =>
        cp < 128 ? cp is >= '0' and <= '9' : Pyref.Parser.UnicodeTables.DatabaseAvailable ? Pyref.Parser.UnicodeTables.Digit(cp) >= 0
            : CharUnicodeInfo.GetDecimalDigitValue(CharFor(cp)) >= 0 || CharUnicodeInfo.GetDigitValue(CharFor(cp)) >= 0;

    internal static bool IsDecimalCp(int cp) =>
        cp < 128 ? cp is >= '0' and <= '9' : Pyref.Parser.UnicodeTables.DatabaseAvailable ? Pyref.Parser.UnicodeTables.Decimal(cp) >= 0
            : CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.DecimalDigitNumber;

    private static bool IsNumericCp(int cp) =>
        cp < 128 ? cp is >= '0' and <= '9' : Pyref.Parser.UnicodeTables.DatabaseAvailable ? Pyref.Parser.UnicodeTables.Numeric(cp) != null
            : CharUnicodeInfo.GetNumericValue(CharFor(cp)) >= 0 && CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.OtherLetter;

    /// <summary>Py_UNICODE_ISALNUM: what str.isalnum() and re's Unicode \w (with '_') accept.</summary>
    internal static bool IsAlnumCp(int cp) => IsAlphaCp(cp) || IsDecimalCp(cp) || IsDigitCp(cp) || IsNumericCp(cp);

    private static bool IsAlphaCp(int cp) =>
        cp < 128 ? char.IsAsciiLetter((char)cp) : Pyref.Parser.UnicodeTables.DatabaseAvailable ? Pyref.Parser.UnicodeTables.Category(cp) is "Lu" or "Ll" or "Lt" or "Lm" or "Lo"
            : CharUnicodeInfo.GetUnicodeCategory(cp) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter;

    private static bool All(string s, Func<int, bool> pred)
    {
        if (s.Length == 0) return false;
        foreach (var cp in PyStr.ToCodePoints(s)) if (!pred(cp)) return false;
        return true;
    }

    private static bool IsCased(int cp) => char.IsUpper(CharFor(cp)) || char.IsLower(CharFor(cp)) || CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.TitlecaseLetter;
    private static char CharFor(int cp) => cp < 0x10000 ? (char)cp : 'x';

    public static string Title(string s) => UnicodeCase.Title(s);

    public static string Upper(string s) => UnicodeCase.Upper(s);

    public static void Init()
    {
        var t = Types.Str;
        DefStatic(t, "__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            var p = Parse("str", args.Slice(1), kw, new[] { "object", "encoding", "errors" }, 0);
            // Objects/clinic/unicodeobject.c.h unicode_new: encoding and errors are converted (str) at parse time.
            if (p[1] != null && p[1] is not PyStr) throw PyExc.TypeError($"str() argument 'encoding' must be str, not {Ops.TypeName(p[1]!)}");
            if (p[2] != null && p[2] is not PyStr) throw PyExc.TypeError($"str() argument 'errors' must be str, not {Ops.TypeName(p[2]!)}");
            PyStr r;
            if (p[0] == null) r = PyStr.Empty;
            else if (p[1] == null && p[2] == null) r = Ops.Str(p[0]!);
            else
            {
                var data = BytesMethods.AsBytes(p[0]!);
                r = PyStr.From(BytesMethods.Decode(data.ToArray(), p[1] == null ? "utf-8" : S(p[1]!), p[2] == null ? "strict" : S(p[2]!)));
            }
            if (cls == Types.Str) return r.Type == Types.Str ? r : PyStr.From(r.Value);
            var o = PyStr.OfType(cls, r.Value);
            if (cls.HasInstanceDict) o.Dict = new PyDict();
            return o;
        });
        Def0(t, "__repr__", a => PyStr.From(Repr(S(a))));
        Def0(t, "__str__", a => a.Type == Types.Str ? a : PyStr.From(S(a)));
        Def0(t, "__hash__", a => PyInt.From(((PyStr)a).Hash()));
        Def0(t, "__len__", a => PyInt.From(((PyStr)a).Length));
        Def1(t, "__getitem__", (a, k) => GetItem((PyStr)a, k));
        Def1(t, "__contains__", (a, b) =>
        {
            if (b is not PyStr bs) throw PyExc.TypeError($"'in <string>' requires string as left operand, not {Ops.TypeName(b)}");
            return PyBool.From(S(a).Contains(bs.Value, StringComparison.Ordinal));
        });
        Def1(t, "__add__", (a, b) => b is PyStr bs ? PyStr.From(S(a) + bs.Value) : Singletons.NotImplemented);
        Def1(t, "__mul__", (a, b) => Repeat(a, b));
        Def1(t, "__rmul__", (a, b) => Repeat(a, b));
        Def1(t, "__mod__", (a, b) => PyStr.From(PercentFormat.Format(S(a), b)));
        Def1(t, "__rmod__", (a, b) => Singletons.NotImplemented);
        for (int c = 0; c < 6; c++)
        {
            var op = (CompareOp)c;
            Def1(t, Ops.CompareDunders[c], (a, b) => b is PyStr bs ? PyBool.From(Ops.CompareInts(Compare(S(a), bs.Value), op)) : Singletons.NotImplemented);
        }
        Def0(t, "__iter__", a =>
        {
            var s = (PyStr)a;
            int i = 0;
            return new PyNativeIterator(Types.StrIterator, () => i < s.Length ? PyStr.FromCodePoint(s.CodePointAt(i++)) : null);
        });
        // unicode__format__: an empty spec returns the str itself, or str(self) for a subclass.
        Def1(t, "__format__", (a, spec) => ArgStr(spec, "format").Length == 0 && a.Type != Types.Str ? Ops.Str(a) : Formatting.FormatStr(S(a), ArgStr(spec, "format")));
        Def(t, "format", (args, kw) => PyStr.From(Formatting.StrFormat(S(args[0]), args.Slice(1), kw)));
        Def1(t, "format_map", (a, m) => PyStr.From(Formatting.StrFormatMap(S(a), m)));
        Def1(t, "join", (a, it) =>
        {
            var sep = S(a);
            var sb = new StringBuilder();
            int i = 0;
            foreach (var x in Ops.ToList(it))
            {
                if (x is not PyStr xs) throw PyExc.TypeError($"sequence item {i}: expected str instance, {Ops.TypeName(x)} found");
                if (i > 0) sb.Append(sep);
                sb.Append(xs.Value);
                i++;
            }
            return PyStr.From(sb.ToString());
        });
        Def(t, "split", (args, kw) =>
        {
            var p = Parse("split", args.Slice(1), kw, new[] { "sep", "maxsplit" }, 0);
            return Split(S(args[0]), p[0] == null || p[0] == Singletons.None ? null : p[0] is PyStr ? ArgStr(p[0]!, "split") : throw PyExc.TypeError($"must be str or None, not {Ops.TypeName(p[0]!)}"), p[1] == null ? -1 : ToLong(p[1]!));
        });
        Def(t, "rsplit", (args, kw) =>
        {
            var p = Parse("rsplit", args.Slice(1), kw, new[] { "sep", "maxsplit" }, 0);
            return RSplit(S(args[0]), p[0] == null || p[0] == Singletons.None ? null : p[0] is PyStr ? ArgStr(p[0]!, "rsplit") : throw PyExc.TypeError($"must be str or None, not {Ops.TypeName(p[0]!)}"), p[1] == null ? -1 : ToLong(p[1]!));
        });
        Def(t, "splitlines", (args, kw) =>
        {
            var p = Parse("splitlines", args.Slice(1), kw, new[] { "keepends" }, 0);
            if (p[0] != null && p[0] is not PyInt) throw PyExc.TypeError($"'{Ops.TypeName(p[0]!)}' object cannot be interpreted as an integer");
            bool keep = p[0] != null && Ops.IsTrue(p[0]!);
            var s = S(args[0]);
            var r = new PyList();
            int i = 0;
            while (i < s.Length)
            {
                int j = i;
                while (j < s.Length && !IsLineBreak(s[j])) j++;
                int eol = j;
                if (j < s.Length)
                {
                    if (s[j] == '\r' && j + 1 < s.Length && s[j + 1] == '\n') j += 2; else j++;
                    if (keep) eol = j;
                }
                r.Append(PyStr.From(s[i..eol]));
                i = j;
            }
            return r;
        });
        DefN(t, "strip", 0, 1, (a, x) => Unchanged(a, StripChars(S(a), x, true, true, "strip")));
        DefN(t, "lstrip", 0, 1, (a, x) => Unchanged(a, StripChars(S(a), x, true, false, "lstrip")));
        DefN(t, "rstrip", 0, 1, (a, x) => Unchanged(a, StripChars(S(a), x, false, true, "rstrip")));
        DefN(t, "replace", 2, 3, (a, x) =>
        {
            var s = S(a); var old = ArgStr(x[0], "replace", 1); var nw = ArgStr(x[1], "replace", 2);
            long count = x.Length > 2 ? ToLong(x[2]) : -1;
            if (count < 0) count = long.MaxValue;
            var sb = new StringBuilder();
            if (old.Length == 0)
            {
                var cps = PyStr.ToCodePoints(s);
                int k = 0;
                for (; k < cps.Length && count > 0; k++, count--) { sb.Append(nw); PyStr.AppendCodePoint(sb, cps[k]); }
                if (count > 0) sb.Append(nw);
                for (; k < cps.Length; k++) PyStr.AppendCodePoint(sb, cps[k]);
                return PyStr.From(sb.ToString());
            }
            int pos = 0;
            while (count-- > 0)
            {
                int f = s.IndexOf(old, pos, StringComparison.Ordinal);
                if (f < 0) break;
                sb.Append(s, pos, f - pos).Append(nw);
                pos = f + old.Length;
            }
            if (pos == 0) return Unchanged(a, s);   // replace() found nothing: unicode_result_unchanged
            sb.Append(s, pos, s.Length - pos);
            return PyStr.From(sb.ToString());
        });
        DefNTuple(t, "find", 1, 3, (a, x) => Find(a, x, false, false, "find"));
        DefNTuple(t, "rfind", 1, 3, (a, x) => Find(a, x, true, false, "rfind"));
        DefNTuple(t, "index", 1, 3, (a, x) => Find(a, x, false, true, "index"));
        DefNTuple(t, "rindex", 1, 3, (a, x) => Find(a, x, true, true, "rindex"));
        DefNTuple(t, "count", 1, 3, (a, x) =>
        {
            var s = (PyStr)a; var sub = x[0] is PyStr ? ArgStr(x[0], "count") : throw PyExc.TypeError($"must be str, not {Ops.TypeName(x[0])}");
            var (start, end) = Range(s, x, 1);
            if (start > end || start > s.Length) return PyInt.From(0);
            var str = s.Substring(start, end);
            if (sub.Length == 0) return PyInt.From(PyStr.ToCodePoints(str).Length + 1);
            int n = 0, pos = 0;
            while ((pos = str.IndexOf(sub, pos, StringComparison.Ordinal)) >= 0) { n++; pos += sub.Length; }
            return PyInt.From(n);
        });
        DefNTuple(t, "startswith", 1, 3, (a, x) => StartsEnds((PyStr)a, x, true));
        DefNTuple(t, "endswith", 1, 3, (a, x) => StartsEnds((PyStr)a, x, false));
        Def0(t, "upper", a => PyStr.From(Upper(S(a))));
        // Full case mapping special: U+0130 lowers to "i" + combining dot (SpecialCasing.txt).
        Def0(t, "lower", a => PyStr.From(UnicodeCase.Lower(S(a))));
        Def0(t, "casefold", a => PyStr.From(UnicodeCase.CaseFold(S(a))));
        Def0(t, "swapcase", a => PyStr.From(UnicodeCase.SwapCase(S(a))));
        Def0(t, "capitalize", a => PyStr.From(UnicodeCase.Capitalize(S(a))));
        Def0(t, "title", a => PyStr.From(Title(S(a))));
        Def0(t, "isdigit", a => PyBool.From(All(S(a), IsDigitCp)));
        Def0(t, "isdecimal", a => PyBool.From(All(S(a), IsDecimalCp)));
        Def0(t, "isnumeric", a => PyBool.From(All(S(a), IsNumericCp)));
        Def0(t, "isalpha", a => PyBool.From(All(S(a), IsAlphaCp)));
        Def0(t, "isalnum", a => PyBool.From(All(S(a), IsAlnumCp)));
        Def0(t, "isspace", a => PyBool.From(All(S(a), IsSpace)));
        Def0(t, "isascii", a => PyBool.From(S(a).All(c => c < 128)));
        Def0(t, "isprintable", a => PyBool.From(PyStr.ToCodePoints(S(a)).All(IsPrintable)));
        Def0(t, "isidentifier", a => PyBool.From(IsIdentifier(S(a))));
        Def0(t, "isupper", a => PyBool.From(UnicodeCase.IsUpperString(S(a))));
        Def0(t, "islower", a => PyBool.From(UnicodeCase.IsLowerString(S(a))));
        Def0(t, "istitle", a => PyBool.From(UnicodeCase.IsTitleString(S(a))));
        DefN(t, "center", 1, 2, (a, x) => Unchanged(a, Pad(S(a), x, 0)));
        DefN(t, "ljust", 1, 2, (a, x) => Unchanged(a, Pad(S(a), x, -1)));
        DefN(t, "rjust", 1, 2, (a, x) => Unchanged(a, Pad(S(a), x, 1)));
        Def1(t, "zfill", (a, w) =>
        {
            var s = S(a); int width = ToInt(w);
            int len = ((PyStr)a).Length;
            if (len >= width) return Unchanged(a, s);
            int fill = width - len;
            if (s.Length > 0 && (s[0] == '+' || s[0] == '-')) return PyStr.From(s[0] + new string('0', fill) + s[1..]);
            return PyStr.From(new string('0', fill) + s);
        });
        Def1(t, "partition", (a, sep) =>
        {
            var s = S(a); var p = sep is PyStr ? ArgStr(sep, "partition") : throw PyExc.TypeError($"must be str, not {Ops.TypeName(sep)}");
            if (p.Length == 0) throw PyExc.ValueError("empty separator");
            int i = s.IndexOf(p, StringComparison.Ordinal);
            if (i < 0) return PyTuple.Of(Unchanged(a, s), PyStr.Empty, PyStr.Empty);
            return PyTuple.Of(PyStr.From(s[..i]), PyStr.From(p), PyStr.From(s[(i + p.Length)..]));
        });
        Def1(t, "rpartition", (a, sep) =>
        {
            var s = S(a); var p = sep is PyStr ? ArgStr(sep, "rpartition") : throw PyExc.TypeError($"must be str, not {Ops.TypeName(sep)}");
            if (p.Length == 0) throw PyExc.ValueError("empty separator");
            int i = s.LastIndexOf(p, StringComparison.Ordinal);
            if (i < 0) return PyTuple.Of(PyStr.Empty, PyStr.Empty, Unchanged(a, s));
            return PyTuple.Of(PyStr.From(s[..i]), PyStr.From(p), PyStr.From(s[(i + p.Length)..]));
        });
        Def1(t, "removeprefix", (a, p) => { var s = S(a); var x = ArgStr(p, "removeprefix"); return PyStr.From(s.StartsWith(x, StringComparison.Ordinal) ? s[x.Length..] : s); });
        Def1(t, "removesuffix", (a, p) => { var s = S(a); var x = ArgStr(p, "removesuffix"); return PyStr.From(x.Length > 0 && s.EndsWith(x, StringComparison.Ordinal) ? s[..^x.Length] : s); });
        Def(t, "expandtabs", (args, kw) =>
        {
            var p = Parse("expandtabs", args.Slice(1), kw, new[] { "tabsize" }, 0);
            int size = p[0] == null ? 8 : ToInt(p[0]!);
            var sb = new StringBuilder(); int col = 0;
            foreach (char c in S(args[0]))
            {
                if (c == '\t') { if (size > 0) { int n = size - col % size; sb.Append(' ', n); col += n; } }
                else { sb.Append(c); col = c == '\n' || c == '\r' ? 0 : col + 1; }
            }
            return PyStr.From(sb.ToString());
        });
        Def(t, "encode", (args, kw) =>
        {
            var p = Parse("encode", args.Slice(1), kw, new[] { "encoding", "errors" }, 0);
            for (int i = 0; i < 2; i++)
                if (p[i] != null && p[i] is not PyStr) throw PyExc.TypeError($"encode() argument '{(i == 0 ? "encoding" : "errors")}' must be str, not {Ops.TypeName(p[i]!)}");
            return PyBytes.From(BytesMethods.Encode(S(args[0]), p[0] == null ? "utf-8" : S(p[0]!), p[1] == null ? "strict" : S(p[1]!)));
        });
        DefStatic(t, "maketrans", (args, kw) =>
        {
            var d = new PyDict();
            if (args.Length == 1)
            {
                // Objects/unicodeobject.c unicode_maketrans_impl
                if (args[0] is not PyDict md) throw PyExc.TypeError("if you give only one argument to maketrans it must be a dict");
                foreach (var kv in md.Items())
                {
                    if (kv.Key is PyStr ks && ks.Length != 1) throw PyExc.ValueError("string keys in translate table must be of length 1");
                    if (kv.Key is not PyStr && kv.Key is not PyInt) throw PyExc.TypeError("keys in translate table must be strings or integers");
                    d.SetItem(kv.Key is PyStr ks1 ? PyInt.From(ks1.CodePointAt(0)) : kv.Key, kv.Value);
                }
                return d;
            }
            var x = PyStr.ToCodePoints(S(args[0])); var y = PyStr.ToCodePoints(S(args[1]));
            if (x.Length != y.Length) throw PyExc.ValueError("the first two maketrans arguments must have equal length");
            for (int i = 0; i < x.Length; i++) d.SetItem(PyInt.From(x[i]), PyInt.From(y[i]));
            if (args.Length > 2) foreach (var cp in PyStr.ToCodePoints(S(args[2]))) d.SetItem(PyInt.From(cp), Singletons.None);
            return d;
        });
        Def1(t, "translate", (a, table) =>
        {
            var sb = new StringBuilder();
            foreach (var cp in PyStr.ToCodePoints(S(a)))
            {
                PyObject? r;
                try { r = Ops.GetItem(table, PyInt.From(cp)); }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.LookupError)) { PyStr.AppendCodePoint(sb, cp); continue; }
                if (r == Singletons.None) continue;
                if (r is PyInt ri) PyStr.AppendCodePoint(sb, (int)ri.Small);
                else if (r is PyStr rs) sb.Append(rs.Value);
                else throw PyExc.TypeError("character mapping must return integer, None or str");
            }
            return PyStr.From(sb.ToString());
        });
        Def0(t, "__getnewargs__", a => PyTuple.Of(PyStr.From(S(a))));
        Def0(t, "__sizeof__", a => PyInt.From(49 + S(a).Length));
    }

    private static bool IsLineBreak(char c) => c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    public static bool IsIdentifier(string s)
    {
        if (s.Length == 0) return false;
        var cps = PyStr.ToCodePoints(s);
        // XID_Start / XID_Continue of Unicode 14.0: .NET's categories with the PropList and NFKC-closure
        // adjustments, and nothing 14.0 left unassigned (identifier characters are all printable).
        // U+2E2F VERTICAL TILDE is Lm but Pattern_Syntax, so never XID.
        static bool IsStart(int cp) => Pyref.Tokenizer.CharClass.IsIdentifierStart(cp) && (cp < 128 || IsPrintable(cp)) && cp != 0x2E2F;
        static bool IsCont(int cp) => Pyref.Tokenizer.CharClass.IsIdentifierContinue(cp) && (cp < 128 || IsPrintable(cp)) && cp != 0x2E2F;
        if (!IsStart(cps[0])) return false;
        for (int i = 1; i < cps.Length; i++) if (!IsCont(cps[i])) return false;
        return true;
    }

    private static PyObject StartsEnds(PyStr s, ReadOnlySpan<PyObject> x, bool starts)
    {
        var (start, end) = Range(s, x, 1);
        string name = starts ? "startswith" : "endswith";
        if (start > s.Length) return PyBool.False;
        var str = start > end ? null : s.Substring(start, Math.Max(start, end));
        bool Test(PyObject p)
        {
            if (p is not PyStr ps) throw PyExc.TypeError($"{name} first arg must be str or a tuple of str, not {Ops.TypeName(p)}");
            if (str == null) return false;
            return starts ? str.StartsWith(ps.Value, StringComparison.Ordinal) : str.EndsWith(ps.Value, StringComparison.Ordinal);
        }
        if (x[0] is PyTuple tup)
        {
            foreach (var p in tup.Items)
            {
                if (p is not PyStr) throw PyExc.TypeError($"tuple for {name} must only contain str, not {Ops.TypeName(p)}");
                if (Test(p)) return PyBool.True;
            }
            return PyBool.False;
        }
        return PyBool.From(Test(x[0]));
    }

    /// <summary>
    /// Objects/unicodeobject.c unicode_result_unchanged: a method whose result equals an exact str returns that str
    /// itself (identity shows: pickle memoizes by id, `is` tests). Only for results that are unchanged when their
    /// length is (strip, padding, a replace that found nothing).
    /// </summary>
    private static PyStr Unchanged(PyObject self, string result) =>
        self.Type == Types.Str && result.Length == ((PyStr)self).Value.Length ? (PyStr)self : PyStr.From(result);

    private static PyStr Unchanged(PyObject self, PyObject result) =>
        result is PyStr r ? Unchanged(self, r.Value) : throw new InvalidOperationException("str expected");

    private static PyObject Pad(string s, ReadOnlySpan<PyObject> x, int align)
    {
        int width = ToInt(x[0]);
        string fill = " ";
        if (x.Length > 1)
        {
            if (x[1] is not PyStr f || f.Length != 1) throw PyExc.TypeError("The fill character must be exactly one character long");
            fill = f.Value;
        }
        int len = PyStr.ToCodePoints(s).Length;
        if (width <= len) return PyStr.From(s);
        int total = width - len;
        int left = align == -1 ? 0 : align == 1 ? total : total / 2 + (total & width & 1);
        int right = total - left;
        var sb = new StringBuilder();
        for (int i = 0; i < left; i++) sb.Append(fill);
        sb.Append(s);
        for (int i = 0; i < right; i++) sb.Append(fill);
        return PyStr.From(sb.ToString());
    }

    private static PyObject Repeat(PyObject a, PyObject n)
    {
        if (n is not PyInt && n.Type.Lookup("__index__") == null) return Singletons.NotImplemented;
        long count = Ops.IndexAsLong(n);
        var s = S(a);
        if (count <= 0 || s.Length == 0) return PyStr.Empty;
        if (count * s.Length > int.MaxValue / 2) throw PyExc.OverflowError("repeated string is too long");
        var sb = new StringBuilder(s.Length * (int)count);
        for (long i = 0; i < count; i++) sb.Append(s);
        return PyStr.From(sb.ToString());
    }
}
