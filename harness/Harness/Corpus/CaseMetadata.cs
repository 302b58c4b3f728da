using System.Text;
using System.Text.RegularExpressions;
using Conformance.Harness.Model;

namespace Conformance.Harness.Corpus;

/// <summary>
/// The front matter of a curated case, in the manner of test262: comment lines at the top of the
/// file such as `# features: [match, patterns]`, `# stages: [tokens, ast]`,
/// `# expect-error: ast SyntaxError`, `# flags: [slow]`, `# normalize: [addresses]` (rules of
/// corpus/rules/*.csx that apply to this case only). Files without it (the stdlib, fuzzed
/// programs) apply to every stage. corpus/README.md documents the keys.
/// </summary>
public sealed partial record CaseMetadata(
    IReadOnlyList<string> Features,
    IReadOnlyList<Stage>? Stages,
    string? ExpectedError,
    IReadOnlyList<string> Flags)
{
    public static readonly CaseMetadata None = new([], null, null, []);

    /// <summary>Names of opt-in normalizer rules (corpus/rules/*.csx) this case asks for.</summary>
    public IReadOnlyList<string> Normalizers { get; init; } = [];

    public bool HasFlag(string flag) => Flags.Contains(flag, StringComparer.OrdinalIgnoreCase);

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

    /// <summary>
    /// The front matter is the first block of comment lines holding a key. It normally opens the
    /// file; a case whose point is what comes first (a BOM, a coding cookie, code before the cookie,
    /// undecodable bytes on line 1) may put a few lines before it. The block ends at the first line
    /// that is not a comment once a key has been seen, so a later `# stages:` comment in the body
    /// never counts.
    /// </summary>
    public static CaseMetadata Parse(string text)
    {
        var features = new List<string>();
        var flags = new List<string>();
        var normalizers = new List<string>();
        IReadOnlyList<Stage>? stages = null;
        string? expected = null;
        var seenKey = false;
        // A UTF-8 BOM read as Latin-1 (Read) or as UTF-16 (a caller's string).
        if (text.StartsWith("\u00EF\u00BB\u00BF", StringComparison.Ordinal)) text = text[3..];
        else if (text.StartsWith('\uFEFF')) text = text[1..];
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length == 0) continue;
            if (!line.StartsWith('#'))
            {
                if (seenKey) break;
                continue;
            }
            var m = Entry().Match(line);
            if (!m.Success) continue;
            seenKey = true;
            var value = m.Groups["value"].Value.Trim();
            switch (m.Groups["key"].Value.ToLowerInvariant())
            {
                case "features": features.AddRange(List(value)); break;
                case "flags": flags.AddRange(List(value)); break;
                case "normalize": normalizers.AddRange(List(value)); break;
                case "stages":
                    try { stages = List(value).Select(Model.Stages.Parse).Distinct().Order().ToList(); }
                    catch (FormatException) { /* a typo in front matter must not drop the case: run every stage */ }
                    break;
                case "expect-error": expected = value; break;
            }
        }
        return new CaseMetadata(features, stages, expected, flags) { Normalizers = normalizers };
    }

    private static IEnumerable<string> List(string value) =>
        value.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"^#\s*(?<key>features|stages|expect-error|flags|normalize)\s*:\s*(?<value>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Entry();
}
