using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>
/// object.__reduce__, __reduce_ex__ and __getstate__ (Objects/typeobject.c): the default pickling protocol that
/// copy, pickle and enum rely on.
/// </summary>
public static class ObjectReduce
{
    private static PyObject? s_objectReduce, s_objectGetState;

    public static void Init(PyType o)
    {
        Def0(o, "__reduce__", self => CommonReduce(self, 0));
        s_objectReduce = o.Dict!.Get("__reduce__");
        // object___reduce_ex___impl: a class that overrides __reduce__ gets it called; otherwise _common_reduce.
        Def1(o, "__reduce_ex__", (self, protocol) =>
        {
            int proto = (int)ToLong(protocol);
            var reduce = Ops.GetAttr(self, "__reduce__");
            var clsReduce = Ops.GetAttr(self.Type, "__reduce__");
            if (!ReferenceEquals(clsReduce, s_objectReduce)) return Ops.Call(reduce);
            return CommonReduce(self, proto);
        });
        Def0(o, "__getstate__", self => GetStateDefault(self, required: false));
        s_objectGetState = o.Dict!.Get("__getstate__");
    }

    private static PyObject CopyReg() => Import.ImportModuleLevel("copyreg", null, None, 0);

    /// <summary>_common_reduce.</summary>
    private static PyObject CommonReduce(PyObject self, int proto)
    {
        if (proto >= 2) return ReduceNewObj(self);
        return Ops.Call(Ops.GetAttr(CopyReg(), "_reduce_ex"), self, PyInt.From(proto));
    }

    /// <summary>reduce_newobj: (copyreg.__newobj__, (cls, *args), state, listitems, dictitems).</summary>
    private static PyObject ReduceNewObj(PyObject obj)
    {
        var cls = obj.Type;
        if (cls.Lookup("__new__") == null) throw PyExc.TypeError($"cannot pickle '{cls.Name}' object");
        var (args, kwargs) = GetNewArguments(obj);
        var copyreg = CopyReg();
        bool hasArgs = args != null;
        PyObject newobj, newargs;
        if (kwargs == null || kwargs.Count == 0)
        {
            newobj = Ops.GetAttr(copyreg, "__newobj__");
            var items = new List<PyObject> { cls };
            if (args != null) items.AddRange(args.Items);
            newargs = PyTuple.From(items.ToArray());
        }
        else
        {
            newobj = Ops.GetAttr(copyreg, "__newobj_ex__");
            newargs = PyTuple.Of(cls, (PyObject?)args ?? PyTuple.Empty, kwargs);
        }
        bool isList = obj.Type.IsSubtypeOf(Types.List), isDict = obj.Type.IsSubtypeOf(Types.Dict);
        var state = GetState(obj, required: !(hasArgs || isList || isDict));
        PyObject listitems = isList ? Ops.GetIter(obj) : None;
        PyObject dictitems = isDict ? Ops.GetIter(Ops.CallMethod(obj, "items")) : None;
        return PyTuple.Of(newobj, newargs, state, listitems, dictitems);
    }

    /// <summary>_PyObject_GetNewArguments: __getnewargs_ex__, else __getnewargs__, else none.</summary>
    private static (PyTuple? Args, PyDict? Kwargs) GetNewArguments(PyObject obj)
    {
        var ex = obj.Type.Lookup("__getnewargs_ex__");
        if (ex != null)
        {
            var r = Ops.CallDescriptor(ex, obj);
            if (r is not PyTuple t) throw PyExc.TypeError($"__getnewargs_ex__ should return a tuple, not '{Ops.TypeName(r)}'");
            if (t.Items.Length != 2) throw PyExc.ValueError($"__getnewargs_ex__ should return a tuple of length 2, not {t.Items.Length}");
            if (t.Items[0] is not PyTuple a) throw PyExc.TypeError($"first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '{Ops.TypeName(t.Items[0])}'");
            if (t.Items[1] is not PyDict k) throw PyExc.TypeError($"second item of the tuple returned by __getnewargs_ex__ must be a dict, not '{Ops.TypeName(t.Items[1])}'");
            return (a, k);
        }
        var plain = obj.Type.Lookup("__getnewargs__");
        if (plain != null)
        {
            var r = Ops.CallDescriptor(plain, obj);
            if (r is not PyTuple a) throw PyExc.TypeError($"__getnewargs__ should return a tuple, not '{Ops.TypeName(r)}'");
            return (a, null);
        }
        return (null, null);
    }

    /// <summary>object_getstate: the object's own __getstate__ unless it is object's.</summary>
    private static PyObject GetState(PyObject obj, bool required)
    {
        var getstate = obj.Type.Lookup("__getstate__");
        if (getstate == null || ReferenceEquals(getstate, s_objectGetState))
        {
            // An instance attribute named __getstate__ still wins, as getattr finds it first.
            if (obj.Dict?.Get("__getstate__") is { } own) return Ops.Call(own);
            return GetStateDefault(obj, required);
        }
        return Ops.Call(Ops.GetAttr(obj, "__getstate__"));
    }

    /// <summary>object_getstate_default: the __dict__ copy (None if empty), with the __slots__ values as (state, slots).</summary>
    private static PyObject GetStateDefault(PyObject obj, bool required)
    {
        // The VM's instances of built-in layouts other than object (int, str, list, ...) stand for CPython's
        // tp_basicsize/tp_itemsize being larger than object's.
        if (required && obj is not PyInstance && obj is not PyBaseException)
            throw PyExc.TypeError($"cannot pickle '{obj.Type.Name}' object");
        PyObject state = obj.Dict == null || obj.Dict.Count == 0 ? None : obj.Dict.Copy();
        var slotnames = Ops.Call(Ops.GetAttr(CopyReg(), "_slotnames"), obj.Type);
        if (slotnames != None && Ops.Len(slotnames) > 0)
        {
            var slots = new PyDict();
            foreach (var name in Ops.Iterate(slotnames))
            {
                var v = Ops.GetAttrOrNull(obj, (PyStr)name);
                if (v != null) slots.SetItem(name, v);
            }
            if (slots.Count > 0) state = PyTuple.Of(state, slots);
        }
        return state;
    }
}
