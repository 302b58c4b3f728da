using System.Numerics;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;
using B = Pyref.Bytecode;

namespace Pyref.VM.Modules;

/// <summary>
/// marshal (Python/marshal.c) over the shared Bytecode project's reader and writer: VM objects are mapped to and
/// from the Bytecode constant model (the model the compiler and the .pyc reader share).
/// DEVIATION(CPython): dumps of code objects made at run time is not supported (the VM's code objects are not
/// kept in the Bytecode model), and FLAG_REF placement follows the compiler model, not refcounts.
/// </summary>
[BuiltinModule("marshal")]
public static class MarshalModule
{
    public static PyModule Create()
    {
        var m = new PyModule("marshal");
        var d = m.Dict!;
        d.Set("version", PyInt.From(4));
        d.Set("loads", Fn("loads", (a, kw) =>
        {
            CheckCount("loads", a.Length, 1, 1);
            var data = BytesOf(a[0], "loads");
            return Load(data);
        }));
        d.Set("dumps", Fn("dumps", (a, kw) =>
        {
            CheckCount("dumps", a.Length, 1, 2);
            int version = a.Length > 1 ? (int)ToLong(a[1]) : 4;
            return PyBytes.From(B.MarshalWriter.Dumps(ToModel(a[0]), version));
        }));
        d.Set("load", Fn("load", (a, kw) =>
        {
            CheckCount("load", a.Length, 1, 1);
            return Load(BytesOf(Ops.CallMethod(a[0], "read"), "load"));
        }));
        d.Set("dump", Fn("dump", (a, kw) =>
        {
            CheckCount("dump", a.Length, 2, 3);
            int version = a.Length > 2 ? (int)ToLong(a[2]) : 4;
            Ops.CallMethod(a[1], "write", PyBytes.From(B.MarshalWriter.Dumps(ToModel(a[0]), version)));
            return None;
        }));
        return m;
    }

    private static byte[] BytesOf(PyObject o, string fn) => o is PyBytes b ? b.Value
        : throw PyExc.TypeError($"a bytes-like object is required, not '{Ops.TypeName(o)}'");

    private static PyObject Load(byte[] data)
    {
        object model;
        try { model = B.MarshalReader.Loads(data); }
        catch (B.MarshalException e) { throw PyExc.Make(e.Message.StartsWith("EOF") ? Types.EOFError : Types.ValueError, e.Message); }
        catch (Exception e) when (e is EndOfStreamException or IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            throw PyExc.Make(Types.EOFError, "EOF read where object expected");
        }
        return FromModel(model);
    }

    private static PyObject FromModel(object o) => o switch
    {
        B.PyList l => new PyList(l.Items.Select(FromModel).ToList()),
        B.PyDict dm => DictFrom(dm),
        B.PySet s => SetFrom(s.Items),
        _ => CodeLoader.Constant(o),
    };

    private static PyDict DictFrom(B.PyDict dm)
    {
        var d = new PyDict();
        foreach (var kv in dm.Items) d.SetItem(FromModel(kv.Key), FromModel(kv.Value));
        return d;
    }

    private static PySet SetFrom(object[] items)
    {
        var s = PySet.NewSet();
        foreach (var i in items) s.Add(FromModel(i));
        return s;
    }

    /// <summary>A VM object in the Bytecode constant model (marshal.c w_object's supported types).</summary>
    private static object ToModel(PyObject o)
    {
        switch (o)
        {
            case PySingleton when o == None: return B.PyNone.Value;
            case PySingleton when o == Singletons.Ellipsis: return B.PyEllipsis.Value;
            case PyBool b: return b == PyBool.True;
            case PyInt i: return i.IsSmall ? (object)i.Small : i.Value;
            case PyFloat f: return f.Value;
            case PyComplex c: return new Complex(c.Real, c.Imag);
            case PyStr s: return s.Value;
            case PyBytes by: return new B.PyBytes(by.Value);
            case PyTuple t: return new B.PyTuple(t.Items.Select(ToModel).ToArray());
            case PyList l: return new B.PyList(l.Items.Take(l.Count).Select(ToModel).ToList());
            case PyDict d: return new B.PyDict(d.Items().Select(kv => new KeyValuePair<object, object>(ToModel(kv.Key), ToModel(kv.Value))).ToList());
            case PySet s when s.IsFrozen: return new B.PyFrozenSet(s.Items().Select(ToModel).ToArray());
            case PySet s: return new B.PySet(s.Items().Select(ToModel).ToArray());
        }
        if (o == Types.StopIteration) return B.PyStopIteration.Value;
        throw PyExc.ValueError("unmarshallable object");
    }
}
