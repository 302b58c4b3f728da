namespace Pyref.Tokenizer;

// String literal scanning for the tokenize-module view (the regexes of Lib/tokenize.py).
public sealed partial class Lexer
{
    /// <summary>
    /// Lib/tokenize.py StringPrefix followed by a quote: if s[p..q) is '', b, r, u, f, br, rb, fr or rf in any case
    /// and s[q] is ' or ", returns q; otherwise -1.
    /// </summary>
    private int StringPrefixEnd(int p, int max)
    {
        int q = p;
        bool b = false, r = false, u = false, f = false;
        while (q < max && q - p < 2)
        {
            char c = (char)(_text[q] | 0x20);
            if (c == 'b' && !b && !u && !f) b = true;
            else if (c == 'r' && !r && !u) r = true;
            else if (c == 'u' && q == p) u = true;
            else if (c == 'f' && !f && !b && !u) f = true;
            else break;
            q++;
        }
        if (q < max && _text[q] is '\'' or '"') return q;
        return -1;
    }

    /// <summary>
    /// ContStr after the opening quote: [^\n'\\]*(?:\\.[^\n'\\]*)*('|\\\r?\n). Returns the end, or -1.
    /// <paramref name="cont"/> says the string goes on past a backslash-newline.
    /// </summary>
    private int MatchContStr(int i, int max, char quote, out bool cont)
    {
        cont = false;
        while (i < max)
        {
            char c = _text[i];
            if (c == quote) return i + 1;
            if (c == '\n') return -1;
            if (c == '\\')
            {
                if (i + 1 >= max) return -1;
                char n = _text[i + 1];
                if (n == '\n') { cont = true; return i + 2; }
                if (n == '\r' && i + 2 < max && _text[i + 2] == '\n') { cont = true; return i + 3; }
                i += 2;
                continue;
            }
            i++;
        }
        return -1;
    }

    /// <summary>Single3/Double3: [^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*''' — the end of a triple-quoted string, or -1.</summary>
    private int MatchTripleTail(int i, int max, char quote)
    {
        while (i < max)
        {
            char c = _text[i];
            if (c == '\\')
            {
                if (i + 1 < max && _text[i + 1] != '\n') { i += 2; continue; }
                return -1;
            }
            if (c == quote && i + 2 < max && _text[i + 1] == quote && _text[i + 2] == quote) return i + 3;
            i++;
        }
        return -1;
    }

    /// <summary>Single/Double: [^'\\]*(?:\\.[^'\\]*)*' — the end of a continued single-quoted string, or -1.</summary>
    private int MatchSingleTail(int i, int max, char quote)
    {
        while (i < max)
        {
            char c = _text[i];
            if (c == '\\')
            {
                if (i + 1 < max && _text[i + 1] != '\n') { i += 2; continue; }
                return -1;
            }
            if (c == quote) return i + 1;
            i++;
        }
        return -1;
    }
}
