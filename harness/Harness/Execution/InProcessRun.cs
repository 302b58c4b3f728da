using System.Collections;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Conformance.Harness.Oracle;

namespace Conformance.Harness.Execution;

/// <summary>
/// The `run` op of `harness worker`: one program on a fresh reference interpreter inside this
/// long-lived process, as `pyref FILE` would run it (interpreter/Cli/Program.cs Main): the same
/// writers (UTF-8 without BOM, "\n", stdout buffered and flushed at exit, stderr flushed at each
/// write), stdin at end of file (the process path's stdin is an empty pipe), a fresh temporary
/// folder as the current directory, and the environment the worker was started with (the scrubbed
/// one ScriptRunner gives `pyref FILE`), restored after the program in case it changed it.
/// Saves .NET's start-up and JIT per program (~150 ms). What a process gives for free is done here:
/// the timeout and death are the harness's side (WarmReferenceRunner kills and restarts the worker),
/// the memory cap is the worker's GCHeapHardLimit.
/// </summary>
public static class InProcessRun
{
    public static string Serve(JsonNode request)
    {
        var id = (long?)request["id"] ?? 0;
        var path = (string)request["path"]!;
        var work = Directory.CreateTempSubdirectory("conformance-run-");
        var environment = Snapshot();
        using var stdoutCapture = new CappedCapture(ScriptRunner.OutputCap);
        using var stderrCapture = new CappedCapture(ScriptRunner.OutputCap);
        var stdout = new StreamWriter(stdoutCapture, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = false, NewLine = "\n" };
        var stderr = new StreamWriter(stderrCapture, new UTF8Encoding(false), leaveOpen: true) { AutoFlush = true, NewLine = "\n" };
        var clock = Stopwatch.StartNew();
        int exitCode;
        try
        {
            Directory.SetCurrentDirectory(work.FullName);
            exitCode = Pyref.VM.Runner.RunFile(path, [], stdout, stderr, TextReader.Null);
            stdout.Flush();
            stderr.Flush();
        }
        catch (Exception e)
        {
            // An exception escaping the interpreter kills `pyref FILE` (unhandled exception, SIGABRT)
            // with output that depends on buffering: the harness reruns such a program as a process.
            if (e is OutOfMemoryException or InsufficientExecutionStackException) Environment.FailFast($"worker state is unsafe after {e.GetType().Name}");
            return new JsonObject { ["id"] = id, ["internal_error"] = $"{e.GetType().FullName}: {e.Message}" }.ToJsonString();
        }
        finally
        {
            Directory.SetCurrentDirectory(Path.GetTempPath());
            Restore(environment);
            try { work.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
        var seconds = clock.Elapsed.TotalSeconds;
        stdout.Dispose();
        stderr.Dispose();
        return new JsonObject
        {
            ["id"] = id,
            ["seconds"] = seconds,
            // What a parent sees of `return code` from Main: the low 8 bits (POSIX exit status).
            ["exit_code"] = exitCode & 0xFF,
            ["timed_out"] = false,
            ["stdout"] = WorkerProtocol.WriteCaptured(stdoutCapture.ToOutput()),
            ["stderr"] = WorkerProtocol.WriteCaptured(stderrCapture.ToOutput()),
        }.ToJsonString();
    }

    private static Dictionary<string, string> Snapshot()
    {
        var snapshot = new Dictionary<string, string>();
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
            snapshot[(string)entry.Key] = (string?)entry.Value ?? "";
        return snapshot;
    }

    /// <summary>A program that set or removed variables (os.environ, putenv) must not hand them to the next one.</summary>
    private static void Restore(Dictionary<string, string> snapshot)
    {
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (!snapshot.TryGetValue(name, out var value)) Environment.SetEnvironmentVariable(name, null);
            else if (value != (string?)entry.Value) Environment.SetEnvironmentVariable(name, value);
        }
        foreach (var (name, value) in snapshot)
            if (Environment.GetEnvironmentVariable(name) is null) Environment.SetEnvironmentVariable(name, value);
    }
}
