using System.Runtime.CompilerServices;
using System.Text;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Ceval.Opcodes;
using static Pyref.VM.Objects.ArrayStore;

namespace Pyref.VM.Ceval;

/// <summary>
/// The evaluation loop (Python/ceval.c _PyEval_EvalFrameDefault of 3.11): one switch over the opcode of
/// the pre-decoded instruction word. The value stack lives in the frame's Values array after the fast
/// locals; ip/sp are kept in C# locals and saved to the frame when it suspends or raises. Each case
/// notes its stack effect. Errors are .NET PyExceptions; the catch below is CPython's
/// exception_unwind: it adds a traceback entry, looks the instruction up in the exception table and
/// either resumes at the handler or lets the exception leave the frame.
/// </summary>
public static class InstructionLoop
{
    /// <summary>Runs (or resumes) a frame. Returns the returned or yielded value; for generators
    /// <see cref="Frame.NextInstruction"/> &lt; 0 after a return marks completion.</summary>
    public static PyObject Run(Frame f, PyException? throwIn = null) => Run(f, PyThreadState.Current, throwIn);

    public static PyObject Run(Frame f, PyThreadState ts, PyException? throwIn = null)
    {
        ts.EnterRecursiveCall("");   // Python/ceval.c _PyEval_EvalFrameDefault start_frame
        f.Back = ts.Frame;
        ts.Frame = f;
        f.IsExecuting = true;
        try
        {
            return Execute(f, ts, throwIn);
        }
        finally
        {
            f.IsExecuting = false;
            ts.Frame = f.Back;
            ts.Depth--;
        }
    }

    /// <summary>Marks an exception as re-raised (RERAISE): no new traceback entry, no new __context__.</summary>
    private sealed class ReraiseMarker { }

    private static PyObject Execute(Frame f, PyThreadState ts, PyException? throwIn)
    {
        var code = f.Code;
        int[] instr = code.Instructions;
        PyObject[] v = f.Values;
        PyObject[] consts = code.Consts;
        PyStr[] names = code.Names;
        InlineCache[] caches = code.Caches ??= new InlineCache[instr.Length];
        int ip = f.NextInstruction;
        int sp = f.StackPointer;
        PyTuple? kwnames = null;
        PyException? pending = throwIn;
        bool reraise = false;

        while (true)
        {
            try
            {
                if (pending != null)
                {
                    var p = pending; pending = null;
                    // An exception thrown into a suspended generator appears at the yield.
                    ip = f.LastInstruction + 1;
                    throw p;
                }
                while (true)
                {
                    int word = instr[ip];
                    int oparg = word >> 8;
                    ip++;
                    switch (word & 0xFF)
                    {
                        case NOP:
                        case RESUME:
                        case EXTENDED_ARG:
                        case CACHE:
                            continue;

                        // ---------------------------------------------------------- locals
                        case LOAD_FAST: // ( -- value)
                            {
                                var x = v[oparg];
                                if (x == null) throw UnboundLocal(code, oparg);
                                Put(v, sp++, x);
                                continue;
                            }
                        case STORE_FAST: // (value -- )
                            Put(v, oparg, v[--sp]);
                            v[sp] = null!;
                            continue;
                        case DELETE_FAST: // ( -- )
                            if (v[oparg] == null) throw UnboundLocal(code, oparg);
                            v[oparg] = null!;
                            continue;
                        case LOAD_CONST: // ( -- value)
                            Put(v, sp++, consts[oparg]);
                            continue;
                        case POP_TOP: // (value -- )
                            v[--sp] = null!;
                            continue;
                        case PUSH_NULL: // ( -- NULL)
                            v[sp++] = null!;
                            continue;
                        case COPY: // (x, ...n-1 items -- x, ..., x)
                            Put(v, sp, v[sp - oparg]);
                            sp++;
                            continue;
                        case SWAP: // swaps TOS with the n-th item
                            { var top = v[sp - 1]; Put(v, sp - 1, v[sp - oparg]); Put(v, sp - oparg, top); }
                            continue;

                        // ---------------------------------------------------------- cells
                        case MAKE_CELL: // ( -- )
                            Put(v, oparg, new PyCell(v[oparg]));
                            continue;
                        case COPY_FREE_VARS: // ( -- )
                            {
                                var closure = f.Function!.Closure!.Items;
                                int offset = code.NLocalsPlus - oparg;
                                for (int i = 0; i < oparg; i++) Put(v, offset + i, closure[i]);
                                continue;
                            }
                        case LOAD_CLOSURE: // ( -- cell)
                            Put(v, sp++, v[oparg]);
                            continue;
                        case LOAD_DEREF: // ( -- value)
                            {
                                var x = ((PyCell)v[oparg]).Value;
                                if (x == null) throw UnboundDeref(code, oparg);
                                Put(v, sp++, x);
                                continue;
                            }
                        case LOAD_CLASSDEREF: // ( -- value): the class namespace first, then the cell
                            {
                                var name = code.LocalsPlusNameObjects[oparg];
                                // PyDict_CheckExact: a __prepare__ namespace (a dict subclass) goes through its __getitem__.
                                PyObject? x = f.Locals is PyDict ld && ld.Type == Types.Dict ? ld.GetItemOrNull(name) : f.Locals != null ? MappingGet(f.Locals, name) : null;
                                if (x == null)
                                {
                                    x = ((PyCell)v[oparg]).Value;
                                    if (x == null) throw UnboundDeref(code, oparg);
                                }
                                Put(v, sp++, x);
                                continue;
                            }
                        case STORE_DEREF: // (value -- )
                            ((PyCell)v[oparg]).Value = v[--sp];
                            v[sp] = null!;
                            continue;
                        case DELETE_DEREF:
                            {
                                var cell = (PyCell)v[oparg];
                                if (cell.Value == null) throw UnboundDeref(code, oparg);
                                cell.Value = null;
                                continue;
                            }

                        // ---------------------------------------------------------- names
                        case LOAD_NAME: // ( -- value)
                            {
                                var name = names[oparg];
                                PyObject? x;
                                if (f.Locals is PyDict ld && ld.Type == Types.Dict)
                                {
                                    // An entry hint into the namespace, as for LOAD_GLOBAL (module-level loops).
                                    ref var c = ref caches[ip];
                                    x = ld.ValueAtHint(c.Index, name);
                                    if (x == null)
                                    {
                                        int ix = ld.IndexOf(name);
                                        if (ix >= 0) { c.Index = ix; x = ld.ValueAtHint(ix, name) ?? ld.GetItemOrNull(name); }
                                    }
                                }
                                else x = f.Locals != null ? MappingGet(f.Locals, name) : null;
                                // A module body's namespace is its globals: no second lookup there.
                                if (x == null && !ReferenceEquals(f.Locals, f.Globals)) x = f.Globals.GetItemOrNull(name);
                                x ??= f.Builtins.GetItemOrNull(name);
                                if (x == null) throw NameErrorFor(name.Value);
                                Put(v, sp++, x);
                                continue;
                            }
                        case STORE_NAME: // (value -- )
                            {
                                var x = v[--sp]; v[sp] = null!;
                                // ceval.c STORE_NAME: PyDict_SetItem only for an exact dict (enum's _EnumDict overrides __setitem__).
                                if (f.Locals is PyDict ld && ld.Type == Types.Dict)
                                {
                                    ref var c = ref caches[ip];
                                    if (!ld.SetAtHint(c.Index, names[oparg], x))
                                    {
                                        ld.SetItem(names[oparg], x);
                                        c.Index = ld.IndexOf(names[oparg]);
                                    }
                                }
                                else if (f.Locals != null) Ops.SetItem(f.Locals, names[oparg], x);
                                else throw PyExc.SystemError($"no locals found when storing '{names[oparg].Value}'");
                                continue;
                            }
                        case DELETE_NAME:
                            {
                                var name = names[oparg];
                                bool ok;
                                if (f.Locals is PyDict ld && ld.Type == Types.Dict) ok = ld.Remove(name);
                                else if (f.Locals == null) throw PyExc.SystemError($"no locals when deleting '{name.Value}'");
                                else
                                {
                                    try { Ops.DelItem(f.Locals, name); ok = true; }
                                    catch (PyException) { ok = false; }
                                }
                                if (!ok) throw NameErrorFor(name.Value);
                                continue;
                            }
                        case LOAD_GLOBAL: // ( -- [NULL], value)
                            {
                                // LOAD_GLOBAL_MODULE / LOAD_GLOBAL_BUILTIN: an entry hint into globals, or into
                                // builtins while the globals' key set is unchanged (the name is still absent there).
                                var name = names[oparg >> 1];
                                ref var c = ref caches[ip];
                                PyObject? x;
                                if (c.Index >= 0) x = f.Globals.ValueAtHint(c.Index, name);
                                else x = c.Value == f.Globals && c.Version == (uint)f.Globals.Version ? f.Builtins.ValueAtHint(~c.Index, name) : null;
                                x ??= LoadGlobalSlow(f, name, ref c);
                                if ((oparg & 1) != 0) v[sp++] = null!;
                                Put(v, sp++, x);
                                ip += 5;
                                continue;
                            }
                        case STORE_GLOBAL: // (value -- )
                            f.Globals.SetItem(names[oparg], v[--sp]);
                            v[sp] = null!;
                            continue;
                        case DELETE_GLOBAL:
                            if (!f.Globals.Remove(names[oparg])) throw NameErrorFor(names[oparg].Value);
                            continue;

                        // ---------------------------------------------------------- attributes
                        case LOAD_ATTR: // (owner -- value)
                            {
                                // LOAD_ATTR_INSTANCE_VALUE / LOAD_ATTR_MODULE: the type (by version tag) has no
                                // __getattribute__ override and no attribute of that name; the value is at the
                                // hinted entry of the instance dict.
                                var owner = v[sp - 1];
                                ref var c = ref caches[ip];
                                PyObject? x = null;
                                uint tv = owner.Type.VersionTag;
                                if (tv == c.Version) { if (owner.Dict is PyDict od) x = od.ValueAtHint(c.Index, names[oparg]); }
                                else if (tv == c.Version2 && owner.Dict is PyDict od2) x = od2.ValueAtHint(c.Index2, names[oparg]);
                                Put(v, sp - 1, x ?? LoadAttrSlow(owner, names[oparg], ref c));
                                ip += 4;
                                continue;
                            }
                        case LOAD_METHOD: // (owner -- meth, self | NULL, attr)
                            {
                                // LOAD_METHOD_WITH_VALUES / LOAD_METHOD_NO_DICT: the cached function of the
                                // type (by version tag) when the instance dict does not shadow it; or, for a
                                // cache without a descriptor, an attribute at the hinted instance/module dict entry.
                                var obj = v[sp - 1];
                                ref var c = ref caches[ip];
                                uint tv = obj.Type.VersionTag;
                                if (tv == c.Version || tv == c.Version2)
                                {
                                    object? cached = tv == c.Version ? c.Value : c.Value2;
                                    if (cached != null)
                                    {
                                        if (obj.Dict == null || obj.Dict.GetItemOrNull(names[oparg]) == null)
                                        {
                                            Put(v, sp - 1, Unsafe.As<PyObject>(cached));
                                            Put(v, sp++, obj);
                                            ip += 10;
                                            continue;
                                        }
                                    }
                                    else if (obj.Dict is PyDict od && od.ValueAtHint(tv == c.Version ? c.Index : c.Index2, names[oparg]) is PyObject a)
                                    {
                                        v[sp - 1] = null!;
                                        Put(v, sp++, a);
                                        ip += 10;
                                        continue;
                                    }
                                }
                                var meth = LoadMethodSlow(obj, names[oparg], ref c, out bool found);
                                if (found) { Put(v, sp - 1, meth); Put(v, sp++, obj); }
                                else { v[sp - 1] = null!; Put(v, sp++, meth); }
                                ip += 10;
                                continue;
                            }
                        case STORE_ATTR: // (value, owner -- )
                            {
                                // STORE_ATTR_INSTANCE_VALUE / STORE_ATTR_WITH_HINT: no __setattr__ override and no
                                // class attribute of that name (by version tag); replace the hinted dict entry.
                                var owner = v[sp - 1]; var x = v[sp - 2];
                                sp -= 2; v[sp] = null!; v[sp + 1] = null!;
                                ref var c = ref caches[ip];
                                uint tv = owner.Type.VersionTag;
                                if (!((tv == c.Version || tv == c.Version2) && owner.Dict is PyDict od
                                      && od.SetAtHint(tv == c.Version ? c.Index : c.Index2, names[oparg], x)))
                                    StoreAttrSlow(owner, names[oparg], x, ref c);
                                ip += 4;
                                continue;
                            }
                        case DELETE_ATTR: // (owner -- )
                            {
                                var owner = v[--sp]; v[sp] = null!;
                                Ops.SetAttr(owner, names[oparg], null);
                                continue;
                            }

                        // ---------------------------------------------------------- operators
                        case BINARY_OP: // (lhs, rhs -- result)
                            {
                                var rhs = v[sp - 1]; var lhs = v[sp - 2];
                                PyObject res;
                                if (lhs.Type == Types.Int && rhs.Type == Types.Int && Unsafe.As<PyInt>(lhs) is var li && Unsafe.As<PyInt>(rhs) is var ri && li.IsSmall && ri.IsSmall)
                                {
                                    long a = li.Small, b = ri.Small, r;
                                    switch (oparg)
                                    {
                                        case NbOp.Add:
                                        case NbOp.Add + NbOp.InplaceOffset:
                                            r = a + b;
                                            if (((a ^ r) & (b ^ r)) < 0) goto default;
                                            res = PyInt.From(r);
                                            break;
                                        case NbOp.Subtract:
                                        case NbOp.Subtract + NbOp.InplaceOffset:
                                            r = a - b;
                                            if (((a ^ b) & (a ^ r)) < 0) goto default;
                                            res = PyInt.From(r);
                                            break;
                                        case NbOp.Multiply:
                                        case NbOp.Multiply + NbOp.InplaceOffset:
                                            {
                                                long hi = Math.BigMul(a, b, out r);
                                                if (hi != (r >> 63)) goto default;   // the product needs more than 64 bits
                                                res = PyInt.From(r);
                                                break;
                                            }
                                        case NbOp.And:
                                        case NbOp.And + NbOp.InplaceOffset:
                                            res = PyInt.From(a & b);   // two's complement, as long_bitwise
                                            break;
                                        case NbOp.Or:
                                        case NbOp.Or + NbOp.InplaceOffset:
                                            res = PyInt.From(a | b);
                                            break;
                                        case NbOp.Xor:
                                        case NbOp.Xor + NbOp.InplaceOffset:
                                            res = PyInt.From(a ^ b);
                                            break;
                                        case NbOp.Remainder:
                                        case NbOp.Remainder + NbOp.InplaceOffset:
                                            if (b <= 0 || a < 0) goto default;
                                            res = PyInt.From(a % b);
                                            break;
                                        case NbOp.FloorDivide:
                                        case NbOp.FloorDivide + NbOp.InplaceOffset:
                                            if (b <= 0 || a < 0) goto default;
                                            res = PyInt.From(a / b);
                                            break;
                                        default:
                                            res = Ops.BinaryOp(lhs, rhs, oparg);
                                            break;
                                    }
                                }
                                else if (lhs.Type == Types.Float && rhs.Type == Types.Float && Unsafe.As<PyFloat>(lhs) is var lf && Unsafe.As<PyFloat>(rhs) is var rf)
                                {
                                    switch (oparg)
                                    {
                                        case NbOp.Add: case NbOp.Add + NbOp.InplaceOffset: res = PyFloat.From(lf.Value + rf.Value); break;
                                        case NbOp.Subtract: case NbOp.Subtract + NbOp.InplaceOffset: res = PyFloat.From(lf.Value - rf.Value); break;
                                        case NbOp.Multiply: case NbOp.Multiply + NbOp.InplaceOffset: res = PyFloat.From(lf.Value * rf.Value); break;
                                        case NbOp.TrueDivide: case NbOp.TrueDivide + NbOp.InplaceOffset:
                                            if (rf.Value == 0) goto default;
                                            res = PyFloat.From(lf.Value / rf.Value); break;
                                        case NbOp.Power: case NbOp.Power + NbOp.InplaceOffset:
                                            {
                                                // float_pow for a positive finite base and a finite exponent is C pow();
                                                // an overflow (inf) raises, so the generic path handles it.
                                                double pb = lf.Value, pe = rf.Value;
                                                if (!(pb > 0 && double.IsFinite(pb) && double.IsFinite(pe))) goto default;
                                                double pr = Math.Pow(pb, pe);
                                                if (double.IsInfinity(pr)) goto default;
                                                res = PyFloat.From(pr); break;
                                            }
                                        default: res = Ops.BinaryOp(lhs, rhs, oparg); break;
                                    }
                                }
                                else res = Ops.BinaryOp(lhs, rhs, oparg);
                                v[--sp] = null!;
                                Put(v, sp - 1, res);
                                ip += 1;
                                continue;
                            }
                        case COMPARE_OP: // (lhs, rhs -- result)
                            {
                                var rhs = v[sp - 1]; var lhs = v[sp - 2];
                                PyObject res;
                                if (lhs.Type == Types.Int && rhs.Type == Types.Int && Unsafe.As<PyInt>(lhs) is var li && Unsafe.As<PyInt>(rhs) is var ri && li.IsSmall && ri.IsSmall)
                                    res = Ops.CompareLongs(li.Small, ri.Small, (CompareOp)oparg) ? PyBool.True : PyBool.False;
                                else if (lhs.Type == Types.Float && rhs.Type == Types.Float && Unsafe.As<PyFloat>(lhs) is var lf && Unsafe.As<PyFloat>(rhs) is var rf)
                                    res = Ops.CompareDoubles(lf.Value, rf.Value, (CompareOp)oparg) ? PyBool.True : PyBool.False;
                                else res = Ops.RichCompare(lhs, rhs, (CompareOp)oparg);
                                v[--sp] = null!;
                                Put(v, sp - 1, res);
                                ip += 2;
                                continue;
                            }
                        case IS_OP: // (lhs, rhs -- bool)
                            {
                                bool r = ReferenceEquals(v[sp - 2], v[sp - 1]) ^ (oparg != 0);
                                v[--sp] = null!;
                                Put(v, sp - 1, r ? PyBool.True : PyBool.False);
                                continue;
                            }
                        case CONTAINS_OP: // (item, container -- bool)
                            {
                                bool r = Ops.Contains(v[sp - 1], v[sp - 2]) ^ (oparg != 0);
                                v[--sp] = null!;
                                Put(v, sp - 1, r ? PyBool.True : PyBool.False);
                                continue;
                            }
                        case UNARY_NEGATIVE: Put(v, sp - 1, Ops.Negative(v[sp - 1])); continue; // (x -- -x)
                        case UNARY_POSITIVE: Put(v, sp - 1, Ops.Positive(v[sp - 1])); continue; // (x -- +x)
                        case UNARY_INVERT: Put(v, sp - 1, Ops.Invert(v[sp - 1])); continue;     // (x -- ~x)
                        case UNARY_NOT: Put(v, sp - 1, Ops.IsTrue(v[sp - 1]) ? PyBool.False : PyBool.True); continue; // (x -- not x)

                        case BINARY_SUBSCR: // (container, sub -- item)
                            {
                                var sub = v[sp - 1]; var container = v[sp - 2];
                                PyObject res;
                                // BINARY_SUBSCR_LIST_INT / BINARY_SUBSCR_TUPLE_INT: an exact list or tuple and a
                                // small exact int index in range.
                                if (sub.Type == Types.Int && Unsafe.As<PyInt>(sub) is var ki && ki.IsSmall
                                    && (container.Type == Types.List || container.Type == Types.Tuple))
                                {
                                    long i = ki.Small;
                                    PyObject[] items; int count;
                                    if (container.Type == Types.List) { var l = Unsafe.As<PyList>(container); items = l.Items; count = l.Count; }
                                    else { items = Unsafe.As<PyTuple>(container).Items; count = items.Length; }
                                    if (i < 0) i += count;
                                    res = (ulong)i < (ulong)count ? items[i] : Ops.GetItem(container, sub);
                                }
                                else res = Ops.GetItem(container, sub);
                                v[--sp] = null!;
                                Put(v, sp - 1, res);
                                ip += 4;
                                continue;
                            }
                        case STORE_SUBSCR: // (value, container, sub -- )
                            {
                                var sub = v[sp - 1]; var container = v[sp - 2]; var x = v[sp - 3];
                                sp -= 3; v[sp] = v[sp + 1] = v[sp + 2] = null!;
                                // STORE_SUBSCR_LIST_INT: an exact list and a small exact int index in range.
                                if (container.Type == Types.List && sub.Type == Types.Int && Unsafe.As<PyInt>(sub) is var ki && ki.IsSmall)
                                {
                                    var l = Unsafe.As<PyList>(container);
                                    long i = ki.Small;
                                    if (i < 0) i += l.Count;
                                    if ((ulong)i < (ulong)l.Count) { Put(l.Items, (int)i, x); ip += 1; continue; }
                                }
                                Ops.SetItem(container, sub, x);
                                ip += 1;
                                continue;
                            }
                        case DELETE_SUBSCR: // (container, sub -- )
                            {
                                var sub = v[sp - 1]; var container = v[sp - 2];
                                sp -= 2; v[sp] = v[sp + 1] = null!;
                                Ops.DelItem(container, sub);
                                continue;
                            }

                        // ---------------------------------------------------------- building
                        case BUILD_TUPLE: // (items[n] -- tuple)
                            {
                                var items = new PyObject[oparg];
                                sp -= oparg;
                                Array.Copy(v, sp, items, 0, oparg);
                                Array.Clear(v, sp, oparg);
                                Put(v, sp++, PyTuple.From(items));
                                continue;
                            }
                        case BUILD_LIST: // (items[n] -- list)
                            {
                                var items = new PyObject[oparg];
                                sp -= oparg;
                                Array.Copy(v, sp, items, 0, oparg);
                                Array.Clear(v, sp, oparg);
                                Put(v, sp++, new PyList(items));
                                continue;
                            }
                        case BUILD_SET: // (items[n] -- set)
                            {
                                var s = PySet.NewSet();
                                sp -= oparg;
                                for (int i = 0; i < oparg; i++) { s.Add(v[sp + i]); v[sp + i] = null!; }
                                Put(v, sp++, s);
                                continue;
                            }
                        case BUILD_MAP: // (k1, v1, ... kn, vn -- dict)
                            {
                                var d = new PyDict();
                                sp -= 2 * oparg;
                                for (int i = 0; i < oparg; i++) d.SetItem(v[sp + 2 * i], v[sp + 2 * i + 1]);
                                Array.Clear(v, sp, 2 * oparg);
                                Put(v, sp++, d);
                                continue;
                            }
                        case BUILD_CONST_KEY_MAP: // (v1..vn, keys -- dict)
                            {
                                var keys = (PyTuple)v[--sp];
                                var d = new PyDict();
                                sp -= oparg;
                                for (int i = 0; i < oparg; i++) d.SetItem(keys.Items[i], v[sp + i]);
                                Array.Clear(v, sp, oparg + 1);
                                Put(v, sp++, d);
                                continue;
                            }
                        case BUILD_STRING: // (pieces[n] -- str)
                            {
                                sp -= oparg;
                                var sb = new StringBuilder();
                                for (int i = 0; i < oparg; i++) { sb.Append(((PyStr)v[sp + i]).Value); v[sp + i] = null!; }
                                Put(v, sp++, PyStr.From(sb.ToString()));
                                continue;
                            }
                        case BUILD_SLICE: // (start, stop[, step] -- slice)
                            {
                                PyObject step = oparg == 3 ? v[--sp] : Singletons.None;
                                var stop = v[--sp]; var start = v[sp - 1];
                                v[sp] = null!;
                                Put(v, sp - 1, new PySlice(start, stop, step));
                                continue;
                            }
                        case LIST_APPEND: // (list, ..., item -- list, ...)
                            {
                                var x = v[--sp]; v[sp] = null!;
                                ((PyList)v[sp - oparg]).Append(x);
                                continue;
                            }
                        case SET_ADD:
                            {
                                var x = v[--sp]; v[sp] = null!;
                                ((PySet)v[sp - oparg]).Add(x);
                                continue;
                            }
                        case MAP_ADD: // (dict, ..., key, value -- dict, ...)
                            {
                                var val = v[--sp]; var key = v[--sp];
                                v[sp] = v[sp + 1] = null!;
                                ((PyDict)v[sp - oparg]).SetItem(key, val);
                                continue;
                            }
                        case LIST_EXTEND: // (list, ..., iterable -- list, ...)
                            {
                                var it = v[--sp]; v[sp] = null!;
                                var list = (PyList)v[sp - oparg];
                                if (it.Type.Lookup("__iter__") == null && it.Type.Lookup("__getitem__") == null)
                                    throw PyExc.TypeError($"Value after * must be an iterable, not {Ops.TypeName(it)}");
                                ListMethods.Extend(list, it);
                                continue;
                            }
                        case SET_UPDATE:
                            {
                                var it = v[--sp]; v[sp] = null!;
                                SetMethods.Update((PySet)v[sp - oparg], it);
                                continue;
                            }
                        case DICT_UPDATE: // (dict, ..., mapping -- dict, ...)
                            {
                                var m = v[--sp]; v[sp] = null!;
                                var d = (PyDict)v[sp - oparg];
                                if (m is not PyDict && m.Type.Lookup("keys") == null)
                                    throw PyExc.TypeError($"'{Ops.TypeName(m)}' object is not a mapping");
                                DictMethods.Update(d, m);
                                continue;
                            }
                        case DICT_MERGE: // like DICT_UPDATE but duplicate keys are errors (f(**a, **b))
                            {
                                var m = v[--sp]; v[sp] = null!;
                                var d = (PyDict)v[sp - oparg];
                                var fn = v[sp - oparg - 2];
                                DictMerge(d, m, fn);
                                continue;
                            }
                        case LIST_TO_TUPLE: // (list -- tuple)
                            Put(v, sp - 1, PyTuple.From(((PyList)v[sp - 1]).ToArray()));
                            continue;

                        // ---------------------------------------------------------- unpacking
                        case UNPACK_SEQUENCE: // (seq -- items[n], last item on the bottom... first item on top)
                            {
                                var seq = v[--sp]; v[sp] = null!;
                                PyObject[] items;
                                if (seq is PyList fl && seq.Type == Types.List && fl.Count == oparg)
                                {
                                    for (int i = oparg - 1; i >= 0; i--) Put(v, sp++, fl.Items[i]);
                                    ip += 1;
                                    continue;
                                }
                                if (seq is PyTuple t && seq.Type == Types.Tuple) items = t.Items;
                                else if (seq is PyList l && seq.Type == Types.List) items = l.ToArray();
                                else items = UnpackIterable(seq, oparg, -1);
                                if (items.Length != oparg)
                                {
                                    if (items.Length < oparg) throw PyExc.ValueError($"not enough values to unpack (expected {oparg}, got {items.Length})");
                                    throw PyExc.ValueError($"too many values to unpack (expected {oparg})");
                                }
                                for (int i = oparg - 1; i >= 0; i--) Put(v, sp++, items[i]);
                                ip += 1;
                                continue;
                            }
                        case UNPACK_EX: // (seq -- before[lo], list, after[hi])
                            {
                                int before = oparg & 0xFF, after = oparg >> 8;
                                var seq = v[--sp]; v[sp] = null!;
                                var items = Ops.ToList(seq);
                                if (items.Count < before + after)
                                    throw PyExc.ValueError($"not enough values to unpack (expected at least {before + after}, got {items.Count})");
                                for (int i = items.Count - 1; i >= items.Count - after; i--) Put(v, sp++, items[i]);
                                Put(v, sp++, new PyList(items.GetRange(before, items.Count - before - after)));
                                for (int i = before - 1; i >= 0; i--) Put(v, sp++, items[i]);
                                continue;
                            }

                        // ---------------------------------------------------------- jumps
                        case JUMP_FORWARD: ip += oparg; continue;
                        case JUMP_BACKWARD: ip -= oparg; continue;
                        case JUMP_BACKWARD_NO_INTERRUPT: ip -= oparg; continue;
                        case POP_JUMP_FORWARD_IF_FALSE: // (cond -- )
                            {
                                var c = v[--sp]; v[sp] = null!;
                                if (c == PyBool.False || (c != PyBool.True && !Ops.IsTrue(c))) ip += oparg;
                                continue;
                            }
                        case POP_JUMP_FORWARD_IF_TRUE:
                            {
                                var c = v[--sp]; v[sp] = null!;
                                if (c == PyBool.True || (c != PyBool.False && Ops.IsTrue(c))) ip += oparg;
                                continue;
                            }
                        case POP_JUMP_BACKWARD_IF_FALSE:
                            {
                                var c = v[--sp]; v[sp] = null!;
                                if (c == PyBool.False || (c != PyBool.True && !Ops.IsTrue(c))) ip -= oparg;
                                continue;
                            }
                        case POP_JUMP_BACKWARD_IF_TRUE:
                            {
                                var c = v[--sp]; v[sp] = null!;
                                if (c == PyBool.True || (c != PyBool.False && Ops.IsTrue(c))) ip -= oparg;
                                continue;
                            }
                        case POP_JUMP_FORWARD_IF_NONE:
                            if (v[--sp] == Singletons.None) ip += oparg;
                            v[sp] = null!;
                            continue;
                        case POP_JUMP_FORWARD_IF_NOT_NONE:
                            if (v[--sp] != Singletons.None) ip += oparg;
                            v[sp] = null!;
                            continue;
                        case POP_JUMP_BACKWARD_IF_NONE:
                            if (v[--sp] == Singletons.None) ip -= oparg;
                            v[sp] = null!;
                            continue;
                        case POP_JUMP_BACKWARD_IF_NOT_NONE:
                            if (v[--sp] != Singletons.None) ip -= oparg;
                            v[sp] = null!;
                            continue;
                        case JUMP_IF_FALSE_OR_POP: // (cond -- cond | )
                            if (!Ops.IsTrue(v[sp - 1])) ip += oparg;
                            else v[--sp] = null!;
                            continue;
                        case JUMP_IF_TRUE_OR_POP:
                            if (Ops.IsTrue(v[sp - 1])) ip += oparg;
                            else v[--sp] = null!;
                            continue;

                        // ---------------------------------------------------------- iteration
                        case GET_ITER: // (iterable -- iterator)
                            Put(v, sp - 1, Ops.GetIter(v[sp - 1]));
                            continue;
                        case GET_YIELD_FROM_ITER: // (iterable -- iterator); coroutines pass through
                            {
                                var o = v[sp - 1];
                                if (o is Generators.PyGenerator g)
                                {
                                    if (g.Type == Types.Coroutine && (code.Flags & (PyCode.CO_COROUTINE | PyCode.CO_ITERABLE_COROUTINE)) == 0)
                                        throw PyExc.TypeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
                                }
                                else Put(v, sp - 1, Ops.GetIter(o));
                                continue;
                            }
                        case FOR_ITER: // (iter -- iter, next) or (iter -- ) and jump
                            {
                                var it = v[sp - 1];
                                PyObject? next;
                                if (it is PyRangeIterator ri)
                                {
                                    if (ri.Remaining > 0) { ri.Remaining--; next = PyInt.From(ri.Next); ri.Next += ri.Step; }
                                    else next = null;
                                }
                                else if (it is PySeqIterator si && si.Seq is PyList sl && it.Type == Types.ListIterator)
                                {
                                    if (si.Index < sl.Count) next = sl.Items[si.Index++];
                                    else { si.Seq = null; next = null; }
                                }
                                else next = Ops.Next(it);
                                if (next != null) Put(v, sp++, next);
                                else { v[--sp] = null!; ip += oparg; }
                                continue;
                            }

                        // ---------------------------------------------------------- calls
                        case KW_NAMES: // ( -- ) sets the keyword names of the next CALL
                            kwnames = (PyTuple)consts[oparg];
                            continue;
                        case PRECALL: // unpacks a bound method into [func, self]
                            {
                                int callableIndex = sp - oparg - 2;
                                if (v[callableIndex] == null && v[callableIndex + 1] is PyMethod m)
                                {
                                    Put(v, callableIndex, m.Function);
                                    Put(v, callableIndex + 1, m.Self);
                                }
                                ip += 1;
                                continue;
                            }
                        case CALL: // (NULL|meth, callable|self, args[n] -- result)
                            {
                                int baseIndex = sp - oparg - 2;
                                bool isMeth = v[baseIndex] != null;
                                int nargs = oparg + (isMeth ? 1 : 0);
                                var callable = isMeth ? v[baseIndex] : v[baseIndex + 1];
                                var args = new ReadOnlySpan<PyObject>(v, sp - nargs, nargs);
                                var kw = kwnames; kwnames = null;
                                f.LastInstruction = ip - 1;
                                PyObject res;
                                if (callable is PyFunction pf) res = Calls.CallFunction(pf, args, kw, ts);
                                else if (callable is PyMethodDescriptor md && !md.IsClassMethod && nargs > 0 && args[0].Type == md.OwnerType)
                                {
                                    // Objects/descrobject.c method_vectorcall_*: a C call counts toward the recursion limit.
                                    ts.EnterRecursiveCall(" while calling a Python object");
                                    try { res = md.Fn(args, kw); }   // list.append(x) etc. after LOAD_METHOD: no bound object
                                    finally { ts.LeaveRecursiveCall(); }
                                }
                                else if (callable is PyBuiltinFunction bf && bf.Self == null)
                                {
                                    // Objects/methodobject.c cfunction_vectorcall_*: likewise.
                                    ts.EnterRecursiveCall(" while calling a Python object");
                                    try { res = bf.Fn(args, kw); }
                                    finally { ts.LeaveRecursiveCall(); }
                                }
                                else res = Ops.Call(callable, args, kw);
                                for (int i = baseIndex; i < sp; i++) v[i] = null!;
                                sp = baseIndex;
                                Put(v, sp++, res);
                                ip += 4;
                                continue;
                            }
                        case CALL_FUNCTION_EX: // (NULL, func, callargs[, kwargs] -- result)
                            {
                                PyDict? kwargs = null;
                                if ((oparg & 1) != 0)
                                {
                                    var k = v[--sp]; v[sp] = null!;
                                    kwargs = k as PyDict;
                                    if (kwargs == null || k.Type != Types.Dict)
                                    {
                                        if (k.Type.Lookup("keys") == null)
                                            throw PyExc.TypeError($"{Calls.FunctionDescription(v[sp - 2])} argument after ** must be a mapping, not {Ops.TypeName(k)}");
                                        kwargs = new PyDict();
                                        DictMethods.Update(kwargs, k);
                                    }
                                }
                                var callargs = v[--sp]; v[sp] = null!;
                                var func = v[sp - 1];
                                PyObject[] posargs;
                                if (callargs is PyTuple ct) posargs = ct.Items;
                                else
                                {
                                    if (callargs.Type.Lookup("__iter__") == null && callargs.Type.Lookup("__getitem__") == null)
                                        throw PyExc.TypeError($"{Calls.FunctionDescription(func)} argument after * must be an iterable, not {Ops.TypeName(callargs)}");
                                    posargs = Ops.ToArray(callargs);
                                }
                                f.LastInstruction = ip - 1;
                                var res = Ops.CallWithDict(func, posargs, kwargs);
                                v[--sp] = null!;
                                Put(v, sp - 1, res);
                                continue;
                            }
                        case MAKE_FUNCTION: // (defaults?, kwdefaults?, annotations?, closure?, code -- function)
                            {
                                var fcode = (PyCode)v[--sp];
                                var fn = new PyFunction(fcode, f.Globals, PyStr.From(fcode.QualName));
                                if ((oparg & 0x08) != 0) fn.Closure = (PyTuple)v[--sp];
                                if ((oparg & 0x04) != 0) fn.Annotations = v[--sp];
                                if ((oparg & 0x02) != 0) fn.KwDefaults = (PyDict)v[--sp];
                                if ((oparg & 0x01) != 0) fn.Defaults = (PyTuple)v[--sp];
                                v[sp] = null!;
                                Put(v, sp++, fn);
                                for (int i = sp; i < v.Length && v[i] != null; i++) v[i] = null!;
                                continue;
                            }
                        case RETURN_VALUE: // (value -- )
                            {
                                var r = v[--sp]; v[sp] = null!;
                                f.StackPointer = sp;
                                f.NextInstruction = -1;
                                return r;
                            }
                        case RETURN_GENERATOR: // creates the generator object and returns it to the caller
                            {
                                f.NextInstruction = ip;
                                f.StackPointer = sp;
                                return Generators.PyGenerator.Create(f);
                            }
                        case YIELD_VALUE: // (value -- ) suspends; resumes with the sent value pushed
                            {
                                var r = v[--sp]; v[sp] = null!;
                                f.NextInstruction = ip;
                                f.LastInstruction = ip - 1;
                                f.StackPointer = sp;
                                return r;
                            }
                        case SEND: // (receiver, value -- receiver, yielded) or (receiver, value -- retval) and jump
                            {
                                var val = v[sp - 1]; var receiver = v[sp - 2];
                                PyObject? yielded; PyObject? returned;
                                Generators.PyGenerator.SendTo(receiver, val, out yielded, out returned);
                                if (yielded != null) { Put(v, sp - 1, yielded); }
                                else
                                {
                                    v[--sp] = null!;
                                    Put(v, sp - 1, returned!);
                                    ip += oparg;
                                }
                                continue;
                            }
                        case ASYNC_GEN_WRAP: // (value -- wrapped)
                            Put(v, sp - 1, new Generators.AsyncGenWrappedValue(v[sp - 1]));
                            continue;
                        case GET_AWAITABLE: // (iterable -- awaitable)
                            Put(v, sp - 1, Generators.PyGenerator.GetAwaitable(v[sp - 1], oparg));
                            continue;
                        case GET_AITER:
                            Put(v, sp - 1, Generators.PyGenerator.GetAIter(v[sp - 1]));
                            continue;
                        case GET_ANEXT: // (aiter -- aiter, awaitable)
                            Put(v, sp, Generators.PyGenerator.GetANext(v[sp - 1]));
                            sp++;
                            continue;
                        case END_ASYNC_FOR: // (aiter, exc -- )
                            {
                                var exc = v[--sp]; v[sp] = null!;
                                if (exc is PyBaseException be && be.Type.IsSubtypeOf(Types.StopAsyncIteration))
                                {
                                    v[--sp] = null!;
                                    continue;
                                }
                                reraise = true;
                                throw PyExc.FromValue((PyBaseException)exc);
                            }

                        // ---------------------------------------------------------- exceptions
                        case PUSH_EXC_INFO: // (exc -- prev_exc, exc)
                            {
                                var exc = v[sp - 1];
                                Put(v, sp - 1, ts.HandledException ?? Singletons.None);
                                Put(v, sp++, exc);
                                ts.HandledException = exc;
                                continue;
                            }
                        case POP_EXCEPT: // (prev_exc -- )
                            {
                                var prev = v[--sp]; v[sp] = null!;
                                ts.HandledException = prev == Singletons.None ? null : prev;
                                continue;
                            }
                        case CHECK_EXC_MATCH: // (exc, type -- exc, bool)
                            {
                                var t = v[sp - 1];
                                Exceptions.CheckExceptType(t);
                                Put(v, sp - 1, PyBool.From(Exceptions.Matches(v[sp - 2], t)));
                                continue;
                            }
                        case CHECK_EG_MATCH: // (eg, type -- rest, match)
                            {
                                var t = v[sp - 1]; var eg = v[sp - 2];
                                Exceptions.CheckExceptType(t, star: true);
                                var (match, rest) = Exceptions.SplitGroup(eg, t);
                                if (match == null)
                                {
                                    Put(v, sp - 1, Singletons.None);  // rest stays as eg, match None
                                    Put(v, sp - 2, eg);
                                    Put(v, sp - 1, Singletons.None);
                                }
                                else
                                {
                                    Put(v, sp - 2, rest ?? Singletons.None);
                                    Put(v, sp - 1, match);
                                    ts.HandledException = match;
                                }
                                continue;
                            }
                        case PREP_RERAISE_STAR: // (orig, excs -- exc)
                            {
                                var excs = (PyList)v[--sp]; v[sp] = null!;
                                var orig = v[sp - 1];
                                Put(v, sp - 1, Exceptions.PrepReraiseStar(orig, excs));
                                continue;
                            }
                        case RAISE_VARARGS:
                            {
                                PyObject? cause = null, exc = null;
                                if (oparg == 2) { cause = v[--sp]; v[sp] = null!; }
                                if (oparg >= 1) { exc = v[--sp]; v[sp] = null!; }
                                if (oparg == 0)
                                {
                                    var cur = ts.HandledException;
                                    if (cur == null) throw PyExc.RuntimeError("No active exception to reraise");
                                    reraise = true;
                                    throw PyExc.FromValue((PyBaseException)cur);
                                }
                                throw Exceptions.MakeRaise(exc!, cause);
                            }
                        case RERAISE: // (lasti?, ..., exc -- )
                            {
                                var exc = v[--sp]; v[sp] = null!;
                                if (oparg != 0) f.LastInstruction = ((PyInt)v[sp - oparg]).Small is var li2 ? (int)li2 : 0;
                                reraise = true;
                                throw PyExc.FromValue((PyBaseException)exc);
                            }
                        case LOAD_ASSERTION_ERROR: // ( -- AssertionError)
                            Put(v, sp++, Types.AssertionError);
                            continue;
                        case BEFORE_WITH: // (mgr -- exit, enter_result)
                            {
                                var mgr = v[sp - 1];
                                var enter = mgr.Type.Lookup("__enter__");
                                var exit = mgr.Type.Lookup("__exit__");
                                if (enter == null)
                                    throw PyExc.TypeError($"'{Ops.TypeName(mgr)}' object does not support the context manager protocol");
                                if (exit == null)
                                    throw PyExc.TypeError($"'{Ops.TypeName(mgr)}' object does not support the context manager protocol (missed __exit__ method)");
                                Put(v, sp - 1, Ops.DescrGet(exit, mgr, mgr.Type));
                                Put(v, sp++, Ops.CallDescriptor(enter, mgr));
                                continue;
                            }
                        case BEFORE_ASYNC_WITH: // (mgr -- aexit, aenter())
                            {
                                var mgr = v[sp - 1];
                                var enter = mgr.Type.Lookup("__aenter__");
                                var exit = mgr.Type.Lookup("__aexit__");
                                if (enter == null || exit == null)
                                    throw PyExc.TypeError($"'{Ops.TypeName(mgr)}' object does not support the asynchronous context manager protocol");
                                Put(v, sp - 1, Ops.DescrGet(exit, mgr, mgr.Type));
                                Put(v, sp++, Ops.CallDescriptor(enter, mgr));
                                continue;
                            }
                        case WITH_EXCEPT_START: // (exit, lasti, prev_exc, exc -- exit, lasti, prev_exc, exc, res)
                            {
                                var exc = v[sp - 1];
                                var exit = v[sp - 4];
                                var tb = (exc as PyBaseException)?.Traceback;
                                var res = Ops.Call(exit, new PyObject[] { exc.Type, exc, (PyObject?)tb ?? Singletons.None }, null);
                                Put(v, sp++, res);
                                continue;
                            }

                        // ---------------------------------------------------------- misc
                        case FORMAT_VALUE: // (value[, spec] -- str)
                            {
                                PyObject spec = (oparg & 4) != 0 ? v[--sp] : PyStr.Empty;
                                if ((oparg & 4) != 0) v[sp] = null!;
                                var x = v[sp - 1];
                                switch (oparg & 3)
                                {
                                    case 1: x = Ops.Str(x); break;
                                    case 2: x = Ops.Repr(x); break;
                                    case 3: x = PyStr.From(Builtins.Ascii(x)); break;
                                }
                                if (x.Type == Types.Str && ((PyStr)spec).Value.Length == 0) Put(v, sp - 1, x);
                                else Put(v, sp - 1, Formatting.Format(x, ((PyStr)spec).Value));
                                continue;
                            }
                        case GET_LEN: // (obj -- obj, len)
                            Put(v, sp, PyInt.From(Ops.Len(v[sp - 1])));
                            sp++;
                            continue;
                        case LOAD_BUILD_CLASS: // ( -- __build_class__)
                            {
                                var bc = f.Builtins.GetItemOrNull(PyStr.Intern("__build_class__"));
                                if (bc == null) throw PyExc.NameError("__build_class__ not found");
                                Put(v, sp++, bc);
                                continue;
                            }
                        case SETUP_ANNOTATIONS:
                            {
                                var key = PyStr.Intern("__annotations__");
                                if (f.Locals is PyDict ld && ld.Type == Types.Dict)
                                {
                                    if (ld.GetItemOrNull(key) == null) ld.SetItem(key, new PyDict());
                                }
                                else if (f.Locals != null && MappingGet(f.Locals, key) == null) Ops.SetItem(f.Locals, key, new PyDict());
                                continue;
                            }
                        case IMPORT_NAME: // (level, fromlist -- module)
                            {
                                var fromlist = v[--sp]; v[sp] = null!;
                                var level = v[sp - 1];
                                Put(v, sp - 1, Import.ImportName(f, names[oparg], fromlist, level));
                                continue;
                            }
                        case IMPORT_FROM: // (module -- module, attr)
                            Put(v, sp, Import.ImportFrom(v[sp - 1], names[oparg]));
                            sp++;
                            continue;
                        case IMPORT_STAR: // (module -- )
                            {
                                var mod = v[--sp]; v[sp] = null!;
                                Import.ImportStar(f, mod);
                                continue;
                            }
                        case PRINT_EXPR:
                            {
                                var x = v[--sp]; v[sp] = null!;
                                CompileBuiltins.DisplayHook(x);
                                continue;
                            }
                        case MATCH_MAPPING: // (subject -- subject, bool)
                            Put(v, sp, PyBool.From(PatternMatching.IsMapping(v[sp - 1])));
                            sp++;
                            continue;
                        case MATCH_SEQUENCE:
                            Put(v, sp, PyBool.From(PatternMatching.IsSequence(v[sp - 1])));
                            sp++;
                            continue;
                        case MATCH_KEYS: // (subject, keys -- subject, keys, values_or_None)
                            Put(v, sp, PatternMatching.MatchKeys(v[sp - 2], (PyTuple)v[sp - 1]));
                            sp++;
                            continue;
                        case MATCH_CLASS: // (subject, type, names -- attrs_or_None)
                            {
                                var kwn = (PyTuple)v[--sp]; var cls = v[--sp]; var subject = v[sp - 1];
                                v[sp] = v[sp + 1] = null!;
                                Put(v, sp - 1, PatternMatching.MatchClass(subject, cls, oparg, kwn));
                                continue;
                            }
                        default:
                            throw PyExc.SystemError($"unknown opcode {word & 0xFF}");
                    }
                }
            }
            catch (PyException e)
            {
                // exception_unwind: the handler is found from the raising instruction's offset; the
                // lasti pushed for the handler is the frame's f_lasti, which RERAISE may have restored.
                int offset = ip - 1;
                int lasti = offset;
                if (reraise)
                {
                    reraise = false;
                    if ((instr[offset] & 0xFF) == RERAISE && (instr[offset] >> 8) != 0) lasti = f.LastInstruction;
                }
                else
                {
                    var exc = e.Value;
                    Exceptions.ChainContext(exc, ts.HandledException);
                    exc.Traceback = new PyTraceback(exc.Traceback, f, offset);
                }
                f.LastInstruction = lasti;
                if (!FindHandler(code, offset, out var h))
                {
                    Array.Clear(v, code.NLocalsPlus, sp - code.NLocalsPlus);
                    f.StackPointer = code.NLocalsPlus;
                    f.NextInstruction = -1;
                    throw;
                }
                int depth = code.NLocalsPlus + h.Depth;
                Array.Clear(v, depth, Math.Max(0, sp - depth));
                sp = depth;
                if (h.PushLasti) Put(v, sp++, PyInt.From(lasti));
                Put(v, sp++, e.Value);
                ip = h.Target;
                kwnames = null;
            }
        }
    }

    private static bool FindHandler(PyCode code, int lasti, out ExceptionTableEntry handler)
    {
        foreach (var h in code.Handlers)
        {
            if (lasti >= h.Start && lasti < h.End) { handler = h; return true; }
        }
        handler = default;
        return false;
    }

    /// <summary>LOAD_GLOBAL without a valid cache: look the name up and record where it was found.</summary>
    private static PyObject LoadGlobalSlow(Frame f, PyStr name, ref InlineCache c)
    {
        int ix = f.Globals.IndexOf(name);
        if (ix >= 0)
        {
            c.Index = ix; c.Value = null; c.Version = 0;
            return f.Globals.ValueAtHint(ix, name) ?? f.Globals.GetItemOrNull(name) ?? throw NameErrorFor(name.Value);
        }
        ix = f.Builtins.IndexOf(name);
        if (ix < 0) throw NameErrorFor(name.Value);
        c.Index = ~ix; c.Value = f.Globals; c.Version = (uint)f.Globals.Version;
        return f.Builtins.ValueAtHint(ix, name) ?? f.Builtins.GetItemOrNull(name) ?? throw NameErrorFor(name.Value);
    }

    /// <summary>Whether attribute lookups of <paramref name="name"/> on objects of type <paramref name="t"/> go
    /// straight to the instance dict: generic getattr, and nothing of that name along the MRO.</summary>
    private static bool IsPlainDictAttribute(PyObject owner, PyType t, PyStr name) =>
        (owner is PyInstance || t == Types.Module) && owner.Dict != null && !t.OverridesGetAttribute && t.Lookup(name) == null;

    /// <summary>LOAD_ATTR without a valid cache (specialize.c _Py_Specialize_LoadAttr, for the instance-dict case).</summary>
    private static PyObject LoadAttrSlow(PyObject owner, PyStr name, ref InlineCache c)
    {
        var t = owner.Type;
        if (IsPlainDictAttribute(owner, t, name))
        {
            int ix = owner.Dict!.IndexOf(name);
            if (ix >= 0 && owner.Dict.ValueAtHint(ix, name) is PyObject x)
            {
                c.Fill(t.VersionTag, ix, null);
                return x;
            }
        }
        return Ops.GetAttr(owner, name);
    }

    /// <summary>STORE_ATTR without a valid cache (specialize.c _Py_Specialize_StoreAttr).</summary>
    private static void StoreAttrSlow(PyObject owner, PyStr name, PyObject x, ref InlineCache c)
    {
        var t = owner.Type;
        if (owner is PyInstance && owner.Dict is PyDict d && !t.HasSetAttrOverride())
        {
            if (t.Lookup(name) == null)
            {
                d.SetItem(name, x);
                int ix = d.IndexOf(name);
                if (ix >= 0) c.Fill(t.VersionTag, ix, null);
            }
            else Ops.GenericSetAttr(owner, name, x);
        }
        else
            Ops.SetAttr(owner, name, x);
    }

    /// <summary>LOAD_METHOD without a valid cache (specialize.c _Py_Specialize_LoadMethod).</summary>
    private static PyObject LoadMethodSlow(PyObject obj, PyStr name, ref InlineCache c, out bool found)
    {
        var t = obj.Type;
        if (!t.OverridesGetAttribute && obj is not PyType)
        {
            var descr = t.Lookup(name);
            if (descr is PyFunction || descr is PyMethodDescriptor { IsClassMethod: false })
            {
                c.Fill(t.VersionTag, 0, descr);
            }
            else if (descr == null && IsPlainDictAttribute(obj, t, name) && obj.Dict!.IndexOf(name) is int ix && ix >= 0)
            {
                c.Fill(t.VersionTag, ix, null);
            }
        }
        return GetMethod(obj, name, out found);
    }

    /// <summary>_PyObject_GetMethod: a plain function found on the type is returned unbound (found=true).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PyObject GetMethod(PyObject obj, PyStr name, out bool found)
    {
        var t = obj.Type;
        if (!t.OverridesGetAttribute && obj is not PyType)
        {
            var descr = t.Lookup(name);
            if (descr is PyFunction || descr is PyMethodDescriptor { IsClassMethod: false })
            {
                if (obj.Dict == null || obj.Dict.GetItemOrNull(name) is not PyObject shadow)
                {
                    found = true;
                    return descr;
                }
                found = false;
                return shadow;
            }
        }
        found = false;
        return Ops.GetAttr(obj, name);
    }

    private static PyObject? MappingGet(PyObject mapping, PyStr key)
    {
        try { return Ops.GetItem(mapping, key); }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.KeyError)) { return null; }
    }

    private static PyObject[] UnpackIterable(PyObject seq, int expected, int _)
    {
        if (seq.Type.Lookup("__iter__") == null && seq.Type.Lookup("__getitem__") == null)
            throw PyExc.TypeError($"cannot unpack non-iterable {Ops.TypeName(seq)} object");
        var it = Ops.GetIter(seq);
        var items = new List<PyObject>();
        PyObject? x;
        while ((x = Ops.Next(it)) != null)
        {
            items.Add(x);
            if (items.Count > expected) break;
        }
        return items.ToArray();
    }

    private static void DictMerge(PyDict d, PyObject m, PyObject fn)
    {
        if (m is not PyDict && m.Type.Lookup("keys") == null)
            throw PyExc.TypeError($"{Calls.FunctionDescription(fn)} argument after ** must be a mapping, not {Ops.TypeName(m)}");
        foreach (var key in m is PyDict md ? md.KeysList() : Ops.ToList(Ops.CallMethod(m, "keys")))
        {
            if (d.ContainsKey(key))
            {
                if (key is PyStr ks) throw PyExc.TypeError($"{Calls.FunctionDescription(fn)} got multiple values for keyword argument '{ks.Value}'");
                throw PyExc.TypeError($"{Calls.FunctionDescription(fn)} keywords must be strings");
            }
            d.SetItem(key, Ops.GetItem(m, key));
        }
    }

    public static PyException NameErrorFor(string name)
    {
        var e = PyExc.NameError($"name '{name}' is not defined");
        e.Value.SetAttr("name", PyStr.From(name));
        return e;
    }

    private static PyException UnboundLocal(PyCode code, int index) =>
        PyExc.UnboundLocalError($"cannot access local variable '{code.LocalsPlusNames[index]}' where it is not associated with a value");

    private static PyException UnboundDeref(PyCode code, int index)
    {
        if ((code.LocalsPlusKinds[index] & PyCode.CO_FAST_FREE) != 0)
            return PyExc.NameError($"cannot access free variable '{code.LocalsPlusNames[index]}' where it is not associated with a value in enclosing scope");
        return UnboundLocal(code, index);
    }
}

internal static class PyTypeSetAttrExtensions
{
    public static bool HasSetAttrOverride(this PyType t)
    {
        return t.OverridesSetAttr;
    }
}
