namespace Pyref.VM.Objects;

/// <summary>
/// set and frozenset with the hash table of Objects/setobject.c: 8 slots to start, LINEAR_PROBES (9)
/// neighbouring slots checked before a perturbed jump, resize to used*4 (used*2 above 50000) when
/// fill*5 &gt;= mask*3. Iteration walks the table, so order matches CPython for equal hashes.
/// </summary>
public class PySet : PyObject
{
    private const int LinearProbes = 9, PerturbShift = 5, MinSize = 8;
    private static readonly PyObject DummyKey = new PySingleton(Types.Object, "<dummy>");

    private struct Entry { public long Hash; public PyObject? Key; }

    private Entry[] _table = new Entry[MinSize];
    private int _fill, _used;
    private long _hash = -1;
    public int Finger;   // set.pop() start position
    public int Version;

    public PySet(PyType type) : base(type) { }
    public static PySet NewSet() => new(Types.Set);
    public static PySet NewFrozen() => new(Types.FrozenSet);

    public bool IsFrozen => Type.IsSubtypeOf(Types.FrozenSet);
    public int Count => _used;
    private int Mask => _table.Length - 1;

    private static bool KeysEqual(PyObject a, PyObject b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is PyStr sa && b is PyStr sb && a.Type == Types.Str && b.Type == Types.Str) return sa.Value == sb.Value;
        return Ops.RichCompareBool(a, b, CompareOp.Eq);
    }

    /// <summary>set_lookkey: index of the entry holding key, or -1.</summary>
    private int LookKey(PyObject key, long hash)
    {
        ulong perturb = (ulong)hash;
        int mask = Mask;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref var e = ref _table[j];
                if (e.Hash == 0 && e.Key == null) return -1;
                if (e.Hash == hash && e.Key != DummyKey && e.Key != null)
                {
                    var table = _table;
                    var startKey = e.Key;
                    if (KeysEqual(startKey, key))
                    {
                        if (!ReferenceEquals(table, _table)) return LookKey(key, hash);
                        return j;
                    }
                    if (!ReferenceEquals(table, _table) || _table[j].Key != startKey) return LookKey(key, hash);
                    mask = Mask;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    public bool Contains(PyObject key) => LookKey(key, Ops.Hash(key)) >= 0;

    public void Add(PyObject key) => AddEntry(key, Ops.Hash(key));

    /// <summary>set_add_entry.</summary>
    public void AddEntry(PyObject key, long hash)
    {
    restart:
        int mask = Mask;
        int i = (int)((ulong)hash & (ulong)mask);
        int freeslot = -1;
        ulong perturb = (ulong)hash;
        while (true)
        {
            int probes = i + LinearProbes <= mask ? LinearProbes : 0;
            int j = i;
            do
            {
                ref var e = ref _table[j];
                if (e.Hash == 0 && e.Key == null)
                {
                    if (freeslot >= 0)
                    {
                        _used++;
                        _table[freeslot] = new Entry { Hash = hash, Key = key };
                        Version++;
                        return;
                    }
                    _fill++; _used++;
                    e.Key = key; e.Hash = hash;
                    Version++;
                    if (_fill * 5 < mask * 3) return;
                    Resize(_used > 50000 ? _used * 2 : _used * 4);
                    return;
                }
                if (e.Hash == hash && e.Key != DummyKey)
                {
                    var startKey = e.Key!;
                    if (ReferenceEquals(startKey, key)) return;
                    var table = _table;
                    if (KeysEqual(startKey, key)) return;
                    if (!ReferenceEquals(table, _table) || _table[j].Key != startKey) goto restart;
                    mask = Mask;
                }
                else if (e.Hash == -1 && e.Key == DummyKey)
                {
                    freeslot = j;
                }
                j++;
            } while (probes-- > 0);
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    private static void InsertClean(Entry[] table, PyObject key, long hash)
    {
        int mask = table.Length - 1;
        ulong perturb = (ulong)hash;
        int i = (int)((ulong)hash & (ulong)mask);
        while (true)
        {
            if (table[i].Key == null) { table[i] = new Entry { Hash = hash, Key = key }; return; }
            if (i + LinearProbes <= mask)
            {
                for (int j = 1; j <= LinearProbes; j++)
                    if (table[i + j].Key == null) { table[i + j] = new Entry { Hash = hash, Key = key }; return; }
            }
            perturb >>= PerturbShift;
            i = (int)(((ulong)i * 5 + 1 + perturb) & (ulong)mask);
        }
    }

    /// <summary>set_table_resize: smallest power of two &gt; minused, reinserting live entries in table order.</summary>
    private void Resize(int minUsed)
    {
        int newSize = MinSize;
        while (newSize <= minUsed) newSize <<= 1;
        var old = _table;
        if (newSize == old.Length && _fill == _used) return;
        var table = new Entry[newSize];
        foreach (var e in old)
            if (e.Key != null && e.Key != DummyKey) InsertClean(table, e.Key, e.Hash);
        _table = table;
        _fill = _used;
    }

    public bool Discard(PyObject key)
    {
        int ix = LookKey(key, Ops.Hash(key));
        if (ix < 0) return false;
        _table[ix].Key = DummyKey;
        _table[ix].Hash = -1;
        _used--;
        Version++;
        return true;
    }

    /// <summary>set_pop: from the finger onwards.</summary>
    public PyObject? Pop()
    {
        if (_used == 0) return null;
        int i = Finger & Mask;
        while (_table[i].Key == null || _table[i].Key == DummyKey) { i++; if (i > Mask) i = 0; }
        var key = _table[i].Key!;
        _table[i].Key = DummyKey;
        _table[i].Hash = -1;
        _used--;
        Finger = i + 1;
        Version++;
        return key;
    }

    public void Clear()
    {
        _table = new Entry[MinSize];
        _fill = _used = 0;
        Version++;
    }

    /// <summary>set_merge: one resize up front, then insertions (clean when empty).</summary>
    public void Merge(PySet other)
    {
        if (other == this || other._used == 0) return;
        if ((_fill + other._used) * 5 >= Mask * 3) Resize((_used + other._used) * 2);
        if (_fill == 0 && Mask == other.Mask && other._fill == other._used)
        {
            Array.Copy(other._table, _table, _table.Length);
            _fill = other._fill; _used = other._used; Version++;
            return;
        }
        if (_fill == 0)
        {
            foreach (var e in other._table)
                if (e.Key != null && e.Key != DummyKey) InsertClean(_table, e.Key, e.Hash);
            _fill = _used = other._used; Version++;
            return;
        }
        foreach (var e in other._table)
            if (e.Key != null && e.Key != DummyKey) AddEntry(e.Key, e.Hash);
    }

    /// <summary>set_update_internal for a dict: keys with their stored hashes.</summary>
    public void UpdateFromDict(PyDict d)
    {
        if ((_fill + d.Count) * 5 >= Mask * 3) Resize((_used + d.Count) * 2);
        int pos = 0;
        while (d.Next(ref pos, out var k, out _)) AddEntry(k, Ops.Hash(k));
    }

    public IEnumerable<PyObject> Items()
    {
        var t = _table;
        for (int i = 0; i < t.Length; i++)
            if (t[i].Key != null && t[i].Key != DummyKey) yield return t[i].Key!;
    }

    public IEnumerable<(PyObject Key, long Hash)> Entries()
    {
        var t = _table;
        for (int i = 0; i < t.Length; i++)
            if (t[i].Key != null && t[i].Key != DummyKey) yield return (t[i].Key!, t[i].Hash);
    }

    /// <summary>Iteration by position (setiter_iternext).</summary>
    public bool Next(ref int pos, out PyObject key)
    {
        var t = _table;
        while (pos < t.Length)
        {
            var k = t[pos++].Key;
            if (k != null && k != DummyKey) { key = k; return true; }
        }
        key = null!;
        return false;
    }

    public bool ContainsEntry(PyObject key, long hash) => LookKey(key, hash) >= 0;

    /// <summary>frozenset_hash over the active entries.</summary>
    public long FrozenHash()
    {
        if (_hash != -1) return _hash;
        ulong hash = 0;
        foreach (var (_, h) in Entries()) hash ^= Hashing.ShuffleBits((ulong)h);
        hash ^= ((ulong)_used + 1) * 1927868237UL;
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash * 69069U + 907133923UL;
        if (hash == ulong.MaxValue) hash = 590923713UL;
        _hash = (long)hash;
        return _hash;
    }
}
