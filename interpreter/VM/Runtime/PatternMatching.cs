using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;
/// <summary>Structural pattern matching support (Python/ceval.c match_class, match_keys).</summary>
public static class PatternMatching
{
    public static bool IsMapping(PyObject o) => o is PyDict || o is PyMappingProxy || o.Type.Mro.Any(t => t.Dict!.Get("__abc_mapping__") != null)
        || o.Type.EffectiveCollectionFlags == PyType.MappingFlag;

    public static bool IsSequence(PyObject o) =>
        (o is PyList || o is PyTuple || o is PyRange || o is PyDictView) && o is not PyStr && o is not PyBytes && o is not PyByteArray
        || o.Type.EffectiveCollectionFlags == PyType.SequenceFlag;

    public static PyObject MatchKeys(PyObject subject, PyTuple keys)
    {
        if (keys.Count == 0) return PyTuple.Empty;
        var values = new PyObject[keys.Count];
        var seen = new List<PyObject>();
        for (int i = 0; i < keys.Count; i++)
        {
            var k = keys.Items[i];
            if (seen.Any(s => Ops.RichCompareBool(s, k, CompareOp.Eq)))
                throw PyExc.ValueError($"mapping pattern checks duplicate key ({Ops.ReprString(k)})");
            seen.Add(k);
            PyObject? v;
            if (subject is PyDict d) v = d.GetItemOrNull(k);
            else
            {
                var get = Ops.GetAttr(subject, "get");
                var dummy = new PyInstance(Types.Object);
                v = Ops.Call(get, k, dummy);
                if (v == dummy) v = null;
            }
            if (v == null) return None;
            values[i] = v;
        }
        return PyTuple.From(values);
    }

    public static PyObject MatchClass(PyObject subject, PyObject cls, int nargs, PyTuple kwnames)
    {
        if (cls is not PyType type) throw PyExc.TypeError("called match pattern must be a type");
        if (!Builtins.IsInstance(subject, type)) return None;
        var attrs = new List<PyObject>();
        var seen = new HashSet<string>();
        if (nargs > 0)
        {
            var matchArgs = Ops.GetAttrOrNull(type, PyStr.Intern("__match_args__"));
            bool selfMatch = type == Types.Bool || type == Types.ByteArray || type == Types.Bytes || type == Types.Dict || type == Types.Float
                || type == Types.FrozenSet || type == Types.Int || type == Types.List || type == Types.Set || type == Types.Str || type == Types.Tuple;
            if (matchArgs == null)
            {
                if (!selfMatch || nargs > 1)
                {
                    if (selfMatch) throw PyExc.TypeError($"{type.Name}() accepts 1 positional sub-pattern ({nargs} given)");
                    throw PyExc.TypeError($"{type.Name}() accepts 0 positional sub-patterns ({nargs} given)");
                }
                attrs.Add(subject);
            }
            else
            {
                if (matchArgs is not PyTuple mt) throw PyExc.TypeError($"{type.Name}.__match_args__ must be a tuple (got {Ops.TypeName(matchArgs)})");
                if (nargs > mt.Count)
                    throw PyExc.TypeError($"{type.Name}() accepts {mt.Count} positional sub-pattern{(mt.Count == 1 ? "" : "s")} ({nargs} given)");
                for (int i = 0; i < nargs; i++)
                {
                    var n = (PyStr)mt.Items[i];
                    seen.Add(n.Value);
                    var v = Ops.GetAttrOrNull(subject, n);
                    if (v == null) return None;
                    attrs.Add(v);
                }
            }
        }
        foreach (var kn in kwnames.Items)
        {
            var n = (PyStr)kn;
            if (!seen.Add(n.Value)) throw PyExc.TypeError($"{type.Name}() got multiple sub-patterns for attribute '{n.Value}'");
            var v = Ops.GetAttrOrNull(subject, n);
            if (v == null) return None;
            attrs.Add(v);
        }
        return PyTuple.From(attrs.ToArray());
    }
}
