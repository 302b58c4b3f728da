using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace Pyref.Bytecode;

/// <summary>
/// Writer of CPython 3.11's marshal format, version 4 (Python/marshal.c w_object / w_complex_object).
///
/// Byte-identity with CPython needs CPython's FLAG_REF placement. marshal.c w_ref gives an object a reference
/// slot (FLAG_REF on first write, TYPE_REF afterwards) when it is an interned str or when its refcount is above 1.
/// We cannot see refcounts, so <see cref="CompilerRefModel"/> reproduces them for code objects made by CPython's
/// compiler (Python/compile.c) and dumped by py_compile/compileall:
///  - interned strs (co_names, co_localsplusnames, co_name, and str constants made only of [A-Za-z0-9_],
///    Objects/codeobject.c intern_strings / intern_string_constants) always get a slot, shared by value;
///  - constants and the consts/names/localsplusnames tuples, co_linetable and co_exceptiontable are merged by
///    value across the whole module (compile.c merge_consts_recursive / merge_const_one), so a value seen
///    more than once is one shared object;
///  - CPython's cached singletons (small ints -5..256, (), '', b'', one-character latin-1 strs, one-byte bytes)
///    always have refcount > 1;
///  - co_code is a fresh bytes cached on the code object (_PyCode_GetCode) plus the writer's own reference, so it
///    always gets a slot; the top-level code object is referenced by its caller, so it gets one too;
///  - co_filename is one object shared by every code object of the module (and held by the caller).
/// </summary>
public sealed class MarshalWriter
{
    private readonly List<byte> _out = new();
    private readonly CompilerRefModel _model;
    private readonly Dictionary<object, int> _refIndex = new(CompilerRefModel.KeyComparer);
    private readonly int _version;

    private MarshalWriter(CompilerRefModel model, int version)
    {
        _model = model;
        _version = version;
    }

    /// <summary>marshal.dumps(value) (version 4), with CPython's FLAG_REF placement for compiler output.</summary>
    public static byte[] Dumps(object value, int version = 4)
    {
        var model = CompilerRefModel.Build(value);
        var writer = new MarshalWriter(model, version);
        writer.WriteObject(value, Role.TopLevel);
        return writer._out.ToArray();
    }

    /// <summary>Where an object sits in the code object graph; decides interning and sharing.</summary>
    internal enum Role { TopLevel, Const, Name, CodeBytes, Filename, CodeName, QualName, Table, Kinds, Marshal }

    private void WriteObject(object? value, Role role, bool forceRef = false)
    {
        switch (value)
        {
            case null: W(MarshalType.Null); return;
            case PyNone: W(MarshalType.None); return;
            case PyStopIteration: W(MarshalType.StopIteration); return;
            case PyEllipsis: W(MarshalType.Ellipsis); return;
            case bool b: W(b ? MarshalType.True : MarshalType.False); return;
        }
        var (key, shared) = _model.Classify(value, role);
        shared |= forceRef;
        byte flag = 0;
        if (shared && _version >= 3)
        {
            if (_refIndex.TryGetValue(key, out int index))
            {
                W(MarshalType.Ref);
                WriteInt32(index);
                return;
            }
            _refIndex.Add(key, _refIndex.Count);
            flag = MarshalType.FlagRef;
        }
        switch (value)
        {
            case BigInteger i: WriteLong(i, flag); break;
            case int i: WriteLong(i, flag); break;
            case long i: WriteLong(i, flag); break;
            case double d:
                W((byte)(MarshalType.BinaryFloat | flag));
                WriteInt64(BitConverter.DoubleToInt64Bits(d));
                break;
            case Complex c:
                W((byte)(MarshalType.BinaryComplex | flag));
                WriteInt64(BitConverter.DoubleToInt64Bits(c.Real));
                WriteInt64(BitConverter.DoubleToInt64Bits(c.Imaginary));
                break;
            case string s: WriteString(s, CompilerRefModel.IsInterned(s, role), flag); break;
            case PyBytes b: W((byte)(MarshalType.String | flag)); WritePString(b.Span); break;
            case byte[] b: W((byte)(MarshalType.String | flag)); WritePString(b); break;
            case QualNameString q: WriteString(q.Value, false, flag); break;
            case CodeBytes c: W((byte)(MarshalType.String | flag)); WritePString(c.Owner.Code); break;
            case KindsBytes k: W((byte)(MarshalType.String | flag)); WritePString(k.Owner.LocalsPlusKinds); break;
            case PyTuple t: WriteTuple(t.Items, flag, role == Role.Name ? Role.Name : Role.Const); break;
            case PyFrozenSet fs:
                // bpo-37596 (3.11): set items are written sorted by their own marshal.dumps, and the (dump, item)
                // pairs marshal.c builds for sorting hold a second reference to every item: each item gets a slot.
                W((byte)(MarshalType.FrozenSet | flag));
                WriteInt32(fs.Items.Length);
                foreach (var item in SortedForMarshal(fs.Items)) WriteObject(item, Role.Const, forceRef: true);
                break;
            case PySet set:
                W((byte)(MarshalType.Set | flag));
                WriteInt32(set.Items.Length);
                foreach (var item in set.Items) WriteObject(item, Role.Marshal);
                break;
            case PyList list:
                W((byte)(MarshalType.List | flag));
                WriteInt32(list.Items.Count);
                foreach (var item in list.Items) WriteObject(item, Role.Marshal);
                break;
            case PyDict dict:
                W((byte)(MarshalType.Dict | flag));
                foreach (var (k, v) in dict.Items)
                {
                    WriteObject(k, Role.Marshal);
                    WriteObject(v, Role.Marshal);
                }
                W(MarshalType.Null);
                break;
            case CodeObject code: WriteCode(code, flag); break;
            default: throw new ArgumentException($"unmarshallable object of type {value.GetType().Name}");
        }
    }

    /// <summary>The order marshal.c writes a set's items in: sorted(items, key=marshal.dumps) (bytes order).</summary>
    private IEnumerable<object> SortedForMarshal(object[] items)
    {
        var keyed = items.Select(item =>
        {
            var standalone = new MarshalWriter(_model, _version);
            standalone.WriteObject(item, Role.Const);
            return (Dump: standalone._out.ToArray(), Item: item);
        }).ToList();
        keyed.Sort((a, b) => a.Dump.AsSpan().SequenceCompareTo(b.Dump));
        return keyed.Select(k => k.Item);
    }

    private void WriteCode(CodeObject co, byte flag)
    {
        W((byte)(MarshalType.Code | flag));
        WriteInt32(co.ArgCount);
        WriteInt32(co.PosOnlyArgCount);
        WriteInt32(co.KwOnlyArgCount);
        WriteInt32(co.StackSize);
        WriteInt32(co.Flags);
        WriteObject(new CodeBytes(co), Role.CodeBytes);
        WriteObject(new PyTuple(co.Consts), Role.Const);
        WriteObject(new PyTuple(co.Names), Role.Name);
        WriteObject(new PyTuple(co.LocalsPlusNames), Role.Name);
        WriteObject(new KindsBytes(co), Role.Kinds);
        WriteObject(co.Filename, Role.Filename);
        WriteObject(co.Name, Role.CodeName);
        WriteQualName(co);
        WriteInt32(co.FirstLineNo);
        WriteObject(new PyBytes(co.LineTable), Role.Table);
        WriteObject(new PyBytes(co.ExceptionTable), Role.Table);
    }

    private void WriteQualName(CodeObject co)
    {
        if (string.Equals(co.QualName, co.Name, StringComparison.Ordinal))
            WriteObject(co.QualName, Role.CodeName);
        else
            WriteObject(_model.QualNameOf(co), Role.QualName);
    }

    private void WriteTuple(object[] items, byte flag, Role itemRole)
    {
        if (_version >= 4 && items.Length < 256)
        {
            W((byte)(MarshalType.SmallTuple | flag));
            W((byte)items.Length);
        }
        else
        {
            W((byte)(MarshalType.Tuple | flag));
            WriteInt32(items.Length);
        }
        foreach (var item in items) WriteObject(item, itemRole);
    }

    private void WriteString(string s, bool interned, byte flag)
    {
        bool ascii = true;
        foreach (char c in s)
            if (c >= 0x80) { ascii = false; break; }
        if (ascii && _version >= 4)
        {
            if (s.Length < 256)
            {
                W((byte)((interned ? MarshalType.ShortAsciiInterned : MarshalType.ShortAscii) | flag));
                W((byte)s.Length);
            }
            else
            {
                W((byte)((interned ? MarshalType.AsciiInterned : MarshalType.Ascii) | flag));
                WriteInt32(s.Length);
            }
            foreach (char c in s) W((byte)c);
            return;
        }
        W((byte)((interned && _version >= 1 ? MarshalType.Interned : MarshalType.Unicode) | flag));
        WritePString(Utf8SurrogatePass.Encode(s));
    }

    /// <summary>w_PyLong: TYPE_INT when it fits a C long of 32 bits, else 15-bit digits.</summary>
    private void WriteLong(BigInteger value, byte flag)
    {
        if (value >= int.MinValue && value <= int.MaxValue)
        {
            W((byte)(MarshalType.Int | flag));
            WriteInt32((int)value);
            return;
        }
        W((byte)(MarshalType.Long | flag));
        var magnitude = BigInteger.Abs(value);
        var digits = new List<ushort>();
        while (!magnitude.IsZero)
        {
            digits.Add((ushort)(int)(magnitude & 0x7FFF));
            magnitude >>= 15;
        }
        WriteInt32(value.Sign < 0 ? -digits.Count : digits.Count);
        foreach (var d in digits) WriteInt16(d);
    }

    private void W(byte b) => _out.Add(b);

    private void WriteInt16(ushort v)
    {
        _out.Add((byte)v);
        _out.Add((byte)(v >> 8));
    }

    private void WriteInt32(int v)
    {
        Span<byte> buffer = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(buffer, v);
        foreach (var b in buffer) _out.Add(b);
    }

    private void WriteInt64(long v)
    {
        Span<byte> buffer = stackalloc byte[8];
        BinaryPrimitives.WriteInt64LittleEndian(buffer, v);
        foreach (var b in buffer) _out.Add(b);
    }

    private void WritePString(ReadOnlySpan<byte> data)
    {
        WriteInt32(data.Length);
        foreach (var b in data) _out.Add(b);
    }
}

/// <summary>co_code of one code object: a distinct object per code object (never merged by value).</summary>
internal sealed record CodeBytes(CodeObject Owner);

/// <summary>
/// co_qualname of a nested scope: a fresh concatenation per code object (compile.c compiler_set_qualname), except
/// that a class body also loads it as a constant (`__qualname__ = 'A.B'`), which makes the two one object; only
/// for the first such class, as later equal constants merge into that first object.
/// </summary>
internal sealed record QualNameString(CodeObject Owner, string Value, bool SharedWithConst);

/// <summary>co_localspluskinds of one code object: a fresh bytes per code object (compile.c compute_localsplus_info).</summary>
internal sealed record KindsBytes(CodeObject Owner);

/// <summary>The refcount model of <see cref="MarshalWriter"/> (see its summary).</summary>
internal sealed class CompilerRefModel
{
    private readonly Dictionary<object, int> _counts = new(KeyComparer);
    private readonly Dictionary<CodeObject, QualNameString> _qualNames = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<string> _qualNamesSharedWithConst = new(StringComparer.Ordinal);
    private readonly HashSet<string> _identifiers = new(StringComparer.Ordinal);

    public QualNameString QualNameOf(CodeObject co)
    {
        if (_qualNames.TryGetValue(co, out var q)) return q;
        // Only a class body loads its own qualname as a constant (compile.c compiler_class_body stores __qualname__).
        bool isClassBody = co.Names.Contains("__qualname__");
        bool inConsts = isClassBody && co.Consts.Any(c => c is string s && string.Equals(s, co.QualName, StringComparison.Ordinal));
        q = new QualNameString(co, co.QualName, inConsts && _qualNamesSharedWithConst.Add(co.QualName));
        _qualNames[co] = q;
        return q;
    }

    /// <summary>Every identifier of the module (interned by the parser before the compiler runs).</summary>
    private void CollectIdentifiers(CodeObject co)
    {
        foreach (var n in co.Names) _identifiers.Add(n);
        foreach (var n in co.LocalsPlusNames) _identifiers.Add(n);
        if (!co.Name.StartsWith('<')) _identifiers.Add(co.Name);
        foreach (var c in co.Consts)
            if (c is CodeObject nested) CollectIdentifiers(nested);
    }

    public static readonly IEqualityComparer<object> KeyComparer = new ModelKeyComparer();

    public static CompilerRefModel Build(object root)
    {
        var model = new CompilerRefModel();
        if (root is CodeObject co) model.CollectIdentifiers(co);
        model.Count(root, MarshalWriter.Role.TopLevel);
        return model;
    }

    /// <summary>compile.c / codeobject.c all_name_chars: ASCII letters, digits and '_' only.</summary>
    public static bool AllNameChars(string s)
    {
        foreach (char c in s)
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        return true;
    }

    /// <summary>
    /// The names of anonymous scopes ("&lt;module&gt;", "&lt;lambda&gt;", "&lt;genexpr&gt;", "&lt;listcomp&gt;"...) are
    /// CPython's static strings (_Py_STR in compile.c): not interned, but shared by every code object.
    /// </summary>
    public static bool IsStaticScopeName(string s, MarshalWriter.Role role) =>
        role == MarshalWriter.Role.CodeName && s.StartsWith('<');

    public static bool IsInterned(string s, MarshalWriter.Role role) => role switch
    {
        MarshalWriter.Role.CodeName => !s.StartsWith('<'),
        MarshalWriter.Role.Name => true,
        // A one-character latin-1 str is a process-wide singleton: interning it anywhere (the parser interns every
        // identifier, including the '*' of `from m import *`) makes it interned everywhere.
        MarshalWriter.Role.Const => AllNameChars(s) || s == "*",
        _ => false,
    };

    /// <summary>The identity key of an object in the writer's reference table, and whether it gets a slot.</summary>
    public (object Key, bool Shared) Classify(object value, MarshalWriter.Role role)
    {
        var key = KeyOf(value, role);
        return (key, IsAlwaysShared(value, role) || (_counts.TryGetValue(key, out int n) && n > 1));
    }

    private static bool IsAlwaysShared(object value, MarshalWriter.Role role) => value switch
    {
        _ when role == MarshalWriter.Role.TopLevel => true,
        string s => IsInterned(s, role) || IsStaticScopeName(s, role) || s.Length == 0 || (s.Length == 1 && s[0] < 256) || role == MarshalWriter.Role.Filename,
        BigInteger i => i >= -5 && i <= 256,
        int i => i >= -5 && i <= 256,
        long i => i >= -5 && i <= 256,
        PyBytes b => b.Length <= 1,
        PyTuple t => t.Count == 0,
        CodeBytes => true,
        KindsBytes k => k.Owner.LocalsPlusKinds.Length == 0,
        _ => false,
    };

    private object KeyOf(object value, MarshalWriter.Role role) => value switch
    {
        string s when IsInterned(s, role) => new ModelKey("istr", s),
        string s when role == MarshalWriter.Role.Filename => new ModelKey("filename", s),
        string s when IsStaticScopeName(s, role) => new ModelKey("static", s),
        QualNameString q => q.SharedWithConst ? new ModelKey("str", q.Value) : q,
        string s => new ModelKey("str", s),
        KindsBytes k when k.Owner.LocalsPlusKinds.Length == 0 => new ModelKey("bytes", PyBytes.Empty),
        KindsBytes k => k,
        CodeBytes c => c,
        CodeObject c => c,
        PyBytes b => new ModelKey("bytes", b),
        // NaN never equals another NaN object, so the compiler's constant cache never merges two of them.
        double d when double.IsNaN(d) => new UniqueKey(value),
        PyTuple t => new ModelKey("tuple", new TupleKey(t.Items.Select(i => KeyOf(i, role == MarshalWriter.Role.Name ? role : MarshalWriter.Role.Const)).ToArray())),
        // Objects/codeobject.c intern_string_constants rebuilds a frozenset, per code object, when interning one of
        // its strs finds an older interned equal str (a module identifier, interned by the parser): such sets are
        // never shared; others merge by value like every constant.
        // One-character strs are process-wide singletons, interned long before (see IsInterned).
        PyFrozenSet f when f.Items.Any(i => i is string s && AllNameChars(s) && (s.Length == 1 || _identifiers.Contains(s))) => new UniqueKey(f),
        PyFrozenSet f => new ModelKey("frozenset", new TupleKey(f.Items.Select(i => KeyOf(i, MarshalWriter.Role.Const)).ToArray())),
        _ => new ModelKey(value.GetType().Name, value),
    };

    private void Count(object? value, MarshalWriter.Role role)
    {
        if (value is null or PyNone or PyEllipsis or PyStopIteration or bool) return;
        var key = KeyOf(value, role);
        _counts.TryGetValue(key, out int n);
        _counts[key] = n + 1;
        // Items of a merged object are only counted once: later copies are the same object, written as a ref.
        if (n > 0 && value is not CodeObject) return;
        switch (value)
        {
            case PyTuple t:
                foreach (var item in t.Items) Count(item, role == MarshalWriter.Role.Name ? role : MarshalWriter.Role.Const);
                break;
            case PyFrozenSet f:
                foreach (var item in f.Items) Count(item, MarshalWriter.Role.Const);
                break;
            case CodeObject co:
                Count(new CodeBytes(co), MarshalWriter.Role.CodeBytes);
                Count(new PyTuple(co.Consts), MarshalWriter.Role.Const);
                Count(new PyTuple(co.Names), MarshalWriter.Role.Name);
                Count(new PyTuple(co.LocalsPlusNames), MarshalWriter.Role.Name);
                Count(new KindsBytes(co), MarshalWriter.Role.Kinds);
                Count(co.Filename, MarshalWriter.Role.Filename);
                Count(co.Name, MarshalWriter.Role.CodeName);
                if (string.Equals(co.QualName, co.Name, StringComparison.Ordinal))
                    Count(co.QualName, MarshalWriter.Role.CodeName);
                else
                    Count(QualNameOf(co), MarshalWriter.Role.QualName);
                Count(new PyBytes(co.LineTable), MarshalWriter.Role.Table);
                Count(new PyBytes(co.ExceptionTable), MarshalWriter.Role.Table);
                break;
        }
    }

    /// <summary>An object that is never merged with another (reference identity).</summary>
    private sealed class UniqueKey(object target)
    {
        public object Target { get; } = target;
    }

    private sealed record ModelKey(string Kind, object Value)
    {
        public bool Equals(ModelKey? other) =>
            other is not null && Kind == other.Kind && ConstantKey.ConstEquals(Value, other.Value);
        public override int GetHashCode() => HashCode.Combine(Kind, ConstantKey.Hash(Value));
    }

    private sealed class TupleKey(object[] items) : IEquatable<TupleKey>
    {
        private readonly object[] _items = items;
        public bool Equals(TupleKey? other) => other is not null && _items.AsSpan().SequenceEqual(other._items);
        public override bool Equals(object? obj) => obj is TupleKey k && Equals(k);
        public override int GetHashCode()
        {
            var h = new HashCode();
            foreach (var i in _items) h.Add(i);
            return h.ToHashCode();
        }
    }

    private sealed class ModelKeyComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) =>
            x is CodeObject || y is CodeObject ? ReferenceEquals(x, y) : Equals2(x, y);
        private static bool Equals2(object? x, object? y) => object.Equals(x, y);
        public int GetHashCode(object obj) => obj is CodeObject c
            ? System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(c) : obj.GetHashCode();
    }
}
