using Pyref.VM.Ceval;

namespace Pyref.VM.Objects;

/// <summary>
/// The native calling convention (CPython's vectorcall): positional arguments followed by keyword
/// argument values, whose names are in <paramref name="kwnames"/> (null when there are none).
/// </summary>
public delegate PyObject NativeFn(ReadOnlySpan<PyObject> args, PyTuple? kwnames);

/// <summary>A function defined in Python (Objects/funcobject.c).</summary>
public sealed class PyFunction : PyObject
{
    public PyCode Code;
    public PyDict Globals;
    public PyDict Builtins;
    public PyObject Name;
    public PyObject QualName;
    public PyTuple? Defaults;
    public PyDict? KwDefaults;
    public PyTuple? Closure;
    public PyObject? Annotations;
    public PyObject Doc = Singletons.None;
    public PyObject Module;

    public PyFunction(PyCode code, PyDict globals, PyObject qualname) : base(Types.Function)
    {
        Code = code;
        Globals = globals;
        Builtins = Interpreter.BuiltinsDictFor(globals);
        Name = PyStr.From(code.Name);
        QualName = qualname;
        Module = globals.Get("__name__") ?? Singletons.None;
        if (code.Consts.Length > 0 && code.Consts[0] is PyStr doc && !code.IsGenerator) Doc = doc;
    }
}

/// <summary>A built-in function or a built-in bound to its module/self (Objects/methodobject.c).</summary>
public sealed class PyBuiltinFunction : PyObject
{
    public readonly string Name;
    public readonly NativeFn Fn;
    public readonly PyObject? Self;   // for bound built-in methods: args[0] is prepended
    public readonly string? Doc;
    // The module a module-level function belongs to (CPython's m_self and m_module for functions of a module):
    // what __self__, __module__ and __reduce__ report; calls never see it (Self stays null).
    public PyModule? Module;
    public PyBuiltinFunction(string name, NativeFn fn, PyObject? self = null, string? doc = null) : base(Types.BuiltinFunction)
    {
        Name = name; Fn = fn; Self = self; Doc = doc;
    }

    /// <summary>Claims the unbound functions of a freshly made built-in module, as PyModule_AddFunctions passes the
    /// module as m_self. A function builtins re-exports (open is _io.open) belongs to its defining module, so a
    /// later module takes it over from builtins.</summary>
    public static void AdoptModuleFunctions(PyModule module)
    {
        foreach (var (_, v) in module.Dict!.Items())
            if (v is PyBuiltinFunction { Self: null } f && (f.Module == null || f.Module.Name == "builtins"))
                f.Module = module;
    }
}

/// <summary>A method of a built-in type, found in the type's dict (Objects/descrobject.c method_descriptor).</summary>
public sealed class PyMethodDescriptor : PyObject
{
    public readonly string Name;
    public readonly PyType OwnerType;
    public readonly NativeFn Fn;   // args[0] is self
    public readonly bool IsClassMethod;
    public PyMethodDescriptor(string name, PyType owner, NativeFn fn, bool isClassMethod = false)
        : base(isClassMethod ? Types.ClassMethodDescriptor : Types.MethodDescriptor)
    {
        Name = name; OwnerType = owner; Fn = fn; IsClassMethod = isClassMethod;
    }
}

/// <summary>A bound method (Objects/classobject.c).</summary>
public sealed class PyMethod : PyObject
{
    public readonly PyObject Function;
    public readonly PyObject Self;
    public PyMethod(PyObject function, PyObject self) : base(Types.Method) { Function = function; Self = self; }
}

public sealed class PyClassMethod : PyObject
{
    public PyObject Callable;
    public PyClassMethod(PyObject callable) : base(Types.ClassMethod) { Callable = callable; Dict = new PyDict(); }
}

public sealed class PyStaticMethod : PyObject
{
    public PyObject Callable;
    public PyStaticMethod(PyObject callable) : base(Types.StaticMethod) { Callable = callable; Dict = new PyDict(); }
}

/// <summary>property (Objects/descrobject.c).</summary>
public sealed class PyProperty : PyObject
{
    public PyObject? Getter, Setter, Deleter;
    public PyObject Doc = Singletons.None;
    public PyObject? Name;
    public PyProperty(PyType t) : base(t) { }
}

/// <summary>A __slots__ member (Objects/descrobject.c member_descriptor).</summary>
public sealed class PySlotDescriptor : PyObject
{
    public readonly string Name;
    public readonly int Index;
    public readonly PyType OwnerType;
    public PySlotDescriptor(string name, int index, PyType owner) : base(Types.MemberDescriptor)
    {
        Name = name; Index = index; OwnerType = owner;
    }
}

/// <summary>A computed attribute of a built-in type (getset_descriptor), e.g. int.real.</summary>
public sealed class PyGetSetDescriptor : PyObject
{
    public readonly string Name;
    public readonly PyType OwnerType;
    public readonly Func<PyObject, PyObject> Getter;
    public readonly Action<PyObject, PyObject?>? Setter;
    public PyGetSetDescriptor(string name, PyType owner, Func<PyObject, PyObject> getter, Action<PyObject, PyObject?>? setter = null)
        : base(Types.GetSetDescriptor)
    {
        Name = name; OwnerType = owner; Getter = getter; Setter = setter;
    }
}

/// <summary>super() (Objects/typeobject.c super_getattro).</summary>
public sealed class PySuper : PyObject
{
    public PyType? ThisType;
    public PyObject? Obj;
    public PyType? ObjType;
    public PySuper(PyType t) : base(t) { }
}

/// <summary>A native iterator whose next step is a C# function returning null when exhausted.</summary>
public sealed class PyNativeIterator : PyObject
{
    public readonly Func<PyObject?> NextFn;
    public PyNativeIterator(PyType type, Func<PyObject?> next) : base(type) { NextFn = next; }
    public static PyNativeIterator FromEnumerable(PyType type, IEnumerable<PyObject> items)
    {
        var e = items.GetEnumerator();
        return new PyNativeIterator(type, () => e.MoveNext() ? e.Current : null);
    }
}

/// <summary>Iterator over a sequence via __getitem__ (Objects/iterobject.c seqiter) or over a list/tuple fast.</summary>
public sealed class PySeqIterator : PyObject
{
    public PyObject? Seq;
    public int Index;
    public PySeqIterator(PyType t, PyObject seq) : base(t) { Seq = seq; }
}

/// <summary>range iterator.</summary>
public sealed class PyRangeIterator : PyObject
{
    public long Next, Step, Remaining;
    public PyRangeIterator(long start, long step, long len) : base(Types.RangeIterator) { Next = start; Step = step; Remaining = len; }
}
