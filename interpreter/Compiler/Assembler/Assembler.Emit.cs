using Pyref.Bytecode;
using Pyref.Compiler.Flowgraph;
using static Pyref.Bytecode.Op311;

namespace Pyref.Compiler.Assembler;

// Emitting bytes: Python/compile.c 3.11 normalize_jumps, assemble_jump_offsets, write_instr / assemble_emit,
// assemble_emit_location / write_location_info_entry, assemble_exception_table.
public static partial class Assembler
{
    /// <summary>normalize_jumps: pseudo jumps become the forward or backward opcode, by layout order.</summary>
    internal static void NormalizeJumps(BasicBlock entry)
    {
        for (var b = entry; b is not null; b = b.Next) b.Visited = false;
        for (var b = entry; b is not null; b = b.Next)
        {
            b.Visited = true;
            if (b.IsEmpty) continue;
            ref var last = ref b.Last;
            if (!Cfg.IsJump(last)) continue;
            bool isForward = !last.Target!.Visited;
            if (last.Opcode is JUMP_IF_TRUE_OR_POP or JUMP_IF_FALSE_OR_POP)
            {
                // The compiler never emits these jumping backwards (there is no backward form).
                if (!isForward)
                    throw new InvalidOperationException(
                        $"SystemError: unexpected {(last.Opcode == JUMP_IF_TRUE_OR_POP ? "JUMP_IF_TRUE_OR_POP" : "JUMP_IF_FALSE_OR_POP")} jumping backwards");
                continue;
            }
            if (RealJumps.TryGetValue(last.Opcode, out var real))
                last.Opcode = isForward ? real.Forward : real.Backward;
        }
    }

    // normalize_jumps: each pseudo jump's forward and backward opcode.
    private static readonly Dictionary<int, (int Forward, int Backward)> RealJumps = new()
    {
        [JUMP] = (JUMP_FORWARD, JUMP_BACKWARD),
        [JUMP_NO_INTERRUPT] = (JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT),
        [POP_JUMP_IF_NOT_NONE] = (POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE),
        [POP_JUMP_IF_NONE] = (POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE),
        [POP_JUMP_IF_FALSE] = (POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE),
        [POP_JUMP_IF_TRUE] = (POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE),
    };

    private static int BlockSize(BasicBlock b)
    {
        int size = 0;
        foreach (ref var instr in b.Instrs) size += Cfg.InstrSize(instr);
        return size;
    }

    /// <summary>
    /// assemble_jump_offsets: block offsets and relative jump opargs (in code units), repeated until no jump's
    /// EXTENDED_ARG count changes.
    /// </summary>
    internal static void AssembleJumpOffsets(CompilerUnit unit, BasicBlock entry)
    {
        bool extendedArgRecompile;
        do
        {
            int totalSize = 0;
            for (var b = entry; b is not null; b = b.Next)
            {
                b.Offset = totalSize;
                totalSize += BlockSize(b);
            }
            extendedArgRecompile = false;
            foreach (var b in FlowGraph.AllocationListOrder(unit))
            {
                int bsize = b.Offset;
                foreach (ref var instr in b.Instrs)
                {
                    // DEVIATION(CPython): a pseudo op can only be left in a block outside the layout (never emitted);
                    // instr_size would read _PyOpcode_Caches out of bounds for it, so it is skipped.
                    if (instr.Opcode < 0) continue;
                    int isize = Cfg.InstrSize(instr);
                    // Relative jumps count from the instruction after the jump.
                    bsize += isize;
                    if (!Cfg.IsJump(instr)) continue;
                    instr.Oparg = instr.Target!.Offset;
                    if (Cfg.IsRelativeJump(instr))
                    {
                        if (instr.Oparg < bsize) instr.Oparg = bsize - instr.Oparg;
                        else instr.Oparg -= bsize;
                    }
                    if (Cfg.InstrSize(instr) != isize) extendedArgRecompile = true;
                }
            }
        } while (extendedArgRecompile);
    }

    /// <summary>assemble_emit / write_instr: EXTENDED_ARG prefixes, the instruction, its CACHE entries.</summary>
    internal static byte[] EmitCode(BasicBlock entry)
    {
        // The size is known from the offsets assemble_jump_offsets left on the blocks.
        var last = entry;
        while (last.Next is not null) last = last.Next;
        var code = new byte[2 * (last.Offset + BlockSize(last))];
        int at = 0;
        for (var b = entry; b is not null; b = b.Next)
        {
            foreach (ref var instr in b.Instrs)
            {
                int size = Cfg.InstrSize(instr);
                int opcode = instr.Opcode;
                int oparg = Cfg.HasArg(opcode) ? instr.Oparg : 0;
                int caches = OpcodeTable.Py311.CacheEntries(opcode);
                int prefixes = size - caches - 1;
                for (int shift = 8 * prefixes; shift > 0; shift -= 8)
                {
                    code[at++] = Op311.EXTENDED_ARG;
                    code[at++] = (byte)((oparg >> shift) & 0xFF);
                }
                code[at++] = (byte)opcode;
                code[at++] = (byte)(oparg & 0xFF);
                // CACHE is opcode 0 with oparg 0: the array is already zeroed.
                at += 2 * caches;
            }
        }
        return code;
    }

    [ThreadStatic] private static List<byte>? _scratchBytes;

    /// <summary>The buffer the location and exception tables are written into (then copied out at their size), one per
    /// thread: a fresh list per table grew by doubling and was most of the assembler's allocation.</summary>
    private static List<byte> ScratchBytes()
    {
        var bytes = _scratchBytes ??= new List<byte>(1024);
        bytes.Clear();
        return bytes;
    }

    /// <summary>assemble_emit_location for every instruction (a_lineno starts at co_firstlineno).</summary>
    internal static byte[] EmitLocations(BasicBlock entry, int firstLineno)
    {
        var table = ScratchBytes();
        int previousLine = firstLineno;
        for (var b = entry; b is not null; b = b.Next)
            foreach (ref var instr in b.Instrs)
                WriteLocationInfo(table, ref previousLine, Cfg.InstrSize(instr), instr.Loc);
        return table.ToArray();
    }

    /// <summary>
    /// write_location_info_entry via LocationTable.Append (entries of at most 8 code units, most compact form).
    /// One case Append cannot express: a long-form entry whose end line is before its line (guarantee_lineno_for_exits
    /// sets only i_lineno, so an artificial RETURN_VALUE may carry end line 0 or -1). compile.c writes the negative
    /// difference as an unsigned varint; that is mirrored here.
    /// </summary>
    private static void WriteLocationInfo(List<byte> table, ref int previousLine, int codeUnits, Location loc)
    {
        bool noColumnForm = (loc.ColOffset < 0 || loc.EndColOffset < 0) && (loc.EndLineno == loc.Lineno || loc.EndLineno == -1);
        if (loc.Lineno < 0 || loc.EndLineno >= loc.Lineno || noColumnForm)
        {
            LocationTable.Append(table, ref previousLine, codeUnits, loc.Lineno, loc.EndLineno, loc.ColOffset, loc.EndColOffset);
            return;
        }
        const int LongForm = 14; // PY_CODE_LOCATION_INFO_LONG
        while (codeUnits > 0)
        {
            int length = Math.Min(codeUnits, 8);
            codeUnits -= length;
            table.Add((byte)(0x80 | (LongForm << 3) | (length - 1)));
            LocationTable.WriteSignedVarint(table, loc.Lineno - previousLine);
            WriteUnsignedVarint(table, unchecked((uint)(loc.EndLineno - loc.Lineno)));
            WriteUnsignedVarint(table, unchecked((uint)(loc.ColOffset + 1)));
            WriteUnsignedVarint(table, unchecked((uint)(loc.EndColOffset + 1)));
            previousLine = loc.Lineno;
        }
    }

    // write_varint of Objects/codeobject.c on an unsigned int.
    private static void WriteUnsignedVarint(List<byte> table, uint value)
    {
        while (value >= 64)
        {
            table.Add((byte)(64 | (value & 63)));
            value >>= 6;
        }
        table.Add((byte)value);
    }

    /// <summary>assemble_exception_table: one entry per run of instructions sharing a handler.</summary>
    internal static byte[] AssembleExceptionTable(BasicBlock entry)
    {
        // Most code objects handle no exception: their table is empty and nothing is allocated for it.
        List<ExceptionTableEntry>? entries = null;
        int ioffset = 0;
        BasicBlock? handler = null;
        int start = -1;
        for (var b = entry; b is not null; b = b.Next)
        {
            ioffset = b.Offset;
            foreach (ref var instr in b.Instrs)
            {
                if (instr.Except != handler)
                {
                    if (handler is not null) (entries ??= new()).Add(TableEntry(start, ioffset, handler));
                    start = ioffset;
                    handler = instr.Except;
                }
                ioffset += Cfg.InstrSize(instr);
            }
        }
        if (handler is not null) (entries ??= new()).Add(TableEntry(start, ioffset, handler));
        return entries is null ? Array.Empty<byte>() : ExceptionTableCodec.Encode(entries);
    }

    /// <summary>assemble_emit_exception_table_entry (offsets in code units; the codec takes bytes).</summary>
    private static ExceptionTableEntry TableEntry(int start, int end, BasicBlock handler)
    {
        int depth = handler.StartDepth - 1;
        if (handler.PreserveLasti) depth -= 1;
        if (depth < 0) throw new InvalidOperationException("SystemError: negative exception handler depth");
        return new ExceptionTableEntry(start * 2, end * 2, handler.Offset * 2, depth, handler.PreserveLasti);
    }
}
