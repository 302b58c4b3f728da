using Pyref.Bytecode;
using Pyref.Compiler.Flowgraph;
using Pyref.Symtable;

namespace Pyref.Compiler.Tests.Flowgraph;

/// <summary>
/// Builds a compiler unit the way 3.11's codegen does (Python/compile.c compiler_addop_line, add_jump_to_block,
/// compiler_use_next_block, SET_LOC / UNSET_LOC), so tests can hand-write what codegen would emit for a snippet.
/// </summary>
internal sealed class CfgBuilder
{
    public CompilerUnit Unit { get; }
    public SymtableEntry Ste { get; }
    private Location _loc;
    private bool _needNewImplicitBlock;

    public CfgBuilder(string name, BlockType type, CompilerScope scope, int firstLineNo, string? qualName = null)
    {
        Ste = new SymtableEntry(name, type, null!, firstLineNo, 0, firstLineNo, 0);
        Unit = new CompilerUnit(Ste, name, scope, firstLineNo) { QualName = qualName ?? name };
        Unit.CurrentBlock = Unit.NewBlock();
        // compiler_enter_scope: u_lineno = lineno, col 0, end_lineno = lineno, end_col 0; a module's RESUME has line 0.
        _loc = new Location(firstLineNo, firstLineNo, 0, 0);
        if (scope == CompilerScope.Module) _loc = _loc with { Lineno = 0 };
        Op(Op311.RESUME, 0);
        if (scope == CompilerScope.Module) _loc = _loc with { Lineno = -1 };
    }

    /// <summary>SET_LOC(c, node)</summary>
    public CfgBuilder At(int line, int col, int endLine, int endCol)
    {
        _loc = new Location(line, endLine, col, endCol);
        return this;
    }

    /// <summary>SET_LOC for a node on one line.</summary>
    public CfgBuilder At(int line, int col, int endCol) => At(line, col, line, endCol);

    /// <summary>UNSET_LOC(c)</summary>
    public CfgBuilder Unset()
    {
        _loc = Location.NoLocation;
        return this;
    }

    public Location Loc => _loc;

    public BasicBlock NewBlock() => Unit.NewBlock();

    /// <summary>compiler_use_next_block</summary>
    public void Use(BasicBlock block)
    {
        Unit.CurrentBlock.Next = block;
        Unit.CurrentBlock = block;
        _needNewImplicitBlock = false;
    }

    private Instr Add(int opcode, int oparg, Location loc, BasicBlock? target)
    {
        if (_needNewImplicitBlock) Use(Unit.NewBlock());
        var instr = new Instr(opcode, oparg, loc, target);
        Unit.CurrentBlock.Instrs.Add(instr);
        if (Cfg.IsEndOfBasicBlock(instr)) _needNewImplicitBlock = true;
        return instr;
    }

    /// <summary>ADDOP / ADDOP_I at the current location.</summary>
    public CfgBuilder Op(int opcode, int oparg = 0)
    {
        Add(opcode, oparg, _loc, null);
        return this;
    }

    /// <summary>ADDOP_NOLINE / ADDOP_I_NOLINE: line -1, end line and columns 0.</summary>
    public CfgBuilder OpNoLine(int opcode, int oparg = 0)
    {
        Add(opcode, oparg, new Location(-1, 0, 0, 0), null);
        return this;
    }

    /// <summary>ADDOP_JUMP</summary>
    public CfgBuilder Jump(int opcode, BasicBlock target)
    {
        Add(opcode, 0, _loc, target);
        return this;
    }

    /// <summary>ADDOP_JUMP_NOLINE</summary>
    public CfgBuilder JumpNoLine(int opcode, BasicBlock target)
    {
        Add(opcode, 0, new Location(-1, 0, 0, 0), target);
        return this;
    }

    /// <summary>ADDOP_LOAD_CONST</summary>
    public CfgBuilder Const(object value) => Op(Op311.LOAD_CONST, Unit.Consts.Add(value));

    public int AddConst(object value) => Unit.Consts.Add(value);
    public int Name(string name) => Unit.Names.Add(name);
    public int Var(string name) => Unit.VarNames.Add(name);
}
