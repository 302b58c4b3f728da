namespace Pyref.Parser;

/// <summary>
/// A SyntaxError (or subclass) as CPython raises it from compile()/ast.parse: the exception's
/// attributes exactly. Offsets are 1-based and in code points (CPython converts the parser's byte
/// offsets with _PyPegen_byte_offset_to_character_offset); EndOffset may be -1 or 0 like CPython's.
/// Kind is the Python class name: SyntaxError, IndentationError, TabError, or the non-syntax
/// failures CPython's parser can raise at its limits (MemoryError, RecursionError).
/// </summary>
public sealed class PythonSyntaxError : Exception
{
    public string Kind { get; }
    public string Msg { get; }
    public string Filename { get; }
    /// <summary>null when CPython's attribute is None (errors with no location).</summary>
    public int? Lineno { get; }
    /// <summary>null when CPython's attribute is None.</summary>
    public int? Offset { get; }
    /// <summary>null when CPython's attribute is None.</summary>
    public int? EndLineno { get; }
    /// <summary>null when CPython's attribute is None.</summary>
    public int? EndOffset { get; }
    public string? Text { get; }

    /// <summary>Which CPython stage raises this error: "tokenizer", "parser", "ast" (ast2obj),
    /// "symtable" or "compiler".</summary>
    public string Stage { get; }

    public PythonSyntaxError(string kind, string msg, string filename, int? lineno, int? offset,
        int? endLineno, int? endOffset, string? text, string stage = "parser")
        : base(msg)
    {
        Kind = kind; Msg = msg; Filename = filename; Lineno = lineno; Offset = offset;
        EndLineno = endLineno; EndOffset = endOffset; Text = text; Stage = stage;
    }

    /// <summary>True for SyntaxError and its subclasses (not MemoryError/RecursionError).</summary>
    public bool IsSyntaxError => Kind is "SyntaxError" or "IndentationError" or "TabError";

    /// <summary>What Python's str(exc) prints, e.g. "invalid syntax (&lt;unknown&gt;, line 1)".</summary>
    public override string ToString() => IsSyntaxError ? $"{Kind}: {Msg} ({Filename}, line {Lineno})" : $"{Kind}: {Msg}";
}
