using System.CommandLine;
using Conformance.Harness.CommandLine;

namespace Conformance.Harness;

public static class Program
{
    public static Task<int> Main(string[] args) => HarnessCommandLine.InvokeAsync(args);
}
