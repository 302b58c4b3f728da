using Pyref.Parser.Ast;

namespace Pyref.Compiler.AstOptimizer;

/// <summary>
/// str values as code points: Python counts and indexes code points, C# strings hold UTF-16 (a str constant is a
/// <see cref="string"/> unless it has lone surrogates that would pair, then a <see cref="PyStr"/>; see Node.cs).
/// </summary>
internal static class StrOps
{
    /// <summary>The code points of a str constant value (a valid surrogate pair is one astral code point).</summary>
    public static int[] CodePoints(string s)
    {
        var list = new List<int>(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                list.Add(char.ConvertToUtf32(c, s[i + 1]));
                i++;
            }
            else list.Add(c);
        }
        return list.ToArray();
    }

    /// <summary>The code points of a str value of either representation.</summary>
    public static int[] CodePoints(object str) => str is PyStr ps ? ps.CodePoints : CodePoints((string)str);

    public static int Length(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++, n++)
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
        return n;
    }

    /// <summary>A str value from code points: a string, or a PyStr when lone surrogates would pair up in UTF-16.</summary>
    public static object FromCodePoints(int[] cps)
    {
        for (int i = 0; i + 1 < cps.Length; i++)
            if (cps[i] is >= 0xD800 and <= 0xDBFF && cps[i + 1] is >= 0xDC00 and <= 0xDFFF) return new PyStr(cps);
        var sb = new System.Text.StringBuilder(cps.Length);
        foreach (var cp in cps)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }

    public static object Concat(string a, string b)
    {
        // A lone high surrogate at the end of a and a lone low one at the start of b stay two code points.
        if (a.Length > 0 && b.Length > 0 && char.IsHighSurrogate(a[^1]) && char.IsLowSurrogate(b[0]))
            return FromCodePoints([.. CodePoints(a), .. CodePoints(b)]);
        return a + b;
    }

    public static object Repeat(string s, long n)
    {
        if (n <= 0 || s.Length == 0) return "";
        if (n * s.Length > int.MaxValue) throw new InvalidOperationException("unreachable: safe_multiply bounds str repetition");
        if (char.IsLowSurrogate(s[0]) && char.IsHighSurrogate(s[^1]) && n > 1)
        {
            var cps = CodePoints(s);
            var all = new int[cps.Length * n];
            for (long k = 0; k < n; k++) Array.Copy(cps, 0, all, k * cps.Length, cps.Length);
            return FromCodePoints(all);
        }
        return string.Concat(Enumerable.Repeat(s, (int)n));
    }
}
