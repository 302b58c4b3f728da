using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>
/// The parts of sys (Python/sysmodule.c _PySys_InitCore / _PySys_UpdateConfig) that importlib and real programs
/// read: the import state, interpreter identity, configuration flags, numeric info and the hooks.
/// </summary>
public static partial class SysModule
{
    public const string Copyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved.";

    private static void AddImportAndRuntimeInfo(Interpreter interp, PyDict d)
    {
        // Import state (Python/pylifecycle.c, importlib fills meta_path and path_hooks when it is bootstrapped).
        d.Set("meta_path", new PyList());
        d.Set("path_hooks", new PyList());
        d.Set("path_importer_cache", new PyDict());
        d.Set("dont_write_bytecode", PyBool.True);
        d.Set("pycache_prefix", None);

        var lib = StdlibLocator.Find();
        var prefix = lib != null ? Path.GetFullPath(Path.Combine(lib, "..", "..")) : "";
        d.Set("prefix", PyStr.From(prefix));
        d.Set("base_prefix", PyStr.From(prefix));
        d.Set("exec_prefix", PyStr.From(prefix));
        d.Set("base_exec_prefix", PyStr.From(prefix));
        d.Set("platlibdir", PyStr.From("lib"));
        d.Set("_stdlib_dir", lib != null ? PyStr.From(lib) : None);
        d.Set("executable", PyStr.From(Executable()));
        d.Set("_base_executable", PyStr.From(Executable()));
        d.Set("orig_argv", new PyList());
        d.Set("warnoptions", new PyList());
        d.Set("_xoptions", new PyDict());
        d.Set("abiflags", PyStr.From(""));
        d.Set("api_version", PyInt.From(1013));
        d.Set("copyright", PyStr.From(Copyright));
        d.Set("float_repr_style", PyStr.From("short"));
        d.Set("_git", PyTuple.Of(PyStr.From("CPython"), PyStr.From(""), PyStr.From("")));
        d.Set("_framework", PyStr.From(""));

        // sys.implementation (sysmodule.c make_impl_info).
        // cache_tag is None on purpose: importlib's SourceLoader would otherwise read CPython's own
        // __pycache__/*.cpython-311.pyc files next to the stdlib sources, which would run CPython's compiler output
        // instead of ours; with None, cache_from_source raises NotImplementedError and the loader compiles the
        // source with compile() (the reference compiler) and never writes a .pyc (CPython's documented meaning).
        var impl = new PyInstance(SimpleNamespaceType());
        impl.Dict!.Set("name", PyStr.From("cpython"));
        impl.Dict!.Set("cache_tag", None);
        impl.Dict!.Set("version", d.Get("version_info")!);
        impl.Dict!.Set("hexversion", d.Get("hexversion")!);
        impl.Dict!.Set("_multiarch", PyStr.From("x86_64-linux-gnu"));
        d.Set("implementation", impl);

        d.Set("flags", StructSeq("sys", "flags",
            new[] { "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
                "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated", "dev_mode",
                "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits" },
            Z, Z, Z, Z, PyInt.From(1), Z, Z, Z, Z, Z, Z, PyInt.From(1), Z, PyBool.False, Z, Z, PyBool.False, PyInt.From(-1)));
        d.Set("int_info", StructSeq("sys", "int_info",
            new[] { "bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold" },
            PyInt.From(30), PyInt.From(4), PyInt.From(4300), PyInt.From(640)));
        d.Set("hash_info", StructSeq("sys", "hash_info",
            new[] { "width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff" },
            PyInt.From(64), PyInt.From(2305843009213693951), PyInt.From(314159), Z, PyInt.From(1000003),
            PyStr.From("siphash13"), PyInt.From(64), PyInt.From(128), Z));
        d.Set("float_info", StructSeq("sys", "float_info",
            new[] { "max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds" },
            PyFloat.From(double.MaxValue), PyInt.From(1024), PyInt.From(308), PyFloat.From(2.2250738585072014e-308),
            PyInt.From(-1021), PyInt.From(-307), PyInt.From(15), PyInt.From(53), PyFloat.From(2.220446049250313e-16),
            PyInt.From(2), PyInt.From(1)));
        d.Set("thread_info", StructSeq("sys", "thread_info", new[] { "name", "lock", "version" },
            PyStr.From("pthread"), PyStr.From("semaphore"), PyStr.From("NPTL 2.36")));

        d.Set("getfilesystemencoding", Fn("getfilesystemencoding", (a, kw) => PyStr.From("utf-8")));
        d.Set("getfilesystemencodeerrors", Fn("getfilesystemencodeerrors", (a, kw) => PyStr.From("surrogateescape")));
        // DEVIATION(CPython): no reference counts; 2 is what a fresh object passed as the argument shows.
        d.Set("getrefcount", Fn("getrefcount", (a, kw) => { CheckCount("getrefcount", a.Length, 1, 1); return PyInt.From(2); }));
        d.Set("is_finalizing", Fn("is_finalizing", (a, kw) => PyBool.False));
        d.Set("getswitchinterval", Fn("getswitchinterval", (a, kw) => PyFloat.From(0.005)));
        d.Set("setswitchinterval", Fn("setswitchinterval", (a, kw) => None));

        // Audit hooks (PEP 578): kept and called in order; audit events are raised by sys.audit only.
        var auditHooks = new PyList();
        d.Set("addaudithook", Fn("addaudithook", (a, kw) => { auditHooks.Append(a[0]); return None; }));
        d.Set("audit", Fn("audit", (a, kw) =>
        {
            if (a.Length == 0) throw PyExc.TypeError("audit() missing 1 required positional argument: 'event'");
            if (a[0] is not PyStr) throw PyExc.TypeError($"expected str for argument 'event', not {Ops.TypeName(a[0])}");
            var rest = PyTuple.From(a.Slice(1).ToArray());
            foreach (var h in auditHooks.Items.Take(auditHooks.Count).ToArray()) Ops.Call(h, a[0], rest);
            return None;
        }));

        // Tracing and profiling: stored and returned (the VM does not call trace functions).
        // DEVIATION(CPython): settrace/setprofile functions are never called.
        PyObject trace = None, profile = None;
        d.Set("settrace", Fn("settrace", (a, kw) => { trace = a[0]; return None; }));
        d.Set("gettrace", Fn("gettrace", (a, kw) => trace));
        d.Set("setprofile", Fn("setprofile", (a, kw) => { profile = a[0]; return None; }));
        d.Set("getprofile", Fn("getprofile", (a, kw) => profile));
        PyObject firstiter = None, finalizer = None;
        d.Set("get_asyncgen_hooks", Fn("get_asyncgen_hooks", (a, kw) =>
            StructSeq("sys", "asyncgen_hooks", new[] { "firstiter", "finalizer" }, firstiter, finalizer)));
        d.Set("set_asyncgen_hooks", Fn("set_asyncgen_hooks", (a, kw) =>
        {
            var p = Parse("set_asyncgen_hooks", a, kw, new[] { "firstiter", "finalizer" }, 0);
            if (p[0] != null) firstiter = p[0]!;
            if (p[1] != null) finalizer = p[1]!;
            return None;
        }));
        d.Set("get_coroutine_origin_tracking_depth", Fn("get_coroutine_origin_tracking_depth", (a, kw) => PyInt.From(0)));
        d.Set("set_coroutine_origin_tracking_depth", Fn("set_coroutine_origin_tracking_depth", (a, kw) => None));

        // sys.displayhook (sysmodule.c sys_displayhook): print repr(value) to sys.stdout, store it in builtins._.
        var displayhook = Fn("displayhook", (a, kw) =>
        {
            CheckCount("displayhook", a.Length, 1, 1);
            var v = a[0];
            if (v == None) return None;
            var ip = Interpreter.Current;
            ip.BuiltinsDict.Set("_", None);
            var stdout = ip.Sys.Dict!.Get("stdout");
            if (stdout == null || stdout == None) throw PyExc.RuntimeError("lost sys.stdout");
            Ops.CallMethod(stdout, "write", Ops.Repr(v));
            Ops.CallMethod(stdout, "write", PyStr.From("\n"));
            ip.BuiltinsDict.Set("_", v);
            return None;
        });
        // sys.excepthook (sys_excepthook_impl): the traceback on sys.stderr.
        var excepthook = Fn("excepthook", (a, kw) =>
        {
            CheckCount("excepthook", a.Length, 3, 3);
            var stderr = Interpreter.Current.Sys.Dict!.Get("stderr");
            if (stderr == null || stderr == None) throw PyExc.RuntimeError("lost sys.stderr");
            if (a[1] is PyBaseException be)
            {
                if (a[2] is PyTraceback tb) be.Traceback = tb;
                Ops.CallMethod(stderr, "write", PyStr.From(TracebackPrinter.Format(be)));
            }
            else Ops.CallMethod(stderr, "write", PyStr.From($"TypeError: print_exception(): Exception expected for value, {Ops.TypeName(a[1])} found\n"));
            return None;
        });
        d.Set("displayhook", displayhook);
        d.Set("__displayhook__", displayhook);
        d.Set("excepthook", excepthook);
        d.Set("__excepthook__", excepthook);
        d.Set("unraisablehook", Fn("unraisablehook", (a, kw) => None));
        d.Set("__unraisablehook__", d.Get("unraisablehook")!);
        d.Set("breakpointhook", Fn("breakpointhook", (a, kw) => None));
        d.Set("__breakpointhook__", d.Get("breakpointhook")!);
        d.Set("call_tracing", Fn("call_tracing", (a, kw) => Ops.Call(a[0], Ops.ToArray(a[1]))));
        d.Set("__stdin__", interp.SysStdin);
        d.Set("stdin", interp.SysStdin);
    }

    private static PyObject Z => PyInt.From(0);

    /// <summary>
    /// sys.executable: a program that runs this interpreter with python3's command line, so subprocess and
    /// multiprocessing can start [sys.executable, "-c", ...]. Run as `dotnet pyref.dll`, the process is the dotnet host,
    /// which would not take python's arguments: the pyref apphost beside the assembly is named instead.
    /// </summary>
    private static string Executable()
    {
        var process = Environment.ProcessPath ?? "";
        if (Path.GetFileNameWithoutExtension(process) == "dotnet")
        {
            var apphost = Path.Combine(AppContext.BaseDirectory, OperatingSystem.IsWindows() ? "pyref.exe" : "pyref");
            if (File.Exists(apphost)) return apphost;
        }
        return process;
    }

    /// <summary>
    /// Modules/main.c pymain_run_python / Python/initconfig.c config_init_path: sys.path[0] is the script's folder
    /// (its real path; '' for -c and the interactive prompt), then the standard library and its lib-dynload.
    /// DEVIATION(CPython): no pythonXY.zip entry and no site-packages (site is not imported at start-up).
    /// </summary>
    public static void SetPath(Interpreter interp, string? script)
    {
        var path = new PyList();
        string first = "";
        if (script != null)
        {
            var full = Path.GetFullPath(script);
            try
            {
                var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true);
                if (target != null) full = target.FullName;
            }
            catch (IOException) { }
            first = Path.GetDirectoryName(full) ?? "";
        }
        path.Append(PyStr.From(first));
        var lib = StdlibLocator.Find();
        if (lib != null)
        {
            path.Append(PyStr.From(lib));
            var dynload = Path.Combine(lib, "lib-dynload");
            if (Directory.Exists(dynload)) path.Append(PyStr.From(dynload));
        }
        interp.Sys.Dict!.Set("path", path);
    }
}
