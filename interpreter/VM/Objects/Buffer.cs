using System.Runtime.InteropServices;

namespace Pyref.VM.Objects;

/// <summary>
/// The buffer protocol's exporter side (Include/cpython/object.h bf_getbuffer / bf_releasebuffer): bytes,
/// bytearray and array.array expose their memory as one contiguous run of items; memoryview and _struct read and
/// write through it. The span is asked for again after anything that may run Python code, since bytearray and
/// array reallocate (which they refuse while <see cref="BufferExports"/> is not zero, as CPython does).
/// </summary>
public interface IBufferExporter
{
    /// <summary>The exporter's memory as it is now.</summary>
    Span<byte> BufferSpan { get; }
    bool BufferReadOnly { get; }
    /// <summary>The struct-module format of one item ("B" for bytes and bytearray, the typecode for array).</summary>
    string BufferFormat { get; }
    int BufferItemSize { get; }
    /// <summary>Views alive (memoryviews not released): resizing while exported raises BufferError.</summary>
    int BufferExports { get; set; }
}

/// <summary>PyObject_GetBuffer for callers that want the bytes of a bytes-like object.</summary>
public static class BufferProtocol
{
    /// <summary>PyObject_CheckBuffer.</summary>
    public static bool Check(PyObject o) => o is IBufferExporter || o is IBufferView;

    /// <summary>The bytes of a bytes-like object (PyBUF_SIMPLE, C order), or null when <paramref name="o"/> is
    /// not one. bytes give their own array (do not modify it), the others a copy.</summary>
    public static byte[]? TryGetBytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        IBufferExporter e => e.BufferSpan.ToArray(),
        IBufferView v => v.ToBytes(),
        _ => null,
    };

    /// <summary>TryGetBytes, raising CPython's "a bytes-like object is required, not 'X'" TypeError.</summary>
    public static byte[] GetBytes(PyObject o) =>
        TryGetBytes(o) ?? throw PyExc.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    /// <summary>Objects/bytearrayobject.c _canresize: a bytearray (or array) with exports cannot change size.</summary>
    public static void CheckResizable(IBufferExporter e)
    {
        if (e.BufferExports > 0) throw PyExc.Make(Types.BufferError, "Existing exports of data: object cannot be re-sized");
    }

    public static Span<byte> SpanOf(List<byte> list) => CollectionsMarshal.AsSpan(list);
}

/// <summary>A memoryview-like consumer that is itself a buffer (memoryview re-exports its view).</summary>
public interface IBufferView
{
    byte[] ToBytes();
}
