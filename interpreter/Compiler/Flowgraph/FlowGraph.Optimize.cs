using System.Numerics;
using Pyref.Bytecode;
using static Pyref.Bytecode.Op311;

namespace Pyref.Compiler.Flowgraph;

public static partial class FlowGraph
{
    /// <summary>
    /// optimize_cfg: peephole optimisation of every block, then dead-block removal and redundant-jump removal.
    /// consts is co_consts in list form (index = LOAD_CONST oparg): folded tuples are appended to it.
    /// </summary>
    public static void OptimizeCfg(CompilerUnit unit, BasicBlock entry, List<object> consts)
    {
        for (var b = entry; b is not null; b = b.Next)
        {
            OptimizeBasicBlock(b, consts);
            CleanBasicBlock(b);
        }
        foreach (var b in AllocationListOrder(unit)) ExtendBlock(b);
        MarkReachable(entry);
        // Delete unreachable instructions
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.Predecessors == 0)
            {
                b.Instrs.Clear();
                b.NoFallthrough = false;
            }
        }
        EliminateEmptyBasicBlocks(entry);
        for (var b = entry; b is not null; b = b.Next) CleanBasicBlock(b);
        // Delete jump instructions made redundant by previous step: a block ending with an unconditional jump to
        // the next non-empty block in layout order falls through instead.
        bool maybeEmptyBlocks = false;
        for (var b = entry; b is not null; b = b.Next)
        {
            if (b.IsEmpty) continue;
            ref var last = ref b.Last;
            if ((last.Opcode == JUMP || last.Opcode == JUMP_NO_INTERRUPT) && last.Target == b.Next)
            {
                b.NoFallthrough = false;
                last.Opcode = NOP;
                maybeEmptyBlocks = true;
            }
        }
        if (maybeEmptyBlocks) EliminateEmptyBasicBlocks(entry);
    }

    /// <summary>trim_unused_consts: drops trailing constants no LOAD_CONST / KW_NAMES uses (the first one, maybe a
    /// docstring, always stays).</summary>
    public static void TrimUnusedConsts(BasicBlock entry, List<object> consts)
    {
        int maxConstIndex = 0;
        for (var b = entry; b is not null; b = b.Next)
            foreach (ref var instr in b.Instrs)
                if ((instr.Opcode == LOAD_CONST || instr.Opcode == KW_NAMES) && instr.Oparg > maxConstIndex)
                    maxConstIndex = instr.Oparg;
        if (maxConstIndex + 1 < consts.Count)
            consts.RemoveRange(maxConstIndex + 1, consts.Count - (maxConstIndex + 1));
    }

    /// <summary>get_const_value: only LOAD_CONST has a value here (KW_NAMES is hasconst but never folded).</summary>
    private static object GetConstValue(int opcode, int oparg, List<object> consts)
    {
        if (opcode == LOAD_CONST && oparg >= 0 && oparg < consts.Count) return consts[oparg];
        throw new InvalidOperationException("SystemError: Internal error: failed to get value of a constant");
    }

    /// <summary>PyObject_IsTrue for the constant model of Constants.cs.</summary>
    public static bool IsTrue(object value) => value switch
    {
        PyNone => false,
        bool b => b,
        BigInteger i => !i.IsZero,
        double d => d != 0.0, // NaN != 0.0 holds, as in C
        Complex c => c.Real != 0.0 || c.Imaginary != 0.0,
        string s => s.Length > 0,
        PyBytes b => b.Length > 0,
        PyTuple t => t.Count > 0,
        PyFrozenSet s => s.Count > 0,
        _ => true, // Ellipsis, code objects
    };

    /// <summary>
    /// fold_tuple_on_constants: LOAD_CONST c1 ... LOAD_CONST cn, BUILD_TUPLE n -> NOPs, LOAD_CONST (c1, ..., cn).
    /// The tuple reuses an equal constant already in consts (CPython merges it through the constant cache and then
    /// looks for the same object), else it is appended.
    /// </summary>
    private static void FoldTupleOnConstants(InstrList instrs, int start, int n, List<object> consts)
    {
        for (int i = 0; i < n; i++)
            if (!Cfg.HasConst(instrs[start + i].Opcode)) return;
        var items = new object[n];
        for (int i = 0; i < n; i++)
            items[i] = GetConstValue(instrs[start + i].Opcode, instrs[start + i].Oparg, consts);
        var newConst = new PyTuple(items);
        int index;
        for (index = 0; index < consts.Count; index++)
            if (ConstantKey.ConstEquals(consts[index], newConst)) break;
        if (index == consts.Count)
        {
            if (index >= int.MaxValue - 1) throw new InvalidOperationException("OverflowError: too many constants");
            consts.Add(newConst);
        }
        for (int i = 0; i < n; i++) instrs[start + i].Opcode = NOP;
        instrs[start + n].Opcode = LOAD_CONST;
        instrs[start + n].Oparg = index;
    }

    /// <summary>swaptimize: replaces a run of SWAPs and NOPs with an optimal sequence of the same effect.</summary>
    private static void Swaptimize(InstrList block, ref int ix)
    {
        // Find the length of the current sequence of SWAPs and NOPs, and the maximum depth it touches.
        int depth = block[ix].Oparg;
        int len = 0;
        bool more = false;
        int limit = block.Count - ix;
        while (++len < limit)
        {
            int opcode = block[ix + len].Opcode;
            if (opcode == SWAP)
            {
                depth = Math.Max(depth, block[ix + len].Oparg);
                more = true;
            }
            else if (opcode != NOP)
            {
                break;
            }
        }
        // It's already optimal if there's only one SWAP:
        if (!more) return;
        const int Visited = -1;
        var stack = new int[depth];
        for (int i = 0; i < depth; i++) stack[i] = i;
        // Simulate the combined effect of these instructions on the stack:
        for (int i = 0; i < len; i++)
        {
            if (block[ix + i].Opcode == SWAP)
            {
                int oparg = block[ix + i].Oparg;
                (stack[0], stack[oparg - 1]) = (stack[oparg - 1], stack[0]);
            }
        }
        // Un-shuffle by cycles, writing the moves backwards from the end of the run (optimal, so it fits).
        int current = len - 1;
        for (int i = 0; i < depth; i++)
        {
            if (stack[i] == Visited || stack[i] == i) continue;
            int j = i;
            while (true)
            {
                // Swapping the top item with itself is pointless:
                if (j != 0)
                {
                    ref var instr = ref block[ix + current--];
                    instr.Opcode = SWAP;
                    instr.Oparg = j + 1;
                }
                if (stack[j] == Visited) break; // completed the cycle
                int nextJ = stack[j];
                stack[j] = Visited;
                j = nextJ;
            }
        }
        // NOP out any unused instructions:
        while (0 <= current) block[ix + current--].Opcode = NOP;
        ix += len - 1;
    }

    // SWAPPABLE: may be reordered (no control flow, no arbitrary code, touches and pops only TOS).
    private static bool Swappable(int opcode) => opcode == STORE_FAST || opcode == POP_TOP;

    private static int StoresTo(in Instr instr) => instr.Opcode == STORE_FAST ? instr.Oparg : -1;

    private static int NextSwappableInstruction(InstrList block, int i, int lineno)
    {
        while (++i < block.Count)
        {
            ref var instruction = ref block[i];
            // Optimizing across a line change could change the names bound between line tracing events.
            if (0 <= lineno && instruction.Loc.Lineno != lineno) return -1;
            if (instruction.Opcode == NOP) continue;
            if (Swappable(instruction.Opcode)) return i;
            return -1;
        }
        return -1;
    }

    /// <summary>apply_static_swaps: SWAP(2), POP_TOP, STORE_FAST(42) -> NOP, STORE_FAST(42), POP_TOP.</summary>
    private static void ApplyStaticSwaps(InstrList block, int i)
    {
        // SWAPs are to our left, and potential swaperands are to our right:
        for (; 0 <= i; i--)
        {
            ref var swap = ref block[i];
            if (swap.Opcode != SWAP)
            {
                if (swap.Opcode == NOP || Swappable(swap.Opcode)) continue;
                return;
            }
            int j = NextSwappableInstruction(block, i, -1);
            if (j < 0) return;
            int k = j;
            int lineno = block[j].Loc.Lineno;
            for (int count = swap.Oparg - 1; 0 < count; count--)
            {
                k = NextSwappableInstruction(block, k, lineno);
                if (k < 0) return;
            }
            // Not safe if the two stores write the same local, or one in between writes either.
            int storeJ = StoresTo(block[j]);
            int storeK = StoresTo(block[k]);
            if (storeJ >= 0 || storeK >= 0)
            {
                if (storeJ == storeK) return;
                for (int idx = j + 1; idx < k; idx++)
                {
                    int storeIdx = StoresTo(block[idx]);
                    if (storeIdx >= 0 && (storeIdx == storeJ || storeIdx == storeK)) return;
                }
            }
            swap.Opcode = NOP;
            (block[j], block[k]) = (block[k], block[j]);
        }
    }

    /// <summary>jump_thread: inst jumps straight to target's target with opcode, when on the same line and it
    /// changes something (bpo-45773).</summary>
    private static bool JumpThread(ref Instr inst, in Instr target, int opcode)
    {
        if (inst.Loc.Lineno == target.Loc.Lineno && inst.Target != target.Target)
        {
            inst.Target = target.Target;
            inst.Opcode = opcode;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The JUMP_IF_FALSE_OR_POP / JUMP_IF_TRUE_OR_POP cases of optimize_basic_block (written for the FALSE one):
    ///   x:JUMP_IF_FALSE_OR_POP y   y:JUMP_IF_FALSE_OR_POP z  -->  x:JUMP_IF_FALSE_OR_POP z
    ///   x:JUMP_IF_FALSE_OR_POP y   y:JUMP_IF_TRUE_OR_POP z   -->  x:POP_JUMP_IF_FALSE y+1
    /// (and likewise through POP_JUMP_IF_FALSE / POP_JUMP_IF_TRUE / JUMP). True when inst changed and must be
    /// looked at again.
    /// </summary>
    private static bool ThreadOrPopJump(ref Instr inst, in Instr target, int popJumpSame, int orPopSame, int popJumpOpposite,
        int orPopOpposite)
    {
        int op = target.Opcode;
        if (op == popJumpSame) return JumpThread(ref inst, target, popJumpSame);
        if (op == JUMP || op == orPopSame) return JumpThread(ref inst, target, orPopSame);
        if ((op == orPopOpposite || op == popJumpOpposite) && inst.Loc.Lineno == target.Loc.Lineno)
        {
            // A block's b_next cannot be itself, so this cannot loop.
            inst.Opcode = popJumpSame;
            inst.Target = inst.Target!.Next;
            return true;
        }
        return false;
    }

    private static readonly Instr Nop = new(NOP, 0, Location.NoLocation);

    /// <summary>optimize_basic_block: the 3.11 peephole rules of one block.</summary>
    public static void OptimizeBasicBlock(BasicBlock bb, List<object> consts)
    {
        var instrs = bb.Instrs;
        for (int i = 0; i < instrs.Count; i++)
        {
            ref var inst = ref instrs[i];
            int oparg = inst.Oparg;
            int nextop = i + 1 < instrs.Count ? instrs[i + 1].Opcode : 0;
            Instr target;
            if (Cfg.HasTarget(inst))
            {
                // Skip over empty basic blocks.
                while (inst.Target!.Instrs.Count == 0) inst.Target = inst.Target.Next!;
                target = inst.Target.Instrs[0];
            }
            else
            {
                target = Nop;
            }
            switch (inst.Opcode)
            {
                // Remove LOAD_CONST const; conditional jump
                case LOAD_CONST:
                    switch (nextop)
                    {
                        case POP_JUMP_IF_FALSE:
                        case POP_JUMP_IF_TRUE:
                        {
                            bool isTrue = IsTrue(GetConstValue(inst.Opcode, oparg, consts));
                            inst.Opcode = NOP;
                            bool jumpIfTrue = nextop == POP_JUMP_IF_TRUE;
                            if (isTrue == jumpIfTrue)
                            {
                                instrs[i + 1].Opcode = JUMP;
                                bb.NoFallthrough = true;
                            }
                            else
                            {
                                instrs[i + 1].Opcode = NOP;
                            }
                            break;
                        }
                        case JUMP_IF_FALSE_OR_POP:
                        case JUMP_IF_TRUE_OR_POP:
                        {
                            bool isTrue = IsTrue(GetConstValue(inst.Opcode, oparg, consts));
                            bool jumpIfTrue = nextop == JUMP_IF_TRUE_OR_POP;
                            if (isTrue == jumpIfTrue)
                            {
                                instrs[i + 1].Opcode = JUMP;
                                bb.NoFallthrough = true;
                            }
                            else
                            {
                                inst.Opcode = NOP;
                                instrs[i + 1].Opcode = NOP;
                            }
                            break;
                        }
                        case IS_OP:
                        {
                            var cnt = GetConstValue(inst.Opcode, oparg, consts);
                            int jumpOp = i + 2 < instrs.Count ? instrs[i + 2].Opcode : 0;
                            if (cnt is PyNone && (jumpOp == POP_JUMP_IF_FALSE || jumpOp == POP_JUMP_IF_TRUE))
                            {
                                // unsigned char nextarg: IS_OP's oparg is 0 (is) or 1 (is not).
                                int nextarg = instrs[i + 1].Oparg & 0xFF;
                                inst.Opcode = NOP;
                                instrs[i + 1].Opcode = NOP;
                                instrs[i + 2].Opcode = (nextarg ^ (jumpOp == POP_JUMP_IF_FALSE ? 1 : 0)) != 0
                                    ? POP_JUMP_IF_NOT_NONE : POP_JUMP_IF_NONE;
                            }
                            break;
                        }
                    }
                    break;

                // Fold tuples of constants. BUILD_TUPLE(1) UNPACK_SEQUENCE(1) vanish;
                // BUILD_TUPLE(n) UNPACK_SEQUENCE(n) -> SWAP(n) for n = 2, 3.
                case BUILD_TUPLE:
                    if (nextop == UNPACK_SEQUENCE && oparg == instrs[i + 1].Oparg)
                    {
                        switch (oparg)
                        {
                            case 1:
                                inst.Opcode = NOP;
                                instrs[i + 1].Opcode = NOP;
                                continue;
                            case 2:
                            case 3:
                                inst.Opcode = NOP;
                                instrs[i + 1].Opcode = SWAP;
                                continue;
                        }
                    }
                    if (i >= oparg) FoldTupleOnConstants(instrs, i - oparg, oparg, consts);
                    break;

                // Conditional jump to conditional jump whose outcome the first test decides ("a and b or c"...).
                case JUMP_IF_FALSE_OR_POP:
                    if (ThreadOrPopJump(ref inst, target, POP_JUMP_IF_FALSE, JUMP_IF_FALSE_OR_POP, POP_JUMP_IF_TRUE, JUMP_IF_TRUE_OR_POP))
                        i--;
                    break;
                case JUMP_IF_TRUE_OR_POP:
                    if (ThreadOrPopJump(ref inst, target, POP_JUMP_IF_TRUE, JUMP_IF_TRUE_OR_POP, POP_JUMP_IF_FALSE, JUMP_IF_FALSE_OR_POP))
                        i--;
                    break;
                case POP_JUMP_IF_NOT_NONE:
                case POP_JUMP_IF_NONE:
                case POP_JUMP_IF_FALSE:
                case POP_JUMP_IF_TRUE:
                case JUMP:
                    if (target.Opcode == JUMP && JumpThread(ref inst, target, inst.Opcode)) i--;
                    break;
                case FOR_ITER:
                    // Threading FOR_ITER through a JUMP is disabled in 3.11 (the JUMP may go backwards).
                    break;
                case SWAP:
                    if (oparg == 1)
                    {
                        inst.Opcode = NOP;
                        break;
                    }
                    Swaptimize(instrs, ref i);
                    ApplyStaticSwaps(instrs, i);
                    break;
                case PUSH_NULL:
                    // 3.11 tests `inst[1].i_opcode & 1` (the opcode, not the oparg): LOAD_GLOBAL is even, so a
                    // PUSH_NULL before any LOAD_GLOBAL folds into it.
                    if (nextop == LOAD_GLOBAL && (instrs[i + 1].Opcode & 1) == 0)
                    {
                        inst.Opcode = NOP;
                        inst.Oparg = 0;
                        instrs[i + 1].Oparg |= 1;
                    }
                    break;
            }
        }
    }
}
