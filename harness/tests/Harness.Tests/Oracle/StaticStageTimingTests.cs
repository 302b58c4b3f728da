using System.Text;
using Conformance.Harness.Bench;
using Conformance.Harness.Diff;
using Conformance.Harness.Execution;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Oracle;

namespace Conformance.Harness.Tests.Oracle;

/// <summary>How static stages are timed (StageClock, the worker's "clock") and how worker replies are read back.</summary>
public class StaticStageTimingTests
{
    private const string Source = "s = 'caf\u00e9 \\\\ \"q\" \\t'  # \u00fcber\nlong_name_" + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" +
                                  " = f'{s!r}' + \"\"\"a\nb\"\"\"\nif s:\n\tprint(s, 0x1F, 1.5j)\n";

    [Fact]
    public void The_cpu_stage_clock_counts_the_thread_s_work_and_not_its_sleep()
    {
        var clock = StageClock.StartNew(BenchClock.Cpu);
        Thread.Sleep(200);
        var slept = clock.Seconds;
        Assert.InRange(slept, 0, 0.05);
        var wall = StageClock.StartNew(BenchClock.Wall);
        Thread.Sleep(50);
        Assert.True(wall.Seconds >= 0.04, $"wall clock read {wall.Seconds} s after a 50 ms sleep");
    }

    [Fact]
    public void A_reply_written_by_harness_worker_reads_back_as_the_same_artifacts()
    {
        var bytes = Encoding.UTF8.GetBytes(Source);
        var stages = new[] { Stage.Tokens, Stage.Ast, Stage.Dis };
        var outcomes = stages.ToDictionary(s => s, s => ReferenceImplementation.Analyze(Pyref.PythonVersion.Py311, s, bytes, "t.py", BenchClock.Cpu));
        var line = WorkerProtocol.WriteAnalyzeResponse(7, outcomes);
        var read = WorkerProtocol.ParseAnalyze(line, stages);
        foreach (var stage in stages)
        {
            Assert.Equal(OutcomeKind.Produced, read[stage].Kind);
            Assert.Null(ArtifactDiff.Compare(outcomes[stage].Artifact!, read[stage].Artifact!));
            Assert.Equal(outcomes[stage].Seconds, read[stage].Seconds, 9);
        }
        var tokens = ((TokensArtifact)read[Stage.Tokens].Artifact!).Tokens;
        Assert.Contains(tokens, t => t.Text.StartsWith("long_name_") && t.Text.Length > 64);
        Assert.Contains(tokens, t => t.Text == "'caf\u00e9 \\\\ \"q\" \\t'");
        // Repeated strings of one reply are one object.
        var names = tokens.Where(t => t.Text == "s").ToList();
        Assert.True(names.Count >= 3);
        Assert.All(names, t => Assert.Same(names[0].Text, t.Text));
    }

    [Fact]
    public void Worker_replies_with_errors_nulls_and_fatal_failures_are_read()
    {
        var error = WorkerProtocol.ParseAnalyze(
            """{"id": 1, "stages": {"ast": {"seconds": 0.5, "error": {"type": "SyntaxError", "message": "invalid syntax", "lineno": 1, "offset": 3, "end_lineno": null, "end_offset": null, "text": "x y\n"}, "unsupported": null}}}""",
            [Stage.Ast]);
        Assert.Equal(0.5, error[Stage.Ast].Seconds);
        Assert.Equal(new StageError("SyntaxError", "invalid syntax", 1, 3, null, null, "x y\n"), ((AstArtifact)error[Stage.Ast].Artifact!).Error);

        var fatal = WorkerProtocol.ParseAnalyze("""{"id": 2, "fatal": "KeyError: 'path'"}""", [Stage.Tokens]);
        Assert.Equal(OutcomeKind.Crash, fatal[Stage.Tokens].Kind);
        Assert.Contains("KeyError", fatal[Stage.Tokens].Detail);

        var missing = WorkerProtocol.ParseAnalyze("""{"id": 3, "stages": {}}""", [Stage.Dis]);
        Assert.Equal(OutcomeKind.HarnessError, missing[Stage.Dis].Kind);
    }

    [Fact]
    public async Task Both_sides_time_static_stages_with_the_cpu_clock_when_asked_and_still_agree()
    {
        var dir = Directory.CreateTempSubdirectory("harness-clock-").FullName;
        try
        {
            var path = Path.Combine(dir, "clock.py");
            await File.WriteAllTextAsync(path, Source);
            await using var python = await PythonImplementation.StartAsync("python3", 1, TimeSpan.FromSeconds(30),
                new ScriptRunner(TimeSpan.FromSeconds(3)), CancellationToken.None, BenchClock.Cpu);
            var reference = new ReferenceImplementation(Pyref.PythonVersion.Py311, TimeSpan.FromSeconds(30), new ScriptRunner(TimeSpan.FromSeconds(3)),
                null, clock: BenchClock.Cpu);
            var file = new CaseFile(path, "clock.py");
            var cpython = await python.AnalyzeAsync(file, [Stage.Tokens, Stage.Ast], default);
            var impl = await reference.AnalyzeAsync(file, [Stage.Tokens, Stage.Ast], default);
            foreach (var stage in new[] { Stage.Tokens, Stage.Ast })
            {
                Assert.Null(ArtifactDiff.Compare(cpython[stage].Artifact!, impl[stage].Artifact!));
                Assert.InRange(cpython[stage].Seconds, 0, 1);
                Assert.InRange(impl[stage].Seconds, 0, 1);
            }
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public void The_warm_up_sample_is_valid_python_for_every_static_stage()
    {
        var bytes = Encoding.UTF8.GetBytes(ReferenceWarmUp.Sample);
        var ast = (AstArtifact)ReferenceImplementation.Analyze(Pyref.PythonVersion.Py311, Stage.Ast, bytes, "<warm-up>").Artifact!;
        Assert.Null(ast.Error);
        var tokens = (TokensArtifact)ReferenceImplementation.Analyze(Pyref.PythonVersion.Py311, Stage.Tokens, bytes, "<warm-up>").Artifact!;
        Assert.Null(tokens.Error);
        Assert.True(tokens.Tokens.Count > 500);
        ReferenceWarmUp.Run(Pyref.PythonVersion.Py311, [Stage.Tokens, Stage.Ast, Stage.Run], BenchClock.Cpu);
    }
}
