namespace Pyref.Parser;

/// <summary>
/// Process-wide reuse of the parser's big per-token arrays (tokens, levels, memo slots). CPython frees its
/// memo in an arena per parse; here, allocating them fresh for every file put them on the large-object heap,
/// whose collections are gen2 and stop every thread. A lock is enough: a rent or return per parse (and per
/// doubling), not per token. System.Buffers.ArrayPool is not used because its cache is per thread and the
/// harness parses each file on a new thread, so returned arrays would be dropped.
/// </summary>
internal static class ParserPool<T>
{
    // A few arrays per type: one per parse running at the same time, plus f-string sub-parsers.
    private const int MaxKept = 8;
    // Bigger arrays are not kept: a pathological input must not pin its memory for the process's lifetime.
    private const int MaxKeptLength = 1 << 23;
    private static readonly List<T[]> s_free = new();

    public static T[] Rent(int minLength)
    {
        lock (s_free)
        {
            int best = -1;
            for (int i = 0; i < s_free.Count; i++)
                if (s_free[i].Length >= minLength && (best < 0 || s_free[i].Length < s_free[best].Length)) best = i;
            if (best >= 0)
            {
                var found = s_free[best];
                s_free.RemoveAt(best);
                return found;
            }
        }
        return new T[minLength];
    }

    /// <summary>Takes back an array whose contents the caller has cleared where that matters.</summary>
    public static void Return(T[] array)
    {
        if (array.Length == 0 || array.Length > MaxKeptLength) return;
        lock (s_free)
        {
            if (s_free.Count < MaxKept) { s_free.Add(array); return; }
            // Full: keep the bigger arrays, which are the costly ones to allocate.
            int smallest = 0;
            for (int i = 1; i < s_free.Count; i++) if (s_free[i].Length < s_free[smallest].Length) smallest = i;
            if (s_free[smallest].Length < array.Length) s_free[smallest] = array;
        }
    }

    /// <summary>Replaces <paramref name="array"/> by one of at least <paramref name="newLength"/> holding its first <paramref name="used"/> items; the old one is cleared and returned.</summary>
    public static void Grow(ref T[] array, int used, int newLength)
    {
        var bigger = Rent(newLength);
        Array.Copy(array, bigger, used);
        Array.Clear(array, 0, used);
        Return(array);
        array = bigger;
    }
}

/// <summary>Reuse of the memo value lists (see <see cref="ParserPool{T}"/>).</summary>
internal static class ListPool<T>
{
    private const int MaxKept = 8;
    private static readonly Stack<List<T>> s_free = new();

    /// <summary>An empty list whose item 0 is default(T) (the memo's "no value" slot).</summary>
    public static List<T> Rent()
    {
        List<T>? list = null;
        lock (s_free) if (s_free.Count > 0) list = s_free.Pop();
        list ??= new List<T>(1024);
        list.Add(default!);
        return list;
    }

    public static void Return(List<T> list)
    {
        list.Clear();
        if (list.Capacity > 1 << 22) return;
        lock (s_free) if (s_free.Count < MaxKept) s_free.Push(list);
    }
}
