using Pyref.VM.Objects;

namespace Pyref.VM.Ceval;

/// <summary>
/// An executing frame (Include/internal/pycore_frame.h _PyInterpreterFrame plus the PyFrameObject view).
/// Like CPython, fast locals, cells/free variables and the value stack share one array:
/// Values[0..NLocalsPlus) are localsplus, the value stack grows from NLocalsPlus upwards.
/// </summary>
public sealed class Frame : PyObject
{
    public readonly PyCode Code;
    public readonly PyObject[] Values;
    public int StackPointer;          // absolute index into Values of the next free stack slot
    public int NextInstruction;       // code unit index to resume at
    public int LastInstruction = -1;  // f_lasti (units) of the instruction being executed when suspended/raised
    public readonly PyDict Globals;
    public readonly PyDict Builtins;
    public PyObject? Locals;          // the namespace of module and class bodies (LOAD_NAME)
    public readonly PyFunction? Function;
    public Frame? Back;
    public Generators.PyGenerator? Generator;
    public bool IsExecuting;

    public Frame(PyCode code, PyDict globals, PyDict builtins, PyObject? locals, PyFunction? function) : base(Types.Frame)
    {
        Code = code;
        Values = new PyObject[code.NLocalsPlus + code.StackSize + 1];
        StackPointer = code.NLocalsPlus;
        Globals = globals;
        Builtins = builtins;
        Locals = locals;
        Function = function;
    }

    public int LineNumber => Code.LineForInstruction(Math.Max(LastInstruction, 0));

    /// <summary>The dict locals() of an optimized frame returns (PyFrameObject f_locals), kept across calls.</summary>
    private PyDict? _fastLocalsDict;

    /// <summary>
    /// f_locals: the locals dict for module/class frames; for function frames, Objects/frameobject.c
    /// _PyFrame_FastToLocalsWithError: the same dict each time, refreshed from the fast locals (unbound names
    /// removed), so names an exec() stored in it stay visible to a later locals().
    /// </summary>
    public PyObject LocalsSnapshot()
    {
        if (Locals != null) return Locals;
        var d = _fastLocalsDict ??= new PyDict();
        var names = Code.LocalsPlusNameObjects;
        for (int i = 0; i < names.Length; i++)
        {
            var v = Values[i];
            if (v is PyCell unbound && unbound.Value == null && (Code.LocalsPlusKinds[i] & (PyCode.CO_FAST_CELL | PyCode.CO_FAST_FREE)) != 0) v = null;
            if (v == null) { d.Remove(names[i]); continue; }
            if ((Code.LocalsPlusKinds[i] & (PyCode.CO_FAST_CELL | PyCode.CO_FAST_FREE)) != 0)
            {
                if (v is PyCell c) { if (c.Value == null) continue; v = c.Value; }
                // free vars of class bodies are not locals in CPython's view; keep simple here.
            }
            d.SetItem(names[i], v);
        }
        return d;
    }
}

/// <summary>Per-thread interpreter state (Include/cpython/pystate.h PyThreadState).</summary>
public sealed class PyThreadState
{
    [ThreadStatic] private static PyThreadState? t_current;
    public static PyThreadState Current => t_current ??= new PyThreadState();

    public Frame? Frame;                  // the innermost executing frame
    public int Depth;                     // Python call depth (recursion_remaining)
    public int RecursionLimit = 1000;

    /// <summary>
    /// Include/internal/pycore_ceval.h _Py_EnterRecursiveCallTstate: C-level calls share the Python frames'
    /// depth counter, so whichever level crosses the limit names itself in the message (e.g. a built-in
    /// function call: " while calling a Python object"). Pair with <see cref="LeaveRecursiveCall"/>.
    /// </summary>
    public void EnterRecursiveCall(string where)
    {
        if (++Depth > RecursionLimit)
        {
            Depth--;
            throw PyExc.RecursionError("maximum recursion depth exceeded" + where);
        }
    }

    public void LeaveRecursiveCall() => Depth--;
    /// <summary>The exception being handled (exc_info), or null.</summary>
    public PyObject? HandledException;
}
