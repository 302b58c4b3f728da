using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _contextvars (Modules/_contextvarsmodule.c over Python/context.c of 3.11): Context, ContextVar, Token and
/// copy_context. Each thread has its own current context, as each PyThreadState does.
/// DEVIATION(CPython): a context's mapping is an ordered copy-on-write dictionary, not a HAMT, so iterating
/// a Context yields its variables in the order they were first set rather than in hash-trie order.
/// </summary>
[BuiltinModule("_contextvars")]
public static class ContextvarsModule
{
    private const string M = "_contextvars";
    public static readonly PyType ContextType = NewType(M, "Context"), ContextVarType = NewType(M, "ContextVar"),
        TokenType = NewType(M, "Token"), TokenMissingType = NewType(M, "Token.MISSING");

    private static readonly PyObject s_missing = new PyInstance(TokenMissingType);

    [ThreadStatic] private static Context? t_current;

    /// <summary>context_get: the thread's current context, created empty on first use.</summary>
    private static Context Current => t_current ??= new Context(new Vars());

    /// <summary>An immutable variable map (what the HAMT gives CPython): writes return a new map.</summary>
    private sealed class Vars
    {
        public readonly List<ContextVar> Order = new();
        public readonly Dictionary<ContextVar, PyObject> Map = new(ReferenceEqualityComparer.Instance);

        public Vars With(ContextVar key, PyObject value)
        {
            var r = new Vars();
            r.Order.AddRange(Order);
            foreach (var kv in Map) r.Map[kv.Key] = kv.Value;
            if (!r.Map.ContainsKey(key)) r.Order.Add(key);
            r.Map[key] = value;
            return r;
        }

        public Vars Without(ContextVar key)
        {
            var r = new Vars();
            foreach (var k in Order) if (!ReferenceEquals(k, key)) { r.Order.Add(k); r.Map[k] = Map[k]; }
            return r;
        }
    }

    private sealed class Context(Vars vars) : PyObject(ContextType)
    {
        public Vars Vars = vars;
        public Context? Prev;
        public bool Entered;
    }

    private sealed class ContextVar(PyStr name, PyObject? dflt) : PyObject(ContextVarType)
    {
        public readonly PyStr Name = name;
        public readonly PyObject? Default = dflt;
    }

    private sealed class Token(Context ctx, ContextVar var, PyObject? old) : PyObject(TokenType)
    {
        public readonly Context Ctx = ctx;
        public readonly ContextVar Var = var;
        public readonly PyObject? OldValue = old;
        public bool Used;
    }

    static ContextvarsModule()
    {
        foreach (var t in new[] { ContextType, ContextVarType, TokenType, TokenMissingType }) t.IsFinal = true;
        InitContext();
        InitContextVar();
        InitToken();
        foreach (var t in new[] { ContextType, ContextVarType, TokenType, TokenMissingType }) t.Modified();
    }

    public static PyModule Create()
    {
        var m = new PyModule(M);
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("Context Variables"));
        d.Set("Context", ContextType);
        d.Set("ContextVar", ContextVarType);
        d.Set("Token", TokenType);
        d.Set("copy_context", Fn("copy_context", (a, kw) =>
        {
            NoKw("copy_context", kw);
            if (a.Length != 0) throw PyExc.TypeError($"_contextvars.copy_context() takes no arguments ({a.Length} given)");
            return new Context(Current.Vars);
        }));
        return m;
    }

    private static string Addr(PyObject o) => $"0x{o.Id:x}";

    // ------------------------------------------------------------------ Context

    private static ContextVar KeyOf(PyObject key) =>
        key as ContextVar ?? throw PyExc.TypeError($"a ContextVar key was expected, got {Ops.ReprString(key)}");

    private static void InitContext()
    {
        var t = ContextType;
        DefStatic(t, "__new__", (a, kw) =>
        {
            if (a.Length > 1 || (kw?.Items.Length ?? 0) > 0) throw PyExc.TypeError("Context() does not accept any arguments");
            return new Context(new Vars());
        });
        // context_run: enter, call, exit.
        Def(t, "run", (a, kw) =>
        {
            var ctx = (Context)a[0];
            int nkw = kw?.Items.Length ?? 0;
            if (a.Length - 1 - nkw < 1) throw PyExc.TypeError("run() missing 1 required positional argument");
            if (ctx.Entered) throw PyExc.RuntimeError($"cannot enter context: {Ops.ReprString(ctx)} is already entered");
            ctx.Prev = Current;
            ctx.Entered = true;
            t_current = ctx;
            try { return Ops.Call(a[1], a[2..], kw); }
            finally
            {
                t_current = ctx.Prev;
                ctx.Prev = null;
                ctx.Entered = false;
            }
        });
        Def0(t, "copy", s => new Context(((Context)s).Vars));
        Def1(t, "__getitem__", (s, k) => ((Context)s).Vars.Map.TryGetValue(KeyOf(k), out var v) ? v : throw PyExc.KeyError(k));
        Def1(t, "__contains__", (s, k) => PyBool.From(((Context)s).Vars.Map.ContainsKey(KeyOf(k))));
        DefNTuple(t, "get", 1, 2, (s, a) =>
        {
            var key = KeyOf(a[0]);
            return ((Context)s).Vars.Map.TryGetValue(key, out var v) ? v : a.Length > 1 ? a[1] : None;
        });
        Def0(t, "__len__", s => PyInt.From(((Context)s).Vars.Order.Count));
        Def0(t, "__iter__", s => PyNativeIterator.FromEnumerable(Types.NativeIterator, ((Context)s).Vars.Order.ToArray()));
        Def0(t, "keys", s => new PyList(((Context)s).Vars.Order.ToArray<PyObject>()));
        Def0(t, "values", s => { var v = ((Context)s).Vars; return new PyList(v.Order.Select(k => v.Map[k]).ToArray()); });
        Def0(t, "items", s => { var v = ((Context)s).Vars; return new PyList(v.Order.Select(k => (PyObject)PyTuple.Of(k, v.Map[k])).ToArray()); });
        // context_tp_richcompare: equal when the mappings are.
        Def1(t, "__eq__", (s, o) => o is Context oc ? PyBool.From(VarsEqual(((Context)s).Vars, oc.Vars)) : Singletons.NotImplemented);
        Def1(t, "__ne__", (s, o) => o is Context oc ? PyBool.From(!VarsEqual(((Context)s).Vars, oc.Vars)) : Singletons.NotImplemented);
        t.Dict!.Set("__hash__", None);
    }

    private static bool VarsEqual(Vars a, Vars b)
    {
        if (a.Map.Count != b.Map.Count) return false;
        foreach (var kv in a.Map)
            if (!b.Map.TryGetValue(kv.Key, out var bv) || !Ops.RichCompareBool(kv.Value, bv, CompareOp.Eq)) return false;
        return true;
    }

    // ------------------------------------------------------------------ ContextVar

    private static void InitContextVar()
    {
        var t = ContextVarType;
        // contextvar_tp_new: ContextVar(name, *, default=<missing>)
        DefStatic(t, "__new__", (a, kw) =>
        {
            var p = Unpack("ContextVar", a[1..], kw, new[] { "name", "default" }, 1, 1);
            if (p[0] is not PyStr name) throw PyExc.TypeError("context variable name must be a str");
            return new ContextVar(name, p[1]);
        });
        GetSet(t, "name", s => ((ContextVar)s).Name);
        // contextvar_get: the context's value, then the argument, then the variable's default.
        DefNTuple(t, "get", 0, 1, (s, a) =>
        {
            var var = (ContextVar)s;
            if (Current.Vars.Map.TryGetValue(var, out var v)) return v;
            if (a.Length > 0) return a[0];
            if (var.Default != null) return var.Default;
            var e = new PyBaseException(Types.LookupError) { Args = PyTuple.Of(var) };
            ExceptionTypes.InitSpecialAttributes(e);
            throw new PyException(e);
        });
        // contextvar_set
        Def1(t, "set", (s, value) =>
        {
            var var = (ContextVar)s;
            var ctx = Current;
            ctx.Vars.Map.TryGetValue(var, out var old);
            var tok = new Token(ctx, var, old);
            ctx.Vars = ctx.Vars.With(var, value);
            return tok;
        });
        // contextvar_reset
        Def1(t, "reset", (s, tokObj) =>
        {
            var var = (ContextVar)s;
            if (tokObj is not Token tok) throw PyExc.TypeError($"expected an instance of Token, got {Ops.ReprString(tokObj)}");
            if (tok.Used) throw PyExc.RuntimeError($"{Ops.ReprString(tok)} has already been used once");
            if (!ReferenceEquals(tok.Var, var)) throw PyExc.ValueError($"{Ops.ReprString(tok)} was created by a different ContextVar");
            var ctx = Current;
            if (!ReferenceEquals(tok.Ctx, ctx)) throw PyExc.ValueError($"{Ops.ReprString(tok)} was created in a different Context");
            tok.Used = true;
            if (tok.OldValue == null)
            {
                if (!ctx.Vars.Map.ContainsKey(var))
                {
                    var e = new PyBaseException(Types.LookupError) { Args = PyTuple.Of(var) };
                    ExceptionTypes.InitSpecialAttributes(e);
                    throw new PyException(e);
                }
                ctx.Vars = ctx.Vars.Without(var);
            }
            else ctx.Vars = ctx.Vars.With(var, tok.OldValue);
            return None;
        });
        // contextvar_repr
        Def0(t, "__repr__", s =>
        {
            var var = (ContextVar)s;
            var dflt = var.Default != null ? $" default={Ops.ReprString(var.Default)}" : "";
            return PyStr.From($"<ContextVar name={Ops.ReprString(var.Name)}{dflt} at {Addr(var)}>");
        });
        DefClass(t, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
    }

    // ------------------------------------------------------------------ Token

    private static void InitToken()
    {
        var t = TokenType;
        DefStatic(t, "__new__", (a, kw) => throw PyExc.RuntimeError("Tokens can only be created by ContextVars"));
        GetSet(t, "var", s => ((Token)s).Var);
        GetSet(t, "old_value", s => ((Token)s).OldValue ?? s_missing);
        t.Dict!.Set("MISSING", s_missing);
        Def0(t, "__repr__", s =>
        {
            var tok = (Token)s;
            return PyStr.From($"<Token{(tok.Used ? " used" : "")} var={Ops.ReprString(tok.Var)} at {Addr(tok)}>");
        });
        DefClass(t, "__class_getitem__", (args, kw) => new PyGenericAlias(args[0], args[1]));
        Def0(TokenMissingType, "__repr__", s => PyStr.From("<Token.MISSING>"));
    }
}
