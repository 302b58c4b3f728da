using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Conformance.Harness.Diff;
using Conformance.Harness.Execution;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Runner;

namespace Conformance.Harness.Fuzz;

public sealed record FuzzOptions
{
    public double Seconds { get; init; } = 30;
    public int Seed { get; init; }
    public required IReadOnlyList<Stage> Stages { get; init; }
    public required string OutDir { get; init; }
    public string Oracle { get; init; } = "python3";
    public string Impl { get; init; } = "reference";
    public int Jobs { get; init; } = Environment.ProcessorCount;
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(5);
    public string Target { get; init; } = "3.11";
    /// <summary>Where reduced cases are written (corpus/regressions); null: into OutDir/regressions.</summary>
    public string? Regressions { get; init; }
    /// <summary>Files whose mutants feed the tokenizer's and parser's error paths; empty: no mutants.</summary>
    public IReadOnlyList<string> MutationSources { get; init; } = [];
    /// <summary>One program in this many is a mutant (when there are sources).</summary>
    public int MutantEvery { get; init; } = 5;
    /// <summary>Seconds of reduction each distinct divergence may take.</summary>
    public double ReduceSeconds { get; init; } = 60;
    /// <summary>Run programs in warm workers: CPython's as forks (ForkedPython), the reference's in process (WarmReferenceRunner).</summary>
    public bool ForkRun { get; init; } = true;
    public bool Quiet { get; init; }
}

/// <summary>
/// The `fuzz` verb: programs from ProgramGenerator (and mutants of corpus files) diffed through the
/// stages on both sides for a fixed time, divergences grouped by signature, the smallest program of
/// each signature reduced (AST shrinking, then ddmin) and written to the regressions corpus with its
/// provenance, and DIR/fuzz-summary.json. Program i of seed S is always the same program.
/// </summary>
public static class FuzzRun
{
    private sealed class Finding(string signature, Stage stage)
    {
        public string Signature { get; } = signature;
        public Stage Stage { get; } = stage;
        public long Count;
        public long Index = long.MaxValue;
        public byte[] Source = [];
        public bool Mutant;
        public string? MutantOf;
        public Judgement? Judgement;
    }

    public static async Task<(int ExitCode, FuzzSummary Summary)> ExecuteAsync(FuzzOptions options, TextWriter console, CancellationToken cancellation)
    {
        Directory.CreateDirectory(options.OutDir);
        var work = Directory.CreateTempSubdirectory("conformance-fuzz-");
        try
        {
            await using var sides = await Sides.StartAsync(options, cancellation);
            var evaluator = new FuzzEvaluator(sides.Oracle, sides.Impl, sides.Normalizer, work.FullName);
            var summary = new FuzzSummary { Seed = options.Seed, Stages = options.Stages.Select(s => s.Name()).ToList() };
            var findings = new ConcurrentDictionary<string, Finding>();
            var skipped = new ConcurrentDictionary<string, string>();
            long next = -1, generated = 0, valid = 0, mutants = 0, validMutants = 0, divergent = 0;
            var sources = options.MutationSources.Select(File.ReadAllBytes).Where(b => b.Length < 64 * 1024).ToList();
            var staticStages = options.Stages.Where(s => s.IsStatic()).ToList();

            var clock = Stopwatch.StartNew();
            var deadline = TimeSpan.FromSeconds(options.Seconds);
            var lastReport = TimeSpan.Zero;
            // Twice as many programs in flight as workers per side: a program spends most of its time waiting
            // for one side (CPython's fork, the reference's worker) while the other side's worker and the
            // generator would idle; the extra ones queue at the worker pools, whose timeouts start only when
            // a worker takes the request.
            var workers = Enumerable.Range(0, 2 * Math.Max(1, options.Jobs)).Select(_ => Task.Run(async () =>
            {
                while (clock.Elapsed < deadline && !cancellation.IsCancellationRequested)
                {
                    var index = Interlocked.Increment(ref next);
                    var mutant = sources.Count > 0 && staticStages.Count > 0 && options.MutantEvery > 0 && index % options.MutantEvery == options.MutantEvery - 1;
                    byte[] source;
                    string? origin = null;
                    if (mutant)
                    {
                        var pick = (int)(index / options.MutantEvery % sources.Count);
                        source = Mutator.Mutate(sources[pick], options.Seed, index);
                        origin = options.MutationSources.Where(p => new FileInfo(p).Length < 64 * 1024).ElementAt(pick);
                    }
                    else
                    {
                        source = Encoding.UTF8.GetBytes(ProgramGenerator.Generate(options.Seed, index, SizeOf(index)).ToSource());
                    }
                    FuzzVerdict verdict;
                    try
                    {
                        verdict = await evaluator.EvaluateAsync(source, mutant ? staticStages : options.Stages, cancellation);
                    }
                    catch (OperationCanceledException)
                    {
                        break;
                    }
                    if (mutant) { Interlocked.Increment(ref mutants); if (verdict.Valid) Interlocked.Increment(ref validMutants); }
                    else { Interlocked.Increment(ref generated); if (verdict.Valid) Interlocked.Increment(ref valid); }
                    foreach (var (stage, why) in verdict.Skipped ?? new Dictionary<Stage, string>()) skipped.TryAdd(stage.Name(), why);
                    if (verdict.Signature is null) continue;
                    Interlocked.Increment(ref divergent);
                    var finding = findings.GetOrAdd(verdict.Signature, s => new Finding(s, verdict.Stage!.Value));
                    lock (finding)
                    {
                        finding.Count++;
                        // The smallest program of a signature is the best start for reduction.
                        if (finding.Source.Length == 0 || source.Length < finding.Source.Length)
                        {
                            (finding.Index, finding.Source, finding.Mutant, finding.MutantOf, finding.Judgement) = (index, source, mutant, origin, verdict.Judgement);
                        }
                    }
                    if (!options.Quiet && finding.Count == 1) console.WriteLine($"fuzz: new divergence {verdict.Signature} (program {index})");
                }
            }, CancellationToken.None)).ToList();
            while (!Task.WhenAll(workers).IsCompleted)
            {
                await Task.WhenAny(Task.WhenAll(workers), Task.Delay(1000, CancellationToken.None));
                if (!options.Quiet && clock.Elapsed - lastReport > TimeSpan.FromSeconds(5))
                {
                    lastReport = clock.Elapsed;
                    console.WriteLine($"fuzz: {Interlocked.Read(ref generated)} programs ({Interlocked.Read(ref generated) / clock.Elapsed.TotalSeconds:0.0}/s), " +
                                      $"{Interlocked.Read(ref mutants)} mutants, {findings.Count} distinct divergences");
                }
            }
            var seconds = clock.Elapsed.TotalSeconds;
            summary.Interrupted = cancellation.IsCancellationRequested;
            summary.Programs = generated;
            summary.Seconds = Math.Round(seconds, 3);
            summary.ProgramsPerSecond = Math.Round(generated / Math.Max(seconds, 1e-9), 2);
            summary.ValidRate = generated == 0 ? 0 : Math.Round((double)valid / generated, 4);
            summary.Mutants = mutants;
            summary.MutantsValidRate = mutants == 0 ? 0 : Math.Round((double)validMutants / mutants, 4);
            summary.DivergentPrograms = divergent;
            // The reason's first line: a stage that is not implemented yet comes with a whole stack trace.
            foreach (var (stage, why) in skipped) summary.SkippedStages[stage] = why.Split('\n')[0].Trim();

            // Reduction: one signature at a time, each within its own budget.
            var reduceClock = Stopwatch.StartNew();
            var regressions = options.Regressions ?? Path.Combine(options.OutDir, "regressions");
            foreach (var finding in findings.Values.OrderBy(f => f.Stage).ThenBy(f => f.Signature, StringComparer.Ordinal))
            {
                if (cancellation.IsCancellationRequested) break;
                var entry = new FuzzDivergence
                {
                    Signature = finding.Signature, Stage = finding.Stage.Name(), Count = finding.Count, Program = finding.Index, Mutant = finding.Mutant,
                    FirstDifference = finding.Judgement?.Difference, Detail = finding.Judgement?.Detail is { } d && d.Length > 400 ? d[..400] : finding.Judgement?.Detail,
                    OriginalLines = Reducer.CountLines(finding.Source),
                };
                var program = finding.Mutant ? null : ProgramGenerator.Generate(options.Seed, finding.Index, SizeOf(finding.Index));
                var provenance = finding.Mutant
                    ? $"mutant {finding.Index} of {Path.GetRelativePath(Directory.GetCurrentDirectory(), finding.MutantOf ?? "?")}"
                    : $"generated program {finding.Index}";
                var header = RegressionCase.Header(finding.Signature, options.Seed, provenance, entry.OriginalLines);
                var (reduced, verified) = await ReduceAsync(evaluator, finding.Signature, finding.Mutant ? staticStages : options.Stages, finding.Stage, finding.Source, program, header,
                    TimeSpan.FromSeconds(options.ReduceSeconds), cancellation);
                // Lines of the program itself, not of its front matter.
                entry.Lines = Reducer.CountLines(reduced) - Reducer.CountLines(Encoding.UTF8.GetBytes(header));
                entry.Verified = verified;
                entry.Repro = RegressionCase.Write(regressions, finding.Stage, finding.Signature, header, reduced);
                summary.Divergences.Add(entry);
                if (!options.Quiet)
                    console.WriteLine($"fuzz: reduced {finding.Signature}: {entry.OriginalLines} -> {entry.Lines} lines ({entry.Repro})");
            }
            summary.ReduceSeconds = Math.Round(reduceClock.Elapsed.TotalSeconds, 3);
            if (summary.Divergences.Count > 0)
            {
                var lines = summary.Divergences.Select(d => (double)d.Lines).Order().ToList();
                summary.MedianLines = lines.Count % 2 == 1 ? lines[lines.Count / 2] : (lines[lines.Count / 2 - 1] + lines[lines.Count / 2]) / 2;
                summary.ReductionRatio = Math.Round(summary.Divergences.Sum(d => d.Lines) / (double)Math.Max(1, summary.Divergences.Sum(d => d.OriginalLines)), 4);
            }
            await using (var stream = File.Create(Path.Combine(options.OutDir, "fuzz-summary.json")))
                await JsonSerializer.SerializeAsync(stream, summary, new JsonSerializerOptions { WriteIndented = true });
            PrintSummary(summary, options, console);
            return (summary.Divergences.Count > 0 ? HarnessExit.Divergences : HarnessExit.Ok, summary);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Sizes cycle from small to medium programs, so that both quick and rich programs come out of every run.</summary>
    public static int SizeOf(long index) => 6 + (int)(index % 15);

    /// <summary>
    /// The AST first (generated programs), then the text, with the case's front matter in place all
    /// along, so the file written is the file that was tested. If the front matter itself hides the
    /// divergence (it shifts every line), the program is reduced without it.
    /// </summary>
    public static async Task<(byte[] Case, bool Verified)> ReduceAsync(FuzzEvaluator evaluator, string signature, IReadOnlyList<Stage> fuzzed, Stage stage,
        byte[] source, PyProgram? program, string header, TimeSpan budget, CancellationToken cancellation)
    {
        // The stages the program went through, up to the divergent one: a reduced case must diverge the same way there.
        var stages = fuzzed.Where(s => s <= stage).ToList();
        async Task<bool> Reproduces(byte[] candidate) =>
            (await evaluator.EvaluateAsync(candidate, stages, cancellation)).Signature == signature;
        var prefix = Encoding.UTF8.GetBytes(header);
        var verified = await Reproduces([.. prefix, .. source]);
        if (!verified) prefix = [];
        var reducer = new Reducer(body => Reproduces([.. prefix, .. body]), budget: budget);
        var body = source;
        if (program is not null)
            body = Encoding.UTF8.GetBytes((await reducer.ShrinkAstAsync(program)).ToSource());
        body = await reducer.ReduceTextAsync(body);
        return ([.. Encoding.UTF8.GetBytes(header), .. body], verified);
    }

    private static void PrintSummary(FuzzSummary summary, FuzzOptions options, TextWriter console)
    {
        console.WriteLine($"fuzz: seed {summary.Seed}, stages {string.Join(",", summary.Stages)}, {summary.Seconds:0.#} s");
        console.WriteLine($"fuzz: {summary.Programs} generated programs, {summary.ProgramsPerSecond:0.0} programs/s, valid rate {summary.ValidRate:P1}" +
                          $"; {summary.Mutants} mutants (CPython accepts {summary.MutantsValidRate:P1})");
        foreach (var (stage, why) in summary.SkippedStages) console.WriteLine($"fuzz: stage {stage} skipped: {why}");
        console.WriteLine($"fuzz: {summary.DivergentPrograms} divergent programs, {summary.Divergences.Count} distinct signatures" +
                          (summary.MedianLines is null ? "" : $", reduced to a median of {summary.MedianLines:0.#} lines (reduction ratio {summary.ReductionRatio:0.###}, {summary.ReduceSeconds:0.#} s)"));
        foreach (var d in summary.Divergences)
            console.WriteLine($"  {d.Signature,-60} x{d.Count,-5} {d.OriginalLines,4} -> {d.Lines,3} lines  {d.Repro}");
        console.WriteLine($"fuzz: summary in {Path.Combine(options.OutDir, "fuzz-summary.json")}");
    }

    /// <summary>Both sides as the fuzzer uses them, started and stopped together.</summary>
    public sealed class Sides : IAsyncDisposable
    {
        public required IImplementation Oracle { get; init; }
        public required IImplementation Impl { get; init; }
        public required OutputNormalizer Normalizer { get; init; }

        public static async Task<Sides> StartAsync(FuzzOptions options, CancellationToken cancellation)
        {
            var runner = new ScriptRunner(options.Timeout);
            var staticTimeout = TimeSpan.FromSeconds(Math.Max(30, options.Timeout.TotalSeconds));
            var jobs = Math.Max(1, options.Jobs);
            var python = await PythonImplementation.StartAsync(options.Oracle, jobs, staticTimeout, runner, cancellation);
            IImplementation oracle = options.ForkRun && ForkedPython.CanFork(python)
                ? ForkedPython.Start(python, options.Oracle, jobs, options.Timeout)
                : python;
            var runOptions = new RunOptions
            {
                Paths = [], Stages = options.Stages, OutDir = options.OutDir, Impl = options.Impl, Oracle = options.Oracle, Target = options.Target, Timeout = options.Timeout,
                ProcessRun = !options.ForkRun,
            };
            var impl = await ConformanceRun.CreateImplementationAsync(runOptions, jobs, staticTimeout, runner, python, cancellation);
            return new Sides { Oracle = oracle, Impl = impl, Normalizer = OutputNormalizer.ForSides(oracle.StdlibPath, impl.StdlibPath, maskReprAddresses: true) };
        }

        public async ValueTask DisposeAsync()
        {
            await Impl.DisposeAsync();
            await Oracle.DisposeAsync();
        }
    }
}

/// <summary>The harness's exit codes (HarnessCommandLine), for code outside the command line.</summary>
public static class HarnessExit
{
    public const int Ok = 0, Divergences = 1, Usage = 2;
}

/// <summary>A reduced case in corpus/regressions/STAGE/, with its provenance as front matter (CaseMetadata reads the block).</summary>
public static class RegressionCase
{
    public static string Header(string signature, int seed, string provenance, int originalLines) =>
        $"# fuzz-signature: {signature}\n" +
        $"# fuzz-seed: {seed} ({provenance})\n" +
        $"# fuzz-date: {DateTime.UtcNow:yyyy-MM-dd}\n" +
        $"# fuzz-original-lines: {originalLines}\n" +
        "# features: [fuzz]\n" +
        "# stages: [tokens, ast, dis, run]\n";  // every stage, said explicitly as every curated case does

    /// <summary>One file per signature; an existing file of the same signature is kept when it is no longer.</summary>
    public static string Write(string root, Stage stage, string signature, string header, byte[] reduced)
    {
        var folder = Path.Combine(root, stage.Name());
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName(signature));
        if (File.Exists(path) && File.ReadAllBytes(path).Length <= reduced.Length) return path;
        File.WriteAllBytes(path, reduced);
        return path;
    }

    public static string FileName(string signature)
    {
        var slug = new StringBuilder();
        foreach (var c in signature.ToLowerInvariant())
            slug.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        var text = System.Text.RegularExpressions.Regex.Replace(slug.ToString(), "-+", "-").Trim('-');
        if (text.Length > 60) text = text[..60].TrimEnd('-');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(signature)))[..8];
        return $"{text}-{hash}.py";
    }
}
