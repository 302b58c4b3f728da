using System.Text;

namespace Pyref.Parser.Ast;

/// <summary>Lib/ast.py dump() of 3.11, reproduced: same layout rules, same reprs.</summary>
public static class AstDump
{
    public static string Dump(Node node, bool includeAttributes = false, int? indent = null)
    {
        var sb = new StringBuilder();
        new Writer(sb, includeAttributes, indent is int n ? new string(' ', n) : null).Write(node, 0);
        return sb.ToString();
    }

    /// <summary>
    /// ast.py _format, written into one buffer: _format builds each node's text from its children's
    /// strings, which copied a deep tree's text once per level (gigabytes over the stdlib). The layout
    /// choice _format makes after formatting the children (all simple and at most 3 → one line) only needs
    /// to know which children are simple, and that is known without formatting them: see IsCompact.
    /// </summary>
    private readonly struct Writer(StringBuilder sb, bool attrs, string? indent)
    {
        public void Write(object? value, int level)
        {
            if (indent is not null) level++;
            switch (value)
            {
                case Node node:
                {
                    sb.Append(node.TypeName).Append('(');
                    bool compact = indent is null || IsCompact(node);
                    bool first = true;
                    foreach (var (name, v) in node.Fields())
                    {
                        // ast.dump skips a None field when the class default is None (optional fields).
                        if (v is null) continue;
                        Separate(ref first, compact, level);
                        sb.Append(name).Append('=');
                        Write(v, level);
                    }
                    if (attrs && node.HasAttributes)
                    {
                        foreach (var (name, v) in node.Attributes())
                        {
                            if (v is null) continue;
                            Separate(ref first, compact, level);
                            sb.Append(name).Append('=');
                            Write(v, level);
                        }
                    }
                    sb.Append(')');
                    break;
                }
                case System.Collections.IList list when value is not PyBytes:
                {
                    if (list.Count == 0) { sb.Append("[]"); break; }
                    sb.Append('[');
                    bool first = true;
                    foreach (var item in list)
                    {
                        Separate(ref first, compact: false, level);
                        if (item is null) sb.Append("None");
                        else Write(item, level);
                    }
                    sb.Append(']');
                    break;
                }
                case int i:
                    sb.Append(i);
                    break;
                default:
                    sb.Append(PyRepr.Repr(value));
                    break;
            }
        }

        /// <summary>Before the first item: _format's prefix; between items: its sep (", " on one line).</summary>
        private void Separate(ref bool first, bool compact, int level)
        {
            if (indent is null || compact)
            {
                if (!first) sb.Append(", ");
            }
            else
            {
                sb.Append(first ? "\n" : ",\n");
                for (int i = 0; i < level; i++) sb.Append(indent);
            }
            first = false;
        }

        /// <summary>_format's `allsimple and len(args) &lt;= 3`.</summary>
        private bool IsCompact(Node node)
        {
            int count = 0;
            foreach (var (_, v) in node.Fields())
            {
                if (v is null) continue;
                if (++count > 3 || !IsSimple(v)) return false;
            }
            if (attrs && node.HasAttributes)
            {
                foreach (var (_, v) in node.Attributes())
                {
                    if (v is null) continue;
                    if (++count > 3 || !IsSimple(v)) return false;
                }
            }
            return true;
        }

        /// <summary>_format's second result: a scalar, an empty list, or a node with nothing to show.</summary>
        private bool IsSimple(object value) => value switch
        {
            Node n => !n.Fields().Any(f => f.Value is not null) && !(attrs && n.HasAttributes && n.Attributes().Any(a => a.Value is not null)),
            System.Collections.IList list when value is not PyBytes => list.Count == 0,
            _ => true,
        };
    }
}
