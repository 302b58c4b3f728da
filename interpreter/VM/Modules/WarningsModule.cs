using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _warnings (Python/_warnings.c), minimal by design: importlib._bootstrap needs `_warnings.warn` as a built-in,
/// but the filtering, the registries and the formatting are all in CPython's pure Lib/warnings.py too. This module
/// leaves out `filters`, `_defaultaction`, `_onceregistry`, `warn_explicit` and `_filters_mutated`, so
/// warnings.py's `from _warnings import (...)` fails and it runs its pure-Python implementation (with the same
/// default filters CPython's C code installs: warnings.py adds them when `_warnings_defaults` is False), and
/// `_warnings.warn` hands over to `warnings.warn`. Observable behaviour is CPython's, from CPython's own code.
/// DEVIATION(CPython): a warning raised before warnings.py can be imported (no standard library) is dropped.
/// </summary>
[BuiltinModule("_warnings")]
public static class WarningsModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_warnings");
        m.Dict!.Set("warn", Fn("warn", (a, kw) =>
        {
            // warnings_warn_impl(message, category=None, stacklevel=1, source=None): the pure warn has the same
            // signature; no Python frame is added by this call, so stacklevel counts the same frames.
            var warnings = Interpreter.Current.Modules.Get("warnings");
            if (warnings == null)
            {
                if (StdlibLocator.Find() == null) return None;
                warnings = Import.ImportModuleLevel("warnings", null, None, 0);
            }
            return Ops.Call(Ops.GetAttr(warnings, "warn"), a, kw);
        }));
        return m;
    }

    /// <summary>
    /// The compiler's SyntaxWarnings (Python/compile.c compiler_warn -> PyErr_WarnExplicitObject with no module and no
    /// registry). When warnings.py is loaded (or -W options need its filters) its warn_explicit decides and shows;
    /// otherwise the default filters apply, under which a SyntaxWarning is shown as _warnings.c show_warning writes it
    /// (warnings.py is not imported just for this, as CPython does not import it). Returns true when the filters made
    /// the warning an error (the compiler then raises a SyntaxError).
    /// </summary>
    public static bool CompilerWarning(string message, string filename, int lineno)
    {
        var interp = Interpreter.Current;
        try
        {
            var warnings = interp.Modules.Get("warnings");
            var warnoptions = interp.Sys.Dict!.Get("warnoptions");
            if (warnings == null && warnoptions is PyList { Count: > 0 } && StdlibLocator.Find() != null)
                warnings = Import.ImportModuleLevel("warnings", null, None, 0);
            if (warnings != null)
            {
                Ops.Call(Ops.GetAttr(warnings, "warn_explicit"), PyStr.From(message), Types.SyntaxWarning,
                    PyStr.From(filename), PyInt.From(lineno));
                return false;
            }
            ShowWarning(interp, "SyntaxWarning", message, filename, lineno);
            return false;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.SyntaxWarning))
        {
            return true;
        }
    }

    // _warnings.c show_warning: "filename:lineno: category: text" then the source line (_Py_DisplaySourceLine, indent 2).
    private static void ShowWarning(Interpreter interp, string category, string text, string filename, int lineno)
    {
        var stderr = interp.Sys.Dict!.Get("stderr");
        if (stderr == null || stderr == None) return;
        var sb = new System.Text.StringBuilder();
        sb.Append(filename).Append(':').Append(lineno).Append(": ").Append(category).Append(": ").Append(text).Append('\n');
        var line = TracebackPrinter.GetLine(filename, lineno);
        if (line != null)
        {
            line = line.TrimStart(' ', '\t', '\f').TrimEnd('\r');
            sb.Append("  ").Append(line).Append('\n');
        }
        Ops.CallMethod(stderr, "write", PyStr.From(sb.ToString()));
    }
}
