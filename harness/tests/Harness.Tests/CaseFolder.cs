using System.Text;
using Conformance.Harness.Implementations;

namespace Conformance.Harness.Tests;

/// <summary>A temporary folder of test cases written as UTF-8, deleted at disposal.</summary>
public sealed class CaseFolder(string prefix) : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory(prefix).FullName;

    public CaseFile Write(string name, string source)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, Encoding.UTF8.GetBytes(source));
        return new CaseFile(path, name);
    }

    public void Dispose() => Directory.Delete(Path, true);
}
