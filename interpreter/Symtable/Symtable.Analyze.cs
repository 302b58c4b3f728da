using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pyref.Symtable;

// The second pass of Python/symtable.c (3.11): symtable_analyze, analyze_block, analyze_child_block,
// analyze_name, analyze_cells, drop_class_free, update_symbols. The scopes of a block are collected in an array
// parallel to ste_symbols (C's `scopes` dict has exactly ste_symbols' keys) before update_symbols folds them in.
// The bound and global sets a block hands its children are shared copy-on-write (<see cref="NameSet"/>) where C
// copies them per child; the free set is shared outright (see AnalyzeChildBlock). Same sets, same results, and
// about three HashSets per block fewer: copying them was most of the symtable's allocation.
// (3.11 inlines no comprehension: that is 3.12.)
public sealed partial class Symtable
{
    // Python/symtable.c symtable_analyze.
    private void Analyze()
    {
        var free = new HashSet<string>();
        var global = new NameSet();
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

    // Python/symtable.c analyze_name: decide the scope of one name from its flags. The scope goes to scopes[index]
    // (the name's position in ste_symbols); a Local scope is what C also adds to the `local` set.
    private void AnalyzeName(SymtableEntry ste, SymbolScope[] scopes, int index, string name, SymbolFlags flags,
        NameSet? bound, HashSet<string> free, NameSet global)
    {
        if ((flags & SymbolFlags.DefGlobal) != 0)
        {
            if ((flags & SymbolFlags.DefNonlocal) != 0)
                throw ErrorAtDirective(ste, name, $"name '{name}' is nonlocal and global");
            scopes[index] = SymbolScope.GlobalExplicit;
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
            scopes[index] = SymbolScope.Free;
            ste.Free = true;
            free.Add(name);
            return;
        }
        if ((flags & SymbolFlags.DefBound) != 0)
        {
            scopes[index] = SymbolScope.Local;
            global.Remove(name);
            return;
        }
        // A binding in an enclosing function makes it free rather than global (a non-null bound means nested).
        if (bound is not null && bound.Contains(name))
        {
            scopes[index] = SymbolScope.Free;
            ste.Free = true;
            free.Add(name);
            return;
        }
        // A global statement in an enclosing block: still an implicit global here.
        if (global.Contains(name))
        {
            scopes[index] = SymbolScope.GlobalImplicit;
            return;
        }
        if (ste.Nested) ste.Free = true;
        scopes[index] = SymbolScope.GlobalImplicit;
    }

    // Python/symtable.c analyze_cells: a local that a child uses freely becomes a cell.
    private static void AnalyzeCells(Dictionary<string, SymbolFlags> symbols, SymbolScope[] scopes, HashSet<string> free)
    {
        int k = 0;
        foreach (var name in symbols.Keys)
        {
            int index = k++;
            if (scopes[index] != SymbolScope.Local) continue;
            if (!free.Remove(name)) continue;
            scopes[index] = SymbolScope.Cell;
        }
    }

    // Python/symtable.c drop_class_free: __class__ used freely by a method is the class's implicit cell.
    private static void DropClassFree(SymtableEntry ste, HashSet<string> free)
    {
        if (free.Remove("__class__")) ste.NeedsClassClosure = true;
    }

    // Python/symtable.c update_symbols: fold the scopes into ste_symbols and record free names of children.
    private static void UpdateSymbols(Dictionary<string, SymbolFlags> symbols, SymbolScope[] scopes,
        NameSet? bound, HashSet<string> free, bool classFlag)
    {
        // The values are updated in place (by reference: no key is added, so the walk stays valid).
        int k = 0;
        foreach (var name in symbols.Keys)
        {
            ref var flags = ref CollectionsMarshal.GetValueRefOrNullRef(symbols, name);
            flags |= (SymbolFlags)((int)scopes[k++] << SymbolFlagBits.ScopeOffset);
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
    private void AnalyzeBlock(SymtableEntry ste, NameSet? bound, HashSet<string> free, NameSet global)
    {
        var symbols = ste.Symbols;
        var scopes = symbols.Count == 0 ? Array.Empty<SymbolScope>() : new SymbolScope[symbols.Count];
        var newFree = new HashSet<string>();
        NameSet? newGlobal = null, newBound = null;

        // Class bindings are not visible in methods: pass down the enclosing sets before analyzing the class.
        if (ste.Type == BlockType.Class)
        {
            newGlobal = global.Share();
            newBound = bound is not null ? bound.Share() : new NameSet();
        }

        int k = 0;
        foreach (var (name, flags) in symbols)
            AnalyzeName(ste, scopes, k++, name, flags, bound, free, global);

        if (ste.Type != BlockType.Class)
        {
            // newbound = local | bound (local only for functions); newglobal = global.
            newBound = bound is not null ? bound.Share() : new NameSet();
            if (ste.Type == BlockType.Function)
            {
                k = 0;
                foreach (var name in symbols.Keys)
                    if (scopes[k++] == SymbolScope.Local) newBound.Add(name);
            }
            newGlobal = global.Share();
        }
        else
        {
            // Special-case __class__: methods see it as bound in the class.
            newBound!.Add("__class__");
        }

        foreach (var entry in ste.Children)
        {
            AnalyzeChildBlock(entry, newBound, newFree, newGlobal!);
            if (entry.Free || entry.ChildFree) ste.ChildFree = true;
        }

        if (ste.Type == BlockType.Function) AnalyzeCells(symbols, scopes, newFree);
        else if (ste.Type == BlockType.Class) DropClassFree(ste, newFree);
        UpdateSymbols(symbols, scopes, bound, newFree, ste.Type == BlockType.Class);
        free.UnionWith(newFree);
    }

    // Python/symtable.c analyze_child_block: the child works on copies of bound and global, so its changes do not
    // leak back (shared copy-on-write here). C also copies free and then merges the child's copy into the parent's
    // newfree: the child only ever adds to it, so the child adds to the parent's set directly, in the same order.
    private void AnalyzeChildBlock(SymtableEntry entry, NameSet bound, HashSet<string> free, NameSet global) =>
        AnalyzeBlock(entry, bound.Share(), free, global.Share());

    /// <summary>
    /// A set of names that shares its HashSet with the set it was <see cref="Share"/>d from until either of them
    /// changes (then the changing one copies it first). Only membership is ever read, never the order.
    /// </summary>
    private sealed class NameSet
    {
        private HashSet<string> _set;
        private bool _owned;

        public NameSet()
        {
            _set = new HashSet<string>();
            _owned = true;
        }

        private NameSet(HashSet<string> shared) => _set = shared;

        /// <summary>A copy (PySet_New(x) in analyze_block / analyze_child_block) that costs nothing until a change.</summary>
        public NameSet Share()
        {
            _owned = false;
            return new NameSet(_set);
        }

        public bool Contains(string name) => _set.Contains(name);

        public void Add(string name)
        {
            if (_set.Contains(name)) return;
            Own();
            _set.Add(name);
        }

        public void Remove(string name)
        {
            if (!_set.Contains(name)) return;
            Own();
            _set.Remove(name);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Own()
        {
            if (_owned) return;
            _set = new HashSet<string>(_set);
            _owned = true;
        }
    }
}
