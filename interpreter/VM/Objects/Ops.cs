using System.Numerics;
using System.Runtime.CompilerServices;
using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Runtime;

namespace Pyref.VM.Objects;

public enum CompareOp { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 }

/// <summary>
/// The abstract object protocol (Objects/abstract.c, Objects/object.c): what the evaluation loop and
/// builtins call. Exact built-in types take C# fast paths; everything else goes through the dunder
/// found on the type (cached MRO lookup), so user subclasses and overrides behave as in CPython.
/// </summary>
public static partial class Ops
{
    public static readonly PyObject None = Singletons.None;
    public static readonly PyObject NotImplemented = Singletons.NotImplemented;

    public static string TypeName(PyObject o) => o.Type.Name;

    // ---------------------------------------------------------------- str / repr

    public static PyStr Repr(PyObject o)
    {
        var t = o.Type;
        var f = t.Lookup("__repr__");
        if (f == null) throw PyExc.TypeError("no __repr__");
        // Objects/object.c PyObject_Repr guards the slot call with its own recursion check.
        var ts = Ceval.PyThreadState.Current;
        ts.EnterRecursiveCall(" while getting the repr of an object");
        PyObject r;
        try { r = CallDescriptor(f, o); }
        finally { ts.LeaveRecursiveCall(); }
        if (r is not PyStr s) throw PyExc.TypeError($"__repr__ returned non-string (type {TypeName(r)})");
        return s;
    }

    public static string ReprString(PyObject o)
    {
        switch (o)
        {
            case PyStr s when o.Type == Types.Str: return StrMethods.Repr(s.Value);
            case PyInt i when o.Type == Types.Int: return i.ToDecimalString();
            case PyFloat f when o.Type == Types.Float: return PyFloat.Repr(f.Value);
        }
        return Repr(o).Value;
    }

    public static PyStr Str(PyObject o)
    {
        if (o.Type == Types.Str) return (PyStr)o;
        var f = o.Type.Lookup("__str__") ?? o.Type.Lookup("__repr__")!;
        var r = CallDescriptor(f, o);
        if (r is not PyStr s) throw PyExc.TypeError($"__str__ returned non-string (type {TypeName(r)})");
        return s;
    }

    public static string StrString(PyObject o)
    {
        switch (o)
        {
            case PyStr s when o.Type == Types.Str: return s.Value;
            case PyInt i when o.Type == Types.Int: return i.ToDecimalString();
            case PyFloat f when o.Type == Types.Float: return PyFloat.Repr(f.Value);
        }
        return Str(o).Value;
    }

    /// <summary>Calls a function found on a type as a method of <paramref name="self"/> (descriptor-aware, no allocation for functions).</summary>
    public static PyObject CallDescriptor(PyObject descr, PyObject self)
    {
        switch (descr)
        {
            case PyFunction f: return Calls.CallFunction(f, new[] { self }, null);
            case PyMethodDescriptor m: return m.Fn(new[] { self }, null);
        }
        var bound = DescrGet(descr, self, self.Type);
        return Call(bound, ReadOnlySpan<PyObject>.Empty, null);
    }

    public static PyObject CallDescriptor(PyObject descr, PyObject self, PyObject arg)
    {
        switch (descr)
        {
            case PyFunction f: return Calls.CallFunction(f, new[] { self, arg }, null);
            case PyMethodDescriptor m: return m.Fn(new[] { self, arg }, null);
        }
        var bound = DescrGet(descr, self, self.Type);
        return Call(bound, new[] { arg }, null);
    }

    public static PyObject CallDescriptor(PyObject descr, PyObject self, PyObject a1, PyObject a2)
    {
        switch (descr)
        {
            case PyFunction f: return Calls.CallFunction(f, new[] { self, a1, a2 }, null);
            case PyMethodDescriptor m: return m.Fn(new[] { self, a1, a2 }, null);
        }
        var bound = DescrGet(descr, self, self.Type);
        return Call(bound, new[] { a1, a2 }, null);
    }

    /// <summary>Looks up a special method on the type and calls it, or returns null if absent.</summary>
    public static PyObject? CallSpecial(PyObject o, string name)
    {
        var f = o.Type.Lookup(name);
        return f == null ? null : CallDescriptor(f, o);
    }
    public static PyObject? CallSpecial(PyObject o, string name, PyObject arg)
    {
        var f = o.Type.Lookup(name);
        return f == null ? null : CallDescriptor(f, o, arg);
    }

    // ---------------------------------------------------------------- hash / truth

    public static long Hash(PyObject o)
    {
        switch (o)
        {
            case PyStr s when o.Type == Types.Str: return s.Hash();
            case PyInt i when o.Type == Types.Int || o.Type == Types.Bool: return i.Hash();
            case PyFloat f when o.Type == Types.Float: return f.Hash();
            case PyTuple t when o.Type == Types.Tuple: return Hashing.HashTuple(t.Items);
        }
        var h = o.Type.Lookup("__hash__");
        if (h == null || h == None)
            throw PyExc.TypeError($"unhashable type: '{TypeName(o)}'");
        var r = CallDescriptor(h, o);
        if (r is not PyInt ri) throw PyExc.TypeError("__hash__ method should return an integer");
        // Hashes returned by __hash__ are reduced like long_hash, -1 becomes -2.
        return ri.IsSmall && ri.Small != -1 ? ri.Small : PyInt.From(ri.Value).Hash();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsTrue(PyObject o)
    {
        if (o == PyBool.True) return true;
        if (o == PyBool.False || o == None) return false;
        return IsTrueSlow(o);
    }

    private static bool IsTrueSlow(PyObject o)
    {
        var t = o.Type;
        if (t == Types.Int) return ((PyInt)o).Sign != 0;
        if (t == Types.Str) return ((PyStr)o).Value.Length != 0;
        if (t == Types.List) return ((PyList)o).Count != 0;
        if (t == Types.Tuple) return ((PyTuple)o).Items.Length != 0;
        if (t == Types.Dict) return ((PyDict)o).Count != 0;
        if (t == Types.Float) return ((PyFloat)o).Value != 0;
        var b = t.Lookup("__bool__");
        if (b != null && b != None)
        {
            var r = CallDescriptor(b, o);
            if (r is PyBool rb) return rb == PyBool.True;
            throw PyExc.TypeError($"__bool__ should return bool, returned {TypeName(r)}");
        }
        var l = t.Lookup("__len__");
        if (l != null && l != None)
        {
            return LenFromResult(CallDescriptor(l, o)) != 0;
        }
        return true;
    }

    public static PyObject Not(PyObject o) => IsTrue(o) ? PyBool.False : PyBool.True;

    // ---------------------------------------------------------------- comparisons

    public static readonly string[] CompareDunders = { "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__" };
    public static readonly string[] CompareSymbols = { "<", "<=", "==", "!=", ">", ">=" };
    private static readonly CompareOp[] s_swapped = { CompareOp.Gt, CompareOp.Ge, CompareOp.Eq, CompareOp.Ne, CompareOp.Lt, CompareOp.Le };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool CompareLongs(long a, long b, CompareOp op) => op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    };

    public static bool CompareDoubles(double a, double b, CompareOp op) => op switch
    {
        CompareOp.Lt => a < b,
        CompareOp.Le => a <= b,
        CompareOp.Eq => a == b,
        CompareOp.Ne => a != b,
        CompareOp.Gt => a > b,
        _ => a >= b,
    };

    /// <summary>PyObject_RichCompare (do_richcompare).</summary>
    public static PyObject RichCompare(PyObject a, PyObject b, CompareOp op)
    {
        var ta = a.Type; var tb = b.Type;
        if (ta == Types.Int && tb == Types.Int)
        {
            var ia = (PyInt)a; var ib = (PyInt)b;
            if (ia.IsSmall && ib.IsSmall) return PyBool.From(CompareLongs(ia.Small, ib.Small, op));
            return PyBool.From(CompareInts(ia.Value.CompareTo(ib.Value), op));
        }
        if (ta == Types.Float && tb == Types.Float) return PyBool.From(CompareDoubles(((PyFloat)a).Value, ((PyFloat)b).Value, op));
        if (ta == Types.Str && tb == Types.Str) return PyBool.From(CompareInts(StrMethods.Compare(((PyStr)a).Value, ((PyStr)b).Value), op));

        bool checkedReverse = false;
        PyObject res;
        if (ta != tb && tb.IsSubtypeOf(ta))
        {
            var f = tb.Lookup(CompareDunders[(int)s_swapped[(int)op]]);
            if (f != null && f != None)
            {
                checkedReverse = true;
                res = CallDescriptor(f, b, a);
                if (res != NotImplemented) return res;
            }
        }
        var fa = ta.Lookup(CompareDunders[(int)op]);
        if (fa != null && fa != None)
        {
            res = CallDescriptor(fa, a, b);
            if (res != NotImplemented) return res;
        }
        if (!checkedReverse)
        {
            var fb = tb.Lookup(CompareDunders[(int)s_swapped[(int)op]]);
            if (fb != null && fb != None)
            {
                res = CallDescriptor(fb, b, a);
                if (res != NotImplemented) return res;
            }
        }
        switch (op)
        {
            case CompareOp.Eq: return PyBool.From(ReferenceEquals(a, b));
            case CompareOp.Ne: return PyBool.From(!ReferenceEquals(a, b));
        }
        throw PyExc.TypeError($"'{CompareSymbols[(int)op]}' not supported between instances of '{TypeName(a)}' and '{TypeName(b)}'");
    }

    public static bool CompareInts(int c, CompareOp op) => op switch
    {
        CompareOp.Lt => c < 0,
        CompareOp.Le => c <= 0,
        CompareOp.Eq => c == 0,
        CompareOp.Ne => c != 0,
        CompareOp.Gt => c > 0,
        _ => c >= 0,
    };

    /// <summary>PyObject_RichCompareBool: identity implies equality.</summary>
    public static bool RichCompareBool(PyObject a, PyObject b, CompareOp op)
    {
        if (ReferenceEquals(a, b))
        {
            if (op == CompareOp.Eq) return true;
            if (op == CompareOp.Ne) return false;
        }
        return IsTrue(RichCompare(a, b, op));
    }

    public static bool Eq(PyObject a, PyObject b) => RichCompareBool(a, b, CompareOp.Eq);

    // ---------------------------------------------------------------- attributes

    public static bool IsDataDescriptor(PyObject d) => d switch
    {
        PyProperty or PySlotDescriptor or PyGetSetDescriptor => true,
        PyFunction or PyMethodDescriptor or PyClassMethod or PyStaticMethod or PyStr or PyInt => false,
        _ => d.Type.HasDescrSet && d.Type.HasDescrGet || d.Type.HasDescrSet,
    };

    /// <summary>descr.__get__(obj, type); obj null means access through the class.</summary>
    public static PyObject DescrGet(PyObject d, PyObject? obj, PyType type)
    {
        switch (d)
        {
            case PyFunction:
                return obj == null ? d : new PyMethod(d, obj);
            case PyMethodDescriptor md:
                if (md.IsClassMethod) return new PyBuiltinFunction(md.Name, md.Fn, type);
                if (obj == null) return d;
                return new PyBuiltinFunction(md.Name, md.Fn, obj);
            case PyClassMethod cm:
                return new PyMethod(cm.Callable, type);
            case PyStaticMethod sm:
                return sm.Callable;
            case PyProperty p:
                if (obj == null) return d;
                if (p.Getter == null || p.Getter == None)
                    throw PyExc.AttributeError(p.Name is PyStr pn
                        ? $"property '{pn.Value}' of '{obj.Type.Name}' object has no getter"
                        : "unreadable attribute");
                return Call(p.Getter, new[] { obj }, null);
            case PySlotDescriptor sd:
                if (obj == null) return d;
                var v = obj is PyInstance pinst ? pinst.Slots?[sd.Index] : (obj as ISlotStorage)?.Slots?[sd.Index];
                if (v == null) throw PyExc.AttributeError($"'{obj.Type.Name}' object has no attribute '{sd.Name}'");
                return v;
            case PyGetSetDescriptor gs:
                if (obj == null) return d;
                return gs.Getter(obj);
            case PyType or PyStr or PyInt or PyFloat or PyTuple or PyList or PyDict or PySingleton or PyBuiltinFunction:
                return d;
        }
        var get = d.Type.Lookup("__get__");
        if (get == null) return d;
        return Call(get, new PyObject[] { d, (PyObject?)obj ?? None, type }, null);
    }

    public static PyObject GetAttr(PyObject o, string name) => GetAttr(o, PyStr.Intern(name));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetAttr(PyObject o, PyStr name)
    {
        return GetAttrCoreUnsuppressed(o, name) ?? throw AttributeErrorFor(o, name.Value);
    }

    public static PyException AttributeErrorFor(PyObject o, string name)
    {
        PyException e;
        if (o is PyModule m)
        {
            // module_getattro's messages: a module whose __spec__._initializing is set is mid-import.
            var modName = m.Dict!.GetItemOrNull(PyStr.Intern("__name__"));
            var spec = m.Dict!.GetItemOrNull(PyStr.Intern("__spec__"));
            e = PyExc.AttributeError(modName is not PyStr mn ? $"module has no attribute '{name}'"
                : Import.SpecIsInitializing(spec)
                    ? $"partially initialized module '{mn.Value}' has no attribute '{name}' (most likely due to a circular import)"
                    : Import.SpecIsUninitializedSubmodule(spec, name)
                        ? $"cannot access submodule '{name}' of module '{mn.Value}' (most likely due to a circular import)"
                        : $"module '{mn.Value}' has no attribute '{name}'");
        }
        else if (o is PyType t) e = PyExc.AttributeError($"type object '{t.Name}' has no attribute '{name}'");
        else e = PyExc.AttributeError($"'{TypeName(o)}' object has no attribute '{name}'");
        e.Value.SetAttr("name", PyStr.From(name));
        e.Value.SetAttr("obj", o);
        return e;
    }

    /// <summary>getattr without raising AttributeError for a missing attribute (other errors propagate).</summary>
    public static PyObject? GetAttrOrNull(PyObject o, PyStr name) => GetAttrCore(o, name, suppress: true);

    /// <summary>slot_tp_getattr_hook: __getattribute__, then __getattr__ on AttributeError. With
    /// <paramref name="suppress"/>, an AttributeError from the hook means "missing" (getattr with default).</summary>
    private static PyObject? GetAttrCore(PyObject o, PyStr name, bool suppress)
    {
        try
        {
            return GetAttrCoreUnsuppressed(o, name);
        }
        catch (PyException e) when (suppress && e.Value.Type.IsSubtypeOf(Types.AttributeError))
        {
            return null;
        }
    }

    private static PyObject? GetAttrCoreUnsuppressed(PyObject o, PyStr name)
    {
        var t = o.Type;
        if (t.OverridesGetAttribute)
        {
            try
            {
                var ga = t.Lookup("__getattribute__")!;
                return CallDescriptor(ga, o, name);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.AttributeError))
            {
                if (!t.HasGetAttrHook) return null;
                return CallDescriptor(t.Lookup("__getattr__")!, o, name);
            }
        }
        var r = o is PyType ty ? TypeGetAttr(ty, name) : GenericGetAttr(o, name);
        // Objects/classobject.c method_getattro: what the method type lacks comes from the function
        // (functools.wraps' __wrapped__, function attributes), with the function's AttributeError.
        if (r == null && o is PyMethod pm && t == Types.Method)
            return GetAttrCoreUnsuppressed(pm.Function, name) ?? throw AttributeErrorFor(pm.Function, name.Value);
        // Objects/moduleobject.c module_getattro: a module-level __getattr__ (PEP 562).
        if (r == null && o is PyModule && o.Dict!.GetItemOrNull(PyStr.Intern("__getattr__")) is { } modGetAttr)
            return Call(modGetAttr, name);
        if (r == null && t.HasGetAttrHook)
            return CallDescriptor(t.Lookup("__getattr__")!, o, name);
        return r;
    }

    /// <summary>PyObject_GenericGetAttr, returning null when missing.</summary>
    public static PyObject? GenericGetAttr(PyObject o, PyStr name)
    {
        var t = o.Type;
        var descr = t.Lookup(name);
        if (descr != null && !(descr is PyFunction) && IsDataDescriptor(descr))
            return DescrGet(descr, o, t);
        if (o.Dict != null)
        {
            var v = o.Dict.GetItemOrNull(name);
            if (v != null) return v;
        }
        if (descr != null) return DescrGet(descr, o, t);
        // The __dict__ getset of classes with instance dictionaries (subtype_dict).
        if (o.Dict != null && name.Value == "__dict__" && o is not PyType) return o.Dict;
        return null;
    }

    /// <summary>type_getattro: metatype data descriptors, then the MRO (binding with obj=None), then the metatype.</summary>
    public static PyObject? TypeGetAttr(PyType type, PyStr name)
    {
        var meta = type.Type;
        var metaAttr = meta.Lookup(name);
        if (metaAttr != null && IsDataDescriptor(metaAttr))
            return DescrGet(metaAttr, type, meta);
        var attr = type.Lookup(name);
        if (attr != null)
        {
            if (attr is PyFunction || attr is PyStr || attr is PyInt) return attr;
            return DescrGet(attr, null, type);
        }
        if (metaAttr != null) return DescrGet(metaAttr, type, meta);
        return null;
    }

    public static void SetAttr(PyObject o, string name, PyObject value) => SetAttr(o, PyStr.Intern(name), value);

    public static void SetAttr(PyObject o, PyStr name, PyObject? value)
    {
        var t = o.Type;
        var sa = t.Lookup(value == null ? "__delattr__" : "__setattr__");
        if (sa != null && sa != Types.ObjectSetAttr && sa != Types.ObjectDelAttr && sa != Types.TypeSetAttr)
        {
            if (value == null) CallDescriptor(sa, o, name); else CallDescriptor(sa, o, name, value);
            return;
        }
        GenericSetAttr(o, name, value);
    }

    /// <summary>PyObject_GenericSetAttr (and type_setattro for classes).</summary>
    public static void GenericSetAttr(PyObject o, PyStr name, PyObject? value)
    {
        if (o is PyType ty)
        {
            if (!ty.IsHeapType)
                throw PyExc.TypeError($"cannot set '{name.Value}' attribute of immutable type '{ty.Name}'");
            var metaDescr = ty.Type.Lookup(name);
            if (metaDescr != null && IsDataDescriptor(metaDescr)) { DescrSet(metaDescr, o, value, name.Value); return; }
            if (value == null)
            {
                if (!ty.Dict!.Remove(name)) throw PyExc.AttributeError($"type object '{ty.Name}' has no attribute '{name.Value}'");
            }
            else ty.Dict!.SetItem(name, value);
            ty.Modified();
            return;
        }
        var t = o.Type;
        var descr = t.Lookup(name);
        if (descr != null && IsDataDescriptor(descr)) { DescrSet(descr, o, value, name.Value); return; }
        if (o.Dict == null && o is PyFunction) o.Dict = new PyDict();   // func_dict is created on first use
        if (o.Dict == null)
        {
            if (descr == null)
                throw value == null || t.IsHeapType || true
                    ? SetAttrMissing(o, name.Value, descr)
                    : SetAttrMissing(o, name.Value, descr);
            throw PyExc.AttributeError($"'{TypeName(o)}' object attribute '{name.Value}' is read-only");
        }
        if (value == null)
        {
            if (!o.Dict.Remove(name)) throw AttributeErrorFor(o, name.Value);
        }
        else o.Dict.SetItem(name, value);
    }

    private static PyException SetAttrMissing(PyObject o, string name, PyObject? descr) =>
        PyExc.AttributeError($"'{TypeName(o)}' object has no attribute '{name}'");

    public static void DescrSet(PyObject d, PyObject obj, PyObject? value, string name)
    {
        switch (d)
        {
            case PyProperty p:
                if (value == null)
                {
                    if (p.Deleter == null || p.Deleter == None)
                        throw PyExc.AttributeError(p.Name is PyStr pn ? $"property '{pn.Value}' of '{obj.Type.Name}' object has no deleter" : "can't delete attribute");
                    Call(p.Deleter, new[] { obj }, null);
                }
                else
                {
                    if (p.Setter == null || p.Setter == None)
                        throw PyExc.AttributeError(p.Name is PyStr pn ? $"property '{pn.Value}' of '{obj.Type.Name}' object has no setter" : "can't set attribute");
                    Call(p.Setter, new[] { obj, value }, null);
                }
                return;
            case PySlotDescriptor sd:
                var slots = obj is PyInstance inst ? inst.Slots! : ((ISlotStorage)obj).Slots!;
                if (value == null && slots[sd.Index] == null) throw PyExc.AttributeError($"'{obj.Type.Name}' object has no attribute '{sd.Name}'");
                slots[sd.Index] = value;
                return;
            case PyGetSetDescriptor gs:
                if (gs.Setter == null)
                    throw PyExc.AttributeError($"attribute '{gs.Name}' of '{gs.OwnerType.Name}' objects is not writable");
                gs.Setter(obj, value);
                return;
        }
        var f = d.Type.Lookup(value == null ? "__delete__" : "__set__");
        if (f == null) throw PyExc.AttributeError(value == null ? "__delete__" : "__set__");
        if (value == null) CallDescriptor(f, d, obj); else CallDescriptor(f, d, obj, value);
    }

    public static bool HasAttr(PyObject o, PyStr name) => GetAttrOrNull(o, name) != null;

    // ---------------------------------------------------------------- calls

    public static PyObject Call(PyObject callable, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        switch (callable)
        {
            case PyFunction f:
                return Calls.CallFunction(f, args, kwnames);
            case PyBuiltinFunction b:
                if (b.Self == null) return b.Fn(args, kwnames);
                return b.Fn(Prepend(b.Self, args), kwnames);
            case PyMethod m:
                if (m.Function is PyFunction mf) return Calls.CallFunctionWithSelf(mf, m.Self, args, kwnames);
                return Call(m.Function, Prepend(m.Self, args), kwnames);
            case PyMethodDescriptor md:
                return CallMethodDescriptor(md, args, kwnames);
            case PyCallableObject co when !co.Type.IsHeapType:
                return co.Call(args, kwnames);
            case PyType t:
                if (t.Type != Types.Type)
                {
                    var metaCall = t.Type.Lookup("__call__");
                    if (metaCall is PyFunction mcf) return Calls.CallFunction(mcf, Prepend(t, args), kwnames);
                }
                return TypeCall.Call(t, args, kwnames);
        }
        var call = callable.Type.Lookup("__call__");
        if (call == null)
            throw PyExc.TypeError($"'{TypeName(callable)}' object is not callable");
        if (call is PyFunction cf) return Calls.CallFunction(cf, Prepend(callable, args), kwnames);
        return Call(DescrGet(call, callable, callable.Type), args, kwnames);
    }

    public static PyObject CallMethodDescriptor(PyMethodDescriptor md, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        if (md.IsClassMethod) return md.Fn(args, kwnames);
        if (args.Length - (kwnames?.Count ?? 0) < 1)
            throw PyExc.TypeError($"unbound method {md.OwnerType.Name}.{md.Name}() needs an argument");
        if (!args[0].Type.IsSubtypeOf(md.OwnerType))
            throw PyExc.TypeError($"descriptor '{md.Name}' for '{md.OwnerType.Name}' objects doesn't apply to a '{TypeName(args[0])}' object");
        return md.Fn(args, kwnames);
    }

    public static PyObject[] Prepend(PyObject first, ReadOnlySpan<PyObject> rest)
    {
        var a = new PyObject[rest.Length + 1];
        a[0] = first;
        rest.CopyTo(a.AsSpan(1));
        return a;
    }

    public static PyObject Call(PyObject callable, params PyObject[] args) => Call(callable, args.AsSpan(), null);

    public static PyObject CallMethod(PyObject o, string name, params PyObject[] args)
    {
        var f = GetAttr(o, name);
        return Call(f, args, null);
    }

    /// <summary>Calls with a positional tuple and a keyword dict (CALL_FUNCTION_EX, PyObject_Call).</summary>
    public static PyObject CallWithDict(PyObject callable, PyObject[] args, PyDict? kwargs)
    {
        if (kwargs == null || kwargs.Count == 0) return Call(callable, args, null);
        var all = new PyObject[args.Length + kwargs.Count];
        args.CopyTo(all, 0);
        var names = new PyObject[kwargs.Count];
        int i = 0;
        foreach (var kv in kwargs.Items())
        {
            // Objects/call.c _PyStack_UnpackDict: checked before the callee is known, so no name.
            if (kv.Key is not PyStr) throw PyExc.TypeError("keywords must be strings");
            names[i] = kv.Key;
            all[args.Length + i] = kv.Value;
            i++;
        }
        return Call(callable, all, PyTuple.From(names));
    }

    // ---------------------------------------------------------------- iteration

    public static PyObject GetIter(PyObject o)
    {
        var t = o.Type;
        if (t == Types.List || t == Types.Tuple) return new PySeqIterator(t == Types.List ? Types.ListIterator : Types.TupleIterator, o);
        if (t == Types.Range)
        {
            var r = (PyRange)o;
            return RangeSliceMethods.Iter(r);
        }
        var it = t.Lookup("__iter__");
        if (it == null || it == None)
        {
            if (it == null && t.Lookup("__getitem__") != null) return new PySeqIterator(Types.SeqIterator, o);
            throw PyExc.TypeError($"'{TypeName(o)}' object is not iterable");
        }
        var r2 = CallDescriptor(it, o);
        if (r2.Type.Lookup("__next__") == null)
            throw PyExc.TypeError($"iter() returned non-iterator of type '{TypeName(r2)}'");
        return r2;
    }

    /// <summary>The next item, or null when the iterator is exhausted (StopIteration swallowed).</summary>
    public static PyObject? Next(PyObject iter)
    {
        switch (iter)
        {
            case PySeqIterator si when si.Type != Types.SeqIterator:
                {
                    if (si.Seq is PyList l)
                    {
                        if (si.Index < l.Count) return l.Items[si.Index++];
                        si.Seq = null; return null;
                    }
                    if (si.Seq is PyTuple tu)
                    {
                        if (si.Index < tu.Items.Length) return tu.Items[si.Index++];
                        si.Seq = null; return null;
                    }
                    return null;
                }
            case PyRangeIterator ri:
                if (ri.Remaining <= 0) return null;
                ri.Remaining--;
                var v = ri.Next;
                ri.Next += ri.Step;
                return PyInt.From(v);
            case PyNativeIterator ni:
                return ni.NextFn();
            case PyIterObject io when !io.Type.IsHeapType:
                return io.Next();
            case Generators.PyGenerator g when g.Type == Types.Generator:
                return g.NextOrNull();
        }
        var next = iter.Type.Lookup("__next__");
        if (next == null) throw PyExc.TypeError($"'{TypeName(iter)}' object is not an iterator");
        try
        {
            return CallDescriptor(next, iter);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.StopIteration))
        {
            return null;
        }
    }

    public static List<PyObject> ToList(PyObject iterable)
    {
        if (iterable is PyList l && l.Type == Types.List) return new List<PyObject>(l.AsSpan().ToArray());
        if (iterable is PyTuple t && t.Type == Types.Tuple) return new List<PyObject>(t.Items);
        var it = GetIter(iterable);
        var result = new List<PyObject>();
        PyObject? x;
        while ((x = Next(it)) != null) result.Add(x);
        return result;
    }

    public static PyObject[] ToArray(PyObject iterable)
    {
        if (iterable is PyTuple t && t.Type == Types.Tuple) return t.Items;
        if (iterable is PyList l && l.Type == Types.List) return l.ToArray();
        return ToList(iterable).ToArray();
    }

    public static IEnumerable<PyObject> Iterate(PyObject iterable)
    {
        var it = GetIter(iterable);
        PyObject? x;
        while ((x = Next(it)) != null) yield return x;
    }

    // ---------------------------------------------------------------- containers

    public static long LenFromResult(PyObject r)
    {
        if (r is not PyInt i) throw PyExc.TypeError($"'{TypeName(r)}' object cannot be interpreted as an integer");
        if (i.Sign < 0) throw PyExc.ValueError("__len__() should return >= 0");
        if (!i.IsSmall) throw PyExc.OverflowError("cannot fit 'int' into an index-sized integer");
        return i.Small;
    }

    public static long Len(PyObject o)
    {
        switch (o)
        {
            case PyList l when o.Type == Types.List: return l.Count;
            case PyTuple t when o.Type == Types.Tuple: return t.Items.Length;
            case PyStr s when o.Type == Types.Str: return s.Length;
            case PyDict d when o.Type == Types.Dict: return d.Count;
        }
        var f = o.Type.Lookup("__len__");
        if (f == null || f == None) throw PyExc.TypeError($"object of type '{TypeName(o)}' has no len()");
        return LenFromResult(CallDescriptor(f, o));
    }

    public static PyObject GetItem(PyObject o, PyObject key)
    {
        if (o.Type == Types.List && key is PyInt ki && ki.IsSmall && key.Type == Types.Int)
        {
            var l = (PyList)o;
            long i = ki.Small;
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count) throw PyExc.IndexError("list index out of range");
            return l.Items[i];
        }
        if (o.Type == Types.Dict)
        {
            var d = (PyDict)o;
            var v = d.GetItemOrNull(key);
            if (v != null) return v;
        }
        var f = o.Type.Lookup("__getitem__");
        if (f != null && f != None) return CallDescriptor(f, o, key);
        if (o is PyType ty)
        {
            if (ty == Types.Type) return new PyGenericAlias(ty, key);
            var cg = TypeGetAttr(ty, PyStr.Intern("__class_getitem__"));
            if (cg != null) return Call(cg, key);
            throw PyExc.TypeError($"type '{ty.Name}' is not subscriptable");
        }
        throw PyExc.TypeError($"'{TypeName(o)}' object is not subscriptable");
    }

    public static void SetItem(PyObject o, PyObject key, PyObject value)
    {
        if (o.Type == Types.List && key is PyInt ki && ki.IsSmall && key.Type == Types.Int)
        {
            var l = (PyList)o;
            long i = ki.Small;
            if (i < 0) i += l.Count;
            if ((ulong)i >= (ulong)l.Count) throw PyExc.IndexError("list assignment index out of range");
            l.Items[i] = value;
            return;
        }
        if (o.Type == Types.Dict) { ((PyDict)o).SetItem(key, value); return; }
        var f = o.Type.Lookup("__setitem__");
        if (f == null || f == None) throw PyExc.TypeError($"'{TypeName(o)}' object does not support item assignment");
        CallDescriptor(f, o, key, value);
    }

    public static void DelItem(PyObject o, PyObject key)
    {
        var f = o.Type.Lookup("__delitem__");
        if (f == null || f == None) throw PyExc.TypeError($"'{TypeName(o)}' object doesn't support item deletion");
        CallDescriptor(f, o, key);
    }

    public static bool Contains(PyObject container, PyObject item)
    {
        switch (container)
        {
            case PyDict d when container.Type == Types.Dict: return d.ContainsKey(item);
            case PySet s when container.Type == Types.Set || container.Type == Types.FrozenSet: return s.Contains(item);
            case PyStr s when container.Type == Types.Str:
                if (item is not PyStr sub) throw PyExc.TypeError($"'in <string>' requires string as left operand, not {TypeName(item)}");
                return s.Value.Contains(sub.Value, StringComparison.Ordinal);
        }
        var f = container.Type.Lookup("__contains__");
        if (f != null && f != None) return IsTrue(CallDescriptor(f, container, item));
        if (container.Type.Lookup("__iter__") == null && container.Type.Lookup("__getitem__") == null)
            throw PyExc.TypeError($"argument of type '{TypeName(container)}' is not iterable");
        foreach (var x in Iterate(container))
            if (RichCompareBool(x, item, CompareOp.Eq)) return true;
        return false;
    }

    /// <summary>PyNumber_Index: __index__ for sequence indices and int-only arguments.</summary>
    public static PyInt Index(PyObject o)
    {
        if (o is PyInt i) return i.Type == Types.Int || i.Type == Types.Bool ? i : PyInt.From(i.Value);
        var f = o.Type.Lookup("__index__");
        if (f == null) throw PyExc.TypeError($"'{TypeName(o)}' object cannot be interpreted as an integer");
        var r = CallDescriptor(f, o);
        if (r is not PyInt ri) throw PyExc.TypeError($"__index__ returned non-int (type {TypeName(r)})");
        return ri;
    }

    public static long IndexAsLong(PyObject o)
    {
        var i = Index(o);
        if (!i.IsSmall) throw PyExc.IndexError($"cannot fit 'int' into an index-sized integer");
        return i.Small;
    }

    /// <summary>_PyEval_SliceIndex: None is handled by the caller; huge values clamp.</summary>
    public static long SliceIndex(PyObject o)
    {
        if (o is PyInt i) return i.IsSmall ? i.Small : (i.Sign < 0 ? long.MinValue : long.MaxValue);
        if (o.Type.Lookup("__index__") == null)
            throw PyExc.TypeError("slice indices must be integers or None or have an __index__ method");
        var r = Index(o);
        return r.IsSmall ? r.Small : (r.Sign < 0 ? long.MinValue : long.MaxValue);
    }

    public static bool IsInstance(PyObject o, PyType t) => o.Type == t || o.Type.IsSubtypeOf(t);

    public static PyObject Bool(bool b) => b ? PyBool.True : PyBool.False;
}

/// <summary>types.GenericAlias for list[int] and friends (Objects/genericaliasobject.c), repr only.</summary>
public sealed class PyGenericAlias : PyObject
{
    public readonly PyObject Origin, Args;
    public PyGenericAlias(PyObject origin, PyObject args) : base(Types.GenericAlias) { Origin = origin; Args = args; }
}
