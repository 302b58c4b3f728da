using Pyref.Bytecode;

namespace Pyref.Compiler;

/// <summary>
/// u_consts (Python/compile.c compiler_add_const / _PyCode_ConstantKey): constants in first-use order, merged by
/// <see cref="ConstantKey"/> so 0, 0.0, -0.0 and False stay distinct. Values use the Bytecode leaf's constant model
/// (see interpreter/Bytecode/Constants.cs).
/// A NaN float or complex is only the same constant as itself (the same boxed object), as ConstantKey decides.
/// </summary>
public sealed class ConstantPool
{
    // Most code objects have a handful of constants: those are found by a scan with ConstEquals (the dictionary's own
    // equality, and a pool never holds two equal constants, so the first match is the match), the dictionary is only
    // built past ScanLimit constants. A dictionary per code object was a tenth of the back end's allocation.
    private const int ScanLimit = 8;
    private Dictionary<object, int>? _index;
    private readonly List<object> _items = new();
    public int Count => _items.Count;
    public IReadOnlyList<object> Items => _items;
    public object this[int i] => _items[i];

    /// <summary>compiler_add_const: the index of value, adding it if new.</summary>
    public int Add(object value)
    {
        if (TryGetIndex(value, out var i)) return i;
        i = _items.Count;
        _items.Add(value);
        if (_index is not null) _index[value] = i;
        else if (_items.Count > ScanLimit)
        {
            _index = new Dictionary<object, int>(2 * ScanLimit, ConstantKey.Comparer);
            for (int k = 0; k < _items.Count; k++) _index[_items[k]] = k;
        }
        return i;
    }

    public bool TryGetIndex(object value, out int index)
    {
        if (_index is not null) return _index.TryGetValue(value, out index);
        for (int k = 0; k < _items.Count; k++)
        {
            if (ConstantKey.ConstEquals(_items[k], value))
            {
                index = k;
                return true;
            }
        }
        index = -1;
        return false;
    }
}
