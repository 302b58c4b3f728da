using Conformance.Harness.Corpus;
using Conformance.Harness.Model;
using Conformance.Harness.Report;
using Conformance.Harness.Runner;

namespace Conformance.Harness.Ratchet;

/// <summary>
/// The fidelity ratchet's console side. settings.json's debt list is the baseline of known
/// divergences: a failure it does not list fails the run (exit code 1, as any unexpected
/// divergence does); an excluded case that now passes is printed so the list only shrinks; and
/// `--update-exclusions` rewrites the debt list from the run.
/// </summary>
public static class RatchetCheck
{
    /// <summary>Failures listed one by one on the console; the report has them all.</summary>
    public const int MaxListed = 60;

    public static void Announce(CorpusContext corpus, IReadOnlyList<(CaseInfo Case, string Reason)> ignored, SideInfo oracle, bool quiet, TextWriter console)
    {
        if (corpus.Settings is not { } settings) return;
        if (settings.Target is { } target && !(oracle.Version == target || oracle.Version.StartsWith(target + ".", StringComparison.Ordinal)))
            console.WriteLine($"warning: {settings.Path} pins Python {target} but the oracle is {oracle.Name} {oracle.Version}: " +
                              "its exclusions are the baseline of the pinned version");
        if (quiet) return;
        var debt = settings.Exclusions.Count(e => e.Kind == ExclusionKind.Debt);
        console.WriteLine($"corpus settings: {settings.Path} (target {settings.Target ?? "-"}), {debt} debt and " +
                          $"{settings.Exclusions.Count - debt} permanent exclusions, {corpus.Rules.Normalizers.Count} normalizers and " +
                          $"{corpus.Rules.Waivers.Count} waivers from {corpus.Rules.Files.Count} rule files (compiled in {corpus.Rules.CompileSeconds:0.0} s)" +
                          (ignored.Count > 0 ? $", {ignored.Count} files ignored (not cases)" : ""));
    }

    /// <summary>Prints the ratchet's verdict and updates the exclusions when asked; returns the run's exit code.</summary>
    public static int Finish(CorpusContext corpus, RunOptions options, bool interrupted, int exitCode, TextWriter console)
    {
        if (corpus.Settings is not { } settings) return exitCode;
        var entries = corpus.Entries.OrderBy(e => e.Case, StringComparer.Ordinal).ThenBy(e => e.Stage).ToList();

        var nowPassing = entries.Where(e => e.Exclusion is not null && e.Underlying == Verdict.Identical).ToList();
        if (nowPassing.Count > 0)
        {
            console.WriteLine($"ratchet: {nowPassing.Count} excluded case stages now pass: take them out of {settings.Path} " +
                              "(harness run ... --update-exclusions does it for debt):");
            foreach (var e in nowPassing)
                console.WriteLine($"  {e.CorpusPath ?? e.Case} [{e.Stage.Name()}] ({e.Exclusion!.Kind.ToString().ToLowerInvariant()}: {DisplayText.OneLine(e.Exclusion.Reason, 100)})");
        }

        foreach (var stale in StaleExclusions(settings))
            console.WriteLine($"ratchet: warning: {settings.Path} excludes {stale.Case}, which does not exist");

        if (options.UpdateExclusions)
        {
            if (interrupted)
            {
                console.WriteLine("ratchet: the run was interrupted: exclusions left as they were");
                return exitCode;
            }
            var change = ExclusionUpdater.Update(settings, entries);
            console.WriteLine($"ratchet: wrote {settings.Path}: {change.Count} debt exclusions (+{change.Added} new, -{change.Removed} gone)");
            return 0;
        }

        var failing = entries.Where(e => e.Fails && e.Exclusion is null).ToList();
        if (failing.Count > 0)
        {
            console.WriteLine($"ratchet: FAIL: {failing.Count} case stages fail that {settings.Path} does not exclude:");
            foreach (var e in failing.Take(MaxListed))
                console.WriteLine($"  {e.CorpusPath ?? e.Case} [{e.Stage.Name()}] {ExclusionUpdater.Reason(e)}");
            if (failing.Count > MaxListed) console.WriteLine($"  ... and {failing.Count - MaxListed} more (see the report)");
            console.WriteLine("ratchet: fix them, or if the divergence is accepted debt: harness run corpus --update-exclusions");
        }
        else
        {
            var excluded = entries.Count(e => e.Exclusion is not null && e.Fails);
            var waived = entries.Count(e => e.Waiver is not null);
            console.WriteLine($"ratchet: PASS: {entries.Count} case stages compared, {excluded} failures excluded, {waived} waived by rules, " +
                              $"{nowPassing.Count} excluded now passing");
        }
        return exitCode;
    }

    /// <summary>Exclusions naming (without a glob) a file that is not there: renamed or deleted cases.</summary>
    public static IEnumerable<Exclusion> StaleExclusions(CorpusSettings settings) =>
        settings.Exclusions.Where(e => e.Case.IndexOfAny(['*', '?']) < 0 && !File.Exists(Path.Combine(settings.Root, e.Case)));
}
