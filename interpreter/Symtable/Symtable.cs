using Pyref.Parser.Ast;

namespace Pyref.Symtable;

/// <summary>
/// The symbol table of a module (Python/symtable.c, _PySymtable_Build and its two passes: symtable_visit_* collects
/// DEF_* flags per block, analyze_block resolves each name to a <see cref="SymbolScope"/>).
/// SyntaxErrors raised here are <see cref="Pyref.Parser.PythonSyntaxError"/> with Stage "symtable".
/// </summary>
public sealed partial class Symtable
{
    public string Filename { get; }
    public FutureFeatures Future { get; }
    /// <summary>st_top: the module block.</summary>
    public SymtableEntry Top { get; private set; } = null!;
    /// <summary>st_blocks: every block, keyed by the AST node that opened it (reference identity).</summary>
    private readonly Dictionary<Node, SymtableEntry> _blocks = new(ReferenceEqualityComparer.Instance);

    private Symtable(string filename, FutureFeatures future)
    {
        Filename = filename;
        Future = future;
    }

    /// <summary>PySymtable_Lookup: the block a FunctionDef/AsyncFunctionDef/Lambda/ClassDef/comprehension opened.</summary>
    public SymtableEntry Lookup(Node key) =>
        _blocks.TryGetValue(key, out var entry) ? entry : throw new KeyNotFoundException($"no symbol table entry for {key.TypeName}");

    /// <summary>_PySymtable_Build(mod, filename, future). mod is a Module, Expression or Interactive.</summary>
    public static Symtable Build(ModNode mod, string filename, FutureFeatures future)
    {
        throw new NotImplementedException("symtable: being written (interpreter/Symtable)");
    }

    /// <summary>_Py_Mangle(privateobj, ident): private name mangling, as symtable.c and compile.c both use it.</summary>
    public static string Mangle(string? privateName, string name)
    {
        // Python/compile.c _Py_Mangle: only __names inside a class, not dunders, not dotted names.
        if (privateName is null || name.Length < 2 || name[0] != '_' || name[1] != '_') return name;
        if (name.EndsWith("__", StringComparison.Ordinal) || name.Contains('.')) return name;
        int i = 0;
        while (i < privateName.Length && privateName[i] == '_') i++;
        if (i == privateName.Length) return name; // class name is all underscores
        return "_" + privateName.Substring(i) + name;
    }
}
