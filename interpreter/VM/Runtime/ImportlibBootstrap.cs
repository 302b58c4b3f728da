using Pyref.VM.Objects;

namespace Pyref.VM.Runtime;

/// <summary>
/// Python/pylifecycle.c init_importlib + init_importlib_external. CPython freezes Lib/importlib/_bootstrap.py
/// and _bootstrap_external.py into the executable; the reference interpreter compiles the same two files from
/// the discovered standard library (<see cref="StdlibLocator"/>) with its own compiler and runs them under the
/// frozen names, so the import system is CPython's own Python code.
/// This happens lazily, on the first import that is not of a built-in module: programs that import nothing (or
/// only built-ins) keep their start-up time. The code objects carry CPython's frozen file names
/// ("&lt;frozen importlib._bootstrap&gt;"), so tracebacks through importlib read as CPython's do and
/// Import.RemoveImportlibFrames recognises them.
/// </summary>
public static class ImportlibBootstrap
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Interpreter, PyModule> s_loaded = new();
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Interpreter, object> s_busy = new();

    /// <summary>_frozen_importlib once it is installed, else null (also while it is being installed).</summary>
    public static PyModule? Loaded(Interpreter interp) => s_loaded.TryGetValue(interp, out var m) ? m : null;

    /// <summary>_frozen_importlib, installing it first if needed.</summary>
    public static PyModule Ensure(Interpreter interp)
    {
        if (s_loaded.TryGetValue(interp, out var m)) return m;
        if (s_busy.TryGetValue(interp, out _))
            throw PyExc.ImportError("import of a non-built-in module while importlib is being bootstrapped");
        var lib = StdlibLocator.Find()
            ?? throw PyExc.ModuleNotFoundError(StdlibLocator.NotFoundMessage());
        s_busy.Add(interp, new object());
        try
        {
            m = Install(interp, lib);
        }
        finally
        {
            s_busy.Remove(interp);
        }
        s_loaded.Add(interp, m);
        return m;
    }

    private static PyModule Install(Interpreter interp, string lib)
    {
        var modules = interp.Sys.Dict!.Get("modules")!;
        // init_importlib: _imp is created by hand and handed to _install, which imports _thread, _warnings and
        // _weakref as built-ins.
        var imp = Modules.BuiltinModuleTable.Create("_imp", interp)
            ?? throw PyExc.ImportError("the _imp built-in module is missing");
        Ops.SetItem(modules, PyStr.From("_imp"), imp);

        var bootstrap = RunFrozen(interp, Path.Combine(lib, "importlib", "_bootstrap.py"), "_frozen_importlib", "importlib._bootstrap");
        Ops.Call(Ops.GetAttr(bootstrap, "_install"), interp.Sys, imp);

        // init_importlib_external: _bootstrap._install_external_importers() does
        // `import _frozen_importlib_external`, which CPython satisfies from its frozen modules; here the module is
        // created first, so that import finds it in sys.modules.
        var external = RunFrozen(interp, Path.Combine(lib, "importlib", "_bootstrap_external.py"), "_frozen_importlib_external", "importlib._bootstrap_external");
        Ops.Call(Ops.GetAttr(bootstrap, "_install_external_importers"));
        _ = external;
        // DEVIATION(CPython): no zipimport path hook (_PyImportZip_Init), so zip files on sys.path are not searched.
        return bootstrap;
    }

    private static PyModule RunFrozen(Interpreter interp, string path, string name, string frozenName)
    {
        byte[] source;
        try { source = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw PyExc.ImportError($"cannot read {path} (the standard library's importlib): {e.Message}");
        }
        var code = CompilerBridge.Compile(source, $"<frozen {frozenName}>", "exec");
        var module = new PyModule(name);
        var g = module.Dict!;
        g.Set("__builtins__", interp.BuiltinsModule);
        Ops.SetItem(interp.Sys.Dict!.Get("modules")!, PyStr.From(name), module);
        var frame = new Ceval.Frame(code, g, interp.BuiltinsDict, g, null);
        Ceval.InstructionLoop.Run(frame);
        return module;
    }
}

/// <summary>
/// Finds CPython's pure-Python standard library (its Lib/ folder) at run time; nothing is copied and python3 is
/// never executed. PYREF_STDLIB names the folder; otherwise python3.X (then python3) is looked up on PATH, its
/// symlinks resolved, and ../lib/python3.X/os.py next to it marks the folder (Modules/getpath.py's landmark).
/// </summary>
public static class StdlibLocator
{
    /// <summary>The target version's "major.minor".</summary>
    public static string TargetVersion = "3.11";

    private static string? s_found;
    private static bool s_searched;
    private static readonly object s_lock = new();

    public static string? Find()
    {
        lock (s_lock)
        {
            if (!s_searched) { s_found = Search(); s_searched = true; }
            return s_found;
        }
    }

    public static string NotFoundMessage() =>
        $"the standard library of CPython {TargetVersion} was not found: set PYREF_STDLIB to its Lib folder " +
        $"(the folder holding os.py, e.g. /usr/lib/python{TargetVersion}), or put python{TargetVersion} on PATH";

    private static string? Search()
    {
        var env = Environment.GetEnvironmentVariable("PYREF_STDLIB");
        if (!string.IsNullOrEmpty(env))
            return File.Exists(Path.Combine(env, "os.py")) ? Path.GetFullPath(env) : null;
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var exe in new[] { "python" + TargetVersion, "python3" })
        {
            foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(dir, exe);
                if (!File.Exists(candidate)) continue;
                string resolved = candidate;
                try
                {
                    var target = new FileInfo(candidate).ResolveLinkTarget(returnFinalTarget: true);
                    if (target != null) resolved = target.FullName;
                }
                catch (IOException) { continue; }
                var bin = Path.GetDirectoryName(resolved);
                if (bin == null) continue;
                if (PyenvShimLib(bin) is { } shimLib) return shimLib;
                var lib = Path.GetFullPath(Path.Combine(bin, "..", "lib", "python" + TargetVersion));
                if (File.Exists(Path.Combine(lib, "os.py"))) return lib;
            }
        }
        return null;
    }

    /// <summary>
    /// A pyenv shim (PYENV_ROOT/shims/python3 is a script that picks an installed version) stands for the Lib/ of
    /// the version pyenv would run, chosen as pyenv chooses it without running it: PYENV_VERSION, else the nearest
    /// .python-version file from the working folder up, else PYENV_ROOT/version. Null when that is not a pyenv
    /// shim folder or the version has no Lib/ of the target version.
    /// </summary>
    private static string? PyenvShimLib(string bin)
    {
        if (Path.GetFileName(bin) != "shims") return null;
        var root = Path.GetDirectoryName(bin);
        if (root == null || !Directory.Exists(Path.Combine(root, "versions"))) return null;
        string? version = Environment.GetEnvironmentVariable("PYENV_VERSION");
        for (var dir = Environment.CurrentDirectory; version == null && dir != null; dir = Path.GetDirectoryName(dir))
            version = FirstWord(Path.Combine(dir, ".python-version"));
        version ??= FirstWord(Path.Combine(root, "version"));
        if (string.IsNullOrEmpty(version) || version == "system") return null;
        var lib = Path.Combine(root, "versions", version.Split(':')[0], "lib", "python" + TargetVersion);
        return File.Exists(Path.Combine(lib, "os.py")) ? lib : null;
    }

    private static string? FirstWord(string file)
    {
        try
        {
            if (!File.Exists(file)) return null;
            foreach (var line in File.ReadLines(file))
            {
                var word = line.Trim();
                if (word.Length > 0 && !word.StartsWith('#')) return word.Split(' ', '\t')[0];
            }
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
        return null;
    }
}
