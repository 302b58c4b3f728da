using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _functools (Modules/_functoolsmodule.c of 3.11): reduce, cmp_to_key (KeyWrapper), partial and the C
/// lru_cache wrapper that Lib/functools.py uses in place of its pure-Python versions.
/// </summary>
[BuiltinModule("_functools")]
public static class FunctoolsModule
{
    public static readonly PyType PartialType = NewType("functools", "partial", instanceDict: true),
        KeyWrapperType = NewType("functools", "KeyWrapper"),
        LruCacheType = NewType("functools", "_lru_cache_wrapper", instanceDict: true);

    private static readonly PyObject s_partialCall;

    static FunctoolsModule()
    {
        CallMethods(PartialType);
        s_partialCall = PartialType.Dict!.Get("__call__")!;
        InitPartial();
        InitKeyWrapper();
        InitLruCache();
        PartialType.Modified(); KeyWrapperType.Modified(); LruCacheType.Modified();
    }

    public static PyModule Create()
    {
        var m = new PyModule("_functools");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("Tools that operate on functions."));
        d.Set("reduce", Fn("reduce", Reduce));
        d.Set("cmp_to_key", Fn("cmp_to_key", (a, kw) =>
        {
            var p = Unpack("cmp_to_key", a, kw, new[] { "mycmp" }, 1);
            return new KeyWrapper(p[0]!, null);
        }));
        d.Set("partial", PartialType);
        d.Set("_lru_cache_wrapper", LruCacheType);
        return m;
    }

    // ------------------------------------------------------------------ reduce

    // functools_reduce: reduce(function, iterable[, initial])
    private static PyObject Reduce(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKw("reduce", kw);
        CheckPositional("reduce", a.Length, 2, 3);
        var func = a[0];
        PyObject? result = a.Length > 2 ? a[2] : null;
        PyObject it;
        try { it = Ops.GetIter(a[1]); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.TypeError))
        {
            throw PyExc.TypeError("reduce() arg 2 must support iteration");
        }
        PyObject? item;
        while ((item = Ops.Next(it)) != null)
            result = result == null ? item : Ops.Call(func, result, item);
        return result ?? throw PyExc.TypeError("reduce() of empty iterable with no initial value");
    }

    // ------------------------------------------------------------------ partial

    public sealed class Partial(PyType t) : PyCallableObject(t)
    {
        public PyObject Fn = Singletons.None;
        public PyTuple Args = PyTuple.Empty;
        public PyDict Kw = new();
        /// <summary>CPython creates pto->dict lazily; a partial whose dict was never made is flattened by partial().</summary>
        public bool DictMade;

        // partial_vectorcall / partial_call: stored arguments first, call keywords override stored ones.
        public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        {
            int nkw = kwnames?.Items.Length ?? 0;
            if (Kw.Count == 0)
            {
                if (Args.Items.Length == 0) return Ops.Call(Fn, args, kwnames);
                var all = new PyObject[Args.Items.Length + args.Length];
                Args.Items.CopyTo(all, 0);
                args.CopyTo(all.AsSpan(Args.Items.Length));
                return Ops.Call(Fn, all, kwnames);
            }
            var kwargs = Kw.Copy();
            int npos = args.Length - nkw;
            for (int i = 0; i < nkw; i++) kwargs.SetItem(kwnames!.Items[i], args[npos + i]);
            var pos = new PyObject[Args.Items.Length + npos];
            Args.Items.CopyTo(pos, 0);
            args[..npos].CopyTo(pos.AsSpan(Args.Items.Length));
            return Ops.CallWithDict(Fn, pos, kwargs);
        }
    }

    private static void InitPartial()
    {
        var t = PartialType;
        // partial_new: a partial of a plain partial (same tp_call, no __dict__ yet) is flattened.
        DefStatic(t, "__new__", (a, kw) =>
        {
            var cls = (PyType)a[0];
            int nkw = kw?.Items.Length ?? 0;
            int npos = a.Length - 1 - nkw;
            if (npos < 1) throw PyExc.TypeError("type 'partial' takes at least one argument");
            var func = a[1];
            PyTuple? pargs = null;
            PyDict? pkw = null;
            if (func is Partial part && func.Type.Lookup("__call__") == s_partialCall && !part.DictMade && (part.Dict?.Count ?? 0) == 0)
            {
                pargs = part.Args;
                pkw = part.Kw;
                func = part.Fn;
            }
            if (!IsCallable(func)) throw PyExc.TypeError("the first argument must be callable");
            var p = new Partial(cls) { Fn = func, Dict = new PyDict() };
            var nargs = a.Slice(2, npos - 1).ToArray();
            p.Args = pargs == null ? PyTuple.From(nargs) : PyTuple.From(pargs.Items.Concat(nargs).ToArray());
            var kwd = KwDict(a[1..], kw);
            if (pkw == null || pkw.Count == 0) p.Kw = kwd;
            else
            {
                p.Kw = pkw.Copy();
                foreach (var kv in kwd.Items()) p.Kw.SetItem(kv.Key, kv.Value);
            }
            return p;
        });
        // partial_repr
        Def0(t, "__repr__", s =>
        {
            var p = (Partial)s;
            if (!ReprGuard.Enter(p)) return PyStr.From("...");
            try
            {
                var sb = new StringBuilder();
                foreach (var x in p.Args.Items) sb.Append(", ").Append(Ops.ReprString(x));
                foreach (var kv in p.Kw.Items()) sb.Append(", ").Append(Ops.StrString(kv.Key)).Append('=').Append(Ops.ReprString(kv.Value));
                return PyStr.From($"{p.Type.Name}({Ops.ReprString(p.Fn)}{sb})");
            }
            finally { ReprGuard.Leave(p); }
        });
        GetSet(t, "func", s => ((Partial)s).Fn, (s, v) => throw PyExc.AttributeError("readonly attribute"));
        GetSet(t, "args", s => ((Partial)s).Args, (s, v) => throw PyExc.AttributeError("readonly attribute"));
        GetSet(t, "keywords", s => ((Partial)s).Kw, (s, v) => throw PyExc.AttributeError("readonly attribute"));
        GetSet(t, "__dict__", s => { ((Partial)s).DictMade = true; return s.Dict!; }, (s, v) =>
        {
            if (v == null) throw PyExc.TypeError("cannot delete __dict__");
            if (v is not PyDict d) throw PyExc.TypeError($"__dict__ must be set to a dictionary, not a '{Ops.TypeName(v)}'");
            s.Dict = d;
            ((Partial)s).DictMade = true;
        });
        // partial_reduce / partial_setstate
        Def0(t, "__reduce__", s =>
        {
            var p = (Partial)s;
            PyObject dict = p.DictMade || p.Dict!.Count > 0 ? p.Dict! : None;
            return PyTuple.Of(p.Type, PyTuple.Of(p.Fn), PyTuple.Of(p.Fn, p.Args, p.Kw, dict));
        });
        Def1(t, "__setstate__", (s, state) =>
        {
            var p = (Partial)s;
            if (state is not PyTuple st) throw PyExc.TypeError("argument to __setstate__ must be a tuple");
            if (st.Items.Length != 4) throw PyExc.TypeError($"expected 4 items in state, got {st.Items.Length}");
            var (fn, fnargs, kw, dict) = (st.Items[0], st.Items[1], st.Items[2], st.Items[3]);
            if (!IsCallable(fn) || fnargs is not PyTuple || (kw != None && kw is not PyDict))
                throw PyExc.TypeError("invalid partial state");
            p.Fn = fn;
            p.Args = fnargs.Type == Types.Tuple ? (PyTuple)fnargs : PyTuple.From(((PyTuple)fnargs).Items);
            p.Kw = kw == None ? new PyDict() : kw.Type == Types.Dict ? (PyDict)kw : ((PyDict)kw).Copy();
            if (dict == None) { p.Dict = new PyDict(); p.DictMade = false; }
            else { p.Dict = (PyDict)dict; p.DictMade = true; }
            return None;
        });
        DefClass(t, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
    }

    // ------------------------------------------------------------------ cmp_to_key

    private sealed class KeyWrapper(PyObject cmp, PyObject? obj) : PyCallableObject(KeyWrapperType)
    {
        public readonly PyObject Cmp = cmp;
        public PyObject? Obj = obj;

        // keyobject_call: K(obj)
        public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        {
            var p = Unpack("K", args, kwnames, new[] { "obj" }, 1);
            return new KeyWrapper(Cmp, p[0]);
        }
    }

    private static void InitKeyWrapper()
    {
        var t = KeyWrapperType;
        CallMethods(t);
        // keyobject_richcompare: cmp(x, y) compared with 0.
        for (int op = 0; op < 6; op++)
        {
            var cop = (CompareOp)op;
            Def1(t, Ops.CompareDunders[op], (s, other) =>
            {
                var ko = (KeyWrapper)s;
                if (other.Type != s.Type) throw PyExc.TypeError("other argument must be K instance");
                var x = ko.Obj; var y = ((KeyWrapper)other).Obj;
                if (x == null || y == null) throw PyExc.AttributeError("object");
                var res = Ops.Call(ko.Cmp, x, y);
                return Ops.RichCompare(res, PyInt.From(0), cop);
            });
        }
        t.Dict!.Set("__hash__", None);
        GetSet(t, "obj", s => ((KeyWrapper)s).Obj ?? throw PyExc.AttributeError("obj"), (s, v) => ((KeyWrapper)s).Obj = v);
        DefStatic(t, "__new__", (a, kw) => throw PyExc.TypeError("cannot create 'functools.KeyWrapper' instances"));
    }

    // ------------------------------------------------------------------ _lru_cache_wrapper

    /// <summary>lru_list_elem: a cache entry in the recency list (most recent at the end).</summary>
    private sealed class LruLink(PyObject key, long hash, PyObject result) : PyObject(Types.Object)
    {
        public readonly PyObject Key = key;
        public readonly long Hash = hash;
        public readonly PyObject Result = result;
        public LinkedListNode<LruLink>? Node;
    }

    private sealed class LruCache(PyType t) : PyCallableObject(t)
    {
        public PyObject Func = Singletons.None;
        public PyObject CacheInfoType = Singletons.None;
        public long MaxSize;          // -1: unbounded
        public bool Typed;
        public long Hits, Misses;
        public readonly PyDict Cache = new();
        public readonly LinkedList<LruLink> Order = new();
        public static readonly PyObject KwdMark = new PyInstance(Types.Object);

        // lru_cache_make_key: the args tuple itself (or a lone str/int) when untyped and without keywords.
        private PyObject MakeKey(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        {
            int nkw = kwnames?.Items.Length ?? 0;
            int npos = args.Length - nkw;
            if (!Typed && nkw == 0)
            {
                if (npos == 1 && (args[0].Type == Types.Str || args[0].Type == Types.Int)) return args[0];
                return PyTuple.From(args.ToArray());
            }
            var key = new List<PyObject>(npos * 2 + nkw * 3 + 1);
            for (int i = 0; i < npos; i++) key.Add(args[i]);
            if (nkw > 0)
            {
                key.Add(KwdMark);
                for (int i = 0; i < nkw; i++) { key.Add(kwnames!.Items[i]); key.Add(args[npos + i]); }
            }
            if (Typed)
            {
                for (int i = 0; i < npos; i++) key.Add(args[i].Type);
                for (int i = 0; i < nkw; i++) key.Add(args[npos + i].Type);
            }
            return PyTuple.From(key.ToArray());
        }

        public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        {
            if (MaxSize == 0)
            {
                // uncached_lru_cache_wrapper
                Misses++;
                return Ops.Call(Func, args, kwnames);
            }
            var key = MakeKey(args, kwnames);
            long hash = Ops.Hash(key);
            if (MaxSize < 0)
            {
                // infinite_lru_cache_wrapper
                var hit = Cache.GetItemOrNull(key, hash);
                if (hit != null) { Hits++; return hit; }
                Misses++;
                var r = Ops.Call(Func, args, kwnames);
                Cache.SetItem(key, hash, r);
                return r;
            }
            // bounded_lru_cache_wrapper
            var link = Cache.GetItemOrNull(key, hash) as LruLink;
            if (link != null)
            {
                Order.Remove(link.Node!);
                Order.AddLast(link.Node!);
                Hits++;
                return link.Result;
            }
            Misses++;
            var result = Ops.Call(Func, args, kwnames);
            if (Cache.GetItemOrNull(key, hash) != null)
                return result;   // the same key was added during the call: the link update is already done
            if (Cache.Count < MaxSize || Order.First == null)
            {
                var nl = new LruLink(key, hash, result);
                nl.Node = Order.AddLast(nl);
                Cache.SetItem(key, hash, nl);
                return result;
            }
            // Evict the oldest entry, then add the new one.
            var old = Order.First.Value;
            Order.RemoveFirst();
            Cache.Remove(old.Key, old.Hash, out _);
            var fresh = new LruLink(key, hash, result);
            fresh.Node = Order.AddLast(fresh);
            Cache.SetItem(key, hash, fresh);
            return result;
        }

        public void Clear()
        {
            Hits = Misses = 0;
            Cache.Clear();
            Order.Clear();
        }
    }

    private static void InitLruCache()
    {
        var t = LruCacheType;
        CallMethods(t);
        // lru_cache_new: _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)
        DefStatic(t, "__new__", (a, kw) =>
        {
            var p = Unpack("_lru_cache_wrapper", a[1..], kw, new[] { "user_function", "maxsize", "typed", "cache_info_type" }, 4);
            var func = p[0]!;
            if (!IsCallable(func)) throw PyExc.TypeError("the first argument must be callable");
            long maxsize;
            var maxsizeO = p[1]!;
            if (maxsizeO == None) maxsize = -1;
            else if (maxsizeO is PyInt || maxsizeO.Type.Lookup("__index__") != null)
            {
                maxsize = AsSsize(maxsizeO);
                if (maxsize < 0) maxsize = 0;
            }
            else throw PyExc.TypeError("maxsize should be integer or None");
            var cls = (PyType)a[0];
            return new LruCache(cls) { Func = func, MaxSize = maxsize, Typed = Ops.IsTrue(p[2]!), CacheInfoType = p[3]!, Dict = new PyDict() };
        });
        Def0(t, "cache_info", s =>
        {
            var c = (LruCache)s;
            PyObject max = c.MaxSize == -1 ? None : PyInt.From(c.MaxSize);
            return Ops.Call(c.CacheInfoType, PyInt.From(c.Hits), PyInt.From(c.Misses), max, PyInt.From(c.Cache.Count));
        });
        Def0(t, "cache_clear", s => { ((LruCache)s).Clear(); return None; });
        Def0(t, "__reduce__", s => Ops.GetAttr(s, "__qualname__"));
        Def0(t, "__copy__", s => s);
        Def1(t, "__deepcopy__", (s, memo) => s);
        // lru_cache_descr_get: binds like a function.
        DefN(t, "__get__", 1, 2, (s, a) => a[0] == None ? s : new PyMethod(s, a[0]));
        GetSet(t, "__dict__", s => s.Dict!, (s, v) =>
        {
            if (v is not PyDict d) throw PyExc.TypeError($"__dict__ must be set to a dictionary, not a '{Ops.TypeName(v ?? None)}'");
            s.Dict = d;
        });
    }
}
