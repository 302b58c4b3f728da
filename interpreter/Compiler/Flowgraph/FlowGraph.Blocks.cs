using static Pyref.Bytecode.Op311;

namespace Pyref.Compiler.Flowgraph;

/// <summary>
/// The CFG passes of Python/compile.c 3.11 (everything between code generation and emitting bytes). Blocks are
/// walked either in layout order (b_next from the entry block) or, where compile.c walks u_blocks / b_list, in
/// reverse allocation order (<see cref="AllocationListOrder"/>): the two orders give different results for the
/// passes that copy blocks, so each method follows the walk of its C counterpart.
/// </summary>
public static partial class FlowGraph
{
    /// <summary>Maximum size of basic block that should be copied in optimizer (MAX_COPY_SIZE).</summary>
    public const int MaxCopySize = 4;

    /// <summary>The b_list walk: most recently allocated block first.</summary>
    public static AllocationList AllocationListOrder(CompilerUnit unit) => new(unit.Blocks);

    /// <summary>
    /// The b_list walk as a struct enumerable (foreach allocates nothing: the passes walk it several times per code
    /// object). A snapshot of the count: blocks allocated during the walk are not visited, as in C where they are
    /// prepended to u_blocks ahead of the walk's position.
    /// </summary>
    public readonly struct AllocationList(List<BasicBlock> blocks)
    {
        public Enumerator GetEnumerator() => new(blocks);

        public struct Enumerator(List<BasicBlock> blocks)
        {
            private int _index = blocks.Count;
            public readonly BasicBlock Current => blocks[_index];
            public bool MoveNext() => --_index >= 0;
        }
    }

    [ThreadStatic] private static Stack<BasicBlock>? _scratchStack;

    /// <summary>The work stack of the passes that walk the graph (mark_reachable, stackdepth,
    /// label_exception_targets), one per thread and emptied here: they run one after the other, never nested, and a
    /// stack per pass and code object was a tenth of the CFG passes' allocation.</summary>
    internal static Stack<BasicBlock> ScratchStack()
    {
        var stack = _scratchStack ??= new Stack<BasicBlock>();
        stack.Clear();
        return stack;
    }

    /// <summary>The b_next walk from the entry block.</summary>
    public static IEnumerable<BasicBlock> LayoutOrder(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next) yield return b;
    }

    /// <summary>compiler_copy_block: a fresh block (allocated in the unit) holding copies of block's instructions.</summary>
    public static BasicBlock CopyBlock(CompilerUnit unit, BasicBlock block)
    {
        var result = unit.NewBlock();
        foreach (ref var instr in block.Instrs) result.Instrs.Add(instr);
        result.Exit = block.Exit;
        result.NoFallthrough = true;
        return result;
    }

    /// <summary>normalize_basic_block: marks exit / no-fallthrough blocks, checks jumps end their block, skips
    /// jump targets over empty blocks.</summary>
    public static void NormalizeBasicBlock(BasicBlock bb)
    {
        var instrs = bb.Instrs;
        for (int i = 0; i < instrs.Count; i++)
        {
            ref var instr = ref instrs[i];
            switch (instr.Opcode)
            {
                case RETURN_VALUE:
                case RAISE_VARARGS:
                case RERAISE:
                    bb.Exit = true;
                    bb.NoFallthrough = true;
                    break;
                case JUMP:
                case JUMP_NO_INTERRUPT:
                case POP_JUMP_IF_NOT_NONE:
                case POP_JUMP_IF_NONE:
                case POP_JUMP_IF_FALSE:
                case POP_JUMP_IF_TRUE:
                case JUMP_IF_FALSE_OR_POP:
                case JUMP_IF_TRUE_OR_POP:
                case FOR_ITER:
                    if (instr.Opcode is JUMP or JUMP_NO_INTERRUPT) bb.NoFallthrough = true;
                    if (i != instrs.Count - 1)
                        throw new InvalidOperationException("SystemError: malformed control flow graph.");
                    instr.Target = SkipEmpty(instr.Target!);
                    break;
            }
        }
    }

    private static BasicBlock SkipEmpty(BasicBlock target)
    {
        while (target.Instrs.Count == 0)
            target = target.Next ?? throw new InvalidOperationException("SystemError: jump to an empty block at the end of the code");
        return target;
    }

    private static bool HasLineno(BasicBlock bb)
    {
        foreach (ref var instr in bb.Instrs)
            if (instr.Loc.Lineno > 0) return true;
        return false;
    }

    /// <summary>extend_block: a block ending with an unconditional jump to a small exit block without line numbers
    /// (an implicit `return None`...) gets a copy of that block instead of the jump.</summary>
    public static void ExtendBlock(BasicBlock bb)
    {
        if (bb.IsEmpty) return;
        ref var last = ref bb.Last;
        if (last.Opcode != JUMP && last.Opcode != JUMP_FORWARD && last.Opcode != JUMP_BACKWARD) return;
        var toCopy = last.Target!;
        if (toCopy.Exit && toCopy.Instrs.Count <= MaxCopySize)
        {
            if (HasLineno(toCopy)) return;
            last.Opcode = NOP;
            // Snapshot: a block that jumps to itself must not copy what it is appending (and adding may move the
            // array a span would walk).
            foreach (var instr in toCopy.Instrs.ToArray()) bb.Instrs.Add(instr);
            bb.Exit = true;
        }
    }

    /// <summary>clean_basic_block: removes the NOPs that carry no line information of their own.</summary>
    public static void CleanBasicBlock(BasicBlock bb)
    {
        // A span: the loop reads each instruction several times, and the list's indexer checks bounds each time.
        var instrs = bb.Instrs.AsSpan();
        int dest = 0;
        int prevLineno = -1;
        for (int src = 0; src < instrs.Length; src++)
        {
            int lineno = instrs[src].Loc.Lineno;
            if (instrs[src].Opcode == NOP)
            {
                // Eliminate no-op if it doesn't have a line number
                if (lineno < 0) continue;
                // or, if the previous instruction had the same line number.
                if (prevLineno == lineno) continue;
                // or, if the next instruction has same line number or no line number
                if (src < instrs.Length - 1)
                {
                    int nextLineno = instrs[src + 1].Loc.Lineno;
                    if (nextLineno == lineno) continue;
                    if (nextLineno < 0)
                    {
                        Cfg.CopyLocation(instrs[src], ref instrs[src + 1]);
                        continue;
                    }
                }
                else
                {
                    var next = bb.Next;
                    while (next is not null && next.Instrs.Count == 0) next = next.Next;
                    // or if last instruction in BB and next BB has same line number
                    if (next is not null && lineno == next.Instrs[0].Loc.Lineno) continue;
                }
            }
            if (dest != src) instrs[dest] = instrs[src];
            dest++;
            prevLineno = lineno;
        }
        if (dest < instrs.Length) bb.Instrs.RemoveRange(dest, instrs.Length - dest);
    }

    /// <summary>mark_reachable: counts b_predecessors from the entry block (fall-through, jumps and SETUP_* targets).</summary>
    public static void MarkReachable(BasicBlock entry)
    {
        var stack = ScratchStack();
        entry.Predecessors = 1;
        stack.Push(entry);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            if (b.Next is not null && !b.NoFallthrough)
            {
                if (b.Next.Predecessors == 0) stack.Push(b.Next);
                b.Next.Predecessors++;
            }
            foreach (ref var instr in b.Instrs)
            {
                if (Cfg.HasTarget(instr))
                {
                    var target = instr.Target!;
                    if (target.Predecessors == 0) stack.Push(target);
                    target.Predecessors++;
                }
            }
        }
    }

    /// <summary>eliminate_empty_basic_blocks: unlinks empty blocks from the layout and retargets jumps past them.</summary>
    public static void EliminateEmptyBasicBlocks(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next)
        {
            var next = b.Next;
            if (next is not null)
            {
                while (next.Instrs.Count == 0 && next.Next is not null) next = next.Next;
                b.Next = next;
            }
        }
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.IsEmpty) continue;
            ref var last = ref b.Last;
            if (Cfg.IsJump(last)) last.Target = SkipEmpty(last.Target!);
        }
    }
}
