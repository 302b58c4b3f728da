using System.Globalization;
using System.Numerics;
using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>The builtins module (Python/bltinmodule.c).</summary>
public static class Builtins
{
    public static string Ascii(PyObject o)
    {
        var r = Ops.ReprString(o);
        var sb = new StringBuilder();
        foreach (var cp in PyStr.ToCodePoints(r))
        {
            if (cp < 128) sb.Append((char)cp);
            else if (cp <= 0xff) sb.Append("\\x").Append(cp.ToString("x2"));
            else if (cp <= 0xffff) sb.Append("\\u").Append(cp.ToString("x4"));
            else sb.Append("\\U").Append(cp.ToString("x8"));
        }
        return sb.ToString();
    }

    public static List<PyObject> DirOf(PyObject o)
    {
        var names = new HashSet<string>();
        if (o is PyModule m) foreach (var k in m.Dict!.KeysList()) names.Add(Ops.StrString(k));
        else if (o is PyType t)
        {
            foreach (var b in t.Mro) foreach (var k in b.Dict!.KeysList()) names.Add(Ops.StrString(k));
        }
        else
        {
            if (o.Dict != null) foreach (var k in o.Dict.KeysList()) names.Add(Ops.StrString(k));
            foreach (var b in o.Type.Mro) foreach (var k in b.Dict!.KeysList()) names.Add(Ops.StrString(k));
        }
        return names.OrderBy(n => n, StringComparer.Ordinal).Select(n => (PyObject)PyStr.From(n)).ToList();
    }

    private static void Add(PyDict d, string name, NativeFn fn, string? doc = null) =>
        d.Set(name, new PyBuiltinFunction(name, fn, null, doc));

    private static PyObject MinMax(ReadOnlySpan<PyObject> args, PyTuple? kw, bool isMax)
    {
        string name = isMax ? "max" : "min";
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        PyObject? key = null, def = null;
        // Python/bltinmodule.c min_max parses with PyArg_ParseTupleAndKeywords("|$OO").
        if (nkw > 2) throw PyExc.TypeError($"{name}() takes at most 2 keyword arguments ({nkw} given)");
        for (int i = 0; i < nkw; i++)
        {
            var k = ((PyStr)kw!.Items[i]).Value;
            if (k == "key") key = args[npos + i];
            else if (k == "default") def = args[npos + i];
            else throw PyExc.TypeError($"'{k}' is an invalid keyword argument for {name}()");
        }
        if (key == Singletons.None) key = null;
        IEnumerable<PyObject> items;
        if (npos == 0) throw PyExc.TypeError($"{name} expected at least 1 argument, got 0");
        if (npos == 1) items = Ops.Iterate(args[0]);
        else
        {
            if (def != null) throw PyExc.TypeError($"Cannot specify a default for {name}() with multiple positional arguments");
            items = args[..npos].ToArray();
        }
        PyObject? best = null, bestKey = null;
        foreach (var x in items)
        {
            var k = key == null ? x : Ops.Call(key, x);
            if (best == null || Ops.RichCompareBool(k, bestKey!, isMax ? CompareOp.Gt : CompareOp.Lt)) { best = x; bestKey = k; }
        }
        if (best == null)
        {
            if (def != null) return def;
            throw PyExc.ValueError($"{name}() arg is an empty sequence");
        }
        return best;
    }

    public static PyDict Create()
    {
        var d = new PyDict();
        d.Set("__name__", PyStr.From("builtins"));
        d.Set("__doc__", PyStr.From("Built-in functions, types, exceptions, and other objects."));
        d.Set("None", Singletons.None);
        d.Set("True", PyBool.True);
        d.Set("False", PyBool.False);
        d.Set("Ellipsis", Singletons.Ellipsis);
        d.Set("NotImplemented", Singletons.NotImplemented);
        d.Set("__debug__", PyBool.True);
        foreach (var (n, t) in new (string, PyType)[] {
            ("object", Types.Object), ("type", Types.Type), ("int", Types.Int), ("bool", Types.Bool), ("float", Types.Float),
            ("complex", Types.Complex), ("str", Types.Str), ("bytes", Types.Bytes), ("bytearray", Types.ByteArray),
            ("tuple", Types.Tuple), ("list", Types.List), ("dict", Types.Dict), ("set", Types.Set), ("frozenset", Types.FrozenSet),
            ("range", Types.Range), ("slice", Types.Slice), ("property", Types.Property), ("classmethod", Types.ClassMethod),
            ("staticmethod", Types.StaticMethod), ("super", Types.Super), ("enumerate", Types.Enumerate), ("zip", Types.Zip),
            ("map", Types.Map), ("filter", Types.Filter), ("reversed", Types.Reversed), ("memoryview", Types.MemoryView) })
            d.Set(n, t);
        foreach (var t in Types.ExceptionTypes) d.Set(t.Name, t);
        d.Set("EnvironmentError", Types.OSError);
        d.Set("IOError", Types.OSError);

        Add(d, "__build_class__", ObjectAndType.BuildClass);
        Add(d, "print", Print);
        Add(d, "len", (a, kw) => { NoKeywords("len", kw); CheckCount("len", a.Length, 1, 1); return PyInt.From(Ops.Len(a[0])); });
        Add(d, "repr", (a, kw) => { NoKeywords("repr", kw); CheckCount("repr", a.Length, 1, 1); return Ops.Repr(a[0]); });
        Add(d, "ascii", (a, kw) => { CheckCount("ascii", a.Length, 1, 1); return PyStr.From(Ascii(a[0])); });
        Add(d, "id", (a, kw) => { CheckCount("id", a.Length, 1, 1); return PyInt.From(a[0].Id); });
        Add(d, "hash", (a, kw) => { CheckCount("hash", a.Length, 1, 1); return PyInt.From(Ops.Hash(a[0])); });
        Add(d, "abs", (a, kw) => { CheckCount("abs", a.Length, 1, 1); return Ops.Abs(a[0]); });
        Add(d, "callable", (a, kw) => { CheckCount("callable", a.Length, 1, 1); return PyBool.From(a[0] is PyFunction or PyBuiltinFunction or PyType or PyMethod or PyMethodDescriptor || a[0].Type.Lookup("__call__") != null); });
        Add(d, "isinstance", (a, kw) => { NoKeywords("isinstance", kw); CheckCount("isinstance", a.Length, 2, 2); return PyBool.From(IsInstance(a[0], a[1])); });
        Add(d, "issubclass", (a, kw) => { NoKeywords("issubclass", kw); CheckCount("issubclass", a.Length, 2, 2); return PyBool.From(IsSubclass(a[0], a[1])); });
        Add(d, "iter", (a, kw) =>
        {
            CheckCount("iter", a.Length, 1, 2);
            if (a.Length == 1) return Ops.GetIter(a[0]);
            var callable = a[0]; var sentinel = a[1];
            bool done = false;
            return new PyNativeIterator(Types.NativeIterator, () =>
            {
                if (done) return null;
                var v = Ops.Call(callable);
                if (Ops.RichCompareBool(v, sentinel, CompareOp.Eq)) { done = true; return null; }
                return v;
            });
        });
        Add(d, "next", (a, kw) =>
        {
            CheckCount("next", a.Length, 1, 2);
            var it = a[0];
            if (it.Type.Lookup("__next__") == null) throw PyExc.TypeError($"'{Ops.TypeName(it)}' object is not an iterator");
            if (a.Length == 1) return MiscTypes.NextOrStop(it);
            return Ops.Next(it) ?? a[1];
        });
        Add(d, "getattr", (a, kw) =>
        {
            CheckCount("getattr", a.Length, 2, 3);
            if (a[1] is not PyStr name) throw PyExc.TypeError("attribute name must be string, not '" + Ops.TypeName(a[1]) + "'");
            if (a.Length == 3) return Ops.GetAttrOrNull(a[0], name) ?? a[2];
            return Ops.GetAttr(a[0], name);
        });
        Add(d, "setattr", (a, kw) =>
        {
            CheckCount("setattr", a.Length, 3, 3);
            if (a[1] is not PyStr name) throw PyExc.TypeError("attribute name must be string, not '" + Ops.TypeName(a[1]) + "'");
            Ops.SetAttr(a[0], PyStr.Intern(name.Value), a[2]);
            return Singletons.None;
        });
        Add(d, "delattr", (a, kw) => { CheckCount("delattr", a.Length, 2, 2); Ops.SetAttr(a[0], PyStr.Intern(((PyStr)a[1]).Value), null); return Singletons.None; });
        Add(d, "hasattr", (a, kw) =>
        {
            CheckCount("hasattr", a.Length, 2, 2);
            if (a[1] is not PyStr name) throw PyExc.TypeError("attribute name must be string, not '" + Ops.TypeName(a[1]) + "'");
            try { return PyBool.From(Ops.GetAttrOrNull(a[0], name) != null); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.AttributeError)) { return PyBool.False; }
        });
        Add(d, "min", (a, kw) => MinMax(a, kw, false));
        Add(d, "max", (a, kw) => MinMax(a, kw, true));
        Add(d, "sum", (a, kw) =>
        {
            var p = Parse("sum", a, kw, new[] { "iterable", "start" }, 1, 1);
            PyObject acc = p[1] ?? PyInt.From(0);
            if (acc is PyStr) throw PyExc.TypeError("sum() can't sum strings [use ''.join(seq) instead]");
            if (acc is PyBytes) throw PyExc.TypeError("sum() can't sum bytes [use b''.join(seq) instead]");
            if (acc is PyByteArray) throw PyExc.TypeError("sum() can't sum bytearray [use b''.join(seq) instead]");
            // Floats are summed with extended precision? No: CPython adds doubles left to right.
            foreach (var x in Ops.Iterate(p[0]!)) acc = Ops.BinaryOp(acc, x, NbOp.Add);
            return acc;
        });
        Add(d, "sorted", (a, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            if (a.Length - nkw != 1) throw PyExc.TypeError(a.Length - nkw == 0 ? "sorted expected 1 argument, got 0" : $"sorted expected 1 argument, got {a.Length - nkw}");
            var l = new PyList(Ops.ToArray(a[0]).ToArray());
            var p = Parse("sort", a[1..], kw, new[] { "key", "reverse" }, 0, 0, 0);
            ListMethods.Sort(l, p[0], p[1] != null && Ops.IsTrue(p[1]!));
            return l;
        });
        Add(d, "all", (a, kw) => { CheckCount("all", a.Length, 1, 1); foreach (var x in Ops.Iterate(a[0])) if (!Ops.IsTrue(x)) return PyBool.False; return PyBool.True; });
        Add(d, "any", (a, kw) => { CheckCount("any", a.Length, 1, 1); foreach (var x in Ops.Iterate(a[0])) if (Ops.IsTrue(x)) return PyBool.True; return PyBool.False; });
        Add(d, "chr", (a, kw) =>
        {
            CheckCount("chr", a.Length, 1, 1);
            if (a[0] is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
            var i = Ops.Index(a[0]);
            if (!i.IsSmall || i.Small < 0 || i.Small > 0x10ffff) throw PyExc.ValueError("chr() arg not in range(0x110000)");
            return PyStr.FromCodePoint((int)i.Small);
        });
        Add(d, "ord", (a, kw) =>
        {
            CheckCount("ord", a.Length, 1, 1);
            if (a[0] is PyStr s)
            {
                if (s.Length != 1) throw PyExc.TypeError($"ord() expected a character, but string of length {s.Length} found");
                return PyInt.From(s.CodePointAt(0));
            }
            if (a[0] is PyBytes b)
            {
                if (b.Value.Length != 1) throw PyExc.TypeError($"ord() expected a character, but string of length {b.Value.Length} found");
                return PyInt.From(b.Value[0]);
            }
            throw PyExc.TypeError($"ord() expected string of length 1, but {Ops.TypeName(a[0])} found");
        });
        Add(d, "bin", (a, kw) => PyStr.From(IntToBase(Ops.Index(a[0]).Value, 2, "0b")));
        Add(d, "oct", (a, kw) => PyStr.From(IntToBase(Ops.Index(a[0]).Value, 8, "0o")));
        Add(d, "hex", (a, kw) => PyStr.From(IntToBase(Ops.Index(a[0]).Value, 16, "0x")));
        Add(d, "divmod", (a, kw) =>
        {
            CheckCount("divmod", a.Length, 2, 2);
            if (a[0] is PyInt x && a[1] is PyInt y && a[0].Type == Types.Int && a[1].Type == Types.Int)
                return PyTuple.Of(Ops.BinaryOp(x, y, NbOp.FloorDivide), Ops.BinaryOp(x, y, NbOp.Remainder));
            var r = Ops.CallSpecial(a[0], "__divmod__", a[1]);
            if (r != null && r != Singletons.NotImplemented) return r;
            var r2 = Ops.CallSpecial(a[1], "__rdivmod__", a[0]);
            if (r2 != null && r2 != Singletons.NotImplemented) return r2;
            throw PyExc.TypeError($"unsupported operand type(s) for divmod(): '{Ops.TypeName(a[0])}' and '{Ops.TypeName(a[1])}'");
        });
        Add(d, "pow", (a, kw) =>
        {
            var p = Parse("pow", a, kw, new[] { "base", "exp", "mod" }, 2);
            if (p[2] != null && p[2] != Singletons.None)
            {
                if (p[0] is PyInt pb && p[1] is PyInt pe && p[2] is PyInt pm) return IntOps.ModPow(pb, pe, pm);
                throw PyExc.TypeError("pow() 3rd argument not allowed unless all arguments are integers");
            }
            return Ops.BinaryOp(p[0]!, p[1]!, NbOp.Power);
        });
        Add(d, "round", (a, kw) =>
        {
            var p = Parse("round", a, kw, new[] { "number", "ndigits" }, 1);
            var x = p[0]!;
            if (x is PyFloat f && x.Type == Types.Float) return NumberMethods.RoundFloat(f.Value, p[1] ?? Singletons.None);
            var m = x.Type.Lookup("__round__");
            if (m == null) throw PyExc.TypeError($"type {Ops.TypeName(x)} doesn't define __round__ method");
            return p[1] == null || p[1] == Singletons.None ? Ops.CallDescriptor(m, x) : Ops.CallDescriptor(m, x, p[1]!);
        });
        Add(d, "format", (a, kw) =>
        {
            CheckCount("format", a.Length, 1, 2);
            return Formatting.Format(a[0], a.Length > 1 ? ((PyStr)a[1]).Value : "");
        });
        Add(d, "vars", (a, kw) =>
        {
            if (a.Length == 0) return PyThreadState.Current.Frame!.LocalsSnapshot();
            return a[0].Dict != null ? (a[0] is PyType t ? new PyMappingProxy(t.Dict!) : a[0].Dict!)
                : throw PyExc.TypeError("vars() argument must have __dict__ attribute");
        });
        Add(d, "globals", (a, kw) => PyThreadState.Current.Frame!.Globals);
        Add(d, "locals", (a, kw) => PyThreadState.Current.Frame!.LocalsSnapshot());
        Add(d, "dir", (a, kw) =>
        {
            if (a.Length == 0)
            {
                var loc = PyThreadState.Current.Frame!.LocalsSnapshot();
                var keys = Ops.ToList(loc).Select(Ops.StrString).OrderBy(x => x, StringComparer.Ordinal).Select(x => (PyObject)PyStr.From(x)).ToArray();
                return new PyList(keys);
            }
            var f = a[0].Type.Lookup("__dir__");
            var r = f != null ? Ops.CallDescriptor(f, a[0]) : new PyList(DirOf(a[0]).ToArray());
            var l = new PyList(Ops.ToArray(r).ToArray());
            ListMethods.Sort(l, null, false);
            return l;
        });
        Add(d, "input", (a, kw) =>
        {
            var interp = Interpreter.Current;
            if (a.Length > 0) { interp.Stdout.Write(Ops.StrString(a[0])); interp.Stdout.Flush(); }
            var line = interp.Stdin.ReadLine();
            if (line == null) throw PyExc.Make(Types.EOFError, "EOF when reading a line");
            return PyStr.From(line);
        });
        d.Set("open", Modules.IO.IoModule.OpenFunction);
        Add(d, "exec", CompileBuiltins.Exec);
        Add(d, "eval", CompileBuiltins.Eval);
        Add(d, "compile", CompileBuiltins.Compile);
        Add(d, "__import__", (a, kw) =>
        {
            var p = Parse("__import__", a, kw, new[] { "name", "globals", "locals", "fromlist", "level" }, 1);
            return Import.ImportModuleLevel(p[0]!, p[1], p[3] ?? Singletons.None, p[4] == null ? 0 : (int)ToLong(p[4]!));
        });
        Add(d, "aiter", (a, kw) => Generators.PyGenerator.GetAIter(a[0]));
        Add(d, "anext", (a, kw) => Generators.PyGenerator.GetANext(a[0]));
        Add(d, "breakpoint", (a, kw) => Singletons.None);

        InitIteratorTypes();
        return d;
    }

    private static PyObject Raise(PyType t, string msg) => throw PyExc.Make(t, msg);

    public static string IntToBase(BigInteger v, int b, string prefix)
    {
        bool neg = v.Sign < 0;
        v = BigInteger.Abs(v);
        string digits;
        if (v.IsZero) digits = "0";
        else
        {
            var sb = new StringBuilder();
            while (!v.IsZero) { sb.Insert(0, "0123456789abcdef"[(int)(v % b)]); v /= b; }
            digits = sb.ToString();
        }
        return (neg ? "-" : "") + prefix + digits;
    }

    public static bool IsInstance(PyObject o, PyObject cls)
    {
        if (cls is PyType t)
        {
            if (o.Type == t || o.Type.IsSubtypeOf(t)) return true;
            var check = t.Type.Lookup("__instancecheck__");
            if (check != null && t.Type != Types.Type) return Ops.IsTrue(Ops.CallDescriptor(check, t, o));
            return false;
        }
        // Objects/abstract.c object_recursive_isinstance: a union's arguments are checked as a tuple
        if (cls is PyUnion u) cls = u.Args;
        if (cls is PyTuple tup) { foreach (var c in tup.Items) if (IsInstance(o, c)) return true; return false; }
        var ic = cls.Type.Lookup("__instancecheck__");
        if (ic != null) return Ops.IsTrue(Ops.CallDescriptor(ic, cls, o));
        throw PyExc.TypeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
    }

    public static bool IsSubclass(PyObject sub, PyObject cls)
    {
        if (cls is PyUnion u) cls = u.Args;
        if (cls is PyTuple tup) { foreach (var c in tup.Items) if (IsSubclass(sub, c)) return true; return false; }
        if (cls is PyType t && t.Type != Types.Type)
        {
            var check = t.Type.Lookup("__subclasscheck__");
            if (check != null) return Ops.IsTrue(Ops.CallDescriptor(check, t, sub));
        }
        else if (cls is not PyType && cls.Type.Lookup("__subclasscheck__") is { } sc)
            // Objects/abstract.c object_issubclass: any class-like object may define __subclasscheck__.
            return Ops.IsTrue(Ops.CallDescriptor(sc, cls, sub));
        if (sub is not PyType st) throw PyExc.TypeError("issubclass() arg 1 must be a class");
        if (cls is not PyType ct) throw PyExc.TypeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        return st.IsSubtypeOf(ct);
    }

    private static readonly PyStr s_stdoutName = PyStr.Intern("stdout");

    /// <summary>print(*objects, sep=' ', end='\n', file=None, flush=False).</summary>
    private static PyObject Print(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        bool flush = false;
        int nkw = kw?.Count ?? 0;
        int npos = args.Length - nkw;
        string sep = " ", end = "\n";
        PyObject? file = null;
        for (int i = 0; i < nkw; i++)
        {
            var k = ((PyStr)kw!.Items[i]).Value;
            var v = args[npos + i];
            switch (k)
            {
                case "sep": if (v != Singletons.None) sep = v is PyStr s ? s.Value : throw PyExc.TypeError($"sep must be None or a string, not {Ops.TypeName(v)}"); break;
                case "end": if (v != Singletons.None) end = v is PyStr e ? e.Value : throw PyExc.TypeError($"end must be None or a string, not {Ops.TypeName(v)}"); break;
                case "file": if (v != Singletons.None) file = v; break;
                case "flush": flush = Ops.IsTrue(v); break;
                default: throw PyExc.TypeError($"'{k}' is an invalid keyword argument for print()");
            }
        }
        var interp = Interpreter.Current;
        if (file == null)
        {
            // builtin_print_impl: whatever sys.stdout is now (programs redirect it); None prints nothing.
            file = interp.Sys.Dict!.GetItemOrNull(s_stdoutName) ?? throw PyExc.RuntimeError("lost sys.stdout");
            if (file == Singletons.None) return Singletons.None;
        }
        if (file is TextStream ts)
        {
            var sb = new StringBuilder();
            try
            {
                for (int i = 0; i < npos; i++)
                {
                    if (i > 0) sb.Append(sep);
                    sb.Append(Ops.StrString(args[i]));
                }
            }
            catch
            {
                // builtin_print_impl writes each separator and argument as it goes: what came before an argument whose
                // str() raises is already in the file.
                if (sb.Length > 0) ts.Write(sb.ToString());
                throw;
            }
            sb.Append(end);
            ts.Write(sb.ToString());
            return Singletons.None;
        }
        var write = Ops.GetAttr(file, "write");
        for (int i = 0; i < npos; i++)
        {
            if (i > 0) Ops.Call(write, PyStr.From(sep));
            Ops.Call(write, Ops.Str(args[i]));
        }
        Ops.Call(write, PyStr.From(end));
        if (flush) Ops.CallMethod(file, "flush");
        return Singletons.None;
    }

    private static void InitIteratorTypes()
    {
        DefStatic(Types.Enumerate, "__new__", (a, kw) =>
        {
            // Objects/enumobject.c enum_vectorcall words this one itself (no "(pos 1)").
            if (a.Length == 1 && (kw == null || kw.Items.Length == 0)) throw PyExc.TypeError("enumerate() missing required argument 'iterable'");
            var p = Parse("enumerate", a[1..], kw, new[] { "iterable", "start" }, 1);
            var it = Ops.GetIter(p[0]!);
            PyObject n = p[1] ?? PyInt.From(0);
            if (n is not PyInt) throw PyExc.TypeError($"'{Ops.TypeName(n)}' object cannot be interpreted as an integer");
            return new PyNativeIterator(Types.Enumerate, () =>
            {
                var x = Ops.Next(it);
                if (x == null) return null;
                var r = PyTuple.Of(n, x);
                n = n is PyInt ni && ni.IsSmall && ni.Small < long.MaxValue ? PyInt.From(ni.Small + 1) : Ops.BinaryOp(n, PyInt.From(1), NbOp.Add);
                return r;
            });
        });
        DefStatic(Types.Zip, "__new__", (a, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            bool strict = false;
            for (int i = 0; i < nkw; i++)
            {
                if (((PyStr)kw!.Items[i]).Value == "strict") strict = Ops.IsTrue(a[a.Length - nkw + i]);
                else throw PyExc.TypeError($"zip() got an unexpected keyword argument '{((PyStr)kw!.Items[i]).Value}'");
            }
            var iters = new List<PyObject>();
            for (int i = 1; i < a.Length - nkw; i++)
            {
                try { iters.Add(Ops.GetIter(a[i])); }
                catch (PyException e) when (e.Value.Type == Types.TypeError)
                {
                    throw PyExc.TypeError($"'{Ops.TypeName(a[i])}' object is not iterable");
                }
            }
            bool done = iters.Count == 0;
            return new PyNativeIterator(Types.Zip, () =>
            {
                if (done) return null;
                var items = new PyObject[iters.Count];
                for (int i = 0; i < iters.Count; i++)
                {
                    var x = Ops.Next(iters[i]);
                    if (x == null)
                    {
                        done = true;
                        if (strict)
                        {
                            if (i > 0) throw PyExc.ValueError($"zip() argument {i + 1} is shorter than argument{(i == 1 ? "" : "s")} 1{(i == 1 ? "" : "-" + i)}");
                            for (int j = 1; j < iters.Count; j++)
                                if (Ops.Next(iters[j]) != null) throw PyExc.ValueError($"zip() argument {j + 1} is longer than argument{(j == 1 ? "" : "s")} 1{(j == 1 ? "" : "-" + j)}");
                        }
                        return null;
                    }
                    items[i] = x;
                }
                return PyTuple.From(items);
            });
        });
        DefStatic(Types.Map, "__new__", (a, kw) =>
        {
            NoKeywords("map", kw);
            if (a.Length < 3) throw PyExc.TypeError("map() must have at least two arguments.");
            var fn = a[1];
            var iters = a[2..].ToArray().Select(Ops.GetIter).ToArray();
            return new PyNativeIterator(Types.Map, () =>
            {
                var items = new PyObject[iters.Length];
                for (int i = 0; i < iters.Length; i++)
                {
                    var x = Ops.Next(iters[i]);
                    if (x == null) return null;
                    items[i] = x;
                }
                return Ops.Call(fn, items);
            });
        });
        DefStatic(Types.Filter, "__new__", (a, kw) =>
        {
            NoKeywords("filter", kw);
            CheckCount("filter", a.Length - 1, 2, 2);
            var fn = a[1];
            var it = Ops.GetIter(a[2]);
            return new PyNativeIterator(Types.Filter, () =>
            {
                while (true)
                {
                    var x = Ops.Next(it);
                    if (x == null) return null;
                    bool keep = fn == Singletons.None ? Ops.IsTrue(x) : Ops.IsTrue(Ops.Call(fn, x));
                    if (keep) return x;
                }
            });
        });
        DefStatic(Types.Reversed, "__new__", (a, kw) =>
        {
            NoKeywords("reversed", kw);
            CheckCount("reversed", a.Length - 1, 1, 1);
            var seq = a[1];
            var rev = seq.Type.Lookup("__reversed__");
            if (rev != null && rev != Singletons.None) return Ops.CallDescriptor(rev, seq);
            if (seq.Type.Lookup("__getitem__") == null || seq.Type.Lookup("__len__") == null || seq is PyDict)
                throw PyExc.TypeError($"'{Ops.TypeName(seq)}' object is not reversible");
            long i = Ops.Len(seq) - 1;
            return new PyNativeIterator(Types.Reversed, () => i >= 0 ? Ops.GetItem(seq, PyInt.From(i--)) : null);
        });
    }
}
