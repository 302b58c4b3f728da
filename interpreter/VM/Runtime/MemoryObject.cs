using Pyref.VM.Modules;
using Pyref.VM.Objects;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Runtime;

/// <summary>memoryview's methods (Objects/memoryobject.c), items packed and unpacked as _struct's native formats.</summary>
public static class MemoryObject
{
    private static readonly Lazy<PyType> s_iterType = new(() => NativeTypes.NewIterator("memory_iterator", "builtins"));

    private static PyMemoryView Checked(PyObject o)
    {
        var m = (PyMemoryView)o;
        // CHECK_RELEASED
        if (m.Released) throw PyExc.ValueError("operation forbidden on released memoryview object");
        return m;
    }

    /// <summary>PyMemoryView_FromObject: a view of a bytes-like object, or a new view of a view's memory.</summary>
    public static PyMemoryView FromObject(PyObject o)
    {
        if (o is PyMemoryView src)
        {
            Checked(src);
            var v = new PyMemoryView(src.Obj, src.Exporter, src.Offset, src.Format, src.ItemSize, (int[])src.Shape.Clone(), (int[])src.Strides.Clone(), src.ReadOnly);
            BufferProtocol.AddView(src.Obj, v);
            return v;
        }
        if (o is IBufferExporter e)
        {
            int n = e.BufferSpan.Length / e.BufferItemSize;
            var v = new PyMemoryView(o, e, 0, e.BufferFormat, e.BufferItemSize, new[] { n }, new[] { e.BufferItemSize }, e.BufferReadOnly);
            BufferProtocol.AddView(o, v);
            return v;
        }
        throw PyExc.TypeError($"memoryview: a bytes-like object is required, not '{o.Type.Name}'");
    }

    private static PyMemoryView Derived(PyMemoryView m, int offset, int[] shape, int[] strides, string? format = null, int itemSize = 0, bool? readOnly = null)
    {
        var v = new PyMemoryView(m.Obj, m.Exporter, offset, format ?? m.Format, itemSize == 0 ? m.ItemSize : itemSize, shape, strides, readOnly ?? m.ReadOnly);
        BufferProtocol.AddView(m.Obj, v);
        return v;
    }

    private static bool IsByteFormat(string f) => f is "B" or "b" or "c" or "@B" or "@b" or "@c";

    /// <summary>unpack_single: one item at byte position <paramref name="at"/>.</summary>
    private static PyObject Unpack(PyMemoryView m, int at)
    {
        if (StructModule.NativeItemSize(m.Format) < 0)
            throw PyExc.NotImplementedError($"memoryview: format {m.Format} not supported");
        return StructModule.UnpackNative(m.Format, m.Exporter.BufferSpan.Slice(at, m.ItemSize));
    }

    /// <summary>pack_single: CPython's own messages for values that do not fit the format.</summary>
    private static void Pack(PyMemoryView m, int at, PyObject v)
    {
        if (StructModule.NativeItemSize(m.Format) < 0)
            throw PyExc.NotImplementedError($"memoryview: format {m.Format} not supported");
        var buf = new byte[m.ItemSize];
        char c = m.Format[^1];
        try
        {
            if (c == 'c' && v is not PyBytes) throw PyExc.TypeError("");
            if (c is not ('c' or '?' or 'e' or 'f' or 'd') && v is not PyInt && v.Type.Lookup("__index__") == null) throw PyExc.TypeError("");
            StructModule.PackNative(m.Format, buf, v);
        }
        catch (PyException e) when (e.Value.Type == Types.TypeError && e.Value.Args.Items is [PyStr { Value: "" }])
        {
            throw PyExc.TypeError($"memoryview: invalid type for format '{m.Format}'");
        }
        catch (PyException e) when (e.Value.Type == StructModule.Error)
        {
            throw PyExc.ValueError($"memoryview: invalid value for format '{m.Format}'");
        }
        buf.CopyTo(m.Exporter.BufferSpan[at..]);
    }

    private static int ItemIndex(PyMemoryView m, PyObject key, int dim)
    {
        long i = Ops.IndexAsLong(key);
        int n = m.Shape[dim];
        if (i < 0) i += n;
        if (i < 0 || i >= n) throw PyExc.IndexError($"index out of bounds on dimension {dim + 1}");
        return (int)i;
    }

    /// <summary>memory_item_multi / ptr_from_tuple: the byte position of m[i, j, ...].</summary>
    private static int TupleItemOffset(PyMemoryView m, PyTuple t, string sliceMessage)
    {
        if (t.Items.Any(x => x is PySlice)) throw PyExc.NotImplementedError(sliceMessage);
        if (t.Items.Length < m.NDim) throw PyExc.NotImplementedError("sub-views are not implemented");
        if (t.Items.Length > m.NDim) throw PyExc.TypeError($"cannot index {m.NDim}-dimension view with {t.Items.Length}-element tuple");
        int at = m.Offset;
        for (int d = 0; d < m.NDim; d++) at += ItemIndex(m, t.Items[d], d) * m.Strides[d];
        return at;
    }

    private static PyObject ToList(PyMemoryView m, int dim, int at)
    {
        var items = new PyObject[m.Shape[dim]];
        for (int i = 0; i < items.Length; i++)
        {
            int p = at + i * m.Strides[dim];
            items[i] = dim == m.NDim - 1 ? Unpack(m, p) : ToList(m, dim + 1, p);
        }
        return new PyList(items);
    }

    private static PyObject GetItem(PyObject self, PyObject key)
    {
        var m = Checked(self);
        if (m.NDim == 0)
        {
            if (key == Singletons.Ellipsis) return m;
            if (key is PyTuple { Items.Length: 0 }) return Unpack(m, m.Offset);
            throw PyExc.TypeError("invalid indexing of 0-dim memory");
        }
        if (key is PySlice s)
        {
            // init_slice: a slice applies to the first dimension.
            int n = s.Indices(m.Shape[0], out int start, out _, out int step);
            var shape = (int[])m.Shape.Clone();
            var strides = (int[])m.Strides.Clone();
            shape[0] = n;
            strides[0] = m.Strides[0] * step;
            return Derived(m, m.Offset + start * m.Strides[0], shape, strides);
        }
        if (key is PyTuple t) return Unpack(m, TupleItemOffset(m, t, "multi-dimensional slicing is not implemented"));
        if (key == Singletons.Ellipsis) return m;
        if (key is PyInt || key.Type.Lookup("__index__") != null)
        {
            if (m.NDim > 1) throw PyExc.NotImplementedError("multi-dimensional sub-views are not implemented");
            return Unpack(m, m.Offset + ItemIndex(m, key, 0) * m.Strides[0]);
        }
        throw PyExc.TypeError("memoryview: invalid slice key");
    }

    private static void SetItem(PyObject self, PyObject key, PyObject value)
    {
        var m = Checked(self);
        if (m.ReadOnly) throw PyExc.TypeError("cannot modify read-only memory");
        if (m.NDim == 0)
        {
            if (key == Singletons.Ellipsis || key is PyTuple { Items.Length: 0 }) { Pack(m, m.Offset, value); return; }
            throw PyExc.TypeError("invalid indexing of 0-dim memory");
        }
        if (key is PyInt || (key is not PySlice && key is not PyTuple && key.Type.Lookup("__index__") != null))
        {
            if (m.NDim > 1) throw PyExc.NotImplementedError("sub-views are not implemented");
            Pack(m, m.Offset + ItemIndex(m, key, 0) * m.Strides[0], value);
            return;
        }
        if (key is PySlice s)
        {
            if (m.NDim != 1) throw PyExc.NotImplementedError("memoryview slice assignments are currently restricted to ndim = 1");
            var src = value as PyMemoryView ?? (value is IBufferExporter ? FromObject(value) : null);
            if (src == null) throw PyExc.TypeError($"a bytes-like object is required, not '{value.Type.Name}'");
            Checked(src);
            int n = s.Indices(m.Shape[0], out int start, out _, out int step);
            if (src.NDim != 1 || src.Shape[0] != n || StripAt(src.Format) != StripAt(m.Format) || src.ItemSize != m.ItemSize)
                throw PyExc.ValueError("memoryview assignment: lvalue and rvalue have different structures");
            var bytes = src.ToBytes();   // copy first: source and destination may overlap
            var mem = m.Exporter.BufferSpan;
            for (int i = 0; i < n; i++)
                bytes.AsSpan(i * m.ItemSize, m.ItemSize).CopyTo(mem[(m.Offset + (start + i * step) * m.Strides[0])..]);
            return;
        }
        if (key is PyTuple t)
        {
            Pack(m, TupleItemOffset(m, t, "memoryview slice assignments are currently restricted to ndim = 1"), value);
            return;
        }
        throw PyExc.TypeError("memoryview: invalid slice key");
    }

    private static string StripAt(string f) => f.StartsWith('@') ? f[1..] : f;

    /// <summary>memory_cast: 1-D to 1-D of another format (one side a byte format), and 1-D bytes to N-D.</summary>
    private static PyObject Cast(PyMemoryView m, PyObject formatObj, PyObject? shapeObj)
    {
        if (formatObj is not PyStr fs) throw PyExc.TypeError($"memoryview.cast() argument 'format' must be str, not {formatObj.Type.Name}");
        if (!m.IsCContiguous) throw PyExc.TypeError("memoryview: casts are restricted to C-contiguous views");
        if ((shapeObj != null || m.NDim != 1) && m.Shape.Any(x => x == 0))
            throw PyExc.TypeError("memoryview: cannot cast view with zeros in shape or strides");
        PyObject[]? shapeItems = null;
        if (shapeObj != null)
        {
            if (shapeObj is not PyList && shapeObj is not PyTuple) throw PyExc.TypeError("shape must be a list or a tuple");
            shapeItems = Ops.ToArray(shapeObj).ToArray();
            if (m.NDim != 1 && shapeItems.Length != 1) throw PyExc.TypeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            if (shapeItems.Length > 64) throw PyExc.ValueError("memoryview: number of dimensions must not exceed 64");
        }
        string fmt = fs.Value;
        int itemSize = StructModule.NativeItemSize(fmt);
        if (itemSize < 0)
            throw PyExc.ValueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        fmt = StripAt(fmt);
        if (!IsByteFormat(fmt) && !IsByteFormat(m.Format)) throw PyExc.TypeError("memoryview: cannot cast between two non-byte formats");
        int nbytes = m.NBytes;
        if (nbytes % itemSize != 0) throw PyExc.TypeError("memoryview: length is not a multiple of itemsize");
        int[] shape = { nbytes / itemSize }, strides = { itemSize };
        if (shapeItems != null)
        {
            shape = new int[shapeItems.Length];
            long product = 1;
            for (int i = 0; i < shape.Length; i++)
            {
                if (shapeItems[i] is not PyInt pi || pi.Sign <= 0 || !pi.IsSmall || pi.Small > int.MaxValue)
                    throw PyExc.TypeError("memoryview.cast(): elements of shape must be integers > 0");
                shape[i] = (int)pi.Small;
                product *= shape[i];
                if (product > int.MaxValue) throw PyExc.ValueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            if (product * itemSize != nbytes) throw PyExc.TypeError("memoryview: product(shape) * itemsize != buffer size");
            strides = new int[shape.Length];
            int st = itemSize;
            for (int d = shape.Length - 1; d >= 0; d--) { strides[d] = st; st *= shape[d]; }
        }
        return Derived(m, m.Offset, shape, strides, fmt, itemSize);
    }

    /// <summary>memory_richcompare: equal structure and equal items (unpacked by each side's format).</summary>
    private static PyObject Equal(PyObject self, PyObject other)
    {
        var v = (PyMemoryView)self;
        if (ReferenceEquals(self, other)) return PyBool.True;
        PyMemoryView? w = other as PyMemoryView;
        if (w == null)
        {
            if (other is not IBufferExporter) return Singletons.NotImplemented;
            if (v.Released) return PyBool.False;
            w = FromObject(other);
        }
        if (v.Released || w.Released) return PyBool.False;
        if (v.NDim != w.NDim || !v.Shape.SequenceEqual(w.Shape)) return PyBool.False;
        if (StructModule.NativeItemSize(v.Format) < 0 || StructModule.NativeItemSize(w.Format) < 0) return Singletons.NotImplemented;
        if (v.NDim == 0) return PyBool.From(Ops.RichCompareBool(Unpack(v, v.Offset), Unpack(w, w.Offset), CompareOp.Eq));
        var a = Ops.ToArray(ToList(v, 0, v.Offset)).ToArray();
        var b = Ops.ToArray(ToList(w, 0, w.Offset)).ToArray();
        return PyBool.From(Ops.RichCompareBool(new PyList(a), new PyList(b), CompareOp.Eq));
    }

    private static PyObject Release(PyObject self)
    {
        ((PyMemoryView)self).Released = true;
        return None;
    }

    public static void Init()
    {
        var t = Types.MemoryView;
        DefStatic(t, "__new__", (a, kw) =>
        {
            var p = Parse("memoryview", a[1..], kw, new[] { "object" }, 1);
            return FromObject(p[0]!);
        });
        Def0(t, "__repr__", o => PyStr.From(((PyMemoryView)o).Released ? $"<released memory at 0x{o.Id:x12}>" : $"<memory at 0x{o.Id:x12}>"));
        Def0(t, "__len__", o =>
        {
            var m = Checked(o);
            return PyInt.From(m.NDim == 0 ? 1 : m.Shape[0]);
        });
        Def1(t, "__getitem__", GetItem);
        DefN(t, "__setitem__", 2, 2, (o, a) => { SetItem(o, a[0], a[1]); return None; });
        Def1(t, "__delitem__", (o, k) => { Checked(o); throw PyExc.TypeError("cannot delete memory"); });
        Def1(t, "__eq__", Equal);
        Def1(t, "__ne__", (a, b) => Equal(a, b) is var r && r == Singletons.NotImplemented ? r : PyBool.From(r != PyBool.True));
        Def0(t, "__hash__", o =>
        {
            var m = Checked(o);
            if (!m.ReadOnly) throw PyExc.ValueError("cannot hash writable memoryview object");
            if (!IsByteFormat(m.Format)) throw PyExc.ValueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            return PyInt.From(Hashing.HashBytes(m.ToBytes()));
        });
        Def0(t, "__iter__", o =>
        {
            var m = Checked(o);
            if (m.NDim == 0) throw PyExc.TypeError("invalid indexing of 0-dim memory");
            if (m.NDim > 1) throw PyExc.NotImplementedError("multi-dimensional sub-views are not implemented");
            int i = 0;
            return new PyNativeIterator(s_iterType.Value, () =>
            {
                if (m.Released || i >= m.Shape[0]) return null;
                return Unpack(m, m.Offset + i++ * m.Strides[0]);
            });
        });
        Def0(t, "__enter__", o => Checked(o));
        Def(t, "__exit__", (a, kw) => Release(a[0]));
        Def0(t, "release", Release);
        Def(t, "tobytes", (a, kw) =>
        {
            var p = Parse("tobytes", a[1..], kw, new[] { "order" }, 0);
            var m = Checked(a[0]);
            if (p[0] is PyStr order && order.Value is not ("C" or "F" or "A"))
                throw PyExc.ValueError("order must be 'C', 'F' or 'A'");
            return PyBytes.From(m.ToBytes());
        });
        Def(t, "hex", (a, kw) =>
        {
            var m = Checked(a[0]);
            return BytesMethods.Hex(m.ToBytes(), a[1..], kw);
        });
        Def0(t, "tolist", o =>
        {
            var m = Checked(o);
            return m.NDim == 0 ? Unpack(m, m.Offset) : ToList(m, 0, m.Offset);
        });
        Def0(t, "toreadonly", o =>
        {
            var m = Checked(o);
            return Derived(m, m.Offset, (int[])m.Shape.Clone(), (int[])m.Strides.Clone(), readOnly: true);
        });
        Def(t, "cast", (a, kw) =>
        {
            var p = Parse("cast", a[1..], kw, new[] { "format", "shape" }, 1);
            return Cast(Checked(a[0]), p[0]!, p[1]);
        });
        GetSet(t, "obj", o => Checked(o).Obj);
        GetSet(t, "nbytes", o => PyInt.From(Checked(o).NBytes));
        GetSet(t, "readonly", o => PyBool.From(Checked(o).ReadOnly));
        GetSet(t, "itemsize", o => PyInt.From(Checked(o).ItemSize));
        GetSet(t, "format", o => PyStr.From(Checked(o).Format));
        GetSet(t, "ndim", o => PyInt.From(Checked(o).NDim));
        GetSet(t, "shape", o => PyTuple.From(Checked(o).Shape.Select(x => (PyObject)PyInt.From(x)).ToArray()));
        GetSet(t, "strides", o => PyTuple.From(Checked(o).Strides.Select(x => (PyObject)PyInt.From(x)).ToArray()));
        GetSet(t, "suboffsets", o => { Checked(o); return PyTuple.Empty; });
        GetSet(t, "c_contiguous", o => PyBool.From(Checked(o).IsCContiguous));
        GetSet(t, "f_contiguous", o => { var m = Checked(o); return PyBool.From(m.NDim <= 1 ? m.IsCContiguous : false); });
        GetSet(t, "contiguous", o => PyBool.From(Checked(o).IsCContiguous));
    }
}
