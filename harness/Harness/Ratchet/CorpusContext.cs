using System.Collections.Concurrent;
using Conformance.Harness.Corpus;
using Conformance.Harness.Diff;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Rules;
using Conformance.Harness.Runner;

namespace Conformance.Harness.Ratchet;

/// <summary>
/// What one stage of one case came to before exclusions and waivers, and what covered it: the
/// ratchet and `--update-exclusions` work from these.
/// </summary>
public sealed record RatchetEntry(string Case, string? CorpusPath, Stage Stage, Verdict Underlying, bool Unexpected,
    FirstDifference? Difference, string? Detail, Exclusion? Exclusion, WaiverRule? Waiver)
{
    /// <summary>The implementation fell short here (what a debt exclusion stands for).</summary>
    public bool Fails => Unexpected && Waiver is null;
}

/// <summary>
/// A curated corpus's settings and rules for one run: normalizes both sides' artifacts with the
/// rules, turns divergences covered by a waiver or an exclusion into "waived" (with the reason,
/// never dropped), and records every verdict for the ratchet.
/// </summary>
public sealed class CorpusContext
{
    public const string SlowFlag = "slow";

    private readonly ConcurrentBag<RatchetEntry> _entries = [];

    public CorpusContext(CorpusSettings? settings, RuleSet rules, bool skipSlow = false)
    {
        Settings = settings;
        Rules = rules;
        SkipSlow = skipSlow;
    }

    public CorpusSettings? Settings { get; }
    public RuleSet Rules { get; }
    public bool SkipSlow { get; }
    public IReadOnlyCollection<RatchetEntry> Entries => _entries;

    /// <summary>settings.json found from the given paths (or named by --settings), and the rules of its rules folder.</summary>
    public static CorpusContext Load(IReadOnlyList<string> paths, string? settingsPath, bool skipSlow)
    {
        var (settings, rules) = Begin(paths, settingsPath);
        return new CorpusContext(settings, rules.GetAwaiter().GetResult(), skipSlow);
    }

    /// <summary>
    /// Reads the settings now and compiles the rules in the background: Roslyn takes seconds,
    /// which the run spends starting its workers meanwhile. Awaiting the task throws the
    /// SetupException of a rule that does not compile.
    /// </summary>
    public static (CorpusSettings? Settings, Task<RuleSet> Rules) Begin(IReadOnlyList<string> paths, string? settingsPath)
    {
        if (settingsPath == "none") return (null, Task.FromResult(RuleSet.Empty));
        if (settingsPath is not null && !File.Exists(settingsPath)) throw new SetupException($"no such settings file: {settingsPath}");
        var found = settingsPath ?? CorpusSettings.Find(paths);
        if (found is null) return (null, Task.FromResult(RuleSet.Empty));
        var settings = CorpusSettings.Load(found);
        return (settings, Task.Run(() => RuleCompiler.LoadFolder(Path.Combine(settings.Root, settings.RulesFolder))));
    }

    /// <summary>Drops the files settings.json says are not cases (generators, helpers); returns what was dropped and why.</summary>
    public List<(CaseInfo Case, string Reason)> RemoveIgnored(List<CaseInfo> cases)
    {
        var ignored = new List<(CaseInfo, string)>();
        if (Settings is null || Settings.Ignore.Count == 0) return ignored;
        cases.RemoveAll(info =>
        {
            if (Settings.IgnoreReason(info.Path) is not { } reason) return false;
            ignored.Add((info, reason));
            return true;
        });
        return ignored;
    }

    /// <summary>Front matter naming a normalizer no rule defines is a setup error: the comparison would silently be raw.</summary>
    public void CheckNormalizerNames(IEnumerable<CaseInfo> cases)
    {
        foreach (var info in cases)
            if (Rules.UnknownNormalizer(info.Metadata.Normalizers) is { } name)
                throw new SetupException($"{info.Path}: front matter names normalizer '{name}', which no rule in " +
                                         $"{(Settings is null ? "the rules folder" : Path.Combine(Settings.Root, Settings.RulesFolder))} defines as a CaseNormalizer");
    }

    /// <summary>Why a stage of the case is not run although the front matter lists it, or null.</summary>
    public string? SkipReason(CaseInfo info, Stage stage) =>
        SkipSlow && stage == Stage.Run && info.Metadata.HasFlag(SlowFlag)
            ? "flagged slow in its front matter; this run skips slow programs (--skip-slow)"
            : null;

    /// <summary>Normalizes both artifacts, judges them, then applies waivers and exclusions. Records the entry for the ratchet.</summary>
    public Judgement Judge(CaseInfo info, Stage stage, StageOutcome oracle, StageOutcome impl, OutputNormalizer normalizer)
    {
        var corpusPath = Settings?.Relative(info.Path);
        var kase = new RuleCase(info.Name, info.Path, corpusPath, info.Metadata.Features, info.Metadata.Flags);
        Judgement judgement;
        WaiverRule? waiver = null;
        try
        {
            if (oracle.Artifact is { } o && impl.Artifact is { } i && (Rules.Normalizers.Count > 0))
            {
                oracle = oracle with { Artifact = Rules.Normalize(o, kase, info.Metadata.Normalizers, stage, Side.Oracle) };
                impl = impl with { Artifact = Rules.Normalize(i, kase, info.Metadata.Normalizers, stage, Side.Impl) };
            }
            judgement = Runner.Judge.Decide(oracle, impl, normalizer);
            if (ExpectationBroken(info, stage, oracle) is { } broken)
                judgement = new Judgement(Verdict.Error, judgement.Difference, broken, true);
            if (judgement.Verdict == Verdict.Divergent && Rules.Waivers.Count > 0)
                waiver = Rules.Waive(new WaiverContext(kase, stage, oracle.Artifact!, impl.Artifact!, judgement.Difference!));
        }
        catch (RuleFailedException e)
        {
            judgement = new Judgement(Verdict.Error, null, e.Message, true);
        }

        var exclusion = Settings?.ExclusionFor(info.Path, stage);
        _entries.Add(new RatchetEntry(info.Name, corpusPath, stage, judgement.Verdict, judgement.Unexpected, judgement.Difference, judgement.Detail, exclusion, waiver));

        if (waiver is not null)
            return judgement with { Verdict = Verdict.Waived, Unexpected = false, Waiver = RuleSet.Describe(waiver) };
        if (exclusion is not null && judgement.Unexpected)
        {
            // The underlying verdict stays readable in the detail: "excluded" never hides a crash as a divergence.
            var detail = judgement.Verdict == Verdict.Divergent ? judgement.Detail : $"{judgement.Verdict.Name()}: {judgement.Detail}";
            return judgement with { Verdict = Verdict.Waived, Unexpected = false, Detail = detail, Waiver = Describe(exclusion) };
        }
        return judgement;
    }

    /// <summary>
    /// `# expect-error: STAGE Type` is a claim about CPython: when the oracle's artifact at that
    /// stage does not carry an error of that type, the case is wrong (or CPython changed), which
    /// the run reports as a harness error rather than comparing the sides on a false premise.
    /// </summary>
    public static string? ExpectationBroken(CaseInfo info, Stage stage, StageOutcome oracle)
    {
        if (info.Metadata.ExpectedError is not { } expected || oracle.Artifact is not { } artifact) return null;
        var parts = expected.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return $"front matter: expect-error needs a stage and an exception type, got '{expected}'";
        Stage expectedStage;
        try { expectedStage = Stages.Parse(parts[0]); }
        catch (FormatException e) { return $"front matter: expect-error: {e.Message}"; }
        if (expectedStage != stage) return null;
        var type = parts[1];
        var actual = artifact switch
        {
            TokensArtifact t => t.Error?.Type,
            AstArtifact a => a.Error?.Type,
            DisArtifact d => d.Error?.Type,
            RunArtifact r => RaisedAtExit(r, type) ? type : null,
            _ => null,
        };
        return actual == type ? null : $"front matter expects {stage.Name()} {type}, but CPython gave {actual ?? "no error"} at that stage";
    }

    /// <summary>A program that died of an uncaught TYPE prints "TYPE: message" (or "TYPE") last on stderr and exits non-zero.</summary>
    private static bool RaisedAtExit(RunArtifact run, string type)
    {
        if (run.ExitCode == 0) return false;
        var stderr = ArtifactDiff.Decode(run.Stderr.Head).TrimEnd();
        var last = stderr[(stderr.LastIndexOf('\n') + 1)..];
        return last == type || last.StartsWith(type + ":", StringComparison.Ordinal) || last.Contains("." + type + ":", StringComparison.Ordinal);
    }

    /// <summary>What reports show for an excluded case.</summary>
    public static string Describe(Exclusion exclusion) =>
        $"excluded ({exclusion.Kind.ToString().ToLowerInvariant()}): {exclusion.Reason}" + (exclusion.Note is null ? "" : $" [{exclusion.Note}]");

    /// <summary>The exclusions as the report lists them.</summary>
    public IReadOnlyList<Report.ExclusionInfo> ReportExclusions() =>
        Settings?.Exclusions.Select(e => new Report.ExclusionInfo(e.Case, e.StageName, e.Reason + (e.Note is null ? "" : $" [{e.Note}]"),
            e.Kind.ToString().ToLowerInvariant())).ToList() ?? [];
}
