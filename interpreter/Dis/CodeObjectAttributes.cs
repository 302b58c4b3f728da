using System.Globalization;
using System.Text.RegularExpressions;
using Pyref.Bytecode;

namespace Pyref.Dis;

/// <summary>
/// The canonical co_* dump the harness's dis stage compares (the CPython-side worker prints the same with Python's
/// repr()): every code object, depth-first in co_consts order, keyed by the chain of co_qualname.
/// </summary>
public static class CodeObjectAttributes
{
    /// <summary>The attribute names, in the (sorted) order the dump lists them.</summary>
    public static readonly IReadOnlyList<string> Keys = new[]
    {
        "co_argcount", "co_cellvars", "co_code", "co_consts", "co_exceptiontable", "co_filename", "co_firstlineno",
        "co_flags", "co_freevars", "co_kwonlyargcount", "co_linetable", "co_name", "co_names", "co_nlocals",
        "co_posonlyargcount", "co_qualname", "co_stacksize", "co_varnames",
    };

    private static readonly Regex Address = new("0x[0-9a-f]+", RegexOptions.Compiled);

    /// <summary>
    /// Path is "&lt;module&gt;", "&lt;module&gt;/f", "&lt;module&gt;/f/f.&lt;locals&gt;.g"...; values: ints in decimal,
    /// co_code/co_linetable/co_exceptiontable in lowercase hex, tuples and strs as Python repr with every `0x...`
    /// address replaced by `0xADDR`.
    /// </summary>
    public static IReadOnlyList<(string Path, IReadOnlyDictionary<string, string> Attrs)> Describe(CodeObject code)
    {
        var result = new List<(string, IReadOnlyDictionary<string, string>)>();
        Walk(code, null, result);
        return result;
    }

    private static void Walk(CodeObject code, string? parentPath, List<(string, IReadOnlyDictionary<string, string>)> result)
    {
        var path = parentPath is null ? code.QualName : parentPath + "/" + code.QualName;
        result.Add((path, Attributes(code)));
        foreach (var constant in code.Consts)
            if (constant is CodeObject nested)
                Walk(nested, path, result);
    }

    /// <summary>The attributes of one code object (not recursive).</summary>
    public static IReadOnlyDictionary<string, string> Attributes(CodeObject code)
    {
        string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
        string Hex(byte[] data) => Convert.ToHexString(data).ToLowerInvariant();
        string Tuple(IEnumerable<object> items) => Address.Replace(PyRepr.Repr(new PyTuple(items.ToArray())), "0xADDR");
        return new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["co_argcount"] = Int(code.ArgCount),
            ["co_cellvars"] = Tuple(code.CellVars),
            ["co_code"] = Hex(code.Code),
            ["co_consts"] = Tuple(code.Consts),
            ["co_exceptiontable"] = Hex(code.ExceptionTable),
            ["co_filename"] = PyRepr.Str(code.Filename),
            ["co_firstlineno"] = Int(code.FirstLineNo),
            ["co_flags"] = Int(code.Flags),
            ["co_freevars"] = Tuple(code.FreeVars),
            ["co_kwonlyargcount"] = Int(code.KwOnlyArgCount),
            ["co_linetable"] = Hex(code.LineTable),
            ["co_name"] = PyRepr.Str(code.Name),
            ["co_names"] = Tuple(code.Names),
            ["co_nlocals"] = Int(code.NLocals),
            ["co_posonlyargcount"] = Int(code.PosOnlyArgCount),
            ["co_qualname"] = PyRepr.Str(code.QualName),
            ["co_stacksize"] = Int(code.StackSize),
            ["co_varnames"] = Tuple(code.VarNames),
        };
    }

    /// <summary>A stable text form (one `path\tkey\tvalue` line per attribute) for files and diffs.</summary>
    public static string Format(IReadOnlyList<(string Path, IReadOnlyDictionary<string, string> Attrs)> description)
    {
        var sb = new System.Text.StringBuilder();
        foreach (var (path, attrs) in description)
            foreach (var key in Keys)
                sb.Append(path).Append('\t').Append(key).Append('\t').Append(attrs[key]).Append('\n');
        return sb.ToString();
    }
}
