namespace Pyref.Tokenizer;

/// <summary>
/// The operator table: Grammar/Tokens of 3.11 (what token.EXACT_TOKEN_TYPES and Parser/token.c's
/// PyToken_OneChar/TwoChars/ThreeChars are generated from). Longest match wins in both views:
/// Lib/tokenize.py sorts the alternatives in reverse so extensions precede their prefixes.
/// </summary>
public static class Operators
{
    // Canonical strings so that operator tokens never allocate.
    private static readonly string[] Text = BuildText();

    private static string[] BuildText()
    {
        var t = new string[(int)TokenType.OP + 1];
        void S(TokenType k, string s) => t[(int)k] = s;
        S(TokenType.LPAR, "("); S(TokenType.RPAR, ")"); S(TokenType.LSQB, "["); S(TokenType.RSQB, "]");
        S(TokenType.COLON, ":"); S(TokenType.COMMA, ","); S(TokenType.SEMI, ";"); S(TokenType.PLUS, "+");
        S(TokenType.MINUS, "-"); S(TokenType.STAR, "*"); S(TokenType.SLASH, "/"); S(TokenType.VBAR, "|");
        S(TokenType.AMPER, "&"); S(TokenType.LESS, "<"); S(TokenType.GREATER, ">"); S(TokenType.EQUAL, "=");
        S(TokenType.DOT, "."); S(TokenType.PERCENT, "%"); S(TokenType.LBRACE, "{"); S(TokenType.RBRACE, "}");
        S(TokenType.EQEQUAL, "=="); S(TokenType.NOTEQUAL, "!="); S(TokenType.LESSEQUAL, "<=");
        S(TokenType.GREATEREQUAL, ">="); S(TokenType.TILDE, "~"); S(TokenType.CIRCUMFLEX, "^");
        S(TokenType.LEFTSHIFT, "<<"); S(TokenType.RIGHTSHIFT, ">>"); S(TokenType.DOUBLESTAR, "**");
        S(TokenType.PLUSEQUAL, "+="); S(TokenType.MINEQUAL, "-="); S(TokenType.STAREQUAL, "*=");
        S(TokenType.SLASHEQUAL, "/="); S(TokenType.PERCENTEQUAL, "%="); S(TokenType.AMPEREQUAL, "&=");
        S(TokenType.VBAREQUAL, "|="); S(TokenType.CIRCUMFLEXEQUAL, "^="); S(TokenType.LEFTSHIFTEQUAL, "<<=");
        S(TokenType.RIGHTSHIFTEQUAL, ">>="); S(TokenType.DOUBLESTAREQUAL, "**="); S(TokenType.DOUBLESLASH, "//");
        S(TokenType.DOUBLESLASHEQUAL, "//="); S(TokenType.AT, "@"); S(TokenType.ATEQUAL, "@=");
        S(TokenType.RARROW, "->"); S(TokenType.ELLIPSIS, "..."); S(TokenType.COLONEQUAL, ":=");
        return t;
    }

    /// <summary>The source text of an exact operator type.</summary>
    public static string TextOf(TokenType type) => Text[(int)type];

    /// <summary>Parser/token.c PyToken_OneChar: OP when the character is no operator.</summary>
    public static TokenType OneChar(char c) => c switch
    {
        '%' => TokenType.PERCENT, '&' => TokenType.AMPER, '(' => TokenType.LPAR, ')' => TokenType.RPAR,
        '*' => TokenType.STAR, '+' => TokenType.PLUS, ',' => TokenType.COMMA, '-' => TokenType.MINUS,
        '.' => TokenType.DOT, '/' => TokenType.SLASH, ':' => TokenType.COLON, ';' => TokenType.SEMI,
        '<' => TokenType.LESS, '=' => TokenType.EQUAL, '>' => TokenType.GREATER, '@' => TokenType.AT,
        '[' => TokenType.LSQB, ']' => TokenType.RSQB, '^' => TokenType.CIRCUMFLEX, '{' => TokenType.LBRACE,
        '|' => TokenType.VBAR, '}' => TokenType.RBRACE, '~' => TokenType.TILDE,
        _ => TokenType.OP,
    };

    /// <summary>Parser/token.c PyToken_TwoChars.</summary>
    public static TokenType TwoChars(char a, char b) => (a, b) switch
    {
        ('!', '=') => TokenType.NOTEQUAL, ('%', '=') => TokenType.PERCENTEQUAL, ('&', '=') => TokenType.AMPEREQUAL,
        ('*', '*') => TokenType.DOUBLESTAR, ('*', '=') => TokenType.STAREQUAL, ('+', '=') => TokenType.PLUSEQUAL,
        ('-', '=') => TokenType.MINEQUAL, ('-', '>') => TokenType.RARROW, ('/', '/') => TokenType.DOUBLESLASH,
        ('/', '=') => TokenType.SLASHEQUAL, (':', '=') => TokenType.COLONEQUAL, ('<', '<') => TokenType.LEFTSHIFT,
        ('<', '=') => TokenType.LESSEQUAL, ('<', '>') => TokenType.NOTEQUAL, ('=', '=') => TokenType.EQEQUAL,
        ('>', '=') => TokenType.GREATEREQUAL, ('>', '>') => TokenType.RIGHTSHIFT, ('@', '=') => TokenType.ATEQUAL,
        ('^', '=') => TokenType.CIRCUMFLEXEQUAL, ('|', '=') => TokenType.VBAREQUAL,
        _ => TokenType.OP,
    };

    /// <summary>Parser/token.c PyToken_ThreeChars.</summary>
    public static TokenType ThreeChars(char a, char b, char c) => (a, b, c) switch
    {
        ('*', '*', '=') => TokenType.DOUBLESTAREQUAL, ('.', '.', '.') => TokenType.ELLIPSIS,
        ('/', '/', '=') => TokenType.DOUBLESLASHEQUAL, ('<', '<', '=') => TokenType.LEFTSHIFTEQUAL,
        ('>', '>', '=') => TokenType.RIGHTSHIFTEQUAL,
        _ => TokenType.OP,
    };

    /// <summary>
    /// Longest operator of token.EXACT_TOKEN_TYPES at s[i] (Lib/tokenize.py Special); length 0 when none.
    /// '&lt;&gt;' is not in that table (only the C tokenizer knows it, for barry_as_FLUFL).
    /// </summary>
    public static TokenType Match(ReadOnlySpan<char> s, int i, int limit, out int length)
    {
        char a = s[i];
        char b = i + 1 < limit ? s[i + 1] : '\0';
        char c = i + 2 < limit ? s[i + 2] : '\0';
        var t3 = ThreeChars(a, b, c);
        if (t3 != TokenType.OP) { length = 3; return t3; }
        var t2 = TwoChars(a, b);
        if (t2 != TokenType.OP && !(a == '<' && b == '>')) { length = 2; return t2; }
        var t1 = OneChar(a);
        length = t1 == TokenType.OP ? 0 : 1;
        return t1;
    }
}
