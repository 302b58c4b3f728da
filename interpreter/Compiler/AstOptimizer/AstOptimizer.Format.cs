using Pyref.Parser.Ast;

namespace Pyref.Compiler.AstOptimizer;

// Python/ast_opt.c optimize_format (new in 3.11): `'...%s...%r...' % (a, b)` with only %s, %r and %a (and simple
// width / precision / '-' flags) becomes the f-string f'...{a!s}...{b!r}...'.
public static partial class AstOptimizer
{
    private sealed partial class State
    {
        private const int MaxDigits = 3;
        private const int FLjust = 1 << 0;

        /// <summary>The literal pieces are Constants without a position: ast_opt.c creates them with -1 for
        /// lineno, col_offset, end_lineno and end_col_offset.</summary>
        private static Constant NoPositionStr(int[] cps) => new(StrOps.FromCodePoints(cps), null, -1, -1, -1, -1);

        // Python/ast_opt.c parse_literal: text up to the next single '%', with '%%' turned into '%'.
        private static Constant? ParseLiteral(int[] fmt, ref int ppos)
        {
            int size = fmt.Length;
            int start = ppos, pos = ppos;
            bool hasPercents = false;
            while (pos < size)
            {
                if (fmt[pos] != '%') pos++;
                else if (pos + 1 < size && fmt[pos + 1] == '%') { hasPercents = true; pos += 2; }
                else break;
            }
            ppos = pos;
            if (pos == start) return null;
            var piece = new List<int>(pos - start);
            for (int i = start; i < pos; i++)
            {
                piece.Add(fmt[i]);
                if (hasPercents && fmt[i] == '%') i++; // the second '%' of '%%'
            }
            return NoPositionStr(piece.ToArray());
        }

        // Python/ast_opt.c simple_format_arg_parse.
        private static bool SimpleFormatArgParse(int[] fmt, ref int ppos, out int spec, out int flags, ref int width, ref int prec)
        {
            int pos = ppos, len = fmt.Length;
            spec = 0;
            flags = 0;
            int ch;
            bool Next(out int c)
            {
                if (pos >= len) { c = 0; return false; }
                c = fmt[pos++];
                return true;
            }
            while (true)
            {
                if (!Next(out ch)) return false;
                switch (ch)
                {
                    case '-': flags |= FLjust; continue;
                    case '+': flags |= 1 << 1; continue;
                    case ' ': flags |= 1 << 2; continue;
                    case '#': flags |= 1 << 3; continue;
                    case '0': flags |= 1 << 4; continue;
                }
                break;
            }
            if (ch >= '0' && ch <= '9')
            {
                width = 0;
                int digits = 0;
                while (ch >= '0' && ch <= '9')
                {
                    width = width * 10 + (ch - '0');
                    if (!Next(out ch)) return false;
                    if (++digits >= MaxDigits) return false;
                }
            }
            if (ch == '.')
            {
                if (!Next(out ch)) return false;
                prec = 0;
                if (ch >= '0' && ch <= '9')
                {
                    int digits = 0;
                    while (ch >= '0' && ch <= '9')
                    {
                        prec = prec * 10 + (ch - '0');
                        if (!Next(out ch)) return false;
                        if (++digits >= MaxDigits) return false;
                    }
                }
            }
            spec = ch;
            ppos = pos;
            return true;
        }

        // Python/ast_opt.c parse_format: one conversion as a FormattedValue at the argument's position.
        private static FormattedValue? ParseFormat(int[] fmt, ref int ppos, ExprNode arg)
        {
            int width = -1, prec = -1;
            if (!SimpleFormatArgParse(fmt, ref ppos, out int spec, out int flags, ref width, ref prec)) return null;
            if (spec is not ('s' or 'r' or 'a')) return null;
            var buf = new System.Text.StringBuilder();
            if ((flags & FLjust) == 0 && width > 0) buf.Append('>');
            if (width >= 0) buf.Append(width);
            if (prec >= 0) buf.Append('.').Append(prec);
            Constant? formatSpec = null;
            if (buf.Length > 0)
                formatSpec = new Constant(buf.ToString(), null, -1, -1, -1, -1);
            return new FormattedValue(arg, spec, formatSpec, arg.Lineno, arg.ColOffset, arg.EndLineno, arg.EndColOffset);
        }

        // Python/ast_opt.c optimize_format: the node unchanged unless every unit is supported and the counts match.
        private static ExprNode OptimizeFormat(BinOp node, int[] fmt, List<ExprNode> elts)
        {
            int pos = 0, cnt = 0;
            var seq = new List<ExprNode>(elts.Count * 2 + 1);
            while (true)
            {
                var lit = ParseLiteral(fmt, ref pos);
                if (lit is not null) seq.Add(lit);
                if (pos >= fmt.Length) break;
                if (cnt >= elts.Count) return node; // more format units than items
                pos++; // the '%'
                var expr = ParseFormat(fmt, ref pos, elts[cnt]);
                cnt++;
                if (expr is null) return node; // unsupported format
                seq.Add(expr);
            }
            if (cnt < elts.Count) return node; // more items than format units
            return new JoinedStr(seq, node.Lineno, node.ColOffset, node.EndLineno, node.EndColOffset);
        }
    }
}
