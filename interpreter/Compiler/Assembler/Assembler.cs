using Pyref.Bytecode;
using Pyref.Compiler.Flowgraph;
using static Pyref.Bytecode.Op311;

namespace Pyref.Compiler.Assembler;

/// <summary>
/// From a compiled unit's control-flow graph to a code object: Python/compile.c 3.11 assemble() and what it calls
/// (CFG passes in Flowgraph/: normalize_basic_block, extend_block, insert_prefix_instructions, fix_cell_offsets,
/// optimize_cfg, duplicate_exits_without_lineno, trim_unused_consts, propagate_line_numbers, stackdepth,
/// label_exception_targets...; then normalize_jumps, assemble_jump_offsets, assemble_emit,
/// write_location_info_entry, assemble_exception_table and makecode, here).
/// 3.11 has no push_cold_blocks_to_end, mark_except_handlers or remove_unused_consts (3.12's flowgraph.c): handlers
/// stay where codegen put them and only trailing unused constants are dropped.
/// </summary>
public static partial class Assembler
{
    /// <summary>
    /// assemble(c, addNone). When addNone, a block that falls off the end gets LOAD_CONST None; RETURN_VALUE
    /// (RETURN_VALUE alone otherwise). codeFlagsFromFuture is c_flags->cf_flags: the CO_FUTURE_* bits in force
    /// (PyCF_MASK is applied here), plus PyCF_ALLOW_TOP_LEVEL_AWAIT (0x2000) if compiling with it.
    /// The unit is consumed: its blocks are rewritten in place.
    /// </summary>
    public static CodeObject Assemble(CompilerUnit unit, string filename, bool addNone, int codeFlagsFromFuture)
    {
        if (unit.Blocks.Count == 0) throw new InvalidOperationException("SystemError: compiler unit without blocks");
        AddImplicitReturn(unit, addNone);

        foreach (var b in FlowGraph.AllocationListOrder(unit)) FlowGraph.NormalizeBasicBlock(b);
        foreach (var b in FlowGraph.AllocationListOrder(unit)) FlowGraph.ExtendBlock(b);

        // The entry block is the first one allocated (the end of the b_list chain).
        var entry = unit.Blocks[0];
        int nlocals = unit.VarNames.Count;
        int ncellvars = unit.CellVars.Count;
        int nfreevars = unit.FreeVars.Count;
        int nlocalsplus = nlocals + ncellvars + nfreevars;
        var cellFixedOffsets = FlowGraph.BuildCellFixedOffsets(unit);

        // Set firstlineno if it wasn't explicitly set.
        if (unit.FirstLineNo == 0)
        {
            unit.FirstLineNo = entry.Instrs.Count > 0 && entry.Instrs[0].Loc.Lineno != 0
                ? entry.Instrs[0].Loc.Lineno
                : 1;
        }

        int flags = FlowGraph.ComputeCodeFlags(unit, codeFlagsFromFuture);
        // This must be called before fix_cell_offsets().
        FlowGraph.InsertPrefixInstructions(unit, entry, cellFixedOffsets, nfreevars, flags);
        int numDropped = FlowGraph.FixCellOffsets(unit, entry, cellFixedOffsets);
        nlocalsplus -= numDropped;

        var consts = new List<object>(unit.Consts.Items);
        FlowGraph.OptimizeCfg(unit, entry, consts);
        FlowGraph.DuplicateExitsWithoutLineno(unit);
        FlowGraph.TrimUnusedConsts(entry, consts);
        FlowGraph.PropagateLineNumbers(entry);
        FlowGraph.GuaranteeLinenoForExits(entry, unit.FirstLineNo);
        int maxDepth = FlowGraph.StackDepth(unit);

        FlowGraph.LabelExceptionTargets(entry);
        FlowGraph.ConvertExceptionHandlersToNops(entry);
        for (var b = entry; b is not null; b = b.Next) FlowGraph.CleanBasicBlock(b);

        // Order of basic blocks must have been determined by now
        NormalizeJumps(entry);
        // Can't modify the bytecode after computing jump offsets.
        AssembleJumpOffsets(unit, entry);

        var code = EmitCode(entry);
        var lineTable = EmitLocations(entry, unit.FirstLineNo);
        var exceptionTable = AssembleExceptionTable(entry);
        return MakeCode(unit, filename, flags, code, lineTable, exceptionTable, consts, maxDepth, nlocalsplus);
    }

    /// <summary>
    /// The head of assemble(): unless the current block already returns (b_return), append an artificial
    /// [LOAD_CONST None;] RETURN_VALUE, in a new block when the current one ends with a jump, return or raise
    /// (codegen's u_need_new_implicit_block, which is exactly that condition).
    /// </summary>
    private static void AddImplicitReturn(CompilerUnit unit, bool addNone)
    {
        var current = unit.CurrentBlock ?? unit.Blocks[^1];
        // b_return: compiler_addop_line marks a block when RETURN_VALUE is added to it.
        foreach (ref var instr in current.Instrs)
            if (instr.Opcode == RETURN_VALUE) return;
        if (!current.IsEmpty && Cfg.IsEndOfBasicBlock(current.Last))
        {
            var block = unit.NewBlock();
            current.Next = block;
            unit.CurrentBlock = current = block;
        }
        // UNSET_LOC(c): artificial instructions.
        if (addNone) current.Instrs.Add(new Instr(LOAD_CONST, unit.Consts.Add(PyNone.Value), Location.NoLocation));
        current.Instrs.Add(new Instr(RETURN_VALUE, 0, Location.NoLocation));
    }
}
