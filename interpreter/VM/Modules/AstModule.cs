using AsdlTable = Pyref.Parser.Ast.AsdlTable;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>_ast (Python/Python-ast.c): the AST base class and one class per Parser/Python.asdl type and
/// constructor, built from the generated Pyref.Parser.Ast.AsdlTable (init_types / make_type / add_attributes), so
/// CPython's Lib/ast.py imports, and with it inspect, dataclasses and pprint.</summary>
[BuiltinModule("_ast")]
public static partial class AstModule
{
    public static PyModule Create()
    {
        var m = new PyModule("_ast");
        var d = m.Dict!;
        var ast = MakeAstType();
        d.Set("AST", ast);
        var byName = new Dictionary<string, PyType> { ["AST"] = ast };
        foreach (var c in AsdlTable.Classes)
        {
            var t = MakeType(c.Name, byName[c.Base], c.Fields, c.Doc);
            if (c.Attributes != null) t.Dict!.Set("_attributes", Names(c.Attributes));
            // Python-ast.c init_types: optional fields and attributes default to None on the class.
            foreach (var o in c.Optional) t.Dict!.Set(o, None);
            byName[c.Name] = t;
            d.Set(c.Name, t);
        }
        d.Set("PyCF_ONLY_AST", PyInt.From(CompileBuiltins.PyCF_ONLY_AST));
        d.Set("PyCF_TYPE_COMMENTS", PyInt.From(CompileBuiltins.PyCF_TYPE_COMMENTS));
        d.Set("PyCF_ALLOW_TOP_LEVEL_AWAIT", PyInt.From(CompileBuiltins.PyCF_ALLOW_TOP_LEVEL_AWAIT));
        return m;
    }

    private static PyTuple Names(string[] names)
    {
        var items = new PyObject[names.Length];
        for (int i = 0; i < names.Length; i++) items[i] = PyStr.Intern(names[i]);
        return PyTuple.From(items);
    }

    /// <summary>make_type: type(name, (base,), {"_fields": fields, "__match_args__": fields, "__module__": "ast", "__doc__": doc}).</summary>
    private static PyType MakeType(string name, PyType baseType, string[] fields, string doc)
    {
        var ns = new PyDict();
        var f = Names(fields);
        ns.Set("_fields", f);
        ns.Set("__match_args__", f);
        ns.Set("__module__", PyStr.Intern("ast"));
        ns.Set("__doc__", PyStr.From(doc));
        return ObjectAndType.CreateClass(Types.Type, name, PyTuple.Of(baseType), ns, new PyDict());
    }

    /// <summary>AST_type_spec: instances have a __dict__; __init__ (ast_type_init) and __reduce__ (ast_type_reduce).</summary>
    private static PyType MakeAstType()
    {
        var ns = new PyDict();
        ns.Set("__module__", PyStr.Intern("ast"));
        ns.Set("_fields", PyTuple.Empty);
        ns.Set("__match_args__", PyTuple.Empty);
        ns.Set("_attributes", PyTuple.Empty);
        var t = ObjectAndType.CreateClass(Types.Type, "AST", PyTuple.Empty, ns, new PyDict());
        Def(t, "__init__", (args, kw) =>
        {
            int nkw = kw?.Count ?? 0;
            int npos = args.Length - nkw - 1;
            var self = args[0];
            var fields = Ops.GetAttrOrNull(self.Type, PyStr.Intern("_fields"));
            var fieldList = fields != null ? Ops.ToList(fields) : new List<PyObject>();
            int numfields = fieldList.Count;
            var typeName = self.Type.Name;
            if (numfields < npos)
                throw PyExc.TypeError($"{typeName} constructor takes at most {numfields} positional argument{(numfields == 1 ? "" : "s")}");
            for (int i = 0; i < npos; i++) Ops.SetAttr(self, (PyStr)fieldList[i], args[1 + i]);
            for (int i = 0; i < nkw; i++)
            {
                var key = kw!.Items[i];
                int p = fieldList.FindIndex(x => Ops.Eq(x, key));
                if (p >= 0 && p < npos)
                    throw PyExc.TypeError($"{typeName} got multiple values for argument '{((PyStr)key).Value}'");
                Ops.SetAttr(self, (PyStr)key, args[1 + npos + i]);
            }
            return None;
        });
        Def(t, "__reduce__", (args, kw) =>
        {
            var self = args[0];
            var dict = Ops.GetAttrOrNull(self, PyStr.Intern("__dict__"));
            return dict != null ? PyTuple.Of(self.Type, PyTuple.Empty, dict) : PyTuple.Of(self.Type, PyTuple.Empty);
        });
        return t;
    }
}
