using System.Text.Json;
using System.Text.Json.Nodes;
using Conformance.Harness.Model;

namespace Conformance.Harness.Oracle;

/// <summary>
/// Requests to and responses from harness/oracle/oracle_worker.py, turned into the canonical
/// artifacts. The same protocol is spoken by `harness worker`, the reference interpreter run as
/// a separate process, so both kinds of worker are read by this one class.
/// </summary>
public static class WorkerProtocol
{
    public static string Hello() => """{"op":"hello"}""";

    public static string Analyze(long id, string path, string filename, IEnumerable<Stage> stages) =>
        new JsonObject
        {
            ["op"] = "analyze",
            ["id"] = id,
            ["path"] = path,
            ["filename"] = filename,
            ["stages"] = new JsonArray(stages.Where(s => s.IsStatic()).Select(s => (JsonNode)s.Name()).ToArray()),
        }.ToJsonString();

    public sealed record HelloInfo(string Implementation, string Version, string Target, string? Executable, string? Stdlib);

    public static HelloInfo ParseHello(string line)
    {
        var node = JsonNode.Parse(line) ?? throw new InvalidDataException("empty hello");
        return new HelloInfo(
            (string?)node["implementation"] ?? "unknown",
            (string?)node["version"] ?? "unknown",
            (string?)node["target"] ?? "unknown",
            (string?)node["executable"],
            (string?)node["stdlib"]);
    }

    /// <summary>Parses an analyze response into one outcome per requested static stage.</summary>
    public static Dictionary<Stage, StageOutcome> ParseAnalyze(string line, IEnumerable<Stage> requested)
    {
        var node = JsonNode.Parse(line, documentOptions: new JsonDocumentOptions { MaxDepth = 100_000 })
                   ?? throw new InvalidDataException("empty response");
        var outcomes = new Dictionary<Stage, StageOutcome>();
        if (node["fatal"] is { } fatal)
        {
            foreach (var stage in requested.Where(s => s.IsStatic()))
                outcomes[stage] = StageOutcome.Crashed($"worker failed: {fatal}");
            return outcomes;
        }
        var stages = node["stages"]?.AsObject() ?? throw new InvalidDataException("response has no stages");
        foreach (var stage in requested.Where(s => s.IsStatic()))
        {
            if (stages[stage.Name()] is not JsonObject result)
            {
                outcomes[stage] = StageOutcome.Failed($"worker returned nothing for {stage.Name()}");
                continue;
            }
            if (result["unsupported"] is not null)
            {
                outcomes[stage] = StageOutcome.Unsupported((string?)result["reason"] ?? "not implemented by this side");
                continue;
            }
            var seconds = (double?)result["seconds"] ?? 0;
            if (result["internal_error"] is { } internalError)
            {
                outcomes[stage] = StageOutcome.Crashed((string?)internalError ?? "internal error", seconds);
                continue;
            }
            var error = ParseError(result["error"]);
            Artifact artifact = stage switch
            {
                Stage.Tokens => ParseTokens(result, error),
                Stage.Ast => new AstArtifact((string?)result["dump"], error),
                Stage.Dis => ParseDis(result, error),
                _ => throw new InvalidOperationException(),
            };
            outcomes[stage] = StageOutcome.Produced(artifact, seconds);
        }
        return outcomes;
    }

    private static StageError? ParseError(JsonNode? node) => node is null ? null : new StageError(
        (string?)node["type"] ?? "Exception",
        (string?)node["message"] ?? "",
        (int?)node["lineno"],
        (int?)node["offset"],
        (int?)node["end_lineno"],
        (int?)node["end_offset"],
        (string?)node["text"]);

    private static TokensArtifact ParseTokens(JsonObject result, StageError? error)
    {
        var lines = result["lines"]?.AsArray().Select(l => (string?)l ?? "").ToArray() ?? [];
        var tokens = new List<TokenRecord>();
        foreach (var t in result["tokens"]?.AsArray() ?? [])
        {
            var a = t!.AsArray();
            tokens.Add(new TokenRecord((string)a[0]!, (string)a[1]!, (int)a[2]!, (int)a[3]!, (int)a[4]!, (int)a[5]!, lines[(int)a[6]!]));
        }
        return new TokensArtifact(tokens, error);
    }

    private static DisArtifact ParseDis(JsonObject result, StageError? error)
    {
        var objects = new List<CodeObjectRecord>();
        foreach (var co in result["code_objects"]?.AsArray() ?? [])
        {
            var attrs = co!["attrs"]!.AsObject().ToDictionary(kv => kv.Key, kv => (string?)kv.Value ?? "");
            objects.Add(new CodeObjectRecord((string)co["path"]!, attrs));
        }
        return new DisArtifact((string?)result["text"], objects, error);
    }

    /// <summary>
    /// A run request: the oracle worker's forked run and `harness worker`'s in-process run answer it
    /// alike. PATH is passed on as given: the program sees it as argv[0] and co_filename, as `EXE PATH` would.
    /// </summary>
    public static string Run(long id, string path, TimeSpan timeout, long? memoryBytes) =>
        new JsonObject
        {
            ["op"] = "run",
            ["id"] = id,
            ["path"] = path,
            ["timeout"] = timeout.TotalSeconds,
            ["memory"] = memoryBytes,
        }.ToJsonString();

    /// <summary>What a worker's run op gave: an outcome, or why the worker could not run the program itself.</summary>
    public sealed record RunResponse(StageOutcome? Outcome, string? InternalError);

    /// <summary>
    /// Reads a run response. "internal_error" means the worker's own runtime failed on the program
    /// (an exception escaping the interpreter): the caller decides what that is worth (the reference
    /// side reruns such a program as a fresh process, where it fails the way `pyref FILE` fails).
    /// </summary>
    public static RunResponse ParseRun(string line, TimeSpan timeout)
    {
        var response = JsonNode.Parse(line) ?? throw new InvalidDataException("empty response");
        if (response["fatal"] is { } fatal) return new(StageOutcome.Failed($"worker run: {fatal}"), null);
        if (response["internal_error"] is { } internalError) return new(null, (string?)internalError ?? "internal error");
        var seconds = (double)response["seconds"]!;
        if ((bool?)response["timed_out"] == true)
            return new(StageOutcome.TimedOut(seconds, $"still running after {timeout.TotalSeconds:0.#} s (killed)"), null);
        return new(StageOutcome.Produced(new RunArtifact((int)response["exit_code"]!, ParseCaptured(response["stdout"]!), ParseCaptured(response["stderr"]!)), seconds), null);
    }

    private static CapturedOutput ParseCaptured(JsonNode node) =>
        new(Convert.FromBase64String((string)node["head"]!), (long)node["length"]!, (string)node["sha256"]!);

    public static JsonObject WriteCaptured(CapturedOutput output) => new()
    {
        ["head"] = Convert.ToBase64String(output.Head), ["length"] = output.Length, ["sha256"] = output.Sha256,
    };

    // ---- the writing side, used by `harness worker` (the reference interpreter out of process) ----

    public static string WriteAnalyzeResponse(long id, IReadOnlyDictionary<Stage, StageOutcome> outcomes)
    {
        var stages = new JsonObject();
        foreach (var (stage, outcome) in outcomes)
        {
            var o = new JsonObject { ["seconds"] = outcome.Seconds };
            if (outcome.Kind == OutcomeKind.Unsupported)
            {
                o["unsupported"] = true;
                o["reason"] = outcome.Detail;
            }
            else if (outcome.Kind != OutcomeKind.Produced)
            {
                o["internal_error"] = outcome.Detail;
            }
            switch (outcome.Artifact)
            {
                case TokensArtifact t:
                    var lineIndex = new Dictionary<string, int>();
                    var lines = new JsonArray();
                    var tokens = new JsonArray();
                    foreach (var tok in t.Tokens)
                    {
                        if (!lineIndex.TryGetValue(tok.Line, out var index))
                        {
                            index = lineIndex[tok.Line] = lines.Count;
                            lines.Add(tok.Line);
                        }
                        tokens.Add(new JsonArray(tok.Type, tok.Text, tok.StartLine, tok.StartCol, tok.EndLine, tok.EndCol, index));
                    }
                    o["tokens"] = tokens;
                    o["lines"] = lines;
                    o["error"] = WriteError(t.Error);
                    break;
                case AstArtifact a:
                    o["dump"] = a.Dump;
                    o["error"] = WriteError(a.Error);
                    break;
                case DisArtifact d:
                    o["text"] = d.Text;
                    o["code_objects"] = new JsonArray(d.CodeObjects.Select(c => (JsonNode)new JsonObject
                    {
                        ["path"] = c.Path,
                        ["attrs"] = new JsonObject(c.Attrs.Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                    }).ToArray());
                    o["error"] = WriteError(d.Error);
                    break;
            }
            stages[stage.Name()] = o;
        }
        return new JsonObject { ["id"] = id, ["stages"] = stages }.ToJsonString();
    }

    private static JsonNode? WriteError(StageError? e) => e is null ? null : new JsonObject
    {
        ["type"] = e.Type, ["message"] = e.Message, ["lineno"] = e.Lineno, ["offset"] = e.Offset,
        ["end_lineno"] = e.EndLineno, ["end_offset"] = e.EndOffset, ["text"] = e.Text,
    };
}
