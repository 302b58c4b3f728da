using Pyref.Bytecode;

namespace Pyref.Compiler.Assembler;

/// <summary>
/// From a compiled unit's control-flow graph to a code object: Python/compile.c 3.11 assemble() and what it calls
/// (CFG passes in Flowgraph/: mark_except_handlers, label_exception_targets, optimize_cfg, remove_unused_consts,
/// duplicate_exits_without_lineno, propagate_line_numbers, push_cold_blocks_to_end, stackdepth...; then
/// assemble_jump_offsets, assemble_exception_table, assemble_line_range / write_location_info_entry, makecode).
/// </summary>
public static class Assembler
{
    /// <summary>
    /// assemble(c, addNone). When addNone, a block that falls off the end gets LOAD_CONST None; RETURN_VALUE.
    /// codeFlagsFromFuture is c_flags->cf_flags &amp; PyCF_MASK (the CO_FUTURE_* bits in force).
    /// </summary>
    public static CodeObject Assemble(CompilerUnit unit, string filename, bool addNone, int codeFlagsFromFuture)
    {
        throw new NotImplementedException("assembler: being written (interpreter/Compiler/Assembler)");
    }
}
