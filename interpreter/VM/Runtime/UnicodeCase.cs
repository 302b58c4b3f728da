using System.Globalization;
using System.Text;

namespace Pyref.VM.Runtime;

/// <summary>
/// Python's case operations on code points (Objects/unicodectype.c _PyUnicode_ToLowerFull etc., and
/// Objects/unicodeobject.c do_upper/do_lower/do_title/do_capitalize/do_swapcase/do_casefold): full
/// mappings from UnicodeCaseData over .NET's simple ones, the final-sigma rule, and the Lowercase /
/// Uppercase properties (Ll/Lu plus Other_Lowercase/Other_Uppercase) behind islower/isupper/istitle.
/// </summary>
public static class UnicodeCase
{
    private static bool Valid(int cp) => cp < 0xD800 || (cp > 0xDFFF && cp <= 0x10FFFF);

    private static bool InRanges((int From, int To)[] ranges, int cp)
    {
        foreach (var (a, b) in ranges) if (cp >= a && cp <= b) return true;
        return false;
    }

    // Cased only if Unicode 14.0 assigned it (letters are printable; .NET's tables are newer).
    private static bool Assigned14(int cp) => cp < 0x80 || Bytecode.PyRepr.IsPrintable(cp);

    public static bool IsLower(int cp) => Valid(cp) && Assigned14(cp) && (CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.LowercaseLetter || InRanges(UnicodeCaseData.OtherLowercase, cp));
    public static bool IsUpper(int cp) => Valid(cp) && Assigned14(cp) && (CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.UppercaseLetter || InRanges(UnicodeCaseData.OtherUppercase, cp));
    public static bool IsTitle(int cp) => Valid(cp) && Assigned14(cp) && CharUnicodeInfo.GetUnicodeCategory(cp) == UnicodeCategory.TitlecaseLetter;
    public static bool IsCased(int cp) => IsLower(cp) || IsUpper(cp) || IsTitle(cp);

    /// <summary>Case-ignorable (Unicode 3.13 D136), as used by the final-sigma rule.</summary>
    private static bool IsCaseIgnorable(int cp)
    {
        if (!Valid(cp)) return false;
        if (cp is '\'' or '.' or ':' or '^' or '`' or 0xB7 or 0x2018 or 0x2019 or 0x2024 or 0x2027) return true;
        var c = CharUnicodeInfo.GetUnicodeCategory(cp);
        return c is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format
            or UnicodeCategory.ModifierLetter or UnicodeCategory.ModifierSymbol;
    }

    // .NET's invariant casing leaves out U+0131 -> I and U+017F -> S, which UnicodeData.txt maps.
    private static Rune ToUpper14(Rune r) => r.Value == 0x131 ? new Rune('I') : r.Value == 0x17F ? new Rune('S') : Rune.ToUpperInvariant(r);

    private static void AppendSimple(StringBuilder sb, int cp, Func<Rune, Rune> map)
    {
        // Unassigned in Unicode 14.0 (non-printable there yet cased for .NET's newer tables): no mapping.
        if (!Valid(cp) || (cp > 0x7F && !Bytecode.PyRepr.IsPrintable(cp))) { Objects.PyStr.AppendCodePoint(sb, cp); return; }
        var mapped = map(new Rune(cp));
        // A mapping to a character 14.0 did not have yet (U+019B -> U+A7DC came with Unicode 16) is not made.
        if (mapped.Value > 0x7F && !Bytecode.PyRepr.IsPrintable(mapped.Value)) mapped = new Rune(cp);
        sb.Append(mapped.ToString());
    }

    private static void AppendUpper(StringBuilder sb, int cp)
    {
        if (UnicodeCaseData.Special.TryGetValue(cp, out var sp)) sb.Append(sp.Upper);
        else AppendSimple(sb, cp, ToUpper14);
    }

    private static void AppendTitle(StringBuilder sb, int cp)
    {
        if (UnicodeCaseData.Special.TryGetValue(cp, out var sp)) sb.Append(sp.Title);
        else if (UnicodeCaseData.Title.TryGetValue(cp, out var t)) sb.Append(char.ConvertFromUtf32(t));
        else AppendSimple(sb, cp, ToUpper14);
    }

    /// <summary>unicodeobject.c lower_ucs4 with handle_capital_sigma.</summary>
    private static void AppendLower(StringBuilder sb, int[] cps, int i)
    {
        int cp = cps[i];
        if (cp == 0x3A3)
        {
            int j = i - 1;
            while (j >= 0 && IsCaseIgnorable(cps[j])) j--;
            bool before = j >= 0 && IsCased(cps[j]);
            j = i + 1;
            while (j < cps.Length && IsCaseIgnorable(cps[j])) j++;
            bool after = j < cps.Length && IsCased(cps[j]);
            sb.Append(before && !after ? '\u03C2' : '\u03C3');
            return;
        }
        if (UnicodeCaseData.Special.TryGetValue(cp, out var sp)) sb.Append(sp.Lower);
        else AppendSimple(sb, cp, Rune.ToLowerInvariant);
    }

    public static string Upper(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var cp in Objects.PyStr.ToCodePoints(s)) AppendUpper(sb, cp);
        return sb.ToString();
    }

    public static string Lower(string s)
    {
        var cps = Objects.PyStr.ToCodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++) AppendLower(sb, cps, i);
        return sb.ToString();
    }

    public static string CaseFold(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var cp in Objects.PyStr.ToCodePoints(s))
        {
            if (UnicodeCaseData.Fold.TryGetValue(cp, out var f)) sb.Append(f);
            // CaseFolding.txt folds Cherokee to its capitals (U+AB70 -> U+13A0), so the capitals fold to themselves.
            else if (cp is >= 0x13A0 and <= 0x13F5) Objects.PyStr.AppendCodePoint(sb, cp);
            else AppendSimple(sb, cp, Rune.ToLowerInvariant);
        }
        return sb.ToString();
    }

    public static string SwapCase(string s)
    {
        var cps = Objects.PyStr.ToCodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            if (IsUpper(cps[i])) AppendLower(sb, cps, i);
            else if (IsLower(cps[i])) AppendUpper(sb, cps[i]);
            else AppendSimple(sb, cps[i], r => r);
        }
        return sb.ToString();
    }

    public static string Capitalize(string s)
    {
        var cps = Objects.PyStr.ToCodePoints(s);
        var sb = new StringBuilder(s.Length);
        for (int i = 0; i < cps.Length; i++)
        {
            if (i == 0) AppendTitle(sb, cps[0]);
            else AppendLower(sb, cps, i);
        }
        return sb.ToString();
    }

    public static string Title(string s)
    {
        var cps = Objects.PyStr.ToCodePoints(s);
        var sb = new StringBuilder(s.Length);
        bool previousCased = false;
        for (int i = 0; i < cps.Length; i++)
        {
            if (previousCased) AppendLower(sb, cps, i);
            else AppendTitle(sb, cps[i]);
            previousCased = IsCased(cps[i]);
        }
        return sb.ToString();
    }

    public static bool IsLowerString(string s)
    {
        bool cased = false;
        foreach (var cp in Objects.PyStr.ToCodePoints(s))
        {
            if (IsUpper(cp) || IsTitle(cp)) return false;
            if (!cased && IsLower(cp)) cased = true;
        }
        return cased;
    }

    public static bool IsUpperString(string s)
    {
        bool cased = false;
        foreach (var cp in Objects.PyStr.ToCodePoints(s))
        {
            if (IsLower(cp) || IsTitle(cp)) return false;
            if (!cased && IsUpper(cp)) cased = true;
        }
        return cased;
    }

    public static bool IsTitleString(string s)
    {
        bool cased = false, previousCased = false;
        foreach (var cp in Objects.PyStr.ToCodePoints(s))
        {
            if (IsUpper(cp) || IsTitle(cp))
            {
                if (previousCased) return false;
                previousCased = cased = true;
            }
            else if (IsLower(cp))
            {
                if (!previousCased) return false;
                previousCased = cased = true;
            }
            else previousCased = false;
        }
        return cased;
    }
}
