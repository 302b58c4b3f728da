using Pyref.Parser;
using Pyref.Parser.Ast;

namespace Pyref.Symtable;

/// <summary>
/// Python/future.c (3.11): collects the <c>from __future__ import</c> statements at the top of a module into
/// <see cref="FutureFeatures"/>, with future.c's SyntaxErrors. A future import after other statements on a later
/// line is compile.c's error (compiler_from_import, raised by the codegen); future.c only catches one that follows
/// another statement on the same line (`x = 1; from __future__ import ...`).
/// </summary>
public static class FutureParser
{
    private const string ErrLateFuture = "from __future__ imports must occur at the beginning of the file";

    /// <summary>_PyFuture_FromAST.</summary>
    public static FutureFeatures FromAst(ModNode mod, string filename)
    {
        var ff = new FutureFeatures();
        FutureParse(ff, mod, filename);
        return ff;
    }

    // Python/future.c future_check_features.
    private static void CheckFeatures(FutureFeatures ff, ImportFrom s, string filename)
    {
        foreach (var alias in s.Names)
        {
            switch (alias.Name)
            {
                // Mandatory features of Python 3: accepted, no flag.
                case "nested_scopes" or "generators" or "division" or "absolute_import" or "with_statement"
                    or "print_function" or "unicode_literals" or "generator_stop":
                    continue;
                case "barry_as_FLUFL":
                    ff.Features |= FutureFeatures.CoFutureBarryAsBdfl;
                    break;
                case "annotations":
                    ff.Features |= FutureFeatures.CoFutureAnnotations;
                    break;
                case "braces":
                    throw SyntaxLocation(filename, "not a chance", s, s.ColOffset + 1);
                default:
                    throw SyntaxLocation(filename, $"future feature {alias.Name} is not defined", s, s.ColOffset + 1);
            }
        }
    }

    /// <summary>PyErr_SyntaxLocationObject(filename, lineno, offset): no end column (None), end line = line.</summary>
    private static PythonSyntaxError SyntaxLocation(string filename, string msg, StmtNode s, int offset) =>
        new("SyntaxError", msg, filename, s.Lineno, offset, s.Lineno, null,
            Symtable.ProgramText(filename, s.Lineno), "symtable");

    /// <summary>Python/ast.c _PyAST_GetDocString: the first statement is an expression that is a str constant.</summary>
    public static bool HasDocString(List<StmtNode> body) =>
        body.Count > 0 && body[0] is Expr { Value: Constant { Value: string or PyStr } };

    // Python/future.c future_parse.
    private static void FutureParse(FutureFeatures ff, ModNode mod, string filename)
    {
        List<StmtNode> body;
        if (mod is Module m) body = m.Body;
        else if (mod is Interactive it) body = it.Body;
        else return;
        if (body.Count == 0) return;

        bool done = false;
        int prevLine = 0;
        int i = HasDocString(body) ? 1 : 0;
        for (; i < body.Count; i++)
        {
            var s = body[i];
            // Only more statements on the line of the last future import can still be (late) future imports here.
            if (done && s.Lineno > prevLine) return;
            prevLine = s.Lineno;
            if (s is ImportFrom imf && imf.Module == "__future__")
            {
                // future.c passes col_offset here without the + 1 it adds for the feature errors.
                if (done) throw SyntaxLocation(filename, ErrLateFuture, s, s.ColOffset);
                CheckFeatures(ff, imf, filename);
                ff.LineNo = s.Lineno;
                ff.ColOffset = s.ColOffset;
            }
            else done = true;
        }
    }
}
