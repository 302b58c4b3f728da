using System.Text;
using System.Text.RegularExpressions;

namespace Conformance.Harness.Fuzz;

/// <summary>
/// Mutational fuzzing of existing files, aimed at the tokenizer's and parser's error paths (whose
/// messages and positions must match CPython's): byte-level edits (bit flips, deletions,
/// duplications, insertions of bytes that open or end tokens, invalid UTF-8, CR/tab/NUL) and
/// token-level edits (delete, duplicate, swap, insert a keyword or operator). Deterministic in
/// (seed, index). Mutants are diffed on the static stages only: running them proves nothing more.
/// </summary>
public static partial class Mutator
{
    private static readonly byte[][] Interesting =
    [
        "("u8.ToArray(), ")"u8.ToArray(), "["u8.ToArray(), "}"u8.ToArray(), "\""u8.ToArray(), "'''"u8.ToArray(), "\\"u8.ToArray(),
        "\t"u8.ToArray(), "\r"u8.ToArray(), "\n"u8.ToArray(), "\r\n"u8.ToArray(), [0], [0xFF], [0xC3], [0xED, 0xA0, 0x80],
        "é"u8.ToArray(), "😀"u8.ToArray(), " "u8.ToArray(), "#"u8.ToArray(), ":"u8.ToArray(), "="u8.ToArray(), "f'{"u8.ToArray(),
        "\\\n"u8.ToArray(), "0x"u8.ToArray(), "1_"u8.ToArray(), "\f"u8.ToArray(), "\u00a0"u8.ToArray(), "$"u8.ToArray(), "?"u8.ToArray(),
    ];

    private static readonly string[] TokenInserts =
    [
        "if", "else", "lambda", "yield", "await", "async", "def", "class", "return", "match", "case", "*", "**", ":=", "->", "...",
        "(", ")", ",", ":", "=", "not", "in", "is", "global", "del", "import", "from", "@", "0", "1.e", "0b2", "'", "f'", "None", "_",
        "\n", "\n    ", "\\", ";", "print", "nonlocal", "try", "except", "finally", "with", "as", "pass", "break", "continue",
    ];

    public static byte[] Mutate(byte[] source, int seed, long index)
    {
        var r = new Random(unchecked(seed * 31 + (int)index * 1_000_003 + (int)(index >> 32)));
        var data = source.ToList();
        var edits = 1 + r.Next(3);
        for (var e = 0; e < edits; e++)
        {
            if (r.Next(2) == 0) ByteEdit(data, r);
            else data = TokenEdit(data, r);
        }
        return [.. data];
    }

    private static void ByteEdit(List<byte> data, Random r)
    {
        var at = data.Count == 0 ? 0 : r.Next(data.Count + 1);
        switch (r.Next(6))
        {
            case 0 when at < data.Count:
                data[at] ^= (byte)(1 << r.Next(8));
                break;
            case 1 when data.Count > 0:
                data.RemoveRange(Math.Min(at, data.Count - 1), Math.Min(1 + r.Next(8), data.Count - Math.Min(at, data.Count - 1)));
                break;
            case 2 when at < data.Count:
                var length = Math.Min(1 + r.Next(16), data.Count - at);
                data.InsertRange(at, data.GetRange(at, length));
                break;
            case 3:
                data.RemoveRange(at, data.Count - at); // truncation: end-of-file inside anything
                break;
            default:
                data.InsertRange(at, Interesting[r.Next(Interesting.Length)]);
                break;
        }
    }

    private static List<byte> TokenEdit(List<byte> data, Random r)
    {
        var text = Encoding.UTF8.GetString([.. data]);
        var tokens = Tokens().Matches(text).Select(m => m.Value).ToList();
        if (tokens.Count == 0) return data;
        var i = r.Next(tokens.Count);
        switch (r.Next(4))
        {
            case 0: tokens.RemoveAt(i); break;
            case 1: tokens.Insert(i, tokens[i]); break;
            case 2 when i + 1 < tokens.Count: (tokens[i], tokens[i + 1]) = (tokens[i + 1], tokens[i]); break;
            default: tokens.Insert(i, (r.Next(2) == 0 ? " " : "") + TokenInserts[r.Next(TokenInserts.Length)] + " "); break;
        }
        return [.. Encoding.UTF8.GetBytes(string.Concat(tokens))];
    }

    /// <summary>
    /// A rough Python token split that keeps every character (concatenating the pieces gives the
    /// text back): names, numbers, string prefixes with quotes, operators, whitespace runs.
    /// </summary>
    [GeneratedRegex(@"[A-Za-z_\u0080-\uFFFF][\w\u0080-\uFFFF]*|\d[\w.]*|\*\*=?|//=?|->|:=|[<>!=]=|<<|>>|\s+|.", RegexOptions.Singleline)]
    public static partial Regex Tokens();
}
