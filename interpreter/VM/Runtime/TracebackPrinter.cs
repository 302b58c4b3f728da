using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;

namespace Pyref.VM.Runtime;

/// <summary>
/// Prints an uncaught exception the way CPython 3.11 does (Python/pythonrun.c print_exception_recursive,
/// Python/traceback.c tb_printinternal, mirrored by Lib/traceback.py): chained exceptions first, frames
/// with their source lines, ^^^ / ~~~^~~~ markers from the location table, the repeated-frame cutoff.
/// </summary>
public static class TracebackPrinter
{
    private const int RecursiveCutoff = 3;   // _RECURSIVE_CUTOFF

    public static string Format(PyBaseException exc)
    {
        var sb = new StringBuilder();
        var seen = new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance);
        FormatChain(sb, exc, seen);
        return sb.ToString();
    }

    private static void FormatChain(StringBuilder sb, PyBaseException exc, HashSet<PyBaseException> seen)
    {
        seen.Add(exc);
        if (exc.Cause != null && !seen.Contains(exc.Cause))
        {
            FormatChain(sb, exc.Cause, seen);
            sb.Append("\nThe above exception was the direct cause of the following exception:\n\n");
        }
        else if (exc.Context != null && !exc.SuppressContext && !seen.Contains(exc.Context))
        {
            FormatChain(sb, exc.Context, seen);
            sb.Append("\nDuring handling of the above exception, another exception occurred:\n\n");
        }
        FormatSingle(sb, exc, "");
    }

    private static void FormatSingle(StringBuilder sb, PyBaseException exc, string margin)
    {
        if (exc.Type.IsSubtypeOf(Types.BaseExceptionGroup))
        {
            FormatGroup(sb, exc, 0, new HashSet<PyBaseException>(ReferenceEqualityComparer.Instance));
            return;
        }
        if (exc.Traceback != null && TracebackLimit() is var limit and > 0)
        {
            sb.Append(margin).Append("Traceback (most recent call last):\n");
            // tb_printinternal: only the innermost `limit` entries
            var tb = exc.Traceback;
            long depth = 0;
            for (var t = tb; t != null; t = t.Next) depth++;
            for (; tb != null && depth > limit; depth--) tb = tb.Next;
            if (tb != null) FormatFrames(sb, tb, margin);
        }
        FormatExceptionOnly(sb, exc, margin);
    }

    /// <summary>Python/traceback.c _PyTraceBack_Print_Indented: sys.tracebacklimit when it is an int, else
    /// PyTraceBack_LIMIT (1000); a limit of 0 or less prints no traceback at all, not even its header.</summary>
    private static long TracebackLimit()
    {
        const long PyTraceBackLimit = 1000;
        if (Interpreter.Current.Sys.Dict!.Get("tracebacklimit") is PyInt li)
            return li.IsSmall ? li.Small : li.Value.Sign > 0 ? long.MaxValue : 0;
        return PyTraceBackLimit;
    }

    public static void FormatFrames(StringBuilder sb, PyTraceback tb, string margin)
    {
        string? lastFile = null, lastName = null;
        int lastLine = -2, count = 0;
        for (var t = tb; t != null; t = t.Next)
        {
            var code = t.Frame.Code;
            var pos = code.PositionsForInstruction(t.LastInstruction);
            int line = pos.Line;
            if (lastFile != code.Filename || lastLine != line || lastName != code.Name)
            {
                if (count > RecursiveCutoff)
                {
                    int c = count - RecursiveCutoff;
                    sb.Append(margin).Append($"  [Previous line repeated {c} more time{(c > 1 ? "s" : "")}]\n");
                }
                lastFile = code.Filename; lastLine = line; lastName = code.Name;
                count = 0;
            }
            count++;
            if (count > RecursiveCutoff) continue;
            sb.Append(margin).Append($"  File \"{code.Filename}\", line {(line < 0 ? "None" : line.ToString())}, in {code.Name}\n");
            AppendSourceLine(sb, code.Filename, pos.Line, pos.EndLine, pos.Col, pos.EndCol, margin);
        }
        if (count > RecursiveCutoff)
        {
            int c = count - RecursiveCutoff;
            sb.Append(margin).Append($"  [Previous line repeated {c} more time{(c > 1 ? "s" : "")}]\n");
        }
    }

    // Python/traceback.c _Py_DisplaySourceLine reads the file at each traceback; this cache keeps it
    // per file version (write time and length), so a host running many programs in one process (the
    // harness's warm run workers) never shows a line of an earlier file of the same name.
    private static readonly Dictionary<string, (DateTime Written, long Length, string[]? Lines)> s_lines = new();

    public static string? GetLine(string filename, int lineno)
    {
        string[]? lines;
        var info = new FileInfo(filename);
        var (written, length) = info.Exists ? (info.LastWriteTimeUtc, info.Length) : (DateTime.MinValue, -1L);
        lock (s_lines)
        {
            if (s_lines.TryGetValue(filename, out var cached) && cached.Written == written && cached.Length == length)
            {
                lines = cached.Lines;
            }
            else
            {
                try { lines = info.Exists ? File.ReadAllText(filename).Replace("\r\n", "\n").Split('\n') : null; }
                catch (IOException) { lines = null; }
                if (s_lines.Count >= 256) s_lines.Clear(); // thousands of programs a run: keep the recent ones
                s_lines[filename] = (written, length, lines);
            }
        }
        if (lines == null || lineno < 1 || lineno > lines.Length) return null;
        return lines[lineno - 1];
    }

    private static void AppendSourceLine(StringBuilder sb, string filename, int line, int endLine, int col, int endCol, string margin)
    {
        if (line < 1) return;
        var original = GetLine(filename, line);
        if (original == null) return;
        var stripped = original.Trim(' ', '\t', '\f');
        if (stripped.Length == 0) return;
        sb.Append(margin).Append("    ").Append(stripped).Append('\n');
        if (col < 0 || endCol < 0) return;
        int strippedChars = original.Length - original.TrimStart(' ', '\t', '\f').Length;
        int start = ByteToCharOffset(original, col);
        int end = ByteToCharOffset(original, endCol);
        (int Left, int Right)? anchors = null;
        if (line == endLine)
        {
            if (end > start && end <= original.Length) anchors = CaretAnchors(original[start..end]);
        }
        else end = strippedChars + stripped.Length;
        bool show = end - start < stripped.Length || (anchors is var (l, r) && r - l > 0);
        if (!show) return;
        sb.Append(margin).Append("    ").Append(' ', Math.Max(0, start - strippedChars));
        if (anchors is var (left, right))
        {
            sb.Append('~', left);
            sb.Append('^', right - left);
            sb.Append('~', Math.Max(0, end - start - right));
        }
        else sb.Append('^', Math.Max(0, end - start));
        sb.Append('\n');
    }

    private static int ByteToCharOffset(string s, int byteOffset)
    {
        var bytes = Encoding.UTF8.GetBytes(s);
        if (byteOffset > bytes.Length) byteOffset = bytes.Length;
        return Encoding.UTF8.GetString(bytes, 0, byteOffset).Length;
    }

    // ------------------------------------------------------------------ anchors

    private enum Tok { Operand, Op, Open, Close, Other }

    /// <summary>
    /// _extract_caret_anchors_from_line_segment: for a binary operation, the operator; for a subscript,
    /// the brackets. CPython parses the segment with its parser; this scans tokens at bracket depth 0,
    /// which gives the same root operator for expressions that are a single BinOp or Subscript.
    /// </summary>
    public static (int, int)? CaretAnchors(string segment)
    {
        var toks = new List<(Tok Kind, string Text, int Start, int End)>();
        int i = 0;
        while (i < segment.Length)
        {
            char c = segment[i];
            if (c == '#') break;
            if (c == '\\' && i + 1 < segment.Length && segment[i + 1] == '\n') { i += 2; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            int s = i;
            if (char.IsLetterOrDigit(c) || c == '_' || c > 127)
            {
                while (i < segment.Length && (char.IsLetterOrDigit(segment[i]) || segment[i] == '_' || segment[i] == '.' && char.IsDigit(segment[s]) || segment[i] > 127)) i++;
                var word = segment[s..i];
                // At depth 0 such a keyword makes the root something other than a BinOp or Subscript; inside
                // brackets (a comprehension, a parenthesized condition) it does not change the root.
                if (word is "and" or "or" or "not" or "in" or "is" or "if" or "else" or "lambda" or "await" or "for" or "yield"
                    && OpenDepth(toks) == 0) return null;
                // string prefix like f'..' / b".."
                if (i < segment.Length && (segment[i] == '\'' || segment[i] == '"') && word.Length <= 2 && word.All(ch => "rbfuRBFU".Contains(ch)))
                {
                    i = SkipString(segment, i);
                    if (i < 0) return null;
                }
                toks.Add((Tok.Operand, word, s, i));
                continue;
            }
            if (c == '\'' || c == '"')
            {
                i = SkipString(segment, i);
                if (i < 0) return null;
                toks.Add((Tok.Operand, "str", s, i));
                continue;
            }
            if ("([{".Contains(c)) { toks.Add((Tok.Open, c.ToString(), s, ++i)); continue; }
            if (")]}".Contains(c)) { toks.Add((Tok.Close, c.ToString(), s, ++i)); continue; }
            string[] ops = { "**", "//", "<<", ">>", "<=", ">=", "==", "!=", ":=", "->", "+", "-", "*", "/", "%", "@", "|", "&", "^", "~", "<", ">", "=", ".", ",", ":", ";" };
            var op = ops.FirstOrDefault(o => string.CompareOrdinal(segment, i, o, 0, o.Length) == 0);
            if (op == null) return null;
            i += op.Length;
            toks.Add((Tok.Op, op, s, i));
        }
        if (toks.Count == 0) return null;
        // Find the root binary operator at depth 0.
        int depth = 0, best = -1, bestPrec = 100;
        bool prevOperand = false;
        for (int k = 0; k < toks.Count; k++)
        {
            var t = toks[k];
            switch (t.Kind)
            {
                case Tok.Open: if (depth == 0 && !prevOperand && k > 0) { } depth++; prevOperand = false; continue;
                case Tok.Close: depth--; prevOperand = true; if (depth < 0) return null; continue;
                case Tok.Operand: prevOperand = true; continue;
            }
            if (depth > 0) { prevOperand = false; continue; }
            if (t.Text is "." ) { prevOperand = false; continue; }
            if (t.Text is "," or "=" or ":" or ";" or ":=" or "<" or ">" or "<=" or ">=" or "==" or "!=" or "->") return null;
            if (!prevOperand) { prevOperand = false; continue; } // unary operator
            int prec = t.Text switch
            {
                "|" => 1, "^" => 2, "&" => 3, "<<" or ">>" => 4, "+" or "-" => 5,
                "*" or "/" or "//" or "%" or "@" => 6, "**" => 8, _ => 100,
            };
            if (prec == 100) return null;
            if (prec < bestPrec || (prec == bestPrec && prec != 8)) { best = k; bestPrec = prec; }
            prevOperand = false;
        }
        if (depth != 0) return null;
        if (best >= 0)
        {
            // Left anchor: the operator's start; right: after the operator (one or two characters).
            var op = toks[best];
            int left = op.Start;
            int right = left + 1;
            if (op.Text.Length > 1) right++;
            return (left, right);
        }
        // Subscript: the expression ends with ']' matching a '[' that follows an operand at depth 0.
        var last = toks[^1];
        if (last.Kind == Tok.Close && last.Text == "]")
        {
            int d = 0;
            for (int k = toks.Count - 1; k >= 0; k--)
            {
                if (toks[k].Kind == Tok.Close) d++;
                else if (toks[k].Kind == Tok.Open) { d--; if (d == 0) { if (toks[k].Text != "[" || k == 0) return null; return (toks[k].Start, last.End); } }
            }
        }
        return null;
    }

    private static int OpenDepth(List<(Tok Kind, string Text, int Start, int End)> toks)
    {
        int d = 0;
        foreach (var t in toks) d += t.Kind == Tok.Open ? 1 : t.Kind == Tok.Close ? -1 : 0;
        return d;
    }

    private static int SkipString(string s, int i)
    {
        char q = s[i];
        bool triple = i + 2 < s.Length && s[i + 1] == q && s[i + 2] == q;
        int j = i + (triple ? 3 : 1);
        while (j < s.Length)
        {
            if (s[j] == '\\') { j += 2; continue; }
            if (triple ? (j + 2 < s.Length && s[j] == q && s[j + 1] == q && s[j + 2] == q) : s[j] == q)
                return j + (triple ? 3 : 1);
            j++;
        }
        return -1;
    }

    // ------------------------------------------------------------------ the exception line

    public static void FormatExceptionOnly(StringBuilder sb, PyBaseException exc, string margin)
    {
        var t = exc.Type;
        string name = t.QualName;
        var mod = t.Dict!.Get("__module__");
        if (mod is PyStr ms && ms.Value != "__main__" && ms.Value != "builtins") name = ms.Value + "." + name;
        if (t.IsSubtypeOf(Types.SyntaxError) && exc.GetAttrOrNull("lineno") is PyInt)
        {
            FormatSyntaxError(sb, exc, name, margin);
        }
        else
        {
            string text;
            try { text = Ops.StrString(exc); }
            catch (PyException) { text = "<exception str() failed>"; }
            sb.Append(margin);
            if (text.Length == 0) sb.Append(name);
            else sb.Append(name).Append(": ").Append(text.Replace("\n", "\n" + margin));
            // Python/pythonrun.c print_exception_suggestions
            if (Suggestions.Offer(exc) is string hint) sb.Append(". Did you mean: '").Append(hint).Append("'?");
            sb.Append('\n');
        }
        if (exc.GetAttrOrNull("__notes__") is PyObject notes)
        {
            if (notes is PyList || notes is PyTuple)
                foreach (var n in Ops.ToArray(notes))
                    sb.Append(margin).Append(n is PyStr ns ? ns.Value : Ops.ReprString(n)).Append('\n');
            else sb.Append(margin).Append(Ops.ReprString(notes)).Append('\n');
        }
    }

    private static void FormatSyntaxError(StringBuilder sb, PyBaseException exc, string name, string margin)
    {
        var filename = exc.GetAttrOrNull("filename") is PyStr f ? f.Value : "<string>";
        var lineno = ((PyInt)exc.GetAttrOrNull("lineno")!).Small;
        sb.Append(margin).Append($"  File \"{filename}\", line {lineno}\n");
        if (exc.GetAttrOrNull("text") is PyStr text)
        {
            var line = text.Value.TrimEnd('\n');
            var lstripped = line.TrimStart(' ', '\t', '\f');
            int spaces = line.Length - lstripped.Length;
            sb.Append(margin).Append("    ").Append(lstripped.TrimEnd()).Append('\n');
            if (exc.GetAttrOrNull("offset") is PyInt off)
            {
                int start = (int)off.Small - 1 - spaces;
                int end = exc.GetAttrOrNull("end_offset") is PyInt eo && eo.Small > 0 ? (int)eo.Small - 1 - spaces : start + 1;
                if (end <= start) end = start + 1;
                if (start >= 0) sb.Append(margin).Append("    ").Append(' ', start).Append('^', end - start).Append('\n');
            }
        }
        var msg = exc.GetAttrOrNull("msg") ?? Singletons.None;
        sb.Append(margin).Append(name).Append(": ").Append(Ops.StrString(msg)).Append('\n');
    }

    // ------------------------------------------------------------------ exception groups

    private static void FormatGroup(StringBuilder sb, PyBaseException exc, int depth, HashSet<PyBaseException> seen)
    {
        // Python/pythonrun.c print_exception_group: the outermost group prints at depth 1.
        bool needClose = false;
        FormatGroupAt(sb, exc, 1, ref needClose);
    }

    private const int MaxGroupWidth = 15;

    // Python/pythonrun.c print_exception (group part) and print_exception_group: EXC_INDENT is two spaces a
    // level, EXC_MARGIN "| "; only a group that was raised has a traceback header ("+ " at depth 1).
    private static void FormatGroupAt(StringBuilder sb, PyBaseException exc, int depth, ref bool needClose)
    {
        string indent = new string(' ', 2 * depth);
        string margin = indent + "| ";
        if (exc.Traceback != null)
        {
            sb.Append(indent).Append(depth == 1 ? "+ " : "| ").Append("Exception Group Traceback (most recent call last):\n");
            FormatFrames(sb, exc.Traceback, margin);
        }
        FormatExceptionOnly(sb, exc, margin);
        var subs = ExceptionTypes.GroupExceptions(exc);
        int n = subs.Length;
        int shown = n <= MaxGroupWidth ? n : MaxGroupWidth + 1;
        needClose = false;
        for (int i = 0; i < shown; i++)
        {
            // The closing line may be written by a nested group instead (need_close is shared).
            if (i == shown - 1) needClose = true;
            bool truncated = i >= MaxGroupWidth;
            sb.Append(indent).Append(i == 0 ? "+-" : "  ")
                .Append(truncated ? "+---------------- ... ----------------\n" : $"+---------------- {i + 1} ----------------\n");
            string childIndent = new string(' ', 2 * (depth + 1));
            string m = childIndent + "| ";
            if (truncated)
            {
                int remaining = n - MaxGroupWidth;
                sb.Append(m).Append($"and {remaining} more exception{(remaining > 1 ? "s" : "")}\n");
            }
            else
            {
                var sub = (PyBaseException)subs[i];
                if (sub.Type.IsSubtypeOf(Types.BaseExceptionGroup)) FormatGroupAt(sb, sub, depth + 1, ref needClose);
                else
                {
                    if (sub.Traceback != null)
                    {
                        sb.Append(m).Append("Traceback (most recent call last):\n");
                        FormatFrames(sb, sub.Traceback, m);
                    }
                    FormatExceptionOnly(sb, sub, m);
                }
            }
            if (needClose)
            {
                sb.Append(childIndent).Append("+------------------------------------\n");
                needClose = false;
            }
        }
    }
}
