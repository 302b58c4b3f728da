using Pyref.Compiler.Flowgraph;
using Pyref.Symtable;

namespace Pyref.Compiler;

/// <summary>Scope kinds of compile.c (COMPILER_SCOPE_*): decide qualnames and code flags.</summary>
public enum CompilerScope { Module, Class, Function, AsyncFunction, Lambda, Comprehension }

/// <summary>
/// The state of one code object being compiled (Python/compile.c 3.11 struct compiler_unit). Codegen fills it
/// (blocks of instructions, names, constants); the assembler (Assembler/) turns it into a CodeObject.
/// </summary>
public sealed class CompilerUnit
{
    public CompilerUnit(SymtableEntry ste, string name, CompilerScope scopeType, int firstLineNo)
    {
        Ste = ste; Name = name; ScopeType = scopeType; FirstLineNo = firstLineNo;
    }

    public SymtableEntry Ste { get; }                 // u_ste
    public string Name { get; }                       // u_name
    public string? QualName { get; set; }             // u_qualname
    public CompilerScope ScopeType { get; }           // u_scope_type
    /// <summary>u_consts: constants in first-use order; index = LOAD_CONST oparg before the assembler trims them.</summary>
    public ConstantPool Consts { get; } = new();
    public IndexedNames Names { get; } = new();       // u_names
    public IndexedNames VarNames { get; } = new();    // u_varnames
    public IndexedNames CellVars { get; } = new();    // u_cellvars
    public IndexedNames FreeVars { get; } = new();    // u_freevars
    public string? Private { get; set; }              // u_private (class name for mangling)
    public int ArgCount { get; set; }                 // u_argcount
    public int PosOnlyArgCount { get; set; }          // u_posonlyargcount
    public int KwOnlyArgCount { get; set; }           // u_kwonlyargcount
    public int FirstLineNo { get; set; }              // u_firstlineno

    /// <summary>u_blocks in allocation order; Blocks[0] is the entry block.</summary>
    public List<BasicBlock> Blocks { get; } = new();
    /// <summary>u_curblock: where codegen appends.</summary>
    public BasicBlock CurrentBlock { get; set; } = null!;

    /// <summary>compiler_new_block: a block that is not yet in layout order.</summary>
    public BasicBlock NewBlock()
    {
        var b = new BasicBlock(Blocks.Count);
        Blocks.Add(b);
        return b;
    }
}

/// <summary>
/// An insertion-ordered name -> index map (the dicts compile.c uses for u_names, u_varnames...). Most code objects
/// have a handful of names: those are found by a scan of the list, and the dictionary is only built past
/// <see cref="ScanLimit"/> names (four of these per code object made their dictionaries a tenth of codegen's
/// allocations).
/// </summary>
public sealed class IndexedNames
{
    private const int ScanLimit = 8;
    private Dictionary<string, int>? _index;
    // Made on the first name: most code objects leave some of their four tables empty.
    private List<string>? _names;
    public int Count => _names?.Count ?? 0;
    public IReadOnlyList<string> Items => (IReadOnlyList<string>?)_names ?? Array.Empty<string>();
    public string this[int i] => (_names ?? throw new ArgumentOutOfRangeException(nameof(i)))[i];
    public bool Contains(string name) => TryGetIndex(name, out _);

    public bool TryGetIndex(string name, out int index)
    {
        if (_index is not null) return _index.TryGetValue(name, out index);
        if (_names is null)
        {
            index = -1;
            return false;
        }
        for (int i = 0; i < _names.Count; i++)
        {
            if (string.Equals(_names[i], name, StringComparison.Ordinal))
            {
                index = i;
                return true;
            }
        }
        index = -1;
        return false;
    }

    /// <summary>compiler_add_o: the index of name, adding it at the end if new.</summary>
    public int Add(string name)
    {
        if (TryGetIndex(name, out var i)) return i;
        _names ??= new List<string>();
        i = _names.Count;
        _names.Add(name);
        if (_index is not null) _index[name] = i;
        else if (_names.Count > ScanLimit)
        {
            _index = new Dictionary<string, int>(2 * ScanLimit, StringComparer.Ordinal);
            for (int k = 0; k < _names.Count; k++) _index[_names[k]] = k;
        }
        return i;
    }
}
