using System.Globalization;
using System.Text;

namespace Pyref.Parser;

/// <summary>
/// The Unicode Character Database as CPython 3.11 sees it (Unicode 14.0), for what .NET does not provide
/// under InvariantGlobalization or provides at a newer Unicode version: character names (\N{...}), NFKC
/// (identifiers, pegen.c _PyPegen_new_identifier) and str.isprintable (repr of Constant values).
/// Read from the UCD files of the system (Debian package unicode-data: /usr/share/unicode), restricted to
/// code points whose DerivedAge is 14.0 or older.
/// DEVIATION(CPython): without those files, names fall back to a handful of common ones, NFKC only maps
/// fullwidth ASCII and MICRO SIGN, and printability follows .NET's (newer) tables.
/// </summary>
public static partial class UnicodeTables
{
    private const string Dir = UnicodeAge.DatabaseFolder;
    private static readonly Lazy<Tables?> Data = new(Load);

    private sealed class Tables
    {
        public readonly Dictionary<string, int> Names = new(StringComparer.Ordinal);
        public required bool[] Assigned14; // Pyref.UnicodeAge (shared with the tokenizer)
        public readonly byte[] Category = new byte[0x110000]; // index into Categories
        public readonly Dictionary<int, (bool Compat, int[] Mapping)> Decomposition = new();
        public readonly byte[] CombiningClass = new byte[0x110000];
        public readonly Dictionary<long, int> Compose = new();
    }

    private static readonly string[] Categories =
        ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po",
         "Sm", "Sc", "Sk", "So", "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"];

    public static bool Available => Data.Value is not null;

    private static Tables? Load()
    {
        var ud = Path.Combine(Dir, "UnicodeData.txt");
        if (!File.Exists(ud) || UnicodeAge.AssignedInTarget is not { } assigned14) return null;
        var t = new Tables { Assigned14 = assigned14 };
        var catIndex = new Dictionary<string, byte>();
        for (byte i = 0; i < Categories.Length; i++) catIndex[Categories[i]] = i;
        int rangeStart = -1;
        foreach (var line in File.ReadLines(ud))
        {
            var f = line.Split(';');
            if (f.Length < 6) continue;
            int cp = int.Parse(f[0], NumberStyles.HexNumber);
            byte cat = catIndex.GetValueOrDefault(f[2]);
            if (f[1].EndsWith(", First>")) { rangeStart = cp; continue; }
            if (f[1].EndsWith(", Last>"))
            {
                for (int c = rangeStart; c <= cp; c++) t.Category[c] = cat;
                continue;
            }
            t.Category[cp] = cat;
            t.CombiningClass[cp] = byte.Parse(f[3]);
            if (!f[1].StartsWith('<') && t.Assigned14[cp]) t.Names[f[1]] = cp;
            if (f[5].Length > 0)
            {
                bool compat = f[5][0] == '<';
                var body = compat ? f[5][(f[5].IndexOf('>') + 1)..] : f[5];
                var mapping = body.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => int.Parse(h, NumberStyles.HexNumber)).ToArray();
                t.Decomposition[cp] = (compat, mapping);
            }
        }
        var aliases = Path.Combine(Dir, "NameAliases.txt");
        if (File.Exists(aliases))
            foreach (var line in File.ReadLines(aliases))
            {
                if (line.StartsWith('#') || line.Length == 0) continue;
                var f = line.Split(';');
                if (f.Length >= 2) t.Names.TryAdd(f[1], int.Parse(f[0], NumberStyles.HexNumber));
            }
        var exclusions = new HashSet<int>();
        var excl = Path.Combine(Dir, "CompositionExclusions.txt");
        if (File.Exists(excl))
            foreach (var raw in File.ReadLines(excl))
            {
                var s = raw.Split('#')[0].Trim();
                if (s.Length > 0) exclusions.Add(int.Parse(s, NumberStyles.HexNumber));
            }
        foreach (var (cp, (compat, mapping)) in t.Decomposition)
        {
            // Primary composites: canonical, two code points, starter first, not excluded.
            if (compat || mapping.Length != 2 || exclusions.Contains(cp) || t.CombiningClass[mapping[0]] != 0) continue;
            if (t.CombiningClass[cp] != 0) continue;
            t.Compose[((long)mapping[0] << 21) | (uint)mapping[1]] = cp;
        }
        return t;
    }

    public static int LookupName(string name)
    {
        var t = Data.Value;
        var key = name.ToUpperInvariant();
        if (t is not null && t.Names.TryGetValue(key, out int cp)) return cp;
        if (t is null && UnicodeNames.Fallback.TryGetValue(key, out cp)) return cp;
        // Algorithmic names (Unicode chapter 4.8): CJK unified ideographs and Hangul syllables.
        if (key.StartsWith("CJK UNIFIED IDEOGRAPH-", StringComparison.Ordinal) &&
            int.TryParse(key["CJK UNIFIED IDEOGRAPH-".Length..], NumberStyles.HexNumber, null, out cp) &&
            (t is null || (t.Assigned14[cp] && t.Category[cp] == 5)))
            return cp;
        if (key.StartsWith("HANGUL SYLLABLE ", StringComparison.Ordinal)) return HangulSyllable(key["HANGUL SYLLABLE ".Length..]);
        return -1;
    }

    private static readonly string[] JamoL = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
    private static readonly string[] JamoV = ["A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"];
    private static readonly string[] JamoT = ["", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"];

    private static int HangulSyllable(string s)
    {
        for (int l = 0; l < JamoL.Length; l++)
            for (int v = 0; v < JamoV.Length; v++)
                for (int tt = 0; tt < JamoT.Length; tt++)
                    if (JamoL[l] + JamoV[v] + JamoT[tt] == s) return 0xAC00 + (l * 21 + v) * 28 + tt;
        return -1;
    }

    /// <summary>Py_UNICODE_ISPRINTABLE with Unicode 14.0's assignments.</summary>
    public static bool IsPrintable(int cp)
    {
        var t = Data.Value;
        if (t is null) return Ast.UnicodeData.IsPrintableDotNet(cp);
        if (cp == ' ') return true;
        if (!t.Assigned14[cp]) return false;
        var cat = Categories[t.Category[cp]];
        return cat is not ("Cc" or "Cf" or "Cs" or "Co" or "Cn" or "Zl" or "Zp" or "Zs");
    }

    /// <summary>unicodedata.normalize('NFKC', s) with Unicode 14.0 data.</summary>
    public static string Nfkc(string s)
    {
        var t = Data.Value;
        if (t is null) return FallbackNfkc(s);
        var cps = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { cp = char.ConvertToUtf32(s[i], s[i + 1]); i++; }
            cps.Add(cp);
        }
        var sb = new StringBuilder(cps.Count);
        foreach (var cp in Normalize(cps, compat: true, compose: true))
            if (cp < 0x10000) sb.Append((char)cp); else sb.Append(char.ConvertFromUtf32(cp));
        return sb.ToString();
    }

    private static int ComposePair(Tables t, int a, int b)
    {
        // Hangul LV / LVT
        if (a is >= 0x1100 and < 0x1113 && b is >= 0x1161 and < 0x1176) return 0xAC00 + ((a - 0x1100) * 21 + (b - 0x1161)) * 28;
        if (a is >= 0xAC00 and <= 0xD7A3 && (a - 0xAC00) % 28 == 0 && b is > 0x11A7 and < 0x11C3) return a + (b - 0x11A7);
        return t.Compose.TryGetValue(((long)a << 21) | (uint)b, out int c) ? c : -1;
    }

    private static string FallbackNfkc(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char c in s)
        {
            if (c is >= '\uFF01' and <= '\uFF5E') sb.Append((char)(c - 0xFF01 + 0x21));
            else if (c == '\u00B5') sb.Append('\u03BC');
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
