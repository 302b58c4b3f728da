using System.Text;

namespace Pyref.Parser.Ast;

/// <summary>
/// Names the first differing node between CPython's `ast.dump(tree, include_attributes=True)` text and a
/// reference tree, e.g. "body[3].value.args[0].col_offset", for the harness's ast stage.
/// </summary>
public static class AstDiff
{
    public sealed record Difference(int CharIndex, string Path, string ExpectedExcerpt, string ActualExcerpt);

    /// <summary>null when the dumps are identical.</summary>
    public static Difference? FirstDifference(string expectedDump, Node actual, bool includeAttributes = true)
    {
        var spans = new List<(int Start, int End, string Path)>();
        var sb = new StringBuilder();
        Write(actual, "", sb, spans, includeAttributes);
        var actualDump = sb.ToString();
        int i = 0, n = Math.Min(expectedDump.Length, actualDump.Length);
        while (i < n && expectedDump[i] == actualDump[i]) i++;
        if (i == expectedDump.Length && i == actualDump.Length) return null;
        // the innermost span holding the first differing character
        string path = "";
        int best = int.MaxValue;
        foreach (var (s, e, p) in spans)
            if (s <= i && i < Math.Max(e, s + 1) && e - s < best) { best = e - s; path = p; }
        int lo = Math.Max(0, i - 80);
        string Cut(string s) => lo < s.Length ? s.Substring(lo, Math.Min(s.Length - lo, i - lo + 80)) : "";
        return new Difference(i, path.Length == 0 ? "<root>" : path, Cut(expectedDump), Cut(actualDump));
    }

    // Same text as AstDump.Dump(node, includeAttributes, indent: null), recording where each value lies.
    private static void Write(object? value, string path, StringBuilder sb, List<(int, int, string)> spans, bool attrs)
    {
        int start = sb.Length;
        switch (value)
        {
            case Node node:
            {
                sb.Append(node.TypeName).Append('(');
                bool first = true;
                foreach (var (name, v) in node.Fields())
                {
                    if (v is null) continue;
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(name).Append('=');
                    Write(v, Join(path, name), sb, spans, attrs);
                }
                if (attrs && node.HasAttributes)
                    foreach (var (name, v) in node.Attributes())
                    {
                        if (v is null) continue;
                        if (!first) sb.Append(", ");
                        first = false;
                        sb.Append(name).Append('=');
                        Write(v, Join(path, name), sb, spans, attrs);
                    }
                sb.Append(')');
                break;
            }
            case System.Collections.IList list when value is not PyBytes:
            {
                sb.Append('[');
                for (int k = 0; k < list.Count; k++)
                {
                    if (k > 0) sb.Append(", ");
                    if (list[k] is null) sb.Append("None");
                    else Write(list[k], path + "[" + k + "]", sb, spans, attrs);
                }
                sb.Append(']');
                break;
            }
            default:
                sb.Append(PyRepr.Repr(value));
                break;
        }
        spans.Add((start, sb.Length, path));
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
