namespace Pyref.VM.Objects;

/// <summary>
/// Base of the native iterator objects of the built-in modules (itertools, _collections, ...): C# state
/// plus a tp_iternext. <see cref="Ops.Next"/> calls <see cref="Next"/> directly for the built-in type
/// itself; a Python subclass goes through its (possibly overridden) __next__.
/// </summary>
public abstract class PyIterObject : PyObject
{
    protected PyIterObject(PyType type) : base(type) { }

    /// <summary>tp_iternext: the next item, or null when exhausted (no StopIteration raised).</summary>
    public abstract PyObject? Next();
}
