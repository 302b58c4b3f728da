namespace Pyref.VM.Objects;

/// <summary>
/// memoryview (Objects/memoryobject.c PyMemoryViewObject): a view of an exporter's memory described as a
/// Py_buffer is: byte offset of the first item, struct format and item size, shape and strides (in bytes).
/// Views made by slicing or memoryview(view) share the exporter, like views registered on one managed buffer.
/// </summary>
public sealed class PyMemoryView : PyObject
{
    public readonly IBufferExporter Exporter;
    public readonly PyObject Obj;
    public int Offset;
    public string Format;
    public int ItemSize;
    public int[] Shape;
    public int[] Strides;
    public bool ReadOnly;
    public bool Released;

    public PyMemoryView(PyObject obj, IBufferExporter exporter, int offset, string format, int itemSize, int[] shape, int[] strides, bool readOnly)
        : base(Types.MemoryView)
    {
        Obj = obj;
        Exporter = exporter;
        Offset = offset;
        Format = format;
        ItemSize = itemSize;
        Shape = shape;
        Strides = strides;
        ReadOnly = readOnly;
    }

    public int NDim => Shape.Length;

    public int ItemCount
    {
        get
        {
            int n = 1;
            foreach (var s in Shape) n *= s;
            return n;
        }
    }

    public int NBytes => ItemCount * ItemSize;

    /// <summary>PyBuffer_IsContiguous(view, 'C').</summary>
    public bool IsCContiguous
    {
        get
        {
            int expected = ItemSize;
            for (int d = NDim - 1; d >= 0; d--)
            {
                if (Shape[d] > 1 && Strides[d] != expected) return false;
                if (Shape[d] == 0) return true;
                expected *= Shape[d];
            }
            return true;
        }
    }

    /// <summary>The items' bytes in C order (tobytes).</summary>
    public byte[] ToBytes()
    {
        var result = new byte[NBytes];
        var mem = Exporter.BufferSpan;
        if (IsCContiguous)
        {
            mem.Slice(Offset, result.Length).CopyTo(result);
            return result;
        }
        int pos = 0;
        CopyDim(mem, 0, Offset, result, ref pos);
        return result;
    }

    private void CopyDim(Span<byte> mem, int dim, int at, byte[] dst, ref int pos)
    {
        for (int i = 0; i < Shape[dim]; i++)
        {
            int p = at + i * Strides[dim];
            if (dim == NDim - 1)
            {
                mem.Slice(p, ItemSize).CopyTo(dst.AsSpan(pos));
                pos += ItemSize;
            }
            else CopyDim(mem, dim + 1, p, dst, ref pos);
        }
    }
}
