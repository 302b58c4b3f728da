namespace Pyref.VM.Objects;

/// <summary>A Python exception instance (Objects/exceptions.c PyBaseExceptionObject).</summary>
public class PyBaseException : PyObject
{
    public PyTuple Args = PyTuple.Empty;
    public PyTraceback? Traceback;
    public PyBaseException? Cause;
    public PyBaseException? Context;
    public bool SuppressContext;
    /// <summary>The C# exception carrying this object, reused when re-raised so traces accumulate.</summary>
    internal PyException? Carrier;

    public PyBaseException(PyType type) : base(type) { Dict = new PyDict(); }

    public PyObject? GetAttrOrNull(string name) => Dict!.Get(name);
    public void SetAttr(string name, PyObject v) => Dict!.Set(name, v);
}

/// <summary>A traceback entry (Python/traceback.c PyTracebackObject).</summary>
public sealed class PyTraceback : PyObject
{
    public PyTraceback? Next;
    public readonly Ceval.Frame Frame;
    public readonly int LastInstruction;   // code unit index
    public PyTraceback(PyTraceback? next, Ceval.Frame frame, int lasti) : base(Types.Traceback)
    {
        Next = next; Frame = frame; LastInstruction = lasti;
    }
    public int LineNumber => Frame.Code.LineForInstruction(LastInstruction);
}

/// <summary>The .NET carrier of a raised Python exception.</summary>
public sealed class PyException : Exception
{
    public readonly PyBaseException Value;
    public PyException(PyBaseException value) : base(null) { Value = value; value.Carrier = this; }
    public override string Message => Value.Type.Name + ": " + Ops.StrString(Value);
}

/// <summary>Helpers that create and raise the built-in exceptions with CPython's messages.</summary>
public static class PyExc
{
    public static PyException Make(PyType type, string message)
    {
        var e = new PyBaseException(type);
        e.Args = PyTuple.Of(PyStr.From(message));
        ExceptionTypes.InitSpecialAttributes(e);
        return new PyException(e);
    }
    public static PyException MakeNoArgs(PyType type)
    {
        var e = new PyBaseException(type);
        ExceptionTypes.InitSpecialAttributes(e);
        return new PyException(e);
    }
    public static PyException TypeError(string m) => Make(Types.TypeError, m);
    public static PyException ValueError(string m) => Make(Types.ValueError, m);
    public static PyException AttributeError(string m) => Make(Types.AttributeError, m);
    public static PyException IndexError(string m) => Make(Types.IndexError, m);
    public static PyException NameError(string m) => Make(Types.NameError, m);
    public static PyException ZeroDivisionError(string m) => Make(Types.ZeroDivisionError, m);
    public static PyException OverflowError(string m) => Make(Types.OverflowError, m);
    public static PyException RuntimeError(string m) => Make(Types.RuntimeError, m);
    public static PyException NotImplementedError(string m) => Make(Types.NotImplementedError, m);
    public static PyException RecursionError(string m) => Make(Types.RecursionError, m);
    public static PyException UnboundLocalError(string m) => Make(Types.UnboundLocalError, m);
    public static PyException SystemError(string m) => Make(Types.SystemError, m);
    public static PyException ImportError(string m) => Make(Types.ImportError, m);
    public static PyException ModuleNotFoundError(string m) => Make(Types.ModuleNotFoundError, m);
    public static PyException OSError(string m) => Make(Types.OSError, m);
    public static PyException AssertionError() => MakeNoArgs(Types.AssertionError);
    public static PyException KeyError(PyObject key)
    {
        var e = new PyBaseException(Types.KeyError) { Args = PyTuple.Of(key) };
        return new PyException(e);
    }
    public static PyException StopIteration(PyObject? value = null)
    {
        var e = new PyBaseException(Types.StopIteration);
        if (value != null) e.Args = PyTuple.Of(value);
        ExceptionTypes.InitSpecialAttributes(e);
        return new PyException(e);
    }
    public static PyException FromValue(PyBaseException v) => v.Carrier ?? new PyException(v);
}
