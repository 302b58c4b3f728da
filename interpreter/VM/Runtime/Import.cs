using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;
/// <summary>Imports: built-in modules (Modules/BuiltinModuleTable) only so far.
/// DEVIATION(CPython): only built-in modules can be imported; the import system over the
/// standard library (Lib/*.py, C accelerator modules) and relative/package imports are not there yet.</summary>
public static class Import
{
    public static PyObject ImportName(Frame f, PyStr name, PyObject fromlist, PyObject level)
    {
        var imp = f.Builtins.Get("__import__");
        int lvl = level is PyInt li ? (int)li.Small : 0;
        if (imp is PyBuiltinFunction bf && bf.Name == "__import__")
            return ImportModuleLevel(name.Value, f.Globals, fromlist, lvl);
        return Ops.Call(imp ?? throw PyExc.ImportError("__import__ not found"), name, f.Globals, f.Locals ?? None, fromlist, level);
    }

    /// <summary>PyImport_ImportModuleLevelObject for absolute imports of built-in modules.</summary>
    public static PyObject ImportModuleLevel(string name, PyDict? globals, PyObject fromlist, int level)
    {
        if (level > 0) throw PyExc.ImportError("attempted relative import with no known parent package");
        var interp = Interpreter.Current;
        var parts = name.Split('.');
        PyObject? top = null;
        for (int i = 0; i < parts.Length; i++)
        {
            var full = string.Join('.', parts.Take(i + 1));
            var mod = LoadModule(full);
            if (i == 0) top = mod;
        }
        bool hasFrom = fromlist != None && Ops.IsTrue(fromlist);
        return hasFrom ? interp.Modules.Get(name)! : top!;
    }

    private static PyObject LoadModule(string fullName)
    {
        var interp = Interpreter.Current;
        var existing = interp.Modules.Get(fullName);
        if (existing != null && existing != None) return existing;
        var m = Modules.BuiltinModuleTable.Create(fullName, interp);
        if (m == null)
        {
            var e = PyExc.ModuleNotFoundError($"No module named '{fullName}'");
            e.Value.SetAttr("name", PyStr.From(fullName));
            throw e;
        }
        interp.Modules.Set(fullName, m);
        return m;
    }

    public static PyObject ImportFrom(PyObject module, PyStr name)
    {
        var v = Ops.GetAttrOrNull(module, name);
        if (v != null) return v;
        var modName = module is PyModule pm ? pm.Name : "?";
        var sub = Interpreter.Current.Modules.Get(modName + "." + name.Value);
        if (sub != null) return sub;
        var file = module.Dict?.Get("__file__");
        var e = PyExc.ImportError(file is PyStr fs
            ? $"cannot import name '{name.Value}' from '{modName}' ({fs.Value})"
            : $"cannot import name '{name.Value}' from '{modName}' (unknown location)");
        e.Value.SetAttr("name", PyStr.From(modName));
        throw e;
    }

    public static void ImportStar(Frame f, PyObject module)
    {
        var locals = f.Locals as PyDict ?? throw PyExc.SystemError("no locals found during 'import *'");
        var all = Ops.GetAttrOrNull(module, PyStr.Intern("__all__"));
        if (all != null)
        {
            foreach (var n in Ops.Iterate(all)) locals.SetItem(n, Ops.GetAttr(module, (PyStr)n));
            return;
        }
        foreach (var kv in module.Dict!.Items().ToList())
            if (kv.Key is PyStr ks && !ks.Value.StartsWith('_')) locals.SetItem(kv.Key, kv.Value);
    }
}
