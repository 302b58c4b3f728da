using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;
using Gen = Pyref.VM.Ceval.Generators;

namespace Pyref.VM.Runtime;

/// <summary>Functions, methods, descriptors, generators, iterators, None and friends.</summary>
public static class MiscTypes
{
    public static void Init()
    {
        InitSingletons();
        InitFunctions();
        InitDescriptors();
        InitIterators();
        InitGenerators();
        InitOthers();
    }

    private static void InitSingletons()
    {
        Def0(Types.NoneType, "__repr__", a => PyStr.From("None"));
        Def0(Types.NoneType, "__bool__", a => PyBool.False);
        DefStatic(Types.NoneType, "__new__", (args, kw) => { if (args.Length > 1) throw PyExc.TypeError("NoneType takes no arguments"); return None; });
        Def0(Types.NotImplementedType, "__repr__", a => PyStr.From("NotImplemented"));
        Def0(Types.NotImplementedType, "__bool__", a => PyBool.True);
        Def0(Types.EllipsisType, "__repr__", a => PyStr.From("Ellipsis"));
    }

    private static void InitFunctions()
    {
        var f = Types.Function;
        Def0(f, "__repr__", a => PyStr.From($"<function {Ops.StrString(((PyFunction)a).QualName)} at 0x{a.Id:x12}>"));
        Def(f, "__call__", (args, kw) => Calls.CallFunction((PyFunction)args[0], args.Slice(1), kw));
        Def(f, "__get__", (args, kw) => args.Length < 2 || args[1] == Singletons.None ? args[0] : new PyMethod(args[0], args[1]));
        GetSet(f, "__name__", a => ((PyFunction)a).Name, (a, v) => ((PyFunction)a).Name = v is PyStr ? v : throw PyExc.TypeError("__name__ must be set to a string object"));
        GetSet(f, "__qualname__", a => ((PyFunction)a).QualName, (a, v) => ((PyFunction)a).QualName = v is PyStr ? v : throw PyExc.TypeError("__qualname__ must be set to a string object"));
        GetSet(f, "__doc__", a => ((PyFunction)a).Doc, (a, v) => ((PyFunction)a).Doc = v ?? None);
        GetSet(f, "__module__", a => ((PyFunction)a).Module, (a, v) => ((PyFunction)a).Module = v ?? None);
        GetSet(f, "__defaults__", a => (PyObject?)((PyFunction)a).Defaults ?? None, (a, v) => ((PyFunction)a).Defaults = v as PyTuple);
        GetSet(f, "__kwdefaults__", a => (PyObject?)((PyFunction)a).KwDefaults ?? None, (a, v) => ((PyFunction)a).KwDefaults = v as PyDict);
        // func_set_code: the new code must have as many free variables as the closure.
        GetSet(f, "__code__", a => ((PyFunction)a).Code, (a, v) =>
        {
            var fn = (PyFunction)a;
            if (v is not PyCode co) throw PyExc.TypeError("__code__ must be set to a code object");
            int have = fn.Closure?.Items.Length ?? 0;
            if (co.NFrees != have)
                throw PyExc.ValueError($"{Ops.StrString(fn.Name)}() requires a code object with {have} free vars, not {co.NFrees}");
            fn.Code = co;
        });
        ReadOnlyMember(f, "__globals__", a => ((PyFunction)a).Globals);
        GetSet(f, "__builtins__", a => ((PyFunction)a).Builtins);
        ReadOnlyMember(f, "__closure__", a => (PyObject?)((PyFunction)a).Closure ?? None);
        GetSet(f, "__annotations__", a =>
        {
            var fn = (PyFunction)a;
            if (fn.Annotations is PyTuple t)
            {
                // 3.11 stores annotations as a flat tuple (name, value, ...) when compiled with co_annotations.
                var d = new PyDict();
                for (int i = 0; i + 1 < t.Items.Length; i += 2) d.SetItem(t.Items[i], t.Items[i + 1]);
                fn.Annotations = d;
            }
            return fn.Annotations ??= new PyDict();
        }, (a, v) => ((PyFunction)a).Annotations = v);
        GetSet(f, "__dict__", a => a.Dict ??= new PyDict());

        var m = Types.Method;
        // Objects/classobject.c method_new: types.MethodType(function, instance), used by contextlib.ExitStack.
        DefStatic(m, "__new__", (args, kw) =>
        {
            NoKeywords("method", kw);
            CheckCount("method", args.Length - 1, 2, 2);
            if (!Pyref.VM.Modules.ModuleSupport.IsCallable(args[1])) throw PyExc.TypeError("first argument must be callable");
            if (args[2] == None) throw PyExc.TypeError("instance must not be None");
            return new PyMethod(args[1], args[2]);
        });
        Def0(m, "__repr__", a =>
        {
            var bm = (PyMethod)a;
            var name = Ops.GetAttrOrNull(bm.Function, PyStr.Intern("__qualname__")) ?? Ops.GetAttrOrNull(bm.Function, PyStr.Intern("__name__"));
            return PyStr.From($"<bound method {(name is PyStr ns ? ns.Value : "?")} of {Ops.ReprString(bm.Self)}>");
        });
        Def(m, "__call__", (args, kw) => Ops.Call(args[0], args.Slice(1), kw));
        ReadOnlyMember(m, "__func__", a => ((PyMethod)a).Function);
        // Objects/classobject.c method_getattro: what the method type does not define is read from the function
        // (unittest reads __unittest_expecting_failure__ through the bound test method).
        // As a __getattr__ hook: the method type's own attributes are found first, as method_getattro does.
        Def1(m, "__getattr__", (a, name) => Ops.GetAttr(((PyMethod)a).Function, (PyStr)name));
        ReadOnlyMember(m, "__self__", a => ((PyMethod)a).Self);
        GetSet(m, "__name__", a => Ops.GetAttr(((PyMethod)a).Function, "__name__"));
        GetSet(m, "__qualname__", a => Ops.GetAttr(((PyMethod)a).Function, "__qualname__"));
        GetSet(m, "__doc__", a => Ops.GetAttr(((PyMethod)a).Function, "__doc__"));
        Def1(m, "__eq__", (a, b) => b is PyMethod bm ? PyBool.From(((PyMethod)a).Function == bm.Function && ((PyMethod)a).Self == bm.Self) : Singletons.NotImplemented);
        Def0(m, "__hash__", a => PyInt.From(Ops.Hash(((PyMethod)a).Function) ^ Hashing.HashPointer(((PyMethod)a).Self)));

        var b = Types.BuiltinFunction;
        Def0(b, "__repr__", a =>
        {
            var bf = (PyBuiltinFunction)a;
            if (bf.Self == null || bf.Self is PyModule) return PyStr.From($"<built-in function {bf.Name}>");
            return PyStr.From($"<built-in method {bf.Name} of {bf.Self.Type.Name} object at 0x{bf.Self.Id:x12}>");
        });
        Def(b, "__call__", (args, kw) => Ops.Call(args[0], args.Slice(1), kw));
        GetSet(b, "__name__", a => PyStr.From(((PyBuiltinFunction)a).Name));
        // Objects/methodobject.c meth_get__qualname__: a method of an object is qualified by its type's __qualname__
        GetSet(b, "__qualname__", a =>
        {
            var bf = (PyBuiltinFunction)a;
            if (bf.Self == null || bf.Self is PyModule) return PyStr.From(bf.Name);
            var owner = bf.Self as PyType ?? bf.Self.Type;
            return PyStr.From(Ops.StrString(Ops.GetAttr(owner, "__qualname__")) + "." + bf.Name);
        });
        GetSet(b, "__self__", a => ((PyBuiltinFunction)a).Self ?? (PyObject?)((PyBuiltinFunction)a).Module ?? None);
        GetSet(b, "__doc__", a => ((PyBuiltinFunction)a).Doc is string d ? PyStr.From(d) : None);
        GetSet(b, "__module__", a => ((PyBuiltinFunction)a) switch
        {
            { Self: PyModule m } => PyStr.From(m.Name),
            { Self: null, Module: { } m } => PyStr.From(m.Name),
            { Self: null } => PyStr.From("builtins"),
            _ => None,
        });
        // Objects/methodobject.c meth_reduce: a module function pickles by name, a bound method as getattr(self, name)
        Def0(b, "__reduce__", a =>
        {
            var bf = (PyBuiltinFunction)a;
            if (bf.Self == null || bf.Self is PyModule) return PyStr.From(bf.Name);
            return PyTuple.Of(Interpreter.Current.BuiltinsDict.Get("getattr")!, PyTuple.Of(bf.Self, PyStr.From(bf.Name)));
        });

        foreach (var mdType in new[] { Types.MethodDescriptor, Types.ClassMethodDescriptor })
        {
            Def0(mdType, "__repr__", a => { var md = (PyMethodDescriptor)a; return PyStr.From($"<method '{md.Name}' of '{md.OwnerType.Name}' objects>"); });
            Def(mdType, "__call__", (args, kw) => Ops.CallMethodDescriptor((PyMethodDescriptor)args[0], args.Slice(1), kw));
            Def(mdType, "__get__", (args, kw) => Ops.DescrGet(args[0], args.Length > 1 && args[1] != None ? args[1] : null, args.Length > 2 && args[2] is PyType t ? t : args[1].Type));
            GetSet(mdType, "__name__", a => PyStr.From(((PyMethodDescriptor)a).Name));
            GetSet(mdType, "__qualname__", a => PyStr.From(((PyMethodDescriptor)a).OwnerType.Name + "." + ((PyMethodDescriptor)a).Name));
            GetSet(mdType, "__objclass__", a => ((PyMethodDescriptor)a).OwnerType);
        }
    }

    private static void InitDescriptors()
    {
        var cm = Types.ClassMethod;
        DefStatic(cm, "__new__", (args, kw) => { CheckCount("classmethod", args.Length - 1, 1, 1); return new PyClassMethod(args[1]); });
        Def(cm, "__init__", (args, kw) => None);
        Def(cm, "__get__", (args, kw) => new PyMethod(((PyClassMethod)args[0]).Callable, args.Length > 2 && args[2] != None ? args[2] : args[1].Type));
        GetSet(cm, "__func__", a => ((PyClassMethod)a).Callable);
        GetSet(cm, "__wrapped__", a => ((PyClassMethod)a).Callable);
        GetSet(cm, "__isabstractmethod__", a => Ops.GetAttrOrNull(((PyClassMethod)a).Callable, PyStr.Intern("__isabstractmethod__")) ?? PyBool.False);
        Def0(cm, "__repr__", a => PyStr.From($"<classmethod({Ops.ReprString(((PyClassMethod)a).Callable)})>"));

        var sm = Types.StaticMethod;
        DefStatic(sm, "__new__", (args, kw) => { CheckCount("staticmethod", args.Length - 1, 1, 1); return new PyStaticMethod(args[1]); });
        Def(sm, "__init__", (args, kw) => None);
        Def(sm, "__get__", (args, kw) => ((PyStaticMethod)args[0]).Callable);
        Def(sm, "__call__", (args, kw) => Ops.Call(((PyStaticMethod)args[0]).Callable, args.Slice(1), kw));
        GetSet(sm, "__func__", a => ((PyStaticMethod)a).Callable);
        GetSet(sm, "__wrapped__", a => ((PyStaticMethod)a).Callable);
        GetSet(sm, "__isabstractmethod__", a => Ops.GetAttrOrNull(((PyStaticMethod)a).Callable, PyStr.Intern("__isabstractmethod__")) ?? PyBool.False);
        Def0(sm, "__repr__", a => PyStr.From($"<staticmethod({Ops.ReprString(((PyStaticMethod)a).Callable)})>"));

        var p = Types.Property;
        DefStatic(p, "__new__", (args, kw) => new PyProperty((PyType)args[0]) { Dict = ((PyType)args[0]).IsHeapType ? new PyDict() : null });
        Def(p, "__init__", (args, kw) =>
        {
            var prop = (PyProperty)args[0];
            var a = Parse("property", args.Slice(1), kw, new[] { "fget", "fset", "fdel", "doc" }, 0);
            prop.Getter = a[0] == None ? null : a[0];
            prop.Setter = a[1] == None ? null : a[1];
            prop.Deleter = a[2] == None ? null : a[2];
            prop.Doc = a[3] ?? (prop.Getter != null ? Ops.GetAttrOrNull(prop.Getter, PyStr.Intern("__doc__")) ?? None : None);
            if (prop.Getter != null && prop.Name == null) prop.Name = Ops.GetAttrOrNull(prop.Getter, PyStr.Intern("__name__"));
            return None;
        });
        // Objects/descrobject.c property_set_name (3.10+): the attribute name used in error messages.
        Def(p, "__set_name__", (args, kw) => { if (args.Length > 2) ((PyProperty)args[0]).Name = args[2]; return None; });
        Def(p, "__get__", (args, kw) => args.Length < 2 || args[1] == None ? args[0] : Ops.DescrGet(args[0], args[1], args[1].Type));
        DefN(p, "__set__", 2, 2, (a, x) => { Ops.DescrSet(a, x[0], x[1], "?"); return None; });
        Def1(p, "__delete__", (a, o) => { Ops.DescrSet(a, o, null, "?"); return None; });
        PyObject Copy(PyObject a, PyObject? g, PyObject? s, PyObject? d)
        {
            var old = (PyProperty)a;
            var np = (PyProperty)Ops.Call(a.Type, new PyObject[] { g ?? None, s ?? None, d ?? None, old.Doc }, null);
            np.Name = old.Name ?? np.Name;
            return np;
        }
        Def1(p, "getter", (a, fn) => { var o = (PyProperty)a; return Copy(a, fn, o.Setter, o.Deleter); });
        Def1(p, "setter", (a, fn) => { var o = (PyProperty)a; return Copy(a, o.Getter, fn, o.Deleter); });
        Def1(p, "deleter", (a, fn) => { var o = (PyProperty)a; return Copy(a, o.Getter, o.Setter, fn); });
        ReadOnlyMember(p, "fget", a => ((PyProperty)a).Getter ?? None);
        ReadOnlyMember(p, "fset", a => ((PyProperty)a).Setter ?? None);
        ReadOnlyMember(p, "fdel", a => ((PyProperty)a).Deleter ?? None);
        GetSet(p, "__doc__", a => ((PyProperty)a).Doc, (a, v) => ((PyProperty)a).Doc = v ?? None);
        GetSet(p, "__isabstractmethod__", a => ((PyProperty)a).Getter is PyObject g ? Ops.GetAttrOrNull(g, PyStr.Intern("__isabstractmethod__")) ?? PyBool.False : PyBool.False);

        var md = Types.MemberDescriptor;
        Def0(md, "__repr__", a => { var s = (PySlotDescriptor)a; return PyStr.From($"<member '{s.Name}' of '{s.OwnerType.Name}' objects>"); });
        Def(md, "__get__", (args, kw) => args.Length < 2 || args[1] == None ? args[0] : Ops.DescrGet(args[0], args[1], args[1].Type));
        DefN(md, "__set__", 2, 2, (a, x) => { Ops.DescrSet(a, x[0], x[1], "?"); return None; });
        var gs = Types.GetSetDescriptor;
        Def0(gs, "__repr__", a => { var s = (PyGetSetDescriptor)a; return PyStr.From($"<attribute '{s.Name}' of '{s.OwnerType.Name}' objects>"); });
        Def(gs, "__get__", (args, kw) => args.Length < 2 || args[1] == None ? args[0] : Ops.DescrGet(args[0], args[1], args[1].Type));
        DefN(gs, "__set__", 2, 2, (a, x) => { Ops.DescrSet(a, x[0], x[1], "?"); return None; });

        var su = Types.Super;
        DefStatic(su, "__new__", (args, kw) => new PySuper((PyType)args[0]));
        Def(su, "__init__", (args, kw) =>
        {
            var s = (PySuper)args[0];
            if (args.Length == 1)
            {
                // Zero-argument form: __class__ cell and the first argument of the calling frame.
                var frame = PyThreadState.Current.Frame ?? throw PyExc.RuntimeError("super(): no current frame");
                var code = frame.Code;
                if (code.ArgCount == 0 && (code.Flags & PyCode.CO_VARARGS) == 0) throw PyExc.RuntimeError("super(): no arguments");
                var first = frame.Values[0];
                if (first is PyCell c0 && (code.LocalsPlusKinds[0] & PyCode.CO_FAST_CELL) != 0) first = c0.Value!;
                if (first == null) throw PyExc.RuntimeError("super(): arg[0] deleted");
                PyType? cls = null;
                for (int i = 0; i < code.LocalsPlusNames.Length; i++)
                {
                    if (code.LocalsPlusNames[i] == "__class__" && (code.LocalsPlusKinds[i] & PyCode.CO_FAST_FREE) != 0)
                    {
                        var cell = frame.Values[i] as PyCell;
                        if (cell?.Value is not PyType ct) throw PyExc.RuntimeError("super(): empty __class__ cell");
                        cls = ct;
                    }
                }
                if (cls == null) throw PyExc.RuntimeError("super(): __class__ cell not found");
                SetSuper(s, cls, first);
                return None;
            }
            if (args[1] is not PyType tt) throw PyExc.TypeError($"super() argument 1 must be a type, not {Ops.TypeName(args[1])}");
            if (args.Length == 2) { s.ThisType = tt; return None; }
            SetSuper(s, tt, args[2]);
            return None;
        });
        Def1(su, "__getattribute__", (a, n) => ObjectAndType.SuperGetAttr((PySuper)a, (PyStr)n));
        Def0(su, "__repr__", a =>
        {
            var s = (PySuper)a;
            if (s.ObjType != null) return PyStr.From($"<super: <class '{s.ThisType?.Name}'>, <{s.ObjType.Name} object>>");
            return PyStr.From($"<super: <class '{s.ThisType?.Name}'>, NULL>");
        });
        GetSet(su, "__thisclass__", a => (PyObject?)((PySuper)a).ThisType ?? None);
        GetSet(su, "__self__", a => ((PySuper)a).Obj ?? None);
        GetSet(su, "__self_class__", a => (PyObject?)((PySuper)a).ObjType ?? None);
    }

    private static void SetSuper(PySuper s, PyType type, PyObject obj)
    {
        s.ThisType = type;
        s.Obj = obj;
        if (obj is PyType ot && ot.IsSubtypeOf(type)) s.ObjType = ot;
        else if (obj.Type.IsSubtypeOf(type)) s.ObjType = obj.Type;
        else throw PyExc.TypeError("super(type, obj): obj must be an instance or subtype of type");
    }

    private static void InitIterators()
    {
        foreach (var t in new[] { Types.ListIterator, Types.TupleIterator, Types.RangeIterator, Types.NativeIterator, Types.DictKeyIterator,
                     Types.DictValueIterator, Types.DictItemIterator, Types.SetIterator, Types.StrIterator, Types.Reversed,
                     Types.Enumerate, Types.Zip, Types.Map, Types.Filter, Types.SeqIterator })
        {
            Def0(t, "__iter__", a => a);
            Def0(t, "__next__", a => NextOrStop(a));
            Def0(t, "__length_hint__", a => a is PySeqIterator si && si.Seq != null ? PyInt.From(Ops.Len(si.Seq) - si.Index) : a is PyRangeIterator ri ? PyInt.From(ri.Remaining) : PyInt.From(0));
        }
    }

    public static PyObject NextOrStop(PyObject it)
    {
        if (it is PySeqIterator si && it.Type == Types.SeqIterator)
        {
            if (si.Seq == null) throw PyExc.StopIteration();
            try { return Ops.GetItem(si.Seq, PyInt.From(si.Index++)); }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.IndexError) || e.Value.Type.IsSubtypeOf(Types.StopIteration))
            {
                si.Seq = null;
                throw PyExc.StopIteration();
            }
        }
        if (it is Gen.PyGenerator g && g.Type == Types.Generator) return g.Send(None);
        return Ops.Next(it) ?? throw PyExc.StopIteration();
    }

    private static void InitGenerators()
    {
        foreach (var t in new[] { Types.Generator, Types.Coroutine, Types.AsyncGenerator })
        {
            string kind = t.Name;
            Def0(t, "__repr__", a => PyStr.From($"<{kind} object {Ops.StrString(((Gen.PyGenerator)a).QualName)} at 0x{a.Id:x12}>"));
            GetSet(t, "__name__", a => ((Gen.PyGenerator)a).Name, (a, v) => ((Gen.PyGenerator)a).Name = v!);
            GetSet(t, "__qualname__", a => ((Gen.PyGenerator)a).QualName, (a, v) => ((Gen.PyGenerator)a).QualName = v!);
            string prefix = t == Types.Generator ? "gi" : t == Types.Coroutine ? "cr" : "ag";
            GetSet(t, prefix + "_running", a => PyBool.From(((Gen.PyGenerator)a).Running));
            GetSet(t, prefix + "_frame", a => ((Gen.PyGenerator)a).Finished ? None : ((Gen.PyGenerator)a).Frame);
            GetSet(t, prefix + "_code", a => ((Gen.PyGenerator)a).Frame.Code);
            // Objects/genobject.c gen_getsuspended (3.11, not on async generators): paused at a yield or await
            if (t != Types.AsyncGenerator)
                GetSet(t, prefix + "_suspended", a => { var g = (Gen.PyGenerator)a; return PyBool.From(g.Started && !g.Running && !g.Finished); });
            GetSet(t, prefix + (t == Types.Coroutine ? "_await" : t == Types.Generator ? "_yieldfrom" : "_await"), a => ((Gen.PyGenerator)a).YieldFrom() ?? None);
            if (t == Types.Generator)
            {
                Def0(t, "__iter__", a => a);
                Def0(t, "__next__", a => ((Gen.PyGenerator)a).Send(None));
                Def1(t, "send", (a, v) => ((Gen.PyGenerator)a).Send(v));
            }
            if (t == Types.Coroutine)
            {
                Def0(t, "__await__", a => new Gen.CoroutineAwaitIterator((Gen.PyGenerator)a));
                Def1(t, "send", (a, v) => ((Gen.PyGenerator)a).Send(v));
            }
            if (t != Types.AsyncGenerator)
            {
                Def(t, "throw", (args, kw) => ((Gen.PyGenerator)args[0]).Throw(MakeThrow(args.Slice(1))));
                Def0(t, "close", a => ((Gen.PyGenerator)a).Close());
            }
            else
            {
                Def0(t, "__aiter__", a => a);
                Def0(t, "__anext__", a => new Gen.AsyncGenASend((Gen.PyGenerator)a, None));
                Def1(t, "asend", (a, v) => new Gen.AsyncGenASend((Gen.PyGenerator)a, v));
                Def(t, "athrow", (args, kw) => new AsyncGenThrow((Gen.PyGenerator)args[0], MakeThrow(args.Slice(1))));
                Def0(t, "aclose", a => new AsyncGenThrow((Gen.PyGenerator)a, null));
            }
        }
        var cw = Types.CoroutineWrapper;
        Def0(cw, "__iter__", a => a);
        Def0(cw, "__next__", a => ((Gen.CoroutineAwaitIterator)a).Inner.Send(None));
        Def1(cw, "send", (a, v) => ((Gen.CoroutineAwaitIterator)a).Inner.Send(v));
        Def(cw, "throw", (args, kw) => ((Gen.CoroutineAwaitIterator)args[0]).Inner.Throw(MakeThrow(args.Slice(1))));
        Def0(cw, "close", a => ((Gen.CoroutineAwaitIterator)a).Inner.Close());

        // The awaitables of async generators (async_generator_asend / athrow).
        var asend = Types.AsyncGenASendType;
        Def0(asend, "__await__", a => a);
        Def0(asend, "__iter__", a => a);
        Def0(asend, "__next__", a => ((Gen.AsyncGenASend)a).Step(None, null));
        Def1(asend, "send", (a, v) => ((Gen.AsyncGenASend)a).Step(v, null));
        Def(asend, "throw", (args, kw) => ((Gen.AsyncGenASend)args[0]).Step(None, MakeThrow(args.Slice(1))));
        Def0(asend, "close", a => None);
        var athrow = Types.AsyncGenAThrowType;
        Def0(athrow, "__await__", a => a);
        Def0(athrow, "__iter__", a => a);
        Def0(athrow, "__next__", a => ((AsyncGenThrow)a).Step(None));
        Def1(athrow, "send", (a, v) => ((AsyncGenThrow)a).Step(v));
        Def0(athrow, "close", a => None);
    }

    /// <summary>gen.throw(typ[, val[, tb]]) argument normalisation (_gen_throw).</summary>
    public static PyException MakeThrow(ReadOnlySpan<PyObject> args)
    {
        if (args.Length == 0) throw PyExc.TypeError("throw expected at least 1 argument, got 0");
        var typ = args[0];
        PyObject? val = args.Length > 1 && args[1] != None ? args[1] : null;
        if (typ is PyType t && t.IsSubtypeOf(Types.BaseException))
        {
            if (val is PyBaseException be && be.Type.IsSubtypeOf(t)) return PyExc.FromValue(be);
            var inst = val == null ? Ops.Call(t) : val is PyTuple vt ? Ops.Call(t, vt.Items) : Ops.Call(t, val);
            return new PyException((PyBaseException)inst);
        }
        if (typ is PyBaseException e)
        {
            if (val != null) throw PyExc.TypeError("instance exception may not have a separate value");
            return PyExc.FromValue(e);
        }
        throw PyExc.TypeError($"exceptions must be classes or instances deriving from BaseException, not {Ops.TypeName(typ)}");
    }

    private static void InitOthers()
    {
        var c = Types.Cell;
        Def0(c, "__repr__", a => { var cell = (PyCell)a; return PyStr.From(cell.Value == null ? $"<cell at 0x{a.Id:x12}: empty>" : $"<cell at 0x{a.Id:x12}: {cell.Value.Type.Name} object at 0x{cell.Value.Id:x12}>"); });
        GetSet(c, "cell_contents", a => ((PyCell)a).Value ?? throw PyExc.ValueError("Cell is empty"), (a, v) => ((PyCell)a).Value = v);

        var m = Types.Module;
        Def0(m, "__repr__", a =>
        {
            var mod = (PyModule)a;
            var file = mod.Dict!.Get("__file__");
            // Objects/moduleobject.c module_repr -> importlib._bootstrap._module_repr once importlib is loaded.
            var bootstrap = ImportlibBootstrap.Loaded(Interpreter.Current);
            if (bootstrap != null) return Ops.Call(Ops.GetAttr(bootstrap, "_module_repr"), a);
            if (file is PyStr fs) return PyStr.From($"<module '{mod.Name}' from '{fs.Value}'>");
            return PyStr.From($"<module '{mod.Name}' (built-in)>");
        });
        GetSet(m, "__dict__", a => a.Dict!);
        // Objects/moduleobject.c new_module_notrack + module_init_dict: a subclass's instances keep their type.
        DefStatic(m, "__new__", (args, kw) =>
        {
            var cls = args.Length > 0 && args[0] is PyType ct ? ct : Types.Module;
            var mod = new PyModule("?") { Type = cls };
            mod.Dict!.Clear();
            return mod;
        });
        // module___init___impl(name, doc=None): sets __name__, __doc__, __package__, __loader__, __spec__.
        Def(m, "__init__", (args, kw) =>
        {
            var p = Parse("module", args.Slice(1), kw, new[] { "name", "doc" }, 1);
            if (p[0] is not PyStr) throw PyExc.TypeError($"module.__init__() argument 'name' must be str, not {Ops.TypeName(p[0]!)}");
            var d = args[0].Dict!;
            d.Set("__name__", p[0]!);
            d.Set("__doc__", p[1] ?? None);
            d.Set("__package__", None);
            d.Set("__loader__", None);
            d.Set("__spec__", None);
            return None;
        });

        var code = Types.Code;
        Def0(code, "__repr__", a => { var co = (PyCode)a; return PyStr.From($"<code object {co.Name} at 0x{a.Id:x12}, file \"{co.Filename}\", line {co.FirstLineNo}>"); });
        GetSet(code, "co_name", a => PyStr.From(((PyCode)a).Name));
        GetSet(code, "co_qualname", a => PyStr.From(((PyCode)a).QualName));
        GetSet(code, "co_filename", a => PyStr.From(((PyCode)a).Filename));
        GetSet(code, "co_firstlineno", a => PyInt.From(((PyCode)a).FirstLineNo));
        GetSet(code, "co_argcount", a => PyInt.From(((PyCode)a).ArgCount));
        GetSet(code, "co_posonlyargcount", a => PyInt.From(((PyCode)a).PosOnlyArgCount));
        GetSet(code, "co_kwonlyargcount", a => PyInt.From(((PyCode)a).KwOnlyArgCount));
        GetSet(code, "co_flags", a => PyInt.From(((PyCode)a).Flags));
        GetSet(code, "co_consts", a => PyTuple.From(((PyCode)a).Consts));
        GetSet(code, "co_names", a => PyTuple.From(((PyCode)a).Names.Cast<PyObject>().ToArray()));
        GetSet(code, "co_varnames", a => { var co = (PyCode)a; return PyTuple.From(co.LocalsPlusNameObjects.Where((n, i) => (co.LocalsPlusKinds[i] & PyCode.CO_FAST_LOCAL) != 0).Cast<PyObject>().ToArray()); });
        GetSet(code, "co_code", a => PyBytes.From(((PyCode)a).Bytecode));
        PyObject NamesOfKind(PyCode co, byte kind) => PyTuple.From(co.LocalsPlusNameObjects.Where((n, i) => (co.LocalsPlusKinds[i] & kind) != 0).Cast<PyObject>().ToArray());
        GetSet(code, "co_freevars", a => NamesOfKind((PyCode)a, PyCode.CO_FAST_FREE));
        GetSet(code, "co_cellvars", a => NamesOfKind((PyCode)a, PyCode.CO_FAST_CELL));
        GetSet(code, "co_nlocals", a => PyInt.From(((PyCode)a).NLocals));
        GetSet(code, "co_stacksize", a => PyInt.From(((PyCode)a).StackSize));
        Def(code, "replace", (a, kw) => CodeReplace((PyCode)a[0], a[1..], kw));
        // Objects/codeobject.c code_positionsiterator / code_linesiterator over the 3.11 location table
        // (traceback's _get_code_position reads co_positions).
        static PyObject OrNone(int v) => v < 0 ? Singletons.None : PyInt.From(v);
        Def0(code, "co_positions", a =>
        {
            var co = (PyCode)a;
            var items = Bytecode.LocationTable.Decode(co.LineTable, co.FirstLineNo)
                .SelectMany(e => Enumerable.Repeat((PyObject)PyTuple.Of(OrNone(e.Line), OrNone(e.EndLine), OrNone(e.Column), OrNone(e.EndColumn)), (e.End - e.Start) / 2));
            return PyNativeIterator.FromEnumerable(Types.NativeIterator, items);
        });
        Def0(code, "co_lines", a =>
        {
            var co = (PyCode)a;
            var items = Bytecode.LocationTable.Decode(co.LineTable, co.FirstLineNo)
                .Select(e => (PyObject)PyTuple.Of(PyInt.From(e.Start), PyInt.From(e.End), OrNone(e.Line)));
            return PyNativeIterator.FromEnumerable(Types.NativeIterator, items);
        });

        var fr = Types.Frame;
        GetSet(fr, "f_lineno", a => PyInt.From(((Frame)a).LineNumber));
        GetSet(fr, "f_code", a => ((Frame)a).Code);
        GetSet(fr, "f_globals", a => ((Frame)a).Globals);
        GetSet(fr, "f_locals", a => ((Frame)a).LocalsSnapshot());
        GetSet(fr, "f_back", a => (PyObject?)((Frame)a).Back ?? None);
        GetSet(fr, "f_lasti", a => PyInt.From(((Frame)a).LastInstruction * 2));
        // Objects/frameobject.c frame_clear: drops the locals of a finished frame (traceback.clear_frames, unittest's
        // assertRaises); a suspended generator's frame closes the generator; a running frame refuses.
        Def0(fr, "clear", a =>
        {
            var f = (Frame)a;
            if (f.IsExecuting) throw PyExc.RuntimeError("cannot clear an executing frame");
            if (f.Generator != null) { Ops.CallMethod(f.Generator, "close"); return None; }
            Array.Clear(f.Values, 0, f.Code.NLocalsPlus);
            return None;
        });
        Def0(fr, "__repr__", a => { var f = (Frame)a; return PyStr.From($"<frame at 0x{a.Id:x12}, file '{f.Code.Filename}', line {f.LineNumber}, code {f.Code.Name}>"); });

        var tb = Types.Traceback;
        GetSet(tb, "tb_next", a => (PyObject?)((PyTraceback)a).Next ?? None, (a, v) => ((PyTraceback)a).Next = v as PyTraceback);
        GetSet(tb, "tb_frame", a => ((PyTraceback)a).Frame);
        GetSet(tb, "tb_lineno", a => PyInt.From(((PyTraceback)a).LineNumber));
        GetSet(tb, "tb_lasti", a => PyInt.From(((PyTraceback)a).LastInstruction * 2));

        var mp = Types.MappingProxy;
        // mappingproxy_new_impl: mappingproxy(mapping). DEVIATION(CPython): the proxy wraps dicts only; another
        // mapping is refused with a TypeError instead of being proxied.
        DefStatic(mp, "__new__", (a, kw) =>
        {
            var p = Modules.ModuleSupport.Unpack("mappingproxy", a[1..], kw, new[] { "mapping" }, 1);
            var m = p[0]!;
            if (m is PyList || m is PyTuple || m.Type.Lookup("__getitem__") == null)
                throw PyExc.TypeError($"mappingproxy() argument must be a mapping, not {Ops.TypeName(m)}");
            if (m is PyMappingProxy inner) return new PyMappingProxy(inner.Mapping);
            if (m is not PyDict d) throw PyExc.TypeError($"mappingproxy() of a non-dict mapping ({Ops.TypeName(m)}) is not supported");
            return new PyMappingProxy(d);
        });
        Def1(mp, "__getitem__", (a, k) => ((PyMappingProxy)a).Mapping.GetItemOrNull(k) ?? throw PyExc.KeyError(k));
        Def0(mp, "__len__", a => PyInt.From(((PyMappingProxy)a).Mapping.Count));
        Def0(mp, "__iter__", a => DictMethods.KeyIterator(((PyMappingProxy)a).Mapping));
        Def1(mp, "__contains__", (a, k) => PyBool.From(((PyMappingProxy)a).Mapping.ContainsKey(k)));
        Def0(mp, "keys", a => new PyDictView(Types.DictKeys, ((PyMappingProxy)a).Mapping));
        Def0(mp, "values", a => new PyDictView(Types.DictValues, ((PyMappingProxy)a).Mapping));
        Def0(mp, "items", a => new PyDictView(Types.DictItems, ((PyMappingProxy)a).Mapping));
        DefN(mp, "get", 1, 2, (a, x) => ((PyMappingProxy)a).Mapping.GetItemOrNull(x[0]) ?? (x.Length > 1 ? x[1] : None));
        Def0(mp, "copy", a => ((PyMappingProxy)a).Mapping.Copy());
        Def0(mp, "__repr__", a => PyStr.From("mappingproxy(" + Ops.ReprString(((PyMappingProxy)a).Mapping) + ")"));
        // Objects/descrobject.c mappingproxy_str: str() is the mapping's str, only repr() names the proxy.
        Def0(mp, "__str__", a => Ops.Str(((PyMappingProxy)a).Mapping));

        var ga = Types.GenericAlias;
        Def0(ga, "__repr__", a =>
        {
            var g = (PyGenericAlias)a;
            var args = g.Args is PyTuple t ? t.Items : new[] { g.Args };
            return PyStr.From(TypeRepr(g.Origin) + "[" + string.Join(", ", args.Select(TypeRepr)) + "]");
        });
        Def(ga, "__call__", (args, kw) => Ops.Call(((PyGenericAlias)args[0]).Origin, args.Slice(1), kw));
        GetSet(ga, "__origin__", a => ((PyGenericAlias)a).Origin);
        GetSet(ga, "__args__", a => ((PyGenericAlias)a).Args is PyTuple t ? t : PyTuple.Of(((PyGenericAlias)a).Args));
        Def1(ga, "__eq__", (a, b) => PyBool.From(Ops.ReprString(a) == Ops.ReprString(b)));
        Def0(ga, "__hash__", a => PyInt.From(Hashing.HashString(Ops.ReprString(a))));
        Def1(ga, "__or__", UnionObject.Or);
        Def1(ga, "__ror__", (a, b) => UnionObject.Or(b, a));
        // What typing.py asks of list[int] (Objects/genericaliasobject.c).
        GetSet(ga, "__unpacked__", a => PyBool.False);
        GetSet(ga, "__parameters__", a => a is PyGenericAlias g ? GenericAliasParameters(AliasArgs(g)) : PyTuple.Empty);
        Def1(ga, "__mro_entries__", (a, bases) => PyTuple.Of(((PyGenericAlias)a).Origin));
        Def1(ga, "__instancecheck__", (a, o) => throw PyExc.TypeError("isinstance() argument 2 cannot be a parameterized generic"));
        Def1(ga, "__subclasscheck__", (a, o) => throw PyExc.TypeError("issubclass() argument 2 cannot be a parameterized generic"));
        Def0(ga, "__reduce__", a => PyTuple.Of(Types.GenericAlias, PyTuple.Of(((PyGenericAlias)a).Origin, ((PyGenericAlias)a).Args)));
        Def1(ga, "__getitem__", (a, item) => GenericAliasGetItem((PyGenericAlias)a, item));
        // ga_getattro: the other attributes come from the origin. DEVIATION(CPython): as a __getattr__ hook, so
        // what GenericAlias itself defines (__doc__, __repr__, ...) is found first, where CPython asks the origin.
        Def1(ga, "__getattr__", (a, name) =>
        {
            var n = ((PyStr)name).Value;
            if (a is PyGenericAlias g && !s_gaAttrExceptions.Contains(n))
                return Ops.GetAttr(g.Origin, (PyStr)name);
            throw PyExc.AttributeError($"'types.GenericAlias' object has no attribute '{n}'");
        });
    }

    /// <summary>genericaliasobject.c attr_exceptions: the names ga_getattro does not take from the origin.</summary>
    private static readonly HashSet<string> s_gaAttrExceptions = new()
    {
        "__class__", "__origin__", "__args__", "__unpacked__", "__parameters__", "__typing_unpacked_tuple_args__",
        "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__",
    };

    private static PyObject[] AliasArgs(PyGenericAlias g) => g.Args is PyTuple t ? t.Items : new[] { g.Args };

    /// <summary>_Py_make_parameters: the type variables (objects with __typing_subst__) among the arguments,
    /// and the parameters of nested aliases, in order and without repeats.</summary>
    private static PyTuple GenericAliasParameters(PyObject[] args)
    {
        var found = new List<PyObject>();
        void Add(PyObject p) { if (!found.Any(x => ReferenceEquals(x, p))) found.Add(p); }
        foreach (var t in args)
        {
            if (t is PyType) continue;
            if (Ops.GetAttrOrNull(t, PyStr.Intern("__typing_subst__")) != null) { Add(t); continue; }
            if (Ops.GetAttrOrNull(t, PyStr.Intern("__parameters__")) is PyTuple ps)
                foreach (var p in ps.Items) Add(p);
        }
        return PyTuple.From(found.ToArray());
    }

    /// <summary>ga_getitem: substitute the alias's parameters by the given arguments.</summary>
    private static PyObject GenericAliasGetItem(PyGenericAlias g, PyObject item)
    {
        var args = AliasArgs(g);
        return new PyGenericAlias(g.Origin, PyTuple.From(SubsParameters(g, args, GenericAliasParameters(args).Items, item)));
    }

    /// <summary>_Py_make_parameters (genericaliasobject.c), shared with types.UnionType.</summary>
    internal static PyTuple MakeParameters(PyObject[] args) => GenericAliasParameters(args);

    /// <summary>_Py_subs_parameters (genericaliasobject.c): <paramref name="args"/> with each of
    /// <paramref name="parameters"/> replaced by the matching item of <paramref name="item"/>.</summary>
    internal static PyObject[] SubsParameters(PyObject self, PyObject[] args, PyObject[] parameters, PyObject item)
    {
        if (parameters.Length == 0)
            throw PyExc.TypeError($"{Ops.ReprString(self)} is not a generic class");
        var argItems = item is PyTuple it ? it.Items : new[] { item };
        if (argItems.Length != parameters.Length)
            throw PyExc.TypeError($"Too {(argItems.Length > parameters.Length ? "many" : "few")} arguments for {Ops.ReprString(self)}; actual {argItems.Length}, expected {parameters.Length}");
        var result = new PyObject[args.Length];
        for (int i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (arg is PyType) { result[i] = arg; continue; }
            int pi = Array.FindIndex(parameters, p => ReferenceEquals(p, arg));
            if (pi >= 0)
            {
                var subst = Ops.GetAttr(arg, PyStr.Intern("__typing_subst__"));
                result[i] = Ops.Call(subst, argItems[pi]);
                continue;
            }
            if (Ops.GetAttrOrNull(arg, PyStr.Intern("__parameters__")) is PyTuple sub && sub.Count > 0)
            {
                var subargs = new PyObject[sub.Count];
                for (int j = 0; j < sub.Count; j++)
                    subargs[j] = argItems[Array.FindIndex(parameters, p => ReferenceEquals(p, sub.Items[j]))];
                result[i] = Ops.GetItem(arg, subargs.Length == 1 ? subargs[0] : PyTuple.From(subargs));
                continue;
            }
            result[i] = arg;
        }
        return result;
    }

    public static string TypeRepr(PyObject o)
    {
        if (o is PyType t) return t.FullName;
        if (o == Singletons.Ellipsis) return "...";
        if (o == None) return "None";
        return Ops.ReprString(o);
    }

    private static readonly string[] s_replaceNames =
    {
        "co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
        "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars", "co_cellvars",
        "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable",
    };

    /// <summary>Objects/codeobject.c code_replace_impl: a copy with the given fields changed (all keyword-only).</summary>
    private static PyObject CodeReplace(PyCode co, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Modules.ModuleSupport.Unpack("replace", args, kw, s_replaceNames, 0, 0);
        int Int(int i, int cur) => p[i] == null ? cur : (int)ToLong(p[i]!);
        string Str(int i, string cur) => p[i] == null ? cur : p[i] is PyStr ps ? ps.Value
            : throw PyExc.TypeError($"replace() argument '{s_replaceNames[i]}' must be str, not {Ops.TypeName(p[i]!)}");
        byte[] Bytes(int i, byte[] cur) => p[i] == null ? cur : p[i] is PyBytes pb ? pb.Value
            : throw PyExc.TypeError($"replace() argument '{s_replaceNames[i]}' must be bytes, not {Ops.TypeName(p[i]!)}");
        PyObject[] Tuple(int i, PyObject[] cur) => p[i] == null ? cur : p[i] is PyTuple pt ? pt.Items
            : throw PyExc.TypeError($"replace() argument '{s_replaceNames[i]}' must be tuple, not {Ops.TypeName(p[i]!)}");
        var r = new PyCode
        {
            ArgCount = Int(0, co.ArgCount), PosOnlyArgCount = Int(1, co.PosOnlyArgCount), KwOnlyArgCount = Int(2, co.KwOnlyArgCount),
            StackSize = Int(4, co.StackSize), Flags = Int(5, co.Flags), FirstLineNo = Int(6, co.FirstLineNo),
            Bytecode = Bytes(7, co.Bytecode), Consts = Tuple(8, co.Consts),
            Names = Tuple(9, co.Names).Select(n => n as PyStr ?? throw PyExc.TypeError("name tuples must contain only strings, not '" + Ops.TypeName(n) + "'")).ToArray(),
            LocalsPlusNames = (string[])co.LocalsPlusNames.Clone(), LocalsPlusKinds = co.LocalsPlusKinds,
            Filename = Str(13, co.Filename), Name = Str(14, co.Name), QualName = Str(15, co.QualName),
            LineTable = Bytes(16, co.LineTable), ExceptionTable = Bytes(17, co.ExceptionTable),
        };
        // co_varnames / co_freevars / co_cellvars rename the locals of each kind (the counts must stay).
        void Rename(int i, byte kind)
        {
            if (p[i] == null) return;
            var names = Tuple(i, Array.Empty<PyObject>());
            var slots = Enumerable.Range(0, r.LocalsPlusKinds.Length).Where(j => (r.LocalsPlusKinds[j] & kind) != 0).ToArray();
            if (names.Length != slots.Length) throw PyExc.ValueError($"code: {s_replaceNames[i]} is too {(names.Length < slots.Length ? "small" : "large")}");
            for (int j = 0; j < slots.Length; j++)
                r.LocalsPlusNames[slots[j]] = names[j] as PyStr is { } ps ? ps.Value : throw PyExc.TypeError("name tuples must contain only strings, not '" + Ops.TypeName(names[j]) + "'");
        }
        Rename(10, PyCode.CO_FAST_LOCAL);
        Rename(11, PyCode.CO_FAST_FREE);
        Rename(12, PyCode.CO_FAST_CELL);
        r.Prepare();
        return r;
    }
}

/// <summary>The awaitable of async_generator.athrow()/aclose() (async_gen_athrow).</summary>
public sealed class AsyncGenThrow : PyObject
{
    private readonly Gen.PyGenerator _gen;
    private readonly PyException? _exc;
    private bool _started, _done;
    public AsyncGenThrow(Gen.PyGenerator gen, PyException? exc) : base(Types.AsyncGenAThrowType) { _gen = gen; _exc = exc; }

    public PyObject Step(PyObject sent)
    {
        if (_done) throw PyExc.RuntimeError("cannot reuse already awaited aclose()/athrow()");
        PyObject r;
        try
        {
            if (!_started)
            {
                _started = true;
                if (!_gen.Started || _gen.Finished)
                {
                    _done = true;
                    if (_exc == null) throw PyExc.StopIteration();
                    _gen.Finished = true;
                    throw _exc;
                }
                r = _gen.Throw(_exc ?? PyExc.MakeNoArgs(Types.GeneratorExit));
            }
            else r = _gen.Send(sent);
        }
        catch (PyException e) when (_exc == null && (e.Value.Type.IsSubtypeOf(Types.GeneratorExit) || e.Value.Type.IsSubtypeOf(Types.StopAsyncIteration)))
        {
            _done = true;
            throw PyExc.StopIteration();
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.StopAsyncIteration))
        {
            _done = true;
            throw PyExc.StopIteration();
        }
        if (r is Gen.AsyncGenWrappedValue w)
        {
            if (_exc == null) { _done = true; throw PyExc.RuntimeError("async generator ignored GeneratorExit"); }
            _done = true;
            throw PyExc.StopIteration(w.Value);
        }
        return r;
    }
}
