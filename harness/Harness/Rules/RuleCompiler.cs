using System.Collections.Immutable;
using System.Diagnostics;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;

namespace Conformance.Harness.Rules;

/// <summary>
/// Compiles corpus/rules/*.csx once per run with Roslyn's C# scripting against RuleHost (the
/// globals), then runs each script's top level so it registers its normalizers and waivers.
/// </summary>
public static class RuleCompiler
{
    /// <summary>Namespaces every rule can use without a `using`.</summary>
    public static readonly ImmutableArray<string> Imports =
    [
        "System", "System.Linq", "System.Collections.Generic", "System.Text", "System.Text.RegularExpressions",
        "Conformance.Harness.Rules", "Conformance.Harness.Model",
    ];

    public static RuleSet LoadFolder(string? folder)
    {
        if (folder is null || !Directory.Exists(folder)) return RuleSet.Empty;
        var files = Directory.EnumerateFiles(folder, "*.csx").Order(StringComparer.Ordinal).ToList();
        return Load(files);
    }

    /// <summary>Compiles every file (in parallel: Roslyn's first compilation is the slow part), then registers them in file order.</summary>
    public static RuleSet Load(IReadOnlyList<string> files)
    {
        if (files.Count == 0) return RuleSet.Empty;
        var clock = Stopwatch.StartNew();
        var options = ScriptOptions.Default
            .WithReferences(typeof(RuleHost).Assembly, typeof(Stage).Assembly, typeof(System.Text.RegularExpressions.Regex).Assembly,
                typeof(Enumerable).Assembly)
            .WithImports(Imports)
            .WithEmitDebugInformation(true); // so a rule that throws is reported at its line
        var compiled = new (Script<object>? Script, List<string> Errors)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            var path = Path.GetFullPath(files[i]);
            var errors = new List<string>();
            Script<object>? script = null;
            try
            {
                // From a stream: Roslyn then knows the encoding, which debug information needs.
                using var stream = File.OpenRead(path);
                script = CSharpScript.Create(stream, options.WithFilePath(path), typeof(RuleHost));
                foreach (var diagnostic in script.Compile().Where(d => d.Severity == DiagnosticSeverity.Error))
                    errors.Add(Describe(path, diagnostic));
            }
            catch (IOException e)
            {
                errors.Add($"{path}: {e.Message}");
            }
            compiled[i] = (errors.Count == 0 ? script : null, errors);
        });
        var messages = compiled.SelectMany(c => c.Errors).ToList();
        if (messages.Count > 0) throw Failure(messages);

        var host = new RuleHost();
        for (var i = 0; i < files.Count; i++)
        {
            host.CurrentFile = Path.GetFullPath(files[i]);
            try
            {
                compiled[i].Script!.RunAsync(host).GetAwaiter().GetResult();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                throw Failure([$"{host.CurrentFile}:{ThrowLine(e, host.CurrentFile)}: error: the rule failed while registering: {e.GetType().Name}: {e.Message}"]);
            }
        }
        return new RuleSet(host.Normalizers, host.Waivers, files.Select(Path.GetFullPath).ToList(), clock.Elapsed.TotalSeconds);
    }

    /// <summary>A rule that does not compile stops the run as a setup error (exit code 2); each line names file:line:col.</summary>
    private static SetupException Failure(IEnumerable<string> messages) =>
        new("rules do not compile:\n" + string.Join("\n", messages));

    /// <summary>file:line:col: error CSnnnn: message, 1-based as editors and compilers print them.</summary>
    public static string Describe(string path, Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        var start = span.StartLinePosition;
        var file = string.IsNullOrEmpty(span.Path) ? path : span.Path;
        return $"{file}:{start.Line + 1}:{start.Character + 1}: error {diagnostic.Id}: {diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>The line of the script the exception came from when the stack trace says (it does with debug information); else 1:1.</summary>
    private static string ThrowLine(Exception e, string file)
    {
        var trace = new StackTrace(e, fNeedFileInfo: true);
        foreach (var frame in trace.GetFrames())
            if (string.Equals(frame.GetFileName(), file, StringComparison.Ordinal) && frame.GetFileLineNumber() > 0)
                return $"{frame.GetFileLineNumber()}:{Math.Max(1, frame.GetFileColumnNumber())}";
        return "1:1";
    }
}
