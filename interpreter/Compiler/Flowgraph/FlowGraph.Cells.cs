using Pyref.Bytecode;
using Pyref.Symtable;
using static Pyref.Bytecode.Op311;

namespace Pyref.Compiler.Flowgraph;

// The frame prefix and the cell/free slots: Python/compile.c 3.11 compute_code_flags, build_cellfixedoffsets,
// insert_prefix_instructions, fix_cell_offsets.
//
// Operand convention (as 3.11's codegen emits them): MAKE_CELL / LOAD_CLOSURE / LOAD_DEREF / STORE_DEREF /
// DELETE_DEREF / LOAD_CLASSDEREF take a cell index (0 .. CellVars.Count) or CellVars.Count + a free-variable
// index; fix_cell_offsets turns them into co_localsplusnames slots.
public static partial class FlowGraph
{
    /// <summary>PyCF_MASK: the CO_FUTURE_* bits a code object inherits from the compiler flags.</summary>
    public const int PyCFMask = (int)(CodeFlags.FutureDivision | CodeFlags.FutureAbsoluteImport
        | CodeFlags.FutureWithStatement | CodeFlags.FuturePrintFunction | CodeFlags.FutureUnicodeLiterals
        | CodeFlags.FutureBarryAsBdfl | CodeFlags.FutureGeneratorStop | CodeFlags.FutureAnnotations);

    /// <summary>PyCF_ALLOW_TOP_LEVEL_AWAIT (Include/cpython/compile.h).</summary>
    public const int PyCFAllowTopLevelAwait = 0x2000;

    /// <summary>compute_code_flags. compilerFlags is c_flags->cf_flags (CO_FUTURE_* bits, maybe PyCF_ALLOW_TOP_LEVEL_AWAIT).</summary>
    public static int ComputeCodeFlags(CompilerUnit unit, int compilerFlags)
    {
        var ste = unit.Ste;
        var flags = CodeFlags.None;
        if (ste.Type == BlockType.Function)
        {
            flags |= CodeFlags.NewLocals | CodeFlags.Optimized;
            if (ste.Nested) flags |= CodeFlags.Nested;
            if (ste.Generator && !ste.Coroutine) flags |= CodeFlags.Generator;
            if (!ste.Generator && ste.Coroutine) flags |= CodeFlags.Coroutine;
            if (ste.Generator && ste.Coroutine) flags |= CodeFlags.AsyncGenerator;
            if (ste.VarArgs) flags |= CodeFlags.VarArgs;
            if (ste.VarKeywords) flags |= CodeFlags.VarKeywords;
        }
        // (Only) inherit compilerflags in PyCF_MASK
        int result = (int)flags | (compilerFlags & PyCFMask);
        // IS_TOP_LEVEL_AWAIT(c)
        bool topLevelAwait = (compilerFlags & PyCFAllowTopLevelAwait) != 0 && ste.Type == BlockType.Module;
        if (topLevelAwait && ste.Coroutine && !ste.Generator) result |= (int)CodeFlags.Coroutine;
        return result;
    }

    /// <summary>build_cellfixedoffsets: cell/free index -> localsplus slot, a cell that is also an argument
    /// sharing the argument's slot.</summary>
    public static int[] BuildCellFixedOffsets(CompilerUnit unit)
    {
        int nlocals = unit.VarNames.Count;
        int ncellvars = unit.CellVars.Count;
        int nfreevars = unit.FreeVars.Count;
        var fixedOffsets = new int[ncellvars + nfreevars];
        for (int i = 0; i < fixedOffsets.Length; i++) fixedOffsets[i] = nlocals + i;
        for (int cellIndex = 0; cellIndex < ncellvars; cellIndex++)
            if (unit.VarNames.TryGetIndex(unit.CellVars[cellIndex], out var argOffset))
                fixedOffsets[cellIndex] = argOffset;
        return fixedOffsets;
    }

    /// <summary>
    /// insert_prefix_instructions: RETURN_GENERATOR + POP_TOP for generators and coroutines, MAKE_CELL per cell
    /// (in slot order), COPY_FREE_VARS when there are free variables, all before the entry block's RESUME.
    /// </summary>
    public static void InsertPrefixInstructions(CompilerUnit unit, BasicBlock entry, int[] fixedOffsets, int nfreevars,
        int codeFlags)
    {
        var instrs = entry.Instrs;
        if ((codeFlags & (int)(CodeFlags.Generator | CodeFlags.Coroutine | CodeFlags.AsyncGenerator)) != 0)
        {
            instrs.Insert(0, new Instr(RETURN_GENERATOR, 0, new Location(unit.FirstLineNo, unit.FirstLineNo, -1, -1)));
            instrs.Insert(1, new Instr(POP_TOP, 0, Location.NoLocation));
        }
        int ncellvars = unit.CellVars.Count;
        if (ncellvars > 0)
        {
            // The cells sorted by slot (argument cells come first).
            int nvars = ncellvars + unit.VarNames.Count;
            var sorted = new int[nvars];
            for (int i = 0; i < ncellvars; i++) sorted[fixedOffsets[i]] = i + 1;
            for (int i = 0, ncellsused = 0; ncellsused < ncellvars; i++)
            {
                int oldIndex = sorted[i] - 1;
                if (oldIndex == -1) continue;
                // The oparg is a cell index until fix_cell_offsets.
                instrs.Insert(ncellsused, new Instr(MAKE_CELL, oldIndex, Location.NoLocation));
                ncellsused++;
            }
        }
        if (nfreevars > 0)
            instrs.Insert(0, new Instr(COPY_FREE_VARS, nfreevars, Location.NoLocation));
    }

    /// <summary>fix_cell_offsets: rewrites cell/free opargs into localsplus slots; returns how many cells share an
    /// argument's slot (dropped from the frame size).</summary>
    public static int FixCellOffsets(CompilerUnit unit, BasicBlock entry, int[] fixedMap)
    {
        int nlocals = unit.VarNames.Count;
        int noffsets = unit.CellVars.Count + unit.FreeVars.Count;
        // First deal with duplicates (arg cells).
        int numDropped = 0;
        for (int i = 0; i < noffsets; i++)
        {
            if (fixedMap[i] == i + nlocals) fixedMap[i] -= numDropped;
            else numDropped++; // It was a duplicate (cell/arg).
        }
        // Then update offsets, either relative to locals or by cell2arg.
        for (var b = entry; b is not null; b = b.Next)
        {
            foreach (ref var inst in b.Instrs)
            {
                switch (inst.Opcode)
                {
                    case MAKE_CELL:
                    case LOAD_CLOSURE:
                    case LOAD_DEREF:
                    case STORE_DEREF:
                    case DELETE_DEREF:
                    case LOAD_CLASSDEREF:
                        if (inst.Oparg < 0 || inst.Oparg >= noffsets)
                            throw new InvalidOperationException($"SystemError: cell or free variable index {inst.Oparg} out of range ({noffsets} slots)");
                        inst.Oparg = fixedMap[inst.Oparg];
                        break;
                }
            }
        }
        return numDropped;
    }
}
