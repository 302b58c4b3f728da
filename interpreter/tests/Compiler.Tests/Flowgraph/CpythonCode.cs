using Pyref.Bytecode;
using Pyref.Bytecode.Tests;
using Pyref.Dis;

namespace Pyref.Compiler.Tests.Flowgraph;

/// <summary>CPython's compile() of a snippet, read back through marshal, and a field-by-field comparison.</summary>
internal static class CpythonCode
{
    private const string DumpScript =
        "import sys, marshal\nsrc = sys.stdin.read()\nprint(marshal.dumps(compile(src, sys.argv[1], 'exec')).hex())";

    /// <summary>The module code object CPython compiles from source.</summary>
    public static CodeObject Module(string source, string filename = "test.py") =>
        (CodeObject)MarshalReader.Loads(Convert.FromHexString(PythonOracle.Run(DumpScript, source, filename).Trim()));

    /// <summary>A nested code object of the module, by co_qualname (depth-first).</summary>
    public static CodeObject Function(string source, string qualName, string filename = "test.py")
    {
        var found = Find(Module(source, filename), qualName);
        return found ?? throw new InvalidOperationException($"no code object {qualName}");
    }

    private static CodeObject? Find(CodeObject code, string qualName)
    {
        if (code.QualName == qualName) return code;
        foreach (var c in code.Consts)
            if (c is CodeObject nested && Find(nested, qualName) is { } found) return found;
        return null;
    }

    /// <summary>Asserts every co_* attribute (not recursing into nested code) is identical; shows both dis texts.</summary>
    public static void AssertSame(CodeObject expected, CodeObject actual)
    {
        var e = CodeObjectAttributes.Attributes(expected);
        var a = CodeObjectAttributes.Attributes(actual);
        var diffs = CodeObjectAttributes.Keys.Where(k => e[k] != a[k])
            .Select(k => $"{k}:\n  cpython: {e[k]}\n  pyref:   {a[k]}").ToList();
        if (diffs.Count == 0) return;
        string Dis(CodeObject c)
        {
            try { return Disassembler.Dis(c); }
            catch (Exception ex) { return "(dis failed: " + ex.Message + ")"; }
        }
        Assert.Fail(string.Join("\n", diffs) + "\n--- cpython dis:\n" + Dis(expected) + "\n--- pyref dis:\n" + Dis(actual)
            + "\n--- positions cpython: " + string.Join(" ", expected.Positions())
            + "\n--- positions pyref:   " + string.Join(" ", actual.Positions()));
    }
}
