using System.Globalization;
using System.Text;

namespace Pyref.Parser.Ast;

/// <summary>Lib/ast.py dump() of 3.11, reproduced: same layout rules, same reprs.</summary>
public static class AstDump
{
    public static string Dump(Node node, bool includeAttributes = false, int? indent = null)
    {
        string? ind = indent is int n ? new string(' ', n) : null;
        return Format(node, 0, includeAttributes, ind).Text;
    }

    private static (string Text, bool Simple) Format(object? value, int level, bool attrs, string? indent)
    {
        string prefix, sep;
        if (indent is not null)
        {
            level++;
            var sb = new StringBuilder("\n");
            for (int i = 0; i < level; i++) sb.Append(indent);
            prefix = sb.ToString();
            sep = "," + prefix;
        }
        else
        {
            prefix = "";
            sep = ", ";
        }
        switch (value)
        {
            case Node node:
            {
                var args = new List<string>();
                bool allSimple = true;
                foreach (var (name, v) in node.Fields())
                {
                    // ast.dump skips a None field when the class default is None (optional fields).
                    if (v is null) continue;
                    var (t, s) = Format(v, level, attrs, indent);
                    allSimple &= s;
                    args.Add(name + "=" + t);
                }
                if (attrs && node.HasAttributes)
                {
                    foreach (var (name, v) in node.Attributes())
                    {
                        if (v is null) continue;
                        var (t, s) = Format(v, level, attrs, indent);
                        allSimple &= s;
                        args.Add(name + "=" + t);
                    }
                }
                if (allSimple && args.Count <= 3)
                    return (node.TypeName + "(" + string.Join(", ", args) + ")", args.Count == 0);
                return (node.TypeName + "(" + prefix + string.Join(sep, args) + ")", false);
            }
            case System.Collections.IList list when value is not PyBytes:
            {
                if (list.Count == 0) return ("[]", true);
                var parts = new List<string>(list.Count);
                foreach (var item in list)
                    parts.Add(item is null ? "None" : Format(item, level, attrs, indent).Text);
                return ("[" + prefix + string.Join(sep, parts) + "]", false);
            }
            default:
                return (PyRepr.Repr(value), true);
        }
    }
}
