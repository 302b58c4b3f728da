using Conformance.Harness.Model;

namespace Conformance.Harness.Rules;

/// <summary>A rule threw while judging a case: the verdict becomes a harness error naming the rule.</summary>
public sealed class RuleFailedException(string message, Exception inner) : Exception(message, inner);

/// <summary>The compiled rules of a run: normalizers (global and opt-in) and waivers.</summary>
public sealed class RuleSet(IReadOnlyList<NormalizerRule> normalizers, IReadOnlyList<WaiverRule> waivers, IReadOnlyList<string> files, double compileSeconds)
{
    public static readonly RuleSet Empty = new([], [], [], 0);

    public IReadOnlyList<NormalizerRule> Normalizers { get; } = normalizers;
    public IReadOnlyList<WaiverRule> Waivers { get; } = waivers;
    public IReadOnlyList<string> Files { get; } = files;
    public double CompileSeconds { get; } = compileSeconds;

    /// <summary>The front matter names a normalizer no rule defines: a typo that would silently compare raw output.</summary>
    public string? UnknownNormalizer(IEnumerable<string> names) =>
        names.FirstOrDefault(name => !Normalizers.Any(rule => rule.OptIn && rule.Name == name));

    /// <summary>Global normalizers, then the case's opt-in ones in the order it names them.</summary>
    public Artifact Normalize(Artifact artifact, RuleCase kase, IReadOnlyList<string> caseNormalizers, Stage stage, Side side)
    {
        var context = new NormalizeContext(kase, stage, side);
        foreach (var rule in Normalizers.Where(rule => !rule.OptIn)
                     .Concat(caseNormalizers.Select(name => Normalizers.First(rule => rule.OptIn && rule.Name == name))))
        {
            try
            {
                artifact = ArtifactText.Map(artifact, text => rule.Apply(context, text));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new RuleFailedException($"normalizer '{rule.Name}' ({rule.File}) threw {e.GetType().Name}: {e.Message}", e);
            }
        }
        return artifact;
    }

    /// <summary>The first waiver that claims this divergence, or null.</summary>
    public WaiverRule? Waive(WaiverContext context)
    {
        foreach (var rule in Waivers)
        {
            bool applies;
            try { applies = rule.Applies(context); }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw new RuleFailedException($"waiver '{rule.Name}' ({rule.File}) threw {e.GetType().Name}: {e.Message}", e);
            }
            if (applies) return rule;
        }
        return null;
    }

    /// <summary>What reports show for a waived case: the rule, its reason and its link.</summary>
    public static string Describe(WaiverRule rule) =>
        $"waiver {rule.Name}: {rule.Reason}" + (string.IsNullOrEmpty(rule.Link) ? "" : $" ({rule.Link})");
}
