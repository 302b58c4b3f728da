using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>An instance of a struct sequence: a tuple of the visible fields, plus the fields only reachable by name
/// (Objects/structseq.c: ob_item holds all n_fields, Py_SIZE is n_sequence_fields).</summary>
public sealed class PyStructSeq : PyTuple
{
    public readonly PyObject[] Hidden;
    public PyStructSeq(PyType t, PyObject[] visible, PyObject[] hidden) : base(t, visible) { Hidden = hidden; }
}

/// <summary>
/// Struct sequence types (Objects/structseq.c PyStructSequence_NewType): tuple subclasses whose first
/// <c>n_sequence_fields</c> fields are the tuple's items and the rest attributes only, e.g. os.stat_result,
/// time.struct_time, os.terminal_size. A field name null is an unnamed field (stat_result's integer times).
/// </summary>
public static class StructSequence
{
    public static PyType NewType(string module, string name, string?[] fields, int nSequence, Func<PyType, PyObject[], PyObject[]>? fillHidden = null)
    {
        var t = NativeTypes.New(module, name, Types.Tuple, ownLayout: false);
        var named = fields.Where(f => f != null).Cast<string>().ToArray();
        int nUnnamed = fields.Length - named.Length;
        for (int i = 0; i < fields.Length; i++)
        {
            if (fields[i] == null) continue;
            int index = i;
            GetSet(t, fields[i]!, a =>
            {
                var s = (PyStructSeq)a;
                return index < nSequence ? s.Items[index] : s.Hidden[index - nSequence];
            });
        }
        t.Dict!.Set("n_fields", PyInt.From(fields.Length));
        t.Dict!.Set("n_sequence_fields", PyInt.From(nSequence));
        t.Dict!.Set("n_unnamed_fields", PyInt.From(nUnnamed));
        t.Dict!.Set("__match_args__", PyTuple.From(named.Take(nSequence - Math.Min(nUnnamed, nSequence)).Select(n => (PyObject)PyStr.From(n)).ToArray()));
        // structseq_new(type, sequence, dict=None)
        DefStatic(t, "__new__", (args, kw) =>
        {
            var cls = (PyType)args[0];
            var p = Parse(name, args[1..], kw, ["sequence", "dict"], 1);
            var items = Ops.ToArray(p[0]!);
            var dict = p[1] is PyDict d ? d : null;
            if (p[1] != null && p[1] != None && dict == null)
                throw PyExc.TypeError($"{module}.{name}() takes a dict as second arg, if any");
            int n = items.Length;
            if (n < nSequence)
            {
                if (nSequence == fields.Length)
                    throw PyExc.TypeError($"{module}.{name}() takes a {nSequence}-sequence ({n}-sequence given)");
                throw PyExc.TypeError($"{module}.{name}() takes an at least {nSequence}-sequence ({n}-sequence given)");
            }
            if (n > fields.Length)
            {
                if (nSequence == fields.Length)
                    throw PyExc.TypeError($"{module}.{name}() takes a {nSequence}-sequence ({n}-sequence given)");
                throw PyExc.TypeError($"{module}.{name}() takes an at most {fields.Length}-sequence ({n}-sequence given)");
            }
            var hidden = new PyObject[fields.Length - nSequence];
            for (int i = nSequence; i < fields.Length; i++)
            {
                PyObject v = i < n ? items[i] : (fields[i] is string fn && dict?.Get(fn) is PyObject dv ? dv : None);
                hidden[i - nSequence] = v;
            }
            var r = new PyStructSeq(cls, items[..nSequence], hidden);
            if (fillHidden != null) fillHidden(cls, [.. r.Items, .. hidden]).CopyTo(hidden, 0);
            return r;
        });
        // structseq_repr: the visible fields, named after the members (unnamed fields take the next names).
        Def0(t, "__repr__", a =>
        {
            var items = ((PyTuple)a).Items;
            var parts = new string[items.Length];
            for (int i = 0; i < items.Length; i++) parts[i] = (i < named.Length ? named[i] : "?") + "=" + Ops.ReprString(items[i]);
            return PyStr.From($"{module}.{name}({string.Join(", ", parts)})");
        });
        // structseq_reduce: (type, (visible tuple, {hidden named fields}))
        Def0(t, "__reduce__", a =>
        {
            var s = (PyStructSeq)a;
            var d = new PyDict();
            for (int i = nSequence; i < fields.Length; i++)
                if (fields[i] != null) d.Set(fields[i]!, s.Hidden[i - nSequence]);
            return PyTuple.Of(a.Type, PyTuple.Of(PyTuple.From(s.Items), d));
        });
        return t;
    }

    public static PyStructSeq Make(PyType t, params PyObject[] all)
    {
        int nSeq = (int)((PyInt)t.Dict!.Get("n_sequence_fields")!).Small;
        return new PyStructSeq(t, all[..nSeq], all[nSeq..]);
    }
}
