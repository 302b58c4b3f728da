using System.Numerics;
using System.Runtime.CompilerServices;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using AstNode = Pyref.Parser.Ast.Node;
using AstConstant = Pyref.Parser.Ast.Constant;

namespace Pyref.VM.Modules;

/// <summary>ast2obj (Python/Python-ast.c PyAST_mod2obj): the reference parser's tree as instances of the _ast classes,
/// what compile(..., PyCF_ONLY_AST) and so ast.parse return.</summary>
public static partial class AstModule
{
    /// <summary>The one instance per field-less class (Load, Add, Eq...) that ast2obj hands out, as CPython's
    /// state->Load_singleton; calling Load() still makes a new one.</summary>
    private static readonly ConditionalWeakTable<PyType, PyObject> s_singletons = new();

    /// <summary>The _ast module of the running interpreter (imported, so sys.modules caches it).</summary>
    public static PyModule Module() => (PyModule)Import.ImportModuleLevel("_ast", null, Singletons.None, 0);

    public static PyType AstType() => (PyType)Module().Dict!.Get("AST")!;

    public static PyObject ToPython(AstNode mod)
    {
        var classes = Module().Dict!;
        return Interpreter.OnLargeStack(() => Convert(mod, classes));
    }

    private static PyObject Convert(object? value, PyDict classes) => value switch
    {
        null => Singletons.None,
        AstNode n => ConvertNode(n, classes),
        System.Collections.IList list => ConvertList(list, classes),
        string s => PyStr.From(s),
        int i => PyInt.From(i),
        // a `constant` field (MatchSingleton.value)
        _ => ConstantValue(value),
    };

    private static PyList ConvertList(System.Collections.IList list, PyDict classes)
    {
        var items = new PyObject[list.Count];
        for (int i = 0; i < items.Length; i++) items[i] = Convert(list[i], classes);
        return new PyList(items);
    }

    private static PyObject ConvertNode(AstNode n, PyDict classes)
    {
        var type = (PyType)classes.Get(n.TypeName)!;
        if (n.FieldCount == 0 && !n.HasAttributes)
            return s_singletons.GetValue(type, t => Ops.Call(t));
        var obj = Ops.Call(type);
        if (n is AstConstant c)
        {
            Ops.SetAttr(obj, "value", ConstantValue(c.Value));
            Ops.SetAttr(obj, "kind", c.Kind is null ? Singletons.None : PyStr.From(c.Kind));
        }
        else
            foreach (var (name, v) in n.Fields()) Ops.SetAttr(obj, name, Convert(v, classes));
        foreach (var (name, v) in n.Attributes()) Ops.SetAttr(obj, name, Convert(v, classes));
        return obj;
    }

    /// <summary>ast2obj_constant: the parser's constant model (interpreter/Parser/Ast/Node.cs) as Python objects.</summary>
    private static PyObject ConstantValue(object? v) => v switch
    {
        null or Pyref.Parser.Ast.PyNone => Singletons.None,
        Pyref.Parser.Ast.PyEllipsis => Singletons.Ellipsis,
        bool b => PyBool.From(b),
        BigInteger i => PyInt.From(i),
        int i => PyInt.From(i),
        long l => PyInt.From(l),
        double d => PyFloat.From(d),
        Complex z => new PyComplex(z.Real, z.Imaginary),
        string s => PyStr.From(s),
        // DEVIATION(CPython): a str whose escaped lone surrogates would pair up in UTF-16 becomes the paired
        // string, as in the compiler (Codegen.ConvertConstant): the VM's str is a .NET string.
        Pyref.Parser.Ast.PyStr s => PyStr.From(s.ToString()),
        Pyref.Parser.Ast.PyBytes b => PyBytes.From(b.Data),
        _ => throw new InvalidOperationException($"ast2obj: unexpected constant {v.GetType().Name}"),
    };
}
