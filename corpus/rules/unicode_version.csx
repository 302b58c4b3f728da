// CPython 3.11 classifies identifier characters with the Unicode 14.0 database; .NET's tables are
// newer. The reference tokenizer filters them through Unicode 14.0's DerivedAge.txt (Pyref.UnicodeAge,
// interpreter/Common/UnicodeAge.cs) from /usr/share/unicode (Debian's unicode-data, which .ci/run
// installs). Where that file is missing, a letter assigned in Unicode 15.0 or later is an invalid
// character to CPython 3.11 and part of a NAME to the reference: this waiver covers that machine.
// Case: corpus/divergences/unicode_letter_newer_than_14.py.

// Scripts and blocks added in Unicode 15.0, 15.1 and 16.0 (https://www.unicode.org/versions/):
// letters 3.11 does not know. Ranges, not single code points, so a new case needs no rule change.
var newer = new (int First, int Last)[]
{
    (0x10EC0, 0x10EFF), // Arabic Extended-C (15.0)
    (0x11B00, 0x11B5F), // Devanagari Extended-A (15.0)
    (0x11F00, 0x11F5F), // Kawi (15.0)
    (0x1D2C0, 0x1D2DF), // Kaktovik Numerals (15.0)
    (0x1E030, 0x1E08F), // Cyrillic Extended-D (15.0)
    (0x1E4D0, 0x1E4FF), // Nag Mundari (15.0)
    (0x31350, 0x323AF), // CJK Unified Ideographs Extension H (15.0)
    (0x2EBF0, 0x2EE5F), // CJK Unified Ideographs Extension I (15.1)
    (0x105C0, 0x105FF), // Todhri (16.0)
    (0x10D40, 0x10D8F), // Garay (16.0)
    (0x11380, 0x113FF), // Tulu-Tigalari (16.0)
    (0x16100, 0x1613F), // Gurung Khema (16.0)
    (0x16D40, 0x16D7F), // Kirat Rai (16.0)
    (0x1E5D0, 0x1E5FF), // Ol Onal (16.0)
};

bool HasNewerLetter(string source)
{
    foreach (var rune in source.EnumerateRunes())
        foreach (var (first, last) in newer)
            if (rune.Value >= first && rune.Value <= last) return true;
    return false;
}

Waiver("unicode-newer-than-14",
    "CPython 3.11 uses the Unicode 14.0 database; .NET's is newer, so letters assigned since 15.0 are identifier characters to the reference",
    "https://www.unicode.org/versions/Unicode15.0.0/",
    ctx => ctx.Stage is Stage.Tokens or Stage.Ast && HasNewerLetter(ctx.Case.Source));
