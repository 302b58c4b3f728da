using Pyref.VM.Objects;

namespace Pyref.VM.Runtime;

/// <summary>
/// Static (non-heap) types defined by built-in modules, as CPython's PyType_Ready / PyType_FromSpec make them
/// for Modules/*.c: attributes read-only, <c>__module__</c> set, and the type its own solid base when its
/// instances have their own C# layout (so a Python subclass keeps that layout and its <c>__new__</c>).
/// </summary>
public static class NativeTypes
{
    /// <param name="ownLayout">instances are a C# class of their own (created by the type's <c>__new__</c>);
    /// false when instances are plain objects (PyInstance) as for abstract bases like <c>_io._IOBase</c>.</param>
    public static PyType New(string module, string name, PyType @base, bool ownLayout, bool instanceDict = false)
        => New(module, name, [@base], ownLayout, instanceDict);

    public static PyType New(string module, string name, PyType[] bases, bool ownLayout, bool instanceDict = false)
    {
        var t = new PyType(Types.Type, name, PyTuple.From(bases), new PyDict()) { Base = bases[0], HasInstanceDict = instanceDict };
        t.Mro = PyType.ComputeMro(t, bases);
        t.SolidBase = ownLayout ? t : bases[0].SolidBase;
        foreach (var b in bases) b.AddSubclass(t);
        t.Dict!.Set("__module__", PyStr.From(module));
        t.Dict!.Set("__doc__", Singletons.None);
        return t;
    }

    /// <summary>Instances made by a native <c>__new__</c> for <paramref name="cls"/>, which may be a Python subclass
    /// with a __dict__ (subtype_dict).</summary>
    public static T WithDict<T>(T o) where T : PyObject
    {
        if (o.Type.HasInstanceDict && o.Dict == null) o.Dict = new PyDict();
        return o;
    }
}
