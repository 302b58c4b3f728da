namespace Pyref.Compiler.Flowgraph;

// The per-block state the CFG passes and the assembler keep (Python/compile.c 3.11 basicblock_ fields other than
// b_instr / b_next / b_list). Codegen never sets these: the assembler derives them (normalize_basic_block...).
public sealed partial class BasicBlock
{
    /// <summary>b_exceptstack: the exception-handler stack at block entry, only while label_exception_targets runs.</summary>
    public ExceptStack? ExceptStack;
    /// <summary>b_predecessors: how many edges reach the block (mark_reachable), 0 = unreachable.</summary>
    public int Predecessors;
    /// <summary>b_startdepth: the stack depth on entry (stackdepth).</summary>
    public int StartDepth;
    /// <summary>b_offset: the block's offset in code units (assemble_jump_offsets).</summary>
    public int Offset;
    /// <summary>b_nofallthrough: the block ends with a return, raise or unconditional jump.</summary>
    public bool NoFallthrough;
    /// <summary>b_preserve_lasti: an exception handler that pushes lasti (SETUP_WITH / SETUP_CLEANUP targets).</summary>
    public bool PreserveLasti;
    /// <summary>b_visited: scratch mark for the passes.</summary>
    public bool Visited;
    /// <summary>b_exit: the block ends the scope (return or raise).</summary>
    public bool Exit;
}

/// <summary>
/// The exception stack of Python/compile.c 3.11 (struct exceptstack): <see cref="Top"/> is the innermost SETUP_*
/// target, null ("no handler") at depth 0. Immutable (a linked list): label_exception_targets copies the stack for
/// every jump target (copy_except_stack), and a copy is now the same object; push and pop make new stacks.
/// </summary>
public sealed class ExceptStack
{
    public static readonly ExceptStack Empty = new(null, null, 0);

    private readonly ExceptStack? _parent;
    public int Depth { get; }

    /// <summary>except_stack_top</summary>
    public BasicBlock? Top { get; }

    private ExceptStack(ExceptStack? parent, BasicBlock? top, int depth)
    {
        _parent = parent; Top = top; Depth = depth;
    }

    /// <summary>push_except_block: SETUP_WITH and SETUP_CLEANUP handlers preserve lasti.</summary>
    public ExceptStack Push(in Instr setup)
    {
        var target = setup.Target!;
        if (setup.Opcode is Pyref.Bytecode.Op311.SETUP_WITH or Pyref.Bytecode.Op311.SETUP_CLEANUP)
            target.PreserveLasti = true;
        return new ExceptStack(this, target, Depth + 1);
    }

    /// <summary>pop_except_block: the stack in force after the POP_BLOCK.</summary>
    public ExceptStack Pop()
    {
        if (Depth <= 0) throw new InvalidOperationException("SystemError: POP_BLOCK without a matching SETUP_*");
        return _parent!;
    }
}
