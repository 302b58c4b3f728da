using Pyref.Bytecode;

namespace Pyref.Compiler.Flowgraph;

/// <summary>
/// One instruction of the control-flow graph (Python/compile.c 3.11 struct instr). Opcode may be a pseudo
/// instruction (negative: OpcodeTable.SETUP_FINALLY .. POP_JUMP_IF_NOT_NONE) until the assembler resolves it.
/// Jumps name their target block, not an offset.
/// </summary>
public sealed class Instr
{
    public int Opcode;
    public int Oparg;
    /// <summary>i_target: the target block of a jump or SETUP_* pseudo instruction.</summary>
    public BasicBlock? Target;
    /// <summary>i_except: the handler block when this instruction raises (set by label_exception_targets).</summary>
    public BasicBlock? Except;
    public Location Loc;

    public Instr(int opcode, int oparg, Location loc, BasicBlock? target = null)
    {
        Opcode = opcode; Oparg = oparg; Loc = loc; Target = target;
    }

    public Instr Clone() => (Instr)MemberwiseClone();

    public override string ToString()
    {
        var name = OpcodeTable.Py311[Opcode]?.Name ?? Opcode.ToString();
        return Target is null ? $"{name} {Oparg} @{Loc}" : $"{name} -> {Target.Label} @{Loc}";
    }
}
