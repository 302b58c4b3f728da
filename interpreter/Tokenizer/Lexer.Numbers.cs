namespace Pyref.Tokenizer;

// Number literals for the tokenize-module view: Lib/tokenize.py's Number regex, an ordered alternation
// group(Imagnumber, Floatnumber, Intnumber) where the first alternative that matches wins (not the longest).
public sealed partial class Lexer
{
    /// <summary>[0-9](?:_?[0-9])* — always maximal: giving digits back never lets what follows match.</summary>
    private int DigitPart(int i, int max)
    {
        if (i >= max || !CharClass.IsDigit(_text[i])) return -1;
        i++;
        while (true)
        {
            if (i < max && CharClass.IsDigit(_text[i])) i++;
            else if (i + 1 < max && _text[i] == '_' && CharClass.IsDigit(_text[i + 1])) i += 2;
            else return i;
        }
    }

    /// <summary>Exponent: [eE][-+]?[0-9](?:_?[0-9])*</summary>
    private int Exponent(int i, int max)
    {
        if (i >= max || (_text[i] | 0x20) != 'e') return -1;
        i++;
        if (i < max && _text[i] is '+' or '-') i++;
        return DigitPart(i, max);
    }

    /// <summary>Pointfloat: ([0-9](?:_?[0-9])*\.(?:[0-9](?:_?[0-9])*)?|\.[0-9](?:_?[0-9])*) Exponent?</summary>
    private int PointFloat(int i, int max)
    {
        int e;
        int a = DigitPart(i, max);
        if (a >= 0)
        {
            if (a >= max || _text[a] != '.') return -1;
            e = a + 1;
            int d = DigitPart(e, max);
            if (d >= 0) e = d;
        }
        else
        {
            if (i >= max || _text[i] != '.') return -1;
            e = DigitPart(i + 1, max);
            if (e < 0) return -1;
        }
        int x = Exponent(e, max);
        return x >= 0 ? x : e;
    }

    /// <summary>Expfloat: [0-9](?:_?[0-9])* Exponent</summary>
    private int ExpFloat(int i, int max)
    {
        int a = DigitPart(i, max);
        return a < 0 ? -1 : Exponent(a, max);
    }

    private bool IsJ(int i, int max) => i < max && (_text[i] | 0x20) == 'j';

    /// <summary>Number = group(Imagnumber, Floatnumber, Intnumber); the caller saw a digit, or '.' and a digit.</summary>
    private int MatchNumber(int i, int max)
    {
        // Imagnumber: [0-9](?:_?[0-9])*[jJ] | Floatnumber[jJ]
        int a = DigitPart(i, max);
        if (a >= 0 && IsJ(a, max)) return a + 1;
        int pf = PointFloat(i, max);
        if (pf >= 0 && IsJ(pf, max)) return pf + 1;
        int ef = ExpFloat(i, max);
        if (ef >= 0 && IsJ(ef, max)) return ef + 1;
        // Floatnumber: Pointfloat | Expfloat
        if (pf >= 0) return pf;
        if (ef >= 0) return ef;
        // Intnumber: Hexnumber | Binnumber | Octnumber | Decnumber
        if (_text[i] == '0' && i + 1 < max)
        {
            char k = (char)(_text[i + 1] | 0x20);
            int r = k switch
            {
                'x' => RadixDigits(i + 2, max, 16),
                'b' => RadixDigits(i + 2, max, 2),
                'o' => RadixDigits(i + 2, max, 8),
                _ => -1,
            };
            if (r >= 0) return r;
        }
        if (_text[i] == '0')
        {
            // 0(?:_?0)*
            int j = i + 1;
            while (true)
            {
                if (j < max && _text[j] == '0') j++;
                else if (j + 1 < max && _text[j] == '_' && _text[j + 1] == '0') j += 2;
                else return j;
            }
        }
        return a; // [1-9](?:_?[0-9])*
    }

    /// <summary>(?:_?[digit])+ for the radix; -1 when not even one digit follows.</summary>
    private int RadixDigits(int i, int max, int radix)
    {
        int n = 0;
        while (true)
        {
            int j = i;
            if (j < max && _text[j] == '_') j++;
            if (j < max && IsRadixDigit(_text[j], radix)) { i = j + 1; n++; }
            else return n > 0 ? i : -1;
        }
    }

    private static bool IsRadixDigit(char c, int radix) => radix switch
    {
        16 => CharClass.IsHexDigit(c),
        8 => c is >= '0' and <= '7',
        _ => c is '0' or '1',
    };
}
