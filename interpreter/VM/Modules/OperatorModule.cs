using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _operator (Modules/_operator.c of 3.11): the operator functions Lib/operator.py re-exports with
/// "from _operator import *", plus itemgetter, attrgetter and methodcaller.
/// </summary>
[BuiltinModule("_operator")]
public static class OperatorModule
{
    public static readonly PyType ItemgetterType = NewType("operator", "itemgetter"),
        AttrgetterType = NewType("operator", "attrgetter"), MethodcallerType = NewType("operator", "methodcaller");

    static OperatorModule()
    {
        InitItemgetter();
        InitAttrgetter();
        InitMethodcaller();
        ItemgetterType.Modified(); AttrgetterType.Modified(); MethodcallerType.Modified();
    }

    private const string Doc = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience.";

    public static PyModule Create()
    {
        var m = new PyModule("_operator");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From(Doc));
        // METH_O functions (clinic: one positional-only object).
        void One(string name, Func<PyObject, PyObject> f) => d.Set(name, Fn(name, (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError($"_operator.{name}() takes no keyword arguments");
            if (a.Length != 1) throw PyExc.TypeError($"_operator.{name}() takes exactly one argument ({a.Length} given)");
            return f(a[0]);
        }));
        // METH_FASTCALL functions of two positional-only objects.
        void Two(string name, Func<PyObject, PyObject, PyObject> f) => d.Set(name, Fn(name, (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError($"_operator.{name}() takes no keyword arguments");
            CheckPositional(name, a.Length, 2, 2);
            return f(a[0], a[1]);
        }));
        One("truth", a => PyBool.From(Ops.IsTrue(a)));
        One("not_", a => PyBool.From(!Ops.IsTrue(a)));
        One("index", a => Ops.Index(a) is var i && i.Type == Types.Int ? i : PyInt.From(i.Value));   // PyNumber_Index: an exact int
        One("neg", Ops.Negative);
        One("pos", Ops.Positive);
        One("abs", Ops.Abs);
        One("inv", Ops.Invert);
        One("invert", Ops.Invert);
        Two("contains", (a, b) => PyBool.From(Ops.Contains(a, b)));
        Two("indexOf", (a, b) => PyInt.From(IterSearch(a, b, indexOf: true)));
        Two("countOf", (a, b) => PyInt.From(IterSearch(a, b, indexOf: false)));
        Two("getitem", Ops.GetItem);
        Two("delitem", (a, b) => { Ops.DelItem(a, b); return None; });
        d.Set("setitem", Fn("setitem", (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("_operator.setitem() takes no keyword arguments");
            CheckPositional("setitem", a.Length, 3, 3);
            Ops.SetItem(a[0], a[1], a[2]);
            return None;
        }));
        Two("is_", (a, b) => PyBool.From(ReferenceEquals(a, b)));
        Two("is_not", (a, b) => PyBool.From(!ReferenceEquals(a, b)));
        string[] cmpNames = { "lt", "le", "eq", "ne", "gt", "ge" };
        for (int i = 0; i < 6; i++)
        {
            var op = (CompareOp)i;
            Two(cmpNames[i], (a, b) => Ops.RichCompare(a, b, op));
        }
        (string, int)[] binops =
        {
            ("add", NbOp.Add), ("sub", NbOp.Subtract), ("mul", NbOp.Multiply), ("matmul", NbOp.MatMul), ("floordiv", NbOp.FloorDivide),
            ("truediv", NbOp.TrueDivide), ("mod", NbOp.Remainder), ("lshift", NbOp.LShift), ("rshift", NbOp.RShift), ("and_", NbOp.And),
            ("xor", NbOp.Xor), ("or_", NbOp.Or), ("pow", NbOp.Power),
        };
        foreach (var (name, op) in binops)
        {
            var o = op;
            Two(name, (a, b) => Ops.BinaryOp(a, b, o));
            var iname = "i" + (name.EndsWith('_') ? name[..^1] : name);
            Two(iname, (a, b) => Ops.InplaceOp(a, b, o));
        }
        Two("concat", (a, b) => Concat(a, b, inplace: false));
        Two("iconcat", (a, b) => Concat(a, b, inplace: true));
        d.Set("length_hint", Fn("length_hint", (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("_operator.length_hint() takes no keyword arguments");
            CheckPositional("length_hint", a.Length, 1, 2);
            long dflt = a.Length > 1 ? AsSsize(a[1]) : 0;
            return PyInt.From(LengthHint(a[0], dflt));
        }));
        d.Set("_compare_digest", Fn("_compare_digest", (a, kw) =>
        {
            if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError("_operator._compare_digest() takes no keyword arguments");
            CheckPositional("_compare_digest", a.Length, 2, 2);
            return PyBool.From(CompareDigest(a[0], a[1]));
        }));
        // _operator_call: call(obj, /, *args, **kwargs)
        d.Set("call", Fn("call", (a, kw) =>
        {
            int nkw = kw?.Items.Length ?? 0;
            if (a.Length - nkw < 1) throw PyExc.TypeError($"call expected at least 1 argument, got {a.Length - nkw}");
            return Ops.Call(a[0], a[1..], kw);
        }));
        d.Set("itemgetter", ItemgetterType);
        d.Set("attrgetter", AttrgetterType);
        d.Set("methodcaller", MethodcallerType);
        return m;
    }

    // Objects/abstract.c _PySequence_IterSearch (PY_ITERSEARCH_INDEX / PY_ITERSEARCH_COUNT)
    private static long IterSearch(PyObject seq, PyObject obj, bool indexOf)
    {
        PyObject it;
        try { it = Ops.GetIter(seq); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.TypeError))
        {
            throw PyExc.TypeError($"argument of type '{Ops.TypeName(seq)}' is not iterable");
        }
        long n = 0, i = 0;
        PyObject? item;
        while ((item = Ops.Next(it)) != null)
        {
            if (Ops.RichCompareBool(item, obj, CompareOp.Eq))
            {
                if (indexOf) return i;
                n++;
            }
            i++;
        }
        if (indexOf) throw PyExc.ValueError("sequence.index(x): x not in sequence");
        return n;
    }

    private static bool IsSequence(PyObject o) =>
        o is not PyDict && o.Type.Lookup("__getitem__") != null;

    // Objects/abstract.c PySequence_Concat / PySequence_InPlaceConcat: the sequence's own concatenation,
    // else + when both look like sequences.
    private static PyObject Concat(PyObject a, PyObject b, bool inplace)
    {
        if (a is PyList or PyTuple or PyStr or PyBytes or PyByteArray && a.Type.SolidBase == a.Type || IsSequence(a) && IsSequence(b))
        {
            var r = inplace ? Ops.InplaceOp(a, b, NbOp.Add) : Ops.BinaryOp(a, b, NbOp.Add);
            return r;
        }
        throw PyExc.TypeError($"'{Ops.TypeName(a)}' object can't be concatenated");
    }

    /// <summary>Objects/abstract.c PyObject_LengthHint.</summary>
    public static long LengthHint(PyObject o, long defaultValue)
    {
        if (o.Type.Lookup("__len__") is { } lenf && lenf != None)
        {
            try { return Ops.Len(o); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.TypeError)) { }
        }
        var hint = o.Type.Lookup("__length_hint__");
        if (hint == null || hint == None) return defaultValue;
        PyObject result;
        try { result = Ops.CallDescriptor(hint, o); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.TypeError)) { return defaultValue; }
        if (result == Singletons.NotImplemented) return defaultValue;
        if (result is not PyInt ri) throw PyExc.TypeError($"__length_hint__ must be an integer, not {Ops.TypeName(result)}");
        if (!ri.IsSmall) throw PyExc.OverflowError("Python int too large to convert to C ssize_t");
        if (ri.Small < 0) throw PyExc.ValueError("__length_hint__() should return >= 0");
        return ri.Small;
    }

    // _operator__compare_digest_impl: ASCII str pairs or bytes-like pairs, compared in time independent of the contents.
    internal static bool CompareDigest(PyObject a, PyObject b)
    {
        byte[] ba, bb;
        if (a is PyStr sa && b is PyStr sb)
        {
            if (sa.Value.Any(c => c > 127) || sb.Value.Any(c => c > 127))
                throw PyExc.TypeError("comparing strings with non-ASCII characters is not supported");
            ba = Encoding.ASCII.GetBytes(sa.Value);
            bb = Encoding.ASCII.GetBytes(sb.Value);
        }
        else
        {
            static byte[]? Buf(PyObject o) => o switch { PyBytes x => x.Value, PyByteArray x => x.Value.ToArray(), _ => null };
            var xa = Buf(a); var xb = Buf(b);
            if (xa == null && xb == null)
                throw PyExc.TypeError($"unsupported operand types(s) or combination of types: '{Ops.TypeName(a)}' and '{Ops.TypeName(b)}'");
            ba = xa ?? throw PyExc.TypeError($"a bytes-like object is required, not '{Ops.TypeName(a)}'");
            bb = xb ?? throw PyExc.TypeError($"a bytes-like object is required, not '{Ops.TypeName(b)}'");
        }
        return System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(ba, bb);
    }

    // ------------------------------------------------------------------ itemgetter

    private sealed class Itemgetter(PyObject[] items) : PyCallableObject(ItemgetterType)
    {
        public readonly PyObject[] Items = items;

        // itemgetter_call
        public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        {
            NoKw("itemgetter", kwnames);
            CheckPositional("itemgetter", args.Length, 1, 1);
            var obj = args[0];
            if (Items.Length == 1) return Ops.GetItem(obj, Items[0]);
            var r = new PyObject[Items.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Ops.GetItem(obj, Items[i]);
            return PyTuple.From(r);
        }
    }

    private static string ReprArgs(PyObject self, PyObject[] items) =>
        items.Length == 1 ? $"{self.Type.Name}({Ops.ReprString(items[0])})" : $"{self.Type.Name}{Ops.ReprString(PyTuple.From(items))}";

    private static void InitItemgetter()
    {
        var t = ItemgetterType;
        CallMethods(t);
        DefStatic(t, "__new__", (a, kw) =>
        {
            NoKw("itemgetter", kw);
            if (a.Length == 1) CheckPositional("itemgetter", 0, 1, 1);
            return new Itemgetter(a[1..].ToArray());
        });
        Def0(t, "__repr__", s =>
        {
            if (!ReprGuard.Enter(s)) return PyStr.From($"{s.Type.Name}(...)");
            try { return PyStr.From(ReprArgs(s, ((Itemgetter)s).Items)); }
            finally { ReprGuard.Leave(s); }
        });
        Def0(t, "__reduce__", s => PyTuple.Of(s.Type, PyTuple.From(((Itemgetter)s).Items)));
    }

    // ------------------------------------------------------------------ attrgetter

    private sealed class Attrgetter(PyObject[] names, PyStr[][] parts) : PyCallableObject(AttrgetterType)
    {
        public readonly PyObject[] Names = names;

        // dotted_getattr
        private PyObject Get(PyObject obj, PyStr[] path)
        {
            foreach (var p in path) obj = Ops.GetAttr(obj, p);
            return obj;
        }

        // attrgetter_call
        public override PyObject Call(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        {
            NoKw("attrgetter", kwnames);
            CheckPositional("attrgetter", args.Length, 1, 1);
            if (parts.Length == 1) return Get(args[0], parts[0]);
            var r = new PyObject[parts.Length];
            for (int i = 0; i < r.Length; i++) r[i] = Get(args[0], parts[i]);
            return PyTuple.From(r);
        }
    }

    private static void InitAttrgetter()
    {
        var t = AttrgetterType;
        CallMethods(t);
        DefStatic(t, "__new__", (a, kw) =>
        {
            NoKw("attrgetter", kw);
            if (a.Length == 1) CheckPositional("attrgetter", 0, 1, 1);
            var names = a[1..].ToArray();
            var parts = new PyStr[names.Length][];
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i] is not PyStr s) throw PyExc.TypeError("attribute name must be a string");
                parts[i] = s.Value.Split('.').Select(PyStr.Intern).ToArray();
            }
            return new Attrgetter(names, parts);
        });
        Def0(t, "__repr__", s =>
        {
            if (!ReprGuard.Enter(s)) return PyStr.From($"{s.Type.Name}(...)");
            try { return PyStr.From(ReprArgs(s, ((Attrgetter)s).Names)); }
            finally { ReprGuard.Leave(s); }
        });
        Def0(t, "__reduce__", s => PyTuple.Of(s.Type, PyTuple.From(((Attrgetter)s).Names)));
    }

    // ------------------------------------------------------------------ methodcaller

    private sealed class Methodcaller(PyStr name, PyObject[] args, PyDict kwargs) : PyCallableObject(MethodcallerType)
    {
        public readonly PyStr Name = name;
        public readonly PyObject[] Args = args;
        public readonly PyDict Kwargs = kwargs;

        // methodcaller_call
        public override PyObject Call(ReadOnlySpan<PyObject> a, PyTuple? kwnames)
        {
            NoKw("methodcaller", kwnames);
            CheckPositional("methodcaller", a.Length, 1, 1);
            var method = Ops.GetAttr(a[0], Name);
            return Ops.CallWithDict(method, Args, Kwargs.Count == 0 ? null : Kwargs);
        }
    }

    private static void InitMethodcaller()
    {
        var t = MethodcallerType;
        CallMethods(t);
        DefStatic(t, "__new__", (a, kw) =>
        {
            int nkw = kw?.Items.Length ?? 0;
            int npos = a.Length - 1 - nkw;
            if (npos < 1) throw PyExc.TypeError("methodcaller needs at least one argument, the method name");
            if (a[1] is not PyStr name) throw PyExc.TypeError("method name must be a string");
            return new Methodcaller(PyStr.Intern(name.Value), a.Slice(2, npos - 1).ToArray(), KwDict(a[1..], kw));
        });
        Def0(t, "__repr__", s =>
        {
            var mc = (Methodcaller)s;
            if (!ReprGuard.Enter(s)) return PyStr.From($"{s.Type.Name}(...)");
            try
            {
                var sb = new StringBuilder(s.Type.Name).Append('(').Append(Ops.ReprString(mc.Name));
                foreach (var x in mc.Args) sb.Append(", ").Append(Ops.ReprString(x));
                foreach (var kv in mc.Kwargs.Items()) sb.Append(", ").Append(Ops.StrString(kv.Key)).Append('=').Append(Ops.ReprString(kv.Value));
                return PyStr.From(sb.Append(')').ToString());
            }
            finally { ReprGuard.Leave(s); }
        });
        // methodcaller_reduce: keyword arguments go through functools.partial.
        Def0(t, "__reduce__", s =>
        {
            var mc = (Methodcaller)s;
            if (mc.Kwargs.Count == 0) return PyTuple.Of(s.Type, PyTuple.From(new PyObject[] { mc.Name }.Concat(mc.Args).ToArray()));
            var p = new FunctoolsModule.Partial(FunctoolsModule.PartialType) { Fn = s.Type, Args = PyTuple.Of(mc.Name), Kw = mc.Kwargs.Copy(), Dict = new PyDict() };
            return PyTuple.Of(p, PyTuple.From(mc.Args));
        });
    }
}
