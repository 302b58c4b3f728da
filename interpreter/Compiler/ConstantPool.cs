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
    private readonly Dictionary<object, int> _index = new(ConstantKey.Comparer);
    private readonly List<object> _items = new();
    public int Count => _items.Count;
    public IReadOnlyList<object> Items => _items;
    public object this[int i] => _items[i];

    /// <summary>compiler_add_const: the index of value, adding it if new.</summary>
    public int Add(object value)
    {
        if (_index.TryGetValue(value, out var i)) return i;
        i = _items.Count;
        _index[value] = i;
        _items.Add(value);
        return i;
    }

    public bool TryGetIndex(object value, out int index) => _index.TryGetValue(value, out index);
}
