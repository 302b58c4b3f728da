using Pyref.VM.Objects;

namespace Pyref.VM.Runtime;

/// <summary>Static types of built-in modules (PyType_Spec / PyType_FromSpec in CPython).</summary>
public static class NativeTypes
{
    /// <summary>
    /// A non-heap type named module.name deriving from <paramref name="base"/> (object by default). Its
    /// instances are C# objects created by the module's own __new__ or factory functions; with
    /// <paramref name="instanceDict"/> false they have no __dict__ (no Py_TPFLAGS_MANAGED_DICT).
    /// </summary>
    public static PyType Create(string module, string name, PyType? @base = null, bool instanceDict = false)
    {
        var ns = new PyDict();
        ns.Set("__module__", PyStr.From(module));
        ns.Set("__qualname__", PyStr.From(name));
        if (!instanceDict) ns.Set("__slots__", PyTuple.Empty);
        var t = ObjectAndType.CreateClass(Types.Type, name, PyTuple.Of(@base ?? Types.Object), ns, new PyDict());
        t.Dict!.Remove(PyStr.Intern("__slots__"));
        t.IsHeapType = false;
        return t;
    }
}
