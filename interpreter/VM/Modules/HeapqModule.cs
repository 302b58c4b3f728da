using Pyref.VM.Objects;
using static Pyref.VM.Modules.ModuleSupport;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _heapq (Modules/_heapqmodule.c of 3.11). Lib/heapq.py has pure fallbacks, but the C functions differ
/// observably: the comparison order of heapify above 2500 items (cache_friendly_heapify), the
/// "list changed size during iteration" checks and the argument errors.
/// </summary>
[BuiltinModule("_heapq")]
public static class HeapqModule
{
    private const string About = "Heap queues\n\n[explanation by Fran\u00e7ois Pinard]\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n";

    public static PyModule Create()
    {
        var m = new PyModule("_heapq");
        var d = m.Dict!;
        d.Set("__doc__", PyStr.From("Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n"));
        d.Set("__about__", PyStr.From(About));
        d.Set("heappush", Two("heappush", (h, x) => { h.Append(x); SiftDown(h, 0, h.Count - 1, false); return None; }));
        d.Set("heappop", One("heappop", h => PopInternal(h, false)));
        d.Set("heapreplace", Two("heapreplace", (h, x) => ReplaceInternal(h, x, false)));
        d.Set("heappushpop", Two("heappushpop", PushPop));
        d.Set("heapify", One("heapify", h => HeapifyInternal(h, false)));
        d.Set("_heappop_max", One("_heappop_max", h => PopInternal(h, true)));
        d.Set("_heapreplace_max", Two("_heapreplace_max", (h, x) => ReplaceInternal(h, x, true)));
        d.Set("_heapify_max", One("_heapify_max", h => HeapifyInternal(h, true)));
        return m;
    }

    // Clinic: heap: object(subclass_of='&PyList_Type'), item: object, both positional-only.
    private static PyBuiltinFunction Two(string name, Func<PyList, PyObject, PyObject> f) => Fn(name, (a, kw) =>
    {
        if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError($"_heapq.{name}() takes no keyword arguments");
        CheckPositional(name, a.Length, 2, 2);
        if (a[0] is not PyList h) throw PyExc.TypeError($"{name}() argument 1 must be list, not {Ops.TypeName(a[0])}");
        return f(h, a[1]);
    });

    // Clinic METH_O with a list argument.
    private static PyBuiltinFunction One(string name, Func<PyList, PyObject> f) => Fn(name, (a, kw) =>
    {
        if (kw != null && kw.Items.Length > 0) throw PyExc.TypeError($"_heapq.{name}() takes no keyword arguments");
        if (a.Length != 1) throw PyExc.TypeError($"_heapq.{name}() takes exactly one argument ({a.Length} given)");
        if (a[0] is not PyList h) throw PyExc.TypeError($"{name}() argument must be list, not {Ops.TypeName(a[0])}");
        return f(h);
    });

    private static bool Less(PyObject a, PyObject b, bool max) =>
        max ? Ops.RichCompareBool(b, a, CompareOp.Lt) : Ops.RichCompareBool(a, b, CompareOp.Lt);

    // siftdown / siftdown_max: move the item at pos up towards startpos.
    private static void SiftDown(PyList heap, int startpos, int pos, bool max)
    {
        int size = heap.Count;
        if (pos >= size) throw PyExc.IndexError("index out of range");
        while (pos > startpos)
        {
            int parentpos = (pos - 1) >> 1;
            var newitem = heap.Items[pos];
            var parent = heap.Items[parentpos];
            bool cmp = Less(newitem, parent, max);
            if (size != heap.Count) throw PyExc.RuntimeError("list changed size during iteration");
            if (!cmp) break;
            parent = heap.Items[parentpos];
            newitem = heap.Items[pos];
            heap.Items[parentpos] = newitem;
            heap.Items[pos] = parent;
            pos = parentpos;
        }
    }

    // siftup / siftup_max: bubble the smaller child up to a leaf, then sift the item down into place.
    private static void SiftUp(PyList heap, int pos, bool max)
    {
        int endpos = heap.Count;
        int startpos = pos;
        if (pos >= endpos) throw PyExc.IndexError("index out of range");
        int limit = endpos >> 1;
        while (pos < limit)
        {
            int childpos = 2 * pos + 1;
            if (childpos + 1 < endpos)
            {
                var a = heap.Items[childpos];
                var b = heap.Items[childpos + 1];
                bool cmp = Less(a, b, max);
                if (endpos != heap.Count) throw PyExc.RuntimeError("list changed size during iteration");
                if (!cmp) childpos++;
            }
            (heap.Items[childpos], heap.Items[pos]) = (heap.Items[pos], heap.Items[childpos]);
            pos = childpos;
        }
        SiftDown(heap, startpos, pos, max);
    }

    // heappop_internal
    private static PyObject PopInternal(PyList heap, bool max)
    {
        int n = heap.Count;
        if (n == 0) throw PyExc.IndexError("index out of range");
        var lastelt = heap.Items[n - 1];
        heap.RemoveAt(n - 1);
        if (n - 1 == 0) return lastelt;
        var returnitem = heap.Items[0];
        heap.Items[0] = lastelt;
        SiftUp(heap, 0, max);
        return returnitem;
    }

    // heapreplace_internal
    private static PyObject ReplaceInternal(PyList heap, PyObject item, bool max)
    {
        if (heap.Count == 0) throw PyExc.IndexError("index out of range");
        var returnitem = heap.Items[0];
        heap.Items[0] = item;
        SiftUp(heap, 0, max);
        return returnitem;
    }

    // _heapq_heappushpop_impl
    private static PyObject PushPop(PyList heap, PyObject item)
    {
        if (heap.Count == 0) return item;
        var top = heap.Items[0];
        if (!Ops.RichCompareBool(top, item, CompareOp.Lt)) return item;
        return ReplaceInternal(heap, item, false);   // the comparison may have emptied the heap: checked there
    }

    // heapify_internal: bottom-up, or cache_friendly_heapify's order for large heaps.
    private static PyObject HeapifyInternal(PyList heap, bool max)
    {
        int n = heap.Count;
        if (n > 2500) return CacheFriendlyHeapify(heap, max);
        for (int i = (n >> 1) - 1; i >= 0; i--) SiftUp(heap, i, max);
        return None;
    }

    private static long KeepTopBit(long n)
    {
        int i = 0;
        while (n > 1) { n >>= 1; i++; }
        return n << i;
    }

    // cache_friendly_heapify
    private static PyObject CacheFriendlyHeapify(PyList heap, bool max)
    {
        long m = heap.Count >> 1;
        long leftmost = KeepTopBit(m + 1) - 1;
        long mhalf = m >> 1;
        for (long i = leftmost - 1; i >= mhalf; i--)
        {
            long j = i;
            while (true)
            {
                SiftUp(heap, (int)j, max);
                if ((j & 1) == 0) break;
                j >>= 1;
            }
        }
        for (long i = m - 1; i >= leftmost; i--)
        {
            long j = i;
            while (true)
            {
                SiftUp(heap, (int)j, max);
                if ((j & 1) == 0) break;
                j >>= 1;
            }
        }
        return None;
    }
}
