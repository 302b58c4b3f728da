namespace Conformance.Harness.Diff;

/// <summary>
/// Rewrites what legitimately differs between the two sides' program output before comparing
/// stderr: each side's standard-library folder becomes &lt;stdlib&gt;, a temporary working
/// folder becomes &lt;cwd&gt;. Stdout is compared byte for byte unless repr addresses are masked (the fuzzer).
/// </summary>
public sealed class OutputNormalizer(IReadOnlyList<(string From, string To)> replacements)
{
    public static readonly OutputNormalizer None = new([]);

    /// <summary>
    /// Also mask the addresses of default reprs (" at 0x7f3a..."), in stdout as in stderr: what
    /// corpus/rules/mask_addresses.csx does for the corpus, for the fuzzer, which runs no rules. CPython's numbers are
    /// addresses and the reference's are counters; neither means anything to the comparison.
    /// </summary>
    public bool MaskReprAddresses { get; init; }

    private static readonly System.Text.RegularExpressions.Regex s_reprAddress =
        new(@"(?<= at )0x[0-9a-fA-F]+\b", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>What stdout is compared as: unchanged unless addresses are masked.</summary>
    public string NormalizeStdout(string text) => MaskReprAddresses ? s_reprAddress.Replace(text, "0xADDR") : text;

    public static OutputNormalizer ForSides(string? oracleStdlib, string? implStdlib, bool maskReprAddresses = false)
    {
        var list = new List<(string, string)>();
        foreach (var lib in new[] { oracleStdlib, implStdlib })
            if (!string.IsNullOrEmpty(lib)) list.Add((lib.TrimEnd('/') + "/", "<stdlib>/"));
        // Longest first, so a prefix never eats part of a longer path.
        list.Sort((a, b) => b.Item1.Length.CompareTo(a.Item1.Length));
        return new OutputNormalizer(list) { MaskReprAddresses = maskReprAddresses };
    }

    public string Normalize(string text)
    {
        foreach (var (from, to) in replacements)
            text = text.Replace(from, to, StringComparison.Ordinal);
        return NormalizeStdout(System.Text.RegularExpressions.Regex.Replace(text, @"/tmp/conformance-run-[A-Za-z0-9_.]+", "<cwd>"));
    }
}
