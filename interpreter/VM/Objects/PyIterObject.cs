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

/// <summary>
/// Base of the callable native objects of the built-in modules (functools.partial, the lru_cache wrapper,
/// operator.itemgetter, ...): <see cref="Ops.Call(PyObject, ReadOnlySpan{PyObject}, PyTuple?)"/> runs
/// <see cref="Call"/> directly (CPython's tp_call / vectorcall) for the built-in type itself.
/// </summary>
public abstract class PyCallableObject : PyObject
{
    protected PyCallableObject(PyType type) : base(type) { }

    /// <summary>tp_call with vectorcall arguments: positional values then keyword values named by kwnames.</summary>
    public abstract PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames);
}
