using System.Numerics;
using System.Text;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>Py_ReprEnter/Py_ReprLeave: recursion guard for container reprs.</summary>
public static class ReprGuard
{
    [ThreadStatic] private static HashSet<PyObject>? t_active;
    public static bool Enter(PyObject o) => (t_active ??= new(ReferenceEqualityComparer.Instance)).Add(o);
    public static void Leave(PyObject o) => t_active!.Remove(o);
}

/// <summary>Shared sequence helpers: index normalisation, comparison, repr.</summary>
public static class Seq
{
    public static string ReprItems(PyObject self, IEnumerable<PyObject> items, string open, string close, string recursive)
    {
        if (!ReprGuard.Enter(self)) return recursive;
        try
        {
            var sb = new StringBuilder(open);
            bool first = true;
            foreach (var x in items)
            {
                if (!first) sb.Append(", ");
                sb.Append(Ops.ReprString(x));
                first = false;
            }
            sb.Append(close);
            return sb.ToString();
        }
        finally { ReprGuard.Leave(self); }
    }

    /// <summary>list_richcompare / tuplerichcompare: first differing item decides.</summary>
    public static PyObject Compare(ReadOnlySpan<PyObject> a, ReadOnlySpan<PyObject> b, CompareOp op)
    {
        if ((op == CompareOp.Eq || op == CompareOp.Ne) && a.Length != b.Length) return PyBool.From(op == CompareOp.Ne);
        int i = 0;
        for (; i < a.Length && i < b.Length; i++)
            if (!Ops.RichCompareBool(a[i], b[i], CompareOp.Eq)) break;
        if (i >= a.Length || i >= b.Length) return PyBool.From(Ops.CompareInts(a.Length.CompareTo(b.Length), op));
        if (op == CompareOp.Eq) return PyBool.False;
        if (op == CompareOp.Ne) return PyBool.True;
        return Ops.RichCompare(a[i], b[i], op);
    }

    public static int NormIndex(PyObject key, int len, string what)
    {
        long i = Ops.IndexAsLong(key);
        if (i < 0) i += len;
        if (i < 0 || i >= len) throw PyExc.IndexError($"{what} index out of range");
        return (int)i;
    }

    public static PyObject[] SliceItems(ReadOnlySpan<PyObject> items, PySlice s)
    {
        int n = s.Indices(items.Length, out int start, out _, out int step);
        var r = new PyObject[Math.Max(n, 0)];
        for (int i = 0, j = start; i < n; i++, j += step) r[i] = items[j];
        return r;
    }

    public static bool IsIndex(PyObject k) => k is PyInt || (k is not PySlice && k.Type.Lookup("__index__") != null);
}

public static class ListMethods
{
    private static PyList L(PyObject o) => (PyList)o;

    public static void Extend(PyList l, PyObject it)
    {
        if (it is PyList src) { var items = src.ToArray(); l.EnsureCapacity(l.Count + items.Length); foreach (var x in items) l.Append(x); return; }
        if (it is PyTuple tu) { l.EnsureCapacity(l.Count + tu.Items.Length); foreach (var x in tu.Items) l.Append(x); return; }
        var iter = Ops.GetIter(it);
        PyObject? v;
        while ((v = Ops.Next(iter)) != null) l.Append(v);
    }

    /// <summary>list.sort (Objects/listobject.c list_sort_impl): keys computed first, the list emptied while
    /// sorting (a mutation is "list modified during sort"), reverse by reversing before and after a stable
    /// sort, and CPython's Timsort (<see cref="ListSort"/>) so __lt__ is called as CPython calls it.</summary>
    public static void Sort(PyList l, PyObject? key, bool reverse)
    {
        var items = l.ToArray();
        // While sorting, the list appears empty (CPython detects mutation this way).
        l.Clear();
        PyObject[] keys = items;
        if (key != null && key != Singletons.None)
        {
            keys = new PyObject[items.Length];
            try
            {
                for (int i = 0; i < items.Length; i++) keys[i] = Ops.Call(key, items[i]);
            }
            catch
            {
                // keyfunc_fail: the list gets its items back unchanged.
                l.Items = items; l.Count = items.Length;
                throw;
            }
        }
        var idx = new int[items.Length];
        for (int i = 0; i < idx.Length; i++) idx[i] = i;
        if (reverse) Array.Reverse(idx);
        Func<int, int, bool> less;
        // The homogeneous built-in key types compare without running Python code, so a direct comparison gives
        // the same answers as __lt__ and nobody can count the calls.
        if (keys.Length > 0 && keys.All(k => k.Type == Types.Int && ((PyInt)k).IsSmall))
            less = (x, y) => ((PyInt)keys[x]).Small < ((PyInt)keys[y]).Small;
        else if (keys.Length > 0 && keys.All(k => k.Type == Types.Float))
            less = (x, y) => ((PyFloat)keys[x]).Value < ((PyFloat)keys[y]).Value;
        else if (keys.Length > 0 && keys.All(k => k.Type == Types.Str))
            less = (x, y) => StrMethods.Compare(((PyStr)keys[x]).Value, ((PyStr)keys[y]).Value) < 0;
        else
            less = (x, y) => Ops.RichCompareBool(keys[x], keys[y], CompareOp.Lt);
        bool sortedOk = false;
        try
        {
            ListSort.Sort(idx, less);
            sortedOk = true;
        }
        finally
        {
            var sorted = new PyObject[items.Length];
            for (int i = 0; i < idx.Length; i++) sorted[i] = items[idx[i]];
            if (reverse) Array.Reverse(sorted);
            bool mutated = l.Count != 0;
            l.Items = sorted; l.Count = sorted.Length;
            // A comparison's own exception wins over the mutation report.
            if (mutated && sortedOk) throw PyExc.ValueError("list modified during sort");
        }
    }

    public static void Init()
    {
        var t = Types.List;
        DefStatic(t, "__new__", (args, kw) => new PyList((PyType)args[0]));
        Def(t, "__init__", (args, kw) =>
        {
            NoKeywords("list", kw);
            CheckCount("list", args.Length - 1, 0, 1);
            var l = L(args[0]);
            l.Clear();
            if (args.Length > 1) Extend(l, args[1]);
            return None;
        });
        Def0(t, "__repr__", a => PyStr.From(Seq.ReprItems(a, L(a).ToArray(), "[", "]", "[...]")));
        Def0(t, "__len__", a => PyInt.From(L(a).Count));
        Def0(t, "__iter__", a => new PySeqIterator(Types.ListIterator, a));
        Def0(t, "__reversed__", a => { var l = L(a); int i = l.Count - 1; return new PyNativeIterator(Types.Reversed, () => i >= 0 && i < l.Count ? l.Items[i--] : null); });
        Def1(t, "__getitem__", (a, k) =>
        {
            var l = L(a);
            if (Seq.IsIndex(k)) return l.Items[Seq.NormIndex(k, l.Count, "list")];
            if (k is PySlice s) return new PyList(Seq.SliceItems(l.AsSpan(), s));
            throw PyExc.TypeError($"list indices must be integers or slices, not {Ops.TypeName(k)}");
        });
        DefN(t, "__setitem__", 2, 2, (a, x) =>
        {
            var l = L(a);
            if (Seq.IsIndex(x[0]))
            {
                long i = Ops.IndexAsLong(x[0]);
                if (i < 0) i += l.Count;
                if (i < 0 || i >= l.Count) throw PyExc.IndexError("list assignment index out of range");
                l.Items[i] = x[1];
                return None;
            }
            if (x[0] is PySlice s)
            {
                var src = Ops.ToArray(x[1]);
                int n = s.Indices(l.Count, out int start, out int stop, out int step);
                if (step == 1)
                {
                    if (stop < start) stop = start;
                    if (src.Length == stop - start)
                    {
                        // Same length: overwrite in place (list_ass_slice without resizing).
                        Array.Copy(src, 0, l.Items, start, src.Length);
                        return None;
                    }
                    var items = l.ToArray().ToList();
                    items.RemoveRange(start, stop - start);
                    items.InsertRange(start, src);
                    l.Items = items.ToArray(); l.Count = l.Items.Length;
                    return None;
                }
                if (src.Length != n) throw PyExc.ValueError($"attempt to assign sequence of size {src.Length} to extended slice of size {n}");
                for (int i = 0, j = start; i < n; i++, j += step) l.Items[j] = src[i];
                return None;
            }
            throw PyExc.TypeError($"list indices must be integers or slices, not {Ops.TypeName(x[0])}");
        });
        Def1(t, "__delitem__", (a, k) =>
        {
            var l = L(a);
            if (Seq.IsIndex(k))
            {
                long i = Ops.IndexAsLong(k);
                if (i < 0) i += l.Count;
                if (i < 0 || i >= l.Count) throw PyExc.IndexError("list assignment index out of range");
                l.RemoveAt((int)i);
                return None;
            }
            if (k is PySlice s)
            {
                int n = s.Indices(l.Count, out int start, out _, out int step);
                var remove = new HashSet<int>();
                for (int i = 0, j = start; i < n; i++, j += step) remove.Add(j);
                var keep = new List<PyObject>();
                for (int i = 0; i < l.Count; i++) if (!remove.Contains(i)) keep.Add(l.Items[i]);
                l.Items = keep.ToArray(); l.Count = l.Items.Length;
                return None;
            }
            throw PyExc.TypeError($"list indices must be integers or slices, not {Ops.TypeName(k)}");
        });
        Def1(t, "__contains__", (a, x) => { foreach (var y in L(a).ToArray()) if (Ops.RichCompareBool(y, x, CompareOp.Eq)) return PyBool.True; return PyBool.False; });
        Def1(t, "__add__", (a, b) =>
        {
            if (b is not PyList bl) throw PyExc.TypeError($"can only concatenate list (not \"{Ops.TypeName(b)}\") to list");
            var r = new PyObject[L(a).Count + bl.Count];
            L(a).AsSpan().CopyTo(r); bl.AsSpan().CopyTo(r.AsSpan(L(a).Count));
            return new PyList(r);
        });
        Def1(t, "__iadd__", (a, b) => { Extend(L(a), b); return a; });
        Def1(t, "__mul__", (a, n) => RepeatList(L(a), n));
        Def1(t, "__rmul__", (a, n) => RepeatList(L(a), n));
        Def1(t, "__imul__", (a, n) =>
        {
            if (n is not PyInt && n.Type.Lookup("__index__") == null) return Singletons.NotImplemented;
            var r = (PyList)RepeatList(L(a), n);
            L(a).Items = r.Items; L(a).Count = r.Count;
            return a;
        });
        for (int c = 0; c < 6; c++)
        {
            var op = (CompareOp)c;
            Def1(t, Ops.CompareDunders[c], (a, b) => b is PyList bl ? Seq.Compare(L(a).ToArray(), bl.ToArray(), op) : Singletons.NotImplemented);
        }
        t.Dict!.Set("__hash__", Singletons.None);
        Def1(t, "append", (a, x) => { L(a).Append(x); return None; });
        Def1(t, "extend", (a, x) => { Extend(L(a), x); return None; });
        DefN(t, "insert", 2, 2, (a, x) =>
        {
            var l = L(a);
            long i = Ops.IndexAsLong(x[0]);
            if (i < 0) { i += l.Count; if (i < 0) i = 0; }
            if (i > l.Count) i = l.Count;
            l.Insert((int)i, x[1]);
            return None;
        });
        DefN(t, "pop", 0, 1, (a, x) =>
        {
            var l = L(a);
            if (l.Count == 0) throw PyExc.IndexError("pop from empty list");
            long i = x.Length > 0 ? Ops.IndexAsLong(x[0]) : -1;
            if (i < 0) i += l.Count;
            if (i < 0 || i >= l.Count) throw PyExc.IndexError("pop index out of range");
            var v = l.Items[i];
            l.RemoveAt((int)i);
            return v;
        });
        Def1(t, "remove", (a, x) =>
        {
            var l = L(a);
            for (int i = 0; i < l.Count; i++)
                if (Ops.RichCompareBool(l.Items[i], x, CompareOp.Eq)) { l.RemoveAt(i); return None; }
            throw PyExc.ValueError("list.remove(x): x not in list");
        });
        DefN(t, "index", 1, 3, (a, x) =>
        {
            var l = L(a);
            long start = x.Length > 1 ? Ops.SliceIndex(x[1]) : 0, stop = x.Length > 2 ? Ops.SliceIndex(x[2]) : l.Count;
            if (start < 0) start = Math.Max(0, start + l.Count);
            if (stop < 0) stop = Math.Max(0, stop + l.Count);
            for (long i = start; i < Math.Min(stop, l.Count); i++)
                if (Ops.RichCompareBool(l.Items[i], x[0], CompareOp.Eq)) return PyInt.From(i);
            throw PyExc.ValueError($"{Ops.ReprString(x[0])} is not in list");
        });
        Def1(t, "count", (a, x) => { int n = 0; foreach (var y in L(a).ToArray()) if (Ops.RichCompareBool(y, x, CompareOp.Eq)) n++; return PyInt.From(n); });
        Def0(t, "clear", a => { L(a).Clear(); return None; });
        Def0(t, "copy", a => new PyList(L(a).ToArray()));
        Def0(t, "reverse", a => { var l = L(a); Array.Reverse(l.Items, 0, l.Count); return None; });
        Def(t, "sort", (args, kw) =>
        {
            if (args.Length > 1 + (kw?.Count ?? 0)) throw PyExc.TypeError("sort() takes no positional arguments");
            var p = Parse("sort", args.Slice(1), kw, new[] { "key", "reverse" }, 0, 0, 0);
            Sort(L(args[0]), p[0], p[1] != null && Ops.IsTrue(p[1]!));
            return None;
        });
        DefClass(t, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
    }

    private static PyObject RepeatList(PyList l, PyObject n)
    {
        if (n is not PyInt && n.Type.Lookup("__index__") == null) return Singletons.NotImplemented;
        // Objects/abstract.c sequence_repeat: PyNumber_AsSsize_t(n, PyExc_OverflowError).
        var ni = Ops.Index(n);
        if (!ni.IsSmall) throw PyExc.OverflowError("cannot fit 'int' into an index-sized integer");
        long count = ni.Small;
        var src = l.ToArray();
        if (count <= 0 || src.Length == 0) return new PyList();
        var r = new PyObject[src.Length * count];
        for (long i = 0; i < count; i++) src.CopyTo(r, i * src.Length);
        return new PyList(r);
    }
}

public static class TupleMethods
{
    private static PyTuple T(PyObject o) => (PyTuple)o;

    public static void Init()
    {
        var t = Types.Tuple;
        DefStatic(t, "__new__", (args, kw) =>
        {
            NoKeywords("tuple", kw);
            var cls = (PyType)args[0];
            CheckCount("tuple", args.Length - 1, 0, 1);
            var items = args.Length > 1 ? Ops.ToArray(args[1]) : Array.Empty<PyObject>();
            if (cls == Types.Tuple) return args.Length > 1 && args[1].Type == Types.Tuple ? args[1] : PyTuple.From(items);
            var o = PyTuple.OfType(cls, items);
            if (cls.HasInstanceDict) o.Dict = new PyDict();
            return o;
        });
        Def0(t, "__repr__", a =>
        {
            var items = T(a).Items;
            if (items.Length == 1) return PyStr.From(Seq.ReprItems(a, items, "(", ",)", "(...)"));
            return PyStr.From(Seq.ReprItems(a, items, "(", ")", "(...)"));
        });
        Def0(t, "__len__", a => PyInt.From(T(a).Items.Length));
        Def0(t, "__hash__", a => PyInt.From(Hashing.HashTuple(T(a).Items)));
        Def0(t, "__iter__", a => new PySeqIterator(Types.TupleIterator, a));
        Def1(t, "__getitem__", (a, k) =>
        {
            var items = T(a).Items;
            if (Seq.IsIndex(k)) return items[Seq.NormIndex(k, items.Length, "tuple")];
            if (k is PySlice s) return PyTuple.From(Seq.SliceItems(items, s));
            throw PyExc.TypeError($"tuple indices must be integers or slices, not {Ops.TypeName(k)}");
        });
        Def1(t, "__contains__", (a, x) => { foreach (var y in T(a).Items) if (Ops.RichCompareBool(y, x, CompareOp.Eq)) return PyBool.True; return PyBool.False; });
        Def1(t, "__add__", (a, b) =>
        {
            if (b is not PyTuple bt) throw PyExc.TypeError($"can only concatenate tuple (not \"{Ops.TypeName(b)}\") to tuple");
            return PyTuple.From(T(a).Items.Concat(bt.Items).ToArray());
        });
        NativeFn mul = (args, kw) =>
        {
            var n = args[1];
            if (n is not PyInt && n.Type.Lookup("__index__") == null) return Singletons.NotImplemented;
            long count = Ops.IndexAsLong(n);
            var src = T(args[0]).Items;
            if (count == 1 && args[0].Type == Types.Tuple) return args[0];
            if (count <= 0) return PyTuple.Empty;
            var r = new PyObject[src.Length * count];
            for (long i = 0; i < count; i++) src.CopyTo(r, i * src.Length);
            return PyTuple.From(r);
        };
        Def(t, "__mul__", mul);
        Def(t, "__rmul__", mul);
        for (int c = 0; c < 6; c++)
        {
            var op = (CompareOp)c;
            Def1(t, Ops.CompareDunders[c], (a, b) => b is PyTuple bt ? Seq.Compare(T(a).Items, bt.Items, op) : Singletons.NotImplemented);
        }
        DefN(t, "index", 1, 3, (a, x) =>
        {
            var items = T(a).Items;
            for (int i = 0; i < items.Length; i++) if (Ops.RichCompareBool(items[i], x[0], CompareOp.Eq)) return PyInt.From(i);
            throw PyExc.ValueError("tuple.index(x): x not in tuple");
        });
        Def1(t, "count", (a, x) => PyInt.From(T(a).Items.Count(y => Ops.RichCompareBool(y, x, CompareOp.Eq))));
        Def0(t, "__getnewargs__", a => PyTuple.Of(PyTuple.From(T(a).Items)));
        DefClass(t, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
    }
}

public static class DictMethods
{
    private static PyDict D(PyObject o) => (PyDict)o;

    /// <summary>dict_update_arg: a mapping (has keys()) or an iterable of pairs.</summary>
    public static void Update(PyDict d, PyObject other)
    {
        if (other is PyDict od)
        {
            foreach (var kv in od.Items().ToList()) d.SetItem(kv.Key, kv.Value);
            return;
        }
        if (other.Type.Lookup("keys") != null)
        {
            foreach (var k in Ops.ToList(Ops.CallMethod(other, "keys"))) d.SetItem(k, Ops.GetItem(other, k));
            return;
        }
        int i = 0;
        foreach (var item in Ops.Iterate(other))
        {
            PyObject[] pair;
            try { pair = Ops.ToArray(item); }
            catch (PyException e) when (e.Value.Type == Types.TypeError)
            {
                throw PyExc.TypeError($"cannot convert dictionary update sequence element #{i} to a sequence");
            }
            if (pair.Length != 2)
                throw PyExc.ValueError($"dictionary update sequence element #{i} has length {pair.Length}; 2 is required");
            d.SetItem(pair[0], pair[1]);
            i++;
        }
    }

    private static PyNativeIterator Iter(PyDict d, PyType type, Func<PyObject, PyObject, PyObject> project)
    {
        int pos = 0, version = d.Version, size = d.Count;
        return new PyNativeIterator(type, () =>
        {
            if (d.Version != version && d.Count != size) { version = d.Version; throw PyExc.RuntimeError("dictionary changed size during iteration"); }
            if (d.Version != version) { version = d.Version; throw PyExc.RuntimeError("dictionary keys changed during iteration"); }
            return d.Next(ref pos, out var k, out var v) ? project(k, v) : null;
        });
    }

    public static PyObject KeyIterator(PyDict d) => Iter(d, Types.DictKeyIterator, (k, v) => k);

    public static void Init()
    {
        var t = Types.Dict;
        DefStatic(t, "__new__", (args, kw) => new PyDict((PyType)args[0]) { Dict = ((PyType)args[0]).IsHeapType && ((PyType)args[0]).HasInstanceDict ? new PyDict() : null });
        Def(t, "__init__", (args, kw) =>
        {
            var d = D(args[0]);
            int nkw = kw?.Count ?? 0;
            CheckCount("dict", args.Length - 1 - nkw, 0, 1);
            if (args.Length - 1 - nkw == 1) Update(d, args[1]);
            for (int i = 0; i < nkw; i++) d.SetItem(kw!.Items[i], args[args.Length - nkw + i]);
            return None;
        });
        Def0(t, "__repr__", a =>
        {
            var d = D(a);
            if (!ReprGuard.Enter(a)) return PyStr.From("{...}");
            try
            {
                var sb = new StringBuilder("{");
                bool first = true;
                foreach (var kv in d.Items().ToList())
                {
                    if (!first) sb.Append(", ");
                    sb.Append(Ops.ReprString(kv.Key)).Append(": ").Append(Ops.ReprString(kv.Value));
                    first = false;
                }
                return PyStr.From(sb.Append('}').ToString());
            }
            finally { ReprGuard.Leave(a); }
        });
        Def0(t, "__len__", a => PyInt.From(D(a).Count));
        Def0(t, "__iter__", a => KeyIterator(D(a)));
        Def0(t, "__reversed__", a => PyNativeIterator.FromEnumerable(Types.DictKeyIterator, D(a).KeysList().AsEnumerable().Reverse()));
        Def1(t, "__getitem__", (a, k) =>
        {
            var v = D(a).GetItemOrNull(k);
            if (v != null) return v;
            if (a.Type != Types.Dict)
            {
                var missing = a.Type.Lookup("__missing__");
                if (missing != null) return Ops.CallDescriptor(missing, a, k);
            }
            throw PyExc.KeyError(k);
        });
        DefN(t, "__setitem__", 2, 2, (a, x) => { D(a).SetItem(x[0], x[1]); return None; });
        Def1(t, "__delitem__", (a, k) => { if (!D(a).Remove(k)) throw PyExc.KeyError(k); return None; });
        Def1(t, "__contains__", (a, k) => PyBool.From(D(a).ContainsKey(k)));
        Def1(t, "__eq__", (a, b) => b is PyDict bd ? PyBool.From(DictEq(D(a), bd)) : Singletons.NotImplemented);
        Def1(t, "__ne__", (a, b) => b is PyDict bd ? PyBool.From(!DictEq(D(a), bd)) : Singletons.NotImplemented);
        Def1(t, "__or__", (a, b) => { if (b is not PyDict) return Singletons.NotImplemented; var r = D(a).Copy(); Update(r, b); return r; });
        Def1(t, "__ior__", (a, b) => { Update(D(a), b); return a; });
        t.Dict!.Set("__hash__", Singletons.None);
        DefN(t, "get", 1, 2, (a, x) => D(a).GetItemOrNull(x[0]) ?? (x.Length > 1 ? x[1] : None));
        DefN(t, "setdefault", 1, 2, (a, x) =>
        {
            var d = D(a);
            var v = d.GetItemOrNull(x[0]);
            if (v != null) return v;
            var def = x.Length > 1 ? x[1] : None;
            d.SetItem(x[0], def);
            return def;
        });
        DefN(t, "pop", 1, 2, (a, x) =>
        {
            if (D(a).Remove(x[0], Ops.Hash(x[0]), out var old)) return old!;
            if (x.Length > 1) return x[1];
            throw PyExc.KeyError(x[0]);
        });
        Def0(t, "popitem", a =>
        {
            if (!D(a).PopLast(out var k, out var v)) throw PyExc.KeyError(PyStr.From("popitem(): dictionary is empty"));
            return PyTuple.Of(k, v);
        });
        Def0(t, "keys", a => new PyDictView(Types.DictKeys, D(a)));
        Def0(t, "values", a => new PyDictView(Types.DictValues, D(a)));
        Def0(t, "items", a => new PyDictView(Types.DictItems, D(a)));
        Def(t, "update", (args, kw) =>
        {
            var d = D(args[0]);
            int nkw = kw?.Count ?? 0;
            CheckCount("update", args.Length - 1 - nkw, 0, 1);
            if (args.Length - 1 - nkw == 1) Update(d, args[1]);
            for (int i = 0; i < nkw; i++) d.SetItem(kw!.Items[i], args[args.Length - nkw + i]);
            return None;
        });
        Def0(t, "clear", a => { D(a).Clear(); return None; });
        Def0(t, "copy", a => D(a).Copy());
        DefClass(t, "fromkeys", (args, kw) =>
        {
            var cls = args[0];
            var d = Ops.Call(cls);
            var v = args.Length > 2 ? args[2] : None;
            foreach (var k in Ops.Iterate(args[1])) Ops.SetItem(d, k, v);
            return d;
        });
        DefClass(t, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));

        foreach (var vt in new[] { Types.DictKeys, Types.DictValues, Types.DictItems })
        {
            var viewType = vt;
            Def0(vt, "__len__", a => PyInt.From(((PyDictView)a).Dict.Count));
            Def0(vt, "__iter__", a =>
            {
                var d = ((PyDictView)a).Dict;
                if (viewType == Types.DictKeys) return KeyIterator(d);
                if (viewType == Types.DictValues) return Iter(d, Types.DictValueIterator, (k, v) => v);
                return Iter(d, Types.DictItemIterator, (k, v) => PyTuple.Of(k, v));
            });
            Def0(vt, "__reversed__", a => PyNativeIterator.FromEnumerable(Types.Reversed, ViewItems((PyDictView)a).Reverse()));
            Def0(vt, "__repr__", a => PyStr.From(Seq.ReprItems(a, ViewItems((PyDictView)a), viewType.Name + "([", "])", "...")));
            Def1(vt, "__contains__", (a, x) =>
            {
                var d = ((PyDictView)a).Dict;
                if (viewType == Types.DictKeys) return PyBool.From(d.ContainsKey(x));
                if (viewType == Types.DictItems)
                {
                    if (x is not PyTuple tx || tx.Count != 2) return PyBool.False;
                    var v = d.GetItemOrNull(tx.Items[0]);
                    return PyBool.From(v != null && Ops.RichCompareBool(v, tx.Items[1], CompareOp.Eq));
                }
                return PyBool.From(ViewItems((PyDictView)a).Any(v => Ops.RichCompareBool(v, x, CompareOp.Eq)));
            });
            if (vt != Types.DictValues)
            {
                foreach (var (name, op) in new[] { ("__and__", 0), ("__or__", 1), ("__sub__", 2), ("__xor__", 3), ("__rand__", 0), ("__ror__", 1), ("__rxor__", 3) })
                {
                    int o = op;
                    bool reflected = name.StartsWith("__r");
                    Def1(vt, name, (a, b) =>
                    {
                        // dictviews_sub/or/xor: PySet_New(self) then the in-place update with the other operand.
                        // dictviews_to_set: a keys view of an exact dict goes through PySet_New(dict), which presizes.
                        var s = PySet.NewSet();
                        var view = (PyDictView)a;
                        if (viewType == Types.DictKeys && view.Dict.Type == Types.Dict) s.UpdateFromDict(view.Dict);
                        else foreach (var x in ViewItems(view)) s.Add(x);
                        var other = SetMethods.AsSetPublic(b);
                        if (o == 0 || reflected) return SetMethods.SetOp(s, other, o);
                        if (o == 1) { s.Merge(other); return s; }
                        if (o == 2) { foreach (var (k, _) in other.Entries().ToList()) s.Discard(k); return s; }
                        SetMethods.SymmetricDifferenceUpdate(s, other);
                        return s;
                    });
                }
                Def1(vt, "__eq__", (a, b) =>
                {
                    var s = PySet.NewSet();
                    foreach (var x in ViewItems((PyDictView)a)) s.Add(x);
                    if (b is PyDictView bv) { var s2 = PySet.NewSet(); foreach (var x in ViewItems(bv)) s2.Add(x); b = s2; }
                    if (b is not PySet) return Singletons.NotImplemented;
                    return SetMethods.Richcompare(s, (PySet)b, CompareOp.Eq);
                });
                Def1(vt, "isdisjoint", (a, b) => PyBool.From(!Ops.Iterate(b).Any(x => Ops.Contains(a, x))));
            }
            GetSet(vt, "mapping", a => new PyMappingProxy(((PyDictView)a).Dict));
        }
    }

    public static IEnumerable<PyObject> ViewItems(PyDictView v)
    {
        foreach (var kv in v.Dict.Items().ToList())
        {
            if (v.Type == Types.DictKeys) yield return kv.Key;
            else if (v.Type == Types.DictValues) yield return kv.Value;
            else yield return PyTuple.Of(kv.Key, kv.Value);
        }
    }

    private static bool DictEq(PyDict a, PyDict b)
    {
        if (a.Count != b.Count) return false;
        foreach (var kv in a.Items().ToList())
        {
            var v = b.GetItemOrNull(kv.Key);
            if (v == null || !Ops.RichCompareBool(kv.Value, v, CompareOp.Eq)) return false;
        }
        return true;
    }
}

public sealed class PyDictView : PyObject
{
    public readonly PyDict Dict;
    public PyDictView(PyType t, PyDict d) : base(t) { Dict = d; }
}

public static class SetMethods
{
    private static PySet S(PyObject o) => (PySet)o;

    public static void Update(PySet s, PyObject it)
    {
        if (it is PySet other) { s.Merge(other); return; }
        if (it is PyDict d && it.Type == Types.Dict) { s.UpdateFromDict(d); return; }
        foreach (var x in Ops.Iterate(it)) s.Add(x);
    }

    private static PySet NewLike(PySet s) => s.IsFrozen ? PySet.NewFrozen() : PySet.NewSet();

    /// <summary>Binary set operations with CPython's iteration choices (set_intersection iterates the smaller set).</summary>
    public static PyObject SetOp(PySet a, PyObject bObj, int op)
    {
        if (bObj is not PySet b) return Singletons.NotImplemented;
        switch (op)
        {
            case 0: // &
                {
                    var r = NewLike(a);
                    PySet small = a, big = b;
                    if (b.Count < a.Count) { small = b; big = a; }
                    foreach (var (k, h) in small.Entries().ToList()) if (big.ContainsEntry(k, h)) r.AddEntry(k, h);
                    return r;
                }
            case 1: // |
                {
                    var r = NewLike(a);
                    r.Merge(a); r.Merge(b);
                    return r;
                }
            case 2: // - (set_difference: copy-and-discard when the other set is much smaller)
                {
                    var r = NewLike(a);
                    if ((a.Count >> 2) > b.Count)
                    {
                        r.Merge(a);
                        foreach (var (k, _) in b.Entries().ToList()) r.Discard(k);
                        return r;
                    }
                    foreach (var (k, h) in a.Entries().ToList()) if (!b.ContainsEntry(k, h)) r.AddEntry(k, h);
                    return r;
                }
            default: // ^ (set_symmetric_difference: a copy of the other set, updated with this one)
                {
                    var r = NewLike(a);
                    r.Merge(b);
                    SymmetricDifferenceUpdate(r, a);
                    return r;
                }
        }
    }

    /// <summary>set_symmetric_difference_update over another set's table.</summary>
    public static void SymmetricDifferenceUpdate(PySet target, PySet other)
    {
        if (ReferenceEquals(target, other)) { target.Clear(); return; }
        foreach (var (k, h) in other.Entries().ToList())
        {
            if (target.ContainsEntry(k, h)) target.Discard(k); else target.AddEntry(k, h);
        }
    }

    public static PyObject Richcompare(PySet a, PySet b, CompareOp op)
    {
        bool Subset(PySet x, PySet y) => x.Count <= y.Count && x.Entries().All(e => y.ContainsEntry(e.Key, e.Hash));
        return op switch
        {
            CompareOp.Eq => PyBool.From(a.Count == b.Count && Subset(a, b)),
            CompareOp.Ne => PyBool.From(!(a.Count == b.Count && Subset(a, b))),
            CompareOp.Le => PyBool.From(Subset(a, b)),
            CompareOp.Ge => PyBool.From(Subset(b, a)),
            CompareOp.Lt => PyBool.From(a.Count < b.Count && Subset(a, b)),
            _ => PyBool.From(a.Count > b.Count && Subset(b, a)),
        };
    }

    public static PySet AsSetPublic(PyObject o) => AsSet(o);

    private static PySet AsSet(PyObject o)
    {
        if (o is PySet s) return s;
        var r = PySet.NewSet();
        Update(r, o);
        return r;
    }

    public static void Init()
    {
        foreach (var t in new[] { Types.Set, Types.FrozenSet })
        {
            var type = t;
            bool frozen = t == Types.FrozenSet;
            string name = t.Name;
            if (frozen)
                DefStatic(t, "__new__", (args, kw) =>
                {
                    NoKeywords("frozenset", kw);
                    var cls = (PyType)args[0];
                    CheckCount("frozenset", args.Length - 1, 0, 1);
                    if (args.Length > 1 && args[1].Type == Types.FrozenSet && cls == Types.FrozenSet) return args[1];
                    var s = new PySet(cls);
                    if (args.Length > 1) Update(s, args[1]);
                    return s;
                });
            else
            {
                DefStatic(t, "__new__", (args, kw) => new PySet((PyType)args[0]) { Dict = ((PyType)args[0]).IsHeapType ? new PyDict() : null });
                Def(t, "__init__", (args, kw) =>
                {
                    NoKeywords("set", kw);
                    CheckCount("set", args.Length - 1, 0, 1);
                    S(args[0]).Clear();
                    if (args.Length > 1) Update(S(args[0]), args[1]);
                    return None;
                });
            }
            Def0(t, "__repr__", a =>
            {
                var s = S(a);
                string tn = a.Type.Name;
                if (s.Count == 0) return PyStr.From(tn + "()");
                if (!ReprGuard.Enter(a)) return PyStr.From(tn + "(...)");
                try
                {
                    var inner = string.Join(", ", s.Items().ToList().Select(Ops.ReprString));
                    return PyStr.From(a.Type == Types.Set ? "{" + inner + "}" : $"{tn}({{{inner}}})");
                }
                finally { ReprGuard.Leave(a); }
            });
            Def0(t, "__len__", a => PyInt.From(S(a).Count));
            Def0(t, "__iter__", a =>
            {
                var s = S(a);
                int pos = 0, version = s.Version, size = s.Count;
                return new PyNativeIterator(Types.SetIterator, () =>
                {
                    if (s.Count != size) throw PyExc.RuntimeError("Set changed size during iteration");
                    return s.Next(ref pos, out var k) ? k : null;
                });
            });
            Def1(t, "__contains__", (a, x) =>
            {
                try { return PyBool.From(S(a).Contains(x)); }
                catch (PyException e) when (x is PySet xs && e.Value.Type == Types.TypeError)
                {
                    var f = PySet.NewFrozen(); f.Merge(xs);
                    return PyBool.From(S(a).Contains(f));
                }
            });
            if (frozen) Def0(t, "__hash__", a => PyInt.From(S(a).FrozenHash()));
            else t.Dict!.Set("__hash__", Singletons.None);
            foreach (var (dn, op) in new[] { ("__and__", 0), ("__or__", 1), ("__sub__", 2), ("__xor__", 3) })
            {
                int o = op;
                Def1(t, dn, (a, b) => SetOp(S(a), b, o));
                Def1(t, "__r" + dn[2..], (a, b) => b is PySet bs ? SetOp(bs, a, o) : Singletons.NotImplemented);
                if (!frozen)
                    Def1(t, "__i" + dn[2..], (a, b) =>
                    {
                        if (b is not PySet bs) return Singletons.NotImplemented;
                        switch (o)
                        {
                            case 1: S(a).Merge(bs); return a;
                            case 2: foreach (var (k, _) in bs.Entries().ToList()) S(a).Discard(k); return a;
                            case 3: SymmetricDifferenceUpdate(S(a), bs); return a;
                        }
                        var r = (PySet)SetOp(S(a), b, o);
                        S(a).Clear(); S(a).Merge(r);
                        return a;
                    });
            }
            for (int c = 0; c < 6; c++)
            {
                var op = (CompareOp)c;
                Def1(t, Ops.CompareDunders[c], (a, b) => b is PySet bs ? Richcompare(S(a), bs, op) : Singletons.NotImplemented);
            }
            Def(t, "union", (args, kw) => { var r = NewLike(S(args[0])); r.Merge(S(args[0])); foreach (var o in args.Slice(1).ToArray()) Update(r, o); return r; });
            Def(t, "intersection", (args, kw) => { PyObject r = S(args[0]); if (args.Length == 1) { var c = NewLike(S(args[0])); c.Merge(S(args[0])); return c; } foreach (var o in args.Slice(1).ToArray()) r = SetOp((PySet)r, AsSet(o), 0); return r; });
            Def(t, "difference", (args, kw) => { PyObject r = S(args[0]); if (args.Length == 1) { var c = NewLike(S(args[0])); c.Merge(S(args[0])); return c; } foreach (var o in args.Slice(1).ToArray()) r = SetOp((PySet)r, AsSet(o), 2); return r; });
            Def1(t, "symmetric_difference", (a, b) => SetOp(S(a), AsSet(b), 3));
            Def1(t, "issubset", (a, b) => Richcompare(S(a), AsSet(b), CompareOp.Le));
            Def1(t, "issuperset", (a, b) => Richcompare(S(a), AsSet(b), CompareOp.Ge));
            Def1(t, "isdisjoint", (a, b) => PyBool.From(!Ops.Iterate(b).Any(x => S(a).Contains(x))));
            Def0(t, "copy", a => { if (frozen && a.Type == Types.FrozenSet) return a; var r = NewLike(S(a)); r.Merge(S(a)); return r; });
            if (!frozen)
            {
                Def1(t, "add", (a, x) => { S(a).Add(x); return None; });
                Def1(t, "discard", (a, x) => { S(a).Discard(x); return None; });
                Def1(t, "remove", (a, x) => { if (!S(a).Discard(x)) throw PyExc.KeyError(x); return None; });
                Def0(t, "pop", a => S(a).Pop() ?? throw PyExc.KeyError(PyStr.From("pop from an empty set")));
                Def0(t, "clear", a => { S(a).Clear(); return None; });
                Def(t, "update", (args, kw) => { foreach (var o in args.Slice(1).ToArray()) Update(S(args[0]), o); return None; });
                Def(t, "intersection_update", (args, kw) => { var s = S(args[0]); foreach (var o in args.Slice(1).ToArray()) { var r = (PySet)SetOp(s, AsSet(o), 0); s.Clear(); s.Merge(r); } return None; });
                Def(t, "difference_update", (args, kw) => { var s = S(args[0]); foreach (var o in args.Slice(1).ToArray()) foreach (var x in Ops.ToList(o)) s.Discard(x); return None; });
                Def1(t, "symmetric_difference_update", (a, b) => { SymmetricDifferenceUpdate(S(a), AsSet(b)); return None; });
            }
            DefClass(t, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
        }
    }
}

public static class RangeSliceMethods
{
    /// <summary>Objects/rangeobject.c range_iter: the C-long iterator when the bounds fit.</summary>
    public static PyObject Iter(PyRange r)
    {
        if (r.FitsLong) return new PyRangeIterator((long)r.Start, (long)r.Step, (long)r.Length);
        // DEVIATION(CPython): a longrange_iterator is a sequence iterator over the range here.
        return new PySeqIterator(Types.SeqIterator, r);
    }

    private static bool ContainsLong(PyRange r, BigInteger v)
    {
        if (r.Step > 0 ? v < r.Start || v >= r.Stop : v > r.Start || v <= r.Stop) return false;
        return ((v - r.Start) % r.Step).IsZero;
    }

    /// <summary>Objects/rangeobject.c range_contains: arithmetic for exact ints, a search otherwise.</summary>
    private static bool Contains(PyRange r, PyObject x)
    {
        if (x is PyInt xi && (x.Type == Types.Int || x is PyBool)) return ContainsLong(r, xi.Value);
        for (BigInteger i = 0; i < r.Length; i++) if (Ops.RichCompareBool(PyInt.From(r[i]), x, CompareOp.Eq)) return true;
        return false;
    }

    public static void Init()
    {
        var t = Types.Range;
        DefStatic(t, "__new__", (args, kw) =>
        {
            NoKeywords("range", kw);
            int n = args.Length - 1;
            if (n == 0) throw PyExc.TypeError("range expected at least 1 argument, got 0");
            if (n > 3) throw PyExc.TypeError($"range expected at most 3 arguments, got {n}");
            BigInteger start = 0, stop, step = 1;
            if (n == 1) stop = Ops.Index(args[1]).Value;
            else
            {
                start = Ops.Index(args[1]).Value; stop = Ops.Index(args[2]).Value;
                if (n == 3) { step = Ops.Index(args[3]).Value; if (step.IsZero) throw PyExc.ValueError("range() arg 3 must not be zero"); }
            }
            return new PyRange(start, stop, step);
        });
        Def0(t, "__repr__", a =>
        {
            var r = (PyRange)a;
            return PyStr.From(r.Step.IsOne ? $"range({r.Start}, {r.Stop})" : $"range({r.Start}, {r.Stop}, {r.Step})");
        });
        // Objects/rangeobject.c range_length: PyLong_AsSsize_t of the length.
        Def0(t, "__len__", a => PyInt.From(((PyRange)a).Length <= long.MaxValue ? (long)((PyRange)a).Length
            : throw PyExc.OverflowError("Python int too large to convert to C ssize_t")));
        Def0(t, "__iter__", a => Iter((PyRange)a));
        Def0(t, "__reversed__", a =>
        {
            var r = (PyRange)a;
            return Iter(new PyRange(r.Start + (r.Length - 1) * r.Step, r.Start - r.Step, -r.Step));
        });
        Def0(t, "__bool__", a => PyBool.From(((PyRange)a).Length > 0));
        Def1(t, "__getitem__", (a, k) =>
        {
            var r = (PyRange)a;
            if (Seq.IsIndex(k))
            {
                // Objects/rangeobject.c compute_range_item: any-size index.
                var i = Ops.Index(k).Value;
                if (i < 0) i += r.Length;
                if (i < 0 || i >= r.Length) throw PyExc.IndexError("range object index out of range");
                return PyInt.From(r[i]);
            }
            if (k is PySlice s)
            {
                // DEVIATION(CPython): slicing uses int-sized slice indices (compute_slice uses PyLong ones).
                if (r.Length > int.MaxValue) throw PyExc.OverflowError("Python int too large to convert to C ssize_t");
                int n = s.Indices((int)r.Length, out int start, out int stop, out int step);
                var first = r.Start + start * r.Step;
                return new PyRange(first, first + (BigInteger)n * step * r.Step, step * r.Step);
            }
            throw PyExc.TypeError($"range indices must be integers or slices, not {Ops.TypeName(k)}");
        });
        Def1(t, "__contains__", (a, x) => PyBool.From(Contains((PyRange)a, x)));
        Def1(t, "index", (a, x) =>
        {
            var r = (PyRange)a;
            // Objects/rangeobject.c range_index: arithmetic for exact ints, a search otherwise.
            if (x is PyInt xi && (x.Type == Types.Int || x is PyBool))
            {
                if (ContainsLong(r, xi.Value)) return PyInt.From((xi.Value - r.Start) / r.Step);
            }
            else
                for (BigInteger i = 0; i < r.Length; i++) if (Ops.RichCompareBool(PyInt.From(r[i]), x, CompareOp.Eq)) return PyInt.From(i);
            throw PyExc.ValueError($"{Ops.ReprString(x)} is not in range");
        });
        Def1(t, "count", (a, x) => PyInt.From(Contains((PyRange)a, x) ? 1 : 0));
        Def1(t, "__eq__", (a, b) =>
        {
            if (b is not PyRange rb) return Singletons.NotImplemented;
            var ra = (PyRange)a;
            if (ra.Length != rb.Length) return PyBool.False;
            if (ra.Length.IsZero) return PyBool.True;
            if (ra.Start != rb.Start) return PyBool.False;
            return PyBool.From(ra.Length.IsOne || ra.Step == rb.Step);
        });
        Def0(t, "__hash__", a => { var r = (PyRange)a; return PyInt.From(Hashing.HashTuple(new PyObject[] { PyInt.From(r.Length), r.Length.IsZero ? Singletons.None : PyInt.From(r.Start), r.Length <= 1 ? Singletons.None : PyInt.From(r.Step) })); });
        ReadOnlyMember(t, "start", a => PyInt.From(((PyRange)a).Start));
        ReadOnlyMember(t, "stop", a => PyInt.From(((PyRange)a).Stop));
        ReadOnlyMember(t, "step", a => PyInt.From(((PyRange)a).Step));

        var s = Types.Slice;
        DefStatic(s, "__new__", (args, kw) =>
        {
            int n = args.Length - 1;
            CheckCount("slice", n, 1, 3);
            if (n == 1) return new PySlice(None, args[1], None);
            return new PySlice(args[1], args[2], n == 3 ? args[3] : None);
        });
        Def0(s, "__repr__", a => { var sl = (PySlice)a; return PyStr.From($"slice({Ops.ReprString(sl.Start)}, {Ops.ReprString(sl.Stop)}, {Ops.ReprString(sl.Step)})"); });
        ReadOnlyMember(s, "start", a => ((PySlice)a).Start);
        ReadOnlyMember(s, "stop", a => ((PySlice)a).Stop);
        ReadOnlyMember(s, "step", a => ((PySlice)a).Step);
        Def1(s, "indices", (a, n) =>
        {
            var sl = (PySlice)a;
            sl.Indices(Native.ToInt(n), out int st, out int sp, out int step);
            return PyTuple.Of(PyInt.From(st), PyInt.From(sp), PyInt.From(step));
        });
        Def1(s, "__eq__", (a, b) =>
        {
            if (b is not PySlice sb) return Singletons.NotImplemented;
            var sa = (PySlice)a;
            return Seq.Compare(new[] { sa.Start, sa.Stop, sa.Step }, new[] { sb.Start, sb.Stop, sb.Step }, CompareOp.Eq);
        });
        s.Dict!.Set("__hash__", Singletons.None);
    }
}
