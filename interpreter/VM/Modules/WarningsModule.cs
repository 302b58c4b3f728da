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
}
