using System.Text.Json.Nodes;
using Conformance.Harness.Implementations;
using Conformance.Harness.Model;
using Conformance.Harness.Oracle;
using Pyref;

namespace Conformance.Harness.CommandLine;

/// <summary>
/// `harness worker`: the reference interpreter's static stages behind the oracle worker's JSON-lines
/// protocol (see harness/oracle/oracle_worker.py), for --impl reference-process, and its run stage
/// (the "run" op, Execution/InProcessRun) for the warm runners of Implementations/WarmReferenceRunner.
/// </summary>
public static class WorkerVerb
{
    private const string WarmUpProgram =
        "def f(x, *a, k=1):\n    return [i * x for i in range(3) if i] + list(a)\n" +
        "class C:\n    def __init__(self):\n        self.v = {'a': 1.5, 'b': (1, 'x')}\n    def __repr__(self):\n        return f'C({self.v!r:>5})'\n" +
        "try:\n    print(f(2, 3), C(), 'x'.upper(), sorted({3, 1}), 2 ** 70 // 3, b'a' + b'b')\n    raise ValueError('v')\n" +
        "except ValueError as e:\n    print(type(e).__name__, e)\nfinally:\n    pass\n";

    public static int Serve(PythonVersion target, TextReader input, TextWriter output)
    {
        string? line;
        while ((line = input.ReadLine()) is not null)
        {
            if (string.IsNullOrWhiteSpace(line)) continue;
            var request = JsonNode.Parse(line)!;
            var op = (string?)request["op"];
            string response;
            switch (op)
            {
                case "quit":
                    return 0;
                case "hello":
                    response = new JsonObject
                    {
                        ["ok"] = true, ["implementation"] = "reference", ["version"] = "0.1.0", ["target"] = target.ToString(),
                    }.ToJsonString();
                    break;
                case "analyze":
                {
                    var id = (long?)request["id"] ?? 0;
                    var stages = request["stages"]!.AsArray().Select(s => Stages.Parse((string)s!)).ToList();
                    var path = (string)request["path"]!;
                    var filename = (string?)request["filename"] ?? path;
                    var clock = (string?)request["clock"] == Bench.BenchClock.Cpu ? Bench.BenchClock.Cpu : Bench.BenchClock.Wall;
                    var source = File.ReadAllBytes(path);
                    var outcomes = stages.ToDictionary(s => s, s => ReferenceImplementation.Analyze(target, s, source, filename, clock));
                    response = WorkerProtocol.WriteAnalyzeResponse(id, outcomes);
                    break;
                }
                case "run":
                    response = Execution.InProcessRun.Serve(request);
                    break;
                case "warm":
                    // The code paths most programs take, compiled before the first timed program (WarmReferenceRunner).
                    Pyref.VM.Runner.RunSource(WarmUpProgram, [], TextWriter.Null, TextWriter.Null);
                    response = new JsonObject { ["ok"] = true }.ToJsonString();
                    break;
                default:
                    response = new JsonObject { ["id"] = (long?)request["id"], ["fatal"] = $"unknown op {op}" }.ToJsonString();
                    break;
            }
            output.WriteLine(response);
            output.Flush();
        }
        return 0;
    }
}
