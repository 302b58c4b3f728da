using System.Text.RegularExpressions;
using Conformance.Harness.Diff;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Runner;

namespace Conformance.Harness.Fuzz;

/// <summary>What one program did on both sides: whether CPython accepted it, and its first divergence.</summary>
public sealed record FuzzVerdict(bool Valid, string? Signature, Stage? Stage, Judgement? Judgement, IReadOnlyDictionary<Stage, string>? Skipped = null);

/// <summary>
/// Runs one source through the requested stages on both sides and names its first divergence by a
/// signature: the stage, the kind of first difference and a coarse "where" (the token type, the
/// AST field, the error field and message shape, the snippet tag of the first differing output
/// line), so that copies of one bug share a signature and different bugs mostly do not.
/// </summary>
public sealed partial class FuzzEvaluator(IImplementation oracle, IImplementation impl, OutputNormalizer normalizer, string workDir)
{
    private long _files;

    public async Task<FuzzVerdict> EvaluateAsync(byte[] source, IReadOnlyList<Stage> stages, CancellationToken cancellation)
    {
        var path = Path.Combine(workDir, $"fuzz_{Interlocked.Increment(ref _files)}.py");
        await File.WriteAllBytesAsync(path, source, cancellation);
        try
        {
            return await EvaluateFileAsync(path, stages, cancellation);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Like ConformanceRun.RunCaseAsync, but keeps the oracle's ast outcome (validity) and stops at the first divergent stage.</summary>
    public async Task<FuzzVerdict> EvaluateFileAsync(string path, IReadOnlyList<Stage> stages, CancellationToken cancellation)
    {
        var file = new CaseFile(path, Path.GetFileName(path));
        var staticStages = stages.Where(s => s.IsStatic()).ToList();
        // The oracle always parses: that is what "valid" means (CPython accepts the program).
        var oracleStatic = oracle.AnalyzeAsync(file, staticStages.Contains(Model.Stage.Ast) ? staticStages : [.. staticStages, Model.Stage.Ast], cancellation);
        var implStatic = impl.AnalyzeAsync(file, staticStages, cancellation);
        var o = await oracleStatic;
        var i = await implStatic;
        var valid = o.TryGetValue(Model.Stage.Ast, out var ast) && ast.Artifact is AstArtifact { Error: null };
        Dictionary<Stage, string>? skipped = null;
        foreach (var stage in Stages.All.Where(stages.Contains))
        {
            StageOutcome oracleOutcome, implOutcome;
            if (stage == Model.Stage.Run)
            {
                if (!valid) break; // a program CPython rejects has no run worth comparing beyond its SyntaxError
                var oracleRun = oracle.RunAsync(file, cancellation);
                var implRun = impl.RunAsync(file, cancellation);
                oracleOutcome = await oracleRun;
                implOutcome = await implRun;
                // A timeout on one side only is run once more on that side before it counts: the timeout is
                // wall time, and on a loaded machine a program that takes 0.1 s of CPU, or the first program
                // of a worker restarted after a timeout (JIT included), can exceed it. A real hang times out again.
                if (implOutcome.Kind == OutcomeKind.Timeout && oracleOutcome.Kind != OutcomeKind.Timeout)
                    implOutcome = await impl.RunAsync(file, cancellation);
                else if (oracleOutcome.Kind == OutcomeKind.Timeout && implOutcome.Kind != OutcomeKind.Timeout)
                    oracleOutcome = await oracle.RunAsync(file, cancellation);
            }
            else
            {
                oracleOutcome = o.GetValueOrDefault(stage) ?? StageOutcome.Failed("no outcome");
                implOutcome = i.GetValueOrDefault(stage) ?? StageOutcome.Failed("no outcome");
            }
            var judgement = Judge.Decide(oracleOutcome, implOutcome, normalizer);
            if (judgement.Verdict == Verdict.Skipped) (skipped ??= [])[stage] = judgement.Detail ?? "skipped";
            if (judgement.Unexpected)
                return new FuzzVerdict(valid, Signature(stage, judgement), stage, judgement, skipped);
        }
        return new FuzzVerdict(valid, null, null, null, skipped);
    }

    /// <summary>stage:kind:where, e.g. `ast:ast-value:end_col_offset`, `tokens:error:message:unterminated string literal (detected at line N)`.</summary>
    public static string Signature(Stage stage, Judgement judgement)
    {
        var d = judgement.Difference;
        if (d is null)
        {
            // Crashes and timeouts: the exception type of an internal error is the best "where".
            var detail = judgement.Detail ?? "";
            var type = InternalError().Match(detail);
            return $"{stage.Name()}:{judgement.Verdict.Name()}" + (type.Success ? ":" + type.Groups[1].Value : "");
        }
        var where = d.Kind switch
        {
            "token" => TokenField().Match(d.Where) is { Success: true } m ? $"{m.Groups[1].Value}:{FirstWord(d.Oracle, 1)}" : "",
            "error" => $"{d.Where.Replace("error.", "")}:{ErrorShape(d.Oracle)}",
            "error-presence" => d.Oracle.StartsWith('<') ? "impl-raises:" + ErrorShape(d.Impl) : "oracle-raises:" + ErrorShape(d.Oracle),
            "ast-value" or "ast-field" or "ast-list" => LastField(d.Where),
            "ast-node" => FirstWord(d.Oracle, 0).Split('(')[0],
            "dis-text" => DisOpcode(d.Oracle),
            "co-attr" => d.Where.Split(' ')[0],
            "stdout" => OutputTag(d.Oracle),
            "exception" or "stderr" => LastLine(d.Oracle),
            _ => "",
        };
        return $"{stage.Name()}:{d.Kind}" + (where.Length > 0 ? ":" + where : "");
    }

    private static string FirstWord(string text, int index)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > index ? words[index] : "";
    }

    /// <summary>`body[0].value.args[1].end_col_offset` -> `end_col_offset`; list indices dropped.</summary>
    private static string LastField(string where)
    {
        var path = where.Split(' ')[^1].Trim('(', ')');
        if (where.Contains(": field ", StringComparison.Ordinal)) return where[(where.LastIndexOf(' ') + 1)..];
        var parts = where.Split(' ')[0].Split('.');
        return Regex.Replace(parts[^1], @"\[\d+\]", "") + (path.StartsWith("length", StringComparison.Ordinal) ? ":length" : "");
    }

    /// <summary>The error's type and message with numbers and quoted parts blanked: one shape per message kind.</summary>
    private static string ErrorShape(string described)
    {
        var first = described.Split('\n')[0];
        var cut = first.IndexOf(" (line ", StringComparison.Ordinal);
        if (cut >= 0) first = first[..cut];
        first = Quoted().Replace(first, "'_'");
        first = Digits().Replace(HexByte().Replace(first, "0xN"), "N");
        return first.Length > 80 ? first[..80] : first;
    }

    private static string DisOpcode(string line)
    {
        var m = Opcode().Match(line);
        return m.Success ? m.Value : "";
    }

    /// <summary>Generated programs tag every printed line with the snippet's feature (`tf3`, `fs0`, `!2` for an exception).</summary>
    private static string OutputTag(string line)
    {
        var first = FirstWord(line, 0);
        var m = Tag().Match(first);
        return m.Success ? m.Groups[1].Value + (first.StartsWith('!') ? ":" + FirstWord(line, 1) : "") : "";
    }

    /// <summary>The exception or warning class the excerpt names (last one first); never a path, which differs per program.</summary>
    private static string LastLine(string excerpt)
    {
        var names = ExceptionName().Matches(excerpt);
        return names.Count > 0 ? names[^1].Value : "";
    }

    [GeneratedRegex(@"\b[A-Z]\w*(Error|Warning|Exception|Exit|Interrupt|Iteration|Group)\b")] private static partial Regex ExceptionName();
    [GeneratedRegex(@"internal error: (\w+)")] private static partial Regex InternalError();
    [GeneratedRegex(@"\((\w+)\)")] private static partial Regex TokenField();
    [GeneratedRegex(@"'[^']*'|""[^""]*""")] private static partial Regex Quoted();
    [GeneratedRegex(@"\d+")] private static partial Regex Digits();
    [GeneratedRegex(@"0x[0-9a-fA-F]+")] private static partial Regex HexByte();
    [GeneratedRegex(@"\b[A-Z][A-Z_]{2,}\b")] private static partial Regex Opcode();
    [GeneratedRegex(@"^'?!?([a-z]+)\d*")] private static partial Regex Tag();
}
