using System.Runtime.CompilerServices;
using Pyref.VM.Ceval;
using Pyref.VM.Objects;
using Pyref.VM.Runtime;
using static Pyref.VM.Runtime.Native;

namespace Pyref.VM.Modules;

/// <summary>
/// _asyncio (Modules/_asynciomodule.c): Future and Task in native code, as CPython's asyncio uses them. The difference
/// from asyncio's pure-Python fallback is observable: no futures.py / tasks.py frames in tracebacks (Future.result
/// and Task.__step are C), "invalid state" / "Result is not set." messages, and the Task.task_wakeup callback name
/// in reprs. The running-loop and task-registry functions stay in Python (events.py and tasks.py keep their own when
/// the _asyncio import of them fails), so the Task calls tasks._register_task/_enter_task/_leave_task.
/// DEVIATION(CPython): no __del__ (the VM has no reference counting): "Task exception was never retrieved" and
/// "Task was destroyed but it is pending!" are never logged.
/// </summary>
[BuiltinModule("_asyncio")]
public static class AsyncioModule
{
    public enum FutState { Pending, Cancelled, Finished }

    private static PyType? s_future, s_task, s_iter;

    /// <summary>The Python helpers the C module caches at import (module_init), per interpreter.</summary>
    private sealed class State
    {
        public PyObject CancelledError = null!, InvalidStateError = null!, GetEventLoop = null!, FutureRepr = null!,
            FutureReprInfo = null!, TaskRepr = null!, TaskGetStack = null!, TaskPrintStack = null!, IsCoroutine = null!,
            CopyContext = null!, ExtractStack = null!;
        public PyObject? Tasks;
    }

    private static readonly ConditionalWeakTable<Interpreter, State> s_states = new();

    private static PyObject Module(string name) => Import.ImportModuleLevel(name, null, PyTuple.Of(PyStr.From("__name__")), 0);

    private static State St => s_states.GetValue(Interpreter.Current, _ =>
    {
        var exc = Module("asyncio.exceptions");
        var bf = Module("asyncio.base_futures");
        var bt = Module("asyncio.base_tasks");
        return new State
        {
            CancelledError = Ops.GetAttr(exc, "CancelledError"),
            InvalidStateError = Ops.GetAttr(exc, "InvalidStateError"),
            GetEventLoop = Ops.GetAttr(Module("asyncio.events"), "_get_event_loop"),
            FutureRepr = Ops.GetAttr(bf, "_future_repr"),
            FutureReprInfo = Ops.GetAttr(bf, "_future_repr_info"),
            TaskRepr = Ops.GetAttr(bt, "_task_repr"),
            TaskGetStack = Ops.GetAttr(bt, "_task_get_stack"),
            TaskPrintStack = Ops.GetAttr(bt, "_task_print_stack"),
            IsCoroutine = Ops.GetAttr(Module("asyncio.coroutines"), "iscoroutine"),
            CopyContext = Ops.GetAttr(Module("contextvars"), "copy_context"),
            ExtractStack = Ops.GetAttr(Module("traceback"), "extract_stack"),
        };
    });

    /// <summary>asyncio.tasks, imported when the first Task runs (it imports this module while loading).</summary>
    private static PyObject Tasks => St.Tasks ??= Module("asyncio.tasks");

    public class PyFuture : PyObject, ISlotStorage
    {
        public PyObject? Loop;
        public List<(PyObject Callback, PyObject Context)>? Callbacks;
        public PyObject? Result, Exception, CancelMsg, SourceTb;
        public PyTraceback? ExceptionTb;
        public PyBaseException? CancelledExc;
        public FutState State;
        public bool LogTb, Blocking;
        public PyObject?[]? Slots { get; }
        public PyFuture(PyType t) : base(t)
        {
            if (t.SlotCount > 0) Slots = new PyObject?[t.SlotCount];
        }
    }

    public sealed class PyTask : PyFuture
    {
        public PyObject? FutWaiter, Coro, Context, Name;
        public bool MustCancel, LogDestroyPending;
        public long NumCancelsRequested;
        public PyTask(PyType t) : base(t) { }
    }

    private sealed class FutureIter : PyObject
    {
        public PyFuture? Future;
        public FutureIter(PyFuture f) : base(s_iter!) { Future = f; }
    }

    public static PyModule Create()
    {
        var m = new PyModule("_asyncio");
        var d = m.Dict!;
        s_iter ??= MakeIterType();
        s_future ??= MakeFutureType();
        s_task ??= MakeTaskType(s_future);
        d.Set("Future", s_future);
        d.Set("Task", s_task);
        return m;
    }

    private static PyException Raise(PyObject type, string message) =>
        PyExc.FromValue((PyBaseException)Ops.Call(type, PyStr.From(message)));

    private static PyFuture Fut(PyObject o) => o as PyFuture ?? throw PyExc.TypeError($"descriptor requires a '_asyncio.Future' object but received a '{Ops.TypeName(o)}'");

    private static PyFuture Alive(PyObject o)
    {
        var f = Fut(o);
        if (f.Loop == null) throw PyExc.RuntimeError("Future object is not initialized.");
        return f;
    }

    /// <summary>call_soon(loop, func, arg, ctx): loop.call_soon(func, arg, context=ctx).</summary>
    private static void CallSoon(PyObject loop, PyObject func, PyObject? arg, PyObject? ctx)
    {
        var meth = Ops.GetAttr(loop, "call_soon");
        PyObject[] args = arg == null ? [func] : [func, arg];
        if (ctx == null) Ops.Call(meth, args);
        else Ops.Call(meth, [.. args, ctx], PyTuple.Of(PyStr.From("context")));
    }

    // future_init
    private static void FutureInit(PyFuture f, PyObject? loop)
    {
        var st = St;
        f.Loop = loop == null || loop == None ? Ops.Call(st.GetEventLoop) : loop;
        f.Callbacks = null;
        if (Ops.IsTrue(Ops.CallMethod(f.Loop, "get_debug"))) f.SourceTb = Ops.Call(st.ExtractStack);
    }

    // future_schedule_callbacks
    private static void ScheduleCallbacks(PyFuture f)
    {
        var cbs = f.Callbacks;
        f.Callbacks = null;
        if (cbs == null) return;
        foreach (var (cb, ctx) in cbs) CallSoon(f.Loop!, cb, f, ctx);
    }

    private static PyObject SetResult(PyFuture f, PyObject res)
    {
        if (f.Loop == null) throw PyExc.RuntimeError("Future object is not initialized.");
        if (f.State != FutState.Pending) throw Raise(St.InvalidStateError, "invalid state");
        f.Result = res;
        f.State = FutState.Finished;
        ScheduleCallbacks(f);
        return None;
    }

    // future_set_exception
    private static PyObject SetException(PyFuture f, PyObject exc)
    {
        if (f.Loop == null) throw PyExc.RuntimeError("Future object is not initialized.");
        if (f.State != FutState.Pending) throw Raise(St.InvalidStateError, "invalid state");
        PyObject val = exc;
        if (exc is PyType et && et.IsSubtypeOf(Types.BaseException))
        {
            val = Ops.Call(exc);
            if (f.State != FutState.Pending) throw Raise(St.InvalidStateError, "invalid state");
        }
        if (val is not PyBaseException be) throw PyExc.TypeError("invalid exception object");
        if (be.Type == Types.StopIteration)
            throw PyExc.TypeError("StopIteration interacts badly with generators and cannot be raised into a Future");
        f.Exception = be;
        f.ExceptionTb = be.Traceback;
        f.State = FutState.Finished;
        ScheduleCallbacks(f);
        f.LogTb = true;
        return None;
    }

    // create_cancelled_error
    private static PyBaseException CancelledError(PyFuture f)
    {
        if (f.CancelledExc != null)
        {
            var e = f.CancelledExc;
            f.CancelledExc = null;
            return e;
        }
        var st = St;
        var msg = f.CancelMsg;
        return (PyBaseException)(msg == null || msg == None ? Ops.Call(st.CancelledError) : Ops.Call(st.CancelledError, msg));
    }

    /// <summary>future_get_result: 0 with the result, 1 with the exception (its traceback restored), or raises.</summary>
    private static int GetResult(PyFuture f, out PyObject result)
    {
        if (f.State == FutState.Cancelled) throw PyExc.FromValue(CancelledError(f));
        if (f.State != FutState.Finished) throw Raise(St.InvalidStateError, "Result is not set.");
        f.LogTb = false;
        if (f.Exception != null)
        {
            var e = (PyBaseException)f.Exception;
            e.Traceback = f.ExceptionTb;
            f.ExceptionTb = null;
            result = e;
            return 1;
        }
        result = f.Result!;
        return 0;
    }

    private static PyObject ResultOrRaise(PyFuture f)
    {
        if (GetResult(f, out var r) == 1) throw PyExc.FromValue((PyBaseException)r);
        return r;
    }

    // future_cancel
    private static PyObject Cancel(PyFuture f, PyObject? msg)
    {
        f.LogTb = false;
        if (f.State != FutState.Pending) return PyBool.False;
        f.State = FutState.Cancelled;
        f.CancelMsg = msg ?? None;
        ScheduleCallbacks(f);
        return PyBool.True;
    }

    // future_add_done_callback
    private static void AddDoneCallback(PyFuture f, PyObject fn, PyObject ctx)
    {
        if (f.Loop == null) throw PyExc.RuntimeError("uninitialized Future object");
        if (f.State != FutState.Pending) CallSoon(f.Loop, fn, f, ctx);
        else (f.Callbacks ??= new()).Add((fn, ctx));
    }

    private static string StateName(FutState s) => s switch { FutState.Pending => "PENDING", FutState.Cancelled => "CANCELLED", _ => "FINISHED" };

    private static PyType MakeFutureType()
    {
        var t = ModuleSupport.NewType("_asyncio", "Future");
        DefStatic(t, "__new__", (a, kw) => ModuleSupport.WithDict(new PyFuture((PyType)a[0]), (PyType)a[0]));
        // _asyncio_Future___init___impl(loop=None), keyword-only
        Def(t, "__init__", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("Future", a[1..], kw, ["loop"], 0, 0);
            FutureInit(Fut(a[0]), p[0]);
            return None;
        });
        Def0(t, "result", self => ResultOrRaise(Alive(self)));
        Def0(t, "exception", self =>
        {
            var f = Alive(self);
            if (f.State == FutState.Cancelled) throw PyExc.FromValue(CancelledError(f));
            if (f.State != FutState.Finished) throw Raise(St.InvalidStateError, "Exception is not set.");
            f.LogTb = false;
            return f.Exception ?? None;
        });
        Def(t, "set_result", (a, kw) => { NoKeywords(t, "set_result", kw); if (a.Length != 2) CheckCount("set_result", a.Length - 1, 1, 1); return SetResult(Fut(a[0]), a[1]); });
        Def(t, "set_exception", (a, kw) => { NoKeywords(t, "set_exception", kw); if (a.Length != 2) CheckCount("set_exception", a.Length - 1, 1, 1); return SetException(Fut(a[0]), a[1]); });
        // _asyncio_Future_add_done_callback_impl(fn, /, *, context=None)
        Def(t, "add_done_callback", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("add_done_callback", a[1..], kw, ["fn", "context"], 1, 1, 1);
            var f = Fut(a[0]);
            var ctx = p[1] == null || p[1] == None ? Ops.Call(St.CopyContext) : p[1]!;
            AddDoneCallback(f, p[0]!, ctx);
            return None;
        });
        // _asyncio_Future_remove_done_callback: removes every callback equal to fn, returns the count.
        Def1(t, "remove_done_callback", (self, fn) =>
        {
            var f = Alive(self);
            if (f.Callbacks == null) return PyInt.From(0);
            int before = f.Callbacks.Count;
            var kept = new List<(PyObject, PyObject)>();
            foreach (var cb in f.Callbacks.ToArray())
                if (!Ops.RichCompareBool(cb.Callback, fn, CompareOp.Eq)) kept.Add(cb);
            f.Callbacks = kept.Count == 0 ? null : kept;
            return PyInt.From(before - kept.Count);
        });
        Def(t, "cancel", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("cancel", a[1..], kw, ["msg"], 0);
            return Cancel(Alive(a[0]), p[0]);
        });
        Def0(t, "cancelled", self => PyBool.From(Alive(self).State == FutState.Cancelled));
        Def0(t, "done", self => PyBool.From(Alive(self).State != FutState.Pending));
        Def0(t, "get_loop", self => Alive(self).Loop!);
        Def0(t, "_make_cancelled_error", self => CancelledError(Fut(self)));
        Def0(t, "_repr_info", self => Ops.Call(St.FutureReprInfo, self));
        Def0(t, "__repr__", self => Ops.Call(St.FutureRepr, Alive(self)));
        Def0(t, "__iter__", self => new FutureIter(Alive(self)));
        Def0(t, "__await__", self => new FutureIter(Alive(self)));
        DefClass(t, "__class_getitem__", (a, kw) => new PyGenericAlias(a[0], a[1]));
        GetSet(t, "_state", self => Fut(self).Loop == null ? None : PyStr.From(StateName(Fut(self).State)));
        GetSet(t, "_asyncio_future_blocking", self => Fut(self).Loop == null ? None : PyBool.From(Fut(self).Blocking),
            (self, v) =>
            {
                if (v == null) throw PyExc.AttributeError("cannot delete attribute");
                Alive(self).Blocking = Ops.IsTrue(v);
            });
        GetSet(t, "_log_traceback", self => PyBool.From(Alive(self).LogTb), (self, v) =>
        {
            if (v == null) throw PyExc.AttributeError("cannot delete attribute");
            if (Ops.IsTrue(v)) throw PyExc.ValueError("_log_traceback can only be set to False");
            Alive(self).LogTb = false;
        });
        GetSet(t, "_loop", self => Fut(self).Loop ?? None);
        GetSet(t, "_callbacks", self =>
        {
            var f = Alive(self);
            if (f.Callbacks == null) return None;
            return new PyList(f.Callbacks.Select(c => (PyObject)PyTuple.Of(c.Callback, c.Context)).ToArray());
        });
        GetSet(t, "_result", self => Alive(self).Result ?? None);
        GetSet(t, "_exception", self => Alive(self).Exception ?? None);
        GetSet(t, "_source_traceback", self => Alive(self).SourceTb ?? None);
        GetSet(t, "_cancel_message", self => Fut(self).CancelMsg ?? None, (self, v) => Fut(self).CancelMsg = v);
        return t;
    }

    private static PyType MakeIterType()
    {
        var t = ModuleSupport.NewType("_asyncio", "FutureIter");
        Def0(t, "__iter__", self => self);
        Def0(t, "__next__", self => IterNext((FutureIter)self));
        Def1(t, "send", (self, _) => IterNext((FutureIter)self));
        // FutureIter_throw(type, val=None, tb=None)
        Def(t, "throw", (a, kw) =>
        {
            NoKeywords(t, "throw", kw);
            if (a.Length < 2 || a.Length > 4) CheckCount("throw", a.Length - 1, 1, 3);
            var it = (FutureIter)a[0];
            PyObject type = a[1];
            PyObject? val = a.Length > 2 && a[2] != None ? a[2] : null;
            PyObject? tb = a.Length > 3 && a[3] != None ? a[3] : null;
            if (tb != null && tb is not PyTraceback) throw PyExc.TypeError("throw() third argument must be a traceback");
            PyBaseException exc;
            if (type is PyType tt && tt.IsSubtypeOf(Types.BaseException))
            {
                exc = val is PyBaseException bv && bv.Type.IsSubtypeOf(tt) ? bv
                    : (PyBaseException)(val == null ? Ops.Call(tt) : val is PyTuple vt ? Ops.Call(tt, vt.Items.ToArray()) : Ops.Call(tt, val));
            }
            else if (type is PyBaseException be)
            {
                if (val != null) throw PyExc.TypeError("instance exception may not have a separate value");
                exc = be;
            }
            else throw PyExc.TypeError($"exceptions must be classes deriving BaseException, not {Ops.TypeName(type)}");
            if (tb != null) exc.Traceback = (PyTraceback)tb;
            it.Future = null;
            throw PyExc.FromValue(exc);
        });
        Def0(t, "close", self => { ((FutureIter)self).Future = null; return None; });
        return t;
    }

    // FutureIter_iternext
    private static PyObject IterNext(FutureIter it)
    {
        var f = it.Future ?? throw PyExc.StopIteration();
        if (f.State == FutState.Pending)
        {
            if (!f.Blocking)
            {
                f.Blocking = true;
                return f;
            }
            throw PyExc.RuntimeError("await wasn't used with future");
        }
        it.Future = null;
        throw PyExc.StopIteration(ResultOrRaise(f));
    }

    private static PyTask TaskOf(PyObject o) => o as PyTask ?? throw PyExc.TypeError($"descriptor requires a '_asyncio.Task' object but received a '{Ops.TypeName(o)}'");

    private static PyType MakeTaskType(PyType future)
    {
        var t = ModuleSupport.NewType("_asyncio", "Task", future);
        DefStatic(t, "__new__", (a, kw) => ModuleSupport.WithDict(new PyTask((PyType)a[0]), (PyType)a[0]));
        // _asyncio_Task___init___impl(coro, *, loop=None, name=None)
        Def(t, "__init__", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("Task", a[1..], kw, ["coro", "loop", "name", "context"], 1, 1);
            var task = TaskOf(a[0]);
            FutureInit(task, p[1]);
            var coro = p[0]!;
            if (!(coro is Generators.PyGenerator g && g.Type == Types.Coroutine) && !Ops.IsTrue(Ops.Call(St.IsCoroutine, coro)))
            {
                task.LogDestroyPending = false;
                throw PyExc.TypeError($"a coroutine was expected, got {Ops.ReprString(coro)}");
            }
            task.Context = p[3] == null || p[3] == None ? Ops.Call(St.CopyContext) : p[3]!;
            task.MustCancel = false;
            task.LogDestroyPending = true;
            task.NumCancelsRequested = 0;
            task.Coro = coro;
            task.Name = p[2] == null || p[2] == None
                ? PyStr.From("Task-" + Ops.StrString(Ops.Call(Ops.GetAttr(Tasks, "_task_name_counter"))))
                : p[2] is PyStr ? p[2] : Ops.Str(p[2]!);
            CallStepSoon(task, null);
            Ops.Call(Ops.GetAttr(Tasks, "_register_task"), task);
            return None;
        });
        Def0(t, "__repr__", self => Ops.Call(St.TaskRepr, self));
        Def0(t, "get_coro", self => TaskOf(self).Coro ?? None);
        Def0(t, "get_name", self => TaskOf(self).Name ?? None);
        Def1(t, "set_name", (self, v) => { TaskOf(self).Name = v is PyStr ? v : Ops.Str(v); return None; });
        Def(t, "set_result", (a, kw) => throw PyExc.RuntimeError("Task does not support set_result operation"));
        Def(t, "set_exception", (a, kw) => throw PyExc.RuntimeError("Task does not support set_exception operation"));
        Def(t, "get_stack", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("get_stack", a[1..], kw, ["limit"], 0, 0);
            return Ops.Call(St.TaskGetStack, a[0], p[0] ?? None);
        });
        Def(t, "print_stack", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("print_stack", a[1..], kw, ["limit", "file"], 0, 0);
            return Ops.Call(St.TaskPrintStack, a[0], p[0] ?? None, p[1] ?? None);
        });
        // _asyncio_Task_cancel_impl
        Def(t, "cancel", (a, kw) =>
        {
            var p = ModuleSupport.Unpack("cancel", a[1..], kw, ["msg"], 0);
            var task = TaskOf(a[0]);
            var msg = p[0] ?? None;
            task.LogTb = false;
            if (task.State != FutState.Pending) return PyBool.False;
            task.NumCancelsRequested++;
            if (task.FutWaiter != null)
            {
                var r = Ops.Call(Ops.GetAttr(task.FutWaiter, "cancel"), [msg], PyTuple.Of(PyStr.From("msg")));
                if (Ops.IsTrue(r)) return PyBool.True;
            }
            task.MustCancel = true;
            task.CancelMsg = msg;
            return PyBool.True;
        });
        Def0(t, "cancelling", self => PyInt.From(TaskOf(self).NumCancelsRequested));
        Def0(t, "uncancel", self =>
        {
            var task = TaskOf(self);
            if (task.NumCancelsRequested > 0) task.NumCancelsRequested--;
            return PyInt.From(task.NumCancelsRequested);
        });
        GetSet(t, "_log_destroy_pending", self => PyBool.From(TaskOf(self).LogDestroyPending), (self, v) => TaskOf(self).LogDestroyPending = v != null && Ops.IsTrue(v));
        GetSet(t, "_must_cancel", self => PyBool.From(TaskOf(self).MustCancel));
        GetSet(t, "_coro", self => TaskOf(self).Coro ?? None);
        GetSet(t, "_fut_waiter", self => TaskOf(self).FutWaiter ?? None);
        return t;
    }

    /// <summary>task_call_step_soon: the loop runs the step in the task's context.</summary>
    private static void CallStepSoon(PyTask task, PyBaseException? exc)
    {
        var step = new PyBuiltinFunction("task_step", (a, kw) => { TaskStep(task, exc); return None; });
        CallSoon(task.Loop!, step, null, task.Context);
    }

    private static void SetErrorSoon(PyTask task, string message) =>
        CallStepSoon(task, (PyBaseException)Ops.Call(Types.RuntimeError, PyStr.From(message)));

    // task_step: enter_task, task_step_impl, leave_task (leave_task runs even when the step raises).
    private static void TaskStep(PyTask task, PyBaseException? exc)
    {
        var tasks = Tasks;
        Ops.Call(Ops.GetAttr(tasks, "_enter_task"), task.Loop!, task);
        try { TaskStepImpl(task, exc); }
        finally { Ops.Call(Ops.GetAttr(tasks, "_leave_task"), task.Loop!, task); }
    }

    private static void TaskStepImpl(PyTask task, PyBaseException? exc)
    {
        var st = St;
        if (task.State != FutState.Pending)
            throw Raise(st.InvalidStateError, $"_step(): already done: {Ops.ReprString(task)} {(exc == null ? "None" : Ops.ReprString(exc))}");
        if (task.MustCancel)
        {
            if (exc != null && !Builtins.IsInstance(exc, st.CancelledError)) exc = null;
            exc ??= CancelledError(task);
            task.MustCancel = false;
        }
        task.FutWaiter = null;
        var coro = task.Coro!;
        PyObject result;
        try
        {
            result = exc == null ? Send(coro) : Ops.CallMethod(coro, "throw", exc);
        }
        catch (PyException e)
        {
            var ev = e.Value;
            if (ev.Type.IsSubtypeOf(Types.StopIteration))
            {
                // The coroutine returned.
                if (task.MustCancel)
                {
                    task.MustCancel = false;
                    Cancel(task, task.CancelMsg);
                }
                else SetResult(task, Exceptions.StopIterationValue(ev));
                return;
            }
            if (Builtins.IsInstance(ev, st.CancelledError))
            {
                task.CancelledExc = ev;
                Cancel(task, null);
                return;
            }
            SetException(task, ev);
            if (ev.Type.IsSubtypeOf(Types.KeyboardInterrupt) || ev.Type.IsSubtypeOf(Types.SystemExit)) throw;
            return;
        }
        if (result == task)
        {
            SetErrorSoon(task, $"Task cannot await on itself: {Ops.ReprString(task)}");
            return;
        }
        if (result is PyFuture rf && (rf.Type == s_future || rf.Type == s_task))
        {
            if (rf.Loop != task.Loop) { DifferentLoop(task, result); return; }
            if (!rf.Blocking) { YieldInsteadOfYieldFrom(task, result); return; }
            rf.Blocking = false;
            AddDoneCallback(rf, Wakeup(task), task.Context!);
            task.FutWaiter = result;
            if (task.MustCancel && Ops.IsTrue(Ops.Call(Ops.GetAttr(result, "cancel"), [task.CancelMsg ?? None], PyTuple.Of(PyStr.From("msg")))))
                task.MustCancel = false;
            return;
        }
        if (result == None)
        {
            CallStepSoon(task, null);
            return;
        }
        var blocking = Ops.GetAttrOrNull(result, PyStr.Intern("_asyncio_future_blocking"));
        if (blocking != null && blocking != None)
        {
            var loop = result is PyFuture pf ? pf.Loop : Ops.GetAttrOrNull(result, PyStr.Intern("get_loop")) is { } gl ? Ops.Call(gl) : Ops.GetAttr(result, "_loop");
            if (loop != task.Loop) { DifferentLoop(task, result); return; }
            if (!Ops.IsTrue(blocking)) { YieldInsteadOfYieldFrom(task, result); return; }
            if (result == task) { SetErrorSoon(task, $"Task cannot await on itself: {Ops.ReprString(task)}"); return; }
            Ops.SetAttr(result, PyStr.Intern("_asyncio_future_blocking"), PyBool.False);
            Ops.Call(Ops.GetAttr(result, "add_done_callback"), [Wakeup(task), task.Context!], PyTuple.Of(PyStr.From("context")));
            task.FutWaiter = result;
            if (task.MustCancel && Ops.IsTrue(Ops.Call(Ops.GetAttr(result, "cancel"), [task.CancelMsg ?? None], PyTuple.Of(PyStr.From("msg")))))
                task.MustCancel = false;
            return;
        }
        if (result is Generators.PyGenerator g && g.Type == Types.Generator)
        {
            SetErrorSoon(task, $"yield was used instead of yield from for generator in task {Ops.ReprString(task)} with {Ops.ReprString(result)}");
            return;
        }
        SetErrorSoon(task, $"Task got bad yield: {Ops.ReprString(result)}");
    }

    private static void DifferentLoop(PyTask task, PyObject result) =>
        SetErrorSoon(task, $"Task {Ops.ReprString(task)} got Future {Ops.ReprString(result)} attached to a different loop");

    private static void YieldInsteadOfYieldFrom(PyTask task, PyObject result) =>
        SetErrorSoon(task, $"yield was used instead of yield from in task {Ops.ReprString(task)} with {Ops.ReprString(result)}");

    /// <summary>PyIter_Send(coro, None): a coroutine's send, or __next__ for other iterators.</summary>
    private static PyObject Send(PyObject coro) =>
        coro is Generators.PyGenerator ? Ops.CallMethod(coro, "send", None) : Ops.CallMethod(coro, "send", None);

    /// <summary>The TaskWakeupDef method bound to the task (its __qualname__ is "Task.task_wakeup").</summary>
    private static PyObject Wakeup(PyTask task) => new PyBuiltinFunction("task_wakeup", (a, kw) =>
    {
        // task_wakeup
        var o = a[1];
        if (o is PyFuture f && (f.Type == s_future || f.Type == s_task))
        {
            int r;
            PyObject res;
            try { r = GetResult(f, out res); }
            catch (PyException e) { TaskStep(task, e.Value); return None; }
            TaskStep(task, r == 1 ? (PyBaseException)res : null);
            return None;
        }
        try { Ops.CallMethod(o, "result"); }
        catch (PyException e) { TaskStep(task, e.Value); return None; }
        TaskStep(task, null);
        return None;
    }, task);
}
