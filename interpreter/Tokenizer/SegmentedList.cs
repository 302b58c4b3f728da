using System.Collections;
using System.Runtime.CompilerServices;

namespace Pyref.Tokenizer;

/// <summary>
/// An append-only list stored in fixed-size segments, each below the large-object-heap threshold.
/// A whole file's tokens in a List&lt;T&gt; meant a doubling array on the large-object heap for every
/// big file (and a copy at each doubling); collecting those is a gen2 collection that stops every thread
/// in the process. Segments are never copied and die young.
/// </summary>
public sealed class SegmentedList<T> : IReadOnlyList<T>
{
    // Segment length: a power of two keeping the segment under 85,000 bytes for items up to 64 bytes.
    private const int Shift = 10;
    private const int SegmentLength = 1 << Shift;
    private T[][] _segments = new T[4][];
    private int _count;

    public int Count => _count;

    public T this[int index]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            if ((uint)index >= (uint)_count) throw new ArgumentOutOfRangeException(nameof(index));
            return _segments[index >> Shift][index & (SegmentLength - 1)];
        }
    }

    public void Add(in T item)
    {
        int segment = _count >> Shift;
        if (segment == _segments.Length) Array.Resize(ref _segments, _segments.Length * 2);
        var items = _segments[segment] ??= new T[_count == 0 ? 64 : SegmentLength];
        int offset = _count & (SegmentLength - 1);
        // The first segment starts small (most inputs are short) and grows to full length once.
        if (offset == items.Length) Array.Resize(ref _segments[segment], SegmentLength);
        _segments[segment][offset] = item;
        _count++;
    }

    public Enumerator GetEnumerator() => new(this);
    IEnumerator<T> IEnumerable<T>.GetEnumerator() => GetEnumerator();
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public struct Enumerator(SegmentedList<T> list) : IEnumerator<T>
    {
        private int _index = -1;
        public readonly T Current => list._segments[_index >> Shift][_index & (SegmentLength - 1)];
        readonly object? IEnumerator.Current => Current;
        public bool MoveNext() => ++_index < list._count;
        public void Reset() => _index = -1;
        public readonly void Dispose() { }
    }
}
