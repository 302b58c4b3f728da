using System.Security.Cryptography;
using System.Text;
using CliWrap;
using CliWrap.Buffered;
using Conformance.Harness.Corpus;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;

namespace Conformance.Harness.Bench;

/// <summary>
/// The bench's inputs. By default corpus/bench (the programs, timed in every stage) and a fixed
/// sample of standard-library modules (static stages only: big, real, unchanging source for the
/// tokenizer, parser and compiler). The sample is read from ONE interpreter's Lib (python3, 3.11
/// here), whatever the oracle: every CPython release then measures the same bytes.
/// </summary>
public static class BenchCorpus
{
    public const string DefaultPath = "corpus/bench";

    /// <summary>680 KB of varied, idiomatic code: classes, typing, regex-free parsing, numerics, text processing.</summary>
    public static readonly IReadOnlyList<string> StdlibSample =
    [
        "argparse.py", "dataclasses.py", "difflib.py", "fractions.py", "inspect.py", "json/decoder.py",
        "pathlib.py", "statistics.py", "string.py", "textwrap.py", "tokenize.py", "typing.py",
    ];

    public static readonly IReadOnlyList<Stage> StaticStages = [Stage.Tokens, Stage.Ast, Stage.Dis];

    /// <summary>Files given as PATHs take every stage, except the run stage when their front matter leaves it out.</summary>
    public static List<BenchFile> FromPaths(IEnumerable<string> paths) =>
        CaseSource.Discover(paths, null)
            .Select(c => new BenchFile(c.Path, c.Name,
                c.Metadata.Stages is { } listed && !listed.Contains(Stage.Run) ? StaticStages : BenchStages.All))
            .ToList();

    /// <summary>The sample's files in the Lib of SAMPLEPYTHON, and that interpreter's version.</summary>
    public static async Task<(List<BenchFile> Files, string Description)> StdlibSampleAsync(string samplePython, CancellationToken cancellation)
    {
        BufferedCommandResult result;
        try
        {
            result = await Cli.Wrap(samplePython)
                .WithArguments(["-I", "-c", "import sys, sysconfig; print('%d.%d.%d' % sys.version_info[:3]); print(sysconfig.get_paths()['stdlib'])"])
                .WithValidation(CommandResultValidation.None).ExecuteBufferedAsync(cancellation);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new SetupException($"cannot start '{samplePython}' to find the stdlib sample: {e.Message}");
        }
        var lines = result.StandardOutput.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (result.ExitCode != 0 || lines.Length < 2)
            throw new SetupException($"'{samplePython}' did not say where its stdlib is: {result.StandardError.Trim()}");
        var (version, lib) = (lines[0], lines[1]);
        var files = new List<BenchFile>();
        foreach (var name in StdlibSample)
        {
            var path = Path.Combine(lib, name);
            if (!File.Exists(path)) throw new SetupException($"the stdlib sample needs {path}");
            files.Add(new BenchFile(path, "stdlib/" + name, StaticStages));
        }
        return (files, $"python {version}: {lib}");
    }

    /// <summary>Size and a SHA-256 over every file's display name and bytes, in order: equal hashes, equal inputs.</summary>
    public static (long Bytes, string Sha256) Fingerprint(IReadOnlyList<BenchFile> files)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long bytes = 0;
        foreach (var file in files)
        {
            var content = File.ReadAllBytes(file.Path);
            bytes += content.Length;
            hash.AppendData(Encoding.UTF8.GetBytes(file.DisplayName + "\n" + string.Join(",", file.Stages.Select(s => s.Name())) + "\n"));
            hash.AppendData(content);
        }
        return (bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
