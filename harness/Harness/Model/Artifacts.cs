namespace Conformance.Harness.Model;

/// <summary>
/// The canonical artifacts of DESIGN.md, one per stage, as both sides produce them.
/// harness/oracle/oracle_worker.py builds the same forms on the CPython side: change both together.
/// </summary>
public abstract record Artifact;

/// <summary>An exception a stage raised, with SyntaxError's position fields where it has them.</summary>
public sealed record StageError(
    string Type,
    string Message,
    int? Lineno = null,
    int? Offset = null,
    int? EndLineno = null,
    int? EndOffset = null,
    string? Text = null)
{
    public override string ToString()
    {
        var position = Lineno is null ? "" : $" (line {Lineno}, offset {Offset}" +
            (EndLineno is null ? ")" : $", end {EndLineno}:{EndOffset})");
        return $"{Type}: {Message}{position}";
    }
}

/// <summary>One token as `python -m tokenize -e` shows it: exact type name, string, positions, physical line.</summary>
public sealed record TokenRecord(string Type, string Text, int StartLine, int StartCol, int EndLine, int EndCol, string Line)
{
    /// <summary>The same layout as `python -m tokenize -e`: "1,0-1,1:  NAME  'x'".</summary>
    public override string ToString() =>
        $"{StartLine},{StartCol}-{EndLine},{EndCol}:".PadRight(20) + $" {Type,-15} {PyRepr.Str(Text)}";
}

/// <summary>The tokens produced before any error, and the error if tokenizing failed.</summary>
public sealed record TokensArtifact(IReadOnlyList<TokenRecord> Tokens, StageError? Error) : Artifact;

/// <summary>ast.dump(tree, include_attributes=True), or the SyntaxError. Diff.AstDumpReader reads a dump back into a tree.</summary>
public sealed record AstArtifact(string? Dump, StageError? Error) : Artifact;

/// <summary>Every co_* attribute of one code object; Path is the chain of qualnames from the module.</summary>
public sealed record CodeObjectRecord(string Path, IReadOnlyDictionary<string, string> Attrs);

/// <summary>dis.dis text (addresses normalized to 0xADDR) and the attributes of every code object, depth first.</summary>
public sealed record DisArtifact(string? Text, IReadOnlyList<CodeObjectRecord> CodeObjects, StageError? Error) : Artifact;

/// <summary>What a program run produced: stdout, stderr (paths normalized) and exit code.</summary>
public sealed record RunArtifact(int ExitCode, CapturedOutput Stdout, CapturedOutput Stderr) : Artifact
{
    /// <summary>.NET reports death by signal N as exit code 128+N, as a shell does.</summary>
    public bool KilledBySignal => ExitCode > 128;
}

/// <summary>
/// A stream's bytes, kept in full up to a cap; beyond it only the head, the total length and a
/// hash, so that a program printing gigabytes is still judged (by hash) without holding it all.
/// </summary>
public sealed record CapturedOutput(byte[] Head, long Length, string Sha256)
{
    public bool Truncated => Head.LongLength < Length;
    public static readonly CapturedOutput Empty = new([], 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}
