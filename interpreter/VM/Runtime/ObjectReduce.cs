using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>
/// object.__reduce__, object.__reduce_ex__ and object.__getstate__ (Objects/typeobject.c object___reduce_ex___impl,
/// _common_reduce, reduce_newobj, object_getstate): what copy, pickle and enum (which re imports) expect of every
/// object. Protocols below 2 go through copyreg._reduce_ex, 2 and above build copyreg.__newobj__ tuples here.
/// </summary>
public static class ObjectReduce
{
    private static PyObject? s_objectReduce, s_objectGetState;

    public static void Init(PyType o)
    {
        Def0(o, "__reduce__", self => CommonReduce(self, 0));
        s_objectReduce = o.Dict!.Get("__reduce__");
        Def1(o, "__reduce_ex__", (self, protocol) =>
        {
            int proto = (int)ToLong(protocol);
            // a class that overrides __reduce__ decides alone
            var reduce = self.Type.Lookup("__reduce__");
            if (reduce != null && reduce != s_objectReduce) return Ops.CallMethod(self, "__reduce__");
            return CommonReduce(self, proto);
        });
        Def0(o, "__getstate__", self => GetStateDefault(self, false));
        s_objectGetState = o.Dict!.Get("__getstate__");
    }

    private static PyObject CopyReg() => Import.ImportModuleLevel("copyreg", null, None, 0);

    /// <summary>typeobject.c _common_reduce.</summary>
    private static PyObject CommonReduce(PyObject self, int proto)
    {
        if (proto >= 2) return ReduceNewObj(self);
        return Ops.Call(Ops.GetAttr(CopyReg(), "_reduce_ex"), self, PyInt.From(proto));
    }

    /// <summary>typeobject.c reduce_newobj.</summary>
    private static PyObject ReduceNewObj(PyObject obj)
    {
        if (obj.Type.Lookup("__new__") == null) throw PyExc.TypeError($"cannot pickle '{obj.Type.Name}' object");
        PyObject? args = null, kwargs = null;
        var getnewargsEx = Ops.GetAttrOrNull(obj, PyStr.Intern("__getnewargs_ex__"));
        if (getnewargsEx != null)
        {
            var r = Ops.Call(getnewargsEx);
            if (r is not PyTuple t)
                throw PyExc.TypeError($"__getnewargs_ex__ should return a tuple, not '{Ops.TypeName(r)}'");
            if (t.Count != 2)
                throw PyExc.ValueError($"__getnewargs_ex__ should return a tuple of length 2, not {t.Count}");
            if (t[0] is not PyTuple)
                throw PyExc.TypeError($"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{Ops.TypeName(t[0])}'");
            if (t[1] is not PyDict)
                throw PyExc.TypeError($"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{Ops.TypeName(t[1])}'");
            args = t[0];
            kwargs = t[1];
        }
        else
        {
            var getnewargs = Ops.GetAttrOrNull(obj, PyStr.Intern("__getnewargs__"));
            if (getnewargs != null)
            {
                args = Ops.Call(getnewargs);
                if (args is not PyTuple)
                    throw PyExc.TypeError($"__getnewargs__ should return a tuple, not '{Ops.TypeName(args)}'");
            }
        }
        bool hasargs = args != null;
        var copyreg = CopyReg();
        PyObject newobj, newargs;
        var a = (PyTuple?)args ?? PyTuple.Empty;
        if (kwargs == null || ((PyDict)kwargs).Count == 0)
        {
            newobj = Ops.GetAttr(copyreg, "__newobj__");
            var items = new PyObject[a.Count + 1];
            items[0] = obj.Type;
            Array.Copy(a.Items, 0, items, 1, a.Count);
            newargs = PyTuple.From(items);
        }
        else
        {
            newobj = Ops.GetAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.Of(obj.Type, a, kwargs);
        }
        var state = GetState(obj, !(hasargs || obj is PyList || obj is PyDict));
        PyObject listitems = obj is PyList ? Ops.GetIter(obj) : None;
        PyObject dictitems = obj is PyDict ? Ops.GetIter(Ops.CallMethod(obj, "items")) : None;
        return PyTuple.Of(newobj, newargs, state, listitems, dictitems);
    }

    /// <summary>typeobject.c object_getstate: __getstate__ unless it is object's own, which gets <paramref name="required"/>.</summary>
    private static PyObject GetState(PyObject obj, bool required)
    {
        var getstate = obj.Type.Lookup("__getstate__");
        if (getstate == s_objectGetState) return GetStateDefault(obj, required);
        return Ops.CallMethod(obj, "__getstate__");
    }

    /// <summary>typeobject.c object_getstate_default: the instance dict (None when empty) plus the __slots__ values.</summary>
    private static PyObject GetStateDefault(PyObject obj, bool required)
    {
        // A built-in layout (anything but a plain instance) has C-level state pickle cannot see.
        if (required && obj is not PyInstance && obj is not PyBaseException)
            throw PyExc.TypeError($"cannot pickle '{obj.Type.Name}' object");
        PyObject state = obj.Dict != null && obj.Dict.Count > 0 ? obj.Dict : None;
        var slotnames = Ops.Call(Ops.GetAttr(CopyReg(), "_slotnames"), obj.Type);
        if (slotnames is PyList names && names.Count > 0)
        {
            var slots = new PyDict();
            foreach (var n in names.ToArray())
            {
                var v = Ops.GetAttrOrNull(obj, (PyStr)n);
                if (v != null) slots.SetItem(n, v);
            }
            if (slots.Count > 0) state = PyTuple.Of(state, slots);
        }
        return state;
    }
}
