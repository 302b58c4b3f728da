using System.Numerics;

namespace Pyref.Bytecode;

// The Python constant model of code objects (what marshal can hold and co_consts contains).
// Representation, chosen so the VM can map constants to its own objects cheaply:
//   None -> PyNone.Value          bool -> System.Boolean        int -> System.Numerics.BigInteger
//   float -> System.Double        complex -> System.Numerics.Complex
//   str -> System.String (UTF-16; astral code points as surrogate pairs, lone surrogates allowed)
//   bytes -> PyBytes              tuple -> PyTuple               frozenset -> PyFrozenSet
//   Ellipsis -> PyEllipsis.Value  StopIteration (marshal only) -> PyStopIteration.Value
//   code -> CodeObject
// Lists, dicts and sets are only marshal-level (never in compiled code): PyList, PyDict, PySet.

/// <summary>Python's None.</summary>
public sealed class PyNone
{
    public static readonly PyNone Value = new();
    private PyNone() { }
    public override string ToString() => "None";
}

/// <summary>Python's Ellipsis (`...`).</summary>
public sealed class PyEllipsis
{
    public static readonly PyEllipsis Value = new();
    private PyEllipsis() { }
    public override string ToString() => "Ellipsis";
}

/// <summary>The StopIteration type object (marshal TYPE_STOPITER).</summary>
public sealed class PyStopIteration
{
    public static readonly PyStopIteration Value = new();
    private PyStopIteration() { }
    public override string ToString() => "<class 'StopIteration'>";
}

/// <summary>An immutable Python bytes object; equality by content.</summary>
public sealed class PyBytes : IEquatable<PyBytes>
{
    public static readonly PyBytes Empty = new(Array.Empty<byte>());
    private readonly byte[] _data;
    public PyBytes(byte[] data) => _data = data;
    /// <summary>The bytes (do not mutate).</summary>
    public byte[] Data => _data;
    public int Length => _data.Length;
    public ReadOnlySpan<byte> Span => _data;
    public bool Equals(PyBytes? other) => other is not null && _data.AsSpan().SequenceEqual(other._data);
    public override bool Equals(object? obj) => obj is PyBytes b && Equals(b);
    public override int GetHashCode()
    {
        var h = new HashCode();
        h.AddBytes(_data);
        return h.ToHashCode();
    }
    public override string ToString() => PyRepr.Repr(this);
}

/// <summary>A Python tuple of constants.</summary>
public sealed class PyTuple : IEquatable<PyTuple>
{
    public static readonly PyTuple Empty = new(Array.Empty<object>());
    public PyTuple(object[] items) => Items = items;
    /// <summary>The items (do not mutate once the tuple is shared).</summary>
    public object[] Items { get; }
    public int Count => Items.Length;
    public object this[int index] => Items[index];
    public bool Equals(PyTuple? other) => other is not null && ConstantKey.ItemsEqual(Items, other.Items);
    public override bool Equals(object? obj) => obj is PyTuple t && Equals(t);
    public override int GetHashCode() => ConstantKey.HashItems(Items);
    public override string ToString() => PyRepr.Repr(this);
}

/// <summary>
/// A Python frozenset of constants. <see cref="Items"/> keeps insertion order: for a marshal-loaded set the stream
/// order (which marshal writes back unchanged, for byte-identical .pyc files), for a compiler-built one the order
/// the compiler added them. <see cref="IterationOrder"/> is CPython's iteration order of a set built by adding
/// Items in that order, under PYTHONHASHSEED=0 (what repr and iteration show).
/// DEVIATION(CPython): for items whose hash depends on an address (None, Ellipsis, code, NaN) or is not modelled
/// (nested frozensets), the iteration order falls back to insertion order.
/// </summary>
public sealed class PyFrozenSet : IEquatable<PyFrozenSet>
{
    public PyFrozenSet(object[] items) => Items = items;
    public object[] Items { get; }
    /// <summary>CPython 3.11's iteration order (setobject.c table order with PYTHONHASHSEED=0).</summary>
    public object[] IterationOrder => _iterationOrder ??= PyHash.SetIterationOrder(Items) ?? Items;
    private object[]? _iterationOrder;
    public int Count => Items.Length;
    public bool Equals(PyFrozenSet? other) =>
        other is not null && other.Items.Length == Items.Length
        && Items.All(x => other.Items.Any(y => ConstantKey.ConstEquals(x, y)));
    public override bool Equals(object? obj) => obj is PyFrozenSet s && Equals(s);
    public override int GetHashCode() => Items.Length;
    public override string ToString() => PyRepr.Repr(this);
}

/// <summary>Marshal-level list (TYPE_LIST); never a code constant.</summary>
public sealed class PyList(List<object> items)
{
    public List<object> Items { get; } = items;
}

/// <summary>Marshal-level dict (TYPE_DICT); never a code constant. Insertion order kept.</summary>
public sealed class PyDict(List<KeyValuePair<object, object>> items)
{
    public List<KeyValuePair<object, object>> Items { get; } = items;
}

/// <summary>Marshal-level mutable set (TYPE_SET); never a code constant.</summary>
public sealed class PySet(object[] items)
{
    public object[] Items { get; } = items;
}

/// <summary>
/// Constant identity as the compiler's constant cache sees it (Objects/codeobject.c _PyCode_ConstantKey):
/// values of different types never merge (True vs 1, 0.0 vs -0.0 vs 0, b'' vs ''), floats compare by bits.
/// </summary>
public static class ConstantKey
{
    public static bool ConstEquals(object? a, object? b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is null || b is null || a.GetType() != b.GetType()) return false;
        return a switch
        {
            // A NaN is only ever equal to the same object (the identity check above): CPython's key tuples compare
            // their items with ==, so two NaN constants that are distinct objects stay distinct in co_consts.
            double x => !double.IsNaN(x) && BitConverter.DoubleToInt64Bits(x) == BitConverter.DoubleToInt64Bits((double)b),
            Complex x => !double.IsNaN(x.Real) && !double.IsNaN(x.Imaginary)
                         && BitConverter.DoubleToInt64Bits(x.Real) == BitConverter.DoubleToInt64Bits(((Complex)b).Real)
                         && BitConverter.DoubleToInt64Bits(x.Imaginary) == BitConverter.DoubleToInt64Bits(((Complex)b).Imaginary),
            string s => string.Equals(s, (string)b, StringComparison.Ordinal),
            CodeObject => false,
            _ => a.Equals(b),
        };
    }

    public static int Hash(object? o) => o switch
    {
        null => 0,
        double d => BitConverter.DoubleToInt64Bits(d).GetHashCode(),
        Complex c => HashCode.Combine(BitConverter.DoubleToInt64Bits(c.Real), BitConverter.DoubleToInt64Bits(c.Imaginary)),
        string s => string.GetHashCode(s, StringComparison.Ordinal),
        CodeObject code => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(code),
        _ => HashCode.Combine(o.GetType(), o.GetHashCode()),
    };

    internal static bool ItemsEqual(object[] a, object[] b)
    {
        if (a.Length != b.Length) return false;
        for (int i = 0; i < a.Length; i++)
            if (!ConstEquals(a[i], b[i])) return false;
        return true;
    }

    internal static int HashItems(object[] items)
    {
        var h = new HashCode();
        foreach (var item in items) h.Add(Hash(item));
        return h.ToHashCode();
    }

    /// <summary>An IEqualityComparer using <see cref="ConstEquals"/>.</summary>
    public static readonly IEqualityComparer<object> Comparer = new ConstComparer();

    private sealed class ConstComparer : IEqualityComparer<object>
    {
        public new bool Equals(object? x, object? y) => ConstEquals(x, y);
        public int GetHashCode(object obj) => Hash(obj);
    }
}
