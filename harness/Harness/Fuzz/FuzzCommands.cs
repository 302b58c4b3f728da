using System.CommandLine;
using System.Text;
using Conformance.Harness.CommandLine;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;

namespace Conformance.Harness.Fuzz;

/// <summary>The `fuzz` and `reduce` verbs (DESIGN.md, "Contracts other tools rely on").</summary>
public static class FuzzCommands
{
    public static Command Fuzz()
    {
        var seconds = new Option<double>("--seconds") { Description = "how long to generate and diff programs (reduction comes after)", DefaultValueFactory = _ => 30 };
        var seed = new Option<int>("--seed") { Description = "program i of seed S is always the same program", DefaultValueFactory = _ => 1 };
        var stages = HarnessCommandLine.StagesOption();
        var outDir = HarnessCommandLine.OutOption("reports/latest/fuzz");
        var oracle = HarnessCommandLine.OracleOption();
        var impl = new Option<string>("--impl") { Description = "reference (in process), reference-process, or a Python executable", DefaultValueFactory = _ => "reference" };
        var jobs = HarnessCommandLine.JobsOption();
        var timeout = new Option<double>("--timeout") { Description = "seconds a program may run on each side", DefaultValueFactory = _ => 5.0 };
        var target = HarnessCommandLine.TargetOption();
        var regressions = new Option<string?>("--regressions") { Description = "where reduced cases go, one folder per stage (default: DIR/regressions; the corpus's is corpus/regressions)" };
        var mutate = new Option<string[]>("--mutate") { Description = "files or folders whose mutants feed the static stages (default: corpus/ when it exists; 'none' for no mutants)", AllowMultipleArgumentsPerToken = true };
        var reduceSeconds = new Option<double>("--reduce-seconds") { Description = "seconds of reduction per distinct divergence", DefaultValueFactory = _ => 60 };
        var noFork = new Option<bool>("--no-fork", "--process-run") { Description = "run each program as a fresh process on both sides (`python3 FILE`, `pyref FILE`; slow) instead of in warm workers" };
        var quiet = new Option<bool>("--quiet") { Description = "no progress output" };
        var emit = new Option<string?>("--emit") { Description = "only write the programs of the seed into this folder for --seconds (no diffing): to read them, or time the generator" };
        var command = new Command("fuzz", "Generate programs, diff them through the stages, reduce each distinct divergence to a regression case.")
        {
            seconds, seed, stages, outDir, oracle, impl, jobs, timeout, target, regressions, mutate, reduceSeconds, noFork, quiet, emit,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            if (parse.GetValue(emit) is { } folder)
            {
                Directory.CreateDirectory(folder);
                var clock = System.Diagnostics.Stopwatch.StartNew();
                long i = 0;
                for (; clock.Elapsed.TotalSeconds < parse.GetValue(seconds); i++)
                    await File.WriteAllTextAsync(Path.Combine(folder, $"program_{i:D6}.py"),
                        ProgramGenerator.Generate(parse.GetValue(seed), i, FuzzRun.SizeOf(i)).ToSource(), cancellation);
                Console.WriteLine($"fuzz: wrote {i} programs to {folder} ({i / clock.Elapsed.TotalSeconds:0.0} programs/s generated and unparsed)");
                return HarnessExit.Ok;
            }
            var options = new FuzzOptions
            {
                Seconds = parse.GetValue(seconds),
                Seed = parse.GetValue(seed),
                Stages = Stages.ParseList(parse.GetValue(stages)!),
                OutDir = parse.GetValue(outDir)!,
                Oracle = parse.GetValue(oracle)!,
                Impl = parse.GetValue(impl)!,
                Jobs = parse.GetValue(jobs),
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Target = parse.GetValue(target)!,
                Regressions = parse.GetValue(regressions),
                MutationSources = MutationSources(parse.GetValue(mutate)),
                ReduceSeconds = parse.GetValue(reduceSeconds),
                ForkRun = !parse.GetValue(noFork),
                Quiet = parse.GetValue(quiet),
            };
            using var interrupt = InterruptSource.Create(cancellation);
            var (exit, _) = await FuzzRun.ExecuteAsync(options, Console.Out, interrupt.Token);
            return exit;
        });
        return command;
    }

    /// <summary>Mutation sources: the given files and folders, else corpus/ (without its regressions, which are mutants already).</summary>
    private static IReadOnlyList<string> MutationSources(string[]? given)
    {
        if (given is ["none"]) return [];
        var roots = given is { Length: > 0 } ? given : Directory.Exists("corpus") ? ["corpus"] : [];
        return Corpus.CaseSource.Discover(roots, null)
            .Select(c => c.Path)
            .Where(p => given is { Length: > 0 } || !p.Contains("/regressions/", StringComparison.Ordinal))
            .ToList();
    }

    public static Command Reduce()
    {
        var caseArg = new Argument<string>("CASE") { Description = "a .py file that diverges" };
        var stages = HarnessCommandLine.StagesOption();
        var oracle = HarnessCommandLine.OracleOption();
        var impl = new Option<string>("--impl") { Description = "reference (in process), reference-process, or a Python executable", DefaultValueFactory = _ => "reference" };
        var target = HarnessCommandLine.TargetOption();
        var output = new Option<string?>("--out") { Description = "where the reduced case goes (default: CASE with .reduced.py)" };
        var seconds = new Option<double>("--seconds") { Description = "reduction budget", DefaultValueFactory = _ => 120 };
        var timeout = new Option<double>("--timeout") { Description = "seconds a program may run on each side", DefaultValueFactory = _ => 5.0 };
        var command = new Command("reduce", "Reduce a diverging case to a small one with the same divergence signature (ddmin over lines and tokens).")
        {
            caseArg, stages, oracle, impl, target, output, seconds, timeout,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var path = parse.GetValue(caseArg)!;
            if (!File.Exists(path)) throw new SetupException($"no such file: {path}");
            var options = new FuzzOptions
            {
                Stages = Stages.ParseList(parse.GetValue(stages)!),
                OutDir = Path.GetTempPath(),
                Oracle = parse.GetValue(oracle)!,
                Impl = parse.GetValue(impl)!,
                Target = parse.GetValue(target)!,
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Jobs = 1,
            };
            using var interrupt = InterruptSource.Create(cancellation);
            var result = await ReduceFileAsync(path, options, TimeSpan.FromSeconds(parse.GetValue(seconds)), interrupt.Token);
            if (result is null)
            {
                Console.WriteLine($"reduce: {path} does not diverge on {string.Join(",", options.Stages.Select(s => s.Name()))}: nothing to reduce");
                return HarnessExit.Ok;
            }
            var target_ = parse.GetValue(output) ?? Path.ChangeExtension(path, ".reduced.py");
            await File.WriteAllBytesAsync(target_, result.Value.Reduced, interrupt.Token);
            var (before, after) = (Reducer.CountLines(result.Value.Original), Reducer.CountLines(result.Value.Reduced));
            Console.WriteLine($"reduce: {result.Value.Signature}: {before} -> {after} lines (ratio {after / (double)Math.Max(1, before):0.###}, " +
                              $"{result.Value.Original.Length} -> {result.Value.Reduced.Length} bytes, {result.Value.Tests} tests): {target_}");
            return HarnessExit.Divergences;
        });
        return command;
    }

    public static async Task<(string Signature, byte[] Original, byte[] Reduced, int Tests)?> ReduceFileAsync(string path, FuzzOptions options, TimeSpan budget, CancellationToken cancellation)
    {
        var work = Directory.CreateTempSubdirectory("conformance-reduce-");
        try
        {
            await using var sides = await FuzzRun.Sides.StartAsync(options, cancellation);
            var evaluator = new FuzzEvaluator(sides.Oracle, sides.Impl, sides.Normalizer, work.FullName);
            var original = await File.ReadAllBytesAsync(path, cancellation);
            var verdict = await evaluator.EvaluateAsync(original, options.Stages, cancellation);
            if (verdict.Signature is null) return null;
            var stages = Stages.All.Where(s => s <= verdict.Stage!.Value && options.Stages.Contains(s)).ToList();
            var reducer = new Reducer(async candidate =>
                (await evaluator.EvaluateAsync(candidate, stages, cancellation)).Signature == verdict.Signature, maxTests: 5000, budget: budget);
            var reduced = await reducer.ReduceTextAsync(original);
            return (verdict.Signature, original, reduced, reducer.Tests);
        }
        finally
        {
            try { work.Delete(recursive: true); } catch (IOException) { }
        }
    }
}
