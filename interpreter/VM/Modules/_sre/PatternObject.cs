using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules.Sre;

/// <summary>sre.h PatternObject: re.Pattern, a compiled code list and what re._compiler knows about it.</summary>
internal sealed class PatternObject : PyObject
{
    public readonly uint[] Code;
    public readonly PyObject Pattern;
    public readonly int Flags;
    public readonly int Groups;
    public readonly int IsBytes; // -1 when the pattern is None
    public readonly PyDict? GroupIndex;
    public readonly PyTuple? IndexGroup;

    public PatternObject(PyType type, uint[] code, PyObject pattern, int flags, int groups, int isbytes, PyDict? groupindex, PyTuple? indexgroup)
        : base(type)
    {
        Code = code; Pattern = pattern; Flags = flags; Groups = groups; IsBytes = isbytes;
        GroupIndex = groupindex; IndexGroup = indexgroup;
    }

    private static PatternObject Self(PyObject o, string name) =>
        o as PatternObject ?? throw PyExc.TypeError($"descriptor '{name}' for 're.Pattern' objects doesn't apply to a '{Ops.TypeName(o)}' object");

    // ---- engine entry points (sre.c sre_match / sre_search over the three subject kinds) ----

    public static int RunMatch(SreState st, uint[] code)
    {
        try
        {
            if (st.Utf16 != null) return SreLib<Utf16Text>.Match(st, new Utf16Text(st.Utf16), code, 0, true);
            if (st.CodePoints != null) return SreLib<CodePointText>.Match(st, new CodePointText(st.CodePoints), code, 0, true);
            return SreLib<ByteText>.Match(st, new ByteText(st.Bytes!), code, 0, true);
        }
        catch (IndexOutOfRangeException)
        {
            return SreLib<ByteText>.SRE_ERROR_ILLEGAL; // a code list the validator let through but the engine cannot follow
        }
    }

    public static int RunSearch(SreState st, uint[] code)
    {
        try
        {
            if (st.Utf16 != null) return SreLib<Utf16Text>.Search(st, new Utf16Text(st.Utf16), code);
            if (st.CodePoints != null) return SreLib<CodePointText>.Search(st, new CodePointText(st.CodePoints), code);
            return SreLib<ByteText>.Search(st, new ByteText(st.Bytes!), code);
        }
        catch (IndexOutOfRangeException)
        {
            return SreLib<ByteText>.SRE_ERROR_ILLEGAL;
        }
    }

    /// <summary>sre.c pattern_error.</summary>
    public static PyException Error(int status) =>
        PyExc.RuntimeError("internal error in regular expression engine");

    /// <summary>sre.c pattern_new_match: a Match object, None, or the engine's error.</summary>
    public PyObject NewMatch(SreState st, int status)
    {
        if (status > 0)
        {
            var mark = new int[2 * (Groups + 1)];
            mark[0] = st.Start;
            mark[1] = st.Ptr;
            for (int i = 0, j = 0; i < Groups; i++, j += 2)
            {
                if (j + 1 <= st.LastMark && st.Mark[j] >= 0 && st.Mark[j + 1] >= 0)
                {
                    mark[j + 2] = st.Mark[j];
                    mark[j + 3] = st.Mark[j + 1];
                }
                else mark[j + 2] = mark[j + 3] = -1; // undefined
            }
            return new MatchObject(Modules.SreModule.MatchType, this, st.String, mark, st.Pos, st.EndPos, st.LastIndex);
        }
        if (status == 0) return None;
        throw Error(status);
    }

    /// <summary>sre.c getslice: a str slice, or bytes for any bytes-like subject.</summary>
    public static PyObject GetSlice(bool isbytes, SreState st, int start, int end)
    {
        if (isbytes)
        {
            if (st.String is PyBytes b && b.Type == Types.Bytes && start == 0 && end == b.Value.Length) return b;
            return PyBytes.From(st.Bytes.AsSpan(start, end - start).ToArray());
        }
        return StrSlice((PyStr)st.String, start, end);
    }

    /// <summary>PyUnicode_Substring: the string itself when it is an exact str and the slice is all of it.</summary>
    public static PyStr StrSlice(PyStr s, int start, int end)
    {
        if (start == 0 && end == s.Length && s.Type == Types.Str) return s;
        return PyStr.From(s.Substring(start, end));
    }

    /// <summary>sre.c state_getslice: group <paramref name="index"/> of the current state (empty or None when unset).</summary>
    private static PyObject StateGetSlice(SreState st, int index, bool empty)
    {
        index = (index - 1) * 2;
        int i, j;
        if (index >= st.LastMark || st.Mark[index] < 0 || st.Mark[index + 1] < 0)
        {
            if (!empty) return None;
            i = j = 0;
        }
        else
        {
            i = st.Mark[index];
            j = st.Mark[index + 1];
        }
        if (i > j) return GetSlice(st.IsBytes, st, j, j); // CPython slices end<start to empty
        return GetSlice(st.IsBytes, st, i, j);
    }

    private static readonly string[] s_matchArgs = ["string", "pos", "endpos"];

    private static (PyObject String, long Pos, long EndPos) MatchArgs(string name, ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Parse(name, args, kw, s_matchArgs, 1);
        return (p[0]!, p[1] == null ? 0 : ToLong(p[1]!), p[2] == null ? long.MaxValue : ToLong(p[2]!));
    }

    private static PyObject MatchOrSearch(string name, ReadOnlySpan<PyObject> a, PyTuple? kw, bool search, bool all)
    {
        var self = Self(a[0], name);
        var (s, pos, endpos) = MatchArgs(name, a[1..], kw);
        var st = new SreState(self, s, pos, endpos) { MatchAll = all };
        try { return self.NewMatch(st, search ? RunSearch(st, self.Code) : RunMatch(st, self.Code)); }
        finally { st.Release(); }
    }

    public static void InitType(PyType t)
    {
        // _sre_SRE_Pattern_match_impl / fullmatch_impl / search_impl
        Def(t, "match", (a, kw) => MatchOrSearch("match", a, kw, search: false, all: false));
        Def(t, "fullmatch", (a, kw) => MatchOrSearch("fullmatch", a, kw, search: false, all: true));
        Def(t, "search", (a, kw) => MatchOrSearch("search", a, kw, search: true, all: false));
        Def(t, "findall", (a, kw) =>
        {
            var self = Self(a[0], "findall");
            var (s, pos, endpos) = MatchArgs("findall", a[1..], kw);
            return self.FindAll(s, pos, endpos);
        });
        Def(t, "finditer", (a, kw) =>
        {
            var self = Self(a[0], "finditer");
            var (s, pos, endpos) = MatchArgs("finditer", a[1..], kw);
            var scanner = new ScannerObject(Modules.SreModule.ScannerType, self, new SreState(self, s, pos, endpos));
            // PyCallIter_New(scanner.search, None)
            // DEVIATION(CPython): the iterator's type is the VM's generic iterator, not callable_iterator.
            bool done = false;
            return new PyNativeIterator(Types.NativeIterator, () =>
            {
                if (done) return null;
                var m = scanner.Search();
                if (m == None) { done = true; return null; }
                return m;
            });
        });
        Def(t, "scanner", (a, kw) =>
        {
            var self = Self(a[0], "scanner");
            var (s, pos, endpos) = MatchArgs("scanner", a[1..], kw);
            return new ScannerObject(Modules.SreModule.ScannerType, self, new SreState(self, s, pos, endpos));
        });
        Def(t, "split", (a, kw) =>
        {
            var self = Self(a[0], "split");
            var p = Parse("split", a[1..], kw, ["string", "maxsplit"], 1);
            return self.Split(p[0]!, p[1] == null ? 0 : ToLong(p[1]!));
        });
        Def(t, "sub", (a, kw) =>
        {
            var self = Self(a[0], "sub");
            var p = Parse("sub", a[1..], kw, ["repl", "string", "count"], 2);
            return self.Subx(p[0]!, p[1]!, p[2] == null ? 0 : ToLong(p[2]!), false);
        });
        Def(t, "subn", (a, kw) =>
        {
            var self = Self(a[0], "subn");
            var p = Parse("subn", a[1..], kw, ["repl", "string", "count"], 2);
            return self.Subx(p[0]!, p[1]!, p[2] == null ? 0 : ToLong(p[2]!), true);
        });
        Def0(t, "__copy__", a => a);
        Def1(t, "__deepcopy__", (a, memo) => a);
        DefClass(t, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
        Def0(t, "__repr__", a => PyStr.From(Self(a, "__repr__").Repr()));
        Def0(t, "__hash__", a => PyInt.From(Self(a, "__hash__").Hash()));
        Def1(t, "__eq__", (a, b) => Compare(a, b, true));
        Def1(t, "__ne__", (a, b) => Compare(a, b, false));

        GetSet(t, "pattern", a => Self(a, "pattern").Pattern);
        GetSet(t, "flags", a => PyInt.From(Self(a, "flags").Flags));
        GetSet(t, "groups", a => PyInt.From(Self(a, "groups").Groups));
        GetSet(t, "groupindex", a =>
        {
            var self = Self(a, "groupindex");
            return self.GroupIndex == null ? new PyDict() : new PyMappingProxy(self.GroupIndex);
        });
    }

    /// <summary>One step of the findall/split/sub loops: state_reset, then sre_search from state.Start; false when nothing more matches.</summary>
    private bool SearchNext(SreState st)
    {
        st.Reset();
        st.Ptr = st.Start;
        int status = RunSearch(st, Code);
        if (status < 0) throw Error(status);
        return status > 0;
    }

    /// <summary>sre.c _sre_SRE_Pattern_findall_impl.</summary>
    private PyObject FindAll(PyObject s, long pos, long endpos)
    {
        var st = new SreState(this, s, pos, endpos);
        try { return FindAll(st); }
        finally { st.Release(); }
    }

    private PyObject FindAll(SreState st)
    {
        var list = new PyList();
        while (st.Start <= st.End)
        {
            if (!SearchNext(st)) break;
            PyObject item;
            switch (Groups)
            {
                case 0:
                    item = GetSlice(st.IsBytes, st, st.Start, st.Ptr);
                    break;
                case 1:
                    item = StateGetSlice(st, 1, true);
                    break;
                default:
                    var items = new PyObject[Groups];
                    for (int i = 0; i < Groups; i++) items[i] = StateGetSlice(st, i + 1, true);
                    item = PyTuple.From(items);
                    break;
            }
            list.Append(item);
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        return list;
    }

    /// <summary>sre.c _sre_SRE_Pattern_split_impl.</summary>
    private PyObject Split(PyObject s, long maxsplit)
    {
        var st = new SreState(this, s, 0, long.MaxValue);
        try { return Split(st, maxsplit); }
        finally { st.Release(); }
    }

    private PyObject Split(SreState st, long maxsplit)
    {
        var list = new PyList();
        long n = 0;
        int last = st.Start;
        while (maxsplit == 0 || n < maxsplit)
        {
            if (!SearchNext(st)) break;
            // the segment before this match
            list.Append(GetSlice(st.IsBytes, st, last, st.Start));
            // the groups (if any)
            for (int i = 0; i < Groups; i++) list.Append(StateGetSlice(st, i + 1, false));
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            last = st.Start = st.Ptr;
        }
        // the segment following the last match (even if empty)
        list.Append(GetSlice(st.IsBytes, st, last, st.EndPos));
        return list;
    }

    /// <summary>sre.c pattern_subx.</summary>
    private PyObject Subx(PyObject ptemplate, PyObject s, long count, bool subn)
    {
        PyObject filter;
        bool filterIsCallable;
        if (Modules.SreModule.IsCallable(ptemplate))
        {
            filter = ptemplate;
            filterIsCallable = true;
        }
        else
        {
            // a literal template (no backslash) is used as is; anything else goes to re._subx
            bool literal = ptemplate switch
            {
                PyStr ts => ts.Value.IndexOf('\\') < 0,
                PyBytes tb => Array.IndexOf(tb.Value, (byte)'\\') < 0,
                PyByteArray tba => !tba.Value.Contains((byte)'\\'),
                _ => false,
            };
            if (literal)
            {
                filter = ptemplate;
                filterIsCallable = false;
            }
            else
            {
                filter = Modules.SreModule.CallRe("_subx", this, ptemplate);
                filterIsCallable = Modules.SreModule.IsCallable(filter);
            }
        }

        var st = new SreState(this, s, 0, long.MaxValue);
        try { return Subx(st, filter, filterIsCallable, count, subn); }
        finally { st.Release(); }
    }

    private PyObject Subx(SreState st, PyObject filter, bool filterIsCallable, long count, bool subn)
    {
        var list = new List<PyObject>();
        long n = 0;
        int i = 0;
        while (count == 0 || n < count)
        {
            if (!SearchNext(st)) break;
            int b = st.Start, e = st.Ptr;
            if (i < b) list.Add(GetSlice(st.IsBytes, st, i, b)); // the segment before this match
            PyObject item;
            if (filterIsCallable)
            {
                var match = NewMatch(st, 1);
                item = Ops.Call(filter, match);
            }
            else item = filter;
            if (item != None) list.Add(item);
            i = e;
            n++;
            st.MustAdvance = st.Ptr == st.Start;
            st.Start = st.Ptr;
        }
        if (i < st.EndPos) list.Add(GetSlice(st.IsBytes, st, i, st.EndPos));

        PyObject result = Join(st.IsBytes, list);
        return subn ? PyTuple.Of(result, PyInt.From(n)) : result;
    }

    /// <summary>PyUnicode_Join / _PyBytes_Join with an empty separator.</summary>
    private static PyObject Join(bool isbytes, List<PyObject> list)
    {
        if (isbytes)
        {
            var ms = new MemoryStream();
            for (int k = 0; k < list.Count; k++)
            {
                switch (list[k])
                {
                    case PyBytes b: ms.Write(b.Value); break;
                    case PyByteArray ba: ms.Write(ba.Value.ToArray()); break;
                    default: throw PyExc.TypeError($"sequence item {k}: expected a bytes-like object, {Ops.TypeName(list[k])} found");
                }
            }
            if (list.Count == 1 && list[0] is PyBytes one && one.Type == Types.Bytes) return one;
            return PyBytes.From(ms.ToArray());
        }
        if (list.Count == 0) return PyStr.Empty;
        if (list.Count == 1 && list[0] is PyStr single && single.Type == Types.Str) return single;
        var sb = new StringBuilder();
        for (int k = 0; k < list.Count; k++)
        {
            if (list[k] is not PyStr ps) throw PyExc.TypeError($"sequence item {k}: expected str instance, {Ops.TypeName(list[k])} found");
            sb.Append(ps.Value);
        }
        return PyStr.From(sb.ToString());
    }

    private static readonly (string Name, int Value)[] s_flagNames =
    [
        ("re.TEMPLATE", SreFlag.TEMPLATE), ("re.IGNORECASE", SreFlag.IGNORECASE), ("re.LOCALE", SreFlag.LOCALE),
        ("re.MULTILINE", SreFlag.MULTILINE), ("re.DOTALL", SreFlag.DOTALL), ("re.UNICODE", SreFlag.UNICODE),
        ("re.VERBOSE", SreFlag.VERBOSE), ("re.DEBUG", SreFlag.DEBUG), ("re.ASCII", SreFlag.ASCII),
    ];

    /// <summary>sre.c pattern_repr: re.compile(%.200R, flags).</summary>
    private string Repr()
    {
        int flags = Flags;
        // omit re.UNICODE for valid string patterns
        if (IsBytes == 0 && (flags & (SreFlag.LOCALE | SreFlag.UNICODE | SreFlag.ASCII)) == SreFlag.UNICODE)
            flags &= ~SreFlag.UNICODE;
        var items = new List<string>();
        foreach (var (name, value) in s_flagNames)
        {
            if ((flags & value) != 0)
            {
                items.Add(name);
                flags &= ~value;
            }
        }
        if (flags != 0) items.Add("0x" + flags.ToString("x"));
        var pat = Truncate(Ops.ReprString(Pattern), 200);
        return items.Count > 0 ? $"re.compile({pat}, {string.Join("|", items)})" : $"re.compile({pat})";
    }

    /// <summary>PyUnicode_FromFormat's %.NR: at most N code points of the repr.</summary>
    public static string Truncate(string s, int n)
    {
        var ps = PyStr.From(s);
        return ps.Length <= n ? s : ps.Substring(0, n);
    }

    /// <summary>sre.c pattern_hash.</summary>
    private long Hash()
    {
        long hash = Ops.Hash(Pattern);
        var bytes = new byte[Code.Length * 4];
        Buffer.BlockCopy(Code, 0, bytes, 0, bytes.Length);
        hash ^= Hashing.HashBytes(bytes);
        hash ^= Flags;
        hash ^= IsBytes;
        hash ^= Code.Length;
        if (hash == -1) hash = -2;
        return hash;
    }

    /// <summary>sre.c pattern_richcompare.</summary>
    private static PyObject Compare(PyObject lefto, PyObject righto, bool eq)
    {
        if (lefto is not PatternObject left || righto.Type != Modules.SreModule.PatternType || righto is not PatternObject right)
            return Singletons.NotImplemented;
        if (ReferenceEquals(left, right)) return PyBool.From(eq);
        bool cmp = left.Flags == right.Flags && left.IsBytes == right.IsBytes && left.Code.AsSpan().SequenceEqual(right.Code);
        if (cmp) cmp = Ops.RichCompareBool(left.Pattern, right.Pattern, CompareOp.Eq);
        return PyBool.From(eq ? cmp : !cmp);
    }
}

/// <summary>sre.h ScannerObject: _sre.SRE_Scanner, successive matches over one subject (finditer is built on it).</summary>
internal sealed class ScannerObject : PyObject
{
    public readonly PatternObject Pattern;
    private readonly SreState _state;
    private bool _executing;
    private bool _exhausted; // CPython's state->start == NULL

    public ScannerObject(PyType type, PatternObject pattern, SreState state) : base(type)
    {
        Pattern = pattern;
        _state = state;
    }

    /// <summary>sre.c _sre_SRE_Scanner_match_impl / _search_impl.</summary>
    private PyObject Next(bool search)
    {
        if (_executing) throw PyExc.ValueError("regular expression scanner already executing");
        _executing = true;
        try
        {
            if (_exhausted) return None;
            var st = _state;
            st.Reset();
            st.Ptr = st.Start;
            int status = search ? PatternObject.RunSearch(st, Pattern.Code) : PatternObject.RunMatch(st, Pattern.Code);
            var match = Pattern.NewMatch(st, status);
            if (status == 0) _exhausted = true;
            else
            {
                st.MustAdvance = st.Ptr == st.Start;
                st.Start = st.Ptr;
            }
            return match;
        }
        finally
        {
            _executing = false;
        }
    }

    public PyObject Search() => Next(true);

    private static ScannerObject Self(PyObject o) =>
        o as ScannerObject ?? throw PyExc.TypeError($"descriptor for '_sre.SRE_Scanner' objects doesn't apply to a '{Ops.TypeName(o)}' object");

    public static void InitType(PyType t)
    {
        Def0(t, "match", a => Self(a).Next(false));
        Def0(t, "search", a => Self(a).Next(true));
        GetSet(t, "pattern", a => Self(a).Pattern);
    }
}
