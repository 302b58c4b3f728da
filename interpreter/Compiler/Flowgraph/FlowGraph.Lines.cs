using static Pyref.Bytecode.Op311;

namespace Pyref.Compiler.Flowgraph;

// Line numbers of artificial instructions (PEP 626): Python/compile.c 3.11 duplicate_exits_without_lineno,
// propagate_line_numbers, guarantee_lineno_for_exits.
public static partial class FlowGraph
{
    private static bool IsExitWithoutLineno(BasicBlock b)
    {
        if (!b.Exit) return false;
        foreach (ref var instr in b.Instrs)
            if (instr.Loc.Lineno >= 0) return false;
        return true;
    }

    /// <summary>
    /// duplicate_exits_without_lineno: an exit block without line numbers reached by several jumps is copied per
    /// jump, so each copy can take its predecessor's line; one reached by falling through takes the line of the
    /// block before it.
    /// </summary>
    public static void DuplicateExitsWithoutLineno(CompilerUnit unit)
    {
        // Copy all exit blocks without line number that are targets of a jump.
        foreach (var b in AllocationListOrder(unit))
        {
            if (b.IsEmpty) continue;
            ref var last = ref b.Last;
            if (!Cfg.IsJump(last)) continue;
            var target = last.Target!;
            if (IsExitWithoutLineno(target) && target.Predecessors > 1)
            {
                var newTarget = CopyBlock(unit, target);
                Cfg.CopyLocation(last, ref newTarget.Instrs[0]);
                last.Target = newTarget;
                target.Predecessors--;
                newTarget.Predecessors = 1;
                newTarget.Next = target.Next;
                target.Next = newTarget;
            }
        }
        // Eliminate empty blocks
        foreach (var b in AllocationListOrder(unit))
            while (b.Next is not null && b.Next.Instrs.Count == 0) b.Next = b.Next.Next;
        // Any remaining reachable exit blocks without line number can only be reached by fall through, and thus
        // can only have a single predecessor.
        foreach (var b in AllocationListOrder(unit))
        {
            if (!b.NoFallthrough && b.Next is not null && b.Instrs.Count > 0 && IsExitWithoutLineno(b.Next))
                Cfg.CopyLocation(b.Last, ref b.Next.Instrs[0]);
        }
    }

    /// <summary>
    /// propagate_line_numbers: an instruction without a line takes the previous one's location; a successor block
    /// with one predecessor starting without a line takes the location the block ended with.
    /// </summary>
    public static void PropagateLineNumbers(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Instrs.Count == 0) continue;
            // Not a real instruction, only to carry the location along.
            var prev = Location.NoLocation;
            foreach (ref var instr in b.Instrs)
            {
                if (instr.Loc.Lineno < 0) instr.Loc = prev;
                else prev = instr.Loc;
            }
            if (!b.NoFallthrough && b.Next is not null && b.Next.Predecessors == 1)
            {
                if (b.Next.Instrs.Count > 0 && b.Next.Instrs[0].Loc.Lineno < 0) b.Next.Instrs[0].Loc = prev;
            }
            ref var last = ref b.Last;
            if (Cfg.IsJump(last))
            {
                var target = last.Target!;
                if (target.Predecessors == 1 && target.Instrs.Count > 0 && target.Instrs[0].Loc.Lineno < 0)
                    target.Instrs[0].Loc = prev;
            }
        }
    }

    /// <summary>
    /// guarantee_lineno_for_exits: a RETURN_VALUE block still without a line gets the line of the last block with
    /// one (only i_lineno changes, the columns and end line stay as they were).
    /// </summary>
    public static void GuaranteeLinenoForExits(BasicBlock entry, int firstLineno)
    {
        int lineno = firstLineno;
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.IsEmpty) continue;
            ref var last = ref b.Last;
            if (last.Loc.Lineno < 0)
            {
                if (last.Opcode == RETURN_VALUE)
                    foreach (ref var instr in b.Instrs) instr.Loc = instr.Loc with { Lineno = lineno };
            }
            else
            {
                lineno = last.Loc.Lineno;
            }
        }
    }
}
