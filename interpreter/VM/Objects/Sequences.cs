using System.Numerics;
namespace Pyref.VM.Objects;

/// <summary>tuple (Objects/tupleobject.c).</summary>
public class PyTuple : PyObject
{
    public readonly PyObject[] Items;
    public static readonly PyTuple Empty = new(Types.Tuple, Array.Empty<PyObject>());
    // Arrays of a derived element type (PyType[], PyStr[]) are copied: covariant arrays make spans throw.
    protected PyTuple(PyType type, PyObject[] items) : base(type) { Items = items.GetType() == typeof(PyObject[]) ? items : CopyOf(items); }
    internal static PyObject[] CopyOf(PyObject[] items) { var c = new PyObject[items.Length]; Array.Copy(items, c, items.Length); return c; }
    public static PyTuple From(PyObject[] items) => items.Length == 0 ? Empty : new PyTuple(Types.Tuple, items);
    public static PyTuple From(IEnumerable<PyObject> items) => From(items.ToArray());
    public static PyTuple OfType(PyType t, PyObject[] items) => new(t, items);
    public static PyTuple Of(params PyObject[] items) => From(items);
    public int Count => Items.Length;
    public PyObject this[int i] => Items[i];
}

/// <summary>list (Objects/listobject.c): items in an array with spare capacity.</summary>
public class PyList : PyObject
{
    public PyObject[] Items;
    public int Count;

    public PyList() : base(Types.List) { Items = Array.Empty<PyObject>(); }
    public PyList(PyType type) : base(type) { Items = Array.Empty<PyObject>(); }
    public PyList(PyObject[] items) : base(Types.List) { Items = items.GetType() == typeof(PyObject[]) ? items : PyTuple.CopyOf(items); Count = items.Length; }
    public PyList(List<PyObject> items) : base(Types.List) { Items = items.ToArray(); Count = Items.Length; }

    public void Append(PyObject o)
    {
        if (Count == Items.Length) Grow(Count + 1);
        ArrayStore.Put(Items, Count++, o);
    }

    /// <summary>list_resize's over-allocation: new_allocated = (newsize + (newsize >> 3) + 6) &amp; ~3.</summary>
    private void Grow(int newSize)
    {
        int cap = (newSize + (newSize >> 3) + 6) & ~3;
        Array.Resize(ref Items, cap);
    }

    public void EnsureCapacity(int n) { if (n > Items.Length) Grow(n); }

    public void Insert(int index, PyObject o)
    {
        if (Count == Items.Length) Grow(Count + 1);
        Array.Copy(Items, index, Items, index + 1, Count - index);
        Items[index] = o;
        Count++;
    }

    public void RemoveAt(int index)
    {
        Array.Copy(Items, index + 1, Items, index, Count - index - 1);
        Count--;
        Items[Count] = null!;
    }

    public void Clear() { Items = Array.Empty<PyObject>(); Count = 0; }

    public PyObject[] ToArray() => Items.AsSpan(0, Count).ToArray();
    public Span<PyObject> AsSpan() => Items.AsSpan(0, Count);
    public PyObject this[int i] { get => Items[i]; set => Items[i] = value; }
}

/// <summary>bytes (Objects/bytesobject.c).</summary>
public class PyBytes : PyObject, IBufferExporter
{
    public readonly byte[] Value;
    private long _hash = -1;
    public static readonly PyBytes Empty = new(Types.Bytes, Array.Empty<byte>());
    protected PyBytes(PyType t, byte[] v) : base(t) { Value = v; }
    public static PyBytes From(byte[] v) => new(Types.Bytes, v);
    public static PyBytes OfType(PyType t, byte[] v) => new(t, v);
    public long Hash() => _hash == -1 ? (_hash = Hashing.HashBytes(Value)) : _hash;

    // bytes_buffer_getbuffer: read-only, format "B".
    Span<byte> IBufferExporter.BufferSpan => Value;
    bool IBufferExporter.BufferReadOnly => true;
    string IBufferExporter.BufferFormat => "B";
    int IBufferExporter.BufferItemSize => 1;
}

/// <summary>bytearray (Objects/bytearrayobject.c).</summary>
public sealed class PyByteArray : PyObject, IBufferExporter
{
    public List<byte> Value;
    public PyByteArray(byte[] v) : base(Types.ByteArray) { Value = new List<byte>(v); }
    public PyByteArray(PyType t) : base(t) { Value = new List<byte>(); }

    // bytearray_getbuffer: writable, format "B" (views forbid resizing: BufferProtocol.CheckResizable).
    Span<byte> IBufferExporter.BufferSpan => BufferProtocol.SpanOf(Value);
    bool IBufferExporter.BufferReadOnly => false;
    string IBufferExporter.BufferFormat => "B";
    int IBufferExporter.BufferItemSize => 1;
}

/// <summary>range (Objects/rangeobject.c): arbitrary-size bounds like CPython's PyLong fields.</summary>
public sealed class PyRange : PyObject
{
    public readonly BigInteger Start, Stop, Step, Length;
    public PyRange(BigInteger start, BigInteger stop, BigInteger step) : base(Types.Range)
    {
        Start = start; Stop = stop; Step = step;
        // Objects/rangeobject.c compute_range_length
        if (step > 0) Length = start < stop ? (stop - start - 1) / step + 1 : 0;
        else Length = start > stop ? (start - stop - 1) / -step + 1 : 0;
    }
    public BigInteger this[BigInteger i] => Start + i * Step;

    /// <summary>Objects/rangeobject.c fast_range_iter applies when start, end and step fit in a C long.</summary>
    public bool FitsLong
    {
        get
        {
            var end = Start + Length * Step;
            return Start >= long.MinValue && Start <= long.MaxValue && end >= long.MinValue && end <= long.MaxValue
                && Step >= long.MinValue && Step <= long.MaxValue && Length <= long.MaxValue;
        }
    }
}

/// <summary>slice (Objects/sliceobject.c).</summary>
public sealed class PySlice : PyObject
{
    public readonly PyObject Start, Stop, Step;
    public PySlice(PyObject start, PyObject stop, PyObject step) : base(Types.Slice)
    {
        Start = start; Stop = stop; Step = step;
    }

    /// <summary>PySlice_Unpack + PySlice_AdjustIndices: concrete start/stop/step and the slice length.</summary>
    public int Indices(int length, out int start, out int stop, out int step)
    {
        long st = 1;
        if (Step != Singletons.None)
        {
            st = Ops.SliceIndex(Step);
            if (st == 0) throw PyExc.ValueError("slice step cannot be zero");
        }
        int stp = (int)Math.Clamp(st, -int.MaxValue, int.MaxValue);
        step = stp;
        long lo, hi;
        if (Start == Singletons.None) lo = stp < 0 ? long.MaxValue : 0;
        else lo = Ops.SliceIndex(Start);
        if (Stop == Singletons.None) hi = stp < 0 ? long.MinValue : long.MaxValue;
        else hi = Ops.SliceIndex(Stop);
        long Adjust(long v)
        {
            if (v < 0)
            {
                v += length;
                if (v < 0) v = stp < 0 ? -1 : 0;
            }
            else if (v >= length) v = stp < 0 ? length - 1 : length;
            return v;
        }
        lo = Adjust(lo); hi = Adjust(hi);
        start = (int)lo; stop = (int)hi;
        if (step < 0)
            return stop < start ? (start - stop - 1) / (-step) + 1 : 0;
        return start < stop ? (stop - start - 1) / step + 1 : 0;
    }
}
