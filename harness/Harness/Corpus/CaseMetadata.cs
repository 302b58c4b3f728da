using System.Text;
using System.Text.RegularExpressions;
using Conformance.Harness.Model;

namespace Conformance.Harness.Corpus;

/// <summary>
/// The front matter of a curated case, in the manner of test262: comment lines at the top of the
/// file such as `# features: [match, patterns]`, `# stages: [tokens, ast]`,
/// `# expect-error: ast SyntaxError`, `# flags: [slow]`. Files without it (the stdlib, fuzzed
/// programs) apply to every stage.
/// </summary>
public sealed partial record CaseMetadata(
    IReadOnlyList<string> Features,
    IReadOnlyList<Stage>? Stages,
    string? ExpectedError,
    IReadOnlyList<string> Flags)
{
    public static readonly CaseMetadata None = new([], null, null, []);

    /// <summary>Only the leading comment block is read, and at most 4 KB of it: cases can be huge or binary.</summary>
    public static CaseMetadata Read(string path)
    {
        byte[] head;
        try
        {
            using var stream = File.OpenRead(path);
            head = new byte[Math.Min(4096, stream.Length)];
            stream.ReadExactly(head);
        }
        catch (IOException)
        {
            return None;
        }
        return Parse(Encoding.Latin1.GetString(head));
    }

    public static CaseMetadata Parse(string text)
    {
        var features = new List<string>();
        var flags = new List<string>();
        IReadOnlyList<Stage>? stages = null;
        string? expected = null;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            if (!line.StartsWith('#')) break;
            var m = Entry().Match(line);
            if (!m.Success) continue;
            var value = m.Groups["value"].Value.Trim();
            switch (m.Groups["key"].Value.ToLowerInvariant())
            {
                case "features": features.AddRange(List(value)); break;
                case "flags": flags.AddRange(List(value)); break;
                case "stages":
                    try { stages = List(value).Select(Model.Stages.Parse).Distinct().Order().ToList(); }
                    catch (FormatException) { /* a typo in front matter must not drop the case: run every stage */ }
                    break;
                case "expect-error": expected = value; break;
            }
        }
        return new CaseMetadata(features, stages, expected, flags);
    }

    private static IEnumerable<string> List(string value) =>
        value.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^#\s*(?<key>features|stages|expect-error|flags)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Entry();
}
