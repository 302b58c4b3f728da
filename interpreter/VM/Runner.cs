using Pyref.VM.Ceval;
using Pyref.VM.Objects;

namespace Pyref.VM;

/// <summary>
/// Entry points shared by the pyref CLI (interpreter/Cli/RunCommand.cs) and the tests: run a CPython
/// .pyc or Python source on a fresh interpreter, with python3's exit codes.
/// </summary>
public static class Runner
{
    public static int RunFile(string path, string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        if (!File.Exists(path))
        {
            stderr.Write($"pyref: can't open file '{Path.GetFullPath(path)}': [Errno 2] No such file or directory\n");
            return 2;
        }
        return Interpreter.OnLargeStack(() =>
        {
            var interp = new Interpreter(stdout, stderr, stdin);
            interp.SetArgv(path, args);
            bool isPyc = path.EndsWith(".pyc", StringComparison.OrdinalIgnoreCase);
            PyCode code;
            try
            {
                // Modules/main.c pymain_run_python: since 3.9 the script's path is made absolute (config_run_filename_abspath),
                // so __file__ and the traceback's file name are absolute while sys.argv[0] stays as given.
                code = isPyc ? CodeLoader.LoadPyc(path) : CompilerBridge.Compile(File.ReadAllBytes(path), Path.GetFullPath(path), "exec");
            }
            catch (PyException e)
            {
                return interp.HandleUncaught(e);
            }
            catch (Exception e) when (e is Pyref.Bytecode.MarshalException or InvalidDataException or EndOfStreamException)
            {
                stderr.Write($"RuntimeError: Bad code object in .pyc file ({e.Message})\n");
                return 1;
            }
            return interp.RunMain(code, isPyc ? null : Path.GetFullPath(path));
        });
    }

    public static int RunSource(string source, string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        return Interpreter.OnLargeStack(() =>
        {
            var interp = new Interpreter(stdout, stderr, stdin);
            interp.SetArgv("-c", args);
            try
            {
                return interp.RunMain(CompilerBridge.Compile(source, "<string>", "exec"), null);
            }
            catch (PyException e)
            {
                return interp.HandleUncaught(e);
            }
        });
    }
}
