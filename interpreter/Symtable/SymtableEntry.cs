using Pyref.Parser.Ast;

namespace Pyref.Symtable;

/// <summary>
/// One block's symbol table (Include/internal/pycore_symtable.h PySTEntryObject, 3.11). Field names follow the
/// ste_* fields; the compiler reads them exactly as Python/compile.c does.
/// </summary>
public sealed class SymtableEntry
{
    public SymtableEntry(string name, BlockType type, Node key, int lineno, int colOffset, int endLineno, int endColOffset)
    {
        Name = name; Type = type; Key = key;
        Lineno = lineno; ColOffset = colOffset; EndLineno = endLineno; EndColOffset = endColOffset;
    }

    /// <summary>ste_id: the AST node that opened the block (FunctionDef, Lambda, ClassDef, comprehension expr, Module...).</summary>
    public Node Key { get; }
    /// <summary>ste_name: "top", the function or class name, "lambda", "listcomp", "genexpr"...</summary>
    public string Name { get; }
    public BlockType Type { get; }
    /// <summary>ste_symbols: name (mangled) -> flags with the resolved scope in the high bits. Insertion-ordered.</summary>
    public Dictionary<string, SymbolFlags> Symbols { get; } = new();
    /// <summary>ste_varnames: parameter names in order, then (for comprehensions) the implicit ".0".</summary>
    public List<string> VarNames { get; } = new();
    /// <summary>ste_children: nested blocks in source order.</summary>
    public List<SymtableEntry> Children { get; } = new();
    /// <summary>ste_directives: (name, lineno, col, end_lineno, end_col) of global/nonlocal statements.</summary>
    public List<(string Name, int Lineno, int ColOffset, int EndLineno, int EndColOffset)> Directives { get; } = new();

    public bool Nested { get; set; }                  // ste_nested
    public bool Free { get; set; }                    // ste_free: the block has free variables
    public bool Generator { get; set; }               // ste_generator
    public bool Coroutine { get; set; }               // ste_coroutine
    public ComprehensionType Comprehension { get; set; } // ste_comprehension
    public bool VarArgs { get; set; }                 // ste_varargs
    public bool VarKeywords { get; set; }             // ste_varkeywords
    public bool ReturnsValue { get; set; }            // ste_returns_value
    public bool NeedsClassClosure { get; set; }       // ste_needs_class_closure
    public bool ChildFree { get; set; }               // ste_child_free
    public bool CompIterTarget { get; set; }          // ste_comp_iter_target
    public int CompIterExpr { get; set; }             // ste_comp_iter_expr
    public bool HasStarImport { get; set; }           // (module only) import * seen

    /// <summary>True for function-like blocks (3.11: FunctionBlock only), as compile.c's scope tests use it.</summary>
    public bool IsFunctionLike => Type == BlockType.Function;

    public int Lineno { get; }
    public int ColOffset { get; }
    public int EndLineno { get; }
    public int EndColOffset { get; }

    /// <summary>_PyST_GetSymbol: the flags of a name, 0 if absent.</summary>
    public SymbolFlags GetSymbol(string name) => Symbols.TryGetValue(name, out var f) ? f : SymbolFlags.None;

    /// <summary>_PyST_GetScope.</summary>
    public SymbolScope GetScope(string name) => GetSymbol(name).Scope();

    public override string ToString() => $"<symtable entry {Name}({Type}) line {Lineno}>";
}
