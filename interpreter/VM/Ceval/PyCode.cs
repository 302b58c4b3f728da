using Pyref.VM.Objects;

namespace Pyref.VM.Ceval;

/// <summary>
/// A code object prepared for execution (Include/cpython/code.h PyCodeObject). Built from the shared
/// Bytecode project's CodeObject by <see cref="CodeLoader"/>; constants become runtime objects and the
/// instruction stream is pre-decoded into one int per code unit: opcode | (oparg with its
/// EXTENDED_ARG prefixes folded in) &lt;&lt; 8. Unit indices stay those of co_code, so jump targets, the
/// exception table and the location table apply unchanged.
/// </summary>
public sealed class PyCode : PyObject
{
    // co_flags (Include/cpython/code.h)
    public const int CO_OPTIMIZED = 0x1, CO_NEWLOCALS = 0x2, CO_VARARGS = 0x4, CO_VARKEYWORDS = 0x8,
        CO_NESTED = 0x10, CO_GENERATOR = 0x20, CO_NOFREE = 0x40, CO_COROUTINE = 0x80,
        CO_ITERABLE_COROUTINE = 0x100, CO_ASYNC_GENERATOR = 0x200;
    // co_localspluskinds bits (Include/internal/pycore_code.h)
    public const byte CO_FAST_LOCAL = 0x20, CO_FAST_CELL = 0x40, CO_FAST_FREE = 0x80;

    public int ArgCount, PosOnlyArgCount, KwOnlyArgCount, StackSize, Flags, FirstLineNo;
    public byte[] Bytecode = Array.Empty<byte>();
    public int[] Instructions = Array.Empty<int>();
    public PyObject[] Consts = Array.Empty<PyObject>();
    public PyStr[] Names = Array.Empty<PyStr>();
    public string[] LocalsPlusNames = Array.Empty<string>();
    public PyStr[] LocalsPlusNameObjects = Array.Empty<PyStr>();
    public byte[] LocalsPlusKinds = Array.Empty<byte>();
    public string Filename = "", Name = "", QualName = "";
    public byte[] LineTable = Array.Empty<byte>(), ExceptionTable = Array.Empty<byte>();

    public int NLocalsPlus => LocalsPlusNames.Length;
    public int NLocals, NCells, NFrees;
    /// <summary>Indices (into localsplus) of argument cells: MAKE_CELL copies args into cells.</summary>
    public ExceptionTableEntry[] Handlers = Array.Empty<ExceptionTableEntry>();
    private (int Start, int End, int Line, int EndLine, int Col, int EndCol)[]? _locations;

    public PyCode() : base(Types.Code) { }

    /// <summary>
    /// Inline caches of the specialising instructions, indexed by the code unit after the instruction
    /// (its first CACHE unit, as in CPython 3.11 where the caches live in co_code itself). Allocated on
    /// the first run; see <see cref="InlineCache"/>.
    /// </summary>
    public InlineCache[]? Caches;

    public bool IsGenerator => (Flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR)) != 0;

    /// <summary>Finishes construction: decode instructions, exception table, counts.</summary>
    public void Prepare()
    {
        int n = Bytecode.Length / 2;
        Instructions = new int[n];
        int ext = 0;
        for (int i = 0; i < n; i++)
        {
            int op = Bytecode[2 * i], arg = Bytecode[2 * i + 1] | ext;
            Instructions[i] = op | (arg << 8);
            // EXTENDED_ARG (144) shifts its argument into the next instruction's oparg.
            ext = op == Opcodes.EXTENDED_ARG ? arg << 8 : 0;
            if (op != Opcodes.EXTENDED_ARG) ext = 0;
            i += Opcodes.CacheEntries(op);
        }
        LocalsPlusNameObjects = LocalsPlusNames.Select(PyStr.Intern).ToArray();
        NLocals = NCells = NFrees = 0;
        foreach (var k in LocalsPlusKinds)
        {
            if ((k & CO_FAST_LOCAL) != 0) NLocals++;
            if ((k & CO_FAST_CELL) != 0) NCells++;
            if ((k & CO_FAST_FREE) != 0) NFrees++;
        }
        Handlers = ExceptionTableEntry.Parse(ExceptionTable);
    }

    /// <summary>The line of an instruction (PyCode_Addr2Line), -1 when it has none.</summary>
    public int LineForInstruction(int unit)
    {
        var locs = Locations();
        foreach (var l in locs) if (unit >= l.Start && unit < l.End) return l.Line;
        return -1;
    }

    public (int Line, int EndLine, int Col, int EndCol) PositionsForInstruction(int unit)
    {
        foreach (var l in Locations())
            if (unit >= l.Start && unit < l.End) return (l.Line, l.EndLine, l.Col, l.EndCol);
        return (-1, -1, -1, -1);
    }

    /// <summary>Decodes the 3.11 location table (Objects/locations.md).</summary>
    public (int Start, int End, int Line, int EndLine, int Col, int EndCol)[] Locations()
    {
        if (_locations != null) return _locations;
        var list = new List<(int, int, int, int, int, int)>();
        var t = LineTable;
        int pos = 0, unit = 0, line = FirstLineNo;
        int ReadVarint()
        {
            int b = t[pos++];
            int val = b & 63, shift = 0;
            while ((b & 64) != 0) { b = t[pos++]; shift += 6; val |= (b & 63) << shift; }
            return val;
        }
        int ReadSVarint() { int v = ReadVarint(); return (v & 1) != 0 ? -(v >> 1) : v >> 1; }
        while (pos < t.Length)
        {
            int first = t[pos++];
            int code = (first >> 3) & 15;
            int length = (first & 7) + 1;
            int sl = -1, el = -1, sc = -1, ec = -1;
            if (code == 15) { }
            else if (code == 14)
            {
                line += ReadSVarint();
                sl = line; el = line + ReadVarint();
                sc = ReadVarint() - 1; ec = ReadVarint() - 1;
            }
            else if (code == 13)
            {
                line += ReadSVarint();
                sl = el = line;
            }
            else if (code >= 10)
            {
                line += code - 10;
                sl = el = line;
                sc = t[pos++]; ec = t[pos++];
            }
            else
            {
                int second = t[pos++];
                sl = el = line;
                sc = code * 8 + ((second >> 4) & 7);
                ec = sc + (second & 15);
            }
            list.Add((unit, unit + length, sl, el, sc, ec));
            unit += length;
        }
        return _locations = list.ToArray();
    }
}

/// <summary>One row of the 3.11 exception table (Objects/exception_handling_notes.txt).</summary>
public readonly record struct ExceptionTableEntry(int Start, int End, int Target, int Depth, bool PushLasti)
{
    public static ExceptionTableEntry[] Parse(byte[] table)
    {
        var list = new List<ExceptionTableEntry>();
        int pos = 0;
        int Read()
        {
            int b = table[pos++];
            int val = b & 63;
            while ((b & 64) != 0) { b = table[pos++]; val = (val << 6) | (b & 63); }
            return val;
        }
        while (pos < table.Length)
        {
            int start = Read(), length = Read(), target = Read(), dl = Read();
            list.Add(new ExceptionTableEntry(start, start + length, target, dl >> 1, (dl & 1) != 0));
        }
        return list.ToArray();
    }
}

/// <summary>
/// One instruction's inline cache (Include/internal/pycore_code.h _PyAttrCache, _PyLoadMethodCache,
/// _PyLoadGlobalCache). <see cref="Version"/> is the type version tag (attributes) or the globals dict's
/// key-set version (LOAD_GLOBAL from builtins); 0 means empty. <see cref="Index"/> is a dict entry
/// index hint; <see cref="Value"/> a cached descriptor or the dict the version belongs to.
/// DEVIATION(CPython): attribute caches keep a second entry (Version2/Index2/Value2) for a second type,
/// where 3.11 would deoptimize: a method inherited by a subclass sees both classes' instances.
/// </summary>
public struct InlineCache
{
    public uint Version;
    public int Index;
    public object? Value;
    public uint Version2;
    public int Index2;
    public object? Value2;

    /// <summary>Records an attribute specialization for a type, keeping the previous type's as the second entry.</summary>
    public void Fill(uint version, int index, object? value)
    {
        if (Version != 0 && Version != version) { Version2 = Version; Index2 = Index; Value2 = Value; }
        Version = version; Index = index; Value = value;
    }
}
