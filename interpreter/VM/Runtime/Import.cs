using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>
/// The import machinery's C part (Python/import.c): the fast path of PyImport_ImportModuleLevelObject
/// (sys.modules, relative-name resolution, the fromlist), IMPORT_FROM / IMPORT_STAR (Python/ceval.c), and the
/// hand-over to importlib (<c>_bootstrap._find_and_load</c>, <c>_handle_fromlist</c>) for everything else.
/// importlib itself is CPython's own Lib/importlib/_bootstrap.py and _bootstrap_external.py, compiled from the
/// discovered standard library by the reference compiler (see <see cref="ImportlibBootstrap"/>), as CPython runs
/// its frozen copies of the same files.
/// </summary>
public static class Import
{
    public static PyObject ImportName(Frame f, PyStr name, PyObject fromlist, PyObject level)
    {
        // Python/ceval.c import_name: the builtins' __import__ unless it was replaced.
        var imp = f.Builtins.Get("__import__") ?? throw PyExc.ImportError("__import__ not found");
        int lvl = level is PyInt li ? (int)li.Small : 0;
        if (imp is PyBuiltinFunction bf && bf.Name == "__import__" && ReferenceEquals(imp, Interpreter.Current.BuiltinsDict.Get("__import__")))
            return ImportModuleLevel(name, f.Globals, fromlist, lvl);
        return Ops.Call(imp, name, f.Globals, f.Locals ?? None, fromlist, level);
    }

    public static PyObject ImportModuleLevel(string name, PyDict? globals, PyObject fromlist, int level) =>
        ImportModuleLevel(PyStr.From(name), globals, fromlist, level);

    /// <summary>Python/import.c PyImport_ImportModuleLevelObject.</summary>
    public static PyObject ImportModuleLevel(PyObject nameObj, PyObject? globals, PyObject? fromlist, int level)
    {
        if (nameObj is not PyStr name) throw PyExc.TypeError("module name must be a string");
        if (level < 0) throw PyExc.ValueError("level must be >= 0");
        var interp = Interpreter.Current;
        try
        {
            string absName;
            if (level > 0) absName = ResolveName(name.Value, globals, level);
            else
            {
                if (name.Value.Length == 0) throw PyExc.ValueError("Empty module name");
                absName = name.Value;
            }

            var mod = GetModule(interp, absName);
            if (mod != null && mod != None) EnsureInitialized(interp, mod, absName);
            else mod = FindAndLoad(interp, absName);

            bool hasFrom = fromlist != null && fromlist != None && Ops.IsTrue(fromlist);
            if (!hasFrom)
            {
                int len = name.Value.Length;
                if (level == 0 || len > 0)
                {
                    int dot = name.Value.IndexOf('.');
                    if (dot == -1) return mod;
                    if (level == 0)
                        return ImportModuleLevel(PyStr.From(name.Value[..dot]), null, null, 0);
                    int cutOff = len - dot;
                    var toReturn = absName[..(absName.Length - cutOff)];
                    var final = GetModule(interp, toReturn);
                    if (final == null)
                        throw PyExc.KeyError(PyStr.From($"{Ops.ReprString(PyStr.From(toReturn))} not in sys.modules as expected"));
                    return final;
                }
                return mod;
            }
            if (Ops.GetAttrOrNull(mod, PyStr.Intern("__path__")) != null)
            {
                var bootstrap = ImportlibBootstrap.Ensure(interp);
                return Ops.Call(Ops.GetAttr(bootstrap, "_handle_fromlist"), mod, fromlist!, interp.BuiltinsDict.Get("__import__")!);
            }
            return mod;
        }
        catch (PyException e)
        {
            RemoveImportlibFrames(interp, e.Value);
            throw;
        }
    }

    private static PyObject? GetModule(Interpreter interp, string name)
    {
        var modules = interp.Sys.Dict!.Get("modules") ?? throw PyExc.RuntimeError("unable to get sys.modules");
        if (modules is PyDict d) return d.Get(name);
        try { return Ops.GetItem(modules, PyStr.From(name)); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.KeyError)) { return null; }
    }

    /// <summary>
    /// Python/import.c import_ensure_initialized: a module still being initialized by another thread (its
    /// __spec__._initializing is true) is waited for through importlib's module lock.
    /// </summary>
    private static void EnsureInitialized(Interpreter interp, PyObject mod, string name)
    {
        var bootstrap = ImportlibBootstrap.Loaded(interp);
        if (bootstrap == null) return;
        var spec = Ops.GetAttrOrNull(mod, PyStr.Intern("__spec__"));
        if (!SpecIsInitializing(spec)) return;
        Ops.Call(Ops.GetAttr(bootstrap, "_lock_unlock_module"), PyStr.From(name));
    }

    /// <summary>Objects/moduleobject.c _PyModuleSpec_IsInitializing.</summary>
    public static bool SpecIsInitializing(PyObject? spec)
    {
        if (spec == null || spec == None) return false;
        var v = Ops.GetAttrOrNull(spec, PyStr.Intern("_initializing"));
        return v != null && Ops.IsTrue(v);
    }

    /// <summary>Objects/moduleobject.c _PyModuleSpec_IsUninitializedSubmodule: the child importlib is loading.</summary>
    public static bool SpecIsUninitializedSubmodule(PyObject? spec, string name)
    {
        if (spec == null || spec == None) return false;
        var subs = Ops.GetAttrOrNull(spec, PyStr.Intern("_uninitialized_submodules"));
        return subs != null && Ops.Contains(subs, PyStr.From(name));
    }

    /// <summary>
    /// Python/import.c import_find_and_load. Built-in modules are created directly while importlib is not
    /// bootstrapped yet, so that programs importing only built-ins never pay for compiling importlib; once it
    /// is, every import goes through <c>_find_and_load</c> as in CPython (importlib's _setup gives the modules
    /// created before it their __spec__ and __loader__).
    /// </summary>
    private static PyObject FindAndLoad(Interpreter interp, string absName)
    {
        var bootstrap = ImportlibBootstrap.Loaded(interp);
        if (bootstrap == null && Modules.BuiltinModuleTable.Contains(absName))
        {
            var m = Modules.BuiltinModuleTable.Create(absName, interp)!;
            var modules = interp.Sys.Dict!.Get("modules")!;
            Ops.SetItem(modules, PyStr.From(absName), m);
            return m;
        }
        bootstrap ??= ImportlibBootstrap.Ensure(interp);
        return Ops.Call(Ops.GetAttr(bootstrap, "_find_and_load"), PyStr.From(absName), interp.BuiltinsDict.Get("__import__")!);
    }

    /// <summary>Python/import.c resolve_name: the absolute name of a relative import, with CPython's errors.</summary>
    private static string ResolveName(string name, PyObject? globalsObj, int level)
    {
        if (globalsObj == null) throw PyExc.KeyError(PyStr.From("'__name__' not in globals"));
        if (globalsObj is not PyDict globals) throw PyExc.TypeError("globals must be a dict");
        var package = globals.Get("__package__");
        if (package == None) package = null;
        var spec = globals.Get("__spec__");
        string pkg;
        if (package != null)
        {
            if (package is not PyStr ps) throw PyExc.TypeError("package must be a string");
            if (spec != null && spec != None)
            {
                var parent = Ops.GetAttr(spec, "parent");
                if (!Ops.Eq(package, parent))
                    Warn(Types.ImportWarning, "__package__ != __spec__.parent");
            }
            pkg = ps.Value;
        }
        else if (spec != null && spec != None)
        {
            var parent = Ops.GetAttr(spec, "parent");
            if (parent is not PyStr pp) throw PyExc.TypeError("__spec__.parent must be a string");
            pkg = pp.Value;
        }
        else
        {
            Warn(Types.ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__");
            var n = globals.Get("__name__") ?? throw PyExc.KeyError(PyStr.From("'__name__' not in globals"));
            if (n is not PyStr ns) throw PyExc.TypeError("__name__ must be a string");
            pkg = ns.Value;
            if (globals.Get("__path__") == null)
            {
                int dot = pkg.LastIndexOf('.');
                if (dot == -1) throw NoParent();
                pkg = pkg[..dot];
            }
        }
        int lastDot = pkg.Length;
        if (lastDot == 0) throw NoParent();
        for (int levelUp = 1; levelUp < level; levelUp++)
        {
            lastDot = lastDot == 0 ? -1 : pkg.LastIndexOf('.', lastDot - 1);
            if (lastDot == -1) throw PyExc.ImportError("attempted relative import beyond top-level package");
        }
        var bas = pkg[..lastDot];
        return name.Length == 0 ? bas : bas + "." + name;

        static PyException NoParent() => PyExc.ImportError("attempted relative import with no known parent package");
    }

    /// <summary>PyErr_WarnEx through the warnings module when it is loaded, else ignored (the default filters
    /// ignore ImportWarning).</summary>
    private static void Warn(PyType category, string message)
    {
        var warnings = Interpreter.Current.Modules.Get("warnings");
        if (warnings == null) return;
        Ops.Call(Ops.GetAttr(warnings, "warn"), PyStr.From(message), category, PyInt.From(1));
    }

    /// <summary>Python/ceval.c import_from.</summary>
    public static PyObject ImportFrom(PyObject module, PyStr name)
    {
        PyObject? v;
        try { v = Ops.GetAttrOrNull(module, name); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.AttributeError)) { v = null; }
        if (v != null) return v;
        var pkgnameObj = Ops.GetAttrOrNull(module, PyStr.Intern("__name__"));
        string? pkgname = pkgnameObj as PyStr is { } pn ? pn.Value : null;
        if (pkgname != null)
        {
            var sub = GetModule(Interpreter.Current, pkgname + "." + name.Value);
            if (sub != null) return sub;
        }
        var pkgnameOrUnknown = pkgname ?? "<unknown module name>";
        PyObject? pkgpath = null;
        try { pkgpath = module is PyModule ? module.Dict!.Get("__file__") : null; } catch (PyException) { }
        PyException err;
        if (pkgpath is not PyStr path)
        {
            err = PyExc.ImportError($"cannot import name {Ops.ReprString(name)} from {Ops.ReprString(PyStr.From(pkgnameOrUnknown))} (unknown location)");
            err.Value.SetAttr("name", pkgnameObj is PyStr ? pkgnameObj : None);
        }
        else
        {
            var spec = Ops.GetAttrOrNull(module, PyStr.Intern("__spec__"));
            err = PyExc.ImportError(SpecIsInitializing(spec)
                ? $"cannot import name {Ops.ReprString(name)} from partially initialized module {Ops.ReprString(PyStr.From(pkgnameOrUnknown))} (most likely due to a circular import) ({path.Value})"
                : $"cannot import name {Ops.ReprString(name)} from {Ops.ReprString(PyStr.From(pkgnameOrUnknown))} ({path.Value})");
            err.Value.SetAttr("name", pkgnameObj is PyStr ? pkgnameObj : None);
            err.Value.SetAttr("path", path);
        }
        throw err;
    }

    /// <summary>Python/ceval.c import_all_from: __all__, else the public names of __dict__.</summary>
    public static void ImportStar(Frame f, PyObject module)
    {
        var locals = f.Locals ?? throw PyExc.SystemError("no locals found during 'import *'");
        var all = Ops.GetAttrOrNull(module, PyStr.Intern("__all__"));
        bool skipLeadingUnderscores = false;
        if (all == null)
        {
            var dict = Ops.GetAttrOrNull(module, PyStr.Intern("__dict__"))
                ?? throw PyExc.ImportError("from-import-* object has no __dict__ and no __all__");
            all = Ops.CallMethod(dict, "keys");
            skipLeadingUnderscores = true;
        }
        foreach (var n in Ops.Iterate(all))
        {
            if (n is not PyStr ns)
            {
                var modname = Ops.GetAttrOrNull(module, PyStr.Intern("__name__"));
                if (modname is not PyStr mn) throw PyExc.TypeError($"module __name__ must be a string, not {Ops.TypeName(modname ?? None)}");
                throw PyExc.TypeError(skipLeadingUnderscores
                    ? $"Key in {mn.Value}.__dict__ must be str, not {Ops.TypeName(n)}"
                    : $"Item in {mn.Value}.__all__ must be str, not {Ops.TypeName(n)}");
            }
            if (skipLeadingUnderscores && ns.Value.StartsWith('_')) continue;
            var value = Ops.GetAttr(module, ns);
            if (locals is PyDict ld) ld.SetItem(ns, value);
            else Ops.SetItem(locals, ns, value);
        }
    }

    /// <summary>
    /// Python/import.c remove_importlib_frames: importlib's own frames are noise in a traceback. They are
    /// dropped always for ImportError, else only the runs that end in _call_with_frames_removed.
    /// </summary>
    private static void RemoveImportlibFrames(Interpreter interp, PyBaseException exc)
    {
        if (ImportlibBootstrap.Loaded(interp) == null) return;
        const string importlibFilename = "<frozen importlib._bootstrap>";
        const string externalFilename = "<frozen importlib._bootstrap_external>";
        const string removeFrames = "_call_with_frames_removed";
        bool alwaysTrim = exc.Type.IsSubtypeOf(Types.ImportError);
        PyTraceback? tb = exc.Traceback;
        bool inImportlib = false;
        var kept = new List<PyTraceback>();
        var run = new List<PyTraceback>();
        for (; tb != null; tb = tb.Next)
        {
            var fn = tb.Frame.Code.Filename;
            bool now = fn == importlibFilename || fn == externalFilename;
            if (now && !inImportlib) run.Clear();
            inImportlib = now;
            if (now)
            {
                run.Add(tb);
                if (alwaysTrim || tb.Frame.Code.Name == removeFrames) run.Clear(); // dropped
                continue;
            }
            kept.AddRange(run);
            run.Clear();
            kept.Add(tb);
        }
        // A trailing importlib run (the error was raised inside importlib) is dropped only when trimming
        // always or when it ended in _call_with_frames_removed; CPython keeps the rest.
        kept.AddRange(run);
        if (kept.Count == 0) { exc.Traceback = null; return; }
        for (int i = 0; i < kept.Count - 1; i++) kept[i].Next = kept[i + 1];
        kept[^1].Next = null;
        exc.Traceback = kept[0];
    }
}
