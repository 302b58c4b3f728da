using System.Runtime.CompilerServices;

namespace Pyref.Bytecode;

/// <summary>
/// A 3.11 code object: the fields marshal stores (Python/marshal.c w_object TYPE_CODE, in that order) plus the
/// attributes CPython derives from them (Objects/codeobject.c). Immutable once built; the VM may cache per-code data
/// in <see cref="VmCache"/>.
/// </summary>
public sealed class CodeObject
{
    public required int ArgCount { get; init; }            // co_argcount
    public required int PosOnlyArgCount { get; init; }     // co_posonlyargcount
    public required int KwOnlyArgCount { get; init; }      // co_kwonlyargcount
    public required int StackSize { get; init; }           // co_stacksize
    public required int Flags { get; init; }               // co_flags (CodeFlags)
    /// <summary>co_code: the bytecode, 2 bytes per code unit (opcode, oparg), CACHE entries included.</summary>
    public required byte[] Code { get; init; }
    /// <summary>co_consts, see Constants.cs for the representation of each Python type.</summary>
    public required object[] Consts { get; init; }
    public required string[] Names { get; init; }          // co_names
    /// <summary>co_localsplusnames: locals (args first), then cells that are not args, then free variables.</summary>
    public required string[] LocalsPlusNames { get; init; }
    /// <summary>co_localspluskinds: one <see cref="LocalKind"/> byte per entry of LocalsPlusNames.</summary>
    public required byte[] LocalsPlusKinds { get; init; }
    public required string Filename { get; init; }         // co_filename
    public required string Name { get; init; }             // co_name
    public required string QualName { get; init; }         // co_qualname
    public required int FirstLineNo { get; init; }         // co_firstlineno
    public required byte[] LineTable { get; init; }        // co_linetable (Objects/locations.md format)
    public required byte[] ExceptionTable { get; init; }   // co_exceptiontable (Objects/exception_handling_notes.txt)

    public CodeFlags CodeFlags => (CodeFlags)Flags;

    /// <summary>co_code as native code units: low byte opcode, high byte oparg (little-endian _Py_CODEUNIT).</summary>
    public ushort[] CodeUnits => _codeUnits ??= BuildCodeUnits();
    private ushort[]? _codeUnits;

    private ushort[] BuildCodeUnits()
    {
        var units = new ushort[Code.Length / 2];
        for (int i = 0; i < units.Length; i++)
            units[i] = (ushort)(Code[2 * i] | (Code[2 * i + 1] << 8));
        return units;
    }

    // -------- derived attributes, as Objects/codeobject.c get_localsplus_counts / get_localsplus_names --------

    /// <summary>co_varnames: names whose kind has CO_FAST_LOCAL.</summary>
    public string[] VarNames => _varNames ??= NamesOfKind(LocalKind.Local);
    /// <summary>co_cellvars: names whose kind has CO_FAST_CELL (includes arguments that are cells).</summary>
    public string[] CellVars => _cellVars ??= NamesOfKind(LocalKind.Cell);
    /// <summary>co_freevars: names whose kind has CO_FAST_FREE.</summary>
    public string[] FreeVars => _freeVars ??= NamesOfKind(LocalKind.Free);
    /// <summary>co_nlocals: the number of CO_FAST_LOCAL names.</summary>
    public int NLocals => VarNames.Length;
    /// <summary>co_nlocalsplus: the frame's fast-locals size.</summary>
    public int NLocalsPlus => LocalsPlusNames.Length;
    /// <summary>Count of cell variables that are not arguments (frame slots after the locals).</summary>
    public int NCellVars => CellVars.Length;
    public int NFreeVars => FreeVars.Length;
    private string[]? _varNames, _cellVars, _freeVars;

    private string[] NamesOfKind(LocalKind kind)
    {
        var result = new List<string>();
        for (int i = 0; i < LocalsPlusNames.Length; i++)
            if ((LocalsPlusKinds[i] & (byte)kind) != 0)
                result.Add(LocalsPlusNames[i]);
        return result.ToArray();
    }

    /// <summary>code._varname_from_oparg: the fast-locals slot name (LOAD_FAST, LOAD_DEREF, MAKE_CELL...).</summary>
    public string VarNameFromOparg(int oparg) => LocalsPlusNames[oparg];

    /// <summary>A stable pseudo address for repr() (`&lt;code object f at 0x...&gt;`); harness output normalizes it.</summary>
    public long Address => _address != 0 ? _address : (_address = 0x7f0000000000L + 0x10L * RuntimeHelpers.GetHashCode(this));
    private long _address;

    /// <summary>Free slot for the VM to hang per-code data on (quickened code, function cache...).</summary>
    public object? VmCache { get; set; }

    // -------- decoders --------

    /// <summary>co_positions(): one (line, endLine, column, endColumn) per code unit, -1 meaning None.</summary>
    public IReadOnlyList<SourcePosition> Positions() => LocationTable.Positions(this);

    /// <summary>co_lines(): (start, end, line) address ranges, line -1 meaning None.</summary>
    public IReadOnlyList<LineRange> Lines() => LocationTable.Lines(this);

    /// <summary>dis.findlinestarts: (offset, line) where a new line starts.</summary>
    public IEnumerable<(int Offset, int Line)> LineStarts() => LocationTable.LineStarts(this);

    /// <summary>The line of the instruction at a byte offset (PyCode_Addr2Line), -1 if none.</summary>
    public int Addr2Line(int byteOffset)
    {
        if (byteOffset < 0) return FirstLineNo;
        var entries = LocationEntries;
        // Entries are contiguous and sorted by Start: binary search for the one holding the offset.
        int lo = 0, hi = entries.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >> 1;
            if (byteOffset < entries[mid].Start) hi = mid - 1;
            else if (byteOffset >= entries[mid].End) lo = mid + 1;
            else return entries[mid].Line;
        }
        return -1;
    }

    /// <summary>The decoded location table (cached).</summary>
    public IReadOnlyList<LocationTable.Entry> LocationEntries => _locationEntries ??= LocationTable.Decode(LineTable, FirstLineNo);
    private List<LocationTable.Entry>? _locationEntries;

    /// <summary>
    /// The handler for an exception raised by the instruction at byteOffset (Python/ceval.c get_exception_handler:
    /// the innermost entry, i.e. the first entry whose range holds the offset), or null when it propagates.
    /// </summary>
    public ExceptionTableEntry? FindExceptionHandler(int byteOffset)
    {
        foreach (var e in ExceptionEntries())
            if (byteOffset >= e.Start && byteOffset < e.End) return e;
        return null;
    }

    /// <summary>dis._parse_exception_table(code).</summary>
    public IReadOnlyList<ExceptionTableEntry> ExceptionEntries() => _exceptionEntries ??= Bytecode.ExceptionTableCodec.Parse(ExceptionTable);
    private IReadOnlyList<ExceptionTableEntry>? _exceptionEntries;

    /// <summary>Instructions with EXTENDED_ARG folded in and caches skipped, as dis._unpack_opargs.</summary>
    public IEnumerable<RawInstruction> Instructions(OpcodeTable? table = null) =>
        InstructionDecoder.Decode(Code, table ?? OpcodeTable.Py311);

    public override string ToString() => PyRepr.Repr(this);
}
