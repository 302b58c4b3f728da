using System.Diagnostics;
using System.Text.Json;
using Conformance.Harness.Corpus;
using Conformance.Harness.Diff;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Execution;
using Conformance.Harness.Fuzz;
using Conformance.Harness.Ratchet;
using Pyref;

namespace Conformance.Harness.Runner;

/// <summary>
/// The `run` verb: every case through every requested stage on both sides, verdicts appended to
/// results.jsonl as they come, then summary.json, the report and (optionally) JUnit XML.
/// </summary>
public sealed class ConformanceRun
{
    /// <summary>Static stages of large stdlib files take seconds on a loaded machine; only the run stage needs a short leash.</summary>
    private static readonly TimeSpan MinimumStaticTimeout = TimeSpan.FromSeconds(30);

    public sealed record Outcome(int ExitCode, Summary Summary, string OutDir, IReadOnlyList<CaseResult> Results);

    /// <summary>The detail of a stage the case's front matter leaves out (the per-feature table does not count those).</summary>
    public const string NotAStageOfThisCase = Report.FeatureTable.NotAStageDetail;

    public static async Task<Outcome> ExecuteAsync(RunOptions options, TextWriter console, CancellationToken cancellation)
    {
        var wall = Stopwatch.StartNew();
        // Settings first (they pin the target); the rules compile while the workers start, and a rule
        // that does not compile stops the run before any case runs.
        var (settings, rules) = CorpusContext.Begin(options.Paths, options.Settings);
        if (!options.TargetGiven && settings?.Target is { } pinned) options = options with { Target = pinned };
        Directory.CreateDirectory(options.OutDir);
        var runner = new ScriptRunner(options.Timeout);
        var staticTimeout = options.Timeout > MinimumStaticTimeout ? options.Timeout : MinimumStaticTimeout;
        var jobs = Math.Max(1, options.Jobs);

        var python = await PythonImplementation.StartAsync(options.Oracle, jobs, staticTimeout, runner, cancellation, options.Clock);
        // CPython's run stage forks a warm worker (as the fuzzer's does) unless --process-run asks for `python3 FILE`.
        await using IImplementation oracle = !options.ProcessRun && ForkedPython.CanFork(python)
            ? ForkedPython.Start(python, options.Oracle, jobs, options.Timeout)
            : python;
        await using var impl = await CreateImplementationAsync(options, jobs, staticTimeout, runner, python, cancellation);

        var corpus = new CorpusContext(settings, await rules, options.SkipSlow);
        var cases = CaseSource.Discover(options.Paths, options.Stdlib ? oracle.StdlibPath : null);
        RatchetCheck.Announce(corpus, corpus.RemoveIgnored(cases), oracle.Info, options.Quiet, console);
        corpus.CheckNormalizerNames(cases);
        var summary = new Summary
        {
            StaticClock = options.Clock,
            Oracle = oracle.Info,
            Impl = impl.Info,
            VersionNote = oracle.TargetVersion == impl.TargetVersion ? null :
                $"the sides target different Python versions (oracle {oracle.TargetVersion}, impl {impl.TargetVersion}): " +
                "tokens, ast and dis differ by design wherever the versions differ",
            RunNote = impl switch
            {
                ReferenceImplementation r => r.RunNote,
                ReferenceProcessImplementation r => r.RunNote,
                _ => null,
            },
        };
        foreach (var stage in options.Stages) summary.Stages[stage.Name()] = new StageSummary();

        var normalizer = OutputNormalizer.ForSides(oracle.StdlibPath, impl.StdlibPath);
        var results = new List<CaseResult>();
        var unexpected = 0;
        using var writer = new ResultsWriter(Path.Combine(options.OutDir, "results.jsonl"));
        using var progress = RunProgress.Create(cases.Count, options.Quiet, console);

        void Record(CaseResult result, bool isUnexpected)
        {
            writer.Write(result);
            lock (results)
            {
                results.Add(result);
                summary.Stages[result.Stage].Add(result);
                if (isUnexpected) unexpected++;
            }
        }

        try
        {
            await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = jobs, CancellationToken = cancellation },
                async (info, token) =>
                {
                    foreach (var (result, isUnexpected) in await RunCaseAsync(info, options.Stages, oracle, impl, normalizer, token, corpus))
                        Record(result, isUnexpected);
                    progress.CaseDone(info.Name);
                });
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            summary.Interrupted = true;
        }

        summary.WallSeconds = Math.Round(wall.Elapsed.TotalSeconds, 3);
        if (options.Stages.Contains(Stage.Run)) summary.RunPath = RunPaths(oracle, impl);
        progress.Dispose();
        var ordered = results.OrderBy(r => r.Case, StringComparer.Ordinal).ThenBy(r => r.StageValue).ToList();
        await WriteSummaryAsync(Path.Combine(options.OutDir, "summary.json"), summary);
        ReportHook.Write(options, summary, ordered, console, corpus.ReportExclusions());
        var exitCode = unexpected > 0 ? 1 : 0;
        exitCode = RatchetCheck.Finish(corpus, options, summary.Interrupted, exitCode, console);
        return new Outcome(exitCode, summary, options.OutDir, ordered);
    }

    /// <summary>summary.json's run_path: how each side ran its programs.</summary>
    public static string RunPaths(IImplementation oracle, IImplementation impl)
    {
        var oraclePath = oracle is ForkedPython ? "oracle: forks of warm worker processes (oracle_worker.py run op)" : "oracle: one `python3 FILE` process per program";
        var implPath = impl switch
        {
            ReferenceImplementation r => r.RunPath,
            ReferenceProcessImplementation r => r.RunPath,
            _ => "impl: one `EXE FILE` process per program",
        };
        return $"{oraclePath}; {implPath}";
    }

    public static async Task WriteSummaryAsync(string path, Summary summary)
    {
        await using var stream = File.Create(path);
        await JsonSerializer.SerializeAsync(stream, summary, new JsonSerializerOptions { WriteIndented = true });
    }

    internal static async Task<IImplementation> CreateImplementationAsync(RunOptions options, int jobs, TimeSpan staticTimeout,
        ScriptRunner runner, PythonImplementation oracle, CancellationToken cancellation)
    {
        var target = PythonVersion.Parse(options.Target);
        if (options.FromPyc && options.Impl is not ("reference" or "reference-process"))
            throw new SetupException("--from-pyc runs the reference VM on CPython's bytecode: it needs --impl reference or reference-process");
        var pycCompiler = options.FromPyc ? options.Oracle : null;
        switch (options.Impl)
        {
            case "reference":
            {
                // The reference interpreter imports the oracle's pure-Python stdlib at run time (DESIGN.md).
                var reference = new ReferenceImplementation(target, staticTimeout, runner, oracle.StdlibPath, pycCompiler, options.Clock, options.ProcessRun ? 0 : jobs);
                reference.WarmUp(options.Stages);
                await reference.StartAsync(cancellation);
                return reference;
            }
            case "reference-process":
            {
                var reference = await ReferenceProcessImplementation.StartAsync(target, jobs, staticTimeout, runner, oracle.StdlibPath, cancellation, pycCompiler,
                    options.Clock, options.ProcessRun ? 0 : jobs);
                return reference;
            }
            default:
                return await PythonImplementation.StartAsync(options.Impl, jobs, staticTimeout, runner, cancellation, options.Clock);
        }
    }

    /// <summary>
    /// A run-stage artifact produced by another path than the side's usual one (a warm worker's program
    /// rerun as a process) says so in the verdict's detail, whatever the verdict.
    /// </summary>
    private static Judgement WithRunPath(Judgement judgement, Stage stage, StageOutcome oracle, StageOutcome impl)
    {
        if (stage != Stage.Run) return judgement;
        var notes = new[] { (Side: "oracle", Outcome: oracle), (Side: "impl", Outcome: impl) }
            .Where(s => s.Outcome.Kind == OutcomeKind.Produced && s.Outcome.Detail is not null)
            .Select(s => $"{s.Side}: {s.Outcome.Detail}")
            .ToList();
        if (notes.Count == 0) return judgement;
        var note = string.Join("; ", notes);
        return judgement with { Detail = judgement.Detail is null ? note : $"{judgement.Detail}; {note}" };
    }

    /// <summary>One case through its stages on both sides. The sides work at the same time.</summary>
    public static async Task<List<(CaseResult, bool)>> RunCaseAsync(CaseInfo info, IReadOnlyList<Stage> stages,
        IImplementation oracle, IImplementation impl, OutputNormalizer normalizer, CancellationToken cancellation,
        CorpusContext? corpus = null)
    {
        var applicable = stages.Where(s => (info.Metadata.Stages is null || info.Metadata.Stages.Contains(s))
                                           && corpus?.SkipReason(info, s) is null).ToList();
        var file = new CaseFile(info.Path, info.Name);
        var staticStages = applicable.Where(s => s.IsStatic()).ToList();

        var oracleStatic = oracle.AnalyzeAsync(file, staticStages, cancellation);
        var implStatic = impl.AnalyzeAsync(file, staticStages, cancellation);
        var oracleOutcomes = new Dictionary<Stage, StageOutcome>(await oracleStatic);
        var implOutcomes = new Dictionary<Stage, StageOutcome>(await implStatic);
        if (applicable.Contains(Stage.Run))
        {
            var oracleRun = oracle.RunAsync(file, cancellation);
            var implRun = impl.RunAsync(file, cancellation);
            oracleOutcomes[Stage.Run] = await oracleRun;
            implOutcomes[Stage.Run] = await implRun;
        }

        var lines = new List<(CaseResult, bool)>();
        foreach (var stage in stages)
        {
            Judgement judgement;
            double? oracleSeconds = null, implSeconds = null;
            if (!applicable.Contains(stage))
            {
                judgement = new Judgement(Verdict.Skipped, null, corpus?.SkipReason(info, stage) ?? NotAStageOfThisCase, false);
            }
            else
            {
                var o = oracleOutcomes.GetValueOrDefault(stage) ?? StageOutcome.Failed("no outcome");
                var i = implOutcomes.GetValueOrDefault(stage) ?? StageOutcome.Failed("no outcome");
                judgement = corpus?.Judge(info, stage, o, i, normalizer) ?? Judge.Decide(o, i, normalizer);
                judgement = WithRunPath(judgement, stage, o, i);
                oracleSeconds = Math.Round(o.Seconds, 6);
                implSeconds = Math.Round(i.Seconds, 6);
            }
            var result = new CaseResult(info.Name, stage.Name(), judgement.Verdict.Name(), judgement.Difference,
                new SideSeconds(oracleSeconds, implSeconds), judgement.Detail, judgement.Waiver,
                info.Metadata.Features.Count > 0 ? info.Metadata.Features : null);
            lines.Add((result, judgement.Unexpected));
        }
        return lines;
    }
}
