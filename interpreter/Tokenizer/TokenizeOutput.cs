using System.Text;

namespace Pyref.Tokenizer;

/// <summary>
/// The text `python3 -m tokenize [-e]` prints (Lib/tokenize.py main): one line per token,
/// "%-20s%-15s%-15r" of "start-end:", the type name and repr(string), and the error line on stderr.
/// Shared by `pyref -m tokenize` and the harness's in-process tokens stage so both print the same thing.
/// </summary>
public static class TokenizeOutput
{
    /// <summary>One stdout line without its newline.</summary>
    public static string FormatToken(in Token t, bool exact)
    {
        var sb = new StringBuilder(64);
        AppendToken(sb, t, exact);
        return sb.ToString();
    }

    /// <summary>Appends one stdout line without its newline.</summary>
    public static void AppendToken(StringBuilder sb, in Token t, bool exact)
    {
        var type = exact ? t.ExactType : t.ModuleType;
        AppendPadded(sb, $"{t.StartLine},{t.StartColumn}-{t.EndLine},{t.EndColumn}:", 20);
        AppendPadded(sb, type.ToString(), 15);
        AppendPadded(sb, CharClass.PyRepr(t.Text), 15);
    }

    /// <summary>
    /// What main() writes to stderr for the error (its first line; see <see cref="TokenizerErrorKind.UnicodeDecodeError"/>).
    /// <paramref name="filename"/> is the path as given on the command line, or "&lt;stdin&gt;".
    /// </summary>
    public static string FormatError(TokenizerError error, string filename) => error.Kind switch
    {
        TokenizerErrorKind.IndentationError or TokenizerErrorKind.TokenError =>
            $"{filename}:{error.Line}:{error.Column}: error: {error.Message}",
        TokenizerErrorKind.UnicodeDecodeError => $"unexpected error: {error.Message}",
        _ => $"{filename}: error: {error.Message}",
    };

    /// <summary>Python's "%-Ns": pads to N code points.</summary>
    private static void AppendPadded(StringBuilder sb, string s, int width)
    {
        int len = s.Length;
        foreach (var ch in s) if (char.IsLowSurrogate(ch)) len--;
        sb.Append(s);
        if (len < width) sb.Append(' ', width - len);
    }
}
