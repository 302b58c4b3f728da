using Pyref.Parser;
using Pyref.Parser.Ast;

namespace Pyref.Symtable;

/// <summary>
/// The symbol table of a module (Python/symtable.c of 3.11, _PySymtable_Build and its two passes: the
/// symtable_visit_* methods (Symtable.Visit.cs) collect DEF_* flags per block, analyze_block (Symtable.Analyze.cs)
/// resolves each name to a <see cref="SymbolScope"/>).
/// SyntaxErrors raised here are <see cref="PythonSyntaxError"/> with Stage "symtable".
/// <para>Block keys (what <see cref="Lookup"/> takes), as symtable.c uses them: the module node; the
/// FunctionDef/AsyncFunctionDef/ClassDef statement; the Lambda, ListComp, SetComp, DictComp or GeneratorExp
/// expression. Annotation blocks exist only under <c>from __future__ import annotations</c>; they are never children
/// of any block and the compiler never looks them up (it turns annotations into strings). Their keys are what
/// symtable.c passes: the FunctionDef/AsyncFunctionDef for the argument annotations (so the function's own block,
/// entered right after, replaces it under that key, as PyDict_SetItem does in st_blocks), and the annotation
/// expression itself for a return annotation and for an AnnAssign annotation.</para>
/// </summary>
public sealed partial class Symtable
{
    public string Filename { get; }
    public FutureFeatures Future { get; }
    /// <summary>st_top: the module block.</summary>
    public SymtableEntry Top { get; private set; } = null!;
    /// <summary>st_blocks: every block, keyed by the AST node that opened it (reference identity).</summary>
    private readonly Dictionary<Node, SymtableEntry> _blocks = new(ReferenceEqualityComparer.Instance);

    /// <summary>st_cur, st_stack, st_global (the module's symbols), st_private (the enclosing class name).</summary>
    private SymtableEntry _cur = null!;
    private readonly List<SymtableEntry> _stack = new();
    private Dictionary<string, SymbolFlags> _global = null!;
    private string? _private;
    private int _recursionDepth, _recursionLimit;

    /// <summary>Python/symtable.c COMPILER_STACK_FRAME_SCALE (3.11).</summary>
    private const int CompilerStackFrameScale = 3;

    /// <summary>
    /// How many Python frames CPython's compile() runs under (sys.getrecursionlimit() - remaining) when the symtable
    /// starts; 3.11 starts its counter at that depth times COMPILER_STACK_FRAME_SCALE and stops at the recursion
    /// limit (1000) times that scale. DEVIATION(CPython): the real depth depends on the caller of compile(), which
    /// a reference compiler cannot know; 2 is a module-level compile() call (as PythonParser.CallerPythonDepth).
    /// </summary>
    public static int CallerPythonDepth { get; set; } = 2;
    public static int RecursionLimit { get; set; } = 1000;

    private Symtable(string filename, FutureFeatures future)
    {
        Filename = filename;
        Future = future;
    }

    /// <summary>PySymtable_Lookup: the block a FunctionDef/AsyncFunctionDef/Lambda/ClassDef/comprehension opened.</summary>
    public SymtableEntry Lookup(Node key) =>
        _blocks.TryGetValue(key, out var entry) ? entry : throw new KeyNotFoundException($"no symbol table entry for {key.TypeName}");

    /// <summary>Lookup that returns null for an unknown key.</summary>
    public SymtableEntry? TryLookup(Node key) => _blocks.GetValueOrDefault(key);

    /// <summary>_PySymtable_Build(mod, filename, future). mod is a Module, Expression or Interactive.</summary>
    public static Symtable Build(ModNode mod, string filename, FutureFeatures future)
    {
        var st = new Symtable(filename, future);
        int starting = CallerPythonDepth * CompilerStackFrameScale;
        st._recursionDepth = starting;
        st._recursionLimit = RecursionLimit * CompilerStackFrameScale;

        // Python/symtable.c _PySymtable_Build: the first pass.
        st.EnterBlock("top", BlockType.Module, mod, 0, 0, 0, 0);
        st.Top = st._cur;
        switch (mod)
        {
            case Module m:
                foreach (var s in m.Body) st.VisitStmt(s);
                break;
            case Expression e:
                st.VisitExpr(e.Body);
                break;
            case Interactive i:
                foreach (var s in i.Body) st.VisitStmt(s);
                break;
            default:
                throw new InvalidOperationException("this compiler does not handle FunctionTypes");
        }
        st.ExitBlock();
        if (st._recursionDepth != starting)
            throw new InvalidOperationException($"symtable analysis recursion depth mismatch (before={starting}, after={st._recursionDepth})");
        // The second pass.
        st.Analyze();
        return st;
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

    // ---- errors -------------------------------------------------------------------------------------------

    /// <summary>PyErr_RangedSyntaxLocationObject(filename, lineno, col + 1, end_lineno, end_col + 1): the offsets are
    /// the AST's UTF-8 byte offsets plus one, not converted to characters, and the text is read back from the file
    /// named by filename when one exists (None for "&lt;string&gt;"), as _PyErr_ProgramDecodedTextObject does.</summary>
    internal static PythonSyntaxError RangedError(string filename, string msg, int lineno, int col, int endLineno, int endCol,
        string stage = "symtable") =>
        new("SyntaxError", msg, filename, lineno, col + 1, endLineno, endCol + 1, ProgramText(filename, lineno), stage);

    private PythonSyntaxError Error(string msg, int lineno, int col, int endLineno, int endCol) =>
        RangedError(Filename, msg, lineno, col, endLineno, endCol);

    /// <summary>Python/errors.c err_programtext: line lineno of the file, or null when there is no such file.
    /// DEVIATION(CPython): the line is decoded as UTF-8 (CPython honours a coding cookie).</summary>
    internal static string? ProgramText(string filename, int lineno)
    {
        if (lineno < 1 || string.IsNullOrEmpty(filename) || filename[0] == '<') return null;
        try
        {
            if (!File.Exists(filename)) return null;
            using var reader = new StreamReader(filename, new System.Text.UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
            // err_programtext reads with fgets-like line splitting on \n and keeps the newline.
            int n = 1;
            var sb = new System.Text.StringBuilder();
            int ch;
            while ((ch = reader.Read()) >= 0)
            {
                if (n == lineno) sb.Append((char)ch);
                if (ch == '\n')
                {
                    if (n == lineno) return sb.ToString();
                    n++;
                }
            }
            return n == lineno && sb.Length > 0 ? sb.ToString() : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }
}
