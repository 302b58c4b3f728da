using Pyref.VM.Modules.Sre;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _sre (Modules/_sre/sre.c): the regular expression engine CPython's Lib/re compiles to. re._compiler turns a
/// pattern into a list of codes and calls <c>_sre.compile</c>; the engine (SreLib) interprets them.
/// </summary>
[BuiltinModule("_sre")]
public static class SreModule
{
    public const int MAGIC = 20220615;
    public const int CODESIZE = 4;
    public const uint MAXREPEAT = 0xFFFFFFFF;
    public const uint MAXGROUPS = 0x3FFFFFFF; // SRE_MAXGROUPS on 64-bit builds: INT32_MAX / 2
    private const string Copyright = " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ";

    public static PyModule Create()
    {
        var m = new PyModule("_sre");
        var d = m.Dict!;
        d.Set("compile", Fn("compile", Compile));
        d.Set("getcodesize", Fn("getcodesize", (a, kw) =>
        {
            NoKeywords("getcodesize", kw);
            CheckCount("getcodesize", a.Length, 0, 0);
            return PyInt.From(CODESIZE);
        }));
        d.Set("ascii_iscased", CharFn("ascii_iscased", ch => PyBool.From(ch < 128 && ((ch | 32) - 'a') < 26u)));
        d.Set("unicode_iscased", CharFn("unicode_iscased", ch =>
            PyBool.From(ch != SreChars.LowerUnicode((int)ch) || ch != SreChars.UpperUnicode((int)ch))));
        d.Set("ascii_tolower", CharFn("ascii_tolower", ch => PyInt.From(SreChars.LowerAscii((int)ch))));
        d.Set("unicode_tolower", CharFn("unicode_tolower", ch => PyInt.From(SreChars.LowerUnicode((int)ch))));
        d.Set("MAGIC", PyInt.From(MAGIC));
        d.Set("CODESIZE", PyInt.From(CODESIZE));
        d.Set("MAXREPEAT", PyInt.From((long)MAXREPEAT));
        d.Set("MAXGROUPS", PyInt.From((long)MAXGROUPS));
        d.Set("copyright", PyStr.From(Copyright));
        return m;
    }

    /// <summary>The clinic "int" converter of the one-character helpers (_PyLong_AsInt).</summary>
    private static PyBuiltinFunction CharFn(string name, Func<uint, PyObject> f) => Fn(name, (a, kw) =>
    {
        NoKeywords(name, kw);
        if (a.Length != 1) throw PyExc.TypeError($"{name}() takes exactly one argument ({a.Length} given)");
        if (a[0] is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(a[0]);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue)
            throw PyExc.OverflowError("Python int too large to convert to C int");
        return f((uint)(int)i.Small);
    });

    private static readonly string[] s_compileArgs = ["pattern", "flags", "code", "groups", "groupindex", "indexgroup"];

    /// <summary>sre.c _sre_compile_impl.</summary>
    private static PyObject Compile(ReadOnlySpan<PyObject> args, PyTuple? kw)
    {
        var p = Parse("compile", args, kw, s_compileArgs, 6);
        var pattern = p[0]!;
        int flags = (int)ToIntArg(p[1]!, "int");
        if (p[2] is not PyList codeList)
            throw PyExc.TypeError($"compile() argument 'code' must be list, not {Ops.TypeName(p[2]!)}");
        long groups = ToLong(p[3]!);
        if (p[4] is not PyDict groupindex)
            throw PyExc.TypeError($"compile() argument 'groupindex' must be dict, not {Ops.TypeName(p[4]!)}");
        if (p[5] is not PyTuple indexgroup)
            throw PyExc.TypeError($"compile() argument 'indexgroup' must be tuple, not {Ops.TypeName(p[5]!)}");

        var code = new uint[codeList.Count];
        for (int i = 0; i < code.Length; i++)
        {
            var o = codeList.Items[i];
            if (o is not PyInt v) throw PyExc.TypeError("an integer is required");
            if (v.Sign < 0) throw PyExc.OverflowError("can't convert negative value to unsigned int");
            if (!v.IsSmall || v.Small > uint.MaxValue)
                throw PyExc.OverflowError("regular expression code size limit exceeded");
            code[i] = (uint)v.Small;
        }

        int isbytes;
        if (pattern == None) isbytes = -1;
        else if (pattern is PyStr) isbytes = 0;
        else if (pattern is PyBytes or PyByteArray) isbytes = 1;
        else throw PyExc.TypeError($"expected string or bytes-like object, got '{Ops.TypeName(pattern)}'");

        var self = new PatternObject(PatternType, code, pattern, flags, (int)groups, isbytes,
            groupindex.Count > 0 ? groupindex : null,
            groupindex.Count > 0 && indexgroup.Count > 0 ? indexgroup : null);
        if (groups < 0 || groups > MAXGROUPS || !SreValidate.Validate(code, (int)groups))
            throw PyExc.RuntimeError("invalid SRE code");
        return self;
    }

    private static long ToIntArg(PyObject o, string what)
    {
        if (o is PyFloat) throw PyExc.TypeError("'float' object cannot be interpreted as an integer");
        var i = Ops.Index(o);
        if (!i.IsSmall || i.Small > int.MaxValue || i.Small < int.MinValue)
            throw PyExc.OverflowError("Python int too large to convert to C int");
        return i.Small;
    }

    // The three types, made once per process (sre.c creates them per module; one module instance per
    // interpreter here, and patterns from any instance must compare and pickle alike).
    internal static readonly PyType PatternType = NewType("re", "Pattern");
    internal static readonly PyType MatchType = NewType("re", "Match");
    internal static readonly PyType ScannerType = NewType("_sre", "SRE_Scanner");

    static SreModule()
    {
        PatternObject.InitType(PatternType);
        MatchObject.InitType(MatchType);
        ScannerObject.InitType(ScannerType);
    }

    /// <summary>A static type as PyType_FromModuleAndSpec makes one with Py_TPFLAGS_DISALLOW_INSTANTIATION.</summary>
    private static PyType NewType(string module, string name)
    {
        var t = new PyType(Types.Type, name, PyTuple.Of(Types.Object), new PyDict()) { Base = Types.Object };
        t.Mro = [t, Types.Object];
        t.SolidBase = t;
        Types.Object.AddSubclass(t);
        t.Dict!.Set("__module__", PyStr.From(module));
        DefStatic(t, "__new__", (a, kw) => throw PyExc.TypeError($"cannot create '{module}.{name}' instances"));
        return t;
    }

    /// <summary>PyCallable_Check.</summary>
    internal static bool IsCallable(PyObject o) =>
        o is PyFunction or PyBuiltinFunction or PyType or PyMethod or PyMethodDescriptor || o.Type.Lookup("__call__") != null;

    /// <summary>sre.c call(): a function of the pure-Python re module (re._subx, re._expand).</summary>
    internal static PyObject CallRe(string function, params PyObject[] args)
    {
        var mod = Import.ImportModuleLevel("re", null, None, 0);
        return Ops.Call(Ops.GetAttr(mod, function), args);
    }
}
