using Conformance.Harness.Model;
using Conformance.Harness.Report;

namespace Conformance.Harness.Tests.Report;

/// <summary>
/// Synthetic runs for the report tests: every verdict, awkward excerpts (control characters, lone
/// surrogates, emoji, megabyte-long lines), waivers, exclusions and features.
/// </summary>
public static class SampleReport
{
    public static readonly string[] StageNames = ["tokens", "ast", "dis", "run"];

    public static ReportInput Create(int divergentPerStage = 6, int identicalPerStage = 40, bool versionNote = false, bool interrupted = false, int seed = 7)
    {
        var random = new Random(seed);
        var results = new List<CaseResult>();
        string[] features = ["f-strings", "match", "decorators", "comprehensions", "async", "unicode-names"];
        foreach (var stage in StageNames)
        {
            // The run stage is the slow one on both sides, so the charts need their log scale.
            var scale = stage == "run" ? 0.2 : stage == "dis" ? 0.004 : 0.0008;
            double Seconds(double factor) => scale * factor * Math.Exp(random.NextDouble() * 2 - 1);
            for (var i = 0; i < identicalPerStage; i++)
                results.Add(new CaseResult($"corpus/{features[i % features.Length]}/case_{i:000}.py", stage, "identical", null,
                    new SideSeconds(Seconds(1), Seconds(stage == "run" ? 3 : 0.2)), Features: [features[i % features.Length]]));
            for (var i = 0; i < divergentPerStage; i++)
                results.Add(new CaseResult($"corpus/regressions/{stage}_divergent_{i:0000}.py", stage, "divergent",
                    Difference(stage, i), new SideSeconds(Seconds(1), Seconds(0.5)), Features: [features[(i + 1) % features.Length]]));
            results.Add(new CaseResult($"corpus/waived/{stage}_waived.py", stage, "waived", Difference(stage, 99),
                new SideSeconds(Seconds(1), Seconds(0.3)), Waiver: $"{stage}: CPython 3.11.7 quirk bpo-12345 reproduced on purpose later"));
            results.Add(new CaseResult($"corpus/skipped/{stage}_skipped.py", stage, "skipped", null, new SideSeconds(null, null),
                Detail: $"the implementation does not support the {stage} stage of this case yet"));
        }
        results.Add(new CaseResult("corpus/loops/forever.py", "run", "timeout", null, new SideSeconds(0.01, 10.0), Detail: "no answer within 10 s"));
        results.Add(new CaseResult("corpus/vm/deep_recursion.py", "run", "crash", null, new SideSeconds(0.2, 1.5),
            Detail: "Unhandled exception. System.StackOverflowException\n   at Pyref.VM.Frame.Execute()\n   at Pyref.VM.Frame.Execute()"));
        results.Add(new CaseResult("corpus/broken/unreadable.py", "tokens", "error", null, new SideSeconds(null, null),
            Detail: "harness: could not decode the case as UTF-8 (byte 0xff at offset 12)"));

        var summary = new Summary
        {
            Oracle = new SideInfo { Name = "cpython", Version = "3.11.7", Executable = "/usr/bin/python3" },
            Impl = new SideInfo { Name = "reference", Version = "0.1.0", Target = versionNote ? "3.12" : "3.11" },
            WallSeconds = 41.2,
            Interrupted = interrupted,
            VersionNote = versionNote ? "the oracle is CPython 3.11.7 and the implementation targets 3.12" : null,
        };
        foreach (var result in results)
        {
            if (!summary.Stages.TryGetValue(result.Stage, out var stage)) summary.Stages[result.Stage] = stage = new StageSummary();
            stage.Add(result);
        }
        ExclusionInfo[] exclusions =
        [
            new("corpus/async/taskgroup.py", "run", "asyncio event loop not implemented in the VM yet", "debt"),
            new("corpus/io/large_files.py", "run", "needs 2 GB of disk", "debt"),
            new("corpus/meta/sys_version.py", "run", "prints sys.version: never the same on two implementations", "permanent"),
        ];
        return new ReportInput(summary, results, exclusions);
    }

    /// <summary>First differences whose excerpts exercise the HTML and XML escaping.</summary>
    private static FirstDifference Difference(string stage, int i) => (stage, i % 4) switch
    {
        ("tokens", _) => new FirstDifference($"token {i + 3} (line {i + 1}, col 4)",
            $"{i + 1},4-{i + 1},9:          STRING         'caf\u00e9 \ud83d\ude00'\n{i + 1},9-{i + 1},10:         OP             ')'",
            $"{i + 1},4-{i + 1},8:          STRING         'caf\u00e9 \ud83d\ude00'\n{i + 1},8-{i + 1},9:          OP             ')'",
            "token"),
        ("ast", 0) => new FirstDifference("body[0].value.func.id", "Name(id='print', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=5)",
            "Name(id='print', ctx=Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)", "node"),
        ("ast", _) => new FirstDifference($"body[{i}].test <Compare>", "Compare(left=Name(id='a'), ops=[Lt()], comparators=[Constant(value=1)])",
            "Compare(left=Name(id='a'), ops=[LtE()], comparators=[Constant(value=1)]) & <script>alert(1)</script>", "node"),
        ("dis", _) => new FirstDifference($"<module>.f co_stacksize", "co_stacksize: 4\n  2           0 RESUME                   0\n              2 LOAD_FAST                0 (x)",
            "co_stacksize: 5\n  2           0 RESUME                   0\n              2 LOAD_FAST                0 (x)", "code-attr"),
        ("run", 1) => new FirstDifference("stdout byte 4000", new string('x', 9000) + "\nend", new string('x', 4000) + "y" + new string('x', 4999) + "\nend", "stdout"),
        ("run", 2) => new FirstDifference("stderr line 3", "Traceback (most recent call last):\r\n  File \"<case>\", line 3\r\nZeroDivisionError: division by zero\0",
            "Traceback (most recent call last):\n  File \"<case>\", line 3\nZeroDivisionError: division by zero\ud800", "stderr"),
        ("run", _) => new FirstDifference("stdout line 1", "hello\u200bworld\t\u001b[31mred\u001b[0m\n", "hello world\t\u001b[31mred\u001b[0m\n", "stdout"),
        _ => new FirstDifference("?", "a", "b", "other"),
    };
}
