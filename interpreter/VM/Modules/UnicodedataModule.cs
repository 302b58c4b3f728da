using Pyref.Parser;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// unicodedata (Modules/unicodedata.c of 3.11, Unicode 14.0.0). The data are not CPython's generated tables
/// but the Unicode Character Database files of the system, read (lazily, on the first call that needs them) by
/// the parser's <see cref="UnicodeTables"/>, which \N{...} escapes and identifier normalization share.
/// DEVIATION(CPython): ucd_3_2_0 is the 14.0 database restricted to the code points Unicode 3.2 had assigned
/// (DerivedAge); CPython also applies 3.2's few changed properties (get_old_record), which are not kept here.
/// </summary>
[BuiltinModule("unicodedata")]
public static class UnicodedataModule
{
    public static readonly PyType UcdType = NewType("unicodedata", "UCD");

    private sealed class UcdObject() : PyObject(UcdType);

    private const string Doc = "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0.";

    // The functions, each with whether it runs for ucd_3_2_0 (the UCD methods) or the current database.
    private static readonly (string Name, Func<bool, ReadOnlySpan<PyObject>, PyTuple?, PyObject> Fn)[] Functions =
    {
        ("decimal", (old, a, kw) => NumberWithDefault("decimal", a, kw, old, UnicodeTables.Decimal, "not a decimal")),
        ("digit", (old, a, kw) => NumberWithDefault("digit", a, kw, old, UnicodeTables.Digit, "not a digit")),
        ("numeric", Numeric),
        ("category", (old, a, kw) => PyStr.From(Category(Char1("category", old, a, kw), old))),
        ("bidirectional", (old, a, kw) => { int c = Char1("bidirectional", old, a, kw); return PyStr.From(Known(c, old) ? UnicodeTables.Bidirectional(c) : ""); }),
        ("combining", (old, a, kw) => { int c = Char1("combining", old, a, kw); return PyInt.From(Known(c, old) ? UnicodeTables.Combining(c) : 0); }),
        ("mirrored", (old, a, kw) => { int c = Char1("mirrored", old, a, kw); return PyInt.From(Known(c, old) && UnicodeTables.Mirrored(c) ? 1 : 0); }),
        ("east_asian_width", (old, a, kw) => { int c = Char1("east_asian_width", old, a, kw); return PyStr.From(Known(c, old) ? UnicodeTables.EastAsianWidth(c) : "F"); }),
        ("decomposition", (old, a, kw) => { int c = Char1("decomposition", old, a, kw); return PyStr.From(Known(c, old) ? UnicodeTables.Decomposition(c) : ""); }),
        ("is_normalized", (old, a, kw) => { var (form, s) = FormAndStr("is_normalized", a, kw); return PyBool.From(Normalize(form, s, old) == s.Value); }),
        ("normalize", (old, a, kw) =>
        {
            var (form, s) = FormAndStr("normalize", a, kw);
            var r = Normalize(form, s, old);
            return r == s.Value ? s : PyStr.From(r);
        }),
        ("name", Name),
        ("lookup", Lookup),
    };

    static UnicodedataModule()
    {
        foreach (var (name, fn) in Functions)
            Def(UcdType, name, (a, kw) => fn(true, a[1..], kw));
        GetSet(UcdType, "unidata_version", _ => PyStr.From("3.2.0"));
    }

    public static PyModule Create()
    {
        var m = new PyModule("unicodedata");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From(Doc));
        d.Set("unidata_version", PyStr.From("14.0.0"));
        d.Set("UCD", UcdType);
        d.Set("ucd_3_2_0", new UcdObject());
        foreach (var (name, fn) in Functions)
        {
            var f = fn;
            d.Set(name, Fn(name, (a, kw) => f(false, a, kw)));
        }
        return m;
    }

    private static PyException NoData() =>
        PyExc.RuntimeError("unicodedata: the Unicode Character Database files (/usr/share/unicode, Debian package unicode-data) are missing");

    // A code point the database in use has assigned (ucd_3_2_0 sees later ones as unassigned).
    private static bool Known(int cp, bool old)
    {
        if (!UnicodeTables.DatabaseAvailable) throw NoData();
        return old ? UnicodeTables.IsAssigned32(cp) : UnicodeTables.IsAssigned(cp);
    }

    private static string Category(int cp, bool old) => Known(cp, old) ? UnicodeTables.Category(cp) : "Cn";

    // Clinic's "unicode character" converter (_PyArg_BadArgument's messages).
    private static int AsChar(string fname, string which, PyObject o)
    {
        if (o is PyStr s && s.Length == 1) return s.CodePointAt(0);
        throw PyExc.TypeError($"{fname}() {which} must be a unicode character, not {Ops.TypeName(o)}");
    }

    // METH_O: the count and keyword errors name the function with its module or type.
    private static int Char1(string fname, bool old, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        string qual = (old ? "UCD." : "unicodedata.") + fname;
        NoKw(qual, kw);
        if (a.Length != 1) throw PyExc.TypeError($"{qual}() takes exactly one argument ({a.Length} given)");
        return AsChar(fname, "argument", a[0]);
    }

    // unicodedata_UCD_decimal_impl / unicodedata_UCD_digit_impl: (chr, default=<unrepresentable>, /)
    private static PyObject NumberWithDefault(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw, bool old, Func<int, int> lookup, string error)
    {
        NoKw(fname, kw);
        CheckPositional(fname, a.Length, 1, 2);
        int c = AsChar(fname, "argument 1", a[0]);
        int v = Known(c, old) ? lookup(c) : -1;
        if (v >= 0) return PyInt.From(v);
        if (a.Length == 2) return a[1];
        throw PyExc.ValueError(error);
    }

    // unicodedata_UCD_numeric_impl
    private static PyObject Numeric(bool old, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKw("numeric", kw);
        CheckPositional("numeric", a.Length, 1, 2);
        int c = AsChar("numeric", "argument 1", a[0]);
        double? v = Known(c, old) ? UnicodeTables.Numeric(c) : null;
        if (v is double d) return PyFloat.From(d);
        if (a.Length == 2) return a[1];
        throw PyExc.ValueError("not a numeric character");
    }

    // unicodedata_UCD_name_impl
    private static PyObject Name(bool old, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKw("name", kw);
        CheckPositional("name", a.Length, 1, 2);
        int c = AsChar("name", "argument 1", a[0]);
        var name = Known(c, old) ? UnicodeTables.Name(c) : null;
        if (name != null) return PyStr.From(name);
        if (a.Length == 2) return a[1];
        throw PyExc.ValueError("no such name");
    }

    // unicodedata_UCD_lookup_impl: names and aliases; named sequences too, except for ucd_3_2_0.
    private static PyObject Lookup(bool old, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        string qual = (old ? "UCD." : "unicodedata.") + "lookup";
        NoKw(qual, kw);
        if (a.Length != 1) throw PyExc.TypeError($"{qual}() takes exactly one argument ({a.Length} given)");
        string name = a[0] switch
        {
            PyStr s => s.Value,
            PyBytes b => System.Text.Encoding.Latin1.GetString(b.Value),
            var o => throw PyExc.TypeError($"lookup() argument must be str or read-only bytes-like object, not {Ops.TypeName(o)}"),
        };
        if (name.Length > 256) throw PyExc.KeyError(PyStr.From("name too long"));
        if (!UnicodeTables.DatabaseAvailable) throw NoData();
        var r = UnicodeTables.LookupString(name, namedSequences: !old);
        if (r != null && old && (r.Length == 0 || !UnicodeTables.IsAssigned32(char.ConvertToUtf32(r, 0)))) r = null;
        if (r == null) throw PyExc.KeyError(PyStr.From($"undefined character name '{name}'"));
        return PyStr.From(r);
    }

    private static (string Form, PyStr S) FormAndStr(string fname, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKw(fname, kw);
        CheckPositional(fname, a.Length, 2, 2);
        if (a[0] is not PyStr form) throw PyExc.TypeError($"{fname}() argument 1 must be str, not {Ops.TypeName(a[0])}");
        if (a[1] is not PyStr s) throw PyExc.TypeError($"{fname}() argument 2 must be str, not {Ops.TypeName(a[1])}");
        return (form.Value, s);
    }

    // unicodedata_UCD_normalize_impl: the form decides decomposition (compat or not) and composition.
    private static string Normalize(string form, PyStr s, bool old)
    {
        (bool compat, bool compose) = form switch
        {
            "NFC" => (false, true),
            "NFKC" => (true, true),
            "NFD" => (false, false),
            "NFKD" => (true, false),
            _ => throw PyExc.ValueError("invalid normalization form"),
        };
        if (s.Length == 0) return s.Value;
        if (!UnicodeTables.DatabaseAvailable) throw NoData();
        // An all-ASCII string is in every form (the quick check says YES).
        bool ascii = true;
        foreach (char ch in s.Value) if (ch >= 0x80) { ascii = false; break; }
        if (ascii) return s.Value;
        // DEVIATION(CPython): ucd_3_2_0 normalizes with the 14.0 tables.
        return PyStr.FromCodePoints(UnicodeTables.Normalize(s.CodePoints, compat, compose));
    }
}
