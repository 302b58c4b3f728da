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

    /// <summary>`harness worker` only: run a small program on a throw-away interpreter (JIT warm-up); answers {"ok": true}.</summary>
    public static string Warm() => """{"op":"warm"}""";

    /// <param name="clock">"wall" or "cpu" (Implementations.StageClock); null leaves the worker's default, wall.</param>
    public static string Analyze(long id, string path, string filename, IEnumerable<Stage> stages, string? clock = null)
    {
        var request = new JsonObject
        {
            ["op"] = "analyze",
            ["id"] = id,
            ["path"] = path,
            ["filename"] = filename,
            ["stages"] = new JsonArray(stages.Where(s => s.IsStatic()).Select(s => (JsonNode)s.Name()).ToArray()),
        };
        if (clock is not null) request["clock"] = clock;
        return request.ToJsonString();
    }

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

    /// <summary>
    /// Parses an analyze response into one outcome per requested static stage. Read through a JsonDocument
    /// (pooled buffers) rather than a JsonNode tree: a big file's token reply is millions of values, and a
    /// node per value made the harness allocate gigabytes a stdlib run, whose collections stopped the
    /// reference side's threads too. Repeated strings (type names, operators, names) are shared.
    /// </summary>
    public static Dictionary<Stage, StageOutcome> ParseAnalyze(string line, IEnumerable<Stage> requested)
    {
        using var document = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = 100_000 });
        var node = document.RootElement;
        if (node.ValueKind != JsonValueKind.Object) throw new InvalidDataException("empty response");
        var outcomes = new Dictionary<Stage, StageOutcome>();
        if (Present(node, "fatal") is { } fatal)
        {
            foreach (var stage in requested.Where(s => s.IsStatic()))
                outcomes[stage] = StageOutcome.Crashed($"worker failed: {Text(fatal)}");
            return outcomes;
        }
        if (Present(node, "stages") is not { ValueKind: JsonValueKind.Object } stages)
            throw new InvalidDataException("response has no stages");
        foreach (var stage in requested.Where(s => s.IsStatic()))
        {
            if (Present(stages, stage.Name()) is not { ValueKind: JsonValueKind.Object } result)
            {
                outcomes[stage] = StageOutcome.Failed($"worker returned nothing for {stage.Name()}");
                continue;
            }
            if (Present(result, "unsupported") is not null)
            {
                outcomes[stage] = StageOutcome.Unsupported(String(result, "reason") ?? "not implemented by this side");
                continue;
            }
            var seconds = Present(result, "seconds")?.GetDouble() ?? 0;
            if (Present(result, "internal_error") is { } internalError)
            {
                outcomes[stage] = StageOutcome.Crashed(Text(internalError), seconds);
                continue;
            }
            var error = ParseError(Present(result, "error"));
            Artifact artifact = stage switch
            {
                Stage.Tokens => ParseTokens(result, error),
                Stage.Ast => new AstArtifact(String(result, "dump"), error),
                Stage.Dis => ParseDis(result, error),
                _ => throw new InvalidOperationException(),
            };
            outcomes[stage] = StageOutcome.Produced(artifact, seconds);
        }
        return outcomes;
    }

    /// <summary>The property's value, or null when it is missing or JSON null (as JsonNode's indexer reads them).</summary>
    private static JsonElement? Present(JsonElement obj, string name) =>
        obj.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    private static string? String(JsonElement obj, string name) => Present(obj, name)?.GetString();

    private static int? Int(JsonElement obj, string name) => Present(obj, name)?.GetInt32();

    /// <summary>A string value as it is; any other value as its JSON text (what JsonNode's ToString gave).</summary>
    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private static StageError? ParseError(JsonElement? node) => node is not { ValueKind: JsonValueKind.Object } e ? null : new StageError(
        String(e, "type") ?? "Exception",
        String(e, "message") ?? "",
        Int(e, "lineno"),
        Int(e, "offset"),
        Int(e, "end_lineno"),
        Int(e, "end_offset"),
        String(e, "text"));

    private static TokensArtifact ParseTokens(JsonElement result, StageError? error)
    {
        var lines = Present(result, "lines") is { } lineArray ? lineArray.EnumerateArray().Select(l => l.GetString() ?? "").ToArray() : [];
        // Segments below the large-object threshold, as the reference side's records (ReferenceArtifacts.Tokens).
        var tokens = new Pyref.Tokenizer.SegmentedList<TokenRecord>();
        if (Present(result, "tokens") is { } tokenArray)
        {
            var shared = new SharedStrings();
            foreach (var t in tokenArray.EnumerateArray())
            {
                // Indexing an array of plain values is O(1) in a JsonDocument.
                if (t.GetArrayLength() < 7) throw new InvalidDataException("a token has fewer than 7 fields");
                tokens.Add(new TokenRecord(shared.Get(t[0]), shared.Get(t[1]), t[2].GetInt32(), t[3].GetInt32(),
                    t[4].GetInt32(), t[5].GetInt32(), lines[t[6].GetInt32()]));
            }
        }
        return new TokensArtifact(tokens, error);
    }

    /// <summary>
    /// One string object per distinct short string of a reply: most token strings repeat (type names,
    /// operators, names), and a reply of a big file holds millions of them.
    /// </summary>
    private sealed class SharedStrings
    {
        private const int MaxShared = 64;
        private readonly Dictionary<string, string> _seen = new(StringComparer.Ordinal);
        private readonly char[] _chars = new char[MaxShared * 2];

        public string Get(JsonElement value)
        {
            var raw = System.Runtime.InteropServices.JsonMarshal.GetRawUtf8Value(value);
            // Escape-free short strings only: their raw bytes between the quotes are the text's UTF-8.
            if (value.ValueKind != JsonValueKind.String || raw.Length > MaxShared + 2 || raw.IndexOf((byte)'\\') >= 0)
                return value.GetString() ?? "";
            var n = System.Text.Encoding.UTF8.GetChars(raw[1..^1], _chars);
            var lookup = _seen.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(_chars.AsSpan(0, n), out var known)) return known;
            var text = new string(_chars, 0, n);
            _seen[text] = text;
            return text;
        }
    }

    private static DisArtifact ParseDis(JsonElement result, StageError? error)
    {
        var objects = new List<CodeObjectRecord>();
        if (Present(result, "code_objects") is { } array)
        {
            foreach (var co in array.EnumerateArray())
            {
                var attrs = co.GetProperty("attrs").EnumerateObject().ToDictionary(kv => kv.Name, kv => kv.Value.GetString() ?? "");
                objects.Add(new CodeObjectRecord(co.GetProperty("path").GetString()!, attrs));
            }
        }
        return new DisArtifact(String(result, "text"), objects, error);
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
