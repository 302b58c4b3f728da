namespace Pyref.Compiler.Flowgraph;

/// <summary>
/// A basic block (Python/compile.c 3.11 basicblock_). The unit keeps all blocks in allocation order
/// (<see cref="CompilerUnit.Blocks"/>, CPython's b_list walked backwards); <see cref="Next"/> is the fall-through /
/// layout order (b_next). Flags and fields used by the CFG passes and the assembler live in partial files
/// under Flowgraph/ and Assembler/.
/// </summary>
public sealed partial class BasicBlock
{
    /// <summary>Allocation index, for debugging output and deterministic ordering.</summary>
    public int Label { get; }
    /// <summary>b_instr[0 .. b_iused).</summary>
    public InstrList Instrs { get; } = new();
    /// <summary>b_next: the block that follows in layout order (fall-through target).</summary>
    public BasicBlock? Next;

    public BasicBlock(int label) => Label = label;

    /// <summary>b_instr[b_iused - 1], by reference (the block must not be empty: check <see cref="IsEmpty"/>).</summary>
    public ref Instr Last => ref Instrs.Last;

    public bool IsEmpty => Instrs.Count == 0;

    public override string ToString() => $"B{Label}";
}
