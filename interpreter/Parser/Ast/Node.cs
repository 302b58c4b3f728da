namespace Pyref.Parser.Ast;

/// <summary>
/// Base of every AST node. Generic access in ASDL order, for the dumper, the harness's
/// first-difference finder and tests: field values are nodes, List&lt;T&gt;, string, int,
/// Constant values (see <see cref="Constant"/>) or null for a missing optional.
/// </summary>
public abstract class Node
{
    /// <summary>The Python class name (what type(node).__name__ gives).</summary>
    public abstract string TypeName { get; }
    public abstract IEnumerable<(string Name, object? Value)> Fields();
    public abstract int FieldCount { get; }
    public virtual bool HasAttributes => false;
    public virtual IEnumerable<(string Name, object? Value)> Attributes() { yield break; }
    public Node ShallowClone() => (Node)MemberwiseClone();
    public override string ToString() => AstDump.Dump(this, includeAttributes: false);
}

/// <summary>Nodes with lineno/col_offset/end_lineno/end_col_offset (stmt, expr, arg, keyword, ...).</summary>
public abstract class LocatedNode : Node
{
}

/// <summary>Python's None as a Constant value (null means "field absent").</summary>
public sealed class PyNone
{
    public static readonly PyNone Value = new();
    private PyNone() { }
    public override string ToString() => "None";
}

/// <summary>Python's Ellipsis as a Constant value.</summary>
public sealed class PyEllipsis
{
    public static readonly PyEllipsis Value = new();
    private PyEllipsis() { }
    public override string ToString() => "Ellipsis";
}

/// <summary>
/// A Python bytes object as a Constant value (immutable, compared by content).
/// </summary>
public sealed class PyBytes(byte[] data) : IEquatable<PyBytes>
{
    public byte[] Data { get; } = data;
    public bool Equals(PyBytes? other) => other is not null && Data.AsSpan().SequenceEqual(other.Data);
    public override bool Equals(object? obj) => Equals(obj as PyBytes);
    public override int GetHashCode() => Data.Length;
}
