using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _imp (Python/import.c's module functions): what importlib._bootstrap asks of the C side. There are no frozen
/// modules (importlib itself is compiled from Lib/, see ImportlibBootstrap) and no extension modules (built-ins are
/// C# classes), so the frozen and dynamic entry points answer "none".
/// </summary>
[BuiltinModule("_imp")]
public static class ImpModule
{
    /// <summary>The global import lock (Python/import.c _PyImport_AcquireLock): re-entrant, owned by a thread.</summary>
    private static readonly object s_importLock = new();
    private static int s_lockDepth;
    private static int s_lockOwner = -1;

    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("_imp");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("(Extremely) low-level import machinery bits as used by importlib and imp."));
        d.Set("lock_held", Fn("lock_held", (a, kw) =>
            PyBool.From(s_lockOwner != -1)));
        d.Set("acquire_lock", Fn("acquire_lock", (a, kw) =>
        {
            Monitor.Enter(s_importLock);
            s_lockOwner = Environment.CurrentManagedThreadId;
            s_lockDepth++;
            return None;
        }));
        d.Set("release_lock", Fn("release_lock", (a, kw) =>
        {
            if (s_lockOwner != Environment.CurrentManagedThreadId)
                throw PyExc.RuntimeError("not holding the import lock");
            if (--s_lockDepth == 0) s_lockOwner = -1;
            Monitor.Exit(s_importLock);
            return None;
        }));
        // _imp_is_builtin_impl: 1 for a built-in that can be (re)initialized, -1 for sys and builtins, 0 otherwise.
        d.Set("is_builtin", Fn("is_builtin", (a, kw) =>
        {
            CheckCount("is_builtin", a.Length, 1, 1);
            var name = Name("is_builtin", a[0]);
            if (name is "sys" or "builtins") return PyInt.From(-1);
            return PyInt.From(BuiltinModuleTable.Contains(name) ? 1 : 0);
        }));
        // _imp_create_builtin: sys and builtins are the interpreter's own; others are made fresh from the table.
        d.Set("create_builtin", Fn("create_builtin", (a, kw) =>
        {
            CheckCount("create_builtin", a.Length, 1, 1);
            var nameObj = Ops.GetAttr(a[0], "name");
            if (nameObj is not PyStr ns) throw PyExc.TypeError($"name must be string, not {Ops.TypeName(nameObj)}");
            var ip = Interpreter.Current;
            if (ns.Value == "sys") return ip.Sys;
            if (ns.Value == "builtins") return ip.BuiltinsModule;
            return (PyObject?)BuiltinModuleTable.Create(ns.Value, ip) ?? None;
        }));
        // Module creation runs the whole initialisation (single-phase init), so there is nothing left to execute.
        d.Set("exec_builtin", Fn("exec_builtin", (a, kw) => PyInt.From(0)));
        d.Set("is_frozen", Fn("is_frozen", (a, kw) => { CheckCount("is_frozen", a.Length, 1, 1); Name("is_frozen", a[0]); return PyBool.False; }));
        d.Set("is_frozen_package", Fn("is_frozen_package", (a, kw) => throw NotFrozen(Name("is_frozen_package", a[0]))));
        d.Set("find_frozen", Fn("find_frozen", (a, kw) => { Name("find_frozen", a[0]); return None; }));
        d.Set("get_frozen_object", Fn("get_frozen_object", (a, kw) => throw NotFrozen(Name("get_frozen_object", a[0]))));
        d.Set("init_frozen", Fn("init_frozen", (a, kw) => None));
        d.Set("_frozen_module_names", Fn("_frozen_module_names", (a, kw) => PyTuple.Empty));
        d.Set("extension_suffixes", Fn("extension_suffixes", (a, kw) => new PyList()));
        d.Set("create_dynamic", Fn("create_dynamic", (a, kw) =>
            throw PyExc.ImportError("the reference interpreter cannot load extension modules")));
        d.Set("exec_dynamic", Fn("exec_dynamic", (a, kw) => PyInt.From(0)));
        // _imp__fix_co_filename: give a code object and its nested ones the file name of the source.
        d.Set("_fix_co_filename", Fn("_fix_co_filename", (a, kw) =>
        {
            CheckCount("_fix_co_filename", a.Length, 2, 2);
            if (a[0] is not PyCode code) throw PyExc.TypeError($"_fix_co_filename() argument 1 must be code, not {Ops.TypeName(a[0])}");
            if (a[1] is not PyStr path) throw PyExc.TypeError($"_fix_co_filename() argument 2 must be str, not {Ops.TypeName(a[1])}");
            FixFilename(code, code.Filename, path.Value);
            return None;
        }));
        // DEVIATION(CPython): source_hash is only used for hash-based .pyc files, which the reference interpreter
        // never reads or writes (sys.implementation.cache_tag is None).
        d.Set("source_hash", Fn("source_hash", (a, kw) =>
            throw PyExc.NotImplementedError("_imp.source_hash: hash-based .pyc files are not supported")));
        d.Set("check_hash_based_pycs", PyStr.From("default"));
        d.Set("_override_frozen_modules_for_tests", Fn("_override_frozen_modules_for_tests", (a, kw) => None));
        return m;
    }

    private static string Name(string fn, PyObject o) =>
        o is PyStr s ? s.Value : throw PyExc.TypeError($"{fn}() argument must be str, not {Ops.TypeName(o)}");

    private static PyException NotFrozen(string name)
    {
        var e = PyExc.ImportError($"No such frozen object named '{name}'");
        e.Value.SetAttr("name", PyStr.From(name));
        return e;
    }

    /// <summary>Python/import.c update_code_filenames.</summary>
    private static void FixFilename(PyCode code, string oldName, string newName)
    {
        if (code.Filename != oldName) return;
        code.Filename = newName;
        foreach (var c in code.Consts)
            if (c is PyCode inner) FixFilename(inner, oldName, newName);
    }
}
