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
/// The exception stack of Python/compile.c 3.11 (struct exceptstack): handlers[0] is always null ("no handler"),
/// handlers[depth] is the innermost SETUP_* target.
/// </summary>
public sealed class ExceptStack
{
    private BasicBlock?[] _handlers;
    public int Depth { get; private set; }

    public ExceptStack() => _handlers = new BasicBlock?[8];

    private ExceptStack(BasicBlock?[] handlers, int depth)
    {
        _handlers = (BasicBlock?[])handlers.Clone();
        Depth = depth;
    }

    /// <summary>copy_except_stack</summary>
    public ExceptStack Copy() => new(_handlers, Depth);

    /// <summary>except_stack_top</summary>
    public BasicBlock? Top => _handlers[Depth];

    /// <summary>push_except_block: SETUP_WITH and SETUP_CLEANUP handlers preserve lasti.</summary>
    public BasicBlock Push(in Instr setup)
    {
        var target = setup.Target!;
        if (setup.Opcode is Pyref.Bytecode.Op311.SETUP_WITH or Pyref.Bytecode.Op311.SETUP_CLEANUP)
            target.PreserveLasti = true;
        Depth++;
        if (Depth >= _handlers.Length) Array.Resize(ref _handlers, _handlers.Length * 2);
        _handlers[Depth] = target;
        return target;
    }

    /// <summary>pop_except_block: the handler in force after the POP_BLOCK.</summary>
    public BasicBlock? Pop()
    {
        if (Depth <= 0) throw new InvalidOperationException("SystemError: POP_BLOCK without a matching SETUP_*");
        return _handlers[--Depth];
    }
}
