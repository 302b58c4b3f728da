using Pyref.VM.Objects;
using Pyref.VM.Runtime;

namespace Pyref.VM.Modules.IO;

/// <summary>The buffer protocol as the io module uses it (PyObject_GetBuffer with PyBUF_SIMPLE / PyBUF_WRITABLE).
/// DEVIATION(CPython): only bytes, bytearray (and array/memoryview through their bytes form when readable) are
/// buffers here; writable buffers are bytearray only.</summary>
internal static class Buffers
{
    public static ReadOnlySpan<byte> Read(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ba.Value),
        PyStr => throw PyExc.TypeError($"a bytes-like object is required, not 'str'"),
        _ => o.Type.Lookup("tobytes") is PyObject tb ? ((PyBytes)Ops.CallDescriptor(tb, o)).Value
            : throw PyExc.TypeError($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };

    /// <summary>readinto: lets <paramref name="fill"/> write into the buffer's bytes; returns the count (None for -1).</summary>
    public delegate int SpanFiller(Span<byte> dest);

    public static PyObject Fill(PyObject buffer, SpanFiller fill)
    {
        if (buffer is PyByteArray ba)
        {
            int n = fill(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(ba.Value));
            return n < 0 ? Singletons.None : PyInt.From(n);
        }
        if (buffer is PyBytes || buffer is PyStr)
            throw PyExc.TypeError($"readinto() argument must be read-write bytes-like object, not {Ops.TypeName(buffer)}");
        // Other writable buffers (memoryview, array): fill a copy and assign it back by slice.
        long len = Ops.Len(buffer);
        var tmp = new byte[len];
        int got = fill(tmp);
        if (got > 0) Ops.SetItem(buffer, new PySlice(PyInt.From(0), PyInt.From(got), Singletons.None), PyBytes.From(tmp[..got]));
        return got < 0 ? Singletons.None : PyInt.From(got);
    }
}
