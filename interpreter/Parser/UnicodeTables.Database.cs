using System.Globalization;
using System.Text;

namespace Pyref.Parser;

/// <summary>
/// The rest of the Unicode 14.0 database the unicodedata module needs (Modules/unicodedata.c and the tables
/// Tools/unicode/makeunicodedata.py generates): bidirectional class, East Asian width, mirrored, numeric values,
/// names by code point, named sequences, and the four normalization forms. Loaded on first use, apart from the
/// parser's tables, so that \N{...} and identifiers do not pay for them.
/// As in CPython, a code point not assigned in 14.0 gets the empty record (category Cn, bidirectional '',
/// east_asian_width 'F', combining 0, no decomposition, no name).
/// DEVIATION(CPython): the system's files are Unicode 15.0; a property that 15.0 changed for a character
/// already assigned in 14.0 follows 15.0.
/// </summary>
public static partial class UnicodeTables
{
    private static readonly Lazy<Extra?> ExtraData = new(LoadExtra);

    // EASTASIANWIDTH_NAMES and BIDIRECTIONAL_NAMES of makeunicodedata.py: index 0 is the empty record's value.
    private static readonly string[] EastAsianWidths = ["F", "H", "W", "Na", "A", "N"];
    private static readonly string[] BidiNames =
        ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS",
         "ON", "LRI", "RLI", "FSI", "PDI"];

    private sealed class Extra
    {
        public readonly byte[] Bidi = new byte[0x110000];
        public readonly byte[] Width = new byte[0x110000];
        public readonly HashSet<int> Mirrored = new();
        public readonly bool[] Assigned32 = new bool[0x110000];
        public readonly Dictionary<int, int> Decimal = new(), Digit = new();
        public readonly Dictionary<int, double> Numeric = new();
        public readonly Dictionary<int, string> DecompositionText = new();
        public readonly Dictionary<int, string> NameOf = new();
        public readonly Dictionary<string, string> Sequences = new(StringComparer.Ordinal);
    }

    private static int Hex(string s) => int.Parse(s.Trim(), NumberStyles.HexNumber);

    private static IEnumerable<(int Lo, int Hi, string[] Fields)> RangeLines(string file)
    {
        var path = Path.Combine(Dir, file);
        if (!File.Exists(path)) yield break;
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#')[0];
            if (line.Trim().Length == 0) continue;
            var f = line.Split(';');
            var range = f[0].Trim().Split("..");
            yield return (Hex(range[0]), range.Length > 1 ? Hex(range[1]) : Hex(range[0]), f);
        }
    }

    private static Extra? LoadExtra()
    {
        var t = Data.Value;
        if (t is null) return null;
        var x = new Extra();
        var bidiIndex = BidiNames.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => (byte)p.i);
        var widthIndex = EastAsianWidths.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => (byte)p.i);
        int rangeStart = -1;
        foreach (var line in File.ReadLines(Path.Combine(Dir, "UnicodeData.txt")))
        {
            var f = line.Split(';');
            if (f.Length < 10) continue;
            int cp = Hex(f[0]);
            byte bidi = bidiIndex.GetValueOrDefault(f[4]);
            if (f[1].EndsWith(", First>")) { rangeStart = cp; continue; }
            int lo = f[1].EndsWith(", Last>") ? rangeStart : cp;
            for (int c = lo; c <= cp; c++) if (t.Assigned14[c]) x.Bidi[c] = bidi;
            if (!t.Assigned14[cp]) continue;
            if (f[9] == "Y") x.Mirrored.Add(cp);
            if (f[6].Length > 0) x.Decimal[cp] = int.Parse(f[6]);
            if (f[7].Length > 0) x.Digit[cp] = int.Parse(f[7]);
            if (f[5].Length > 0) x.DecompositionText[cp] = f[5];
            if (!f[1].StartsWith('<')) x.NameOf[cp] = f[1];
        }
        // makeunicodedata.py: every assigned code point without an explicit width keeps "N" (the file's @missing).
        for (int c = 0; c < 0x110000; c++) if (IsAssigned(c)) x.Width[c] = widthIndex["N"];
        foreach (var (lo, hi, f) in RangeLines("EastAsianWidth.txt"))
        {
            byte w = widthIndex[f[1].Trim()];
            for (int c = lo; c <= hi; c++) if (IsAssigned(c)) x.Width[c] = w;
        }
        foreach (var (lo, hi, f) in RangeLines("DerivedAge.txt"))
            if (Version.Parse(f[1].Trim()) <= new Version(3, 2))
                for (int c = lo; c <= hi; c++) x.Assigned32[c] = IsAssigned(c);
        // Numeric values, including the Unihan ones (kPrimaryNumeric and friends) CPython reads.
        foreach (var (lo, hi, f) in RangeLines(Path.Combine("extracted", "DerivedNumericValues.txt")))
        {
            var rational = f[3].Trim().Split('/');
            double v = rational.Length == 2 ? double.Parse(rational[0], CultureInfo.InvariantCulture) / double.Parse(rational[1], CultureInfo.InvariantCulture)
                : double.Parse(rational[0], CultureInfo.InvariantCulture);
            for (int c = lo; c <= hi; c++) if (t.Assigned14[c]) x.Numeric[c] = v;
        }
        var seq = Path.Combine(Dir, "NamedSequences.txt");
        if (File.Exists(seq))
            foreach (var raw in File.ReadLines(seq))
            {
                if (raw.StartsWith('#') || !raw.Contains(';')) continue;
                var f = raw.Split(';');
                x.Sequences[f[0].Trim()] = string.Concat(f[1].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => char.ConvertFromUtf32(Hex(h))));
            }
        return x;
    }

    /// <summary>Whether the database files are there (else unicodedata cannot work).</summary>
    public static bool DatabaseAvailable => ExtraData.Value is not null;

    private static Tables T => Data.Value ?? throw new InvalidOperationException("Unicode database files missing");
    private static Extra X => ExtraData.Value ?? throw new InvalidOperationException("Unicode database files missing");

    // DerivedAge also dates the noncharacters (U+FDD0.., U+xFFFE), which UnicodeData.txt leaves out (category Cn).
    public static bool IsAssigned(int cp) => T.Assigned14[cp] && T.Category[cp] != 0;
    /// <summary>Assigned in Unicode 3.2 (unicodedata.ucd_3_2_0, which idna and stringprep use).</summary>
    public static bool IsAssigned32(int cp) => X.Assigned32[cp];
    public static string Category(int cp) => T.Assigned14[cp] ? Categories[T.Category[cp]] : "Cn";
    public static int Combining(int cp) => T.Assigned14[cp] ? T.CombiningClass[cp] : 0;
    public static string Bidirectional(int cp) => BidiNames[X.Bidi[cp]];
    public static string EastAsianWidth(int cp) => EastAsianWidths[X.Width[cp]];
    public static bool Mirrored(int cp) => X.Mirrored.Contains(cp);
    public static string Decomposition(int cp) => X.DecompositionText.GetValueOrDefault(cp, "");
    public static int Decimal(int cp) => X.Decimal.GetValueOrDefault(cp, -1);
    public static int Digit(int cp) => X.Digit.GetValueOrDefault(cp, -1);
    public static double? Numeric(int cp) => X.Numeric.TryGetValue(cp, out var v) ? v : null;

    /// <summary>_getucname: the character's name, algorithmic for Hangul syllables and CJK ideographs.</summary>
    public static string? Name(int cp)
    {
        if (!T.Assigned14[cp]) return null;
        if (cp is >= 0xAC00 and <= 0xD7A3)
        {
            int s = cp - 0xAC00;
            return "HANGUL SYLLABLE " + JamoL[s / 588] + JamoV[s % 588 / 28] + JamoT[s % 28];
        }
        if (IsUnifiedIdeograph(cp)) return "CJK UNIFIED IDEOGRAPH-" + cp.ToString("X");
        return X.NameOf.GetValueOrDefault(cp);
    }

    // is_unified_ideograph: the Ideographic ranges of UnicodeData.txt (14.0 assignments decide the ends).
    private static bool IsUnifiedIdeograph(int cp) =>
        cp is (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0x20000 and <= 0x2A6DF)
            or (>= 0x2A700 and <= 0x2B73F) or (>= 0x2B740 and <= 0x2B81F) or (>= 0x2B820 and <= 0x2CEAF)
            or (>= 0x2CEB0 and <= 0x2EBEF) or (>= 0x30000 and <= 0x3134F) or (>= 0x31350 and <= 0x323AF)
        && T.Category[cp] == 5 && !X.NameOf.ContainsKey(cp);

    /// <summary>unicodedata.lookup: names, aliases, and (when allowed) named sequences.</summary>
    public static string? LookupString(string name, bool namedSequences)
    {
        int cp = LookupName(name);
        if (cp >= 0) return char.ConvertFromUtf32(cp);
        if (namedSequences && X.Sequences.TryGetValue(name.ToUpperInvariant(), out var s)) return s;
        return null;
    }

    /// <summary>
    /// NFD, NFC, NFKD, NFKC (unicodedata.c nfd_nfkd and nfc_nfkc): full decomposition, canonical ordering,
    /// then canonical composition of primary composites. Code points are ints, so lone surrogates pass through.
    /// </summary>
    public static List<int> Normalize(IReadOnlyList<int> input, bool compat, bool compose)
    {
        var t = T;
        var cps = new List<int>(input.Count);
        foreach (var cp in input) DecomposeFull(t, cp, compat, cps);
        // Canonical ordering: a stable sort of each run of non-starters by combining class.
        for (int i = 1; i < cps.Count; i++)
        {
            int cc = CombiningOf(t, cps[i]);
            if (cc == 0) continue;
            int j = i;
            while (j > 0 && CombiningOf(t, cps[j - 1]) > cc) { (cps[j], cps[j - 1]) = (cps[j - 1], cps[j]); j--; }
        }
        if (!compose || cps.Count < 2) return cps;
        var result = new List<int>(cps.Count);
        int starter = -1, lastClass = 0;
        foreach (var c in cps)
        {
            int cc = CombiningOf(t, c);
            if (starter >= 0 && (lastClass < cc || (lastClass == 0 && result.Count - 1 == starter)))
            {
                int composite = ComposePair(t, result[starter], c);
                if (composite >= 0 && (composite is >= 0xAC00 and <= 0xD7A3 || t.Assigned14[composite]))
                {
                    result[starter] = composite;
                    continue;
                }
            }
            if (cc == 0) { starter = result.Count; lastClass = 0; }
            else lastClass = cc;
            result.Add(c);
        }
        return result;
    }

    private static int CombiningOf(Tables t, int cp) => cp < 0x110000 && t.Assigned14[cp] ? t.CombiningClass[cp] : 0;

    private static void DecomposeFull(Tables t, int cp, bool compat, List<int> into)
    {
        if (cp is >= 0xAC00 and <= 0xD7A3)
        {
            int s = cp - 0xAC00;
            into.Add(0x1100 + s / 588);
            into.Add(0x1161 + s % 588 / 28);
            if (s % 28 != 0) into.Add(0x11A7 + s % 28);
            return;
        }
        if (cp < 0x110000 && t.Assigned14[cp] && t.Decomposition.TryGetValue(cp, out var d) && (compat || !d.Compat))
        {
            foreach (var c in d.Mapping) DecomposeFull(t, c, compat, into);
            return;
        }
        into.Add(cp);
    }
}
