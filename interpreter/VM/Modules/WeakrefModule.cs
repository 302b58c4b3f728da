using System.Runtime.CompilerServices;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _weakref (Modules/_weakref.c, Objects/weakrefobject.c): weak references over .NET WeakReference.
/// DEVIATION(CPython): objects die when the .NET garbage collector collects them, not when their last strong
/// reference goes away, so a ref may still return its object after `del`; callbacks are never called (CPython
/// calls them at deallocation, which the VM cannot observe).
/// </summary>
[BuiltinModule("_weakref")]
public static class WeakrefModule
{
    private static PyType? s_ref, s_proxy, s_callableProxy;

    public sealed class PyWeakRef : PyObject, ISlotStorage
    {
        public readonly WeakReference<PyObject> Target;
        public readonly PyObject? Callback;
        public long Hash = -1;
        public PyObject?[]? Slots { get; }
        public PyWeakRef(PyType t, PyObject target, PyObject? callback) : base(t)
        {
            Target = new WeakReference<PyObject>(target);
            Callback = callback;
            if (t.SlotCount > 0) Slots = new PyObject?[t.SlotCount];
            if (t.HasInstanceDict) Dict = new PyDict();
        }
        public PyObject? Get() => Target.TryGetTarget(out var o) ? o : null;
    }

    /// <summary>Every weak reference and proxy made to an object, oldest first (the object's weakref list).</summary>
    private static readonly ConditionalWeakTable<PyObject, List<PyWeakRef>> s_refs = new();

    public static PyModule Create()
    {
        var m = new PyModule("_weakref");
        var d = m.Dict!;
        var rt = RefType();
        d.Set("ref", rt);
        d.Set("ReferenceType", rt);
        d.Set("ProxyType", ProxyType(callable: false));
        d.Set("CallableProxyType", ProxyType(callable: true));
        d.Set("getweakrefcount", Fn("getweakrefcount", (a, kw) =>
        {
            CheckCount("getweakrefcount", a.Length, 1, 1);
            return PyInt.From(s_refs.TryGetValue(a[0], out var l) ? l.Count : 0);
        }));
        d.Set("getweakrefs", Fn("getweakrefs", (a, kw) =>
        {
            CheckCount("getweakrefs", a.Length, 1, 1);
            return s_refs.TryGetValue(a[0], out var l) ? new PyList(l.Cast<PyObject>().ToList()) : new PyList();
        }));
        d.Set("proxy", Fn("proxy", (a, kw) =>
        {
            CheckCount("proxy", a.Length, 1, 2);
            var callback = a.Length > 1 && a[1] != None ? a[1] : null;
            bool callable = a[0].Type.Lookup("__call__") != null;
            return NewRef(ProxyType(callable), a[0], callback);
        }));
        // _remove_dead_weakref(dict, key): delete dict[key] if it is a dead weak reference.
        d.Set("_remove_dead_weakref", Fn("_remove_dead_weakref", (a, kw) =>
        {
            CheckCount("_remove_dead_weakref", a.Length, 2, 2);
            if (a[0] is not PyDict dict) throw PyExc.TypeError($"_remove_dead_weakref() argument 1 must be dict, not {Ops.TypeName(a[0])}");
            var v = dict.GetItemOrNull(a[1]);
            if (v is PyWeakRef r && r.Get() == null) dict.Remove(a[1]);
            return None;
        }));
        return m;
    }

    /// <summary>Objects/weakrefobject.c: only types with a weakref list slot can be referenced.</summary>
    private static void CheckReferent(PyObject o)
    {
        var t = o.Type;
        if (t == Types.Int || t == Types.Bool || t == Types.Str || t == Types.Tuple || t == Types.List || t == Types.Dict
            || t == Types.Float || t == Types.Complex || t == Types.Bytes || t == Types.NoneType || o is PySingleton)
            throw PyExc.TypeError($"cannot create weak reference to '{t.Name}' object");
    }

    private static PyWeakRef NewRef(PyType type, PyObject target, PyObject? callback)
    {
        CheckReferent(target);
        var list = s_refs.GetOrCreateValue(target);
        // weakref___new__ / PyWeakref_NewRef: a plain ref (or proxy) without callback is shared.
        if (callback == null && (type == s_ref || type == s_proxy || type == s_callableProxy))
            foreach (var r in list)
                if (r.Type == type && r.Callback == null) return r;
        var nr = new PyWeakRef(type, target, callback);
        list.Add(nr);
        return nr;
    }

    private static PyType RefType()
    {
        if (s_ref != null) return s_ref;
        var t = NativeTypes.New("weakref", "ReferenceType", Types.Object, ownLayout: true);
        t.Name = t.QualName = "ReferenceType";
        t.Dict!.Set("__module__", PyStr.From("weakref"));
        s_ref = t;
        DefStatic(t, "__new__", (a, kw) =>
        {
            if (a.Length < 2) throw PyExc.TypeError($"__new__ expected at least 1 argument, got {a.Length - 1}");
            if (a.Length > 3) throw PyExc.TypeError($"__new__ expected at most 2 arguments, got {a.Length - 1}");
            var cls = (PyType)a[0];
            return NewRef(cls, a[1], a.Length > 2 && a[2] != None ? a[2] : null);
        });
        Def(t, "__init__", (a, kw) => None);
        Def(t, "__call__", (a, kw) =>
        {
            if (a.Length != 1) throw PyExc.TypeError($"weakref() takes exactly 0 arguments ({a.Length - 1} given)");
            return ((PyWeakRef)a[0]).Get() ?? None;
        });
        GetSet(t, "__callback__", a => ((PyWeakRef)a).Callback ?? None);
        Def0(t, "__hash__", a =>
        {
            var r = (PyWeakRef)a;
            if (r.Hash != -1) return PyInt.From(r.Hash);
            var o = r.Get() ?? throw PyExc.TypeError("weak object has gone away");
            r.Hash = Ops.Hash(o);
            return PyInt.From(r.Hash);
        });
        // weakref_richcompare: live references compare their referents, otherwise identity.
        Def1(t, "__eq__", (a, b) => Compare(a, b, eq: true));
        Def1(t, "__ne__", (a, b) => Compare(a, b, eq: false));
        Def0(t, "__repr__", a =>
        {
            var r = (PyWeakRef)a;
            var o = r.Get();
            if (o == null) return PyStr.From($"<weakref at 0x{a.Id:x}; dead>");
            var name = Ops.GetAttrOrNull(o, PyStr.Intern("__name__"));
            return PyStr.From(name is PyStr ns
                ? $"<weakref at 0x{a.Id:x}; to '{o.Type.Name}' at 0x{o.Id:x} ({ns.Value})>"
                : $"<weakref at 0x{a.Id:x}; to '{o.Type.Name}' at 0x{o.Id:x}>");
        });
        DefClass(t, "__class_getitem__", (a, kw) => new PyGenericAlias(a[0], a[1]));
        return t;
    }

    private static PyObject Compare(PyObject a, PyObject b, bool eq)
    {
        if (b is not PyWeakRef rb || !b.Type.IsSubtypeOf(s_ref!)) return Singletons.NotImplemented;
        var ra = (PyWeakRef)a;
        var oa = ra.Get(); var ob = rb.Get();
        if (oa == null || ob == null) return PyBool.From(ReferenceEquals(a, b) == eq);
        return Ops.RichCompare(oa, ob, eq ? CompareOp.Eq : CompareOp.Ne);
    }

    /// <summary>weakproxy / weakcallableproxy: forward every operation to the live referent.</summary>
    private static PyType ProxyType(bool callable)
    {
        if (callable ? s_callableProxy != null : s_proxy != null) return callable ? s_callableProxy! : s_proxy!;
        var t = NativeTypes.New("weakref", callable ? "CallableProxyType" : "ProxyType", Types.Object, ownLayout: true);
        if (callable) s_callableProxy = t; else s_proxy = t;
        static PyObject Referent(PyObject p) => ((PyWeakRef)p).Get()
            ?? throw PyExc.Make(Types.ReferenceError, "weakly-referenced object no longer exists");
        Def(t, "__getattribute__", (a, kw) => Ops.GetAttr(Referent(a[0]), (PyStr)a[1]));
        Def(t, "__setattr__", (a, kw) => { Ops.SetAttr(Referent(a[0]), (PyStr)a[1], a[2]); return None; });
        Def(t, "__delattr__", (a, kw) => { Ops.SetAttr(Referent(a[0]), (PyStr)a[1], null); return None; });
        Def0(t, "__repr__", a =>
        {
            var o = ((PyWeakRef)a).Get();
            return PyStr.From(o == null ? $"<weakproxy at 0x{a.Id:x}; dead>" : $"<weakproxy at 0x{a.Id:x}; to '{o.Type.Name}' at 0x{o.Id:x}>");
        });
        Def0(t, "__str__", a => Ops.Str(Referent(a)));
        Def0(t, "__bool__", a => PyBool.From(Ops.IsTrue(Referent(a))));
        Def0(t, "__len__", a => PyInt.From(Ops.Len(Referent(a))));
        Def0(t, "__iter__", a => Ops.GetIter(Referent(a)));
        Def1(t, "__getitem__", (a, k) => Ops.GetItem(Referent(a), k));
        Def(t, "__setitem__", (a, kw) => { Ops.SetItem(Referent(a[0]), a[1], a[2]); return None; });
        Def1(t, "__contains__", (a, k) => PyBool.From(Ops.Contains(Referent(a), k)));
        Def1(t, "__eq__", (a, b) => Ops.RichCompare(Referent(a), b is PyWeakRef rb && rb.Type.IsSubtypeOf(t) ? Referent(b) : b, CompareOp.Eq));
        Def1(t, "__ne__", (a, b) => Ops.RichCompare(Referent(a), b is PyWeakRef rb && rb.Type.IsSubtypeOf(t) ? Referent(b) : b, CompareOp.Ne));
        t.Dict!.Set("__hash__", None);
        if (callable)
            Def(t, "__call__", (a, kw) => Ops.Call(Referent(a[0]), a.Slice(1), kw));
        return t;
    }
}
