using System.Runtime.CompilerServices;

namespace Pyref.VM.Objects;

/// <summary>
/// Base of every Python object (CPython's PyObject: ob_type). The type pointer is a field so that
/// instances of user subclasses of built-in types (class L(list)) reuse the built-in C# layout with
/// their own type. <see cref="Dict"/> is the instance __dict__ (null for built-in instances and for
/// __slots__ classes without __dict__).
/// </summary>
public abstract class PyObject
{
    public PyType Type;
    public PyDict? Dict;

    protected PyObject(PyType type) { Type = type; }

    /// <summary>Identity-based id(); stable per object.
    /// DEVIATION(CPython): ids are counters, not addresses, so default reprs show other hex numbers.</summary>
    public long Id => IdOf(this);

    private static readonly ConditionalWeakTable<object, object> s_ids = new();
    private static long s_nextId = 0x7f0000001000;
    public static long IdOf(object o) =>
        (long)s_ids.GetValue(o, _ => Interlocked.Add(ref s_nextId, 16));

    public override string ToString() => Ops.ReprString(this);
}

/// <summary>An instance of a user-defined class (object's own layout plus optional __slots__ storage).</summary>
public sealed class PyInstance : PyObject
{
    public PyObject?[]? Slots;
    public PyInstance(PyType type) : base(type)
    {
        if (type.HasInstanceDict) Dict = new PyDict();
        if (type.SlotCount > 0) Slots = new PyObject?[type.SlotCount];
    }
}

/// <summary>
/// A built-in object whose subclasses may declare __slots__ (the slot values live after the C struct in CPython):
/// the instance keeps an array of SlotCount entries, sized from its type.
/// </summary>
public interface ISlotStorage
{
    PyObject?[]? Slots { get; }
}

/// <summary>None, NotImplemented, Ellipsis: singletons of their own types.</summary>
public sealed class PySingleton : PyObject
{
    public readonly string Name;
    public PySingleton(PyType type, string name) : base(type) { Name = name; }
}

public static class Singletons
{
    public static readonly PySingleton None = new(Types.NoneType, "None");
    public static readonly PySingleton NotImplemented = new(Types.NotImplementedType, "NotImplemented");
    public static readonly PySingleton Ellipsis = new(Types.EllipsisType, "Ellipsis");
}

/// <summary>A cell for closures (CPython's PyCellObject).</summary>
public sealed class PyCell : PyObject
{
    public PyObject? Value;
    public PyCell(PyObject? value) : base(Types.Cell) { Value = value; }
}

/// <summary>A module object: its __dict__ holds the globals.</summary>
public sealed class PyModule : PyObject
{
    public PyModule(string name, PyDict? dict = null) : base(Types.Module)
    {
        Dict = dict ?? new PyDict();
        Dict.SetItem(PyStr.From("__name__"), PyStr.From(name));
    }
    public string Name => Dict!.GetItem(PyStr.From("__name__")) is PyStr s ? s.Value : "?";
}
