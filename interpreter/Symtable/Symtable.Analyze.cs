namespace Pyref.Symtable;

// The second pass of Python/symtable.c (3.11): symtable_analyze, analyze_block, analyze_child_block,
// analyze_name, analyze_cells, drop_class_free, update_symbols. Sets of names are HashSet<string>; the scopes
// of a block are collected in a separate dictionary before update_symbols folds them into ste_symbols.
// (3.11 inlines no comprehension: that is 3.12.)
public sealed partial class Symtable
{
    // Python/symtable.c symtable_analyze.
    private void Analyze()
    {
        var free = new HashSet<string>();
        var global = new HashSet<string>();
        AnalyzeBlock(Top, null, free, global);
    }

    // Python/symtable.c error_at_directive: the location of the global/nonlocal statement that named it.
    private Pyref.Parser.PythonSyntaxError ErrorAtDirective(SymtableEntry ste, string name, string msg)
    {
        foreach (var d in ste.Directives)
            if (d.Name == name)
                return Error(msg, d.Lineno, d.ColOffset, d.EndLineno, d.EndColOffset);
        throw new InvalidOperationException("BUG: internal directive bookkeeping broken");
    }

    // Python/symtable.c analyze_name: decide the scope of one name from its flags.
    private void AnalyzeName(SymtableEntry ste, Dictionary<string, SymbolScope> scopes, string name, SymbolFlags flags,
        HashSet<string>? bound, HashSet<string> local, HashSet<string> free, HashSet<string> global)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
                throw ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global");
            scopes[name] = SymbolScope.GlobalExplicit;
            global.Add(name);
            bound?.Remove(name);
            return;
        }
        if ((flags & SymbolFlags.DefNonlocal) != 0)
        {
            if (bound is null)
                throw ErrorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            if (!bound.Contains(name))
                throw ErrorAtDirective(ste, name, $"no binding for nonlocal '{name}' found");
            scopes[name] = SymbolScope.Free;
            ste.Free = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.DefBound) != 0)
        {
            scopes[name] = SymbolScope.Local;
            local.Add(name);
            global.Remove(name);
            return;
        }
        // A binding in an enclosing function makes it free rather than global (a non-null bound means nested).
        if (bound is not null && bound.Contains(name))
        {
            scopes[name] = SymbolScope.Free;
            ste.Free = true;
            free.Add(name);
            return;
        }
        // A global statement in an enclosing block: still an implicit global here.
        if (global.Contains(name))
        {
            scopes[name] = SymbolScope.GlobalImplicit;
            return;
        }
        if (ste.Nested) ste.Free = true;
        scopes[name] = SymbolScope.GlobalImplicit;
    }

    // Python/symtable.c analyze_cells: a local that a child uses freely becomes a cell.
    private static void AnalyzeCells(Dictionary<string, SymbolScope> scopes, HashSet<string> free)
    {
        foreach (var name in scopes.Keys.ToList())
        {
            if (scopes[name] != SymbolScope.Local) continue;
            if (!free.Contains(name)) continue;
            scopes[name] = SymbolScope.Cell;
            free.Remove(name);
        }
    }

    // Python/symtable.c drop_class_free: __class__ used freely by a method is the class's implicit cell.
    private static void DropClassFree(SymtableEntry ste, HashSet<string> free)
    {
        if (free.Remove("__class__")) ste.NeedsClassClosure = true;
    }

    // Python/symtable.c update_symbols: fold the scopes into ste_symbols and record free names of children.
    private static void UpdateSymbols(Dictionary<string, SymbolFlags> symbols, Dictionary<string, SymbolScope> scopes,
        HashSet<string>? bound, HashSet<string> free, bool classFlag)
    {
        foreach (var name in symbols.Keys.ToList())
        {
            var flags = symbols[name];
            flags |= (SymbolFlags)((int)scopes[name] << SymbolFlagBits.ScopeOffset);
            symbols[name] = flags;
        }
        // Not yet resolved free variables of children.
        // DEVIATION(CPython): CPython walks the set in hash order, so new names land in ste_symbols in that order;
        // here they follow the order they were found in. Only the order of ste_symbols differs (the compiler
        // sorts cell and free names).
        foreach (var name in free)
        {
            if (symbols.TryGetValue(name, out var v))
            {
                // A free variable of a method with the same name as a local or global of the class.
                if (classFlag && (v & (SymbolFlags.DefBound | SymbolFlags.DefGlobal)) != 0)
                    symbols[name] = v | SymbolFlags.DefFreeClass;
                // Otherwise it is a cell, or already free in this scope.
                continue;
            }
            // A global: nothing to record.
            if (bound is not null && !bound.Contains(name)) continue;
            // Propagate the new free symbol up the lexical stack.
            symbols[name] = (SymbolFlags)((int)SymbolScope.Free << SymbolFlagBits.ScopeOffset);
        }
    }

    // Python/symtable.c analyze_block.
    private void AnalyzeBlock(SymtableEntry ste, HashSet<string>? bound, HashSet<string> free, HashSet<string> global)
    {
        var local = new HashSet<string>();
        var scopes = new Dictionary<string, SymbolScope>();
        var newGlobal = new HashSet<string>();
        var newFree = new HashSet<string>();
        var newBound = new HashSet<string>();

        // Class bindings are not visible in methods: pass down the enclosing sets before analyzing the class.
        if (ste.Type == BlockType.Class)
        {
            newGlobal.UnionWith(global);
            if (bound is not null) newBound.UnionWith(bound);
        }

        foreach (var (name, flags) in ste.Symbols.ToList())
            AnalyzeName(ste, scopes, name, flags, bound, local, free, global);

        if (ste.Type != BlockType.Class)
        {
            if (ste.Type == BlockType.Function) newBound.UnionWith(local);
            if (bound is not null) newBound.UnionWith(bound);
            newGlobal.UnionWith(global);
        }
        else
        {
            // Special-case __class__: methods see it as bound in the class.
            newBound.Add("__class__");
        }

        foreach (var entry in ste.Children)
        {
            var childFree = AnalyzeChildBlock(entry, newBound, newFree, newGlobal);
            newFree.UnionWith(childFree);
            if (entry.Free || entry.ChildFree) ste.ChildFree = true;
        }

        if (ste.Type == BlockType.Function) AnalyzeCells(scopes, newFree);
        else if (ste.Type == BlockType.Class) DropClassFree(ste, newFree);
        UpdateSymbols(ste.Symbols, scopes, bound, newFree, ste.Type == BlockType.Class);
        free.UnionWith(newFree);
    }

    // Python/symtable.c analyze_child_block: the child works on copies, so its bindings do not leak back.
    private HashSet<string> AnalyzeChildBlock(SymtableEntry entry, HashSet<string> bound, HashSet<string> free, HashSet<string> global)
    {
        var tempBound = new HashSet<string>(bound);
        var tempFree = new HashSet<string>(free);
        var tempGlobal = new HashSet<string>(global);
        AnalyzeBlock(entry, tempBound, tempFree, tempGlobal);
        return tempFree;
    }
}
