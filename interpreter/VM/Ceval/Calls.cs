using System.Runtime.CompilerServices;
using Pyref.VM.Objects;

namespace Pyref.VM.Ceval;

/// <summary>
/// Calling Python functions: binding arguments to fast locals as Python/ceval.c initialize_locals does,
/// with the same TypeError messages (positional_only_passed_as_keyword, missing_arguments,
/// too_many_positional), then running the frame.
/// </summary>
public static class Calls
{
    public static PyObject CallFunction(PyFunction f, ReadOnlySpan<PyObject> args, PyTuple? kwnames) =>
        CallFunction(f, args, kwnames, PyThreadState.Current);

    public static PyObject CallFunction(PyFunction f, ReadOnlySpan<PyObject> args, PyTuple? kwnames, PyThreadState ts)
    {
        var code = f.Code;
        var frame = new Frame(code, f.Globals, f.Builtins, null, f);
        var fast = frame.Values;
        int nkw = kwnames?.Items.Length ?? 0;
        int npos = args.Length - nkw;
        // Fast path: exact positional call of a simple signature.
        if (nkw == 0 && npos == code.ArgCount && (code.Flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0 && code.KwOnlyArgCount == 0)
        {
            args.CopyTo(fast);
        }
        else
        {
            BindArguments(f, code, fast, args, npos, kwnames);
        }
        return InstructionLoop.Run(frame, ts);
    }

    /// <summary>f(self, *args) (a bound method or __init__ call) without building a new argument array when the
    /// signature is simple: CPython's vectorcall PY_VECTORCALL_ARGUMENTS_OFFSET trick has the same aim.</summary>
    public static PyObject CallFunctionWithSelf(PyFunction f, PyObject self, ReadOnlySpan<PyObject> args, PyTuple? kwnames)
    {
        var code = f.Code;
        if (kwnames == null && args.Length + 1 == code.ArgCount && (code.Flags & (PyCode.CO_VARARGS | PyCode.CO_VARKEYWORDS)) == 0 && code.KwOnlyArgCount == 0)
        {
            var frame = new Frame(code, f.Globals, f.Builtins, null, f);
            frame.Values[0] = self;
            args.CopyTo(frame.Values.AsSpan(1));
            return InstructionLoop.Run(frame);
        }
        return CallFunction(f, Ops.Prepend(self, args), kwnames);
    }

    public static string FunctionDescription(PyObject fn) => fn switch
    {
        PyFunction f => (f.Module is PyStr m && m.Value != "builtins" ? m.Value + "." : "") + Ops.StrString(f.QualName) + "()",
        PyBuiltinFunction b => b.Name + "()",
        PyMethod m => FunctionDescription(m.Function),
        // Objects/object.c _PyObject_FunctionStr: module-qualified unless builtins.
        PyType t => (t.Dict?.Get("__module__") is PyStr tm && tm.Value != "builtins" ? tm.Value + "." : "") + t.Name + "()",
        _ => Ops.TypeName(fn) + " object",
    };

    private static void BindArguments(PyFunction f, PyCode code, PyObject[] fast, ReadOnlySpan<PyObject> args, int npos, PyTuple? kwnames)
    {
        int argcount = code.ArgCount;
        int kwonly = code.KwOnlyArgCount;
        int total = argcount + kwonly;
        bool hasVarargs = (code.Flags & PyCode.CO_VARARGS) != 0;
        bool hasVarkw = (code.Flags & PyCode.CO_VARKEYWORDS) != 0;
        string qualname = Ops.StrString(f.QualName);
        PyDict? kwdict = null;
        int i = total + (hasVarargs ? 1 : 0);
        if (hasVarkw)
        {
            kwdict = new PyDict();
            fast[i] = kwdict;
        }
        int n = Math.Min(npos, argcount);
        for (int j = 0; j < n; j++) fast[j] = args[j];
        if (hasVarargs)
        {
            fast[total] = npos > argcount ? PyTuple.From(args.Slice(argcount, npos - argcount).ToArray()) : PyTuple.Empty;
        }
        // Keyword arguments.
        if (kwnames != null)
        {
            var names = code.LocalsPlusNames;
            List<string>? posonlyAsKw = null;
            for (int k = 0; k < kwnames.Items.Length; k++)
            {
                var keyObj = kwnames.Items[k];
                var value = args[npos + k];
                if (keyObj is not PyStr key)
                    throw PyExc.TypeError($"{qualname}() keywords must be strings");
                int idx = -1;
                for (int j = code.PosOnlyArgCount; j < total; j++)
                    if (names[j] == key.Value) { idx = j; break; }
                if (idx < 0)
                {
                    if (kwdict == null)
                    {
                        // Python/ceval.c positional_only_passed_as_keyword: at the first unknown keyword,
                        // every positional-only name among all the keywords is reported together.
                        for (int j = 0; j < code.PosOnlyArgCount; j++)
                            foreach (var q in kwnames.Items)
                                if (q is PyStr qs && names[j] == qs.Value) { (posonlyAsKw ??= new()).Add(qs.Value); break; }
                        if (posonlyAsKw != null) break;
                        throw PyExc.TypeError($"{qualname}() got an unexpected keyword argument '{key.Value}'");
                    }
                    kwdict.SetItem(key, value);
                    continue;
                }
                if (fast[idx] != null)
                    throw PyExc.TypeError($"{qualname}() got multiple values for argument '{key.Value}'");
                fast[idx] = value;
            }
            if (posonlyAsKw != null)
                throw PyExc.TypeError($"{qualname}() got some positional-only arguments passed as keyword arguments: '{string.Join(", ", posonlyAsKw)}'");
        }
        // Too many positional?
        if (npos > argcount && !hasVarargs)
            throw TooManyPositional(f, code, fast, npos, qualname);
        // Defaults for missing positional arguments.
        if (npos < argcount)
        {
            var defaults = f.Defaults?.Items ?? Array.Empty<PyObject>();
            int firstDefault = argcount - defaults.Length;
            List<string>? missing = null;
            for (int j = npos; j < firstDefault; j++)
                if (fast[j] == null) (missing ??= new()).Add(code.LocalsPlusNames[j]);
            if (missing != null) throw MissingArguments(qualname, missing, "positional");
            for (int j = Math.Max(npos, firstDefault); j < argcount; j++)
                if (fast[j] == null) fast[j] = defaults[j - firstDefault];
        }
        // Keyword-only defaults.
        if (kwonly > 0)
        {
            List<string>? missing = null;
            for (int j = argcount; j < total; j++)
            {
                if (fast[j] != null) continue;
                var name = code.LocalsPlusNameObjects[j];
                var def = f.KwDefaults?.GetItemOrNull(name);
                if (def != null) fast[j] = def;
                else (missing ??= new()).Add(name.Value);
            }
            if (missing != null) throw MissingArguments(qualname, missing, "keyword-only");
        }
    }

    private static PyException MissingArguments(string qualname, List<string> missing, string kind)
    {
        string list;
        if (missing.Count == 1) list = $"'{missing[0]}'";
        else if (missing.Count == 2) list = $"'{missing[0]}' and '{missing[1]}'";
        else list = string.Join(", ", missing.Take(missing.Count - 1).Select(m => $"'{m}'")) + $", and '{missing[^1]}'";
        string plural = missing.Count == 1 ? "argument" : "arguments";
        return PyExc.TypeError($"{qualname}() missing {missing.Count} required {kind} {plural}: {list}");
    }

    private static PyException TooManyPositional(PyFunction f, PyCode code, PyObject[] fast, int given, string qualname)
    {
        int argcount = code.ArgCount;
        int defcount = f.Defaults?.Items.Length ?? 0;
        int kwonlyGiven = 0;
        for (int j = argcount; j < argcount + code.KwOnlyArgCount; j++) if (fast[j] != null) kwonlyGiven++;
        string sig;
        if (defcount > 0)
            sig = $"from {argcount - defcount} to {argcount} positional arguments";
        else
            sig = $"{argcount} positional argument{(argcount == 1 ? "" : "s")}";
        string kwonlySig = "";
        if (kwonlyGiven > 0)
            kwonlySig = $" positional argument{(given == 1 ? "" : "s")} (and {kwonlyGiven} keyword-only argument{(kwonlyGiven == 1 ? "" : "s")})";
        string was = kwonlyGiven > 0 ? "were" : (given == 1 ? "was" : "were");
        return PyExc.TypeError($"{qualname}() takes {sig} but {given}{kwonlySig} {was} given");
    }
}
