using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Pyref.Tokenizer.Tests;

/// <summary>Hostile inputs: whatever the bytes, both views end with ENDMARKER or a TokenizerException, never anything else.</summary>
public class PropertyTests
{
    private static bool Terminates(byte[] bytes, TokenizerMode mode)
    {
        var (tokens, error) = Lexer.TokenizeAll(bytes, mode, PythonVersion.Py311);
        return error is not null || (tokens.Count > 0 && tokens[^1].Type == TokenType.ENDMARKER);
    }

    [Property(MaxTest = 300)]
    public bool RandomBytesNeverCrash(byte[] bytes) =>
        Terminates(bytes, TokenizerMode.TokenizeModule) && Terminates(bytes, TokenizerMode.Parser);

    // Python-looking noise: the characters the tokenizers branch on, in random order.
    private static readonly char[] Alphabet = " \t\f\n\r\\#'\"(){}[]:.0123456789_abefjorxBRUFé€😀=+-*/<>!$\u00a0\u2028\0".ToCharArray();

    [Property(MaxTest = 500)]
    public bool PythonishNoiseNeverCrashes(int seed)
    {
        var rnd = new Random(seed);
        var chars = new char[rnd.Next(0, 200)];
        for (int i = 0; i < chars.Length; i++) chars[i] = Alphabet[rnd.Next(Alphabet.Length)];
        var s = new string(chars);
        // keep surrogate pairs whole half of the time, split them the other half
        var bytes = System.Text.Encoding.UTF8.GetBytes(s);
        return Terminates(bytes, TokenizerMode.TokenizeModule) && Terminates(bytes, TokenizerMode.Parser)
            && StringTerminates(s);
    }

    private static bool StringTerminates(string s)
    {
        var (t1, e1) = Lexer.TokenizeAll(s, TokenizerMode.TokenizeModule, PythonVersion.Py311);
        var (t2, e2) = Lexer.TokenizeAll(s, TokenizerMode.Parser, PythonVersion.Py311);
        return (e1 is not null || t1[^1].Type == TokenType.ENDMARKER) && (e2 is not null || t2[^1].Type == TokenType.ENDMARKER);
    }
}
