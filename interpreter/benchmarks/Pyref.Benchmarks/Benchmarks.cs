using BenchmarkDotNet.Attributes;
using Pyref.Tokenizer;

namespace Pyref.Benchmarks;

/// <summary>A benchmark over one large stdlib module's bytes (Inputs).</summary>
public abstract class ModuleBenchmark
{
    protected byte[] Source = [];

    [Params(Inputs.Typing, Inputs.Argparse)]
    public string Module { get; set; } = Inputs.Typing;

    [GlobalSetup]
    public void Setup() => Source = Inputs.StdlibModule(Module);
}

/// <summary>Lexer.TokenizeAll over a whole module, as `pyref -m tokenize` and the harness's tokens stage run it.</summary>
[MemoryDiagnoser]
public class TokenizerBenchmarks : ModuleBenchmark
{
    [Benchmark]
    public int Tokenize() => Lexer.TokenizeAll(Source, TokenizerMode.TokenizeModule, PythonVersion.Parse("3.11")).Tokens.Count;
}

/// <summary>PythonParser.ParseModule: the PEG parser with its own tokenizer, source bytes to AST.</summary>
[MemoryDiagnoser]
public class ParserBenchmarks : ModuleBenchmark
{
    [Benchmark]
    public object Parse() => Pyref.Parser.PythonParser.ParseModule(Source, Module, PythonVersion.Parse("3.11"));
}

/// <summary>Compiler.Compile: source bytes to code object, as compile() does.</summary>
[MemoryDiagnoser]
public class CompilerBenchmarks : ModuleBenchmark
{
    [Benchmark]
    public object Compile() => Pyref.Compiler.Compiler.Compile(Source, Module, "exec");
}

/// <summary>
/// The VM's instruction loop on code the reference compiler compiles at setup: each program stresses one kind of
/// dispatch. A fresh interpreter per invocation, as `pyref FILE.py` after compiling.
/// </summary>
[MemoryDiagnoser]
public class VmDispatchBenchmarks
{
    private static readonly Dictionary<string, string> Programs = new()
    {
        // LOAD_FAST / BINARY_OP / COMPARE_OP / POP_JUMP: the arithmetic loop.
        ["int_loop"] = "def f(n):\n    total = 0\n    i = 0\n    while i < n:\n        total += i * 3 % 7\n        i += 1\n    return total\nf(50000)\n",
        // PRECALL / CALL / RETURN_VALUE on Python functions.
        ["calls"] = "def add(a, b):\n    return a + b\ndef f(n):\n    s = 0\n    for i in range(n):\n        s = add(s, i)\n    return s\nf(25000)\n",
        // LOAD_ATTR / STORE_ATTR / LOAD_METHOD on instances.
        ["attributes"] = "class P:\n    def __init__(self):\n        self.x = 0\n    def step(self):\n        self.x += 1\np = P()\nfor _ in range(25000):\n    p.step()\n",
    };

    private Pyref.VM.Ceval.PyCode _code = null!;

    [Params("int_loop", "calls", "attributes")]
    public string Program { get; set; } = "int_loop";

    [GlobalSetup]
    public void Setup() =>
        _code = Pyref.VM.Ceval.CodeLoader.FromCodeObject(Pyref.Compiler.Compiler.Compile(Programs[Program], Program + ".py", "exec"));

    [Benchmark]
    public int Run() => new Pyref.VM.Interpreter(TextWriter.Null, TextWriter.Null).RunMain(_code, null);
}
