using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.Sre;

/// <summary>sre.h MatchObject: re.Match, the spans of a successful match.</summary>
internal sealed class MatchObject : PyObject
{
    public readonly PatternObject Pattern;
    public readonly PyObject String;
    private readonly int[] _mark;   // 2 * (groups + 1) offsets, -1 for a group that did not take part
    public readonly int Pos, EndPos, LastIndex;
    private PyObject? _regs;

    private int GroupCount => _mark.Length / 2; // CPython's match->groups (groups + 1)

    public MatchObject(PyType type, PatternObject pattern, PyObject @string, int[] mark, int pos, int endpos, int lastindex)
        : base(type)
    {
        Pattern = pattern; String = @string; _mark = mark; Pos = pos; EndPos = endpos; LastIndex = lastindex;
    }

    private static MatchObject Self(PyObject o, string name) =>
        o as MatchObject ?? throw PyExc.TypeError($"descriptor '{name}' for 're.Match' objects doesn't apply to a '{Ops.TypeName(o)}' object");

    /// <summary>sre.c match_getslice_by_index.</summary>
    private PyObject GetSliceByIndex(int index, PyObject def)
    {
        index *= 2;
        if (String == None || _mark[index] < 0) return def;
        int i = _mark[index], j = _mark[index + 1];
        switch (String)
        {
            case PyStr s:
            {
                int len = s.Length;
                i = Math.Min(i, len); j = Math.Min(j, len);
                if (j < i) return PyStr.Empty;
                return PatternObject.StrSlice(s, i, j);
            }
            case PyBytes b:
            {
                i = Math.Min(i, b.Value.Length); j = Math.Min(j, b.Value.Length);
                if (b.Type == Types.Bytes && i == 0 && j == b.Value.Length) return b;
                return PyBytes.From(j <= i ? [] : b.Value.AsSpan(i, j - i).ToArray());
            }
            case PyByteArray ba:
            {
                i = Math.Min(i, ba.Value.Count); j = Math.Min(j, ba.Value.Count);
                return PyBytes.From(j <= i ? [] : ba.Value.GetRange(i, j - i).ToArray());
            }
            default:
                throw PyExc.TypeError("expected string or bytes-like object");
        }
    }

    /// <summary>sre.c match_getindex: a group number or name to its index; IndexError "no such group".</summary>
    private int GetIndex(PyObject? index)
    {
        if (index == null) return 0;
        long i = -1;
        if (index is PyInt || index.Type.Lookup("__index__") != null)
        {
            var v = Ops.Index(index);
            i = v.IsSmall ? v.Small : (v.Sign < 0 ? -1 : long.MaxValue);
        }
        else if (Pattern.GroupIndex != null)
        {
            var g = Pattern.GroupIndex.GetItemOrNull(index);
            if (g is PyInt gi && gi.IsSmall) i = gi.Small;
        }
        if (i < 0 || i >= GroupCount) throw PyExc.IndexError("no such group");
        return (int)i;
    }

    private PyObject GetSlice(PyObject? index, PyObject def) => GetSliceByIndex(GetIndex(index), def);

    private static PyTuple Pair(int a, int b) => PyTuple.Of(PyInt.From(a), PyInt.From(b));

    public static void InitType(PyType t)
    {
        // match_group: METH_VARARGS
        Def(t, "group", (a, kw) =>
        {
            NoKeywords("group", kw);
            var self = Self(a[0], "group");
            int n = a.Length - 1;
            if (n == 0) return self.GetSliceByIndex(0, None);
            if (n == 1) return self.GetSlice(a[1], None);
            var items = new PyObject[n];
            for (int k = 0; k < n; k++) items[k] = self.GetSlice(a[k + 1], None);
            return PyTuple.From(items);
        });
        Def1(t, "__getitem__", (a, key) => Self(a, "__getitem__").GetSlice(key, None));
        Def(t, "start", (a, kw) =>
        {
            NoKeywords("start", kw);
            CheckCount("start", a.Length - 1, 0, 1);
            var self = Self(a[0], "start");
            return PyInt.From(self._mark[self.GetIndex(a.Length > 1 ? a[1] : null) * 2]);
        });
        Def(t, "end", (a, kw) =>
        {
            NoKeywords("end", kw);
            CheckCount("end", a.Length - 1, 0, 1);
            var self = Self(a[0], "end");
            return PyInt.From(self._mark[self.GetIndex(a.Length > 1 ? a[1] : null) * 2 + 1]);
        });
        Def(t, "span", (a, kw) =>
        {
            NoKeywords("span", kw);
            CheckCount("span", a.Length - 1, 0, 1);
            var self = Self(a[0], "span");
            int index = self.GetIndex(a.Length > 1 ? a[1] : null);
            return Pair(self._mark[index * 2], self._mark[index * 2 + 1]);
        });
        Def(t, "groups", (a, kw) =>
        {
            var self = Self(a[0], "groups");
            var p = Parse("groups", a[1..], kw, ["default"], 0);
            var def = p[0] ?? None;
            var items = new PyObject[self.GroupCount - 1];
            for (int index = 1; index < self.GroupCount; index++) items[index - 1] = self.GetSliceByIndex(index, def);
            return PyTuple.From(items);
        });
        Def(t, "groupdict", (a, kw) =>
        {
            var self = Self(a[0], "groupdict");
            var p = Parse("groupdict", a[1..], kw, ["default"], 0);
            var def = p[0] ?? None;
            var result = new PyDict();
            if (self.Pattern.GroupIndex == null) return result;
            foreach (var kv in self.Pattern.GroupIndex.Items().ToList())
                result.SetItem(kv.Key, self.GetSlice(kv.Key, def));
            return result;
        });
        Def(t, "expand", (a, kw) =>
        {
            var self = Self(a[0], "expand");
            var p = Parse("expand", a[1..], kw, ["template"], 1);
            // delegate to Python code, as sre.c does
            return Modules.SreModule.CallRe("_expand", self.Pattern, self, p[0]!);
        });
        Def0(t, "__copy__", a => a);
        Def1(t, "__deepcopy__", (a, memo) => a);
        DefClass(t, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
        Def0(t, "__repr__", a =>
        {
            // sre.c match_repr: "<%s object; span=(%zd, %zd), match=%.50R>"
            var self = Self(a, "__repr__");
            var group0 = self.GetSliceByIndex(0, None);
            return PyStr.From($"<re.Match object; span=({self._mark[0]}, {self._mark[1]}), match={PatternObject.Truncate(Ops.ReprString(group0), 50)}>");
        });

        GetSet(t, "string", a => Self(a, "string").String);
        GetSet(t, "re", a => Self(a, "re").Pattern);
        GetSet(t, "pos", a => PyInt.From(Self(a, "pos").Pos));
        GetSet(t, "endpos", a => PyInt.From(Self(a, "endpos").EndPos));
        GetSet(t, "lastindex", a =>
        {
            var self = Self(a, "lastindex");
            return self.LastIndex >= 0 ? PyInt.From(self.LastIndex) : None;
        });
        GetSet(t, "lastgroup", a =>
        {
            var self = Self(a, "lastgroup");
            var ig = self.Pattern.IndexGroup;
            if (ig != null && self.LastIndex >= 0 && self.LastIndex < ig.Count) return ig.Items[self.LastIndex];
            return None;
        });
        GetSet(t, "regs", a =>
        {
            var self = Self(a, "regs");
            if (self._regs != null) return self._regs;
            var items = new PyObject[self.GroupCount];
            for (int index = 0; index < self.GroupCount; index++) items[index] = Pair(self._mark[index * 2], self._mark[index * 2 + 1]);
            return self._regs = PyTuple.From(items);
        });
    }
}
