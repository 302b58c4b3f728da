using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _abc (Modules/_abc.c of 3.11): the C half of abc.ABCMeta (Lib/abc.py imports it before falling back to
/// _py_abc). The per-class state is an _abc_data object stored as cls._abc_impl.
/// DEVIATION(CPython): the registry and caches hold classes strongly (CPython keeps weak references), so
/// _get_dump returns sets of classes instead of sets of weakrefs.
/// </summary>
[BuiltinModule("_abc")]
public static class AbcModule
{
    public static readonly PyType AbcDataType = NewType("_abc", "_abc_data");

    /// <summary>abc_invalidation_counter: bumped by every register(); negative caches older than it are stale.</summary>
    private static long s_invalidationCounter;

    static AbcModule()
    {
        DefStatic(AbcDataType, "__new__", (a, kw) => new AbcData());
        AbcDataType.Modified();
    }

    private sealed class AbcData() : PyObject(AbcDataType)
    {
        public readonly HashSet<PyObject> Registry = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<PyObject> Cache = new(ReferenceEqualityComparer.Instance);
        public readonly HashSet<PyObject> NegativeCache = new(ReferenceEqualityComparer.Instance);
        public long NegativeCacheVersion = s_invalidationCounter;
    }

    public static PyModule Create()
    {
        var m = new PyModule("_abc");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("Module contains faster C implementation of abc.ABCMeta"));
        d.Set("get_cache_token", Fn("get_cache_token", (a, kw) => { CheckPositional("get_cache_token", a.Length, 0, 0); return PyInt.From(s_invalidationCounter); }));
        d.Set("_abc_init", Fn("_abc_init", (a, kw) => { One("_abc_init", a, kw); return Init(a[0]); }));
        d.Set("_abc_register", Fn("_abc_register", (a, kw) => { NoKw("_abc_register", kw); CheckPositional("_abc_register", a.Length, 2, 2); return Register(a[0], a[1]); }));
        d.Set("_abc_instancecheck", Fn("_abc_instancecheck", (a, kw) => { NoKw("_abc_instancecheck", kw); CheckPositional("_abc_instancecheck", a.Length, 2, 2); return InstanceCheck(a[0], a[1]); }));
        d.Set("_abc_subclasscheck", Fn("_abc_subclasscheck", (a, kw) => { NoKw("_abc_subclasscheck", kw); CheckPositional("_abc_subclasscheck", a.Length, 2, 2); return PyBool.From(SubclassCheck(a[0], a[1])); }));
        d.Set("_get_dump", Fn("_get_dump", (a, kw) =>
        {
            One("_get_dump", a, kw);
            var impl = GetImpl(a[0]);
            return PyTuple.Of(SetOf(impl.Registry), SetOf(impl.Cache), SetOf(impl.NegativeCache), PyInt.From(impl.NegativeCacheVersion));
        }));
        d.Set("_reset_registry", Fn("_reset_registry", (a, kw) => { One("_reset_registry", a, kw); GetImpl(a[0]).Registry.Clear(); return None; }));
        d.Set("_reset_caches", Fn("_reset_caches", (a, kw) =>
        {
            One("_reset_caches", a, kw);
            var impl = GetImpl(a[0]);
            impl.Cache.Clear();
            impl.NegativeCache.Clear();
            return None;
        }));
        return m;
    }

    private static void One(string name, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKw(name, kw);
        if (a.Length != 1) throw PyExc.TypeError($"_abc.{name}() takes exactly one argument ({a.Length} given)");
    }

    private static PyObject SetOf(HashSet<PyObject> items)
    {
        var s = new PySet(Types.Set);
        foreach (var x in items) s.Add(x);
        return s;
    }

    // _get_impl
    private static AbcData GetImpl(PyObject self)
    {
        var impl = Ops.GetAttr(self, "_abc_impl");
        if (impl is not AbcData data) throw PyExc.TypeError("_abc_impl is set to a wrong type");
        return data;
    }

    private static bool IsAbstract(PyObject o)
    {
        var v = Ops.GetAttrOrNull(o, PyStr.Intern("__isabstractmethod__"));
        return v != null && Ops.IsTrue(v);
    }

    // _abc__abc_init: compute_abstract_methods, the _abc_data, and the collection flags of __abc_tpflags__.
    private static PyObject Init(PyObject self)
    {
        ComputeAbstractMethods(self);
        Ops.SetAttr(self, "_abc_impl", new AbcData());
        if (self is PyType t)
        {
            var flags = t.Dict!.Get("__abc_tpflags__");
            if (flags != null)
            {
                if (flags is PyInt fi)
                    t.CollectionFlags = (int)(fi.Value & (PyType.SequenceFlag | PyType.MappingFlag));
                t.Dict.Remove(PyStr.Intern("__abc_tpflags__"));
            }
        }
        return None;
    }

    // compute_abstract_methods
    private static void ComputeAbstractMethods(PyObject self)
    {
        var abstracts = new PySet(Types.FrozenSet);
        var ns = Ops.GetAttr(self, "__dict__");
        var items = Ops.ToList(Ops.CallMethod(ns, "items"));
        foreach (var item in items)
        {
            if (item is not PyTuple kv || kv.Items.Length != 2) throw PyExc.TypeError("items() returned item which is not a 2-tuple");
            if (IsAbstract(kv.Items[1])) abstracts.Add(kv.Items[0]);
        }
        var bases = Ops.GetAttr(self, "__bases__");
        if (bases is not PyTuple bt) throw PyExc.TypeError("__bases__ is not tuple");
        foreach (var b in bt.Items)
        {
            var baseAbstracts = Ops.GetAttrOrNull(b, PyStr.Intern("__abstractmethods__"));
            if (baseAbstracts == null) continue;
            foreach (var key in Ops.ToList(baseAbstracts))
            {
                var value = key is PyStr ks ? Ops.GetAttrOrNull(self, ks) : null;
                if (value == null) continue;
                if (IsAbstract(value)) abstracts.Add(key);
            }
        }
        Ops.SetAttr(self, "__abstractmethods__", abstracts);
    }

    // set_collection_flag_recursive
    private static void SetCollectionFlagRecursive(PyType t, int flag)
    {
        if (t.IsHeapType == false || (t.CollectionFlags & (PyType.SequenceFlag | PyType.MappingFlag)) == flag) return;
        t.CollectionFlags = flag;
        foreach (var sub in t.Subclasses()) SetCollectionFlagRecursive(sub, flag);
    }

    // _abc__abc_register_impl
    private static PyObject Register(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType st) throw PyExc.TypeError("Can only register classes");
        if (Builtins.IsSubclass(subclass, self)) return subclass;
        if (Builtins.IsSubclass(self, subclass)) throw PyExc.RuntimeError("Refusing to create an inheritance cycle");
        GetImpl(self).Registry.Add(subclass);
        s_invalidationCounter++;
        if (self is PyType selfType)
        {
            int flag = selfType.CollectionFlags & (PyType.SequenceFlag | PyType.MappingFlag);
            if (flag != 0) SetCollectionFlagRecursive(st, flag);
        }
        return subclass;
    }

    // _abc__abc_instancecheck_impl
    private static PyObject InstanceCheck(PyObject self, PyObject instance)
    {
        var impl = GetImpl(self);
        var subclass = Ops.GetAttr(instance, "__class__");
        if (impl.Cache.Contains(subclass)) return PyBool.True;
        var subtype = instance.Type;
        if (ReferenceEquals(subtype, subclass))
        {
            if (impl.NegativeCacheVersion == s_invalidationCounter && impl.NegativeCache.Contains(subclass)) return PyBool.False;
            return Ops.CallMethod(self, "__subclasscheck__", subclass);
        }
        var result = Ops.CallMethod(self, "__subclasscheck__", subclass);
        if (Ops.IsTrue(result)) return result;
        return Ops.CallMethod(self, "__subclasscheck__", subtype);
    }

    // _abc__abc_subclasscheck_impl
    private static bool SubclassCheck(PyObject self, PyObject subclass)
    {
        if (subclass is not PyType st) throw PyExc.TypeError("issubclass() arg 1 must be a class");
        var impl = GetImpl(self);
        // 1. the positive cache
        if (impl.Cache.Contains(subclass)) return true;
        // 2. the negative cache, invalidated by any register() since it was filled
        if (impl.NegativeCacheVersion < s_invalidationCounter)
        {
            impl.NegativeCache.Clear();
            impl.NegativeCacheVersion = s_invalidationCounter;
        }
        else if (impl.NegativeCache.Contains(subclass)) return false;
        // 3. the subclass hook
        var ok = Ops.CallMethod(self, "__subclasshook__", subclass);
        if (ok == PyBool.True) { impl.Cache.Add(subclass); return true; }
        if (ok == PyBool.False) { impl.NegativeCache.Add(subclass); return false; }
        if (ok != Singletons.NotImplemented) throw PyExc.Make(Types.AssertionError, "__subclasshook__ must return either False, True, or NotImplemented");
        // 4. a direct subclass
        foreach (var m in st.Mro)
            if (ReferenceEquals(m, self)) { impl.Cache.Add(subclass); return true; }
        // 5. a subclass of a registered class
        if (impl.Registry.Contains(subclass)) return true;   // subclasscheck_check_registry's fast path does not cache
        foreach (var rkey in impl.Registry.ToArray())
            if (Builtins.IsSubclass(subclass, rkey)) { impl.Cache.Add(subclass); return true; }
        // 6. a subclass of a subclass
        foreach (var scls in Ops.ToList(Ops.CallMethod(self, "__subclasses__")))
            if (Builtins.IsSubclass(subclass, scls)) { impl.Cache.Add(subclass); return true; }
        impl.NegativeCache.Add(subclass);
        return false;
    }
}
