using static Pyref.Bytecode.Op311;

namespace Pyref.Compiler.Flowgraph;

// Exception handling: Python/compile.c 3.11 label_exception_targets, convert_exception_handlers_to_nops.
public static partial class FlowGraph
{
    /// <summary>
    /// label_exception_targets: walks the CFG with the stack of active SETUP_* handlers and sets each
    /// instruction's <see cref="Instr.Except"/> to the handler in force (null: the exception propagates).
    /// </summary>
    public static void LabelExceptionTargets(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next) b.Visited = false;
        var todo = ScratchStack();
        todo.Push(entry);
        entry.Visited = true;
        entry.ExceptStack = ExceptStack.Empty;
        while (todo.Count > 0)
        {
            var b = todo.Pop();
            ExceptStack? stack = b.ExceptStack!;
            b.ExceptStack = null;
            var handler = stack.Top;
            var instrs = b.Instrs;
            for (int i = 0; i < instrs.Count; i++)
            {
                ref var instr = ref instrs[i];
                if (Cfg.IsBlockPush(instr))
                {
                    var target = instr.Target!;
                    if (!target.Visited)
                    {
                        target.ExceptStack = stack!;
                        todo.Push(target);
                        target.Visited = true;
                    }
                    stack = stack!.Push(instr);
                    handler = stack.Top;
                }
                else if (instr.Opcode == POP_BLOCK)
                {
                    stack = stack!.Pop();
                    handler = stack.Top;
                }
                else if (Cfg.IsJump(instr))
                {
                    instr.Except = handler;
                    var target = instr.Target!;
                    if (!target.Visited)
                    {
                        if (!b.NoFallthrough)
                        {
                            target.ExceptStack = stack!;
                        }
                        else
                        {
                            // The jump ends a block that does not fall through: hand the stack over.
                            target.ExceptStack = stack;
                            stack = null;
                        }
                        todo.Push(target);
                        target.Visited = true;
                    }
                }
                else
                {
                    instr.Except = handler;
                }
            }
            if (!b.NoFallthrough && b.Next is not null && !b.Next.Visited)
            {
                b.Next.ExceptStack = stack ?? throw new InvalidOperationException("SystemError: malformed control flow graph.");
                todo.Push(b.Next);
                b.Next.Visited = true;
            }
        }
    }

    /// <summary>convert_exception_handlers_to_nops: SETUP_* and POP_BLOCK become NOPs once the table is known.</summary>
    public static void ConvertExceptionHandlersToNops(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next)
            foreach (ref var instr in b.Instrs)
                if (Cfg.IsBlockPush(instr) || instr.Opcode == POP_BLOCK)
                    instr.Opcode = NOP;
    }
}
