using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// itertools (Modules/itertoolsmodule.c of 3.11). Each type is a static type named "itertools.X"; each object
/// keeps the C struct's fields and its tp_iternext is ported function by function.
/// DEVIATION(CPython): __reduce__/__setstate__ (pickling support, deprecated in 3.12) are not provided.
/// </summary>
[BuiltinModule("itertools")]
public static class ItertoolsModule
{
    private const string M = "itertools";

    public static readonly PyType CountType = NewType(M, "count"), CycleType = NewType(M, "cycle"), RepeatType = NewType(M, "repeat"),
        AccumulateType = NewType(M, "accumulate"), ChainType = NewType(M, "chain"), CompressType = NewType(M, "compress"),
        DropwhileType = NewType(M, "dropwhile"), FilterfalseType = NewType(M, "filterfalse"), GroupbyType = NewType(M, "groupby"),
        GrouperType = NewType(M, "_grouper"), IsliceType = NewType(M, "islice"), PairwiseType = NewType(M, "pairwise"),
        StarmapType = NewType(M, "starmap"), TakewhileType = NewType(M, "takewhile"), TeeType = NewType(M, "_tee"),
        TeeDataType = NewType(M, "_tee_dataobject"), ZipLongestType = NewType(M, "zip_longest"), ProductType = NewType(M, "product"),
        PermutationsType = NewType(M, "permutations"), CombinationsType = NewType(M, "combinations"),
        CwrType = NewType(M, "combinations_with_replacement");

    static ItertoolsModule()
    {
        foreach (var t in new[] { CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType, DropwhileType, FilterfalseType,
                     GroupbyType, GrouperType, IsliceType, PairwiseType, StarmapType, TakewhileType, TeeType, ZipLongestType, ProductType,
                     PermutationsType, CombinationsType, CwrType })
            IterMethods(t);
        InitCount(); InitCycle(); InitRepeat(); InitAccumulate(); InitChain(); InitCompress(); InitDropTakeFilter(); InitGroupby();
        InitIslice(); InitPairwise(); InitStarmap(); InitTee(); InitZipLongest(); InitProduct(); InitCombinatorics();
        foreach (var t in new[] { CountType, CycleType, RepeatType, AccumulateType, ChainType, CompressType, DropwhileType, FilterfalseType,
                     GroupbyType, GrouperType, IsliceType, PairwiseType, StarmapType, TakewhileType, TeeType, TeeDataType, ZipLongestType,
                     ProductType, PermutationsType, CombinationsType, CwrType })
            t.Modified();
    }

    public static PyModule Create()
    {
        var m = new PyModule(M);
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("Functional tools for creating and using iterators."));
        foreach (var t in new[] { AccumulateType, CombinationsType, CwrType, CompressType, CountType, CycleType, DropwhileType,
                     TakewhileType, IsliceType, StarmapType, ChainType, FilterfalseType, ZipLongestType, PairwiseType, PermutationsType,
                     ProductType, RepeatType, GroupbyType, GrouperType, TeeType, TeeDataType })
            d.Set(t.QualName, t);
        d.Set("tee", Fn("tee", TeeFn));
        return m;
    }

    private static string TypeShortName(PyObject o) => o.Type.IsHeapType ? o.Type.Name : o.Type.QualName;

    private static PyType Cls(ReadOnlySpan<PyObject> a) => (PyType)a[0];

    // The clinic constructors of one positional-only iterable (cycle, pairwise): name(iterable, /)
    private static PyObject OneIterable(string name, PyType self, ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        if (Cls(a) == self) NoKw(name, kw);
        CheckPositional(name, a.Length - 1 - (kw?.Count ?? 0), 1, 1);
        return Ops.GetIter(a[1]);
    }

    // ------------------------------------------------------------------ count

    private sealed class Count(PyType t, PyObject cnt, PyObject step) : PyIterObject(t)
    {
        public PyObject Cnt = cnt;
        public readonly PyObject Step = step;

        // count_nextlong (the fast ssize_t mode gives the same values).
        public override PyObject? Next()
        {
            var r = Cnt;
            if (Cnt is PyInt a && Step is PyInt b && a.IsSmall && b.IsSmall && a.Type == Types.Int && b.Type == Types.Int
                && a.Small < long.MaxValue / 2 && a.Small > long.MinValue / 2 && Math.Abs(b.Small) < int.MaxValue)
                Cnt = PyInt.From(a.Small + b.Small);
            else Cnt = Ops.BinaryOp(Cnt, Step, NbOp.Add);
            return r;
        }
    }

    private static void InitCount()
    {
        // itertools_count_impl
        DefStatic(CountType, "__new__", (a, kw) =>
        {
            var p = Unpack("count", a[1..], kw, new[] { "start", "step" }, 0);
            var start = p[0]; var step = p[1];
            if ((start != null && !NumberCheck(start)) || (step != null && !NumberCheck(step)))
                throw PyExc.TypeError("a number is required");
            return WithDict(new Count(Cls(a), start ?? PyInt.From(0), step ?? PyInt.From(1)), Cls(a));
        });
        // count_repr: the step is left out when it is an int equal to 1.
        Def0(CountType, "__repr__", s =>
        {
            var c = (Count)s;
            if (c.Step is PyInt st && st.IsSmall && st.Small == 1)
                return PyStr.From($"{TypeShortName(c)}({Ops.ReprString(c.Cnt)})");
            return PyStr.From($"{TypeShortName(c)}({Ops.ReprString(c.Cnt)}, {Ops.ReprString(c.Step)})");
        });
    }

    // ------------------------------------------------------------------ cycle

    private sealed class Cycle(PyType t, PyObject it) : PyIterObject(t)
    {
        public PyObject? It = it;
        public readonly List<PyObject> Saved = new();
        public int Index;

        // cycle_next
        public override PyObject? Next()
        {
            if (It != null)
            {
                var item = Ops.Next(It);
                if (item != null) { Saved.Add(item); return item; }
                It = null;
            }
            if (Saved.Count == 0) return null;
            var r = Saved[Index++];
            if (Index >= Saved.Count) Index = 0;
            return r;
        }
    }

    private static void InitCycle()
    {
        // itertools_cycle (clinic: cycle(iterable, /))
        DefStatic(CycleType, "__new__", (a, kw) => WithDict(new Cycle(Cls(a), OneIterable("cycle", CycleType, a, kw)), Cls(a)));
    }

    // ------------------------------------------------------------------ repeat

    private sealed class Repeat(PyType t, PyObject element, long cnt) : PyIterObject(t)
    {
        public readonly PyObject Element = element;
        public long Cnt = cnt;

        // repeat_next
        public override PyObject? Next()
        {
            if (Cnt == 0) return null;
            if (Cnt > 0) Cnt--;
            return Element;
        }
    }

    private static void InitRepeat()
    {
        // repeat_new: "O|n:repeat"; a negative times given counts as 0.
        DefStatic(RepeatType, "__new__", (a, kw) =>
        {
            var p = Unpack("repeat", a[1..], kw, new[] { "object", "times" }, 1);
            long cnt = -1;
            if (p[1] != null)
            {
                cnt = AsSsize(p[1]!);
                if (cnt < 0) cnt = 0;
            }
            return WithDict(new Repeat(Cls(a), p[0]!, cnt), Cls(a));
        });
        // repeat_repr
        Def0(RepeatType, "__repr__", s =>
        {
            var r = (Repeat)s;
            return PyStr.From(r.Cnt == -1 ? $"{TypeShortName(r)}({Ops.ReprString(r.Element)})" : $"{TypeShortName(r)}({Ops.ReprString(r.Element)}, {r.Cnt})");
        });
        // repeat_len
        Def0(RepeatType, "__length_hint__", s =>
        {
            var r = (Repeat)s;
            if (r.Cnt == -1) throw PyExc.TypeError("len() of unsized object");
            return PyInt.From(r.Cnt);
        });
    }

    // ------------------------------------------------------------------ accumulate

    private sealed class Accumulate(PyType t, PyObject it, PyObject binop, PyObject initial) : PyIterObject(t)
    {
        public readonly PyObject It = it, Binop = binop;
        public PyObject Initial = initial;
        public PyObject? Total;

        // accumulate_next
        public override PyObject? Next()
        {
            if (Initial != Singletons.None)
            {
                Total = Initial;
                Initial = Singletons.None;
                return Total;
            }
            var val = Ops.Next(It);
            if (val == null) return null;
            if (Total == null) Total = val;
            else Total = Binop == Singletons.None ? Ops.BinaryOp(Total, val, NbOp.Add) : Ops.Call(Binop, Total, val);
            return Total;
        }
    }

    private static void InitAccumulate()
    {
        // itertools_accumulate_impl: accumulate(iterable, func=None, *, initial=None)
        DefStatic(AccumulateType, "__new__", (a, kw) =>
        {
            var p = Unpack("accumulate", a[1..], kw, new[] { "iterable", "func", "initial" }, 1, 2);
            return WithDict(new Accumulate(Cls(a), Ops.GetIter(p[0]!), p[1] ?? None, p[2] ?? None), Cls(a));
        });
    }

    // ------------------------------------------------------------------ chain

    private sealed class Chain(PyType t, PyObject source) : PyIterObject(t)
    {
        public PyObject? Source = source;
        public PyObject? Active;

        // chain_next
        public override PyObject? Next()
        {
            while (Source != null)
            {
                if (Active == null)
                {
                    var iterable = Ops.Next(Source);
                    if (iterable == null) { Source = null; return null; }
                    try { Active = Ops.GetIter(iterable); }
                    catch (PyException) { Source = null; throw; }
                }
                var item = Ops.Next(Active);
                if (item != null) return item;
                Active = null;
            }
            return null;
        }
    }

    private static void InitChain()
    {
        // chain_new: chain(*iterables)
        DefStatic(ChainType, "__new__", (a, kw) =>
        {
            if (Cls(a) == ChainType) NoKw("chain", kw);
            int n = a.Length - (kw?.Count ?? 0);
            var source = Ops.GetIter(PyTuple.From(a[1..n].ToArray()));
            return WithDict(new Chain(Cls(a), source), Cls(a));
        });
        // chain_new_from_iterable (classmethod)
        DefClass(ChainType, "from_iterable", (a, kw) =>
        {
            NoKw("from_iterable", kw);
            if (a.Length != 2) throw PyExc.TypeError($"chain.from_iterable() takes exactly one argument ({a.Length - 1} given)");
            return WithDict(new Chain((PyType)a[0], Ops.GetIter(a[1])), (PyType)a[0]);
        });
        DefClass(ChainType, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
    }

    // ------------------------------------------------------------------ compress

    private sealed class Compress(PyType t, PyObject data, PyObject selectors) : PyIterObject(t)
    {
        // compress_next
        public override PyObject? Next()
        {
            while (true)
            {
                var datum = Ops.Next(data);
                if (datum == null) return null;
                var selector = Ops.Next(selectors);
                if (selector == null) return null;
                if (Ops.IsTrue(selector)) return datum;
            }
        }
    }

    private static void InitCompress()
    {
        // itertools_compress_impl: compress(data, selectors)
        DefStatic(CompressType, "__new__", (a, kw) =>
        {
            var p = Unpack("compress", a[1..], kw, new[] { "data", "selectors" }, 2);
            var data = Ops.GetIter(p[0]!);
            var sel = Ops.GetIter(p[1]!);
            return WithDict(new Compress(Cls(a), data, sel), Cls(a));
        });
    }

    // ------------------------------------------------------------------ dropwhile, takewhile, filterfalse

    private sealed class Dropwhile(PyType t, PyObject func, PyObject it) : PyIterObject(t)
    {
        private bool _dropped;

        // dropwhile_next
        public override PyObject? Next()
        {
            while (true)
            {
                var item = Ops.Next(it);
                if (item == null) return null;
                if (_dropped) return item;
                if (!Ops.IsTrue(Ops.Call(func, item)))
                {
                    _dropped = true;
                    return item;
                }
            }
        }
    }

    private sealed class Takewhile(PyType t, PyObject func, PyObject it) : PyIterObject(t)
    {
        private bool _stop;

        // takewhile_next
        public override PyObject? Next()
        {
            if (_stop) return null;
            var item = Ops.Next(it);
            if (item == null) return null;
            if (Ops.IsTrue(Ops.Call(func, item))) return item;
            _stop = true;
            return null;
        }
    }

    private sealed class Filterfalse(PyType t, PyObject func, PyObject it) : PyIterObject(t)
    {
        // filterfalse_next: None and bool mean the item's own truth.
        public override PyObject? Next()
        {
            while (true)
            {
                var item = Ops.Next(it);
                if (item == null) return null;
                bool ok = func == Singletons.None || func == Types.Bool ? Ops.IsTrue(item) : Ops.IsTrue(Ops.Call(func, item));
                if (!ok) return item;
            }
        }
    }

    private static void InitDropTakeFilter()
    {
        (PyObject, PyObject) Two(string name, PyType self, ReadOnlySpan<PyObject> a, PyTuple? kw)
        {
            if ((PyType)a[0] == self) NoKw(name, kw);
            CheckPositional(name, a.Length - 1 - (kw?.Count ?? 0), 2, 2);
            return (a[1], Ops.GetIter(a[2]));
        }
        DefStatic(DropwhileType, "__new__", (a, kw) => { var (f, it) = Two("dropwhile", DropwhileType, a, kw); return WithDict(new Dropwhile(Cls(a), f, it), Cls(a)); });
        DefStatic(TakewhileType, "__new__", (a, kw) => { var (f, it) = Two("takewhile", TakewhileType, a, kw); return WithDict(new Takewhile(Cls(a), f, it), Cls(a)); });
        DefStatic(FilterfalseType, "__new__", (a, kw) => { var (f, it) = Two("filterfalse", FilterfalseType, a, kw); return WithDict(new Filterfalse(Cls(a), f, it), Cls(a)); });
    }

    // ------------------------------------------------------------------ groupby

    private sealed class Groupby(PyType t, PyObject it, PyObject keyfunc) : PyIterObject(t)
    {
        public readonly PyObject It = it, Keyfunc = keyfunc;
        public PyObject? TgtKey, CurrKey, CurrValue;
        public Grouper? CurrGrouper;

        // groupby_step: false at the end of the input.
        public bool Step()
        {
            var newvalue = Ops.Next(It);
            if (newvalue == null) return false;
            var newkey = Keyfunc == Singletons.None ? newvalue : Ops.Call(Keyfunc, newvalue);
            CurrValue = newvalue;
            CurrKey = newkey;
            return true;
        }

        // groupby_next
        public override PyObject? Next()
        {
            CurrGrouper = null;
            while (true)
            {
                if (CurrKey == null) { }
                else if (TgtKey == null) break;
                else if (!Ops.RichCompareBool(TgtKey, CurrKey, CompareOp.Eq)) break;
                if (!Step()) return null;
            }
            TgtKey = CurrKey;
            var grouper = new Grouper(GrouperType, this, TgtKey!);
            CurrGrouper = grouper;
            return PyTuple.Of(CurrKey!, grouper);
        }
    }

    private sealed class Grouper(PyType t, Groupby parent, PyObject tgtkey) : PyIterObject(t)
    {
        public readonly Groupby Parent = parent;

        // _grouper_next: a grouper left behind by its groupby is exhausted.
        public override PyObject? Next()
        {
            var gbo = Parent;
            if (gbo.CurrGrouper != this) return null;
            if (gbo.CurrValue == null && !gbo.Step()) return null;
            if (!Ops.RichCompareBool(tgtkey, gbo.CurrKey!, CompareOp.Eq)) return null;
            var r = gbo.CurrValue!;
            gbo.CurrValue = null;
            return r;
        }
    }

    private static void InitGroupby()
    {
        // itertools_groupby_impl: groupby(iterable, key=None)
        DefStatic(GroupbyType, "__new__", (a, kw) =>
        {
            var p = Unpack("groupby", a[1..], kw, new[] { "iterable", "key" }, 1);
            return WithDict(new Groupby(Cls(a), Ops.GetIter(p[0]!), p[1] ?? None), Cls(a));
        });
        // itertools__grouper_impl: _grouper(parent, tgtkey, /)
        DefStatic(GrouperType, "__new__", (a, kw) =>
        {
            NoKw("_grouper", kw);
            CheckPositional("_grouper", a.Length - 1, 2, 2);
            if (a[1] is not Groupby g || a[1].Type != GroupbyType)
                throw PyExc.TypeError($"_grouper() argument 1 must be itertools.groupby, not {Ops.TypeName(a[1])}");
            return new Grouper(GrouperType, g, a[2]);
        });
    }

    // ------------------------------------------------------------------ islice

    private sealed class Islice(PyType t, PyObject it, long next, long stop, long step) : PyIterObject(t)
    {
        private PyObject? _it = it;
        private long _next = next, _cnt;

        // islice_next
        public override PyObject? Next()
        {
            if (_it == null) return null;
            while (_cnt < _next)
            {
                if (Ops.Next(_it) == null) { _it = null; return null; }
                _cnt++;
            }
            if (stop != -1 && _cnt >= stop) { _it = null; return null; }
            var item = Ops.Next(_it);
            if (item == null) { _it = null; return null; }
            _cnt++;
            long oldnext = _next;
            _next += step;
            if (_next < oldnext || (stop != -1 && _next > stop)) _next = stop;
            return item;
        }
    }

    private static void InitIslice()
    {
        // islice_new: islice(iterable, stop) / islice(iterable, start, stop[, step]); bad indices are ValueErrors.
        DefStatic(IsliceType, "__new__", (a, kw) =>
        {
            if (Cls(a) == IsliceType) NoKw("islice", kw);
            int numargs = a.Length - 1 - (kw?.Count ?? 0);
            CheckPositional("islice", numargs, 2, 4);
            var seq = a[1];
            long start = 0, stop = -1, step = 1;
            const string stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
            if (numargs == 2)
            {
                if (a[2] != None) stop = TryAsSsize(a[2]) ?? throw PyExc.ValueError(stopMsg);
                if (stop == -1 && a[2] != None) throw PyExc.ValueError(stopMsg);
            }
            else
            {
                if (a[2] != None) start = TryAsSsize(a[2]) ?? -1;
                if (a[3] != None)
                {
                    stop = TryAsSsize(a[3]) ?? -1;
                    if (stop == -1) throw PyExc.ValueError(stopMsg);
                }
            }
            if (start < 0 || stop < -1)
                throw PyExc.ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
            if (numargs == 4 && a[4] != None) step = TryAsSsize(a[4]) ?? -1;
            if (step < 1) throw PyExc.ValueError("Step for islice() must be a positive integer or None.");
            var it = Ops.GetIter(seq);
            return WithDict(new Islice(Cls(a), it, start, stop, step), Cls(a));
        });
    }

    // ------------------------------------------------------------------ pairwise

    private sealed class Pairwise(PyType t, PyObject it) : PyIterObject(t)
    {
        private PyObject? _it = it, _old;

        // pairwise_next
        public override PyObject? Next()
        {
            if (_it == null) return null;
            if (_old == null)
            {
                _old = Ops.Next(_it);
                if (_old == null) { _it = null; return null; }
            }
            var nw = Ops.Next(_it);
            if (nw == null) { _it = null; _old = null; return null; }
            var r = PyTuple.Of(_old, nw);
            _old = nw;
            return r;
        }
    }

    private static void InitPairwise()
    {
        // pairwise_new_impl: pairwise(iterable, /)
        DefStatic(PairwiseType, "__new__", (a, kw) => WithDict(new Pairwise(Cls(a), OneIterable("pairwise", PairwiseType, a, kw)), Cls(a)));
    }

    // ------------------------------------------------------------------ starmap

    private sealed class Starmap(PyType t, PyObject func, PyObject it) : PyIterObject(t)
    {
        // starmap_next
        public override PyObject? Next()
        {
            var args = Ops.Next(it);
            if (args == null) return null;
            var items = args.Type == Types.Tuple ? ((PyTuple)args).Items : Ops.ToArray(args);
            return Ops.Call(func, items);
        }
    }

    private static void InitStarmap()
    {
        DefStatic(StarmapType, "__new__", (a, kw) =>
        {
            if (Cls(a) == StarmapType) NoKw("starmap", kw);
            CheckPositional("starmap", a.Length - 1 - (kw?.Count ?? 0), 2, 2);
            return WithDict(new Starmap(Cls(a), a[1], Ops.GetIter(a[2])), Cls(a));
        });
    }

    // ------------------------------------------------------------------ tee

    /// <summary>teedataobject: a block of up to LINKCELLS items read from the shared iterator, linked to the next block.</summary>
    private sealed class TeeData(PyObject it) : PyObject(TeeDataType)
    {
        public const int LinkCells = 57;
        public readonly PyObject It = it;
        public readonly PyObject[] Values = new PyObject[LinkCells];
        public int NumRead;
        public bool Running;
        public TeeData? NextLink;

        // teedataobject_jumplink
        public TeeData JumpLink() => NextLink ??= new TeeData(It);

        // teedataobject_getitem
        public PyObject? GetItem(int i)
        {
            if (i < NumRead) return Values[i];
            if (Running) throw PyExc.RuntimeError("cannot re-enter the tee iterator");
            Running = true;
            PyObject? value;
            try { value = Ops.Next(It); }
            finally { Running = false; }
            if (value == null) return null;
            Values[NumRead++] = value;
            return value;
        }
    }

    private sealed class Tee(PyType t, TeeData data, int index) : PyIterObject(t)
    {
        public TeeData Data = data;
        public int Index = index;

        // tee_next
        public override PyObject? Next()
        {
            if (Index >= TeeData.LinkCells)
            {
                Data = Data.JumpLink();
                Index = 0;
            }
            var value = Data.GetItem(Index);
            if (value == null) return null;
            Index++;
            return value;
        }

        // tee_copy
        public Tee Copy() => new(TeeType, Data, Index);
    }

    // tee_fromiterable: a _tee is its own copyable form.
    private static Tee TeeFromIterable(PyObject iterable)
    {
        var it = Ops.GetIter(iterable);
        if (it is Tee t && it.Type == TeeType) return t.Copy();
        return new Tee(TeeType, new TeeData(it), 0);
    }

    private static void InitTee()
    {
        // itertools__tee_impl: _tee(iterable, /)
        DefStatic(TeeType, "__new__", (a, kw) =>
        {
            NoKw("_tee", kw);
            CheckPositional("_tee", a.Length - 1, 1, 1);
            return TeeFromIterable(a[1]);
        });
        Def0(TeeType, "__copy__", s => ((Tee)s).Copy());
        // teedataobject_new: _tee_dataobject(iterable, values, next, /) is only for unpickling.
        DefStatic(TeeDataType, "__new__", (a, kw) => throw PyExc.TypeError("cannot create 'itertools._tee_dataobject' instances"));
    }

    // itertools_tee_impl: tee(iterable, n=2, /); every copy after the first comes from __copy__.
    private static PyObject TeeFn(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        NoKw("tee", kw);
        CheckPositional("tee", a.Length, 1, 2);
        long n = a.Length > 1 ? AsSsize(a[1]) : 2;
        if (n < 0) throw PyExc.ValueError("n must be >= 0");
        var it = Ops.GetIter(a[0]);
        if (n == 0) return PyTuple.Empty;
        var result = new PyObject[n];
        var copyfunc = Ops.GetAttrOrNull(it, PyStr.Intern("__copy__"));
        PyObject to;
        if (copyfunc != null) to = it;
        else
        {
            to = TeeFromIterable(it);
            copyfunc = Ops.GetAttr(to, "__copy__");
        }
        result[0] = to;
        for (long i = 1; i < n; i++)
        {
            to = Ops.Call(copyfunc);
            copyfunc = Ops.GetAttr(to, "__copy__");
            result[i] = to;
        }
        return PyTuple.From(result);
    }

    // ------------------------------------------------------------------ zip_longest

    private sealed class ZipLongest(PyType t, PyObject?[] iters, PyObject fillvalue) : PyIterObject(t)
    {
        private int _numactive = iters.Length;

        // zip_longest_next
        public override PyObject? Next()
        {
            if (iters.Length == 0 || _numactive == 0) return null;
            var result = new PyObject[iters.Length];
            for (int i = 0; i < iters.Length; i++)
            {
                var it = iters[i];
                PyObject? item;
                if (it == null) item = fillvalue;
                else
                {
                    try { item = Ops.Next(it); }
                    catch (PyException) { _numactive = 0; throw; }
                    if (item == null)
                    {
                        _numactive--;
                        if (_numactive == 0) return null;
                        item = fillvalue;
                        iters[i] = null;
                    }
                }
                result[i] = item;
            }
            return PyTuple.From(result);
        }
    }

    private static void InitZipLongest()
    {
        // zip_longest_new: only "fillvalue" is accepted as a keyword.
        DefStatic(ZipLongestType, "__new__", (a, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            PyObject fill = None;
            if (nkw > 0)
            {
                if (nkw != 1 || ((PyStr)kw!.Items[0]).Value != "fillvalue")
                    throw PyExc.TypeError("zip_longest() got an unexpected keyword argument");
                fill = a[^1];
            }
            int n = a.Length - 1 - nkw;
            var iters = new PyObject?[n];
            for (int i = 0; i < n; i++) iters[i] = Ops.GetIter(a[1 + i]);
            return WithDict(new ZipLongest(Cls(a), iters, fill), Cls(a));
        });
    }

    // ------------------------------------------------------------------ product

    private sealed class Product(PyType t, PyTuple[] pools) : PyIterObject(t)
    {
        private readonly int[] _indices = new int[pools.Length];
        private PyObject[]? _result;
        private bool _stopped;

        // product_next
        public override PyObject? Next()
        {
            if (_stopped) return null;
            if (_result == null)
            {
                _result = new PyObject[pools.Length];
                for (int i = 0; i < pools.Length; i++)
                {
                    if (pools[i].Items.Length == 0) { _stopped = true; return null; }
                    _result[i] = pools[i].Items[0];
                }
            }
            else
            {
                int i;
                for (i = pools.Length - 1; i >= 0; i--)
                {
                    var pool = pools[i].Items;
                    _indices[i]++;
                    if (_indices[i] == pool.Length)
                    {
                        _indices[i] = 0;
                        _result[i] = pool[0];
                    }
                    else
                    {
                        _result[i] = pool[_indices[i]];
                        break;
                    }
                }
                if (i < 0) { _stopped = true; return null; }
            }
            return PyTuple.From((PyObject[])_result.Clone());
        }
    }

    private static void InitProduct()
    {
        // product_new: product(*iterables, repeat=1)
        DefStatic(ProductType, "__new__", (a, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            long repeat = 1;
            if (nkw > 0)
            {
                var p = Unpack("product", a[(a.Length - nkw)..], kw, new[] { "repeat" }, 0, 0, 0);
                if (p[0] != null) repeat = AsSsize(p[0]!);
                if (repeat < 0) throw PyExc.ValueError("repeat argument cannot be negative");
            }
            int nargs = repeat == 0 ? 0 : a.Length - 1 - nkw;
            if (nargs > 0 && repeat > int.MaxValue / nargs) throw PyExc.OverflowError("repeat argument too large");
            var pools = new PyTuple[nargs * repeat];
            for (int i = 0; i < nargs; i++) pools[i] = PyTuple.From(Ops.ToArray(a[1 + i]));
            for (long r = 1; r < repeat; r++)
                for (int i = 0; i < nargs; i++) pools[r * nargs + i] = pools[i];
            return WithDict(new Product(Cls(a), pools), Cls(a));
        });
    }

    // ------------------------------------------------------------------ combinations, combinations_with_replacement, permutations

    private sealed class Combinations(PyType t, PyObject[] pool, int r) : PyIterObject(t)
    {
        private readonly int[] _indices = Enumerable.Range(0, r).ToArray();
        private PyObject[]? _result;
        private bool _stopped = r > pool.Length;

        // combinations_next
        public override PyObject? Next()
        {
            int n = pool.Length;
            if (_stopped) return null;
            if (_result == null)
            {
                _result = new PyObject[r];
                for (int i = 0; i < r; i++) _result[i] = pool[_indices[i]];
            }
            else
            {
                int i;
                for (i = r - 1; i >= 0 && _indices[i] == i + n - r; i--) { }
                if (i < 0) { _stopped = true; return null; }
                _indices[i]++;
                for (int j = i + 1; j < r; j++) _indices[j] = _indices[j - 1] + 1;
                for (; i < r; i++) _result[i] = pool[_indices[i]];
            }
            return PyTuple.From((PyObject[])_result.Clone());
        }
    }

    private sealed class Cwr(PyType t, PyObject[] pool, int r) : PyIterObject(t)
    {
        private readonly int[] _indices = new int[r];
        private PyObject[]? _result;
        private bool _stopped = pool.Length == 0 && r > 0;

        // cwr_next
        public override PyObject? Next()
        {
            int n = pool.Length;
            if (_stopped) return null;
            if (_result == null)
            {
                _result = new PyObject[r];
                for (int i = 0; i < r; i++) _result[i] = pool[0];
            }
            else
            {
                int i;
                for (i = r - 1; i >= 0 && _indices[i] == n - 1; i--) { }
                if (i < 0) { _stopped = true; return null; }
                int index = _indices[i] + 1;
                var elem = pool[index];
                for (; i < r; i++) { _indices[i] = index; _result[i] = elem; }
            }
            return PyTuple.From((PyObject[])_result.Clone());
        }
    }

    private sealed class Permutations(PyType t, PyObject[] pool, int r) : PyIterObject(t)
    {
        private readonly int[] _indices = Enumerable.Range(0, pool.Length).ToArray();
        private readonly int[] _cycles = Enumerable.Range(0, Math.Min(r, pool.Length)).Select(i => pool.Length - i).ToArray();
        private PyObject[]? _result;
        private bool _stopped = r > pool.Length;

        // permutations_next
        public override PyObject? Next()
        {
            int n = pool.Length;
            if (_stopped) return null;
            if (_result == null)
            {
                _result = new PyObject[r];
                for (int i = 0; i < r; i++) _result[i] = pool[_indices[i]];
            }
            else
            {
                if (n == 0) { _stopped = true; return null; }
                int i;
                for (i = r - 1; i >= 0; i--)
                {
                    _cycles[i]--;
                    if (_cycles[i] == 0)
                    {
                        int index = _indices[i];
                        for (int j = i; j < n - 1; j++) _indices[j] = _indices[j + 1];
                        _indices[n - 1] = index;
                        _cycles[i] = n - i;
                    }
                    else
                    {
                        int j = _cycles[i];
                        (_indices[i], _indices[n - j]) = (_indices[n - j], _indices[i]);
                        for (int k = i; k < r; k++) _result[k] = pool[_indices[k]];
                        break;
                    }
                }
                if (i < 0) { _stopped = true; return null; }
            }
            return PyTuple.From((PyObject[])_result.Clone());
        }
    }

    private static int AsR(PyObject o)
    {
        long r = AsSsize(o);
        if (r < 0) throw PyExc.ValueError("r must be non-negative");
        return (int)Math.Min(r, int.MaxValue);
    }

    private static void InitCombinatorics()
    {
        // itertools_combinations_impl: combinations(iterable, r)
        DefStatic(CombinationsType, "__new__", (a, kw) =>
        {
            var p = Unpack("combinations", a[1..], kw, new[] { "iterable", "r" }, 2);
            var pool = Ops.ToArray(p[0]!);
            return WithDict(new Combinations(Cls(a), pool, AsR(p[1]!)), Cls(a));
        });
        // itertools_combinations_with_replacement_impl
        DefStatic(CwrType, "__new__", (a, kw) =>
        {
            var p = Unpack("combinations_with_replacement", a[1..], kw, new[] { "iterable", "r" }, 2);
            var pool = Ops.ToArray(p[0]!);
            return WithDict(new Cwr(Cls(a), pool, AsR(p[1]!)), Cls(a));
        });
        // itertools_permutations_impl: permutations(iterable, r=None); r must be an int proper.
        DefStatic(PermutationsType, "__new__", (a, kw) =>
        {
            var p = Unpack("permutations", a[1..], kw, new[] { "iterable", "r" }, 1);
            var pool = Ops.ToArray(p[0]!);
            int r = pool.Length;
            if (p[1] != null && p[1] != None)
            {
                if (p[1] is not PyInt) throw PyExc.TypeError("Expected int as r");
                r = AsR(p[1]!);
            }
            return WithDict(new Permutations(Cls(a), pool, r), Cls(a));
        });
    }
}
