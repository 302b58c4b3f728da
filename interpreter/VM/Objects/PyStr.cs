using System.Runtime.CompilerServices;
using System.Text;

namespace Pyref.VM.Objects;

/// <summary>
/// str (Objects/unicodeobject.c) as a sequence of code points. The text is kept as a .NET string;
/// when it has no surrogate pairs (BMP only, the common case) an index is a char index. Strings with
/// astral characters get a code-point array on first indexed use.
/// DEVIATION(CPython): a lone high surrogate followed by a lone low surrogate (built by concatenation)
/// is indistinguishable from the pair in UTF-16, so it counts as one code point here.
/// </summary>
public class PyStr : PyObject
{
    public readonly string Value;
    private long _hash = -1;
    private int _kind;          // 0 unknown, 1 BMP-only, 2 has surrogate pairs
    private int[]? _codePoints;

    protected PyStr(PyType type, string value) : base(type) { Value = value; }

    private static readonly PyStr[] s_chars = MakeChars();
    private static PyStr[] MakeChars()
    {
        var a = new PyStr[256];
        for (int i = 0; i < 256; i++) a[i] = new PyStr(Types.Str, ((char)i).ToString());
        return a;
    }
    public static readonly PyStr Empty = new(Types.Str, "");

    private static readonly Dictionary<string, PyStr> s_interned = new();

    /// <summary>Interned strings (names, identifiers): one object per spelling.</summary>
    public static PyStr Intern(string s)
    {
        lock (s_interned)
        {
            if (!s_interned.TryGetValue(s, out var p)) { p = new PyStr(Types.Str, s); s_interned[s] = p; }
            return p;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyStr From(string s)
    {
        if (s.Length == 1 && s[0] < 256) return s_chars[s[0]];
        if (s.Length == 0) return Empty;
        return new PyStr(Types.Str, s);
    }

    public static PyStr OfType(PyType type, string s) => new(type, s);

    public static PyStr FromCodePoint(int cp)
    {
        if (cp < 256) return s_chars[cp];
        return new PyStr(Types.Str, CharExtensions.ConvertFromUtf32Lenient(cp));
    }

    public bool IsBmp
    {
        get
        {
            if (_kind == 0)
            {
                _kind = 1;
                var v = Value;
                for (int i = 0; i + 1 < v.Length; i++)
                    if (char.IsHighSurrogate(v[i]) && char.IsLowSurrogate(v[i + 1])) { _kind = 2; break; }
            }
            return _kind == 1;
        }
    }

    public int[] CodePoints => _codePoints ??= ToCodePoints(Value);

    /// <summary>len(): code points.</summary>
    public int Length => IsBmp ? Value.Length : CodePoints.Length;

    public int CodePointAt(int i) => IsBmp ? Value[i] : CodePoints[i];

    /// <summary>Substring by code-point indices.</summary>
    public string Substring(int start, int end)
    {
        if (IsBmp) return Value.Substring(start, end - start);
        var sb = new StringBuilder();
        var cps = CodePoints;
        for (int i = start; i < end; i++) AppendCodePoint(sb, cps[i]);
        return sb.ToString();
    }

    public static int[] ToCodePoints(string s)
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

    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp < 0x10000) sb.Append((char)cp);
        else sb.Append(char.ConvertFromUtf32(cp)); // astral: a surrogate pair
    }

    public static string FromCodePoints(IEnumerable<int> cps)
    {
        var sb = new StringBuilder();
        foreach (var cp in cps) AppendCodePoint(sb, cp);
        return sb.ToString();
    }

    public long Hash()
    {
        if (_hash == -1) _hash = Hashing.HashString(Value);
        return _hash;
    }

    public override int GetHashCode() => Value.GetHashCode();
}

internal static class CharExtensions
{
    /// <summary>char.ConvertFromUtf32 refuses surrogate code points; Python allows them as lone code points.</summary>
    public static string ConvertFromUtf32Lenient(int cp) =>
        cp >= 0xD800 && cp <= 0xDFFF ? ((char)cp).ToString() : char.ConvertFromUtf32(cp);
}
