using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Pyref.Bytecode;
using Pyref.Compiler.Flowgraph;
using Pyref.Symtable;
using static Pyref.Bytecode.Op311;
using Asm = Pyref.Compiler.Assembler.Assembler;

namespace Pyref.Compiler.Tests.Flowgraph;

/// <summary>Invariants of the CFG passes and the assembler on random input.</summary>
public class PropertyTests
{
    // The stack permutation a run of SWAPs performs (item 0 = TOS).
    private static int[] Permutation(IEnumerable<Instr> instrs, int depth)
    {
        var stack = Enumerable.Range(0, depth).ToArray();
        foreach (var i in instrs)
            if (i.Opcode == SWAP)
                (stack[0], stack[i.Oparg - 1]) = (stack[i.Oparg - 1], stack[0]);
        return stack;
    }

    private static Arbitrary<int[]> SwapRuns() =>
        Gen.Choose(0, 7).ArrayOf().Where(a => a.Length > 0).ToArbitrary();

    /// <summary>swaptimize: a run of SWAPs and NOPs is replaced by one with the same effect, never longer.</summary>
    [Property(MaxTest = 500)]
    public Property Swaptimize_keeps_the_permutation_and_does_not_grow() =>
        Prop.ForAll(SwapRuns(), run =>
        {
            // 0 stands for a NOP, k for SWAP(k + 1); the run starts with a SWAP, as optimize_basic_block sees it.
            var instrs = run.Select(k => k == 0 ? new Instr(NOP, 0, new Location(1, 1, 0, 1)) : new Instr(SWAP, k + 1, new Location(1, 1, 0, 1))).ToList();
            instrs.Insert(0, new Instr(SWAP, 2, new Location(1, 1, 0, 1)));
            var before = Permutation(instrs, 9);
            int swapsBefore = instrs.Count(i => i.Opcode == SWAP);
            var block = new BasicBlock(0);
            block.Instrs.AddRange(instrs);
            block.Instrs.Add(new Instr(RETURN_VALUE, 0, new Location(1, 1, 0, 1)));
            FlowGraph.OptimizeBasicBlock(block, new List<object>());
            var after = block.Instrs.ToArray().Take(instrs.Count).ToList();
            return before.SequenceEqual(Permutation(after, 9))
                   && after.Count(i => i.Opcode == SWAP) <= swapsBefore
                   && block.Instrs[^1].Opcode == RETURN_VALUE;
        });

    private static Arbitrary<(int Size, int Target)[]> Layouts() =>
        Gen.Choose(0, 700).Zip(Gen.Choose(0, 5)).Select(t => (t.Item1, t.Item2)).ArrayOf()
            .Where(a => a.Length is > 0 and <= 6).ToArbitrary();

    /// <summary>
    /// assemble_jump_offsets + write_instr: every jump in the emitted code (EXTENDED_ARG prefixes folded) lands on
    /// the first instruction of its target block, forward or backward, whatever the block sizes.
    /// </summary>
    [Property(MaxTest = 60)]
    public Property Jump_opargs_reach_their_target_blocks() =>
        Prop.ForAll(Layouts(), layout =>
        {
            var ste = new SymtableEntry("f", BlockType.Function, null!, 1, 0, 1, 0);
            var unit = new CompilerUnit(ste, "f", CompilerScope.Function, 1);
            unit.VarNames.Add("a");
            unit.Consts.Add(PyNone.Value);
            var loc = new Location(1, 1, 0, 1);
            var blocks = layout.Select(_ => unit.NewBlock()).ToList();
            unit.CurrentBlock = blocks[^1];
            for (int b = 0; b < blocks.Count; b++)
            {
                if (b > 0) blocks[b - 1].Next = blocks[b];
                var instrs = blocks[b].Instrs;
                if (b == 0) instrs.Add(new Instr(RESUME, 0, loc));
                for (int k = 0; k < layout[b].Size; k++)
                {
                    instrs.Add(new Instr(LOAD_FAST, 0, loc));
                    instrs.Add(new Instr(POP_TOP, 0, loc));
                }
                instrs.Add(new Instr(LOAD_FAST, 0, loc));
                instrs.Add(new Instr(POP_JUMP_IF_TRUE, 0, loc, blocks[layout[b].Target % blocks.Count]));
            }
            var code = Asm.Assemble(unit, "t.py", addNone: true, 0);
            var starts = new HashSet<int>();
            for (var b = unit.Blocks[0]; b is not null; b = b.Next)
                if (b.Instrs.Count > 0) starts.Add(b.Offset * 2);
            foreach (var i in code.Instructions())
            {
                if (!OpcodeTable.Py311.HasJumpRelative(i.Opcode)) continue;
                int next = i.Offset + 2 * (1 + OpcodeTable.Py311.CacheEntries(i.Opcode));
                int target = OpcodeTable.Py311.IsBackwardJump(i.Opcode) ? next - 2 * i.Arg : next + 2 * i.Arg;
                if (!starts.Contains(target)) return false;
            }
            return true;
        });
}
