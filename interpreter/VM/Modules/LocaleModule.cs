using System.Runtime.InteropServices;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>_locale (Modules/_localemodule.c) over the C library's setlocale/localeconv/nl_langinfo. CPython sets
/// LC_CTYPE from the environment at startup (Python/pylifecycle.c init_interp_main -> _Py_SetLocaleFromEnv), which
/// module creation does here.</summary>
[BuiltinModule("_locale")]
public static unsafe class LocaleModule
{
    [DllImport("libc", SetLastError = true)] private static extern nint setlocale(int category, byte[]? locale);
    [DllImport("libc")] private static extern byte* localeconv();
    [DllImport("libc")] private static extern nint nl_langinfo(int item);
    [DllImport("libc")] private static extern int strcoll(byte[] a, byte[] b);

    private static PyType? s_error;
    private static bool s_ctypeSet;

    private static readonly (string, int)[] LangInfo =
    [
        ("CODESET", 14), ("D_T_FMT", 0x20028), ("D_FMT", 0x20029), ("T_FMT", 0x2002A), ("T_FMT_AMPM", 0x2002B), ("AM_STR", 0x20026),
        ("PM_STR", 0x20027), ("RADIXCHAR", 0x10000), ("THOUSEP", 0x10001), ("YESEXPR", 0x50000), ("NOEXPR", 0x50001),
        ("CRNCYSTR", 0x4000F), ("ERA", 0x2002C), ("ERA_D_FMT", 0x2002E), ("ALT_DIGITS", 0x2002F), ("ERA_D_T_FMT", 0x20030),
        ("ERA_T_FMT", 0x20031), ("_DATE_FMT", 0x2006C),
    ];

    public static PyModule Create()
    {
        if (!s_ctypeSet) { setlocale(0, [0]); s_ctypeSet = true; }
        var m = new PyModule("_locale");
        var d = m.Dict!;
        foreach (var (n, v) in new[] { ("LC_CTYPE", 0), ("LC_NUMERIC", 1), ("LC_TIME", 2), ("LC_COLLATE", 3), ("LC_MONETARY", 4), ("LC_MESSAGES", 5), ("LC_ALL", 6), ("CHAR_MAX", 127) })
            d.Set(n, PyInt.From(v));
        var items = new List<(string, int)>(LangInfo);
        for (int i = 0; i < 7; i++) { items.Add(($"DAY_{i + 1}", 0x20007 + i)); items.Add(($"ABDAY_{i + 1}", 0x20000 + i)); }
        for (int i = 0; i < 12; i++) { items.Add(($"MON_{i + 1}", 0x2001A + i)); items.Add(($"ABMON_{i + 1}", 0x2000E + i)); }
        foreach (var (n, v) in items) d.Set(n, PyInt.From(v));
        if (s_error == null)
        {
            var ns = new PyDict();
            ns.Set("__module__", PyStr.From("locale"));
            s_error = ObjectAndType.CreateClass(Types.Type, "Error", PyTuple.Of(Types.Exception), ns, new PyDict());
        }
        d.Set("Error", s_error);
        d.Set("setlocale", Fn("setlocale", (a, kw) =>
        {
            CheckCount("setlocale", a.Length, 1, 2);
            int cat = (int)ToLong(a[0]);
            if (cat < 0 || cat > 12) throw PyExc.Make(s_error, "invalid locale category");
            byte[]? loc = a.Length > 1 && a[1] != None ? Posix.Libc.CString(System.Text.Encoding.UTF8.GetBytes(Ops.StrString(a[1]))) : null;
            var r = setlocale(cat, loc);
            if (r == 0) throw PyExc.Make(s_error, "unsupported locale setting");
            return PyStr.From(Marshal.PtrToStringUTF8(r) ?? "C");
        }));
        d.Set("localeconv", Fn("localeconv", (a, kw) =>
        {
            // struct lconv (glibc): ten char* then fourteen chars.
            byte* lc = localeconv();
            var p = (nint*)lc;
            string S(int i) => Marshal.PtrToStringUTF8(p[i]) ?? "";
            PyObject Grouping(int i)
            {
                var l = new PyList();
                byte* g = (byte*)p[i];
                if (g == null) return l;
                for (; *g != 0 && *g != 127; g++) l.Append(PyInt.From(*g));
                if (*g == 127) l.Append(PyInt.From(127)); else if (l.Count > 0) l.Append(PyInt.From(0));
                return l;
            }
            byte* c = lc + 10 * sizeof(nint);
            var r = new PyDict();
            r.Set("int_curr_symbol", PyStr.From(S(3))); r.Set("currency_symbol", PyStr.From(S(4)));
            r.Set("mon_decimal_point", PyStr.From(S(5))); r.Set("mon_thousands_sep", PyStr.From(S(6)));
            r.Set("mon_grouping", Grouping(7)); r.Set("positive_sign", PyStr.From(S(8))); r.Set("negative_sign", PyStr.From(S(9)));
            string[] cn = ["int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space", "n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"];
            for (int i = 0; i < cn.Length; i++) r.Set(cn[i], PyInt.From((sbyte)c[i] < 0 ? 127 : c[i]));
            r.Set("decimal_point", PyStr.From(S(0))); r.Set("thousands_sep", PyStr.From(S(1))); r.Set("grouping", Grouping(2));
            return r;
        }));
        d.Set("nl_langinfo", Fn("nl_langinfo", (a, kw) =>
        {
            CheckCount("nl_langinfo", a.Length, 1, 1);
            int item = (int)ToLong(a[0]);
            if (!items.Any(x => x.Item2 == item)) throw PyExc.ValueError("unsupported langinfo constant");
            return PyStr.From(Marshal.PtrToStringUTF8(nl_langinfo(item)) ?? "");
        }));
        d.Set("getencoding", Fn("getencoding", (a, kw) => PyStr.From(Marshal.PtrToStringUTF8(nl_langinfo(14)) is "ANSI_X3.4-1968" or null ? "utf-8" : Marshal.PtrToStringUTF8(nl_langinfo(14))!)));
        d.Set("strcoll", Fn("strcoll", (a, kw) =>
        {
            CheckCount("strcoll", a.Length, 2, 2);
            return PyInt.From(strcoll(Posix.Libc.CString(System.Text.Encoding.UTF8.GetBytes(Ops.StrString(a[0]))), Posix.Libc.CString(System.Text.Encoding.UTF8.GetBytes(Ops.StrString(a[1])))));
        }));
        d.Set("strxfrm", Fn("strxfrm", (a, kw) => { CheckCount("strxfrm", a.Length, 1, 1); return a[0] is PyStr ? a[0] : throw PyExc.TypeError($"strxfrm() argument must be str, not {Ops.TypeName(a[0])}"); }));
        foreach (var n in new[] { "gettext", "dgettext", "dcgettext", "textdomain", "bindtextdomain", "bind_textdomain_codeset" })
        {
            var name = n;
            d.Set(name, Fn(name, (a, kw) => name switch { "gettext" => a[0], "dgettext" => a[1], "dcgettext" => a[1], _ => a.Length > 0 ? a[0] : None }));
        }
        return m;
    }
}
