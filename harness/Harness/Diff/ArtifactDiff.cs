using System.Text;
using System.Text.Json.Nodes;
using Conformance.Harness.Model;

namespace Conformance.Harness.Diff;

/// <summary>
/// Compares two artifacts of the same stage and names the first difference, with an excerpt
/// from each side: the token index and both tokens; the path of the first differing AST node;
/// the code object and both lines of the first differing instruction or co_* field; the first
/// differing stdout line, or the differing stderr or exit code. Null means identical.
/// </summary>
public static class ArtifactDiff
{
    /// <summary>Excerpts are for people: long enough to see the difference, short enough to read.</summary>
    public const int ExcerptLimit = 400;

    public static FirstDifference? Compare(Artifact oracle, Artifact impl, OutputNormalizer? normalizer = null) => (oracle, impl) switch
    {
        (TokensArtifact o, TokensArtifact i) => Tokens(o, i),
        (AstArtifact o, AstArtifact i) => Ast(o, i),
        (DisArtifact o, DisArtifact i) => Dis(o, i),
        (RunArtifact o, RunArtifact i) => Run(o, i, normalizer ?? OutputNormalizer.None),
        _ => new FirstDifference("artifact", oracle.GetType().Name, impl.GetType().Name, "kind"),
    };

    // ---------------------------------------------------------------- tokens

    public static FirstDifference? Tokens(TokensArtifact oracle, TokensArtifact impl)
    {
        var count = Math.Min(oracle.Tokens.Count, impl.Tokens.Count);
        for (var i = 0; i < count; i++)
        {
            var (o, m) = (oracle.Tokens[i], impl.Tokens[i]);
            if (o == m) continue;
            var field = o.Type != m.Type ? "type" : o.Text != m.Text ? "string"
                : (o.StartLine, o.StartCol) != (m.StartLine, m.StartCol) ? "start"
                : (o.EndLine, o.EndCol) != (m.EndLine, m.EndCol) ? "end" : "line";
            var extra = field == "line" ? $"\nline: {PyRepr.Str(o.Line)}" : "";
            var extraImpl = field == "line" ? $"\nline: {PyRepr.Str(m.Line)}" : "";
            return new FirstDifference($"token {i} ({field})", Clip(o + extra), Clip(m + extraImpl), "token");
        }
        if (oracle.Tokens.Count != impl.Tokens.Count)
        {
            var longer = oracle.Tokens.Count > impl.Tokens.Count ? oracle : impl;
            var next = longer.Tokens[count].ToString();
            return new FirstDifference($"token {count} (count: {oracle.Tokens.Count} vs {impl.Tokens.Count})",
                oracle.Tokens.Count > count ? Clip(next) : Describe(oracle.Error, "<end of tokens>"),
                impl.Tokens.Count > count ? Clip(next) : Describe(impl.Error, "<end of tokens>"), "token-count");
        }
        return Errors(oracle.Error, impl.Error);
    }

    // ---------------------------------------------------------------- errors (all static stages)

    /// <summary>Both sides raised (or neither did): compare type, message and every position field.</summary>
    public static FirstDifference? Errors(StageError? oracle, StageError? impl)
    {
        if (oracle is null && impl is null) return null;
        if (oracle is null || impl is null)
            return new FirstDifference("error", Describe(oracle, "<no error>"), Describe(impl, "<no error>"), "error-presence");
        string? field =
            oracle.Type != impl.Type ? "type" :
            oracle.Message != impl.Message ? "message" :
            oracle.Lineno != impl.Lineno ? "lineno" :
            oracle.Offset != impl.Offset ? "offset" :
            oracle.EndLineno != impl.EndLineno ? "end_lineno" :
            oracle.EndOffset != impl.EndOffset ? "end_offset" :
            oracle.Text != impl.Text ? "text" : null;
        return field is null ? null : new FirstDifference($"error.{field}", Describe(oracle, ""), Describe(impl, ""), "error");
    }

    private static string Describe(StageError? error, string none) =>
        error is null ? none : Clip(error + (error.Text is null ? "" : $"\ntext: {PyRepr.Str(error.Text)}"));

    // ---------------------------------------------------------------- ast

    public static FirstDifference? Ast(AstArtifact oracle, AstArtifact impl)
    {
        if (oracle.Error is not null || impl.Error is not null)
            return Errors(oracle.Error, impl.Error);
        if (oracle.Dump == impl.Dump) return null;
        var oracleTree = AstDumpReader.TryRead(oracle.Dump ?? "");
        var implTree = AstDumpReader.TryRead(impl.Dump ?? "");
        if (oracleTree is not null && implTree is not null && FirstNodeDifference(oracleTree, implTree, "") is { } found)
            return found;
        var at = FirstDifferingIndex(oracle.Dump ?? "", impl.Dump ?? "");
        return new FirstDifference($"dump character {at}", Around(oracle.Dump ?? "", at), Around(impl.Dump ?? "", at), "ast-dump");
    }

    /// <summary>Walks both structured trees in field order; the path reads like Python: body[3].value.args[0].</summary>
    private static FirstDifference? FirstNodeDifference(JsonNode oracle, JsonNode impl, string path)
    {
        switch (oracle, impl)
        {
            case (JsonObject o, JsonObject i):
            {
                var (ot, it) = ((string?)o["_type"], (string?)i["_type"]);
                if (ot != it)
                    return new FirstDifference(PathOr(path, "<root>") + " (node type)", Render(o), Render(i), "ast-node");
                foreach (var (key, value) in o)
                {
                    if (key == "_type") continue;
                    var child = i[key];
                    if (child is null && value is not null)
                        return new FirstDifference($"{ot} at {PathOr(path, "<root>")}: field {key}", Render(value), "<missing>", "ast-field");
                    if (value is not null && child is not null && FirstNodeDifference(value, child, Join(path, key)) is { } d)
                        return d;
                }
                foreach (var (key, _) in i)
                    if (!o.ContainsKey(key))
                        return new FirstDifference($"{ot} at {PathOr(path, "<root>")}: field {key}", "<missing>", Render(i[key]), "ast-field");
                return null;
            }
            case (JsonArray o, JsonArray i):
            {
                var n = Math.Min(o.Count, i.Count);
                for (var k = 0; k < n; k++)
                    if (FirstNodeDifference(o[k]!, i[k]!, $"{path}[{k}]") is { } d) return d;
                return o.Count == i.Count ? null
                    : new FirstDifference($"{PathOr(path, "<root>")} (length {o.Count} vs {i.Count})",
                        o.Count > n ? Render(o[n]) : "<end>", i.Count > n ? Render(i[n]) : "<end>", "ast-list");
            }
            default:
                return JsonNode.DeepEquals(oracle, impl) ? null
                    : new FirstDifference(PathOr(path, "<root>"), Render(oracle), Render(impl), "ast-value");
        }
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
    private static string PathOr(string path, string fallback) => path.Length == 0 ? fallback : path;

    /// <summary>A node as ast.dump would show it, roughly: Name(id='x', lineno=1, ...).</summary>
    private static string Render(JsonNode? node)
    {
        var sb = new StringBuilder();
        RenderInto(sb, node);
        return Clip(sb.ToString());
    }

    private static void RenderInto(StringBuilder sb, JsonNode? node)
    {
        if (sb.Length > ExcerptLimit) return;
        switch (node)
        {
            case null: sb.Append("None"); break;
            case JsonObject o:
                sb.Append((string?)o["_type"]).Append('(');
                var first = true;
                foreach (var (key, value) in o)
                {
                    if (key == "_type") continue;
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(key).Append('=');
                    RenderInto(sb, value);
                }
                sb.Append(')');
                break;
            case JsonArray a:
                sb.Append('[');
                for (var k = 0; k < a.Count; k++)
                {
                    if (k > 0) sb.Append(", ");
                    RenderInto(sb, a[k]);
                }
                sb.Append(']');
                break;
            default: sb.Append((string?)node ?? node.ToJsonString()); break;
        }
    }

    // ---------------------------------------------------------------- dis

    public static FirstDifference? Dis(DisArtifact oracle, DisArtifact impl)
    {
        if (oracle.Error is not null || impl.Error is not null)
            return Errors(oracle.Error, impl.Error);
        if (oracle.Text != impl.Text)
        {
            var o = SplitLines(oracle.Text ?? "");
            var i = SplitLines(impl.Text ?? "");
            var n = Math.Min(o.Length, i.Length);
            var k = 0;
            while (k < n && o[k] == i[k]) k++;
            var codeObject = "<module>";
            for (var back = k - 1; back >= 0; back--)
                if (o[back].StartsWith("Disassembly of ", StringComparison.Ordinal)) { codeObject = o[back]["Disassembly of ".Length..].TrimEnd(':'); break; }
            return new FirstDifference($"dis line {k + 1} in {codeObject}",
                Clip(k < o.Length ? o[k] : "<end>"), Clip(k < i.Length ? i[k] : "<end>"), "dis-text");
        }
        var count = Math.Min(oracle.CodeObjects.Count, impl.CodeObjects.Count);
        for (var k = 0; k < count; k++)
        {
            var (o, i) = (oracle.CodeObjects[k], impl.CodeObjects[k]);
            if (o.Path != i.Path)
                return new FirstDifference($"code object {k}", o.Path, i.Path, "code-object");
            foreach (var key in o.Attrs.Keys.Union(i.Attrs.Keys).Order(StringComparer.Ordinal))
            {
                var ov = o.Attrs.GetValueOrDefault(key);
                var iv = i.Attrs.GetValueOrDefault(key);
                if (ov == iv) continue;
                if (ov is not null && iv is not null && ov.Length > ExcerptLimit)
                {
                    var at = FirstDifferingIndex(ov, iv);
                    return new FirstDifference($"{key} of {o.Path} (character {at})", Around(ov, at), Around(iv, at), "co-attr");
                }
                return new FirstDifference($"{key} of {o.Path}", Clip(ov ?? "<missing>"), Clip(iv ?? "<missing>"), "co-attr");
            }
        }
        return oracle.CodeObjects.Count == impl.CodeObjects.Count ? null
            : new FirstDifference("code objects", $"{oracle.CodeObjects.Count} code objects", $"{impl.CodeObjects.Count} code objects", "code-object-count");
    }

    // ---------------------------------------------------------------- run

    public static FirstDifference? Run(RunArtifact oracle, RunArtifact impl, OutputNormalizer normalizer)
    {
        if ((oracle.Stdout.Sha256 != impl.Stdout.Sha256 || oracle.Stdout.Length != impl.Stdout.Length)
            && !EqualOnceMasked(oracle.Stdout, impl.Stdout, normalizer))
        {
            var o = SplitLines(normalizer.NormalizeStdout(Decode(oracle.Stdout.Head)));
            var i = SplitLines(normalizer.NormalizeStdout(Decode(impl.Stdout.Head)));
            var n = Math.Min(o.Length, i.Length);
            var k = 0;
            while (k < n && o[k] == i[k]) k++;
            if (k == n && o.Length == i.Length)
                return new FirstDifference($"stdout beyond the first {ScriptRunnerCap} bytes",
                    $"{oracle.Stdout.Length} bytes", $"{impl.Stdout.Length} bytes", "stdout");
            return new FirstDifference($"stdout line {k + 1}",
                Clip(k < o.Length ? o[k] : "<end of output>"), Clip(k < i.Length ? i[k] : "<end of output>"), "stdout");
        }
        var oe = normalizer.Normalize(Decode(oracle.Stderr.Head));
        var ie = normalizer.Normalize(Decode(impl.Stderr.Head));
        if (oe != ie)
        {
            var o = SplitLines(oe);
            var i = SplitLines(ie);
            var n = Math.Min(o.Length, i.Length);
            var k = 0;
            while (k < n && o[k] == i[k]) k++;
            // The last line of a traceback names the exception: show it, it is what people look for.
            var oLast = o.LastOrDefault(l => l.Length > 0) ?? "";
            var iLast = i.LastOrDefault(l => l.Length > 0) ?? "";
            var kind = oLast != iLast ? "exception" : "stderr";
            return new FirstDifference($"stderr line {k + 1}",
                Clip((k < o.Length ? o[k] : "<end>") + (kind == "exception" ? $"\n...\n{oLast}" : "")),
                Clip((k < i.Length ? i[k] : "<end>") + (kind == "exception" ? $"\n...\n{iLast}" : "")), kind);
        }
        if (oracle.ExitCode != impl.ExitCode)
            return new FirstDifference("exit code", oracle.ExitCode.ToString(), impl.ExitCode.ToString(), "exit-code");
        return null;
    }

    private const int ScriptRunnerCap = Execution.ScriptRunner.OutputCap;

    /// <summary>Outputs that differ only where the normalizer masks stdout (only whole outputs: a truncated head cannot
    /// tell).</summary>
    private static bool EqualOnceMasked(CapturedOutput oracle, CapturedOutput impl, OutputNormalizer normalizer) =>
        normalizer.MaskReprAddresses && !oracle.Truncated && !impl.Truncated
        && normalizer.NormalizeStdout(Decode(oracle.Head)) == normalizer.NormalizeStdout(Decode(impl.Head));

    // ---------------------------------------------------------------- helpers

    /// <summary>Program output is bytes; invalid UTF-8 shows as U+FFFD in excerpts (hashes compare the bytes).</summary>
    public static string Decode(byte[] bytes) => Encoding.UTF8.GetString(bytes);

    private static string[] SplitLines(string text) => text.Split('\n');

    private static int FirstDifferingIndex(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        var k = 0;
        while (k < n && a[k] == b[k]) k++;
        return k;
    }

    private static string Around(string text, int at)
    {
        var start = Math.Max(0, at - 80);
        var end = Math.Min(text.Length, at + 160);
        return (start > 0 ? "…" : "") + text[start..end] + (end < text.Length ? "…" : "");
    }

    public static string Clip(string text) =>
        text.Length <= ExcerptLimit ? text : text[..ExcerptLimit] + $"… ({text.Length - ExcerptLimit} more characters)";
}
