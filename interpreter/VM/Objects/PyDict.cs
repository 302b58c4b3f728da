using System.Runtime.CompilerServices;

namespace Pyref.VM.Objects;

/// <summary>
/// dict with CPython's compact, ordered layout (Objects/dictobject.c): a sparse index table of
/// 2**k slots pointing into a dense entries array kept in insertion order. Probing follows lookdict:
/// i = (i*5 + perturb + 1) &amp; mask with perturb &gt;&gt;= 5, so collision behaviour matches.
/// </summary>
public class PyDict : PyObject
{
    private const int Empty = -1, Dummy = -2, MinSize = 8, PerturbShift = 5;

    private struct Entry { public long Hash; public PyObject? Key; public PyObject? Value; }

    private int[] _indices;
    private Entry[] _entries;
    private int _nentries;   // entries used (including deleted)
    private int _used;       // live items
    private int _usable;     // entries left before resize
    public int Version;      // bumped on size change: iteration guards

    public PyDict() : this(Types.Dict) { }
    public PyDict(PyType type) : base(type)
    {
        _indices = NewIndices(MinSize);
        _entries = new Entry[UsableFraction(MinSize)];
        _usable = _entries.Length;
    }

    private static int UsableFraction(int n) => (n << 1) / 3;
    private static int[] NewIndices(int n) { var a = new int[n]; Array.Fill(a, Empty); return a; }

    public int Count => _used;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool KeysEqual(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb && a.Type == Types.Str && b.Type == Types.Str)
            return sa.Value == sb.Value;
        return Ops.RichCompareBool(a, b, CompareOp.Eq);
    }

    /// <summary>Index into _entries of key, or -1; slot receives the index-table position.</summary>
    private int Lookup(PyObject key, long hash, out int slot)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int ix = indices[i];
            if (ix == Empty) { slot = i; return -1; }
            if (ix >= 0)
            {
                ref var e = ref _entries[ix];
                if (e.Hash == hash && (ReferenceEquals(e.Key, key) || KeysEqual(e.Key!, key)))
                {
                    // A comparison may have mutated the dict; restart if so (lookdict does too).
                    if (!ReferenceEquals(indices, _indices)) return Lookup(key, hash, out slot);
                    slot = i; return ix;
                }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
    }

    private int FindEmptySlot(long hash)
    {
        var indices = _indices;
        int mask = indices.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (indices[i] >= 0)
        {
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + perturb + 1) & (ulong)mask);
        }
        return i;
    }

    /// <summary>dictresize to fit GROWTH_RATE (used*3) items.</summary>
    private void Resize(int minUsed)
    {
        int size = MinSize;
        while (size < minUsed) size <<= 1;
        // newsize must make usable >= used
        while (UsableFraction(size) < _used) size <<= 1;
        var old = _entries;
        int oldN = _nentries;
        _indices = NewIndices(size);
        _entries = new Entry[UsableFraction(size)];
        int n = 0;
        for (int k = 0; k < oldN; k++)
        {
            if (old[k].Key == null) continue;
            _entries[n] = old[k];
            _indices[FindEmptySlot(old[k].Hash)] = n;
            n++;
        }
        _nentries = n;
        _usable = _entries.Length - n;
    }

    public PyObject? GetItemOrNull(PyObject key) => GetItemOrNull(key, Ops.Hash(key));
    public PyObject? GetItemOrNull(PyStr key) => GetItemOrNull(key, key.Hash());

    public PyObject? GetItemOrNull(PyObject key, long hash)
    {
        int ix = Lookup(key, hash, out _);
        return ix < 0 ? null : _entries[ix].Value;
    }

    public PyObject? GetItem(PyStr key) => GetItemOrNull(key, key.Hash());

    // Entry-index hints for the evaluation loop's inline caches (what LOAD_ATTR_WITH_HINT and
    // LOAD_GLOBAL_MODULE keep in CPython 3.11): an entry's index is stable until a resize or a
    // deletion, and a hint is only trusted when the entry still holds the very same key object.

    /// <summary>The entry index of <paramref name="key"/>, or -1 when absent.</summary>
    public int IndexOf(PyStr key) => Lookup(key, key.Hash(), out _);

    /// <summary>The value at entry <paramref name="ix"/> when that entry holds <paramref name="key"/> itself, else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public PyObject? ValueAtHint(int ix, PyObject key)
    {
        var entries = _entries;
        if ((uint)ix < (uint)entries.Length && ReferenceEquals(entries[ix].Key, key)) return entries[ix].Value;
        return null;
    }

    /// <summary>Replaces the value at entry <paramref name="ix"/> when it holds <paramref name="key"/> itself.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool SetAtHint(int ix, PyObject key, PyObject value)
    {
        var entries = _entries;
        if ((uint)ix < (uint)entries.Length && ReferenceEquals(entries[ix].Key, key)) { entries[ix].Value = value; return true; }
        return false;
    }

    public bool ContainsKey(PyObject key) => Lookup(key, Ops.Hash(key), out _) >= 0;

    public void SetItem(PyObject key, PyObject value) => SetItem(key, Ops.Hash(key), value);
    public void SetItem(PyStr key, PyObject value) => SetItem(key, key.Hash(), value);

    /// <summary>insertdict.</summary>
    public void SetItem(PyObject key, long hash, PyObject value)
    {
        int ix = Lookup(key, hash, out int slot);
        if (ix >= 0) { _entries[ix].Value = value; return; }
        if (_usable <= 0)
        {
            Resize(_used * 3);
            slot = FindEmptySlot(hash);
        }
        else if (_indices[slot] != Empty)
        {
            slot = FindEmptySlot(hash);
        }
        // Lookup stops at the first Empty; CPython inserts at the first empty-or-dummy free slot
        // found by find_empty_slot, which only looks at Empty/Dummy (< 0) slots.
        slot = FindEmptySlot(hash);
        _indices[slot] = _nentries;
        _entries[_nentries] = new Entry { Hash = hash, Key = key, Value = value };
        _nentries++;
        _used++;
        _usable--;
        Version++;
    }

    public bool Remove(PyObject key) => Remove(key, Ops.Hash(key), out _);

    public bool Remove(PyObject key, long hash, out PyObject? oldValue)
    {
        int ix = Lookup(key, hash, out int slot);
        if (ix < 0) { oldValue = null; return false; }
        oldValue = _entries[ix].Value;
        _indices[slot] = Dummy;
        _entries[ix] = default;
        _used--;
        Version++;
        return true;
    }

    public void Clear()
    {
        _indices = NewIndices(MinSize);
        _entries = new Entry[UsableFraction(MinSize)];
        _usable = _entries.Length;
        _nentries = 0;
        _used = 0;
        Version++;
    }

    /// <summary>Iteration by position (dictiter): returns false at the end.</summary>
    public bool Next(ref int pos, out PyObject key, out PyObject value)
    {
        while (pos < _nentries)
        {
            ref var e = ref _entries[pos++];
            if (e.Key != null) { key = e.Key; value = e.Value!; return true; }
        }
        key = null!; value = null!;
        return false;
    }

    public IEnumerable<KeyValuePair<PyObject, PyObject>> Items()
    {
        int pos = 0;
        while (Next(ref pos, out var k, out var v)) yield return new(k, v);
    }

    public List<PyObject> KeysList()
    {
        var l = new List<PyObject>(_used);
        int pos = 0;
        while (Next(ref pos, out var k, out _)) l.Add(k);
        return l;
    }

    /// <summary>popitem: the last inserted item.</summary>
    public bool PopLast(out PyObject key, out PyObject value)
    {
        for (int i = _nentries - 1; i >= 0; i--)
        {
            if (_entries[i].Key != null)
            {
                key = _entries[i].Key!; value = _entries[i].Value!;
                Remove(key, _entries[i].Hash, out _);
                _nentries = i;
                return true;
            }
        }
        key = null!; value = null!;
        return false;
    }

    public PyDict Copy()
    {
        var d = new PyDict();
        foreach (var kv in Items()) d.SetItem(kv.Key, kv.Value);
        return d;
    }

    // Convenience for runtime code using C# names.
    public PyObject? Get(string name) => GetItemOrNull(PyStr.Intern(name));
    public void Set(string name, PyObject value) => SetItem(PyStr.Intern(name), value);
}
