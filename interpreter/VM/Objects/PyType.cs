namespace Pyref.VM.Objects;

/// <summary>
/// A Python type (CPython's PyTypeObject). Attribute lookup along the MRO is cached per type, the way
/// CPython's method cache keyed by tp_version_tag avoids dict walks (Objects/typeobject.c
/// _PyType_Lookup): the cache is dropped on every write to the type's dict or to any base's dict.
/// </summary>
public sealed class PyType : PyObject
{
    public string Name;
    public string QualName;
    public PyTuple Bases;
    public PyType? Base;           // tp_base: the "best base" whose layout instances use
    public PyType[] Mro = Array.Empty<PyType>();
    public bool IsHeapType;        // created by a class statement (attributes writable)
    public bool HasInstanceDict;   // instances get a __dict__
    public int SlotCount;          // number of __slots__ entries (own + inherited)
    public bool IsAbstractBuiltin; // cannot be instantiated (e.g. NoneType has its own rule)
    /// <summary>Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING beyond the built-in containers: set by _abc for
    /// collections.abc.Sequence/Mapping (__abc_tpflags__) and their registered classes; what match statements test.</summary>
    public int CollectionFlags;
    /// <summary>Py_TPFLAGS_IS_ABSTRACT: set when a true __abstractmethods__ is assigned; object.__new__ refuses.</summary>
    public bool IsAbstractClass;
    /// <summary>Without Py_TPFLAGS_BASETYPE: a class statement may not derive from it.</summary>
    public bool IsFinal;
    public const int SequenceFlag = 1 << 5, MappingFlag = 1 << 6;
    /// <summary>Built-in "solid" layout: which C# class instances have (object, int, list, ...).</summary>
    public PyType SolidBase = null!;

    /// <summary>tp_version_tag: a process-unique number replaced whenever <see cref="Modified"/> runs, so an
    /// inline cache that saw this tag knows the MRO lookups it made still hold (Objects/typeobject.c
    /// assign_version_tag). Tags start at 1: a zeroed cache never matches.</summary>
    public uint VersionTag = NextVersionTag();
    private static uint s_nextVersionTag;
    private static uint NextVersionTag() => Interlocked.Increment(ref s_nextVersionTag);

    private Dictionary<string, PyObject?> _lookupCache = new();
    // Names from code objects are interned PyStr objects: a second cache keyed by identity avoids
    // hashing the name's characters on every LOAD_ATTR / LOAD_METHOD.
    private Dictionary<PyStr, PyObject?> _identityCache = new(ReferenceEqualityComparer.Instance);
    private readonly List<WeakReference<PyType>> _subclasses = new();

    /// <summary>Cached flags for hot protocol checks, recomputed on invalidation.</summary>
    private int _flagsComputed;
    private bool _hasGetAttribute, _hasGetAttr, _hasDescrGet, _hasDescrSet, _hasEq, _hasHash, _hasSetAttr;

    public PyType(PyType? metatype, string name, PyTuple bases, PyDict dict) : base(metatype!)
    {
        Name = name;
        QualName = name;
        Bases = bases;
        Dict = dict;
    }

    public PyDict TypeDict => Dict!;

    /// <summary>_PyType_Lookup: the attribute found along the MRO (without descriptor binding).</summary>
    public PyObject? Lookup(string name)
    {
        if (_lookupCache.TryGetValue(name, out var hit)) return hit;
        PyObject? found = null;
        var key = PyStr.From(name);
        foreach (var t in Mro)
        {
            var v = t.Dict!.GetItemOrNull(key);
            if (v != null) { found = v; break; }
        }
        _lookupCache[name] = found;
        return found;
    }

    public PyObject? Lookup(PyStr name)
    {
        if (_identityCache.TryGetValue(name, out var hit)) return hit;
        hit = LookupSlow(name);
        _identityCache[name] = hit;
        return hit;
    }

    private PyObject? LookupSlow(PyStr name)
    {
        if (_lookupCache.TryGetValue(name.Value, out var hit)) return hit;
        PyObject? found = null;
        foreach (var t in Mro)
        {
            var v = t.Dict!.GetItemOrNull(name);
            if (v != null) { found = v; break; }
        }
        _lookupCache[name.Value] = found;
        return found;
    }

    /// <summary>PyType_Modified: drop caches here and in every subclass.</summary>
    public void Modified()
    {
        if (_lookupCache.Count > 0) _lookupCache = new();
        if (_identityCache.Count > 0) _identityCache = new(ReferenceEqualityComparer.Instance);
        _flagsComputed = 0;
        VersionTag = NextVersionTag();
        foreach (var w in _subclasses)
            if (w.TryGetTarget(out var sub)) sub.Modified();
    }

    public void AddSubclass(PyType sub) => _subclasses.Add(new WeakReference<PyType>(sub));
    public void RemoveSubclass(PyType sub) => _subclasses.RemoveAll(w => !w.TryGetTarget(out var t) || ReferenceEquals(t, sub));
    public IEnumerable<PyType> Subclasses()
    {
        foreach (var w in _subclasses) if (w.TryGetTarget(out var t)) yield return t;
    }

    private void ComputeFlags()
    {
        _hasGetAttribute = Lookup("__getattribute__") is var ga && ga != null && ga != Types.ObjectGetAttribute;
        _hasGetAttr = Lookup("__getattr__") != null;
        _hasDescrGet = Lookup("__get__") != null;
        _hasDescrSet = Lookup("__set__") != null || Lookup("__delete__") != null;
        _hasEq = Lookup("__eq__") != null;
        _hasHash = Lookup("__hash__") != null;
        _hasSetAttr = Lookup("__setattr__") != Types.ObjectSetAttr;
        _flagsComputed = 1;
    }

    public bool OverridesGetAttribute { get { if (_flagsComputed == 0) ComputeFlags(); return _hasGetAttribute; } }
    public bool HasGetAttrHook { get { if (_flagsComputed == 0) ComputeFlags(); return _hasGetAttr; } }
    public bool HasDescrGet { get { if (_flagsComputed == 0) ComputeFlags(); return _hasDescrGet; } }
    public bool OverridesSetAttr { get { if (_flagsComputed == 0) ComputeFlags(); return _hasSetAttr; } }
    public bool HasDescrSet { get { if (_flagsComputed == 0) ComputeFlags(); return _hasDescrSet; } }

    /// <summary>The collection flag in effect: the first one set along the MRO (flags are inherited from bases).</summary>
    public int EffectiveCollectionFlags
    {
        get
        {
            foreach (var t in Mro) if (t.CollectionFlags != 0) return t.CollectionFlags;
            return 0;
        }
    }

    public bool IsSubtypeOf(PyType other)
    {
        if (this == other) return true;
        var mro = Mro;
        for (int i = 0; i < mro.Length; i++) if (mro[i] == other) return true;
        return false;
    }

    public string FullName
    {
        get
        {
            var mod = Dict!.GetItemOrNull(PyStr.From("__module__"));
            if (mod is PyStr ms && ms.Value != "builtins") return ms.Value + "." + QualName;
            return QualName;
        }
    }

    /// <summary>C3 linearisation (Objects/typeobject.c mro_implementation / pmerge).</summary>
    public static PyType[] ComputeMro(PyType self, PyType[] bases)
    {
        if (bases.Length == 0) return new[] { self };
        if (bases.Length == 1)
        {
            var r = new PyType[bases[0].Mro.Length + 1];
            r[0] = self;
            bases[0].Mro.CopyTo(r, 1);
            return r;
        }
        // Check duplicates among bases first (CPython: "duplicate base class X").
        for (int i = 0; i < bases.Length; i++)
            for (int j = i + 1; j < bases.Length; j++)
                if (bases[i] == bases[j])
                    throw PyExc.TypeError($"duplicate base class {bases[i].Name}");
        var seqs = new List<List<PyType>>();
        foreach (var b in bases) seqs.Add(new List<PyType>(b.Mro));
        seqs.Add(new List<PyType>(bases));
        var result = new List<PyType> { self };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0) break;
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var s2 in seqs)
                    for (int k = 1; k < s2.Count; k++) if (s2[k] == head) { inTail = true; break; }
                if (!inTail) { candidate = head; break; }
            }
            if (candidate == null)
            {
                // CPython lists the remaining heads in the order of the bases.
                var names = new List<string>();
                foreach (var s in seqs) if (!names.Contains(s[0].Name)) names.Add(s[0].Name);
                throw PyExc.TypeError("Cannot create a consistent method resolution\norder (MRO) for bases " + string.Join(", ", names));
            }
            result.Add(candidate);
            foreach (var s in seqs) if (s.Count > 0 && s[0] == candidate) s.RemoveAt(0);
        }
        return result.ToArray();
    }
}
