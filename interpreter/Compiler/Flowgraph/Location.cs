namespace Pyref.Compiler.Flowgraph;

/// <summary>
/// An instruction's source location (3.11 struct instr's i_lineno, i_end_lineno, i_col_offset, i_end_col_offset;
/// columns are UTF-8 byte offsets as in the AST). -1 means "none"; a Lineno of -1 is what CPython 3.11 writes for
/// artificial instructions that must not get a line (NO_LOCATION).
/// </summary>
public readonly record struct Location(int Lineno, int EndLineno, int ColOffset, int EndColOffset)
{
    public static readonly Location NoLocation = new(-1, -1, -1, -1);
    public bool IsNone => Lineno < 0;
    public override string ToString() => $"{Lineno}:{ColOffset}-{EndLineno}:{EndColOffset}";
}
