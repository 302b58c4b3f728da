using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>
/// compile(), exec() and eval() (Python/bltinmodule.c builtin_compile_impl, builtin_exec_impl, builtin_eval_impl)
/// over the reference compiler (<see cref="CompilerBridge"/>).
/// </summary>
public static class CompileBuiltins
{
    // Include/cpython/compile.h and Include/cpython/code.h
    public const int PyCF_SOURCE_IS_UTF8 = 0x0100, PyCF_DONT_IMPLY_DEDENT = 0x0200, PyCF_ONLY_AST = 0x0400,
        PyCF_IGNORE_COOKIE = 0x0800, PyCF_TYPE_COMMENTS = 0x1000, PyCF_ALLOW_TOP_LEVEL_AWAIT = 0x2000,
        PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000;
    public const int CO_FUTURE_BARRY_AS_BDFL = 0x400000;
    /// <summary>PyCF_MASK: the CO_FUTURE_* bits (division ... annotations).</summary>
    public const int PyCF_MASK = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000;
    /// <summary>PyCF_MASK_OBSOLETE: CO_NESTED.</summary>
    public const int PyCF_MASK_OBSOLETE = 0x10;
    public const int PyCF_COMPILE_MASK = PyCF_ONLY_AST | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_TYPE_COMMENTS
        | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT;

    private static readonly string[] s_compileParams = { "source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version" };

    /// <summary>builtin_compile_impl: compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1, *, _feature_version=-1).</summary>
    public static PyObject Compile(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Parse("compile", args, kw, s_compileParams, 3, kwOnlyFrom: 6);
        var source = p[0]!;
        string filename = FsDecode(p[1]!);
        if (p[2] is not PyStr modeStr) throw PyExc.TypeError($"compile() argument 'mode' must be str, not {Ops.TypeName(p[2]!)}");
        string mode = modeStr.Value;
        int flags = p[3] == null ? 0 : AsCInt(p[3]!);
        bool dontInherit = p[4] != null && AsCInt(p[4]!) != 0;
        int optimize = p[5] == null ? -1 : AsCInt(p[5]!);
        if (p[6] != null) AsCInt(p[6]!);

        if ((flags & ~(PyCF_MASK | PyCF_MASK_OBSOLETE | PyCF_COMPILE_MASK)) != 0)
            throw PyExc.ValueError("compile(): unrecognised flags");
        if (optimize < -1 || optimize > 2) throw PyExc.ValueError("compile(): invalid optimize value");
        int cf = flags | PyCF_SOURCE_IS_UTF8;
        if (!dontInherit) cf = MergeCompilerFlags(cf);
        if (mode == "func_type")
        {
            if ((flags & PyCF_ONLY_AST) == 0) throw PyExc.ValueError("compile() mode 'func_type' requires flag PyCF_ONLY_AST");
        }
        else if (mode != "exec" && mode != "eval" && mode != "single")
            throw PyExc.ValueError((flags & PyCF_ONLY_AST) != 0
                ? "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
                : "compile() mode must be 'exec', 'eval' or 'single'");
        if (source is not PyStr && BufferProtocol.TryGetBytes(source) == null && Ops.IsInstance(source, Modules.AstModule.AstType()))
        {
            // bltinmodule.c builtin_compile_impl: an AST source with PyCF_ONLY_AST is returned as it is.
            if ((flags & PyCF_ONLY_AST) != 0) return source;
            // DEVIATION(CPython): compiling an AST object needs obj2ast (Python-ast.c PyAST_obj2mod), not written yet.
            throw PyExc.NotImplementedError("compile() of an AST object is not implemented by the reference VM");
        }
        if ((flags & PyCF_ONLY_AST) != 0)
            return ParseToAst(source, filename, mode, (flags & PyCF_TYPE_COMMENTS) != 0, flags);
        return CompileSource(source, "compile", "string, bytes or AST", filename, mode, cf, optimize);
    }

    /// <summary>Py_CompileStringObject with PyCF_ONLY_AST: the parser's tree converted by ast2obj.</summary>
    private static PyObject ParseToAst(PyObject source, string filename, string mode, bool typeComments, int flags)
    {
        var parseMode = mode switch
        {
            "exec" => Pyref.Parser.ParseMode.Exec,
            "eval" => Pyref.Parser.ParseMode.Eval,
            "single" => Pyref.Parser.ParseMode.Single,
            _ => Pyref.Parser.ParseMode.FuncType,
        };
        object text;
        if (source is PyStr s)
        {
            if (s.Value.Contains('\0')) throw PyExc.Make(Types.SyntaxError, "source code string cannot contain null bytes");
            text = s.Value;
        }
        else
        {
            var bytes = BufferProtocol.TryGetBytes(source) ?? throw PyExc.TypeError("compile() arg 1 must be a string, bytes or AST object");
            if (Array.IndexOf(bytes, (byte)0) >= 0) throw PyExc.Make(Types.SyntaxError, "source code string cannot contain null bytes");
            text = bytes;
        }
        return Modules.AstModule.ToPython(CompilerBridge.Parse(text, filename, parseMode, typeComments, flags));
    }

    /// <summary>_Py_SourceAsString then Py_CompileStringObject: str sources ignore a coding cookie, bytes obey it.</summary>
    private static PyCode CompileSource(PyObject source, string funcname, string what, string filename, string mode, int cf, int optimize)
    {
        // Only the bits the compiler acts on: the __future__ features, top-level await, and the parser's two.
        int compilerFlags = cf & (PyCF_MASK | PyCF_ALLOW_TOP_LEVEL_AWAIT | PyCF_DONT_IMPLY_DEDENT | PyCF_ALLOW_INCOMPLETE_INPUT);
        // DEVIATION(CPython): the reference parser has no barry_as_FLUFL mode ('<>' as '!='); the flag is accepted
        // and recorded in co_flags, but the grammar stays the default one.
        switch (source)
        {
            case PyStr s:
                if (s.Value.Contains('\0')) throw PyExc.Make(Types.SyntaxError, "source code string cannot contain null bytes");
                return CompilerBridge.Compile(s.Value, filename, mode, compilerFlags, optimize);
            default:
                var bytes = BufferProtocol.TryGetBytes(source);
                if (bytes == null) throw PyExc.TypeError($"{funcname}() arg 1 must be a {what} object");
                if (Array.IndexOf(bytes, (byte)0) >= 0) throw PyExc.Make(Types.SyntaxError, "source code string cannot contain null bytes");
                return CompilerBridge.Compile(bytes, filename, mode, compilerFlags, optimize);
        }
    }

    /// <summary>Python/ceval.c PyEval_MergeCompilerFlags: the calling code's __future__ features are inherited.</summary>
    private static int MergeCompilerFlags(int cf)
    {
        var frame = PyThreadState.Current.Frame;
        if (frame != null) cf |= frame.Code.Flags & PyCF_MASK;
        return cf;
    }

    /// <summary>PyUnicode_FSDecoder: str, bytes (decoded as the filesystem encoding, UTF-8) or os.PathLike.</summary>
    private static string FsDecode(PyObject o)
    {
        if (o is PyStr s) return s.Value;
        if (o is PyBytes b) return Encoding.UTF8.GetString(b.Value);
        var fspath = o.Type.Lookup("__fspath__");
        if (fspath != null)
        {
            var r = Ops.CallDescriptor(fspath, o);
            if (r is PyStr rs) return rs.Value;
            if (r is PyBytes rb) return Encoding.UTF8.GetString(rb.Value);
            throw PyExc.TypeError($"expected {o.Type.Name}.__fspath__() to return str or bytes, not {Ops.TypeName(r)}");
        }
        throw PyExc.TypeError($"expected str, bytes or os.PathLike object, not {Ops.TypeName(o)}");
    }

    /// <summary>Argument Clinic's int converter (_PyLong_AsInt).</summary>
    private static int AsCInt(PyObject o)
    {
        if (o is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue)
            throw PyExc.OverflowError("Python int too large to convert to C int");
        return (int)i.Small;
    }

    /// <summary>PyMapping_Check: the type has a __getitem__ (mp_subscript), dict or not.</summary>
    private static bool IsMapping(PyObject o) => o is PyDict || o.Type.Lookup("__getitem__") != null;

    private static void EnsureBuiltins(PyDict globals)
    {
        if (globals.Get("__builtins__") == null) globals.Set("__builtins__", Interpreter.Current.BuiltinsModule);
    }

    private static PyObject RunCode(PyCode code, PyDict globals, PyObject locals, PyTuple? closure)
    {
        PyFunction? function = null;
        if (closure != null) function = new PyFunction(code, globals, PyStr.From(code.QualName)) { Closure = closure };
        var f = new Frame(code, globals, Interpreter.BuiltinsDictFor(globals), locals, function);
        return InstructionLoop.Run(f);
    }

    /// <summary>The caller's globals and locals (PyEval_GetGlobals / PyEval_GetLocals).</summary>
    private static (PyDict Globals, PyObject Locals) CallerNamespaces()
    {
        var frame = PyThreadState.Current.Frame ?? throw PyExc.Make(Types.SystemError, "globals and locals cannot be NULL");
        return (frame.Globals, frame.Locals ?? frame.LocalsSnapshot());
    }

    /// <summary>builtin_exec_impl: exec(source, globals=None, locals=None, /, *, closure=None).</summary>
    public static PyObject Exec(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Parse("exec", args, kw, new[] { "source", "globals", "locals", "closure" }, 1, posOnly: 3, kwOnlyFrom: 3);
        var source = p[0]!;
        var globalsArg = p[1] ?? Singletons.None;
        var locals = p[2] ?? Singletons.None;
        var closureArg = p[3] == Singletons.None ? null : p[3];
        PyObject globalsObj;
        if (globalsArg == Singletons.None)
        {
            var (g, l) = CallerNamespaces();
            globalsObj = g;
            if (locals == Singletons.None) locals = l;
        }
        else
        {
            globalsObj = globalsArg;
            if (locals == Singletons.None) locals = globalsArg;
        }
        if (globalsObj is not PyDict globals) throw PyExc.TypeError($"exec() globals must be a dict, not {Ops.TypeName(globalsObj)}");
        if (!IsMapping(locals)) throw PyExc.TypeError($"locals must be a mapping or None, not {Ops.TypeName(locals)}");
        EnsureBuiltins(globals);
        if (source is PyCode code)
        {
            PyTuple? closure = null;
            if (code.NFrees == 0)
            {
                if (closureArg != null) throw PyExc.TypeError("cannot use a closure with this code object");
            }
            else
            {
                bool ok = closureArg is PyTuple t && t.Type == Types.Tuple && t.Items.Length == code.NFrees && t.Items.All(c => c is PyCell);
                if (!ok) throw PyExc.TypeError($"code object requires a closure of exactly length {code.NFrees}");
                closure = (PyTuple)closureArg!;
            }
            RunCode(code, globals, locals, closure);
        }
        else
        {
            if (closureArg != null) throw PyExc.TypeError("closure can only be used when source is a code object");
            var compiled = CompileSource(source, "exec", "string, bytes or code", "<string>", "exec", MergeCompilerFlags(PyCF_SOURCE_IS_UTF8), -1);
            RunCode(compiled, globals, locals, null);
        }
        return Singletons.None;
    }

    /// <summary>builtin_eval_impl: eval(source, globals=None, locals=None, /).</summary>
    public static PyObject Eval(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        NoKeywords("eval", kw);
        CheckCount("eval", args.Length, 1, 3);
        var source = args[0];
        var globalsArg = args.Length > 1 ? args[1] : Singletons.None;
        var locals = args.Length > 2 ? args[2] : Singletons.None;
        if (locals != Singletons.None && !IsMapping(locals)) throw PyExc.TypeError("locals must be a mapping");
        if (globalsArg != Singletons.None && globalsArg is not PyDict)
            throw PyExc.TypeError(IsMapping(globalsArg) ? "globals must be a real dict; try eval(expr, {}, mapping)" : "globals must be a dict");
        PyDict globals;
        if (globalsArg == Singletons.None)
        {
            var (g, l) = CallerNamespaces();
            globals = g;
            if (locals == Singletons.None) locals = l;
        }
        else
        {
            globals = (PyDict)globalsArg;
            if (locals == Singletons.None) locals = globals;
        }
        EnsureBuiltins(globals);
        if (source is PyCode code)
        {
            if (code.NFrees > 0) throw PyExc.TypeError("code object passed to eval() may not contain free variables");
            return RunCode(code, globals, locals, null);
        }
        PyObject text = source;
        // Leading spaces and tabs are skipped (an indented expression is no IndentationError in eval).
        if (source is PyStr s) text = PyStr.From(s.Value.TrimStart(' ', '\t'));
        else if (BufferProtocol.TryGetBytes(source) is byte[] b)
        {
            int i = 0;
            while (i < b.Length && (b[i] == ' ' || b[i] == '\t')) i++;
            text = PyBytes.From(b[i..]);
        }
        var compiled = CompileSource(text, "eval", "string, bytes or code", "<string>", "eval", MergeCompilerFlags(PyCF_SOURCE_IS_UTF8), -1);
        return RunCode(compiled, globals, locals, null);
    }

    /// <summary>
    /// PRINT_EXPR (the 'single' mode's expression statements): sys.displayhook when sys has one, else
    /// Python/sysmodule.c sys_displayhook: None shows nothing; builtins._ is cleared, repr(value) and a newline go
    /// to sys.stdout, then builtins._ = value.
    /// </summary>
    public static void DisplayHook(PyObject value)
    {
        var interp = Interpreter.Current;
        var hook = interp.Sys.Dict!.Get("displayhook");
        if (hook != null) { Ops.Call(hook, value); return; }
        if (value == Singletons.None) return;
        interp.BuiltinsDict.Set("_", Singletons.None);
        var stdout = interp.Sys.Dict!.Get("stdout");
        if (stdout == null || stdout == Singletons.None) throw PyExc.RuntimeError("lost sys.stdout");
        var text = Ops.ReprString(value) + "\n";
        if (stdout is TextStream ts) ts.Write(text);
        else Ops.Call(Ops.GetAttr(stdout, "write"), PyStr.From(text));
        interp.BuiltinsDict.Set("_", value);
    }
}
