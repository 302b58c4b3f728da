using Pyref.VM;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;

namespace Pyref.Cli;

/// <summary>
/// Running programs on the VM, as python3 does (Modules/main.c pymain_run_python): `pyref FILE.pyc`
/// loads a CPython-compiled module through the shared marshal reader; `pyref FILE.py` and `-c CODE`
/// compile with the reference compiler once it has a public Compile entry point.
/// </summary>
internal static class RunCommand
{
    public static int RunFile(string path, string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr)
    {
        if (!File.Exists(path))
        {
            stderr.WriteLine($"{ProgramName()}: can't open file '{Path.GetFullPath(path)}': [Errno 2] No such file or directory");
            return 2;
        }
        return Interpreter.OnLargeStack(() =>
        {
            var interp = new Interpreter(stdout, stderr, Console.In);
            interp.SetArgv(path, args);
            PyCode code;
            try
            {
                if (path.EndsWith(".pyc", StringComparison.OrdinalIgnoreCase))
                    code = CodeLoader.LoadPyc(path);
                else
                    code = CompilerBridge.Compile(File.ReadAllText(path), path, "exec");
            }
            catch (PyException e)
            {
                return interp.HandleUncaught(e);
            }
            catch (Exception e) when (e is Pyref.Bytecode.MarshalException or InvalidDataException or EndOfStreamException)
            {
                stderr.WriteLine($"RuntimeError: Bad code object in .pyc file ({e.Message})");
                return 1;
            }
            return interp.RunMain(code, path.EndsWith(".pyc", StringComparison.OrdinalIgnoreCase) ? null : path);
        });
    }

    public static int RunCode(string source, string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr)
    {
        return Interpreter.OnLargeStack(() =>
        {
            var interp = new Interpreter(stdout, stderr, Console.In);
            interp.SetArgv("-c", args);
            try
            {
                var code = CompilerBridge.Compile(source, "<string>", "exec");
                return interp.RunMain(code, null);
            }
            catch (PyException e)
            {
                return interp.HandleUncaught(e);
            }
        });
    }

    public static int RunModule(string module, string[] args, PythonVersion target, TextWriter stdout, TextWriter stderr)
    {
        stderr.WriteLine($"{ProgramName()}: running -m {module} needs the import system over the standard library, which the VM does not have yet");
        return 2;
    }

    private static string ProgramName() => "pyref";
}
