using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _collections (Modules/_collectionsmodule.c of 3.11): deque and its iterators, defaultdict, _count_elements and
/// _tuplegetter (namedtuple's field descriptors).
/// DEVIATION(CPython): OrderedDict is not provided here, so Lib/collections keeps its pure-Python OrderedDict
/// (same reprs and behaviour for programs; only sys.getsizeof and the exact type of its views differ).
/// </summary>
[BuiltinModule("_collections")]
public static class CollectionsModule
{
    public static readonly PyType DequeType = NewType("collections", "deque"),
        DequeIterType = NewType("_collections", "_deque_iterator"),
        DequeRevIterType = NewType("_collections", "_deque_reverse_iterator"),
        DefaultDictType = NewType("collections", "defaultdict", Types.Dict),
        TupleGetterType = NewType("_collections", "_tuplegetter");

    static CollectionsModule()
    {
        InitDeque();
        InitDefaultDict();
        InitTupleGetter();
        foreach (var t in new[] { DequeType, DequeIterType, DequeRevIterType, DefaultDictType, TupleGetterType }) t.Modified();
    }

    public static PyModule Create()
    {
        var m = new PyModule("_collections");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"));
        d.Set("deque", DequeType);
        d.Set("defaultdict", DefaultDictType);
        d.Set("_deque_iterator", DequeIterType);
        d.Set("_deque_reverse_iterator", DequeRevIterType);
        d.Set("_tuplegetter", TupleGetterType);
        d.Set("_count_elements", Fn("_count_elements", CountElements));
        return m;
    }

    private static string ShortName(PyType t) => t.IsHeapType ? t.Name : t.QualName;

    // ------------------------------------------------------------------ deque

    /// <summary>dequeobject: a ring buffer; <see cref="State"/> counts mutations so iterators can detect them.</summary>
    public sealed class Deque(PyType t) : PyObject(t)
    {
        private PyObject[] _buf = new PyObject[8];
        private int _head;
        public int Count;
        public long MaxLen = -1;
        public long State;

        public PyObject this[int i]
        {
            get => _buf[(_head + i) % _buf.Length];
            set => _buf[(_head + i) % _buf.Length] = value;
        }

        private void Grow()
        {
            var nb = new PyObject[_buf.Length * 2];
            for (int i = 0; i < Count; i++) nb[i] = this[i];
            _buf = nb;
            _head = 0;
        }

        public void AppendRaw(PyObject o)
        {
            if (Count == _buf.Length) Grow();
            _buf[(_head + Count) % _buf.Length] = o;
            Count++;
        }

        public void AppendLeftRaw(PyObject o)
        {
            if (Count == _buf.Length) Grow();
            _head = (_head - 1 + _buf.Length) % _buf.Length;
            _buf[_head] = o;
            Count++;
        }

        public PyObject PopRaw()
        {
            var i = (_head + Count - 1) % _buf.Length;
            var o = _buf[i];
            _buf[i] = null!;
            Count--;
            return o;
        }

        public PyObject PopLeftRaw()
        {
            var o = _buf[_head];
            _buf[_head] = null!;
            _head = (_head + 1) % _buf.Length;
            Count--;
            return o;
        }

        // deque_append_internal: a bounded deque drops from the other end.
        public void Append(PyObject o)
        {
            AppendRaw(o);
            if (MaxLen >= 0 && Count > MaxLen) PopLeftRaw();
            State++;
        }

        public void AppendLeft(PyObject o)
        {
            AppendLeftRaw(o);
            if (MaxLen >= 0 && Count > MaxLen) PopRaw();
            State++;
        }

        public PyObject Pop()
        {
            if (Count == 0) throw PyExc.IndexError("pop from an empty deque");
            State++;
            return PopRaw();
        }

        public PyObject PopLeft()
        {
            if (Count == 0) throw PyExc.IndexError("pop from an empty deque");
            State++;
            return PopLeftRaw();
        }

        public void Clear()
        {
            _buf = new PyObject[8];
            _head = 0;
            Count = 0;
            State++;
        }

        public PyObject[] ToArray()
        {
            var r = new PyObject[Count];
            for (int i = 0; i < Count; i++) r[i] = this[i];
            return r;
        }

        // _deque_rotate
        public void Rotate(long n)
        {
            if (Count <= 1) return;
            int len = Count;
            long halflen = len >> 1;
            if (n > halflen || n < -halflen)
            {
                n %= len;
                if (n > halflen) n -= len;
                else if (n < -halflen) n += len;
            }
            State++;
            for (; n > 0; n--) AppendLeftRaw(PopRaw());
            for (; n < 0; n++) AppendRaw(PopLeftRaw());
        }
    }

    private static Deque Dq(PyObject o) => (Deque)o;

    private sealed class DequeIter(PyType t, Deque d, bool reverse) : PyIterObject(t)
    {
        private readonly long _state = d.State;
        private int _index = reverse ? d.Count - 1 : 0;
        public int Counter = d.Count;

        // dequeiter_next / dequereviter_next
        public override PyObject? Next()
        {
            if (d.State != _state)
            {
                Counter = 0;
                throw PyExc.RuntimeError("deque mutated during iteration");
            }
            if (Counter == 0) return null;
            var item = d[_index];
            _index += reverse ? -1 : 1;
            Counter--;
            return item;
        }
    }

    // deque_extend: extending a deque by itself copies it first.
    private static void Extend(Deque d, PyObject iterable, bool left)
    {
        if (ReferenceEquals(iterable, d)) iterable = new PyList(d.ToArray());
        var it = Ops.GetIter(iterable);
        if (d.MaxLen == 0)
        {
            while (Ops.Next(it) != null) { }
            return;
        }
        PyObject? item;
        while ((item = Ops.Next(it)) != null)
        {
            if (left) d.AppendLeft(item); else d.Append(item);
        }
    }

    // deque_copy: a subclass is copied by calling its type.
    private static PyObject Copy(Deque d)
    {
        if (d.Type == DequeType)
        {
            var r = new Deque(DequeType) { MaxLen = d.MaxLen };
            foreach (var x in d.ToArray()) r.AppendRaw(x);
            return r;
        }
        return d.MaxLen < 0 ? Ops.Call(d.Type, d) : Ops.Call(d.Type, d, PyInt.From(d.MaxLen));
    }

    private static int NormIndex(Deque d, PyObject key)
    {
        if (key is not PyInt && key.Type.Lookup("__index__") == null)
            throw PyExc.TypeError($"sequence index must be integer, not '{Ops.TypeName(key)}'");
        long i = AsSsize(key);
        if (i < 0) i += d.Count;
        if (i < 0 || i >= d.Count) throw PyExc.IndexError("deque index out of range");
        return (int)i;
    }

    private static long SliceIndex(PyObject o)
    {
        if (o is not PyInt && o.Type.Lookup("__index__") == null)
            throw PyExc.TypeError("slice indices must be integers or have an __index__ method");
        var i = Ops.Index(o);
        return i.IsSmall ? i.Small : i.Sign < 0 ? long.MinValue : long.MaxValue;
    }

    private static void InitDeque()
    {
        var t = DequeType;
        t.CollectionFlags = PyType.SequenceFlag;
        DefStatic(t, "__new__", (a, kw) => WithDict(new Deque((PyType)a[0]), (PyType)a[0]));
        // deque_init: deque([iterable[, maxlen]]); re-initialising clears first.
        Def(t, "__init__", (a, kw) =>
        {
            var d = Dq(a[0]);
            var p = Unpack("deque", a[1..], kw, new[] { "iterable", "maxlen" }, 0);
            long maxlen = -1;
            if (p[1] != null && p[1] != None)
            {
                if (p[1] is not PyInt && p[1]!.Type.Lookup("__index__") == null) throw PyExc.TypeError("an integer is required");
                maxlen = AsSsize(p[1]!);
                if (maxlen < 0) throw PyExc.ValueError("maxlen must be non-negative");
            }
            d.MaxLen = maxlen;
            if (d.Count > 0) d.Clear();
            if (p[0] != null) Extend(d, p[0]!, false);
            return None;
        });
        Def1(t, "append", (s, x) => { Dq(s).Append(x); return None; });
        Def1(t, "appendleft", (s, x) => { Dq(s).AppendLeft(x); return None; });
        Def0(t, "pop", s => Dq(s).Pop());
        Def0(t, "popleft", s => Dq(s).PopLeft());
        Def1(t, "extend", (s, x) => { Extend(Dq(s), x, false); return None; });
        Def1(t, "extendleft", (s, x) => { Extend(Dq(s), x, true); return None; });
        Def0(t, "clear", s => { Dq(s).Clear(); return None; });
        Def0(t, "copy", s => Copy(Dq(s)));
        Def0(t, "__copy__", s => Copy(Dq(s)));
        Def0(t, "reverse", s =>
        {
            var d = Dq(s);
            var items = d.ToArray();
            Array.Reverse(items);
            for (int i = 0; i < items.Length; i++) d[i] = items[i];
            d.State++;
            return None;
        });
        DefN(t, "rotate", 0, 1, (s, a) => { Dq(s).Rotate(a.Length > 0 ? AsSsize(a[0]) : 1); return None; });
        // deque_count / deque_contains: a mutation during a comparison is an error.
        Def1(t, "count", (s, v) =>
        {
            var d = Dq(s);
            long state = d.State, n = 0;
            for (int i = 0; i < d.Count; i++)
            {
                if (Ops.RichCompareBool(d[i], v, CompareOp.Eq)) n++;
                if (state != d.State) throw PyExc.RuntimeError("deque mutated during iteration");
            }
            return PyInt.From(n);
        });
        Def1(t, "__contains__", (s, v) =>
        {
            var d = Dq(s);
            long state = d.State;
            for (int i = 0; i < d.Count; i++)
            {
                if (Ops.RichCompareBool(d[i], v, CompareOp.Eq)) return PyBool.True;
                if (state != d.State) throw PyExc.RuntimeError("deque mutated during iteration");
            }
            return PyBool.False;
        });
        // deque_index: index(value, [start, [stop]])
        DefNTuple(t, "index", 1, 3, (s, a) =>
        {
            var d = Dq(s);
            long start = 0, stop = d.Count;
            if (a.Length > 1) { start = SliceIndex(a[1]); if (start < 0) { start += d.Count; if (start < 0) start = 0; } }
            if (a.Length > 2) { stop = SliceIndex(a[2]); if (stop < 0) { stop += d.Count; if (stop < 0) stop = 0; } }
            if (stop > d.Count) stop = d.Count;
            if (start > stop) start = stop;
            long state = d.State;
            for (long i = start; i < stop; i++)
            {
                if (Ops.RichCompareBool(d[(int)i], a[0], CompareOp.Eq)) return PyInt.From(i);
                if (state != d.State) throw PyExc.RuntimeError("deque mutated during iteration");
            }
            throw PyExc.ValueError($"{Ops.ReprString(a[0])} is not in deque");
        });
        // deque_insert: insert(index, value) as list.insert, by rotating.
        Def(t, "insert", (a, kw) =>
        {
            NoKeywords(t, "insert", kw);
            if (a.Length != 3) throw PyExc.TypeError($"insert() takes exactly 2 arguments ({a.Length - 1} given)");
            var d = Dq(a[0]);
            long index = AsSsize(a[1]);
            int n = d.Count;
            if (d.MaxLen == n) throw PyExc.IndexError("deque already at its maximum size");
            if (index >= n) { d.Append(a[2]); return None; }
            if (index <= -n || index == 0) { d.AppendLeft(a[2]); return None; }
            d.Rotate(-index);
            if (index < 0) d.Append(a[2]); else d.AppendLeft(a[2]);
            d.Rotate(index);
            return None;
        });
        // deque_remove
        Def1(t, "remove", (s, v) =>
        {
            var d = Dq(s);
            int n = d.Count;
            long state = d.State;
            for (int i = 0; i < n; i++)
            {
                var item = d[i];
                bool eq = Ops.RichCompareBool(item, v, CompareOp.Eq);
                if (state != d.State || n != d.Count) throw PyExc.IndexError("deque mutated during remove().");
                if (eq)
                {
                    d.Rotate(-i);
                    d.PopLeft();
                    d.Rotate(i);
                    return None;
                }
            }
            throw PyExc.ValueError($"{Ops.ReprString(v)} is not in deque");
        });
        Def0(t, "__len__", s => PyInt.From(Dq(s).Count));
        Def0(t, "__bool__", s => PyBool.From(Dq(s).Count > 0));
        Def1(t, "__getitem__", (s, k) => { var d = Dq(s); return d[NormIndex(d, k)]; });
        DefN(t, "__setitem__", 2, 2, (s, a) => { var d = Dq(s); d[NormIndex(d, a[0])] = a[1]; return None; });
        Def1(t, "__delitem__", (s, k) =>
        {
            var d = Dq(s);
            int i = NormIndex(d, k);
            d.Rotate(-i);
            d.PopLeft();
            d.Rotate(i);
            return None;
        });
        Def0(t, "__iter__", s => new DequeIter(DequeIterType, Dq(s), false));
        Def0(t, "__reversed__", s => new DequeIter(DequeRevIterType, Dq(s), true));
        // deque_repr: the list repr inside the recursion guard.
        Def0(t, "__repr__", s =>
        {
            var d = Dq(s);
            if (!ReprGuard.Enter(d)) return PyStr.From("[...]");
            try
            {
                var list = Ops.ReprString(new PyList(d.ToArray()));
                return PyStr.From(d.MaxLen >= 0 ? $"{ShortName(d.Type)}({list}, maxlen={d.MaxLen})" : $"{ShortName(d.Type)}({list})");
            }
            finally { ReprGuard.Leave(d); }
        });
        GetSet(t, "maxlen", s => Dq(s).MaxLen < 0 ? None : PyInt.From(Dq(s).MaxLen));
        t.Dict!.Set("__hash__", None);
        // deque_concat
        Def1(t, "__add__", (s, o) =>
        {
            if (o is not Deque)
                throw PyExc.TypeError($"can only concatenate {ShortName(s.Type)} (not \"{o.Type.Name}\") to {ShortName(s.Type)}");
            var r = Copy(Dq(s));
            Extend(Dq(r), o, false);
            return r;
        });
        Def1(t, "__iadd__", (s, o) => { Extend(Dq(s), o, false); return s; });
        PyObject Repeat(PyObject s, PyObject n, bool inplace)
        {
            if (n is not PyInt && n.Type.Lookup("__index__") == null) return Singletons.NotImplemented;
            var d = inplace ? Dq(s) : Dq(Copy(Dq(s)));
            long count = AsSsize(n);
            var items = d.ToArray();
            if (count <= 0 || items.Length == 0) { d.Clear(); return d; }
            // deque_inplace_repeat: a bounded deque keeps only the last maxlen items.
            long total = items.Length * count;
            long keep = d.MaxLen >= 0 ? Math.Min(total, d.MaxLen) : total;
            if (keep > int.MaxValue) throw PyExc.Make(Types.MemoryError, "");
            d.Clear();
            for (long k = total - keep; k < total; k++) d.AppendRaw(items[k % items.Length]);
            return d;
        }
        Def1(t, "__mul__", (s, n) => Repeat(s, n, false));
        Def1(t, "__rmul__", (s, n) => Repeat(s, n, false));
        Def1(t, "__imul__", (s, n) => Repeat(s, n, true));
        // deque_richcompare: first differing item decides, then the lengths.
        for (int op = 0; op < 6; op++)
        {
            var cop = (CompareOp)op;
            Def1(t, Ops.CompareDunders[op], (s, o) =>
            {
                if (o is not Deque od) return Singletons.NotImplemented;
                var d = Dq(s);
                if ((cop == CompareOp.Eq || cop == CompareOp.Ne) && d.Count != od.Count) return PyBool.From(cop == CompareOp.Ne);
                return Seq.Compare(d.ToArray(), od.ToArray(), cop);
            });
        }
        // deque_reduce
        Def0(t, "__reduce__", s =>
        {
            var d = Dq(s);
            PyObject state = d.Dict != null && d.Dict.Count > 0 ? d.Dict : None;
            PyObject args = d.MaxLen < 0 ? PyTuple.Empty : PyTuple.Of(PyTuple.Empty, PyInt.From(d.MaxLen));
            return PyTuple.Of(d.Type, args, state, new DequeIter(DequeIterType, d, false));
        });
        Def0(t, "__sizeof__", s => PyInt.From(96 + 8L * Dq(s).Count));
        DefClass(t, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));

        foreach (var it in new[] { DequeIterType, DequeRevIterType })
        {
            IterMethods(it);
            Def0(it, "__length_hint__", s => PyInt.From(((DequeIter)s).Counter));
            DefStatic(it, "__new__", (a, kw) =>
            {
                var cls = (PyType)a[0];
                var name = cls.QualName;
                CheckPositional(name, a.Length - 1, 1, 2);
                if (a[1] is not Deque d) throw PyExc.TypeError($"{name}() argument 1 must be collections.deque, not {Ops.TypeName(a[1])}");
                var r = new DequeIter(cls, d, cls == DequeRevIterType);
                long skip = a.Length > 2 ? AsSsize(a[2]) : 0;
                for (long i = 0; i < skip && r.Next() != null; i++) { }
                return r;
            });
        }
    }

    // ------------------------------------------------------------------ defaultdict

    public sealed class DefaultDict(PyType t) : PyDict(t)
    {
        public PyObject Factory = Singletons.None;
    }

    // new_defdict: type(dd)(dd.default_factory, arg)
    private static PyObject NewDefDict(DefaultDict dd, PyObject arg) => Ops.Call(dd.Type, dd.Factory, arg);

    private static void InitDefaultDict()
    {
        var t = DefaultDictType;
        DefStatic(t, "__new__", (a, kw) => WithDict(new DefaultDict((PyType)a[0]), (PyType)a[0]));
        // defdict_init: the first positional argument is the factory, the rest go to dict.__init__.
        Def(t, "__init__", (a, kw) =>
        {
            var dd = (DefaultDict)a[0];
            int nkw = kw?.Items.Length ?? 0;
            int npos = a.Length - 1 - nkw;
            PyObject factory = None;
            var rest = new List<PyObject> { dd };
            if (npos > 0)
            {
                factory = a[1];
                if (factory != None && !IsCallable(factory)) throw PyExc.TypeError("first argument must be callable or None");
                for (int i = 2; i < a.Length; i++) rest.Add(a[i]);
            }
            else for (int i = 1; i < a.Length; i++) rest.Add(a[i]);
            dd.Factory = factory;
            var dictInit = (PyMethodDescriptor)Types.Dict.Dict!.Get("__init__")!;
            return dictInit.Fn(rest.ToArray(), kw);
        });
        // defdict_missing
        Def1(t, "__missing__", (s, key) =>
        {
            var dd = (DefaultDict)s;
            if (dd.Factory == None) throw PyExc.KeyError(key);
            var value = Ops.Call(dd.Factory);
            Ops.SetItem(dd, key, value);
            return value;
        });
        // defdict_repr
        Def0(t, "__repr__", s =>
        {
            var dd = (DefaultDict)s;
            var baserepr = Ops.StrString(Ops.CallDescriptor(Types.Dict.Dict!.Get("__repr__")!, dd));
            string defrepr;
            if (dd.Factory == None) defrepr = "None";
            else if (!ReprGuard.Enter(dd.Factory)) defrepr = "...";
            else
            {
                try { defrepr = Ops.ReprString(dd.Factory); }
                finally { ReprGuard.Leave(dd.Factory); }
            }
            return PyStr.From($"{ShortName(dd.Type)}({defrepr}, {baserepr})");
        });
        Def0(t, "copy", s => NewDefDict((DefaultDict)s, s));
        Def0(t, "__copy__", s => NewDefDict((DefaultDict)s, s));
        // defdict_reduce
        Def0(t, "__reduce__", s =>
        {
            var dd = (DefaultDict)s;
            PyObject args = dd.Factory == None ? PyTuple.Empty : PyTuple.Of(dd.Factory);
            return PyTuple.Of(dd.Type, args, None, None, Ops.GetIter(Ops.CallMethod(dd, "items")));
        });
        // defdict_or: the defaultdict operand gives the type and factory; the result is built from the left operand.
        PyObject Or(PyObject left, PyObject right)
        {
            var self = left is DefaultDict ? (DefaultDict)left : (DefaultDict)right;
            var other = ReferenceEquals(self, left) ? right : left;
            if (other is not PyDict) return Singletons.NotImplemented;
            var nw = NewDefDict(self, left);
            DictMethods.Update((PyDict)nw, right);
            return nw;
        }
        Def1(t, "__or__", (s, o) => Or(s, o));
        Def1(t, "__ror__", (s, o) => Or(o, s));
        GetSet(t, "default_factory", s => ((DefaultDict)s).Factory, (s, v) => ((DefaultDict)s).Factory = v ?? None);
    }

    // ------------------------------------------------------------------ _count_elements

    // _collections__count_elements_impl: the dict fast path unless get/__setitem__ are overridden.
    private static PyObject CountElements(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKw("_count_elements", kw);
        CheckPositional("_count_elements", a.Length, 2, 2);
        var mapping = a[0];
        var it = Ops.GetIter(a[1]);
        var one = PyInt.From(1);
        var mt = mapping.Type;
        PyObject? key;
        if (mapping is PyDict md && mt.Lookup("get") == Types.Dict.Lookup("get") && mt.Lookup("__setitem__") == Types.Dict.Lookup("__setitem__"))
        {
            while ((key = Ops.Next(it)) != null)
            {
                long h = Ops.Hash(key);
                var old = md.GetItemOrNull(key, h);
                md.SetItem(key, h, old == null ? one : Ops.BinaryOp(old, one, NbOp.Add));
            }
            return None;
        }
        var get = Ops.GetAttr(mapping, "get");
        var zero = PyInt.From(0);
        while ((key = Ops.Next(it)) != null)
        {
            var old = Ops.Call(get, key, zero);
            Ops.SetItem(mapping, key, Ops.BinaryOp(old, one, NbOp.Add));
        }
        return None;
    }

    // ------------------------------------------------------------------ _tuplegetter

    private sealed class TupleGetter(long index, PyObject doc) : PyObject(TupleGetterType)
    {
        public readonly long Index = index;
        public PyObject Doc = doc;
    }

    private static void InitTupleGetter()
    {
        var t = TupleGetterType;
        // tuplegetter_new_impl: _tuplegetter(index, doc, /)
        DefStatic(t, "__new__", (a, kw) =>
        {
            NoKw("_tuplegetter", kw);
            CheckPositional("_tuplegetter", a.Length - 1, 2, 2);
            return new TupleGetter(AsSsize(a[1]), a[2]);
        });
        // tuplegetter_descr_get
        DefN(t, "__get__", 1, 2, (s, a) =>
        {
            var tg = (TupleGetter)s;
            var obj = a[0];
            if (obj is not PyTuple tup)
            {
                if (obj == None) return s;
                throw PyExc.TypeError($"descriptor for index '{tg.Index}' for tuple subclasses doesn't apply to '{obj.Type.Name}' object");
            }
            if (tg.Index < 0 || tg.Index >= tup.Items.Length) throw PyExc.IndexError("tuple index out of range");
            return tup.Items[tg.Index];
        });
        // tuplegetter_descr_set
        DefN(t, "__set__", 2, 2, (s, a) => throw PyExc.AttributeError("can't set attribute"));
        Def1(t, "__delete__", (s, o) => throw PyExc.AttributeError("can't delete attribute"));
        Def0(t, "__repr__", s => PyStr.From($"{ShortName(s.Type)}({((TupleGetter)s).Index}, {Ops.ReprString(((TupleGetter)s).Doc)})"));
        Def0(t, "__reduce__", s => PyTuple.Of(s.Type, PyTuple.Of(PyInt.From(((TupleGetter)s).Index), ((TupleGetter)s).Doc)));
        GetSet(t, "__doc__", s => ((TupleGetter)s).Doc, (s, v) => ((TupleGetter)s).Doc = v ?? None);
    }
}
