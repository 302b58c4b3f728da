namespace Pyref.Tokenizer;

/// <summary>
/// One token, carrying both coordinate systems CPython uses:
/// code-point columns (what the tokenize module reports) and UTF-8 byte columns
/// (what the C tokenizer hands the parser, and so what AST col_offset holds).
/// Lines are 1-based, columns 0-based, ends exclusive, as in CPython.
/// </summary>
public readonly record struct Token(
    TokenType Type,
    string Text,
    int StartLine,
    int StartColumn,
    int EndLine,
    int EndColumn,
    int StartByteColumn,
    int EndByteColumn,
    string Line)
{
    /// <summary>The exact type for operators; NAME/NUMBER/... otherwise (what `tokenize -e` prints).</summary>
    public TokenType ExactType => Type;

    /// <summary>The type the tokenize module reports without -e: every operator is OP.</summary>
    public TokenType ModuleType => Type is >= TokenType.LPAR and <= TokenType.COLONEQUAL ? TokenType.OP : Type;
}
