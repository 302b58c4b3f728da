using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;

namespace Pyref.VM;

/// <summary>
/// One interpreter instance (PyInterpreterState): the builtins, sys, the module table and the standard
/// streams. The VM runs on a dedicated thread with a large stack so that Python recursion up to the
/// default limit (1000 frames) never exhausts the .NET stack.
/// </summary>
public sealed class Interpreter
{
    [ThreadStatic] private static Interpreter? t_current;
    public static Interpreter Current => t_current ?? throw new InvalidOperationException("no interpreter on this thread");

    public readonly TextWriter Stdout, Stderr;
    public readonly TextReader Stdin;
    public readonly PyDict BuiltinsDict;
    public readonly PyModule BuiltinsModule;
    public readonly PyModule Sys;
    public readonly PyDict Modules = new();
    public readonly TextStream SysStdout, SysStderr, SysStdin;
    public string[] Argv = Array.Empty<string>();

    public Interpreter(TextWriter stdout, TextWriter stderr, TextReader? stdin = null)
    {
        Stdout = stdout;
        Stderr = stderr;
        Stdin = stdin ?? TextReader.Null;
        t_current = this;
        BuiltinsDict = Builtins.Create();
        BuiltinsModule = new PyModule("builtins", BuiltinsDict);
        SysStdout = new TextStream(stdout, "<stdout>");
        SysStderr = new TextStream(stderr, "<stderr>");
        SysStdin = new TextStream(Stdin);
        Sys = SysModule.Create(this);
        Modules.Set("builtins", BuiltinsModule);
        Modules.Set("sys", Sys);
        PyBuiltinFunction.AdoptModuleFunctions(BuiltinsModule);
        PyBuiltinFunction.AdoptModuleFunctions(Sys);
    }

    public void SetArgv(string script, string[] args)
    {
        var l = new PyList();
        l.Append(PyStr.From(script));
        foreach (var a in args) l.Append(PyStr.From(a));
        Sys.Dict!.Set("argv", l);
        var orig = new PyList();
        orig.Append(PyStr.From("pyref"));
        if (script == "-c") orig.Append(PyStr.From("-c"));
        foreach (var a in l.Items.Take(l.Count)) orig.Append(a);
        Sys.Dict!.Set("orig_argv", orig);
        // sys.path[0]: the script's folder, or '' for -c.
        SysModule.SetPath(this, script == "-c" ? null : script);
    }

    /// <summary>Makes this interpreter current on the calling thread (a thread started by _thread).</summary>
    public void BindToCurrentThread() => t_current = this;

    public static PyDict BuiltinsDictFor(PyDict globals)
    {
        var b = globals.Get("__builtins__");
        if (b is PyModule m) return m.Dict!;
        if (b is PyDict d) return d;
        return Current.BuiltinsDict;
    }

    /// <summary>Runs a module code object as __main__; returns the process exit code.</summary>
    public int RunMain(PyCode code, string? file)
    {
        var main = new PyModule("__main__");
        var g = main.Dict!;
        // Python/pylifecycle.c add_main_module, then pythonrun.c _PyRun_SimpleFileObject (__file__, __cached__),
        // in CPython's order so globals() lists them alike.
        // DEVIATION(CPython): __loader__ stays None (CPython puts BuiltinImporter, then SourceFileLoader for a
        // script there), since importlib is bootstrapped only on the first non-built-in import.
        g.Set("__doc__", Singletons.None);
        g.Set("__package__", Singletons.None);
        g.Set("__loader__", Singletons.None);
        g.Set("__spec__", Singletons.None);
        g.Set("__annotations__", new PyDict());
        g.Set("__builtins__", BuiltinsModule);
        if (file != null)
        {
            g.Set("__file__", PyStr.From(file));
            g.Set("__cached__", Singletons.None);
        }
        Modules.Set("__main__", main);
        try
        {
            var frame = new Frame(code, g, BuiltinsDict, g, null);
            InstructionLoop.Run(frame);
            FlushStdout();
            return 0;
        }
        catch (PyException e)
        {
            return HandleUncaught(e);
        }
        finally
        {
            // Py_FinalizeEx: atexit callbacks run after the main module, even when it raised.
            Pyref.VM.Modules.AtexitModule.RunExitFuncs(this);
            Pyref.VM.Modules.IO.BufferedIO.FlushAllAtExit();
        }
    }

    private void FlushStdout()
    {
        try { Stdout.Flush(); } catch (IOException) { }
    }

    /// <summary>Py_Exit / PyErr_PrintEx: SystemExit sets the exit code, other exceptions print a traceback.</summary>
    public int HandleUncaught(PyException e)
    {
        FlushStdout();
        var exc = e.Value;
        if (exc.Type.IsSubtypeOf(Types.SystemExit))
        {
            var code = exc.GetAttrOrNull("code") ?? Singletons.None;
            if (code == Singletons.None) return 0;
            if (code is PyInt ci) return (int)(ci.Small & 0xFF);
            Stderr.Write(Ops.StrString(code) + "\n");
            Stderr.Flush();
            return 1;
        }
        try
        {
            Stderr.Write(TracebackPrinter.Format(exc));
        }
        catch (PyException inner)
        {
            Stderr.Write($"Error in sys.excepthook:\n{inner.Value.Type.Name}\n");
        }
        Stderr.Flush();
        // Modules/main.c exit_sigint: an unhandled KeyboardInterrupt ends the process through SIGINT.
        // DEVIATION(CPython): the VM may run inside a host process, so it returns exit_sigint's fallback
        // code SIGINT + 128 (what a parent sees for a SIGINT death) instead of killing itself.
        if (exc.Type.IsSubtypeOf(Types.KeyboardInterrupt)) return 128 + 2;
        return 1;
    }

    /// <summary>Runs <paramref name="body"/> on a thread with a 512 MB stack (deep recursion headroom).</summary>
    public static T OnLargeStack<T>(Func<T> body)
    {
        T result = default!;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try { result = body(); }
            catch (Exception e) { error = e; }
        }, 512 * 1024 * 1024);
        thread.Start();
        thread.Join();
        if (error != null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(error).Throw();
        return result;
    }
}

/// <summary>
/// Source text to a VM code object through the reference compiler (interpreter/Compiler), with compile errors
/// turned into the Python exceptions compile() raises.
/// </summary>
public static class CompilerBridge
{
    /// <summary>Source bytes, decoded by the compiler as CPython decodes a file (PEP 263 cookie, BOM, UTF-8).</summary>
    public static PyCode Compile(byte[] source, string filename, string mode) =>
        Translate(() => global::Pyref.Compiler.Compiler.Compile(source, filename, mode));

    public static PyCode Compile(string source, string filename, string mode) =>
        Translate(() => global::Pyref.Compiler.Compiler.Compile(source, filename, mode));

    /// <summary>compile() with its flags (CO_FUTURE_* bits, PyCF_ALLOW_TOP_LEVEL_AWAIT) and optimize level.</summary>
    public static PyCode Compile(string source, string filename, string mode, int flags, int optimize) =>
        Translate(() => global::Pyref.Compiler.Compiler.Compile(source, filename, mode, flags, optimize));

    public static PyCode Compile(byte[] source, string filename, string mode, int flags, int optimize) =>
        Translate(() => global::Pyref.Compiler.Compiler.Compile(source, filename, mode, flags, optimize));

    // compiler_warn's SyntaxWarnings, shown on the interpreter's thread; one the filters made an error is raised as the
    // SyntaxError the compiler recorded with it (compiler_warn replaces the SyntaxWarning with compiler_error).
    private static void ShowWarnings(List<Pyref.Compiler.CompilerWarnings.Warning> warnings)
    {
        foreach (var w in warnings)
            if (Modules.WarningsModule.CompilerWarning(w.Message, w.Filename, w.Lineno)) throw w.AsError;
    }

    /// <summary>The parser alone (compile() with PyCF_ONLY_AST): the reference parser's tree, with its errors as
    /// the Python exceptions compile() raises.</summary>
    public static Pyref.Parser.Ast.ModNode Parse(object source, string filename, Pyref.Parser.ParseMode mode, bool typeComments, int flags = 0)
    {
        try
        {
            var parseFlags = global::Pyref.Compiler.Compiler.ParseFlagsOf(flags);
            return source switch
            {
                string s => Pyref.Parser.PythonParser.Parse(s, filename, mode, Pyref.PythonVersion.Py311, typeComments, astConstructionLimit: false, flags: parseFlags),
                byte[] b => Pyref.Parser.PythonParser.Parse(b.AsMemory(), filename, mode, Pyref.PythonVersion.Py311, typeComments, astConstructionLimit: false, flags: parseFlags),
                _ => throw new ArgumentException("source must be a string or bytes", nameof(source)),
            };
        }
        catch (Pyref.Parser.PythonSyntaxError error)
        {
            throw ToPythonException(error);
        }
    }

    private static PyCode Translate(Func<Pyref.Bytecode.CodeObject> compile)
    {
        var saved = Pyref.Compiler.CompilerWarnings.Pending;
        var warnings = new List<Pyref.Compiler.CompilerWarnings.Warning>();
        Pyref.Compiler.CompilerWarnings.Pending = warnings;
        try
        {
            Pyref.Bytecode.CodeObject code;
            try { code = compile(); }
            finally
            {
                Pyref.Compiler.CompilerWarnings.Pending = saved;
                ShowWarnings(warnings);
            }
            return CodeLoader.FromCodeObject(code);
        }
        catch (Pyref.Parser.PythonSyntaxError error)
        {
            throw ToPythonException(error);
        }
    }

    /// <summary>
    /// A compile error as the Python exception compile() raises (Objects/exceptions.c SyntaxError_init: args are
    /// (msg, (filename, lineno, offset, text, end_lineno, end_offset))), so tracebacks print it as CPython does.
    /// </summary>
    private static PyException ToPythonException(Pyref.Parser.PythonSyntaxError error)
    {
        var type = error.Kind switch
        {
            "IndentationError" => Types.IndentationError,
            "TabError" => Types.TabError,
            "ValueError" => Types.ValueError,
            "RecursionError" => Types.RecursionError,
            "MemoryError" => Types.MemoryError,
            "OverflowError" => Types.OverflowError,
            "UnicodeDecodeError" => Types.UnicodeDecodeError,
            _ => Types.SyntaxError,
        };
        if (!error.IsSyntaxError) return PyExc.Make(type, error.Msg);
        static PyObject Int(int? v) => v is int i ? PyInt.From(i) : Singletons.None;
        var info = PyTuple.Of(PyStr.From(error.Filename), Int(error.Lineno), Int(error.Offset),
            error.Text is null ? Singletons.None : PyStr.From(error.Text), Int(error.EndLineno), Int(error.EndOffset));
        var e = new PyBaseException(type) { Args = PyTuple.Of(PyStr.From(error.Msg), info) };
        ExceptionTypes.InitSpecialAttributes(e);
        return new PyException(e);
    }

}

/// <summary>sys.stdin / sys.stdout / sys.stderr: _io.TextIOWrapper objects whose text goes straight to (or comes from) the
/// host's TextWriter / TextReader, so print() stays a direct write (Modules/_io/textio.c semantics otherwise).
/// DEVIATION(CPython): no byte buffer underneath; <c>.buffer</c> is a BufferedWriter over a raw stream that decodes UTF-8
/// back into the writer.</summary>
public sealed class TextStream : Pyref.VM.Modules.IO.PyTextIO
{
    public readonly string Name;
    public readonly int Fd;
    public TextStream(TextWriter w, string name) : this(name, name == "<stdout>" ? 1 : 2)
    {
        Writer = w;
        // Python/pylifecycle.c create_stdio: stderr uses backslashreplace; stdout is line buffered on a terminal only.
        Errors = name == "<stderr>" ? "backslashreplace" : "strict";
        Dict!.Set("mode", PyStr.From("w"));
    }
    public TextStream(TextReader r) : this("<stdin>", 0)
    {
        Reader = r;
        Decoder = new Pyref.VM.Modules.IO.Utf8Decoder("strict", false);
        Newlines = new Pyref.VM.Modules.IO.NewlineDecoder(true);
        Dict!.Set("mode", PyStr.From("r"));
    }
    private TextStream(string name, int fd) : base(Pyref.VM.Modules.IO.IoModule.TextIOWrapperType)
    {
        Name = name; Fd = fd;
        Encoding = "utf-8"; Ok = true; ReadUniversal = ReadTranslate = WriteTranslate = true;
        Dict!.Set("name", PyStr.From(name));
    }
    public void Write(string s) => Writer!.Write(s);
}
