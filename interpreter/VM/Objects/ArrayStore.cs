using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Pyref.VM.Objects;

/// <summary>
/// a[i] = x for PyObject[] without the covariant array store check. PyObject is not sealed, so a plain
/// store into a PyObject[] calls the runtime's type-check helper; in the evaluation loop that was a third
/// of the time of call-heavy programs. Only for arrays created as exactly PyObject[] (a frame's Values,
/// list and tuple storage, whose constructors copy any covariant array); the bounds check stays.
/// </summary>
public static class ArrayStore
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Put(PyObject[] a, int i, PyObject x)
    {
        if ((uint)i >= (uint)a.Length) ThrowIndex();
        Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(a), (nint)(uint)i) = x;
    }

    private static void ThrowIndex() => throw new IndexOutOfRangeException();
}
