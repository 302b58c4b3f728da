using System.Globalization;
using System.Runtime.InteropServices;
using CliWrap;
using CliWrap.Buffered;

namespace Conformance.Harness.Bench;

/// <summary>Facts about where and what a bench run measured: the machine, its load, the commit.</summary>
public static class BenchEnvironment
{
    public static int Cores => Environment.ProcessorCount;

    public static string Os => RuntimeInformation.OSDescription;

    /// <summary>The CPU model from /proc/cpuinfo (Linux); the architecture elsewhere.</summary>
    public static string Cpu()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/cpuinfo"))
                if (line.StartsWith("model name", StringComparison.Ordinal) && line.IndexOf(':') is var colon and > 0)
                    return line[(colon + 1)..].Trim();
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }

    /// <summary>The 1, 5 and 15 minute load averages (/proc/loadavg); empty where the OS does not say.</summary>
    public static double[] LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ').Take(3)
                .Select(field => double.Parse(field, CultureInfo.InvariantCulture)).ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return [];
        }
    }

    /// <summary>`git rev-parse HEAD` and whether the work tree has changes outside reports/, in FOLDER; "unknown" outside a repository.</summary>
    public static async Task<(string Commit, bool Dirty)> GitCommitAsync(string folder, CancellationToken cancellation)
    {
        try
        {
            var head = await Cli.Wrap("git").WithArguments(["rev-parse", "HEAD"]).WithWorkingDirectory(folder)
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellation);
            if (head.ExitCode != 0) return ("unknown", false);
            // reports/ is output, the history among it: appending a run must not make the next one "dirty".
            var status = await Cli.Wrap("git").WithArguments(["status", "--porcelain", "--untracked-files=no", "--", ":/", ":(top,exclude)reports"]).WithWorkingDirectory(folder)
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellation);
            return (head.StandardOutput.Trim(), status.ExitCode == 0 && status.StandardOutput.Trim().Length > 0);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return ("unknown", false);
        }
    }
}
