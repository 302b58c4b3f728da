using Pyref.VM.Objects;

namespace Pyref.VM.Ceval;

/// <summary>Exception machinery of the loop: raise (do_raise), matching, context chaining, except*.</summary>
public static class Exceptions
{
    /// <summary>_PyErr_SetObject's implicit chaining: __context__ = the exception being handled, avoiding cycles.</summary>
    public static void ChainContext(PyBaseException exc, PyObject? handled)
    {
        if (handled is not PyBaseException h || ReferenceEquals(h, exc) || exc.Context != null) return;
        // Break a cycle exc -> ... -> h -> exc (CPython cuts the chain where it would loop).
        var o = h;
        while (o != null)
        {
            if (ReferenceEquals(o.Context, exc)) { o.Context = null; break; }
            o = o.Context;
        }
        exc.Context = h;
    }

    /// <summary>do_raise: instantiate classes, check BaseException, attach the cause.</summary>
    public static PyException MakeRaise(PyObject exc, PyObject? cause)
    {
        PyBaseException value;
        if (exc is PyType t)
        {
            if (!t.IsSubtypeOf(Types.BaseException))
                throw PyExc.TypeError("exceptions must derive from BaseException");
            var inst = Ops.Call(t, ReadOnlySpan<PyObject>.Empty, null);
            if (inst is not PyBaseException bi)
                throw PyExc.TypeError($"calling {Ops.ReprString(t)} should have returned an instance of BaseException, not {Ops.TypeName(inst)}");
            value = bi;
        }
        else if (exc is PyBaseException be) value = be;
        else throw PyExc.TypeError("exceptions must derive from BaseException");

        if (cause != null)
        {
            if (cause is PyType ct)
            {
                if (!ct.IsSubtypeOf(Types.BaseException))
                    throw PyExc.TypeError("exception causes must derive from BaseException");
                value.Cause = (PyBaseException)Ops.Call(ct, ReadOnlySpan<PyObject>.Empty, null);
            }
            else if (cause is PyBaseException cb) value.Cause = cb;
            else if (cause == Singletons.None) value.Cause = null;
            else throw PyExc.TypeError("exception causes must derive from BaseException");
            value.SuppressContext = true;
        }
        return new PyException(value);
    }

    public static void CheckExceptType(PyObject t, bool star = false)
    {
        if (t is PyTuple tup)
        {
            foreach (var x in tup.Items) CheckExceptType(x, star);
            return;
        }
        if (t is not PyType ty || !ty.IsSubtypeOf(Types.BaseException))
            throw PyExc.TypeError(star
                ? "catching classes that do not inherit from BaseException is not allowed"
                : "catching classes that do not inherit from BaseException is not allowed");
        if (star && ty.IsSubtypeOf(Types.BaseExceptionGroup))
            throw PyExc.TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
    }

    /// <summary>PyErr_GivenExceptionMatches.</summary>
    public static bool Matches(PyObject exc, PyObject t)
    {
        if (t is PyTuple tup)
        {
            foreach (var x in tup.Items) if (Matches(exc, x)) return true;
            return false;
        }
        return t is PyType ty && exc.Type.IsSubtypeOf(ty);
    }

    public static PyObject StopIterationValue(PyBaseException e)
    {
        var v = e.Dict?.Get("value");
        if (v != null) return v;
        return e.Args.Items.Length > 0 ? e.Args.Items[0] : Singletons.None;
    }

    // ------------------------------------------------------------------ except* (PEP 654)

    /// <summary>exception_group_match: (match, rest); match is null when nothing matches.</summary>
    public static (PyObject? Match, PyObject? Remainder) SplitGroup(PyObject exc, PyObject t)
    {
        if (exc == Singletons.None) return (null, null);
        if (Matches(exc, t))
        {
            if (exc.Type.IsSubtypeOf(Types.BaseExceptionGroup)) return (exc, null);
            // A naked exception is wrapped in an ExceptionGroup("", [exc]).
            var eg = ExceptionTypes.NewGroup(Types.ExceptionGroup, "", new[] { exc });
            eg.Traceback = ((PyBaseException)exc).Traceback;
            return (eg, null);
        }
        if (exc.Type.IsSubtypeOf(Types.BaseExceptionGroup))
        {
            var r = Ops.CallMethod(exc, "split", t);
            var pair = (PyTuple)r;
            var match = pair.Items[0] == Singletons.None ? null : pair.Items[0];
            var rest = pair.Items[1] == Singletons.None ? null : pair.Items[1];
            return (match, rest);
        }
        return (null, exc);
    }

    /// <summary>_PyExc_PrepReraiseStar: the exceptions raised in except* bodies plus the unhandled rest.</summary>
    public static PyObject PrepReraiseStar(PyObject orig, PyList excs)
    {
        var raised = new List<PyObject>();
        var reraised = new List<PyObject>();
        foreach (var e in excs.AsSpan())
        {
            if (e == Singletons.None) continue;
            if (IsSameExceptionMetadata(e, orig)) reraised.Add(e); else raised.Add(e);
        }
        if (raised.Count == 0 && reraised.Count == 0) return Singletons.None;
        PyObject? reraisedEg = null;
        if (reraised.Count > 0)
        {
            // Keep the leaves of orig that appear in the re-raised groups, in orig's structure.
            var leaves = new HashSet<PyObject>(ReferenceEqualityComparer.Instance);
            foreach (var r in reraised) CollectLeaves(r, leaves);
            reraisedEg = ProjectLeaves(orig, leaves);
        }
        if (raised.Count == 0) return reraisedEg ?? Singletons.None;
        var all = new List<PyObject>(raised);
        if (reraisedEg != null) all.Add(reraisedEg);
        if (all.Count == 1) return all[0];
        return ExceptionTypes.NewGroup(Types.ExceptionGroup, "", all.ToArray());
    }

    private static bool IsSameExceptionMetadata(PyObject a, PyObject b)
    {
        if (a is not PyBaseException x || b is not PyBaseException y) return false;
        if (ReferenceEquals(x, y)) return true;
        return ReferenceEquals(x.Cause, y.Cause) && ReferenceEquals(x.Context, y.Context) && ReferenceEquals(x.Traceback, y.Traceback)
               && x.Type.IsSubtypeOf(Types.BaseExceptionGroup) && y.Type.IsSubtypeOf(Types.BaseExceptionGroup);
    }

    private static void CollectLeaves(PyObject e, HashSet<PyObject> leaves)
    {
        if (e.Type.IsSubtypeOf(Types.BaseExceptionGroup))
        {
            foreach (var c in ExceptionTypes.GroupExceptions(e)) CollectLeaves(c, leaves);
        }
        else leaves.Add(e);
    }

    private static PyObject? ProjectLeaves(PyObject e, HashSet<PyObject> leaves)
    {
        if (!e.Type.IsSubtypeOf(Types.BaseExceptionGroup)) return leaves.Contains(e) ? e : null;
        var kept = new List<PyObject>();
        foreach (var c in ExceptionTypes.GroupExceptions(e))
        {
            var p = ProjectLeaves(c, leaves);
            if (p != null) kept.Add(p);
        }
        if (kept.Count == 0) return null;
        var eg = (PyBaseException)e;
        if (kept.Count == ExceptionTypes.GroupExceptions(e).Length) return e;
        var derived = Ops.CallMethod(e, "derive", new PyList(kept.ToArray()));
        if (derived is PyBaseException d)
        {
            d.Traceback = eg.Traceback; d.Cause = eg.Cause; d.Context = eg.Context;
        }
        return derived;
    }
}
