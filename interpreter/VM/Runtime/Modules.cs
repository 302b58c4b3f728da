using System.Text;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>The sys module (Python/sysmodule.c), the parts programs use.</summary>
public static class SysModule
{
    public static PyModule Create(Interpreter interp)
    {
        var m = new PyModule("sys");
        var d = m.Dict!;
        d.Set("stdout", interp.SysStdout);
        d.Set("stderr", interp.SysStderr);
        d.Set("__stdout__", interp.SysStdout);
        d.Set("__stderr__", interp.SysStderr);
        d.Set("modules", interp.Modules);
        d.Set("argv", new PyList());
        d.Set("path", new PyList());
        d.Set("maxsize", PyInt.From(long.MaxValue));
        d.Set("byteorder", PyStr.From("little"));
        d.Set("platform", PyStr.From("linux"));
        d.Set("implementation", PyStr.From("pyref"));
        d.Set("version", PyStr.From("3.11.7 (pyref reference interpreter)"));
        d.Set("version_info", StructSeq("sys", "version_info", new[] { "major", "minor", "micro", "releaselevel", "serial" },
            PyInt.From(3), PyInt.From(11), PyInt.From(7), PyStr.From("final"), PyInt.From(0)));
        d.Set("hexversion", PyInt.From(0x030B07F0));
        d.Set("maxunicode", PyInt.From(0x10FFFF));
        d.Set("builtin_module_names", PyTuple.Of(PyStr.From("builtins"), PyStr.From("sys"), PyStr.From("math"), PyStr.From("time")));
        d.Set("exit", Fn("exit", (a, kw) =>
        {
            var e = new PyBaseException(Types.SystemExit) { Args = a.Length == 0 ? PyTuple.Empty : PyTuple.Of(a[0]) };
            ExceptionTypes.InitSpecialAttributes(e);
            throw new PyException(e);
        }));
        d.Set("getrecursionlimit", Fn("getrecursionlimit", (a, kw) => PyInt.From(PyThreadState.Current.RecursionLimit)));
        d.Set("setrecursionlimit", Fn("setrecursionlimit", (a, kw) =>
        {
            long n = ToLong(a[0]);
            if (n < 1) throw PyExc.ValueError("recursion limit must be greater or equal than 1");
            PyThreadState.Current.RecursionLimit = (int)Math.Min(n, 100000);
            return None;
        }));
        d.Set("exc_info", Fn("exc_info", (a, kw) =>
        {
            var h = PyThreadState.Current.HandledException as PyBaseException;
            if (h == null) return PyTuple.Of(None, None, None);
            return PyTuple.Of(h.Type, h, (PyObject?)h.Traceback ?? None);
        }));
        d.Set("exception", Fn("exception", (a, kw) => PyThreadState.Current.HandledException ?? None));
        d.Set("_getframe", Fn("_getframe", (a, kw) =>
        {
            var f = PyThreadState.Current.Frame;
            long depth = a.Length > 0 ? ToLong(a[0]) : 0;
            for (long i = 0; i < depth && f != null; i++) f = f.Back;
            if (f == null) throw PyExc.ValueError("call stack is not deep enough");
            return f;
        }));
        d.Set("intern", Fn("intern", (a, kw) => PyStr.Intern(((PyStr)a[0]).Value)));
        d.Set("getsizeof", Fn("getsizeof", (a, kw) => PyInt.From(64)));
        d.Set("get_int_max_str_digits", Fn("get_int_max_str_digits", (a, kw) => PyInt.From(PyInt.MaxStrDigits)));
        d.Set("getdefaultencoding", Fn("getdefaultencoding", (a, kw) => PyStr.From("utf-8")));
        d.Set("flags", PyTuple.Of(PyInt.From(0)));
        var fi = new PyInstance(SimpleNamespaceType());
        fi.Dict!.Set("max", PyFloat.From(double.MaxValue));
        fi.Dict!.Set("min", PyFloat.From(2.2250738585072014e-308));
        fi.Dict!.Set("epsilon", PyFloat.From(2.220446049250313e-16));
        fi.Dict!.Set("dig", PyInt.From(15));
        fi.Dict!.Set("mant_dig", PyInt.From(53));
        d.Set("float_info", fi);
        return m;
    }

    /// <summary>
    /// A struct sequence (Objects/structseq.c PyStructSequence_NewType): a tuple subclass whose fields are also
    /// read-only attributes and whose repr names them, e.g. sys.version_info(major=3, ...).
    /// </summary>
    public static PyTuple StructSeq(string module, string name, string[] fields, params PyObject[] values)
    {
        var t = ObjectAndType.CreateClass(Types.Type, name, PyTuple.Of(Types.Tuple), new PyDict(), new PyDict());
        t.Dict!.Set("__module__", PyStr.From(module));
        for (int i = 0; i < fields.Length; i++)
        {
            int index = i;
            GetSet(t, fields[i], a => ((PyTuple)a).Items[index]);
        }
        t.Dict!.Set("n_fields", PyInt.From(fields.Length));
        t.Dict!.Set("n_sequence_fields", PyInt.From(fields.Length));
        // Objects/structseq.c structseq_repr: "module.name(field=repr, ...)".
        Def0(t, "__repr__", a =>
        {
            var items = ((PyTuple)a).Items;
            var parts = new string[fields.Length];
            for (int i = 0; i < fields.Length; i++) parts[i] = fields[i] + "=" + Ops.ReprString(items[i]);
            return PyStr.From($"{module}.{name}({string.Join(", ", parts)})");
        });
        return PyTuple.OfType(t, values);
    }

    private static PyType? s_ns;
    public static PyType SimpleNamespaceType()
    {
        if (s_ns != null) return s_ns;
        var t = ObjectAndType.CreateClass(Types.Type, "SimpleNamespace", PyTuple.Empty, new PyDict(), new PyDict());
        t.Dict!.Set("__module__", PyStr.From("types"));
        return s_ns = t;
    }

    public static void InitTextIO()
    {
        var t = Types.TextIO;
        Def1(t, "write", (a, s) =>
        {
            if (s is not PyStr ps) throw PyExc.TypeError($"write() argument must be str, not {Ops.TypeName(s)}");
            ((TextStream)a).Write(ps.Value);
            return PyInt.From(ps.Length);
        });
        Def0(t, "flush", a => { ((TextStream)a).Writer.Flush(); return None; });
        Def0(t, "isatty", a => PyBool.False);
        Def0(t, "fileno", a => PyInt.From(((TextStream)a).Name == "<stdout>" ? 1 : 2));
        GetSet(t, "name", a => PyStr.From(((TextStream)a).Name));
        GetSet(t, "encoding", a => PyStr.From("utf-8"));
        Def0(t, "__repr__", a => PyStr.From($"<_io.TextIOWrapper name='{((TextStream)a).Name}' mode='w' encoding='utf-8'>"));
    }
}

/// <summary>math (Modules/mathmodule.c), the common functions.</summary>
public static class MathModule
{
    private static double D(PyObject o) => NumberMethods.ToDouble(o);

    private static PyObject F1(string name, Func<double, double> f, bool domainCheck = true) => Fn(name, (a, kw) =>
    {
        CheckCount(name, a.Length, 1, 1);
        var x = D(a[0]);
        var r = f(x);
        if (domainCheck && double.IsNaN(r) && !double.IsNaN(x)) throw PyExc.ValueError("math domain error");
        if (double.IsInfinity(r) && double.IsFinite(x)) throw PyExc.OverflowError("math range error");
        return PyFloat.From(r);
    });

    public static PyModule Create()
    {
        var m = new PyModule("math");
        var d = m.Dict!;
        d.Set("pi", PyFloat.From(Math.PI));
        d.Set("e", PyFloat.From(Math.E));
        d.Set("tau", PyFloat.From(2 * Math.PI));
        d.Set("inf", PyFloat.From(double.PositiveInfinity));
        d.Set("nan", PyFloat.From(double.NaN));
        d.Set("sqrt", F1("sqrt", Math.Sqrt));
        d.Set("exp", F1("exp", Math.Exp));
        d.Set("sin", F1("sin", Math.Sin));
        d.Set("cos", F1("cos", Math.Cos));
        d.Set("tan", F1("tan", Math.Tan));
        d.Set("asin", F1("asin", Math.Asin));
        d.Set("acos", F1("acos", Math.Acos));
        d.Set("atan", F1("atan", Math.Atan));
        d.Set("sinh", F1("sinh", Math.Sinh));
        d.Set("cosh", F1("cosh", Math.Cosh));
        d.Set("tanh", F1("tanh", Math.Tanh));
        d.Set("fabs", F1("fabs", Math.Abs));
        d.Set("log2", F1("log2", x => x <= 0 ? double.NaN : Math.Log2(x)));
        d.Set("log10", F1("log10", x => x <= 0 ? double.NaN : Math.Log10(x)));
        d.Set("atan2", Fn("atan2", (a, kw) => PyFloat.From(Math.Atan2(D(a[0]), D(a[1])))));
        d.Set("hypot", Fn("hypot", (a, kw) => { double s = 0; foreach (var x in a) s += D(x) * D(x); return PyFloat.From(Math.Sqrt(s)); }));
        d.Set("pow", Fn("pow", (a, kw) => PyFloat.From(Math.Pow(D(a[0]), D(a[1])))));
        d.Set("fmod", Fn("fmod", (a, kw) => { var y = D(a[1]); if (y == 0) throw PyExc.ValueError("math domain error"); return PyFloat.From(Math.IEEERemainder(0, 1) * 0 + D(a[0]) % y); }));
        d.Set("copysign", Fn("copysign", (a, kw) => PyFloat.From(Math.CopySign(D(a[0]), D(a[1])))));
        d.Set("degrees", F1("degrees", x => x * 180.0 / Math.PI));
        d.Set("radians", F1("radians", x => x * Math.PI / 180.0));
        d.Set("isnan", Fn("isnan", (a, kw) => PyBool.From(double.IsNaN(D(a[0])))));
        d.Set("isinf", Fn("isinf", (a, kw) => PyBool.From(double.IsInfinity(D(a[0])))));
        d.Set("isfinite", Fn("isfinite", (a, kw) => PyBool.From(double.IsFinite(D(a[0])))));
        d.Set("isclose", Fn("isclose", (a, kw) =>
        {
            var p = Parse("isclose", a, kw, new[] { "a", "b", "rel_tol", "abs_tol" }, 2, 2);
            double x = D(p[0]!), y = D(p[1]!), rel = p[2] == null ? 1e-9 : D(p[2]!), abs = p[3] == null ? 0 : D(p[3]!);
            if (x == y) return PyBool.True;
            if (double.IsInfinity(x) || double.IsInfinity(y)) return PyBool.False;
            double diff = Math.Abs(y - x);
            return PyBool.From(diff <= Math.Abs(rel * y) || diff <= Math.Abs(rel * x) || diff <= abs);
        }));
        d.Set("log", Fn("log", (a, kw) =>
        {
            CheckCount("log", a.Length, 1, 2);
            double Ln(PyObject o)
            {
                if (o is PyInt i && !i.IsSmall)
                {
                    if (i.Sign <= 0) throw PyExc.ValueError("math domain error");
                    return System.Numerics.BigInteger.Log(i.Value);
                }
                var x = D(o);
                if (x <= 0) throw PyExc.ValueError("math domain error");
                return Math.Log(x);
            }
            var r = Ln(a[0]);
            if (a.Length == 2) r /= Ln(a[1]);
            return PyFloat.From(r);
        }));
        d.Set("floor", Fn("floor", (a, kw) =>
        {
            if (a[0] is PyInt i) return PyInt.From(i.Value);
            if (a[0] is PyFloat f) return NumberMethods.FloatToInt(Math.Floor(f.Value));
            var m2 = a[0].Type.Lookup("__floor__");
            if (m2 != null) return Ops.CallDescriptor(m2, a[0]);
            return NumberMethods.FloatToInt(Math.Floor(D(a[0])));
        }));
        d.Set("ceil", Fn("ceil", (a, kw) =>
        {
            if (a[0] is PyInt i) return PyInt.From(i.Value);
            if (a[0] is PyFloat f) return NumberMethods.FloatToInt(Math.Ceiling(f.Value));
            var m2 = a[0].Type.Lookup("__ceil__");
            if (m2 != null) return Ops.CallDescriptor(m2, a[0]);
            return NumberMethods.FloatToInt(Math.Ceiling(D(a[0])));
        }));
        d.Set("trunc", Fn("trunc", (a, kw) => a[0] is PyInt i ? PyInt.From(i.Value) : NumberMethods.FloatToInt(Math.Truncate(D(a[0])))));
        d.Set("factorial", Fn("factorial", (a, kw) =>
        {
            if (a[0] is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
            var n = Ops.Index(a[0]);
            if (n.Sign < 0) throw PyExc.ValueError("factorial() not defined for negative values");
            System.Numerics.BigInteger r = 1;
            for (long k = 2; k <= n.Small; k++) r *= k;
            return PyInt.From(r);
        }));
        d.Set("gcd", Fn("gcd", (a, kw) =>
        {
            System.Numerics.BigInteger g = 0;
            foreach (var x in a) g = System.Numerics.BigInteger.GreatestCommonDivisor(g, Ops.Index(x).Value);
            return PyInt.From(g);
        }));
        d.Set("lcm", Fn("lcm", (a, kw) =>
        {
            System.Numerics.BigInteger l = 1;
            foreach (var x in a)
            {
                var v = System.Numerics.BigInteger.Abs(Ops.Index(x).Value);
                if (v.IsZero) return PyInt.From(0);
                l = l / System.Numerics.BigInteger.GreatestCommonDivisor(l, v) * v;
            }
            return PyInt.From(l);
        }));
        d.Set("isqrt", Fn("isqrt", (a, kw) =>
        {
            var n = Ops.Index(a[0]).Value;
            if (n.Sign < 0) throw PyExc.ValueError("isqrt() argument must be nonnegative");
            if (n.IsZero) return PyInt.From(0);
            var x = (System.Numerics.BigInteger)Math.Sqrt((double)n);
            while (x * x > n) x--;
            while ((x + 1) * (x + 1) <= n) x++;
            return PyInt.From(x);
        }));
        d.Set("comb", Fn("comb", (a, kw) =>
        {
            var n = Ops.Index(a[0]).Value; var k = Ops.Index(a[1]).Value;
            if (n.Sign < 0 || k.Sign < 0) throw PyExc.ValueError(n.Sign < 0 ? "n must be a non-negative integer" : "k must be a non-negative integer");
            if (k > n) return PyInt.From(0);
            if (k > n - k) k = n - k;
            System.Numerics.BigInteger r = 1;
            for (System.Numerics.BigInteger i = 1; i <= k; i++) r = r * (n - k + i) / i;
            return PyInt.From(r);
        }));
        d.Set("perm", Fn("perm", (a, kw) =>
        {
            var n = Ops.Index(a[0]).Value; var k = a.Length > 1 && a[1] != None ? Ops.Index(a[1]).Value : n;
            if (k > n) return PyInt.From(0);
            System.Numerics.BigInteger r = 1;
            for (var i = n - k + 1; i <= n; i++) r *= i;
            return PyInt.From(r);
        }));
        d.Set("fsum", Fn("fsum", (a, kw) =>
        {
            // Shewchuk's exact summation, as math.fsum (msum).
            var partials = new List<double>();
            foreach (var o in Ops.Iterate(a[0]))
            {
                double x = D(o);
                int i = 0;
                foreach (var yv in partials.ToArray())
                {
                    double y = yv;
                    if (Math.Abs(x) < Math.Abs(y)) (x, y) = (y, x);
                    double hi = x + y, lo = y - (hi - x);
                    if (lo != 0) partials[i++] = lo;
                    x = hi;
                }
                partials.RemoveRange(i, partials.Count - i);
                partials.Add(x);
            }
            double s = 0;
            foreach (var p in partials) s += p;
            return PyFloat.From(s);
        }));
        d.Set("prod", Fn("prod", (a, kw) =>
        {
            var p = Parse("prod", a, kw, new[] { "iterable", "start" }, 1, 1);
            PyObject acc = p[1] ?? PyInt.From(1);
            foreach (var x in Ops.Iterate(p[0]!)) acc = Ops.BinaryOp(acc, x, NbOp.Multiply);
            return acc;
        }));
        d.Set("dist", Fn("dist", (a, kw) =>
        {
            var p = Ops.ToArray(a[0]); var q = Ops.ToArray(a[1]);
            double s = 0;
            for (int i = 0; i < p.Length; i++) { var dd = D(p[i]) - D(q[i]); s += dd * dd; }
            return PyFloat.From(Math.Sqrt(s));
        }));
        return m;
    }
}

/// <summary>time (Modules/timemodule.c): clocks only.</summary>
public static class TimeModule
{
    private static readonly System.Diagnostics.Stopwatch s_clock = System.Diagnostics.Stopwatch.StartNew();
    public static PyModule Create()
    {
        var m = new PyModule("time");
        var d = m.Dict!;
        d.Set("time", Fn("time", (a, kw) => PyFloat.From(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0)));
        d.Set("perf_counter", Fn("perf_counter", (a, kw) => PyFloat.From(s_clock.Elapsed.TotalSeconds)));
        d.Set("monotonic", Fn("monotonic", (a, kw) => PyFloat.From(s_clock.Elapsed.TotalSeconds)));
        d.Set("process_time", Fn("process_time", (a, kw) => PyFloat.From(System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds)));
        d.Set("time_ns", Fn("time_ns", (a, kw) => PyInt.From(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() * 1000000)));
        d.Set("perf_counter_ns", Fn("perf_counter_ns", (a, kw) => PyInt.From((long)(s_clock.Elapsed.TotalSeconds * 1e9))));
        d.Set("sleep", Fn("sleep", (a, kw) => { Thread.Sleep(TimeSpan.FromSeconds(NumberMethods.ToDouble(a[0]))); return None; }));
        return m;
    }
}

/// <summary>Imports: built-in modules implemented here; others are not available yet.
/// DEVIATION(CPython): only sys, builtins, math and time can be imported; the import system over the
/// standard library (Lib/*.py, C accelerator modules) and relative/package imports are not there yet.</summary>
public static class Import
{
    public static PyObject ImportName(Frame f, PyStr name, PyObject fromlist, PyObject level)
    {
        var imp = f.Builtins.Get("__import__");
        int lvl = level is PyInt li ? (int)li.Small : 0;
        if (imp is PyBuiltinFunction bf && bf.Name == "__import__")
            return ImportModuleLevel(name.Value, f.Globals, fromlist, lvl);
        return Ops.Call(imp ?? throw PyExc.ImportError("__import__ not found"), name, f.Globals, f.Locals ?? None, fromlist, level);
    }

    /// <summary>PyImport_ImportModuleLevelObject for absolute imports of built-in modules.</summary>
    public static PyObject ImportModuleLevel(string name, PyDict? globals, PyObject fromlist, int level)
    {
        if (level > 0) throw PyExc.ImportError("attempted relative import with no known parent package");
        var interp = Interpreter.Current;
        var parts = name.Split('.');
        PyObject? top = null;
        for (int i = 0; i < parts.Length; i++)
        {
            var full = string.Join('.', parts.Take(i + 1));
            var mod = LoadModule(full);
            if (i == 0) top = mod;
        }
        bool hasFrom = fromlist != None && Ops.IsTrue(fromlist);
        return hasFrom ? interp.Modules.Get(name)! : top!;
    }

    private static PyObject LoadModule(string fullName)
    {
        var interp = Interpreter.Current;
        var existing = interp.Modules.Get(fullName);
        if (existing != null && existing != None) return existing;
        PyModule? m = fullName switch
        {
            "math" => MathModule.Create(),
            "time" => TimeModule.Create(),
            _ => null,
        };
        if (m == null)
        {
            var e = PyExc.ModuleNotFoundError($"No module named '{fullName}'");
            e.Value.SetAttr("name", PyStr.From(fullName));
            throw e;
        }
        interp.Modules.Set(fullName, m);
        return m;
    }

    public static PyObject ImportFrom(PyObject module, PyStr name)
    {
        var v = Ops.GetAttrOrNull(module, name);
        if (v != null) return v;
        var modName = module is PyModule pm ? pm.Name : "?";
        var sub = Interpreter.Current.Modules.Get(modName + "." + name.Value);
        if (sub != null) return sub;
        var file = module.Dict?.Get("__file__");
        var e = PyExc.ImportError(file is PyStr fs
            ? $"cannot import name '{name.Value}' from '{modName}' ({fs.Value})"
            : $"cannot import name '{name.Value}' from '{modName}' (unknown location)");
        e.Value.SetAttr("name", PyStr.From(modName));
        throw e;
    }

    public static void ImportStar(Frame f, PyObject module)
    {
        var locals = f.Locals as PyDict ?? throw PyExc.SystemError("no locals found during 'import *'");
        var all = Ops.GetAttrOrNull(module, PyStr.Intern("__all__"));
        if (all != null)
        {
            foreach (var n in Ops.Iterate(all)) locals.SetItem(n, Ops.GetAttr(module, (PyStr)n));
            return;
        }
        foreach (var kv in module.Dict!.Items().ToList())
            if (kv.Key is PyStr ks && !ks.Value.StartsWith('_')) locals.SetItem(kv.Key, kv.Value);
    }
}

/// <summary>Structural pattern matching support (Python/ceval.c match_class, match_keys).</summary>
public static class PatternMatching
{
    public static bool IsMapping(PyObject o) => o is PyDict || o is PyMappingProxy || o.Type.Mro.Any(t => t.Dict!.Get("__abc_mapping__") != null);

    public static bool IsSequence(PyObject o) =>
        (o is PyList || o is PyTuple || o is PyRange || o is PyDictView) && o is not PyStr && o is not PyBytes && o is not PyByteArray;

    public static PyObject MatchKeys(PyObject subject, PyTuple keys)
    {
        if (keys.Count == 0) return PyTuple.Empty;
        var values = new PyObject[keys.Count];
        var seen = new List<PyObject>();
        for (int i = 0; i < keys.Count; i++)
        {
            var k = keys.Items[i];
            if (seen.Any(s => Ops.RichCompareBool(s, k, CompareOp.Eq)))
                throw PyExc.ValueError($"mapping pattern checks duplicate key ({Ops.ReprString(k)})");
            seen.Add(k);
            PyObject? v;
            if (subject is PyDict d) v = d.GetItemOrNull(k);
            else
            {
                var get = Ops.GetAttr(subject, "get");
                var dummy = new PyInstance(Types.Object);
                v = Ops.Call(get, k, dummy);
                if (v == dummy) v = null;
            }
            if (v == null) return None;
            values[i] = v;
        }
        return PyTuple.From(values);
    }

    public static PyObject MatchClass(PyObject subject, PyObject cls, int nargs, PyTuple kwnames)
    {
        if (cls is not PyType type) throw PyExc.TypeError("called match pattern must be a type");
        if (!Builtins.IsInstance(subject, type)) return None;
        var attrs = new List<PyObject>();
        var seen = new HashSet<string>();
        if (nargs > 0)
        {
            var matchArgs = Ops.GetAttrOrNull(type, PyStr.Intern("__match_args__"));
            bool selfMatch = type == Types.Bool || type == Types.ByteArray || type == Types.Bytes || type == Types.Dict || type == Types.Float
                || type == Types.FrozenSet || type == Types.Int || type == Types.List || type == Types.Set || type == Types.Str || type == Types.Tuple;
            if (matchArgs == null)
            {
                if (!selfMatch || nargs > 1)
                {
                    if (selfMatch) throw PyExc.TypeError($"{type.Name}() accepts 1 positional sub-pattern ({nargs} given)");
                    throw PyExc.TypeError($"{type.Name}() accepts 0 positional sub-patterns ({nargs} given)");
                }
                attrs.Add(subject);
            }
            else
            {
                if (matchArgs is not PyTuple mt) throw PyExc.TypeError($"{type.Name}.__match_args__ must be a tuple (got {Ops.TypeName(matchArgs)})");
                if (nargs > mt.Count)
                    throw PyExc.TypeError($"{type.Name}() accepts {mt.Count} positional sub-pattern{(mt.Count == 1 ? "" : "s")} ({nargs} given)");
                for (int i = 0; i < nargs; i++)
                {
                    var n = (PyStr)mt.Items[i];
                    seen.Add(n.Value);
                    var v = Ops.GetAttrOrNull(subject, n);
                    if (v == null) return None;
                    attrs.Add(v);
                }
            }
        }
        foreach (var kn in kwnames.Items)
        {
            var n = (PyStr)kn;
            if (!seen.Add(n.Value)) throw PyExc.TypeError($"{type.Name}() got multiple sub-patterns for attribute '{n.Value}'");
            var v = Ops.GetAttrOrNull(subject, n);
            if (v == null) return None;
            attrs.Add(v);
        }
        return PyTuple.From(attrs.ToArray());
    }
}

/// <summary>bytes and bytearray: construction, codecs and the common methods.</summary>
public static class BytesMethods
{
    public static ReadOnlySpan<byte> AsBytes(PyObject o) => o switch
    {
        PyBytes b => b.Value,
        PyByteArray ba => ba.Value.ToArray(),
        _ => throw PyExc.TypeError($"a bytes-like object is required, not '{Ops.TypeName(o)}'"),
    };

    public static byte[] Encode(string s, string encoding, string errors)
    {
        switch (encoding.ToLowerInvariant().Replace('_', '-'))
        {
            case "utf-8": case "utf8":
                return Bytecode.Utf8SurrogatePass.Encode(s) is var b && errors == "surrogatepass" ? b : StrictUtf8(s, errors);
            case "ascii": return EncodeCharmap(s, "ascii", 128, errors);
            case "latin-1": case "latin1": case "iso-8859-1": return EncodeCharmap(s, "latin-1", 256, errors);
            case "utf-16-le": return Encoding.Unicode.GetBytes(s);
            case "utf-16-be": return Encoding.BigEndianUnicode.GetBytes(s);
            case "utf-32-le": return Encoding.UTF32.GetBytes(s);
            case "utf-32-be": return new UTF32Encoding(true, false).GetBytes(s);
            case "utf-16": return new byte[] { 0xff, 0xfe }.Concat(Encoding.Unicode.GetBytes(s)).ToArray();
            case "utf-32": return new byte[] { 0xff, 0xfe, 0, 0 }.Concat(Encoding.UTF32.GetBytes(s)).ToArray();
        }
        throw PyExc.Make(Types.LookupError, $"unknown encoding: {encoding}");
    }

    /// <summary>Objects/unicodeobject.c unicode_encode_ucs1 with the standard error handlers.</summary>
    private static byte[] EncodeCharmap(string s, string codec, int limit, string errors)
    {
        var r = new List<byte>();
        var cps = PyStr.ToCodePoints(s);
        for (int i = 0; i < cps.Length; i++)
        {
            int c = cps[i];
            if (c < limit) { r.Add((byte)c); continue; }
            switch (errors)
            {
                case "ignore": break;
                case "replace": r.Add((byte)'?'); break;
                case "backslashreplace":
                    r.AddRange(Encoding.ASCII.GetBytes(c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}"));
                    break;
                case "xmlcharrefreplace": r.AddRange(Encoding.ASCII.GetBytes($"&#{c};")); break;
                default:
                    int end = i + 1;
                    while (end < cps.Length && cps[end] >= limit) end++;
                    var what = end - i == 1
                        ? $"character '{(c <= 0xff ? $"\\x{c:x2}" : c <= 0xffff ? $"\\u{c:x4}" : $"\\U{c:x8}")}' in position {i}"
                        : $"characters in position {i}-{end - 1}";
                    throw PyExc.Make(Types.UnicodeEncodeError, $"'{codec}' codec can't encode {what}: ordinal not in range({limit})");
            }
        }
        return r.ToArray();
    }

    private static byte[] StrictUtf8(string s, string errors)
    {
        for (int i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) { i++; continue; }
            if (char.IsSurrogate(s[i]) && errors == "strict")
                throw PyExc.Make(Types.UnicodeEncodeError, $"'utf-8' codec can't encode character '\\u{(int)s[i]:x4}' in position {i}: surrogates not allowed");
        }
        return Encoding.UTF8.GetBytes(s);
    }

    public static string Decode(byte[] b, string encoding, string errors)
    {
        switch (encoding.ToLowerInvariant().Replace('_', '-'))
        {
            case "utf-8": case "utf8":
                try { return new UTF8Encoding(false, errors == "strict").GetString(b); }
                catch (DecoderFallbackException e)
                {
                    int pos = e.Index;
                    throw PyExc.Make(Types.UnicodeDecodeError, $"'utf-8' codec can't decode byte 0x{b[Math.Max(0, pos)]:x2} in position {pos}: invalid start byte");
                }
            case "ascii":
                for (int i = 0; i < b.Length; i++)
                    if (b[i] > 127 && errors == "strict")
                        throw PyExc.Make(Types.UnicodeDecodeError, $"'ascii' codec can't decode byte 0x{b[i]:x2} in position {i}: ordinal not in range(128)");
                return new string(b.Where(x => x <= 127 || errors != "ignore").Select(x => x > 127 ? '\ufffd' : (char)x).ToArray());
            case "latin-1": case "latin1": case "iso-8859-1":
                return new string(b.Select(x => (char)x).ToArray());
            case "utf-16-le": return Encoding.Unicode.GetString(b);
            case "utf-16-be": return Encoding.BigEndianUnicode.GetString(b);
            case "utf-32-le": return Encoding.UTF32.GetString(b);
            case "utf-32-be": return new UTF32Encoding(true, false).GetString(b);
            case "utf-16": return b.Length >= 2 && b[0] == 0xfe && b[1] == 0xff ? Encoding.BigEndianUnicode.GetString(b, 2, b.Length - 2) : Encoding.Unicode.GetString(b, b.Length >= 2 && b[0] == 0xff && b[1] == 0xfe ? 2 : 0, b.Length >= 2 && b[0] == 0xff && b[1] == 0xfe ? b.Length - 2 : b.Length);
            case "utf-32": return Encoding.UTF32.GetString(b, b.Length >= 4 && b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0 ? 4 : 0, b.Length >= 4 && b[0] == 0xff && b[1] == 0xfe && b[2] == 0 && b[3] == 0 ? b.Length - 4 : b.Length);
        }
        throw PyExc.Make(Types.LookupError, $"unknown encoding: {encoding}");
    }

    public static string Repr(ReadOnlySpan<byte> b, string prefix = "b")
    {
        bool hasSingle = b.IndexOf((byte)'\'') >= 0, hasDouble = b.IndexOf((byte)'"') >= 0;
        char q = hasSingle && !hasDouble ? '"' : '\'';
        var sb = new StringBuilder(prefix).Append(q);
        foreach (var c in b)
        {
            if (c == q || c == '\\') sb.Append('\\').Append((char)c);
            else if (c == '\t') sb.Append("\\t");
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c < 32 || c >= 127) sb.Append("\\x").Append(c.ToString("x2"));
            else sb.Append((char)c);
        }
        return sb.Append(q).ToString();
    }

    public static byte[] FromObject(PyObject o)
    {
        switch (o)
        {
            case PyBytes b: return b.Value;
            case PyByteArray ba: return ba.Value.ToArray();
            case PyInt i:
                if (i.Sign < 0) throw PyExc.ValueError("negative count");
                return new byte[i.Small];
            case PyStr: throw PyExc.TypeError("string argument without an encoding");
        }
        var r = new List<byte>();
        foreach (var x in Ops.Iterate(o))
        {
            var v = Ops.Index(x);
            if (v.Sign < 0 || v.Small > 255) throw PyExc.ValueError("bytes must be in range(0, 256)");
            r.Add((byte)v.Small);
        }
        return r.ToArray();
    }

    public static void Init()
    {
        var t = Types.Bytes;
        DefStatic(t, "__new__", (args, kw) =>
        {
            var p = Parse("bytes", args.Slice(1), kw, new[] { "source", "encoding", "errors" }, 0);
            if (p[0] == null) return PyBytes.Empty;
            if (p[1] != null) return PyBytes.From(Encode(((PyStr)p[0]!).Value, ((PyStr)p[1]!).Value, p[2] == null ? "strict" : ((PyStr)p[2]!).Value));
            var bm = p[0]!.Type.Lookup("__bytes__");
            if (bm != null) return Ops.CallDescriptor(bm, p[0]!);
            return PyBytes.From(FromObject(p[0]!));
        });
        Def0(t, "__repr__", a => PyStr.From(Repr(((PyBytes)a).Value)));
        Def0(t, "__str__", a => PyStr.From(Repr(((PyBytes)a).Value)));
        Def0(t, "__len__", a => PyInt.From(((PyBytes)a).Value.Length));
        Def0(t, "__hash__", a => PyInt.From(((PyBytes)a).Hash()));
        Def0(t, "__iter__", a => PyNativeIterator.FromEnumerable(Types.NativeIterator, ((PyBytes)a).Value.Select(x => (PyObject)PyInt.From(x))));
        Def1(t, "__getitem__", (a, k) =>
        {
            var v = ((PyBytes)a).Value;
            if (Seq.IsIndex(k)) { long bi = Ops.IndexAsLong(k); if (bi < 0) bi += v.Length; if (bi < 0 || bi >= v.Length) throw PyExc.IndexError("index out of range"); return PyInt.From(v[bi]); }
            if (k is PySlice s)
            {
                int n = s.Indices(v.Length, out int start, out _, out int step);
                var r = new byte[Math.Max(0, n)];
                for (int i = 0, j = start; i < n; i++, j += step) r[i] = v[j];
                return PyBytes.From(r);
            }
            throw PyExc.TypeError($"byte indices must be integers or slices, not {Ops.TypeName(k)}");
        });
        Def1(t, "__add__", (a, b) => b is PyBytes || b is PyByteArray ? PyBytes.From(((PyBytes)a).Value.Concat(AsBytes(b).ToArray()).ToArray()) : Singletons.NotImplemented);
        Def1(t, "__mul__", (a, n) => { if (n is not PyInt ni) return Singletons.NotImplemented; var v = ((PyBytes)a).Value; var r = new List<byte>(); for (long i = 0; i < ni.Small; i++) r.AddRange(v); return PyBytes.From(r.ToArray()); });
        Def1(t, "__contains__", (a, x) =>
        {
            var v = ((PyBytes)a).Value;
            if (x is PyInt xi) return PyBool.From(Array.IndexOf(v, (byte)xi.Small) >= 0);
            var sub = AsBytes(x).ToArray();
            return PyBool.From(v.AsSpan().IndexOf(sub) >= 0);
        });
        for (int c = 0; c < 6; c++)
        {
            var op = (CompareOp)c;
            Def1(t, Ops.CompareDunders[c], (a, b) => b is PyBytes bb ? PyBool.From(Ops.CompareInts(((PyBytes)a).Value.AsSpan().SequenceCompareTo(bb.Value), op)) : Singletons.NotImplemented);
        }
        Def(t, "decode", (args, kw) =>
        {
            var p = Parse("decode", args.Slice(1), kw, new[] { "encoding", "errors" }, 0);
            return PyStr.From(Decode(((PyBytes)args[0]).Value, p[0] == null ? "utf-8" : ((PyStr)p[0]!).Value, p[1] == null ? "strict" : ((PyStr)p[1]!).Value));
        });
        Def0(t, "hex", a => PyStr.From(Convert.ToHexString(((PyBytes)a).Value).ToLowerInvariant()));
        Def1(t, "join", (a, it) =>
        {
            var sep = ((PyBytes)a).Value;
            var r = new List<byte>();
            int i = 0;
            foreach (var x in Ops.Iterate(it)) { if (i++ > 0) r.AddRange(sep); r.AddRange(AsBytes(x).ToArray()); }
            return PyBytes.From(r.ToArray());
        });
        DefN(t, "startswith", 1, 1, (a, x) => PyBool.From(((PyBytes)a).Value.AsSpan().StartsWith(AsBytes(x[0]))));
        DefN(t, "endswith", 1, 1, (a, x) => PyBool.From(((PyBytes)a).Value.AsSpan().EndsWith(AsBytes(x[0]))));
        Def0(t, "upper", a => PyBytes.From(((PyBytes)a).Value.Select(c => c >= 'a' && c <= 'z' ? (byte)(c - 32) : c).ToArray()));
        Def0(t, "lower", a => PyBytes.From(((PyBytes)a).Value.Select(c => c >= 'A' && c <= 'Z' ? (byte)(c + 32) : c).ToArray()));
        DefN(t, "split", 0, 1, (a, x) =>
        {
            var s = Encoding.Latin1.GetString(((PyBytes)a).Value);
            var parts = StrMethods.Split(s, x.Length > 0 && x[0] != None ? Encoding.Latin1.GetString(AsBytes(x[0])) : null, -1);
            return new PyList(parts.ToArray().Select(p => (PyObject)PyBytes.From(Encoding.Latin1.GetBytes(((PyStr)p).Value))).ToArray());
        });
        DefN(t, "strip", 0, 1, (a, x) => PyBytes.From(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)a).Value).Trim())));
        DefN(t, "replace", 2, 2, (a, x) => PyBytes.From(Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(((PyBytes)a).Value).Replace(Encoding.Latin1.GetString(AsBytes(x[0])), Encoding.Latin1.GetString(AsBytes(x[1]))))));
        DefN(t, "find", 1, 1, (a, x) => PyInt.From(x[0] is PyInt xi ? Array.IndexOf(((PyBytes)a).Value, (byte)xi.Small) : ((PyBytes)a).Value.AsSpan().IndexOf(AsBytes(x[0]))));
        DefN(t, "count", 1, 1, (a, x) => { var s = Encoding.Latin1.GetString(((PyBytes)a).Value); var sub = Encoding.Latin1.GetString(AsBytes(x[0])); int n = 0, pos = 0; if (sub.Length == 0) return PyInt.From(s.Length + 1); while ((pos = s.IndexOf(sub, pos, StringComparison.Ordinal)) >= 0) { n++; pos += sub.Length; } return PyInt.From(n); });
        DefClass(t, "fromhex", (args, kw) =>
        {
            // Objects/bytesobject.c _PyBytes_FromHex: pairs of hex digits, whitespace between pairs.
            var s = ((PyStr)args[1]).Value;
            var r = new List<byte>();
            int i = 0;
            static int Hex(char c) => c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
            while (i < s.Length)
            {
                if (char.IsWhiteSpace(s[i]) && s[i] < 128) { i++; continue; }
                int hi = Hex(s[i]);
                if (hi < 0) throw PyExc.ValueError($"non-hexadecimal number found in fromhex() arg at position {i}");
                if (i + 1 >= s.Length || Hex(s[i + 1]) < 0) throw PyExc.ValueError($"non-hexadecimal number found in fromhex() arg at position {i + 1}");
                r.Add((byte)(hi * 16 + Hex(s[i + 1])));
                i += 2;
            }
            return PyBytes.From(r.ToArray());
        });

        var ba = Types.ByteArray;
        DefStatic(ba, "__new__", (args, kw) => new PyByteArray((PyType)args[0]));
        Def(ba, "__init__", (args, kw) =>
        {
            var self = (PyByteArray)args[0];
            self.Value.Clear();
            if (args.Length > 1)
            {
                if (args.Length > 2 && args[1] is PyStr s) self.Value.AddRange(Encode(s.Value, ((PyStr)args[2]).Value, "strict"));
                else self.Value.AddRange(FromObject(args[1]));
            }
            return None;
        });
        Def0(ba, "__repr__", a => PyStr.From("bytearray(" + Repr(((PyByteArray)a).Value.ToArray()) + ")"));
        Def0(ba, "__len__", a => PyInt.From(((PyByteArray)a).Value.Count));
        Def0(ba, "__iter__", a => PyNativeIterator.FromEnumerable(Types.NativeIterator, ((PyByteArray)a).Value.ToArray().Select(x => (PyObject)PyInt.From(x))));
        Def1(ba, "__getitem__", (a, k) => { var v = ((PyByteArray)a).Value; return PyInt.From(v[Seq.NormIndex(k, v.Count, "bytearray")]); });
        DefN(ba, "__setitem__", 2, 2, (a, x) => { var v = ((PyByteArray)a).Value; v[Seq.NormIndex(x[0], v.Count, "bytearray")] = (byte)Ops.IndexAsLong(x[1]); return None; });
        Def1(ba, "append", (a, x) => { ((PyByteArray)a).Value.Add((byte)Ops.IndexAsLong(x)); return None; });
        Def1(ba, "extend", (a, x) => { ((PyByteArray)a).Value.AddRange(FromObject(x)); return None; });
        Def(ba, "decode", (args, kw) => PyStr.From(Decode(((PyByteArray)args[0]).Value.ToArray(), args.Length > 1 ? ((PyStr)args[1]).Value : "utf-8", "strict")));
        Def1(ba, "__eq__", (a, b) => PyBool.From(b is PyByteArray || b is PyBytes ? ((PyByteArray)a).Value.ToArray().AsSpan().SequenceEqual(AsBytes(b)) : false));
        ba.Dict!.Set("__hash__", None);
        BytesStrBridge.Init();
    }
}

/// <summary>open() for text and binary files (Modules/_io), reading and writing whole files.
/// DEVIATION(CPython): files are read whole and written by appending per write(); no buffering, seek,
/// encoding or newline options.</summary>
public static class FileIO
{
    public sealed class PyFile : PyObject
    {
        public readonly string Path, Mode;
        public readonly bool Binary;
        public StringBuilder? WriteBuffer;
        public byte[]? Data;
        public string? Text;
        public int Position;
        public bool Closed;
        public PyFile(string path, string mode, bool binary) : base(binary ? Types.BytesIO : Types.TextIO) { Path = path; Mode = mode; Binary = binary; }
    }

    public static PyObject Open(ReadOnlySpan<PyObject> a, PyTuple? kw)
    {
        var p = Parse("open", a, kw, new[] { "file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener" }, 1);
        var path = Ops.StrString(p[0]!);
        var mode = p[1] == null ? "r" : ((PyStr)p[1]!).Value;
        bool binary = mode.Contains('b');
        var f = new PyFile(path, mode, binary);
        try
        {
            if (mode.Contains('r'))
            {
                if (!File.Exists(path)) throw OsError(2, "No such file or directory", path, Types.FileNotFoundError);
                if (binary) f.Data = File.ReadAllBytes(path);
                else f.Text = File.ReadAllText(path).Replace("\r\n", "\n");
            }
            else if (mode.Contains('w')) { File.WriteAllText(path, ""); f.WriteBuffer = new StringBuilder(); }
            else if (mode.Contains('a')) { f.WriteBuffer = new StringBuilder(); }
            else if (mode.Contains('x'))
            {
                if (File.Exists(path)) throw OsError(17, "File exists", path, Types.FileExistsError);
                f.WriteBuffer = new StringBuilder();
            }
        }
        catch (UnauthorizedAccessException) { throw OsError(13, "Permission denied", path, Types.PermissionError); }
        catch (DirectoryNotFoundException) { throw OsError(2, "No such file or directory", path, Types.FileNotFoundError); }
        return f;
    }

    private static PyException OsError(int errno, string msg, string path, PyType t)
    {
        var e = new PyBaseException(t) { Args = PyTuple.Of(PyInt.From(errno), PyStr.From(msg)) };
        ExceptionTypes.InitSpecialAttributes(e);
        e.SetAttr("filename", PyStr.From(path));
        return new PyException(e);
    }

    public static void Init()
    {
        foreach (var t in new[] { Types.TextIO, Types.BytesIO })
        {
            Def(t, "read", (args, kw) =>
            {
                if (args[0] is not PyFile f) throw PyExc.OSError("not readable");
                long n = args.Length > 1 && args[1] != None ? Ops.IndexAsLong(args[1]) : -1;
                if (f.Binary)
                {
                    var rest = f.Data!.Length - f.Position;
                    int take = (int)(n < 0 || n > rest ? rest : n);
                    var r = f.Data.AsSpan(f.Position, take).ToArray();
                    f.Position += take;
                    return PyBytes.From(r);
                }
                var restT = f.Text!.Length - f.Position;
                int takeT = (int)(n < 0 || n > restT ? restT : n);
                var s = f.Text.Substring(f.Position, takeT);
                f.Position += takeT;
                return PyStr.From(s);
            });
            Def0(t, "readline", a =>
            {
                var f = (PyFile)a;
                if (f.Text == null) return PyStr.Empty;
                int i = f.Text.IndexOf('\n', f.Position);
                int end = i < 0 ? f.Text.Length : i + 1;
                var s = f.Text[f.Position..end];
                f.Position = end;
                return PyStr.From(s);
            });
            Def0(t, "readlines", a =>
            {
                var f = (PyFile)a;
                var r = new PyList();
                while (f.Position < f.Text!.Length)
                {
                    int i = f.Text.IndexOf('\n', f.Position);
                    int end = i < 0 ? f.Text.Length : i + 1;
                    r.Append(PyStr.From(f.Text[f.Position..end]));
                    f.Position = end;
                }
                return r;
            });
            Def0(t, "__iter__", a => a);
            Def0(t, "__next__", a =>
            {
                var f = (PyFile)a;
                if (f.Text == null || f.Position >= f.Text.Length) throw PyExc.StopIteration();
                int i = f.Text.IndexOf('\n', f.Position);
                int end = i < 0 ? f.Text.Length : i + 1;
                var s = f.Text[f.Position..end];
                f.Position = end;
                return PyStr.From(s);
            });
            Def0(t, "__enter__", a => a);
            Def(t, "__exit__", (args, kw) => { Close(args[0]); return None; });
            Def0(t, "close", a => { Close(a); return None; });
            GetSet(t, "closed", a => PyBool.From(a is PyFile f && f.Closed));
        }
        Def1(Types.BytesIO, "write", (a, s) =>
        {
            var f = (PyFile)a;
            var bytes = BytesMethods.AsBytes(s).ToArray();
            using (var fs = new FileStream(f.Path, FileMode.Append)) fs.Write(bytes);
            return PyInt.From(bytes.Length);
        });
        var prevWrite = Types.TextIO.Dict!.Get("write");
        Def(Types.TextIO, "write", (args, kw) =>
        {
            if (args[0] is TextStream ts) { ts.Write(((PyStr)args[1]).Value); return PyInt.From(((PyStr)args[1]).Length); }
            var f = (PyFile)args[0];
            if (args[1] is not PyStr ps) throw PyExc.TypeError($"write() argument must be str, not {Ops.TypeName(args[1])}");
            File.AppendAllText(f.Path, ps.Value);
            return PyInt.From(ps.Length);
        });
        _ = prevWrite;
    }

    private static void Close(PyObject a) { if (a is PyFile f) f.Closed = true; }
}
