namespace Pyref.Symtable;

/// <summary>
/// Symbol flags of CPython 3.11 (Include/internal/pycore_symtable.h). The low bits say how a name is used in its
/// block (DEF_*), bits SCOPE_OFFSET.. hold the resolved scope (a <see cref="SymbolScope"/>), as
/// <c>(flags >> SCOPE_OFFSET) &amp; SCOPE_MASK</c> does in CPython.
/// </summary>
[Flags]
public enum SymbolFlags
{
    None = 0,
    DefGlobal = 1,          // DEF_GLOBAL: global stmt
    DefLocal = 2,           // DEF_LOCAL: assignment in code block
    DefParam = 2 << 1,      // DEF_PARAM: formal parameter
    DefNonlocal = 2 << 2,   // DEF_NONLOCAL: nonlocal stmt
    Use = 2 << 3,           // USE: name is used
    DefFree = 2 << 4,       // DEF_FREE: name used but not defined in nested block
    DefFreeClass = 2 << 5,  // DEF_FREE_CLASS: free variable from class's method
    DefImport = 2 << 6,     // DEF_IMPORT: assignment by import
    DefAnnot = 2 << 7,      // DEF_ANNOT: this name is annotated
    DefCompIter = 2 << 8,   // DEF_COMP_ITER: this name is a comprehension iteration variable
    DefBound = DefLocal | DefParam | DefImport,
}

/// <summary>Resolved scope of a name (pycore_symtable.h LOCAL .. CELL).</summary>
public enum SymbolScope
{
    Unresolved = 0,
    Local = 1,
    GlobalExplicit = 2,
    GlobalImplicit = 3,
    Free = 4,
    Cell = 5,
}

/// <summary>_Py_block_ty.</summary>
public enum BlockType
{
    Function,
    Class,
    Module,
    Annotation,
}

/// <summary>_Py_comprehension_ty (3.11).</summary>
public enum ComprehensionType
{
    NoComprehension = 0,
    ListComprehension = 1,
    DictComprehension = 2,
    SetComprehension = 3,
    GeneratorExpression = 4,
}

public static class SymbolFlagBits
{
    /// <summary>SCOPE_OFFSET and SCOPE_MASK of pycore_symtable.h.</summary>
    public const int ScopeOffset = 11, ScopeMask = 7;

    public static SymbolScope Scope(this SymbolFlags flags) => (SymbolScope)(((int)flags >> ScopeOffset) & ScopeMask);
}
