using System.CommandLine;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Runner;
using Pyref;

namespace Conformance.Harness.CommandLine;

/// <summary>
/// The harness CLI (DESIGN.md, "Contracts other tools rely on"). Exit codes: 0 no unexpected
/// divergence, 1 divergences, 2 usage or setup error. System.CommandLine does the parsing, help
/// and usage errors, which a hand-written parser would get subtly wrong.
/// </summary>
public static class HarnessCommandLine
{
    public const int ExitOk = 0, ExitDivergences = 1, ExitUsage = 2;

    public static async Task<int> InvokeAsync(string[] args)
    {
        var root = new RootCommand("Runs a Python implementation alongside CPython and diffs every stage: tokens, ast, dis, run.");
        root.Subcommands.Add(RunCommand());
        root.Subcommands.Add(WorkerCommand());
        root.Subcommands.Add(PyrefCommand());
        root.Subcommands.Add(Bench.BenchCommands.Bench());
        root.Subcommands.Add(Bench.BenchCommands.Report());
        root.Subcommands.Add(Fuzz.FuzzCommands.Fuzz());
        root.Subcommands.Add(Fuzz.FuzzCommands.Reduce());
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors) Console.Error.WriteLine(error.Message);
            Console.Error.WriteLine("usage: harness run|fuzz|reduce|report|bench ... (harness --help)");
            return ExitUsage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (SetupException e)
        {
            Console.Error.WriteLine($"harness: {e.Message}");
            return ExitUsage;
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"harness: {e.Message}");
            return ExitUsage;
        }
    }

    // Shared options, so every verb spells them the same way.
    internal static Option<string> OracleOption() => new("--oracle") { Description = "the CPython executable that is ground truth", DefaultValueFactory = _ => "python3" };
    internal static Option<string> StagesOption() => new("--stages") { Description = "comma-separated stages: tokens,ast,dis,run", DefaultValueFactory = _ => "tokens,ast,dis,run" };
    internal static Option<string> OutOption(string fallback) => new("--out") { Description = "output folder", DefaultValueFactory = _ => fallback };
    internal static Option<int> JobsOption() => new("--jobs", "-j") { Description = "cases run at the same time", DefaultValueFactory = _ => Environment.ProcessorCount };
    internal static Option<double> TimeoutOption() => new("--timeout") { Description = "seconds each side may spend on a case's run stage (static stages get at least 30)", DefaultValueFactory = _ => 10.0 };
    internal static Option<string> TargetOption() => new("--target") { Description = "the Python version the reference interpreter reproduces", DefaultValueFactory = _ => "3.11" };

    internal static Option<bool> ProcessRunOption() => new("--process-run")
    {
        Description = "run each program as a fresh process on both sides (`python3 FILE`, `pyref FILE`) instead of in warm workers (slow; for cases that need a real process)",
    };

    private static Command RunCommand()
    {
        var paths = new Argument<string[]>("PATH") { Description = ".py files or folders of them (recursively)", Arity = ArgumentArity.ZeroOrMore };
        var stdlib = new Option<bool>("--stdlib") { Description = "add every .py file of the oracle's standard library (without site-packages)" };
        var oracle = OracleOption();
        var impl = new Option<string>("--impl") { Description = "reference (in process), reference-process, or a Python executable", DefaultValueFactory = _ => "reference" };
        var stages = StagesOption();
        var outDir = OutOption("reports/latest");
        var junit = new Option<string?>("--junit") { Description = "also write JUnit XML here" };
        var jobs = JobsOption();
        var timeout = TimeoutOption();
        var target = TargetOption();
        var quiet = new Option<bool>("--quiet") { Description = "no progress output" };
        var fromPyc = new Option<bool>("--from-pyc") { Description = "the reference's run stage runs each case byte-compiled by the oracle (CPython's compiler)" };
        var settings = new Option<string?>("--settings") { Description = "corpus settings file (default: the nearest settings.json above PATH; none: no settings, no rules)" };
        var skipSlow = new Option<bool>("--skip-slow") { Description = "skip the run stage of cases flagged slow in their front matter (reported as skipped)" };
        var processRun = ProcessRunOption();
        var updateExclusions = new Option<bool>("--update-exclusions") { Description = "rewrite the settings file's debt exclusions from this run's failures (the ratchet's baseline)" };
        var clock = new Option<string>("--clock")
        {
            Description = "what both sides time the static stages (tokens, ast, dis) with: cpu, the working thread's CPU seconds " +
                          "(default on Linux: a loaded machine or the harness's own work barely moves it), or wall",
            DefaultValueFactory = _ => StageClock.DefaultKind,
        };
        var command = new Command("run", "Run cases through the stages on both sides and report the differences.")
        {
            paths, stdlib, oracle, impl, stages, outDir, junit, jobs, timeout, target, quiet, settings, skipSlow, updateExclusions, fromPyc, clock, processRun,
        };
        command.SetAction(async (parse, cancellation) =>
        {
            var options = new RunOptions
            {
                Paths = parse.GetValue(paths) ?? [],
                Stdlib = parse.GetValue(stdlib),
                Stages = Model.Stages.ParseList(parse.GetValue(stages)!),
                Oracle = parse.GetValue(oracle)!,
                Impl = parse.GetValue(impl)!,
                OutDir = parse.GetValue(outDir)!,
                JUnit = parse.GetValue(junit),
                Jobs = parse.GetValue(jobs),
                Timeout = TimeSpan.FromSeconds(parse.GetValue(timeout)),
                Target = parse.GetValue(target)!,
                Quiet = parse.GetValue(quiet),
                TargetGiven = parse.GetResult(target) is { Implicit: false },
                Settings = parse.GetValue(settings),
                SkipSlow = parse.GetValue(skipSlow),
                UpdateExclusions = parse.GetValue(updateExclusions),
                FromPyc = parse.GetValue(fromPyc),
                Clock = Bench.BenchClock.Parse(parse.GetValue(clock)!),
                ProcessRun = parse.GetValue(processRun),
            };
            if (options.Paths.Count == 0 && !options.Stdlib)
                throw new SetupException("nothing to run: give a PATH or --stdlib");
            using var interrupt = InterruptSource.Create(cancellation);
            var outcome = await ConformanceRun.ExecuteAsync(options, Console.Out, interrupt.Token);
            return outcome.ExitCode;
        });
        return command;
    }

    private static Command WorkerCommand()
    {
        var target = TargetOption();
        var command = new Command("worker", "Serve the reference interpreter's static stages over JSON lines (used by --impl reference-process).") { target };
        command.Hidden = true;
        command.SetAction(parse =>
        {
            var version = PythonVersion.Parse(parse.GetValue(target)!);
            var exit = 0;
            // The parser and compiler recurse on nested input: give them the stack CPython's C stack would have.
            // The protocol owns the real stdin and stdout; a program run in process (the run op) sees neither.
            var (input, output) = (Console.In, Console.Out);
            Console.SetIn(TextReader.Null);
            Console.SetOut(Console.Error);
            var thread = new Thread(() => exit = WorkerVerb.Serve(version, input, output), 256 * 1024 * 1024);
            thread.Start();
            thread.Join();
            return exit;
        });
        return command;
    }

    private static Command PyrefCommand()
    {
        var rest = new Argument<string[]>("ARGS") { Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("pyref", "Run the reference interpreter with CPython's command line (FILE, -c CODE, -m tokenize|ast|dis).") { rest };
        command.TreatUnmatchedTokensAsErrors = false;
        command.SetAction(parse => Pyref.Cli.Program.Main([.. parse.GetValue(rest) ?? [], .. parse.UnmatchedTokens]));
        return command;
    }
}

/// <summary>
/// Ctrl-C and SIGTERM stop a run cleanly: no new cases start, verdicts already written stay, and
/// summary.json and the report are written with "interrupted": true.
/// </summary>
public sealed class InterruptSource : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly List<IDisposable> _registrations = [];

    private InterruptSource(CancellationToken outer)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        foreach (var signal in new[] { System.Runtime.InteropServices.PosixSignal.SIGINT, System.Runtime.InteropServices.PosixSignal.SIGTERM })
            _registrations.Add(System.Runtime.InteropServices.PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true; // keep the process alive long enough to write what it has
                Console.Error.WriteLine("harness: interrupted, writing what is done so far");
                _source.Cancel();
            }));
    }

    public static InterruptSource Create(CancellationToken outer) => new(outer);
    public CancellationToken Token => _source.Token;

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _source.Dispose();
    }
}
