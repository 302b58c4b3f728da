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
    public List<Instr> Instrs { get; } = new();
    /// <summary>b_next: the block that follows in layout order (fall-through target).</summary>
    public BasicBlock? Next;

    public BasicBlock(int label) => Label = label;

    public Instr? Last => Instrs.Count > 0 ? Instrs[^1] : null;

    public override string ToString() => $"B{Label}";
}
