using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Pyref.Tokenizer;

/// <summary>
/// Character classes both views need. ASCII is answered from tables; everything else from .NET's
/// Unicode data, restricted to the code points Unicode 14.0 (CPython 3.11's database) assigns (Pyref.UnicodeAge).
/// DEVIATION(CPython): a character whose category changed between 14.0 and .NET's newer tables still gets the
/// newer category (rare; without /usr/share/unicode/DerivedAge.txt every post-14.0 character is affected).
/// </summary>
public static class CharClass
{
    // Bit 1: ASCII \w (re word char), bit 2: identifier start, bit 4: decimal digit, bit 8: identifier start
    // that cannot begin a string prefix (so a NAME for sure in the tokenize module's view).
    private static readonly byte[] Ascii = BuildAscii();

    private static byte[] BuildAscii()
    {
        var t = new byte[128];
        for (int c = 0; c < 128; c++)
        {
            bool alpha = c is >= 'a' and <= 'z' or >= 'A' and <= 'Z';
            bool digit = c is >= '0' and <= '9';
            if (alpha || digit || c == '_') t[c] |= 1;
            if (alpha || c == '_') t[c] |= 2;
            if (digit) t[c] |= 4;
            if ((alpha || c == '_') && "bBrRuUfF".IndexOf((char)c) < 0) t[c] |= 8;
        }
        return t;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsAsciiWord(char c) => c < 128 && (Ascii[c] & 1) != 0;

    /// <summary>An ASCII letter or '_' other than the string prefix letters b, r, u, f (either case).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsPlainNameStart(char c) => c < 128 && (Ascii[c] & 8) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDigit(char c) => (uint)(c - '0') <= 9;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsHexDigit(char c) => (uint)(c - '0') <= 9 || (uint)((c | 0x20) - 'a') <= 5;

    /// <summary>The code point at s[i] and its length in UTF-16 units (1 or 2; lone surrogates are 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int CodePointAt(ReadOnlySpan<char> s, int i, int limit, out int width)
    {
        char c = s[i];
        if (char.IsHighSurrogate(c) && i + 1 < limit && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return char.ConvertToUtf32(c, s[i + 1]);
        }
        width = 1;
        return c;
    }

    // Code points .NET knows but Unicode 14.0 (CPython 3.11's database) does not are unassigned, as in CPython.
    private static UnicodeCategory Category(int cp) =>
        !UnicodeAge.MayBeAssigned(cp) ? UnicodeCategory.OtherNotAssigned
        : cp <= 0xFFFF ? CharUnicodeInfo.GetUnicodeCategory((char)cp) : CharUnicodeInfo.GetUnicodeCategory(cp);

    /// <summary>Python re's Unicode \w: str.isalnum() or '_' (Modules/_sre: SRE_UNI_IS_WORD).</summary>
    public static bool IsWord(int cp)
    {
        if (cp < 128) return (Ascii[cp] & 1) != 0;
        switch (Category(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.OtherNumber:
                return true;
            default:
                return false;
        }
    }

    // Other_ID_Start (PropList.txt): characters that are XID_Start without being letters.
    private static bool IsOtherIdStart(int cp) => cp is 0x1885 or 0x1886 or 0x2118 or 0x212E or 0x309B or 0x309C;

    // Other_ID_Continue (PropList.txt).
    private static bool IsOtherIdContinue(int cp) => cp is 0x00B7 or 0x0387 or (>= 0x1369 and <= 0x1371) or 0x19DA;

    // Characters removed from XID_Start/XID_Continue by NFKC closure (DerivedCoreProperties.txt comments).
    private static bool IsNfkcExcludedStart(int cp) =>
        cp is 0x037A or 0x0E33 or 0x0EB3 or 0x309B or 0x309C or (>= 0xFC5E and <= 0xFC63) or 0xFDFA or 0xFDFB
            or 0xFE70 or 0xFE72 or 0xFE74 or 0xFE76 or 0xFE78 or 0xFE7A or 0xFE7C or 0xFE7E or 0xFF9E or 0xFF9F;

    /// <summary>XID_Start or '_' (what str.isidentifier() requires of the first character).</summary>
    public static bool IsIdentifierStart(int cp)
    {
        if (cp < 128) return (Ascii[cp] & 2) != 0;
        if (IsNfkcExcludedStart(cp)) return false;
        if (IsOtherIdStart(cp)) return true;
        switch (Category(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
                return true;
            default:
                return false;
        }
    }

    /// <summary>XID_Continue (str.isidentifier() for the characters after the first).</summary>
    public static bool IsIdentifierContinue(int cp)
    {
        if (cp < 128) return (Ascii[cp] & 1) != 0;
        if (cp is 0x037A or (>= 0xFC5E and <= 0xFC63) or 0xFDFA or 0xFDFB or 0xFE70 or 0xFE72 or 0xFE74 or 0xFE76
            or 0xFE78 or 0xFE7A or 0xFE7C or 0xFE7E) return false;
        if (IsOtherIdStart(cp) || IsOtherIdContinue(cp)) return true;
        if (cp is 0x0E33 or 0x0EB3 or 0xFF9E or 0xFF9F) return true;
        switch (Category(cp))
        {
            case UnicodeCategory.UppercaseLetter:
            case UnicodeCategory.LowercaseLetter:
            case UnicodeCategory.TitlecaseLetter:
            case UnicodeCategory.ModifierLetter:
            case UnicodeCategory.OtherLetter:
            case UnicodeCategory.LetterNumber:
            case UnicodeCategory.NonSpacingMark:
            case UnicodeCategory.SpacingCombiningMark:
            case UnicodeCategory.DecimalDigitNumber:
            case UnicodeCategory.ConnectorPunctuation:
                return true;
            default:
                return false;
        }
    }

    /// <summary>Py_UNICODE_ISPRINTABLE (Objects/unicodectype.c): not Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (space excepted).</summary>
    public static bool IsPrintable(int cp)
    {
        if (cp < 128) return cp >= 0x20 && cp < 0x7F;
        if (cp is >= 0xD800 and <= 0xDFFF) return false;
        switch (Category(cp))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }

    /// <summary>Python's str.isspace() (Py_UNICODE_ISSPACE), used by str.strip().</summary>
    public static bool IsPySpace(int cp)
    {
        if (cp < 128) return cp is ' ' or (>= 0x09 and <= 0x0D) or (>= 0x1C and <= 0x1F);
        if (cp is 0x85 or 0xA0 or 0x1680 or (>= 0x2000 and <= 0x200A) or 0x2028 or 0x2029 or 0x202F or 0x205F or 0x3000)
            return true;
        return false;
    }

    /// <summary>Python repr() of a str (Objects/unicodeobject.c: unicode_repr).</summary>
    public static string PyRepr(string s)
    {
        bool hasSingle = s.Contains('\''), hasDouble = s.Contains('"');
        char quote = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2);
        sb.Append(quote);
        for (int i = 0; i < s.Length;)
        {
            int cp = CodePointAt(s, i, s.Length, out int w);
            i += w;
            if (cp == quote || cp == '\\') { sb.Append('\\').Append((char)cp); continue; }
            if (cp == '\t') { sb.Append("\\t"); continue; }
            if (cp == '\n') { sb.Append("\\n"); continue; }
            if (cp == '\r') { sb.Append("\\r"); continue; }
            if (cp < 0x20 || cp == 0x7F) { sb.Append("\\x").Append(cp.ToString("x2")); continue; }
            if (cp < 0x7F) { sb.Append((char)cp); continue; }
            if (IsPrintable(cp)) { sb.Append(char.ConvertFromUtf32(cp)); continue; }
            if (cp <= 0xFF) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xFFFF) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        sb.Append(quote);
        return sb.ToString();
    }
}
