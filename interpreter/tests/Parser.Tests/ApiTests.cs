using Pyref.Parser.Ast;
using Assert = Xunit.Assert;

namespace Pyref.Parser.Tests;

public sealed class ApiTests
{
    [Fact]
    public void ModuleFromStringHasPositionsAndFields()
    {
        var m = PythonParser.ParseModule("def f(a):\n    return a\n");
        var f = Assert.IsType<FunctionDef>(m.Body[0]);
        Assert.Equal("f", f.Name);
        Assert.Equal((1, 0, 2, 12), (f.Lineno, f.ColOffset, f.EndLineno, f.EndColOffset));
        Assert.Equal(["name", "args", "body", "decorator_list", "returns", "type_comment"], f.Fields().Select(x => x.Name));
        Assert.Equal("FunctionDef", f.TypeName);
    }

    [Fact]
    public void DumpWithIndentMatchesAstDumpLayout()
    {
        var m = PythonParser.ParseModule("x = 1\n");
        Assert.Equal("Module(\n   body=[\n      Assign(\n         targets=[\n            Name(id='x', ctx=Store())],\n         value=Constant(value=1))],\n   type_ignores=[])",
            AstDump.Dump(m, includeAttributes: false, indent: 3));
    }

    [Fact]
    public void SyntaxErrorCarriesCPythonAttributes()
    {
        var e = Assert.Throws<PythonSyntaxError>(() => PythonParser.ParseModule("f(**a, *b)\n", "t.py"));
        Assert.Equal(("SyntaxError", "iterable argument unpacking follows keyword argument unpacking"), (e.Kind, e.Msg));
        Assert.Equal((1, 8, 1, 9), (e.Lineno, e.Offset, e.EndLineno, e.EndOffset));
        Assert.Equal("f(**a, *b)\n", e.Text);
        Assert.Equal("t.py", e.Filename);
    }

    [Fact]
    public void EvalAndSingleModes()
    {
        var e = PythonParser.Parse("1 + 2", "<s>", ParseMode.Eval, PythonVersion.Py311);
        Assert.IsType<Expression>(e);
        var i = PythonParser.Parse("x = 1\n", "<s>", ParseMode.Single, PythonVersion.Py311);
        Assert.IsType<Interactive>(i);
    }
}

public sealed class AstDiffTests
{
    [Fact]
    public void NamesThePathOfTheFirstDifference()
    {
        var tree = PythonParser.ParseModule("x = f(1, 2)\n");
        var dump = AstDump.Dump(tree, includeAttributes: true);
        Xunit.Assert.Null(AstDiff.FirstDifference(dump, tree));
        var changed = dump.Replace("Constant(value=2, lineno=1, col_offset=9", "Constant(value=2, lineno=1, col_offset=8");
        var d = AstDiff.FirstDifference(changed, tree)!;
        Xunit.Assert.Equal("body[0].value.args[1].col_offset", d.Path);
    }
}
