using Conformance.Harness.Diff;
using Conformance.Harness.Execution;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Runner;

namespace Conformance.Harness.Tests.Oracle;

/// <summary>`run --from-pyc`: the reference VM runs the case byte-compiled by python3 (issue 6, figure 2).</summary>
public class FromPycRunTests
{
    [Fact]
    public async Task Reference_runs_cpython_bytecode_and_its_traceback_names_the_py_file()
    {
        var dir = Directory.CreateTempSubdirectory("harness-pyc-tests-").FullName;
        try
        {
            var path = Path.Combine(dir, "boom.py");
            await File.WriteAllTextAsync(path, "def f(x):\n    return 10 // x\nprint(sorted({3, 1, 2}))\nf(0)\n");
            var file = new CaseFile(path, "boom.py");
            var runner = new ScriptRunner(TimeSpan.FromSeconds(30));
            await using var python = await PythonImplementation.StartAsync("python3", 1, TimeSpan.FromSeconds(30), runner, CancellationToken.None);
            await using var reference = new ReferenceImplementation(Pyref.PythonVersion.Py311, TimeSpan.FromSeconds(30), runner, python.StdlibPath, "python3");
            await reference.StartAsync(default);

            var got = await reference.RunAsync(file, default);
            var run = Assert.IsType<RunArtifact>(got.Artifact);
            Assert.Equal(1, run.ExitCode);
            var stderr = ArtifactDiff.Decode(run.Stderr.Head);
            Assert.Contains($"File \"{path}\", line 2, in f", stderr);
            Assert.EndsWith("ZeroDivisionError: integer division or modulo by zero\n", stderr);

            var judgement = Judge.Decide(await python.RunAsync(file, default), got, OutputNormalizer.ForSides(python.StdlibPath, null));
            Assert.Equal(Verdict.Identical, judgement.Verdict);
            Assert.Contains("CPython's compiler", reference.RunNote);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }
}
