using System.Diagnostics;
using CliWrap;
using Conformance.Harness.Model;

namespace Conformance.Harness.Execution;

/// <summary>How to start one side's interpreter on a script: `EXE [PREFIX...] FILE`.</summary>
public sealed record InterpreterCommand(string Executable, IReadOnlyList<string> Prefix, IReadOnlyDictionary<string, string?> ExtraEnvironment)
{
    public static InterpreterCommand Python(string executable) => new(executable, [], new Dictionary<string, string?>());
}

/// <summary>
/// The run stage: a case run as a real script (`EXE FILE`) in a fresh process, with a timeout,
/// PYTHONHASHSEED=0, a scrubbed environment and a temporary working folder. Both sides go through
/// here, so they are run under identical conditions.
/// </summary>
public sealed class ScriptRunner
{
    /// <summary>Environment variables a Python program may legitimately see; everything else is removed.</summary>
    private static readonly HashSet<string> Kept = ["PATH", "HOME", "TMPDIR", "DOTNET_ROOT", "DOTNET_CLI_HOME", "SYSTEMROOT"];

    public const int OutputCap = 8 * 1024 * 1024;

    private readonly TimeSpan _timeout;
    private readonly long? _memoryLimitBytes;

    public ScriptRunner(TimeSpan timeout, long? memoryLimitBytes = 4L << 30)
    {
        _timeout = timeout;
        _memoryLimitBytes = memoryLimitBytes;
    }

    /// <summary>The address-space cap of a case's process (the GC heap's hard limit on the reference side); null: none.</summary>
    public long? MemoryLimitBytes => _memoryLimitBytes;

    /// <summary>How long a case's run may take before it is killed.</summary>
    public TimeSpan Timeout => _timeout;

    /// <summary>The environment for a case: the process's own, scrubbed, plus the fixed Python settings.</summary>
    public static Dictionary<string, string?> ScrubbedEnvironment(IReadOnlyDictionary<string, string?>? extra = null)
    {
        var env = new Dictionary<string, string?>();
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            var name = (string)entry.Key;
            if (!Kept.Contains(name)) env[name] = null; // CliWrap removes variables set to null
        }
        env["PYTHONHASHSEED"] = "0";
        env["PYTHONDONTWRITEBYTECODE"] = "1";
        env["PYTHONUTF8"] = null;
        env["LC_ALL"] = "C.UTF-8";
        env["LANG"] = "C.UTF-8";
        if (extra is not null)
            foreach (var (k, v) in extra) env[k] = v;
        return env;
    }

    public sealed record RunOutcome(StageOutcome Outcome, double WallSeconds);

    public async Task<RunOutcome> RunAsync(InterpreterCommand interpreter, string scriptPath, CancellationToken cancellation)
    {
        var workDir = Directory.CreateTempSubdirectory("conformance-run-");
        using var stdout = new CappedCapture(OutputCap);
        using var stderr = new CappedCapture(OutputCap);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellation);
        timeout.CancelAfter(_timeout);
        var (executable, arguments) = WithMemoryLimit(interpreter, scriptPath);
        var command = Cli.Wrap(executable)
            .WithArguments(arguments)
            .WithWorkingDirectory(workDir.FullName)
            .WithEnvironmentVariables(ScrubbedEnvironment(interpreter.ExtraEnvironment))
            .WithStandardInputPipe(PipeSource.Null)
            .WithStandardOutputPipe(PipeTarget.ToStream(stdout))
            .WithStandardErrorPipe(PipeTarget.ToStream(stderr))
            .WithValidation(CommandResultValidation.None);
        var clock = Stopwatch.StartNew();
        try
        {
            var result = await command.ExecuteAsync(timeout.Token);
            var seconds = clock.Elapsed.TotalSeconds;
            var artifact = new RunArtifact(result.ExitCode, stdout.ToOutput(), stderr.ToOutput());
            return new RunOutcome(StageOutcome.Produced(artifact, seconds), seconds);
        }
        catch (OperationCanceledException) when (!cancellation.IsCancellationRequested)
        {
            var seconds = clock.Elapsed.TotalSeconds;
            return new RunOutcome(StageOutcome.TimedOut(seconds, $"still running after {_timeout.TotalSeconds:0.#} s (killed)"), seconds);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return new RunOutcome(StageOutcome.Failed($"could not start {interpreter.Executable}: {e.Message}"), clock.Elapsed.TotalSeconds);
        }
        finally
        {
            try { workDir.Delete(recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// Caps the address space with prlimit (util-linux) where it exists, so a runaway allocation
    /// fails inside the case instead of taking the machine. .NET reserves far more virtual memory
    /// than it uses, so the reference side is capped through the GC's hard limit instead.
    /// </summary>
    private (string Executable, IReadOnlyList<string> Arguments) WithMemoryLimit(InterpreterCommand interpreter, string scriptPath)
    {
        var arguments = interpreter.Prefix.Append(scriptPath).ToList();
        if (_memoryLimitBytes is null || interpreter.ExtraEnvironment.ContainsKey("DOTNET_GCHeapHardLimit") || Prlimit is null)
            return (interpreter.Executable, arguments);
        return (Prlimit, [$"--as={_memoryLimitBytes}", "--", interpreter.Executable, .. arguments]);
    }

    private static readonly string? Prlimit = new[] { "/usr/bin/prlimit", "/bin/prlimit" }.FirstOrDefault(File.Exists);
}
