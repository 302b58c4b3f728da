using System.Text;
using Pyref.Parser;

namespace Pyref.Symtable;

/// <summary>
/// A canonical text form of a symbol table, the same that interpreter/Symtable/tools/compare_symtable.py prints
/// from CPython's _symtable module, so the two can be diffed line by line: one line per block (type, name, lineno,
/// nested, varnames, number of children) then one line per symbol (name and raw flags with the scope bits, sorted
/// by name), children in order, indented.
/// </summary>
public static class SymtableDump
{
    public static string Dump(Symtable st)
    {
        var sb = new StringBuilder();
        Block(sb, st.Top, 0);
        return sb.ToString();
    }

    /// <summary>The line printed for a SyntaxError (or RecursionError) instead of a table.</summary>
    public static string Error(PythonSyntaxError e) =>
        $"ERROR {e.Kind} {e.Msg} {N(e.Lineno)} {N(e.Offset)} {N(e.EndLineno)} {N(e.EndOffset)}\n";

    private static string N(int? v) => v?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "None";

    private static void Block(StringBuilder sb, SymtableEntry ste, int depth)
    {
        string indent = new(' ', depth * 2);
        string type = ste.Type switch { BlockType.Module => "module", BlockType.Class => "class", BlockType.Function => "function", _ => "annotation" };
        sb.Append(indent).Append(type).Append(' ').Append(ste.Name).Append(" line=").Append(ste.Lineno)
          .Append(" nested=").Append(ste.Nested ? 1 : 0)
          .Append(" varnames=[").Append(string.Join(",", ste.VarNames)).Append(']')
          .Append(" children=").Append(ste.Children.Count).Append('\n');
        foreach (var (name, flags) in ste.Symbols.OrderBy(kv => kv.Key, CodePointComparer.Instance))
            sb.Append(indent).Append("  ").Append(name).Append(' ').Append((int)flags).Append('\n');
        foreach (var child in ste.Children) Block(sb, child, depth + 1);
    }

    /// <summary>Python's str ordering (by code point), which differs from UTF-16 ordinal order above U+FFFF.</summary>
    private sealed class CodePointComparer : IComparer<string>
    {
        public static readonly CodePointComparer Instance = new();
        public int Compare(string? x, string? y)
        {
            int i = 0, j = 0;
            while (i < x!.Length && j < y!.Length)
            {
                int a = CodePointAt(x, ref i), b = CodePointAt(y, ref j);
                if (a != b) return a.CompareTo(b);
            }
            return (x.Length - i).CompareTo(y!.Length - j);
        }

        /// <summary>The code point at s[i], advancing i past it (a lone surrogate is its own code point).</summary>
        private static int CodePointAt(string s, ref int i)
        {
            char c = s[i++];
            if (char.IsHighSurrogate(c) && i < s.Length && char.IsLowSurrogate(s[i])) return char.ConvertToUtf32(c, s[i++]);
            return c;
        }
    }
}
