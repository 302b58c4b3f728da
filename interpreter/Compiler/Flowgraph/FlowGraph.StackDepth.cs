using static Pyref.Bytecode.Op311;

namespace Pyref.Compiler.Flowgraph;

public static partial class FlowGraph
{
    private static void StackDepthPush(Stack<BasicBlock> stack, BasicBlock b, int depth)
    {
        // 3.11 also stops re-pushing once a block's recorded depth reaches 100.
        if (b.StartDepth < depth && b.StartDepth < 100)
        {
            b.StartDepth = depth;
            stack.Push(b);
        }
    }

    /// <summary>
    /// stackdepth: the largest stack any flow path needs (cycles are assumed to have no net effect). Sets each
    /// reachable block's <see cref="BasicBlock.StartDepth"/>, which the exception table uses.
    /// </summary>
    public static int StackDepth(CompilerUnit unit)
    {
        BasicBlock? entry = null;
        foreach (var b in AllocationListOrder(unit))
        {
            b.StartDepth = int.MinValue;
            entry = b;
        }
        if (entry is null) return 0;
        int maxDepth = 0;
        var stack = ScratchStack();
        StackDepthPush(stack, entry, unit.Ste.Generator || unit.Ste.Coroutine ? 1 : 0);
        while (stack.Count > 0)
        {
            var b = stack.Pop();
            int depth = b.StartDepth;
            var next = b.Next;
            foreach (ref var instr in b.Instrs)
            {
                int effect = Cfg.StackEffect(instr, 0);
                int newDepth = depth + effect;
                if (newDepth > maxDepth) maxDepth = newDepth;
                if (Cfg.HasTarget(instr))
                {
                    int targetDepth = depth + Cfg.StackEffect(instr, 1);
                    if (targetDepth > maxDepth) maxDepth = targetDepth;
                    StackDepthPush(stack, instr.Target!, targetDepth);
                }
                depth = newDepth;
                if (instr.Opcode is JUMP_NO_INTERRUPT or JUMP or RETURN_VALUE or RAISE_VARARGS or RERAISE)
                {
                    // remaining code is dead
                    next = null;
                    break;
                }
            }
            if (next is not null) StackDepthPush(stack, next, depth);
        }
        return maxDepth;
    }
}
