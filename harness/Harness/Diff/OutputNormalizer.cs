namespace Conformance.Harness.Diff;

/// <summary>
/// Rewrites what legitimately differs between the two sides' program output before comparing
/// stderr: each side's standard-library folder becomes &lt;stdlib&gt;, a temporary working
/// folder becomes &lt;cwd&gt;. Stdout is compared byte for byte and never normalized.
/// </summary>
public sealed class OutputNormalizer(IReadOnlyList<(string From, string To)> replacements)
{
    public static readonly OutputNormalizer None = new([]);

    public static OutputNormalizer ForSides(string? oracleStdlib, string? implStdlib)
    {
        var list = new List<(string, string)>();
        foreach (var lib in new[] { oracleStdlib, implStdlib })
            if (!string.IsNullOrEmpty(lib)) list.Add((lib.TrimEnd('/') + "/", "<stdlib>/"));
        // Longest first, so a prefix never eats part of a longer path.
        list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return new OutputNormalizer(list);
    }

    public string Normalize(string text)
    {
        foreach (var (from, to) in replacements)
            text = text.Replace(from, to, StringComparison.Ordinal);
        return System.Text.RegularExpressions.Regex.Replace(text, @"/tmp/conformance-run-[A-Za-z0-9_.]+", "<cwd>");
    }
}
