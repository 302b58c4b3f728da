using Conformance.Harness.Model;

namespace Conformance.Harness.Rules;

// The API a rule script (corpus/rules/*.csx) is compiled against: corpus/rules/README.md documents
// it. Keep it small and stable: user scripts break when it changes.

/// <summary>Which side produced an artifact.</summary>
public enum Side { Oracle, Impl }

/// <summary>The case a rule looks at: its name in reports, path, path under the corpus root, and front matter.</summary>
public sealed class RuleCase(string name, string path, string? corpusPath, IReadOnlyList<string> features, IReadOnlyList<string> flags)
{
    private readonly Lazy<byte[]> _bytes = new(() => File.ReadAllBytes(path));

    /// <summary>The name reports use (e.g. corpus/run/strings/split.py).</summary>
    public string Name { get; } = name;
    /// <summary>The absolute path of the case file.</summary>
    public string Path { get; } = path;
    /// <summary>The path relative to the folder of settings.json, with '/' (null outside a curated corpus).</summary>
    public string? CorpusPath { get; } = corpusPath;
    public IReadOnlyList<string> Features { get; } = features;
    public IReadOnlyList<string> Flags { get; } = flags;
    /// <summary>The case's bytes, read on first use.</summary>
    public byte[] Bytes => _bytes.Value;
    /// <summary>The case's text decoded as UTF-8 (undecodable bytes become U+FFFD).</summary>
    public string Source => System.Text.Encoding.UTF8.GetString(Bytes);
    public bool HasFeature(string feature) => Features.Contains(feature, StringComparer.Ordinal);
}

/// <summary>What a normalizer sees besides the text: the case, the stage and the side whose artifact it rewrites.</summary>
public sealed record NormalizeContext(RuleCase Case, Stage Stage, Side Side);

/// <summary>
/// What a waiver sees: the case, the stage, both artifacts (after normalizers) and the first
/// difference the harness found between them.
/// </summary>
public sealed record WaiverContext(RuleCase Case, Stage Stage, Artifact Oracle, Artifact Impl, FirstDifference Difference)
{
    /// <summary>Every text of the oracle's artifact joined by newlines (tokens, dump, dis text, stdout and stderr).</summary>
    public string OracleText => ArtifactText.Flatten(Oracle);
    public string ImplText => ArtifactText.Flatten(Impl);
}

/// <summary>A text rewrite applied to both sides' artifacts before they are compared.</summary>
public sealed record NormalizerRule(string Name, Func<NormalizeContext, string, string> Apply, bool OptIn, string File);

/// <summary>A known divergence: when Applies says so, a divergent verdict becomes "waived" with the reason and link.</summary>
public sealed record WaiverRule(string Name, string Reason, string Link, Func<WaiverContext, bool> Applies, string File);

/// <summary>
/// The globals of every rule script: the script's top-level code calls these to register its rules.
/// Registration happens once per run, when the scripts are compiled and run.
/// </summary>
public class RuleHost
{
    internal readonly List<NormalizerRule> Normalizers = [];
    internal readonly List<WaiverRule> Waivers = [];
    internal string CurrentFile = "";

    /// <summary>
    /// A normalizer applied to every case at every stage: <paramref name="apply"/> gets each text
    /// of an artifact (a token's string and line, the ast dump, the dis text and co_* values,
    /// stdout and stderr, error messages) and returns it rewritten. Check ctx.Stage to limit it.
    /// </summary>
    public void Normalizer(string name, Func<NormalizeContext, string, string> apply) => Add(name, apply, optIn: false);

    /// <summary>A normalizer applied only to cases that name it in their front matter: `# normalize: [name]`.</summary>
    public void CaseNormalizer(string name, Func<NormalizeContext, string, string> apply) => Add(name, apply, optIn: true);

    /// <summary>
    /// A known divergence: when <paramref name="applies"/> returns true for a divergent case and
    /// stage, the verdict becomes "waived", listed in every report with the reason and the link.
    /// </summary>
    public void Waiver(string name, string reason, string link, Func<WaiverContext, bool> applies)
    {
        if (string.IsNullOrWhiteSpace(reason)) throw new ArgumentException($"waiver '{name}' needs a reason");
        ArgumentNullException.ThrowIfNull(applies);
        CheckName(name);
        Waivers.Add(new WaiverRule(name, reason, link ?? "", applies, CurrentFile));
    }

    private void Add(string name, Func<NormalizeContext, string, string> apply, bool optIn)
    {
        ArgumentNullException.ThrowIfNull(apply);
        CheckName(name);
        Normalizers.Add(new NormalizerRule(name, apply, optIn, CurrentFile));
    }

    private void CheckName(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("a rule needs a name");
        if (Normalizers.Any(rule => rule.Name == name) || Waivers.Any(rule => rule.Name == name))
            throw new ArgumentException($"a rule named '{name}' is already defined");
    }
}
