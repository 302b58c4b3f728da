using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>types.UnionType, the value of <c>int | str</c> (Objects/unionobject.c, 3.11). isinstance and issubclass
/// read its arguments as a tuple (Objects/abstract.c object_recursive_isinstance): it has no __instancecheck__.</summary>
public sealed class PyUnion : PyObject
{
    public readonly PyTuple Args;
    private PyTuple? _parameters;
    public PyUnion(PyTuple args) : base(UnionObject.Type) { Args = args; }
    public PyTuple Parameters => _parameters ??= MiscTypes.MakeParameters(Args.Items);
}

public static class UnionObject
{
    private static PyType? s_type;

    public static PyType Type => s_type ??= Create();

    /// <summary>unionobject.c is_unionable (3.11): None, classes, types.GenericAlias and unions; typing's objects
    /// (TypeVar, _GenericAlias, ...) answer | themselves.</summary>
    private static bool IsUnionable(PyObject o) =>
        o == Singletons.None || o is PyType || o is PyGenericAlias || o is PyUnion;

    /// <summary>_Py_union_type_or: the nb_or of type, types.GenericAlias and types.UnionType.</summary>
    public static PyObject Or(PyObject self, PyObject other)
    {
        if (!IsUnionable(self) || !IsUnionable(other)) return Singletons.NotImplemented;
        return Make([self, other]);
    }

    /// <summary>make_union: flattened, None as NoneType, duplicates dropped (GenericAliases by equality, the rest
    /// by identity); a single remaining argument is returned as is.</summary>
    private static PyObject Make(PyObject[] args)
    {
        var flat = new List<PyObject>();
        foreach (var a in args)
        {
            if (a is PyUnion u) flat.AddRange(u.Args.Items);
            else flat.Add(a == Singletons.None ? Singletons.None.Type : a);
        }
        var unique = new List<PyObject>();
        foreach (var a in flat)
        {
            bool dup = false;
            foreach (var b in unique)
            {
                dup = a is PyGenericAlias && b is PyGenericAlias ? Ops.RichCompareBool(a, b, CompareOp.Eq) : ReferenceEquals(a, b);
                if (dup) break;
            }
            if (!dup) unique.Add(a);
        }
        if (unique.Count == 1) return unique[0];
        return new PyUnion(PyTuple.From(unique.ToArray()));
    }

    /// <summary>union_repr_item: None for NoneType, repr() for aliases, module.qualname for classes.</summary>
    private static string ReprItem(PyObject p)
    {
        if (p == Singletons.None.Type) return "None";
        if (Ops.GetAttrOrNull(p, PyStr.Intern("__origin__")) != null && Ops.GetAttrOrNull(p, PyStr.Intern("__args__")) != null)
            return Ops.ReprString(p);
        var qualname = Ops.GetAttrOrNull(p, PyStr.Intern("__qualname__"));
        if (qualname == null) return Ops.ReprString(p);
        var module = Ops.GetAttrOrNull(p, PyStr.Intern("__module__"));
        if (module == null || module == Singletons.None) return Ops.ReprString(p);
        if (module is PyStr { Value: "builtins" }) return Ops.StrString(qualname);
        return Ops.StrString(module) + "." + Ops.StrString(qualname);
    }

    private static PyUnion U(PyObject o) => (PyUnion)o;

    private static PyType Create()
    {
        var t = NativeTypes.New("UnionType", Types.Object, "types");
        t.Dict!.Set("__doc__", PyStr.From("Represent a PEP 604 union type\n\nE.g. for int | str"));
        Def0(t, "__repr__", a => PyStr.From(string.Join(" | ", U(a).Args.Items.Select(ReprItem))));
        GetSet(t, "__args__", a => U(a).Args);
        GetSet(t, "__parameters__", a => U(a).Parameters);
        Def1(t, "__or__", Or);
        Def1(t, "__ror__", (a, b) => Or(b, a));
        // union_hash: the hash of frozenset(args)
        Def0(t, "__hash__", a => PyInt.From(Ops.Hash(Ops.Call(Types.FrozenSet, U(a).Args))));
        // union_richcompare: == and != compare the arguments as sets
        foreach (var (name, eq) in new[] { ("__eq__", true), ("__ne__", false) })
            Def1(t, name, (a, b) =>
            {
                if (b is not PyUnion ub) return Singletons.NotImplemented;
                bool same = Ops.RichCompareBool(Ops.Call(Types.Set, U(a).Args), Ops.Call(Types.Set, ub.Args), CompareOp.Eq);
                return PyBool.From(same == eq);
            });
        // union_getitem: substitute the type variables, then | the results together
        Def1(t, "__getitem__", (a, item) =>
        {
            var u = U(a);
            var newArgs = MiscTypes.SubsParameters(a, u.Args.Items, u.Parameters.Items, item);
            if (newArgs.Length == 0) return Make(newArgs);
            var res = newArgs[0];
            for (int i = 1; i < newArgs.Length; i++) res = Ops.BinaryOp(res, newArgs[i], NbOp.Or);
            return res;
        });
        t.Modified();
        return t;
    }
}
