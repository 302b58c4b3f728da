using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Objects
{
    /// <summary>type.__call__ (Objects/typeobject.c type_call): __new__ then __init__.</summary>
    public static class TypeCall
    {
        private static readonly PyStr s_new = PyStr.Intern("__new__"), s_init = PyStr.Intern("__init__");

        public static PyObject Call(PyType t, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        {
            int nkw = kwnames?.Items.Length ?? 0;
            if (t == Types.Type && args.Length == 1 && nkw == 0) return args[0].Type;
            var newFn = t.Lookup(s_new);
            PyObject obj;
            if (newFn == Runtime.ObjectAndType.ObjectNew)
            {
                // object.__new__ inline: excess arguments are an error unless __init__ is overridden.
                if (args.Length > 0 && t.Lookup(s_init) == Runtime.ObjectAndType.ObjectInit)
                    throw PyExc.TypeError($"{t.Name}() takes no arguments");
                obj = Runtime.ObjectAndType.NewInstance(t);
            }
            else
            {
                var callable = newFn is PyStaticMethod sm ? sm.Callable : newFn!;
                obj = Ops.Call(callable, Ops.Prepend(t, args), kwnames);
            }
            if (!obj.Type.IsSubtypeOf(t)) return obj;
            var init = obj.Type.Lookup(s_init);
            if (init != null && init != Runtime.ObjectAndType.ObjectInit)
            {
                PyObject r;
                if (init is PyFunction f) r = Calls.CallFunctionWithSelf(f, obj, args, kwnames);
                else if (init is PyMethodDescriptor md && !md.IsClassMethod) r = md.Fn(Ops.Prepend(obj, args), kwnames);
                else r = Ops.Call(Ops.DescrGet(init, obj, obj.Type), args, kwnames);
                if (r != Singletons.None)
                    throw PyExc.TypeError($"__init__() should return None, not '{Ops.TypeName(r)}'");
            }
            else if (init == Runtime.ObjectAndType.ObjectInit && args.Length > 0 && newFn == Runtime.ObjectAndType.ObjectNew)
            {
                throw PyExc.TypeError($"{t.Name}() takes no arguments");
            }
            return obj;
        }
    }
}

namespace Pyref.VM.Runtime
{
    /// <summary>object and type (Objects/typeobject.c): instance creation, attribute hooks, class creation.</summary>
    public static class ObjectAndType
    {
        public static PyObject ObjectNew = null!, ObjectInit = null!;

        private static readonly PyStr s_abstractMethods = PyStr.Intern("__abstractmethods__");

        public static PyObject NewInstance(PyType t)
        {
            // typeobject.c object_new: Py_TPFLAGS_IS_ABSTRACT is set when the class's own __abstractmethods__ is
            // non-empty (type_set_abstractmethods); 3.11 lists the names sorted, unquoted.
            if (t.Dict!.GetItemOrNull(s_abstractMethods) is { } abstracts && Ops.IsTrue(abstracts))
            {
                var names = Ops.ToList(abstracts).Select(Ops.StrString).Order(StringComparer.Ordinal).ToList();
                throw PyExc.TypeError($"Can't instantiate abstract class {t.Name} with abstract method{(names.Count > 1 ? "s" : "")} {string.Join(", ", names)}");
            }
            var solid = t.SolidBase;
            PyObject o;
            if (t.IsAbstractClass) throw AbstractInstantiation(t);
            if (solid == Types.Object) return new PyInstance(t);
            if (solid == Types.BaseException) o = new PyBaseException(t);
            else if (solid == Types.List) o = new PyList(t);
            else if (solid == Types.Dict) o = new PyDict(t);
            else if (solid == Types.Set || solid == Types.FrozenSet) o = new PySet(t);
            else if (solid == Types.Int) o = PyInt.OfType(t, 0);
            else if (solid == Types.Str) o = PyStr.OfType(t, "");
            else if (solid == Types.Float) o = PyFloat.OfType(t, 0);
            else if (solid == Types.Tuple) o = PyTuple.OfType(t, Array.Empty<PyObject>());
            else if (solid == Types.Type) o = new PyType(t, "?", PyTuple.Empty, new PyDict());
            else throw PyExc.TypeError($"object.__new__({t.Name}) is not safe, use {solid.Name}.__new__()");
            if (t.HasInstanceDict && o.Dict == null) o.Dict = new PyDict();
            return o;
        }

        // object_new: "Can't instantiate abstract class X with abstract methods a, b" (sorted names).
        private static PyException AbstractInstantiation(PyType t)
        {
            var methods = Ops.ToList(t.Dict!.Get("__abstractmethods__") ?? PyTuple.Empty);
            var sorted = new PyList(methods);
            Ops.CallMethod(sorted, "sort");
            var joined = string.Join(", ", sorted.ToArray().Select(Ops.StrString));
            return PyExc.TypeError($"Can't instantiate abstract class {t.Name} with abstract method{(sorted.Count > 1 ? "s" : "")} {joined}");
        }

        public static void Init()
        {
            var o = Types.Object;
            DefStatic(o, "__new__", (args, kw) =>
            {
                if (args.Length == 0) throw PyExc.TypeError("object.__new__(): not enough arguments");
                if (args[0] is not PyType t) throw PyExc.TypeError($"object.__new__(X): X is not a type object ({Ops.TypeName(args[0])})");
                if (args.Length > 1 || (kw?.Count ?? 0) > 0)
                {
                    if (t.Lookup("__new__") != ObjectNew) throw PyExc.TypeError("object.__new__() takes exactly one argument (the type to instantiate)");
                    if (t.Lookup("__init__") == ObjectInit) throw PyExc.TypeError($"{t.Name}() takes no arguments");
                }
                return NewInstance(t);
            });
            ObjectNew = o.Dict!.Get("__new__")!;
            Def(o, "__init__", (args, kw) =>
            {
                var self = args[0];
                if (args.Length > 1 || (kw?.Count ?? 0) > 0)
                {
                    var t = self.Type;
                    if (t.Lookup("__init__") != ObjectInit) throw PyExc.TypeError("object.__init__() takes exactly one argument (the instance to initialize)");
                    if (t.Lookup("__new__") == ObjectNew) throw PyExc.TypeError($"{t.Name}() takes no arguments");
                }
                return None;
            });
            ObjectInit = o.Dict!.Get("__init__")!;
            Def0(o, "__repr__", self => PyStr.From(DefaultRepr(self)));
            Def0(o, "__str__", self => Ops.Repr(self));
            Def0(o, "__hash__", self => PyInt.From(Hashing.HashPointer(self)));
            Def1(o, "__eq__", (a, b) => ReferenceEquals(a, b) ? PyBool.True : Singletons.NotImplemented);
            Def1(o, "__ne__", (a, b) =>
            {
                var eq = a.Type.Lookup("__eq__");
                var r = eq == null ? Singletons.NotImplemented : Ops.CallDescriptor(eq, a, b);
                if (r == Singletons.NotImplemented) return r;
                return PyBool.From(!Ops.IsTrue(r));
            });
            foreach (var name in new[] { "__lt__", "__le__", "__gt__", "__ge__" })
                Def1(o, name, (a, b) => Singletons.NotImplemented);
            Def1(o, "__getattribute__", (self, name) =>
            {
                if (name is not PyStr s) throw PyExc.TypeError($"attribute name must be string, not '{Ops.TypeName(name)}'");
                return (self is PyType t ? Ops.TypeGetAttr(t, s) : Ops.GenericGetAttr(self, s)) ?? throw Ops.AttributeErrorFor(self, s.Value);
            });
            Types.ObjectGetAttribute = o.Dict!.Get("__getattribute__");
            DefN(o, "__setattr__", 2, 2, (self, a) =>
            {
                if (a[0] is not PyStr s) throw PyExc.TypeError($"attribute name must be string, not '{Ops.TypeName(a[0])}'");
                Ops.GenericSetAttr(self, s, a[1]);
                return None;
            });
            Types.ObjectSetAttr = o.Dict!.Get("__setattr__");
            Def1(o, "__delattr__", (self, name) =>
            {
                Ops.GenericSetAttr(self, (PyStr)name, null);
                return None;
            });
            Types.ObjectDelAttr = o.Dict!.Get("__delattr__");
            Def1(o, "__format__", (self, spec) =>
            {
                if (spec is not PyStr ss) throw PyExc.TypeError($"__format__() argument must be str, not {Ops.TypeName(spec)}");
                if (ss.Value.Length > 0) throw PyExc.TypeError($"unsupported format string passed to {self.Type.Name}.__format__");
                return Ops.Str(self);
            });
            DefClass(o, "__init_subclass__", (args, kw) =>
            {
                if (kw != null && kw.Count > 0)
                    throw PyExc.TypeError($"{((PyType)args[0]).Name}.__init_subclass__() takes no keyword arguments");
                return None;
            });
            DefClass(o, "__subclasshook__", (args, kw) => Singletons.NotImplemented);
            Def0(o, "__dir__", self => new PyList(Builtins.DirOf(self).ToArray()));
            ObjectReduce.Init(o);
            Def0(o, "__sizeof__", self => PyInt.From(16));
            GetSet(o, "__class__", self => self.Type, (self, v) =>
            {
                if (v is not PyType nt) throw PyExc.TypeError($"__class__ must be set to a class, not '{Ops.TypeName(v!)}' object");
                if (self is not PyInstance || nt.SolidBase != self.Type.SolidBase)
                    throw PyExc.TypeError($"__class__ assignment only supported for mutable types or ModuleType subclasses");
                self.Type = nt;
            });
            o.Dict!.SetItem(PyStr.Intern("__doc__"), PyStr.From("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"));

            InitType();
        }

        public static string DefaultRepr(PyObject self)
        {
            return $"<{self.Type.FullName} object at 0x{self.Id:x12}>";
        }

        private static void InitType()
        {
            var t = Types.Type;
            DefStatic(t, "__new__", (args, kw) =>
            {
                var meta = (PyType)args[0];
                int npos = args.Length - (kw?.Count ?? 0);
                if (npos == 2 && meta == Types.Type && (kw?.Count ?? 0) == 0) return args[1].Type;
                if (npos != 4) throw PyExc.TypeError("type() takes 1 or 3 arguments");
                if (args[1] is not PyStr name) throw PyExc.TypeError($"type.__new__() argument 1 must be str, not {Ops.TypeName(args[1])}");
                if (args[2] is not PyTuple bases) throw PyExc.TypeError($"type.__new__() argument 2 must be tuple, not {Ops.TypeName(args[2])}");
                if (args[3] is not PyDict ns) throw PyExc.TypeError($"type.__new__() argument 3 must be dict, not {Ops.TypeName(args[3])}");
                var kwargs = new PyDict();
                if (kw != null)
                    for (int i = 0; i < kw.Count; i++) kwargs.SetItem(kw.Items[i], args[args.Length - kw.Count + i]);
                return CreateClass(meta, name.Value, bases, ns, kwargs);
            });
            Def(t, "__init__", (args, kw) => None);
            Def(t, "__call__", (args, kw) => TypeCall.Call((PyType)args[0], args.Slice(1), kw));
            Def0(t, "__repr__", self =>
            {
                var ty = (PyType)self;
                return PyStr.From($"<class '{ty.FullName}'>");
            });
            GetSet(t, "__name__", self => PyStr.From(((PyType)self) is { IsHeapType: false, Name: var tn } && tn.Contains('.') ? tn[(tn.LastIndexOf('.') + 1)..] : ((PyType)self).Name), (self, v) => ((PyType)self).Name = ((PyStr)v!).Value);
            GetSet(t, "__qualname__", self => PyStr.From(((PyType)self).QualName), (self, v) => ((PyType)self).QualName = ((PyStr)v!).Value);
            // Objects/typeobject.c type_module: a heap type's __dict__['__module__']; a static type's comes from
            // tp_name ("builtins" without a dot), never from a __module__ descriptor its instances use.
            GetSet(t, "__module__", self => self is PyType { IsHeapType: false } st
                    ? (st.Dict!.Get("__module__") is PyStr ms ? ms : st.Name.Contains('.') ? PyStr.From(st.Name[..st.Name.LastIndexOf('.')]) : PyStr.From("builtins"))
                    : ((PyType)self).Dict!.Get("__module__") ?? PyStr.From("builtins"),
                (self, v) => ((PyType)self).Dict!.Set("__module__", v!));
            GetSet(t, "__mro__", self => PyTuple.From(((PyType)self).Mro));
            GetSet(t, "__bases__", self => ((PyType)self).Bases, (self, v) => SetBases((PyType)self, v));
            GetSet(t, "__base__", self => (PyObject?)((PyType)self).Base ?? None);
            GetSet(t, "__dict__", self => new PyMappingProxy(((PyType)self).Dict!));
            GetSet(t, "__doc__", self => ((PyType)self).Dict!.Get("__doc__") ?? None, (self, v) =>
            {
                // typeobject.c type_set_doc: check_set_special_type_attr, then the type's dict.
                var ty = (PyType)self;
                if (!ty.IsHeapType) throw PyExc.TypeError($"cannot {(v == null ? "delete" : "set")} '__doc__' attribute of immutable type '{ty.Name}'");
                if (v == null) throw PyExc.TypeError($"cannot delete '__doc__' attribute of immutable type '{ty.Name}'");
                ty.Dict!.Set("__doc__", v);
                ty.Modified();
            });
            GetSet(t, "__abstractmethods__", self => ((PyType)self).Dict!.Get("__abstractmethods__") ?? throw PyExc.AttributeError("__abstractmethods__"),
                (self, v) =>
                {
                    // type_set_abstractmethods: the value's truth sets Py_TPFLAGS_IS_ABSTRACT, which object.__new__ checks.
                    var ty = (PyType)self;
                    bool isAbstract = v != null && Ops.IsTrue(v);
                    if (v == null)
                    {
                        if (!ty.Dict!.Remove(PyStr.Intern("__abstractmethods__"))) throw PyExc.AttributeError("__abstractmethods__");
                    }
                    else ty.Dict!.Set("__abstractmethods__", v);
                    ty.Modified();
                    ty.IsAbstractClass = isAbstract;
                });
            GetSet(t, "__flags__", self => PyInt.From(TypeFlags((PyType)self)));
            Def0(t, "mro", self => new PyList(((PyType)self).Mro));
            Def0(t, "__subclasses__", self => new PyList(((PyType)self).Subclasses().Cast<PyObject>().ToArray()));
            Def1(t, "__instancecheck__", (self, inst) => PyBool.From(inst.Type.IsSubtypeOf((PyType)self)));
            Def1(t, "__subclasscheck__", (self, sub) => PyBool.From(sub is PyType st && st.IsSubtypeOf((PyType)self)));
            DefN(t, "__setattr__", 2, 2, (self, a) => { Ops.GenericSetAttr(self, (PyStr)a[0], a[1]); return None; });
            Types.TypeSetAttr = t.Dict!.Get("__setattr__");
            Def1(t, "__or__", UnionObject.Or);
            Def1(t, "__ror__", (self, other) => UnionObject.Or(other, self));
            DefClass(t, "__prepare__", (args, kw) => new PyDict());
            Def0(t, "__dir__", self => new PyList(Builtins.DirOf(self).ToArray()));
        }

        /// <summary>tp_flags as type.__flags__ shows them (Include/object.h Py_TPFLAGS_*): what copyreg._reduce_ex
        /// (heap type or not) and inspect.isabstract read. DEVIATION(CPython): built from what PyType records, so
        /// bits CPython sets for its C layout (HAVE_GC on built-ins, MANAGED_DICT, HAVE_VECTORCALL, ...) may differ.</summary>
        public static long TypeFlags(PyType t)
        {
            long f = 1L << 12 | 1L << 19;                          // READY, VALID_VERSION_TAG
            f |= t.IsHeapType ? 1L << 9 | 1L << 14 : 1L << 8;     // HEAPTYPE + HAVE_GC, or IMMUTABLETYPE
            if (IsBaseType(t)) f |= 1L << 10;                      // BASETYPE
            if (t.IsAbstractClass) f |= 1L << 20;                  // IS_ABSTRACT
            f |= (uint)(t.CollectionFlags & (PyType.SequenceFlag | PyType.MappingFlag));
            if (t.IsSubtypeOf(Types.List) || t.IsSubtypeOf(Types.Tuple)) f |= PyType.SequenceFlag;
            if (t.IsSubtypeOf(Types.Dict)) f |= PyType.MappingFlag;
            (PyType type, int bit)[] subclassBits = [(Types.Int, 24), (Types.List, 25), (Types.Tuple, 26), (Types.Bytes, 27),
                (Types.Str, 28), (Types.Dict, 29), (Types.BaseException, 30), (Types.Type, 31)];
            foreach (var (type, bit) in subclassBits)
                if (t.IsSubtypeOf(type)) f |= 1L << bit;
            return f;
        }

        /// <summary>Py_TPFLAGS_BASETYPE: a class statement may derive from it.</summary>
        public static bool IsBaseType(PyType bt) =>
            !(bt == Types.Bool || bt == Types.Range || bt == Types.Slice || bt == Types.NoneType || bt == Types.Function || bt == Types.Generator || bt.IsFinal);

        /// <summary>_PyType_CalculateMetaclass.</summary>
        public static PyType CalculateMetaclass(PyType meta, PyTuple bases)
        {
            var winner = meta;
            foreach (var b in bases.Items)
            {
                var bt = b.Type;
                if (winner.IsSubtypeOf(bt)) continue;
                if (bt.IsSubtypeOf(winner)) { winner = bt; continue; }
                throw PyExc.TypeError("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases");
            }
            return winner;
        }

        /// <summary>Objects/typeobject.c type_set_bases: checks the new bases, then recomputes the MRO of the
        /// type and of its subclasses (mro_hierarchy) and moves it between the bases' subclass lists.</summary>
        static void SetBases(PyType type, PyObject? value)
        {
            // check_set_special_type_attr
            if (!type.IsHeapType)
                throw PyExc.TypeError($"cannot set '__bases__' attribute of immutable type '{type.Name}'");
            if (value == null) throw PyExc.TypeError($"cannot delete '__bases__' attribute of immutable type '{type.Name}'");
            if (value is not PyTuple nb) throw PyExc.TypeError($"can only assign tuple to {type.Name}.__bases__, not {Ops.TypeName(value)}");
            if (nb.Count == 0) throw PyExc.TypeError($"can only assign non-empty tuple to {type.Name}.__bases__, not ()");
            var newBases = new PyType[nb.Count];
            for (int i = 0; i < nb.Count; i++)
            {
                if (nb.Items[i] is not PyType bt)
                    throw PyExc.TypeError($"{type.Name}.__bases__ must be tuple of classes, not '{Ops.TypeName(nb.Items[i])}'");
                if (bt.IsSubtypeOf(type) || bt == type)
                    throw PyExc.TypeError("a __bases__ item causes an inheritance cycle");
                newBases[i] = bt;
            }
            // best_base, then compatible_for_assignment on the layouts.
            PyType best = BestBase(newBases);
            var oldBase = type.Base ?? Types.Object;
            // compatible_for_assignment: tp_free first (GC-tracked or not), then the layout (solid base, slots, __dict__).
            static bool IsGc(PyType t) => t.IsHeapType || !(t == Types.Object || t == Types.Int || t == Types.Float
                || t == Types.Complex || t == Types.Str || t == Types.Bytes || t == Types.ByteArray || t == Types.Bool);
            if (IsGc(best) != IsGc(oldBase))
                throw PyExc.TypeError($"__bases__ assignment: '{best.Name}' deallocator differs from '{oldBase.Name}'");
            if (SolidOf(best) != SolidOf(oldBase) || best.SlotCount != oldBase.SlotCount || best.HasInstanceDict != oldBase.HasInstanceDict)
                throw PyExc.TypeError($"__bases__ assignment: '{best.Name}' object layout differs from '{oldBase.Name}'");
            var oldBases = type.Bases; var oldBestBase = type.Base; var oldMro = type.Mro;
            type.Bases = nb; type.Base = best;
            try
            {
                RecomputeMro(type);
            }
            catch
            {
                type.Bases = oldBases; type.Base = oldBestBase; type.Mro = oldMro;
                RecomputeMro(type);
                throw;
            }
            foreach (var ob in oldBases.Items) if (ob is PyType obt) obt.RemoveSubclass(type);
            foreach (var b in newBases) b.AddSubclass(type);
            type.Modified();
        }

        /// <summary>mro_hierarchy: the type's MRO, then each subclass's, from its (unchanged) bases.</summary>
        static void RecomputeMro(PyType type)
        {
            var bases = new List<PyType>();
            foreach (var b in type.Bases.Items) bases.Add((PyType)b);
            type.Mro = PyType.ComputeMro(type, bases.ToArray());
            foreach (var sub in type.Subclasses().ToList()) RecomputeMro(sub);
        }

        /// <summary>Best base: the one whose solid layout is most derived (typeobject.c best_base).</summary>
        static PyType BestBase(IReadOnlyList<PyType> bases)
        {
            PyType best = bases[0];
            foreach (var b in bases)
            {
                var sb = SolidOf(b); var cur = SolidOf(best);
                // A base only wins over an equal or more derived layout if strictly more derived.
                if (cur.IsSubtypeOf(sb)) { }
                else if (sb.IsSubtypeOf(cur)) best = b;
                else throw PyExc.TypeError("multiple bases have instance lay-out conflict");
            }
            return best;
        }

        /// <summary>type_new: builds a heap type.</summary>
        public static PyType CreateClass(PyType meta, string name, PyTuple bases, PyDict ns, PyDict kwargs)
        {
            // Objects/typeobject.c type_new_get_bases: PEP 560 entries are __build_class__'s job.
            foreach (var b in bases.Items)
                if (b is not PyType && Ops.GetAttrOrNull(b, PyStr.Intern("__mro_entries__")) != null)
                    throw PyExc.TypeError("type() doesn't support MRO entry resolution; use types.new_class()");
            var winner = CalculateMetaclass(meta, bases);
            if (winner != meta && winner.Lookup("__new__") != Types.Type.Dict!.Get("__new__"))
                return (PyType)Ops.CallWithDict(winner, new PyObject[] { PyStr.From(name), bases, ns }, kwargs);
            meta = winner;
            var baseTypes = new List<PyType>();
            foreach (var b in bases.Items)
            {
                if (b is not PyType bt) throw PyExc.TypeError($"bases must be types");
                if (!IsBaseType(bt))
                    throw PyExc.TypeError($"type '{bt.Name}' is not an acceptable base type");
                baseTypes.Add(bt);
            }
            if (baseTypes.Count == 0) { baseTypes.Add(Types.Object); bases = PyTuple.Of(Types.Object); }
            PyType bestBase = BestBase(baseTypes);
            var dict = ns.Copy();
            var type = new PyType(meta, name, bases, dict) { IsHeapType = true, Base = bestBase };
            type.Mro = PyType.ComputeMro(type, baseTypes.ToArray());
            type.SolidBase = bestBase.SolidBase;
            if (type.SolidBase == Types.BaseException || bestBase.IsSubtypeOf(Types.BaseException)) type.SolidBase = Types.BaseException;

            var qualname = dict.Get("__qualname__");
            if (qualname != null)
            {
                if (qualname is not PyStr qs) throw PyExc.TypeError($"type __qualname__ must be a str, not {Ops.TypeName(qualname)}");
                type.QualName = qs.Value;
                dict.Remove(PyStr.Intern("__qualname__"));
            }
            if (dict.Get("__module__") == null)
            {
                var frame = PyThreadState.Current.Frame;
                var modName = frame?.Globals.Get("__name__");
                if (modName != null) dict.Set("__module__", modName);
            }
            // __slots__
            bool baseHasDict = baseTypes.Any(b => b.HasInstanceDict);
            int inheritedSlots = baseTypes.Max(b => b.SlotCount);
            var slots = dict.Get("__slots__");
            if (slots != null)
            {
                var slotNames = slots is PyStr ss ? new List<PyObject> { ss } : Ops.ToList(slots);
                bool wantDict = false;
                int index = inheritedSlots;
                foreach (var sn in slotNames)
                {
                    if (sn is not PyStr s) throw PyExc.TypeError($"__slots__ items must be strings, not '{Ops.TypeName(sn)}'");
                    if (s.Value == "__dict__") { wantDict = true; continue; }
                    if (s.Value == "__weakref__") continue;
                    var mangled = Mangle(type.Name, s.Value);
                    if (ns.Get(mangled) != null)
                        throw PyExc.ValueError($"'{s.Value}' in __slots__ conflicts with class variable");
                    dict.Set(mangled, new PySlotDescriptor(mangled, index++, type));
                }
                type.SlotCount = index;
                type.HasInstanceDict = baseHasDict || wantDict;
            }
            else
            {
                type.SlotCount = inheritedSlots;
                type.HasInstanceDict = true;
            }
            // Implicit conversions of special methods.
            if (dict.Get("__new__") is PyFunction nf) dict.Set("__new__", new PyStaticMethod(nf));
            if (dict.Get("__init_subclass__") is PyFunction isf) dict.Set("__init_subclass__", new PyClassMethod(isf));
            if (dict.Get("__class_getitem__") is PyFunction cgf) dict.Set("__class_getitem__", new PyClassMethod(cgf));
            if (dict.Get("__eq__") != null && dict.Get("__hash__") == null) dict.Set("__hash__", Singletons.None);
            if (dict.Get("__doc__") == null) dict.Set("__doc__", Singletons.None);
            // __classcell__: the cell behind super() and __class__.
            var classcell = dict.Get("__classcell__");
            if (classcell != null)
            {
                if (classcell is not PyCell cell)
                    throw PyExc.TypeError($"__classcell__ must be a nonlocal cell, not {Ops.TypeName(classcell)}");
                cell.Value = type;
                dict.Remove(PyStr.Intern("__classcell__"));
            }
            foreach (var b in baseTypes) b.AddSubclass(type);

            // __set_name__ on every attribute that defines it (type_new_set_names).
            foreach (var kv in dict.Items().ToList())
            {
                var setName = kv.Value.Type.Lookup("__set_name__");
                if (setName != null)
                {
                    try { Ops.CallDescriptor(setName, kv.Value, type, kv.Key); }
                    catch (PyException e)
                    {
                        // 3.11 wraps the error: RuntimeError("Error calling __set_name__ on ...") with __cause__.
                        var re = PyExc.RuntimeError($"Error calling __set_name__ on '{kv.Value.Type.Name}' instance '{Ops.StrString(kv.Key)}' in '{type.Name}'");
                        re.Value.Cause = e.Value; re.Value.SuppressContext = true;
                        throw re;
                    }
                }
            }
            // super(type, type).__init_subclass__(**kwargs) (type_new_init_subclass).
            var superObj = new PySuper(Types.Super) { ThisType = type, Obj = type, ObjType = type };
            var initSub = SuperGetAttr(superObj, PyStr.Intern("__init_subclass__"));
            Ops.CallWithDict(initSub, Array.Empty<PyObject>(), kwargs);
            return type;
        }

        private static PyType SolidOf(PyType t) => t.SolidBase ?? Types.Object;

        public static string Mangle(string className, string name)
        {
            if (!name.StartsWith("__") || name.EndsWith("__") || name.Contains('.')) return name;
            var stripped = className.TrimStart('_');
            if (stripped.Length == 0) return name;
            return "_" + stripped + name;
        }

        /// <summary>PEP 560: a base that is not a type but has an <c>__mro_entries__</c> attribute
        /// (looked up on the object itself, so a function such as typing.NamedTuple counts) is
        /// replaced by the items of the tuple it returns. Python/bltinmodule.c update_bases.</summary>
        public static PyTuple UpdateBases(PyObject[] origBases, out bool changed)
        {
            List<PyObject>? newBases = null;
            PyTuple? origTuple = null;
            for (int i = 0; i < origBases.Length; i++)
            {
                var b = origBases[i];
                PyObject? meth = b is PyType ? null : Ops.GetAttrOrNull(b, PyStr.Intern("__mro_entries__"));
                if (meth == null)
                {
                    newBases?.Add(b);
                    continue;
                }
                origTuple ??= PyTuple.From(origBases);
                var r = Ops.Call(meth, origTuple);
                if (r is not PyTuple rt) throw PyExc.TypeError("__mro_entries__ must return a tuple");
                if (newBases == null)
                {
                    newBases = new List<PyObject>();
                    for (int j = 0; j < i; j++) newBases.Add(origBases[j]);
                }
                newBases.AddRange(rt.Items);
            }
            changed = newBases != null;
            return PyTuple.From(newBases != null ? newBases.ToArray() : origBases);
        }

        /// <summary>builtins.__build_class__ (Python/bltinmodule.c).</summary>
        public static PyObject BuildClass(ReadOnlySpan<PyObject> args, PyTuple? kwnames)
        {
            int nkw = kwnames?.Count ?? 0;
            int npos = args.Length - nkw;
            if (npos < 2) throw PyExc.TypeError("__build_class__: not enough arguments");
            if (args[0] is not PyFunction func) throw PyExc.TypeError("__build_class__: func must be a function");
            if (args[1] is not PyStr name) throw PyExc.TypeError("__build_class__: name is not a string");
            var origBases = args.Slice(2, npos - 2).ToArray();
            PyObject? metaArg = null;
            var kwargs = new PyDict();
            for (int i = 0; i < nkw; i++)
            {
                var key = (PyStr)kwnames!.Items[i];
                if (key.Value == "metaclass") metaArg = args[npos + i];
                else kwargs.SetItem(key, args[npos + i]);
            }
            var bases = UpdateBases(origBases, out bool changed);
            PyObject meta;
            bool isClass;
            if (metaArg != null) { meta = metaArg; isClass = meta is PyType; }
            else { meta = bases.Count == 0 ? Types.Type : bases.Items[0].Type; isClass = true; }
            if (isClass) meta = CalculateMetaclass((PyType)meta, bases);
            PyObject ns;
            var prepare = Ops.GetAttrOrNull(meta, PyStr.Intern("__prepare__"));
            if (prepare != null)
                ns = Ops.CallWithDict(prepare, new PyObject[] { name, bases }, kwargs);
            else ns = new PyDict();
            if (ns.Type.Lookup("__getitem__") == null)
                throw PyExc.TypeError($"{(meta is PyType mt ? mt.Name : "<metaclass>")}.__prepare__() must return a mapping, not {Ops.TypeName(ns)}");
            // Run the class body with the namespace as its locals.
            var frame = new Frame(func.Code, func.Globals, func.Builtins, ns, func);
            var cell = InstructionLoop.Run(frame);
            // bltinmodule.c: PyMapping_SetItemString(ns, "__orig_bases__", orig_bases) after the body.
            if (changed) Ops.SetItem(ns, PyStr.Intern("__orig_bases__"), PyTuple.From(origBases));
            var cls = Ops.CallWithDict(meta, new PyObject[] { name, bases, ns }, kwargs);
            if (cls is PyType && cell is PyCell c && c.Value != cls)
            {
                if (c.Value == null)
                    throw PyExc.RuntimeError($"__class__ not set defining '{name.Value}' as {Ops.ReprString(cls)}. Was __classcell__ propagated to type.__new__?");
                throw PyExc.TypeError($"__class__ set to {Ops.ReprString(c.Value)} defining '{name.Value}' as {Ops.ReprString(cls)}");
            }
            return cls;
        }

        /// <summary>super_getattro: look after ThisType in the MRO of the object's type.</summary>
        public static PyObject SuperGetAttr(PySuper s, PyStr name)
        {
            if (s.ObjType != null && name.Value != "__class__")
            {
                var mro = s.ObjType.Mro;
                int i = Array.IndexOf(mro, s.ThisType);
                for (int j = i + 1; j < mro.Length; j++)
                {
                    var v = mro[j].Dict!.GetItemOrNull(name);
                    if (v != null)
                    {
                        var obj = ReferenceEquals(s.Obj, s.ObjType) ? null : s.Obj;
                        if (v is PyMethodDescriptor md && md.IsClassMethod) return new PyBuiltinFunction(md.Name, md.Fn, s.ObjType);
                        return Ops.DescrGet(v, obj, s.ObjType);
                    }
                }
            }
            return Ops.GenericGetAttr(s, name) ?? throw PyExc.AttributeError($"'super' object has no attribute '{name.Value}'");
        }
    }

    /// <summary>types.MappingProxyType over a class dict (read-only view).</summary>
    public sealed class PyMappingProxy : PyObject
    {
        public readonly PyDict Mapping;
        public PyMappingProxy(PyDict d) : base(Types.MappingProxy) { Mapping = d; }
    }
}
