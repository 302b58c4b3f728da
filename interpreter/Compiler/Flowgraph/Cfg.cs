using Pyref.Bytecode;
using static Pyref.Bytecode.Op311;

namespace Pyref.Compiler.Flowgraph;

/// <summary>Instruction predicates of Python/compile.c 3.11 (is_jump, is_block_push, instr_size...).</summary>
public static class Cfg
{
    private static readonly OpcodeTable Table = OpcodeTable.Py311;

    /// <summary>IS_VIRTUAL_JUMP_OPCODE: the pseudo jumps normalize_jumps turns into forward/backward opcodes.</summary>
    public static bool IsVirtualJump(int opcode) =>
        opcode is JUMP or JUMP_NO_INTERRUPT or POP_JUMP_IF_NONE or POP_JUMP_IF_NOT_NONE or POP_JUMP_IF_FALSE
            or POP_JUMP_IF_TRUE;

    /// <summary>is_jump: a pseudo jump or a real opcode of _PyOpcode_Jump (hasjrel + hasjabs, SETUP_* excluded).</summary>
    public static bool IsJump(in Instr i) => (FlagsOf(i.Opcode) & JumpFlag) != 0;

    /// <summary>is_relative_jump: _PyOpcode_RelativeJump (real opcodes only).</summary>
    public static bool IsRelativeJump(in Instr i) => (FlagsOf(i.Opcode) & RelativeJumpFlag) != 0;

    /// <summary>is_block_push: SETUP_FINALLY, SETUP_WITH, SETUP_CLEANUP.</summary>
    public static bool IsBlockPush(in Instr i) => (FlagsOf(i.Opcode) & BlockPushFlag) != 0;

    /// <summary>is_jump or is_block_push: the instruction has a target block.</summary>
    public static bool HasTarget(in Instr i) => (FlagsOf(i.Opcode) & (JumpFlag | BlockPushFlag)) != 0;

    // The predicates above and instr_size ask them of every instruction in each of the assembler's passes: one
    // table lookup each instead of a chain of comparisons (the table is built from the same definitions, below).
    private const byte JumpFlag = 1, RelativeJumpFlag = 2, BlockPushFlag = 4, EndOfBlockFlag = 8;
    private static readonly byte[] Flags = BuildFlags();
    // 1 + the inline CACHE entries, per real opcode.
    private static readonly byte[] BaseSize = BuildBaseSize();

    private static byte FlagsOf(int opcode)
    {
        uint index = (uint)(opcode - MinOpcode);
        return index < (uint)Flags.Length ? Flags[index] : (byte)0;
    }

    private static byte[] BuildFlags()
    {
        var flags = new byte[256 - MinOpcode];
        for (int op = MinOpcode; op < 256; op++)
        {
            bool real = op is >= 0 and < 256;
            byte f = 0;
            if (IsVirtualJump(op) || (real && (Table.HasJumpRelative(op) || Table.HasJumpAbsolute(op)))) f |= JumpFlag;
            if (real && Table.HasJumpRelative(op)) f |= RelativeJumpFlag;
            if (op is SETUP_FINALLY or SETUP_WITH or SETUP_CLEANUP) f |= BlockPushFlag;
            if ((f & JumpFlag) != 0 || op is RETURN_VALUE or RAISE_VARARGS or RERAISE) f |= EndOfBlockFlag;
            flags[op - MinOpcode] = f;
        }
        return flags;
    }

    private static byte[] BuildBaseSize()
    {
        var sizes = new byte[256];
        for (int op = 0; op < 256; op++) sizes[op] = (byte)(1 + Table.CacheEntries(op));
        return sizes;
    }

    /// <summary>is_end_of_basic_block: after these, codegen starts a new (implicit) block.</summary>
    public static bool IsEndOfBasicBlock(in Instr i) => IsEndOfBasicBlock(i.Opcode);

    /// <summary>is_end_of_basic_block of an opcode (codegen asks it of every instruction it adds).</summary>
    public static bool IsEndOfBasicBlock(int opcode) => (FlagsOf(opcode) & EndOfBlockFlag) != 0;

    /// <summary>HAS_ARG: opcodes at or above HAVE_ARGUMENT carry an oparg.</summary>
    public static bool HasArg(int opcode) => opcode >= Table.HaveArgument;

    /// <summary>HAS_CONST (hasconst: LOAD_CONST and KW_NAMES in 3.11).</summary>
    public static bool HasConst(int opcode) => opcode is >= 0 and < 256 && Table.HasConst(opcode);

    /// <summary>instr_size: EXTENDED_ARG prefixes + the instruction + its inline CACHE entries, in code units.</summary>
    public static int InstrSize(in Instr i)
    {
        int opcode = i.Opcode;
        if ((uint)opcode > 255) throw new InvalidOperationException($"SystemError: pseudo instruction {opcode} reached the assembler");
        int size = BaseSize[opcode];
        int oparg = i.Oparg;
        if (oparg <= 0xFF || !HasArg(opcode)) return size;
        return size + (0xFFFFFF < oparg ? 1 : 0) + (0xFFFF < oparg ? 1 : 0) + 1;
    }

    // stack_effect per opcode, pseudo ones included (index opcode - MinOpcode), looked up once: the table's indexer
    // searches the pseudo instructions linearly.
    private const int MinOpcode = Op311.POP_JUMP_IF_NOT_NONE;
    private static readonly StackEffectFunction?[] Effects = BuildEffects();

    private static StackEffectFunction?[] BuildEffects()
    {
        var effects = new StackEffectFunction?[256 - MinOpcode];
        for (int op = MinOpcode; op < 256; op++)
            if (Table[op] is { IsSpecialized: false, StackEffect: { } effect }) effects[op - MinOpcode] = effect;
        return effects;
    }

    /// <summary>stack_effect(opcode, oparg, jump) of compile.c; SystemError text as stackdepth() raises it.</summary>
    public static int StackEffect(in Instr i, int jump)
    {
        int index = i.Opcode - MinOpcode;
        var effect = index is >= 0 and < 256 - MinOpcode ? Effects[index] : null;
        if (effect is null)
            throw new InvalidOperationException($"SystemError: compiler stack_effect(opcode={i.Opcode}, arg={i.Oparg}) failed");
        return effect(i.Oparg, jump);
    }

    /// <summary>COPY_INSTR_LOC(old, new).</summary>
    public static void CopyLocation(in Instr from, ref Instr to) => to.Loc = from.Loc;
}
