using System.Globalization;

namespace Pyref;

/// <summary>
/// Which code points the target CPython's Unicode database has assigned (3.11: Unicode 14.0.0), read from the
/// Unicode Character Database's DerivedAge.txt (Debian's unicode-data package, /usr/share/unicode). .NET's own tables
/// are newer; the tokenizer's identifier classes, str predicates and unicodedata filter them through this, so a
/// character added later (a Kawi letter, Unicode 15.0) is unassigned as in CPython's Objects/unicodetype_db.h.
/// Loaded on first use: most programs never leave ASCII.
/// </summary>
public static class UnicodeAge
{
    public const string DatabaseFolder = "/usr/share/unicode";

    /// <summary>The Unicode version of CPython 3.11's unicodedata.unidata_version.</summary>
    public static readonly Version TargetVersion = new(14, 0);

    private static readonly Lazy<bool[]?> s_assigned = new(Load);

    /// <summary>Assigned in Unicode 14.0 or earlier, indexed by code point; null when DerivedAge.txt is missing.</summary>
    public static bool[]? AssignedInTarget => s_assigned.Value;

    /// <summary>False only when the database is present and says the code point came after the target version.</summary>
    public static bool MayBeAssigned(int cp) => s_assigned.Value is not { } a || (uint)cp >= (uint)a.Length || a[cp];

    private static bool[]? Load()
    {
        var path = Path.Combine(DatabaseFolder, "DerivedAge.txt");
        if (!File.Exists(path)) return null;
        var assigned = new bool[0x110000];
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Split('#')[0];
            var parts = line.Split(';');
            if (parts.Length < 2) continue;
            if (Version.Parse(parts[1].Trim()) > TargetVersion) continue;
            var range = parts[0].Trim().Split("..");
            int lo = int.Parse(range[0], NumberStyles.HexNumber);
            int hi = range.Length > 1 ? int.Parse(range[1], NumberStyles.HexNumber) : lo;
            Array.Fill(assigned, true, lo, hi - lo + 1);
        }
        return assigned;
    }
}
