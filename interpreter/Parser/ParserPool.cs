namespace Pyref.Parser;

/// <summary>
/// Process-wide reuse of the parser's big per-token arrays (tokens, levels, memo slots). CPython frees its
/// memo in an arena per parse; here, allocating them fresh for every file put them on the large-object heap,
/// whose collections are gen2 and stop every thread. System.Buffers.ArrayPool is not used because its cache is per thread and the
/// harness parses each file on a new thread, so returned arrays would be dropped.
/// </summary>
internal static class ParserPool<T>
{
    // A few arrays per type: one per parse running at the same time, plus f-string sub-parsers.
    private const int MaxKept = 8;
    // Bigger arrays are not kept: a pathological input must not pin its memory for the process's lifetime.
    private const int MaxKeptLength = 1 << 23;
    // Slots taken and put back with Interlocked: every f-string replacement field starts a sub-parser that rents
    // and returns six arrays, and a lock there showed in profiles.
    private static readonly T[]?[] s_slots = new T[MaxKept][];

    /// <summary>
    /// The largest kept array (at least <paramref name="minLength"/> long): a parse starts by asking for a small one
    /// and would otherwise grow it by doubling, copying the memo each time, on every big file. A big array costs a
    /// small parse nothing, since only the used part is cleared.
    /// </summary>
    public static T[] Rent(int minLength)
    {
        while (true)
        {
            int best = -1;
            T[]? found = null;
            for (int i = 0; i < s_slots.Length; i++)
            {
                var a = Volatile.Read(ref s_slots[i]);
                if (a is not null && a.Length >= minLength && (found is null || a.Length > found.Length)) { best = i; found = a; }
            }
            if (found is null) return new T[minLength];
            // Another thread may have taken it meanwhile: then look again.
            if (Interlocked.CompareExchange(ref s_slots[best], null, found) == found) return found;
        }
    }

    /// <summary>Takes back an array whose contents the caller has cleared where that matters.</summary>
    public static void Return(T[] array)
    {
        if (array.Length == 0 || array.Length > MaxKeptLength) return;
        for (int i = 0; i < s_slots.Length; i++)
            if (Interlocked.CompareExchange(ref s_slots[i], array, null) is null) return;
        // Full: replace a smaller array, the bigger ones being the costly ones to allocate (a race here only
        // drops one array to the GC).
        int smallest = 0;
        for (int i = 1; i < s_slots.Length; i++)
            if ((Volatile.Read(ref s_slots[i])?.Length ?? 0) < (Volatile.Read(ref s_slots[smallest])?.Length ?? 0)) smallest = i;
        var old = Volatile.Read(ref s_slots[smallest]);
        if ((old?.Length ?? 0) < array.Length) Interlocked.CompareExchange(ref s_slots[smallest], array, old);
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
