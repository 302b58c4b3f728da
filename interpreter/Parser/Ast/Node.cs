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

/// <summary>
/// A Python str that UTF-16 cannot hold faithfully: escaped lone surrogates that would pair up if put next to
/// each other in a C# string ('\ud800\udc00' is two code points in Python). Only such strings use this
/// type; every other str Constant value is a plain <see cref="string"/>.
/// </summary>
public sealed class PyStr(int[] codePoints) : IEquatable<PyStr>
{
    public int[] CodePoints { get; } = codePoints;
    public bool Equals(PyStr? other) => other is not null && CodePoints.AsSpan().SequenceEqual(other.CodePoints);
    public override bool Equals(object? obj) => Equals(obj as PyStr);
    public override int GetHashCode() => CodePoints.Length;

    /// <summary>Lossy: the surrogates become UTF-16 code units (and may pair).</summary>
    public override string ToString()
    {
        var sb = new System.Text.StringBuilder();
        foreach (var cp in CodePoints)
        {
            if (cp < 0x10000) sb.Append((char)cp);
            else sb.Append(char.ConvertFromUtf32(cp));
        }
        return sb.ToString();
    }
}
