using System.Text.Json;
using Conformance.Harness.Model;

namespace Conformance.Harness.Runner;

/// <summary>
/// results.jsonl: one line per case and stage, appended and flushed as soon as it is known, so an
/// interrupted or crashed run keeps every verdict reached so far.
/// </summary>
public sealed class ResultsWriter : IDisposable
{
    public static readonly JsonSerializerOptions Json = new()
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly StreamWriter _writer;
    private readonly object _lock = new();

    public ResultsWriter(string path)
    {
        _writer = new StreamWriter(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read), new System.Text.UTF8Encoding(false)) { NewLine = "\n" };
    }

    public void Write(CaseResult result)
    {
        var line = JsonSerializer.Serialize(result, Json);
        lock (_lock)
        {
            _writer.WriteLine(line);
            _writer.Flush();
        }
    }

    public static IEnumerable<CaseResult> Read(string path)
    {
        foreach (var line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            CaseResult? result;
            try { result = JsonSerializer.Deserialize<CaseResult>(line, Json); }
            catch (JsonException) { continue; } // a line cut short by a kill: everything before it stands
            if (result is not null) yield return result;
        }
    }

    public void Dispose()
    {
        lock (_lock) _writer.Dispose();
    }
}
