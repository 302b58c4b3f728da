using Conformance.Harness.Model;
using Pyref;
using Pyref.Tokenizer;

namespace Conformance.Harness.Implementations;

/// <summary>
/// Builds the canonical artifacts (the forms oracle_worker.py produces) from the reference
/// interpreter's own data structures. Seconds cover the stage's work, not the conversion.
/// </summary>
public static class ReferenceArtifacts
{
    /// <summary>
    /// The timed interval covers the tokenizer producing its token list, as the oracle worker's covers
    /// tokenize.tokenize filling a list of TokenInfo; building the records compared is outside it on both
    /// sides. Records go into segments below the large-object heap threshold: a List of a big file's
    /// records is a large-object array, whose collection (gen2) would pause every thread of the harness.
    /// </summary>
    public static StageOutcome Tokens(byte[] source, PythonVersion target, StageClock clock)
    {
        var (tokens, error) = Lexer.TokenizeAll(source, TokenizerMode.TokenizeModule, target);
        var seconds = clock.Seconds;
        var records = new SegmentedList<TokenRecord>();
        foreach (var t in tokens)
            records.Add(new TokenRecord(TypeNames[(int)t.ExactType], t.Text, t.StartLine, t.StartColumn, t.EndLine, t.EndColumn, t.Line));
        var artifact = new TokensArtifact(records, error is null ? null : ToStageError(error));
        return StageOutcome.Produced(artifact, seconds);
    }

    /// <summary>Token type names by value (Enum.ToString allocates a string per token).</summary>
    private static readonly string[] TypeNames = BuildTypeNames();

    private static string[] BuildTypeNames()
    {
        var values = Enum.GetValues<TokenType>();
        var names = new string[values.Max(v => (int)v) + 1];
        foreach (var v in values) names[(int)v] = v.ToString();
        return names;
    }

    /// <summary>
    /// The tokenizer marks CPython's None positions with -1 (and line 0 for encoding errors, which
    /// carry no position); a UnicodeDecodeError has no position fields at all, as on the worker side.
    /// </summary>
    public static StageError ToStageError(TokenizerError error)
    {
        if (error.Kind == TokenizerErrorKind.UnicodeDecodeError)
            return new StageError(error.Kind.ToString(), error.Message);
        return new StageError(
            error.Kind.ToString(),
            error.Message,
            error.Line <= 0 ? null : error.Line,
            error.Column < 0 ? null : error.Column,
            error.EndLine < 0 ? null : error.EndLine,
            error.EndColumn < 0 ? null : error.EndColumn,
            error.Text);
    }

    /// <summary>ast.parse(source) and ast.dump(tree, include_attributes=True), or the SyntaxError.</summary>
    public static StageOutcome Ast(byte[] source, string filename, PythonVersion target, StageClock clock)
    {
        Pyref.Parser.Ast.Module module;
        try
        {
            module = Pyref.Parser.PythonParser.ParseModule(source, filename, target);
        }
        catch (Pyref.Parser.PythonSyntaxError e)
        {
            var error = new StageError(e.Kind, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset, e.Text);
            return StageOutcome.Produced(new AstArtifact(null, error), clock.Seconds);
        }
        var seconds = clock.Seconds;
        return StageOutcome.Produced(new AstArtifact(Pyref.Parser.Ast.AstDump.Dump(module, includeAttributes: true), null), seconds);
    }

    /// <summary>
    /// compile(source, filename, "exec", dont_inherit=True), then dis.dis text (0x addresses normalized) and the co_*
    /// attributes of every nested code object, as oracle_worker.py's stage_dis; or the SyntaxError.
    /// </summary>
    public static StageOutcome Dis(byte[] source, string filename, PythonVersion target, StageClock clock)
    {
        Pyref.Bytecode.CodeObject code;
        try
        {
            code = Pyref.Compiler.Compiler.Compile(source, filename, "exec");
        }
        catch (Pyref.Parser.PythonSyntaxError e)
        {
            var error = new StageError(e.Kind, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset, e.Text);
            return StageOutcome.Produced(new DisArtifact(null, Array.Empty<CodeObjectRecord>(), error), clock.Seconds);
        }
        var seconds = clock.Seconds;
        var text = DisAddress.Replace(Pyref.Dis.Disassembler.Dis(code, target), "0xADDR");
        var objects = Pyref.Dis.CodeObjectAttributes.Describe(code)
            .Select(d => new CodeObjectRecord(d.Path, d.Attrs)).ToList();
        return StageOutcome.Produced(new DisArtifact(text, objects, null), seconds);
    }

    // The pattern oracle_worker.py and CodeObjectAttributes mask: an upper-case hex literal inside a constant string
    // is data, and masking it on one side only made the co_consts of a string holding "0xFF" differ.
    private static readonly System.Text.RegularExpressions.Regex DisAddress = new("0x[0-9a-f]+");
}
