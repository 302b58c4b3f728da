using System.Runtime.InteropServices;

namespace Pyref.VM.Objects;

/// <summary>
/// The buffer protocol's exporter side (Include/cpython/object.h bf_getbuffer / bf_releasebuffer): bytes,
/// bytearray and array.array expose their memory as one contiguous run of items; memoryview and _struct read and
/// write through it. The span is asked for again after anything that may run Python code, since bytearray and
/// array reallocate (which they refuse while a memoryview of them is alive, as CPython does).
/// </summary>
public interface IBufferExporter
{
    /// <summary>The exporter's memory as it is now.</summary>
    Span<byte> BufferSpan { get; }
    bool BufferReadOnly { get; }
    /// <summary>The struct-module format of one item ("B" for bytes and bytearray, the typecode for array).</summary>
    string BufferFormat { get; }
    int BufferItemSize { get; }
}

/// <summary>PyObject_GetBuffer for callers that want the bytes of a bytes-like object.</summary>
public static class BufferProtocol
{
    /// <summary>PyObject_CheckBuffer.</summary>
    public static bool Check(PyObject o) => o is IBufferExporter || o is PyMemoryView;

    /// <summary>The bytes of a bytes-like object (PyBUF_SIMPLE, C order), or null when <paramref name="o"/> is
    /// not one. bytes give their own array (do not modify it), the others a copy.</summary>
    public static byte[]? TryGetBytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        IBufferExporter e => e.BufferSpan.ToArray(),
        PyMemoryView v => v.ToBytes(),
        _ => null,
    };

    /// <summary>TryGetBytes, raising CPython's "a bytes-like object is required, not 'X'" TypeError.</summary>
    public static byte[] GetBytes(PyObject o) =>
        TryGetBytes(o) ?? throw PyExc.TypeError($"a bytes-like object is required, not '{o.Type.Name}'");

    // The memoryviews of each exporter (the mbuf exports of CPython), held weakly.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<PyObject, List<WeakReference<PyMemoryView>>> s_views = new();

    /// <summary>A memoryview now holds <paramref name="exporter"/>'s memory (mbuf_add_view).</summary>
    public static void AddView(PyObject exporter, PyMemoryView view)
    {
        if (exporter is PyBytes) return;   // immutable: nothing to lock
        var list = s_views.GetOrCreateValue(exporter);
        list.RemoveAll(w => !w.TryGetTarget(out var v) || v.Released);
        list.Add(new WeakReference<PyMemoryView>(view));
    }

    /// <summary>
    /// Objects/bytearrayobject.c _canresize: an exporter with views cannot change size.
    /// DEVIATION(CPython): CPython releases a view when its last reference goes; without reference counting, a
    /// view nobody references any more may still be uncollected, so before refusing a collection is forced and
    /// only views still alive (or not released) count.
    /// </summary>
    public static void CheckResizable(PyObject exporter, string message = "Existing exports of data: object cannot be re-sized")
    {
        if (!s_views.TryGetValue(exporter, out var list) || list.Count == 0) return;
        list.RemoveAll(w => !w.TryGetTarget(out var v) || v.Released);
        if (list.Count == 0) return;
        GC.Collect();
        GC.WaitForPendingFinalizers();
        list.RemoveAll(w => !w.TryGetTarget(out var v) || v.Released);
        if (list.Count > 0) throw PyExc.Make(Types.BufferError, message);
    }

    public static Span<byte> SpanOf(List<byte> list) => CollectionsMarshal.AsSpan(list);
}

