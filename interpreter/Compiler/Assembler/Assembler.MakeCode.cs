using Pyref.Bytecode;

namespace Pyref.Compiler.Assembler;

// Python/compile.c 3.11 compute_localsplus_info and makecode.
public static partial class Assembler
{
    /// <summary>
    /// compute_localsplus_info: co_localsplusnames / co_localspluskinds. Locals (arguments first) keep their
    /// index, marked CELL too when captured; other cells follow the locals; free variables come last.
    /// </summary>
    internal static (string[] Names, byte[] Kinds) ComputeLocalsPlusInfo(CompilerUnit unit, int nlocalsplus)
    {
        var names = new string[nlocalsplus];
        var kinds = new byte[nlocalsplus];
        void Set(int offset, string name, LocalKind kind)
        {
            if (offset < 0 || offset >= nlocalsplus)
                throw new InvalidOperationException($"SystemError: localsplus offset {offset} out of range for '{name}'");
            names[offset] = name;
            kinds[offset] = (byte)kind;
        }

        var varNames = unit.VarNames;
        var cellVars = unit.CellVars;
        for (int offset = 0; offset < varNames.Count; offset++)
        {
            var kind = LocalKind.Local; // For now we do not distinguish arg kinds.
            if (cellVars.Contains(varNames[offset])) kind |= LocalKind.Cell;
            Set(offset, varNames[offset], kind);
        }
        int nlocals = varNames.Count;
        // This counter mirrors the fix done in fix_cell_offsets().
        int numDropped = 0;
        for (int i = 0; i < cellVars.Count; i++)
        {
            if (varNames.Contains(cellVars[i]))
            {
                // Skip cells that are already covered by locals.
                numDropped++;
                continue;
            }
            Set(i + nlocals - numDropped, cellVars[i], LocalKind.Cell);
        }
        // u_freevars' values start after the cells.
        for (int i = 0; i < unit.FreeVars.Count; i++)
            Set(cellVars.Count + i + nlocals - numDropped, unit.FreeVars[i], LocalKind.Free);
        return (names, kinds);
    }

    /// <summary>makecode: the code object (co_argcount counts positional-only and positional-or-keyword args).</summary>
    private static CodeObject MakeCode(CompilerUnit unit, string filename, int flags, byte[] code, byte[] lineTable,
        byte[] exceptionTable, List<object> consts, int maxDepth, int nlocalsplus)
    {
        var (localsPlusNames, localsPlusKinds) = ComputeLocalsPlusInfo(unit, nlocalsplus);
        return new CodeObject
        {
            ArgCount = unit.PosOnlyArgCount + unit.ArgCount,
            PosOnlyArgCount = unit.PosOnlyArgCount,
            KwOnlyArgCount = unit.KwOnlyArgCount,
            StackSize = maxDepth,
            Flags = flags,
            Code = code,
            Consts = consts.ToArray(),
            Names = unit.Names.Items.ToArray(),
            LocalsPlusNames = localsPlusNames,
            LocalsPlusKinds = localsPlusKinds,
            Filename = filename,
            Name = unit.Name,
            QualName = unit.QualName ?? unit.Name,
            FirstLineNo = unit.FirstLineNo,
            LineTable = lineTable,
            ExceptionTable = exceptionTable,
        };
    }
}
