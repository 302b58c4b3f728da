namespace Pyref.VM.Objects;

/// <summary>
/// Types that built-in modules create when they are imported (PyType_FromModuleAndSpec), as opposed to the
/// static types of <see cref="Types"/> made at interpreter start.
/// </summary>
public static class NativeTypes
{
    /// <summary>A built-in type <paramref name="module"/>.<paramref name="name"/> deriving from
    /// <paramref name="base"/> (exception classes keep BaseException's layout).</summary>
    public static PyType New(string name, PyType @base, string module, bool instanceDict = false)
    {
        // tp_name carries the module ("array.array"), as CPython's messages show it; __name__ is the last part.
        var tpName = module == "builtins" ? name : module + "." + name;
        var t = new PyType(Types.Type, tpName, PyTuple.Of(@base), new PyDict()) { Base = @base, HasInstanceDict = instanceDict || @base.HasInstanceDict };
        t.QualName = name;
        t.Mro = new[] { t }.Concat(@base.Mro).ToArray();
        t.SolidBase = @base.SolidBase == Types.BaseException ? Types.BaseException : t;
        @base.AddSubclass(t);
        t.Dict!.Set("__module__", PyStr.From(module));
        t.Modified();
        return t;
    }

    /// <summary>An iterator type over <see cref="PyNativeIterator"/> (__iter__ returns self, __next__ steps).</summary>
    public static PyType NewIterator(string name, string module)
    {
        var it = New(name, Types.Object, module);
        Runtime.Native.Def0(it, "__iter__", o => o);
        Runtime.Native.Def0(it, "__next__", o => ((PyNativeIterator)o).NextFn() ?? throw PyExc.MakeNoArgs(Types.StopIteration));
        return it;
    }
}
