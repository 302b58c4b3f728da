using System.Text;
using Pyref.VM.Runtime;

namespace Pyref.VM.Modules.Sre;

/// <summary>
/// The character predicates and case maps of Modules/_sre/sre.c (SRE_IS_DIGIT ... sre_category, sre_lower_*,
/// char_loc_ignore). ASCII ones follow pyctype.h; the UNI ones Py_UNICODE_IS* / Py_UNICODE_TO*.
/// The Unicode digit and word predicates are str's (StrMethods: Unicode 14.0, as CPython 3.11's unicodedata).
/// DEVIATION(CPython): the case maps read .NET's Unicode tables, whose version may differ from 14.0.0 for
/// recently assigned characters.
/// DEVIATION(CPython): LOCALE predicates assume the C/UTF-8 locale CPython runs in by default (bytes
/// 128..255 are neither alphanumeric nor cased), since the VM does not call setlocale.
/// </summary>
internal static class SreChars
{
    // pyctype.h Py_ISDIGIT / Py_ISSPACE / Py_ISALNUM on the ASCII range.
    public static bool IsDigit(int ch) => ch is >= '0' and <= '9';
    public static bool IsSpace(int ch) => ch is ' ' or '\t' or '\n' or '\r' or '\v' or '\f';
    public static bool IsLinebreak(int ch) => ch == '\n';
    public static bool IsWord(int ch) => ch <= 'z' && (ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_');

    public static int LowerAscii(int ch) => ch is >= 'A' and <= 'Z' ? ch + 32 : ch;

    // Locale (C locale semantics over 0..255).
    public static bool LocIsWord(int ch) => ch < 128 && IsWord(ch);
    public static int LowerLocale(int ch) => ch < 256 ? LowerAscii(ch) : ch;
    public static int UpperLocale(int ch) => ch < 256 && ch is >= 'a' and <= 'z' ? ch - 32 : ch;

    private static bool Valid(int cp) => cp is >= 0 and <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF);

    // Py_UNICODE_ISDECIMAL.
    public static bool UniIsDigit(int ch) => StrMethods.IsDecimalCp(ch);

    // Py_UNICODE_ISSPACE.
    public static bool UniIsSpace(int ch) => StrMethods.IsSpace(ch);

    // Py_UNICODE_ISLINEBREAK: line-break bidirectional types B plus LS/PS and the C0 separators.
    public static bool UniIsLinebreak(int ch) =>
        ch is '\n' or '\v' or '\f' or '\r' or 0x1c or 0x1d or 0x1e or 0x85 or 0x2028 or 0x2029;

    // Py_UNICODE_ISALNUM = isalpha || isdecimal || isdigit || isnumeric.
    public static bool UniIsAlnum(int ch) => StrMethods.IsAlnumCp(ch);

    public static bool UniIsWord(int ch) => ch == '_' || UniIsAlnum(ch);

    // Py_UNICODE_TOLOWER / TOUPPER (Objects/unicodectype.c _PyUnicode_ToLowercase): the simple case mappings,
    // except that a character with a special (multi-character) mapping maps to the first character of it.
    public static int LowerUnicode(int ch)
    {
        if (ch < 128) return LowerAscii(ch);
        if (!Valid(ch)) return ch;
        if (UnicodeCaseData.Special.TryGetValue(ch, out var sp)) return char.ConvertToUtf32(sp.Lower, 0);
        return Rune.ToLowerInvariant(new Rune(ch)).Value;
    }

    public static int UpperUnicode(int ch)
    {
        if (ch < 128) return ch is >= 'a' and <= 'z' ? ch - 32 : ch;
        if (!Valid(ch)) return ch;
        if (UnicodeCaseData.Special.TryGetValue(ch, out var sp)) return char.ConvertToUtf32(sp.Upper, 0);
        // .NET's invariant casing leaves out the two UnicodeData.txt mappings onto ASCII letters (the
        // Turkish dotless i and the long s), which CPython has and re._casefix relies on.
        if (ch == 0x131) return 'I';
        if (ch == 0x17F) return 'S';
        return Rune.ToUpperInvariant(new Rune(ch)).Value;
    }

    /// <summary>sre.c char_loc_ignore.</summary>
    public static bool CharLocIgnore(uint pattern, int ch) =>
        (uint)ch == pattern || (uint)LowerLocale(ch) == pattern || (uint)UpperLocale(ch) == pattern;

    /// <summary>sre.c sre_category.</summary>
    public static bool Category(uint category, int ch) => category switch
    {
        SreCategory.DIGIT => IsDigit(ch),
        SreCategory.NOT_DIGIT => !IsDigit(ch),
        SreCategory.SPACE => IsSpace(ch),
        SreCategory.NOT_SPACE => !IsSpace(ch),
        SreCategory.WORD => IsWord(ch),
        SreCategory.NOT_WORD => !IsWord(ch),
        SreCategory.LINEBREAK => IsLinebreak(ch),
        SreCategory.NOT_LINEBREAK => !IsLinebreak(ch),
        SreCategory.LOC_WORD => LocIsWord(ch),
        SreCategory.LOC_NOT_WORD => !LocIsWord(ch),
        SreCategory.UNI_DIGIT => UniIsDigit(ch),
        SreCategory.UNI_NOT_DIGIT => !UniIsDigit(ch),
        SreCategory.UNI_SPACE => UniIsSpace(ch),
        SreCategory.UNI_NOT_SPACE => !UniIsSpace(ch),
        SreCategory.UNI_WORD => UniIsWord(ch),
        SreCategory.UNI_NOT_WORD => !UniIsWord(ch),
        SreCategory.UNI_LINEBREAK => UniIsLinebreak(ch),
        SreCategory.UNI_NOT_LINEBREAK => !UniIsLinebreak(ch),
        _ => false,
    };
}
