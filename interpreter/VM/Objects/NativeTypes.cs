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
        var t = new PyType(Types.Type, name, PyTuple.Of(@base), new PyDict()) { Base = @base, HasInstanceDict = instanceDict || @base.HasInstanceDict };
        t.Mro = new[] { t }.Concat(@base.Mro).ToArray();
        t.SolidBase = @base.SolidBase == Types.BaseException ? Types.BaseException : t;
        @base.AddSubclass(t);
        t.Dict!.Set("__module__", PyStr.From(module));
        t.Modified();
        return t;
    }
}
