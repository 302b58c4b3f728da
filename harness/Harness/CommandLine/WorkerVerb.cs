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
