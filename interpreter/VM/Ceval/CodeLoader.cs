using System.Numerics;
using Pyref.VM.Objects;
using B = Pyref.Bytecode;

namespace Pyref.VM.Ceval;

/// <summary>
/// Turns the shared Bytecode project's <see cref="B.CodeObject"/> (read from a .pyc by its marshal
/// reader, or produced by the compiler) into the VM's executable <see cref="PyCode"/>, mapping each
/// constant of the Bytecode constant model to a runtime object.
/// </summary>
public static class CodeLoader
{
    public static PyCode LoadPyc(string path)
    {
        var (_, code) = B.Pyc.ReadFile(path);
        return FromCodeObject(code);
    }

    public static PyCode FromCodeObject(B.CodeObject c)
    {
        if (c.VmCache is PyCode cached) return cached;
        var code = new PyCode
        {
            ArgCount = c.ArgCount,
            PosOnlyArgCount = c.PosOnlyArgCount,
            KwOnlyArgCount = c.KwOnlyArgCount,
            StackSize = c.StackSize,
            Flags = c.Flags,
            FirstLineNo = c.FirstLineNo,
            Bytecode = c.Code,
            Names = c.Names.Select(PyStr.Intern).ToArray(),
            LocalsPlusNames = c.LocalsPlusNames,
            LocalsPlusKinds = c.LocalsPlusKinds,
            Filename = c.Filename,
            Name = c.Name,
            QualName = c.QualName,
            LineTable = c.LineTable,
            ExceptionTable = c.ExceptionTable,
        };
        code.Consts = c.Consts.Select(Constant).ToArray();
        code.Prepare();
        c.VmCache = code;
        return code;
    }

    public static PyObject Constant(object? o) => o switch
    {
        null => Singletons.None,
        B.PyNone => Singletons.None,
        B.PyEllipsis => Singletons.Ellipsis,
        bool b => PyBool.From(b),
        BigInteger i => PyInt.From(i),
        int i => PyInt.From(i),
        long l => PyInt.From(l),
        double d => PyFloat.From(d),
        Complex c => new PyComplex(c.Real, c.Imaginary),
        string s => PyStr.Intern(s),
        B.PyBytes b => PyBytes.From(b.Data),
        B.PyTuple t => PyTuple.From(t.Items.Select(Constant).ToArray()),
        B.PyFrozenSet fs => MakeFrozenSet(fs.Items),
        B.CodeObject co => FromCodeObject(co),
        B.PyStopIteration => Types.StopIteration,
        _ => throw new InvalidOperationException($"unsupported constant {o.GetType().Name}"),
    };

    private static PySet MakeFrozenSet(object[] items)
    {
        var s = PySet.NewFrozen();
        foreach (var i in items) s.Add(Constant(i));
        return s;
    }
}
