using Pyref.VM.Objects;

namespace Pyref.VM.Ceval;

/// <summary>
/// Generators, coroutines and async generators (Objects/genobject.c). The generator owns a suspended
/// frame; resuming pushes the sent value and re-enters the instruction loop, which returns at
/// YIELD_VALUE (frame still live) or RETURN_VALUE (NextInstruction = -1).
/// </summary>
public static class Generators
{
    public sealed class AsyncGenWrappedValue : PyObject
    {
        public readonly PyObject Value;
        public AsyncGenWrappedValue(PyObject v) : base(Types.Object) { Value = v; }
    }

    /// <summary>
    /// DEVIATION(CPython): CPython finalizes a suspended generator (gen_dealloc -> _PyGen_Finalize -> close(), so
    /// its finally blocks run) the moment its reference count drops to zero: at a for loop's break, at del, at the
    /// end of the statement that dropped it. The VM has no reference counts and cannot prove that no other
    /// reference exists, and a .NET finalizer would run at an arbitrary later time on another thread, so an
    /// abandoned generator is never closed implicitly; only close(), throw() or exhaustion run its finally.
    /// </summary>
    public sealed class PyGenerator : PyObject
    {
        public readonly Frame Frame;
        public bool Running;
        public bool Started;
        public bool Finished;
        public PyObject Name, QualName;
        public PyObject? ExcState;   // gi_exc_state
        public bool HooksInitialised;

        private PyGenerator(PyType type, Frame frame) : base(type)
        {
            Frame = frame;
            frame.Generator = this;
            Name = PyStr.From(frame.Code.Name);
            QualName = frame.Function?.QualName ?? PyStr.From(frame.Code.QualName);
        }

        public static PyGenerator Create(Frame f)
        {
            var flags = f.Code.Flags;
            var type = (flags & PyCode.CO_COROUTINE) != 0 ? Types.Coroutine
                : (flags & PyCode.CO_ASYNC_GENERATOR) != 0 ? Types.AsyncGenerator
                : Types.Generator;
            return new PyGenerator(type, f);
        }

        public bool IsCoroutine => Type == Types.Coroutine;
        public bool IsAsyncGen => Type == Types.AsyncGenerator;
        private string Kind => IsCoroutine ? "coroutine" : IsAsyncGen ? "async generator" : "generator";

        /// <summary>gen_send_ex2: returns true if yielded (value in result), false if returned.</summary>
        public bool Resume(PyObject? sent, PyException? throwIn, out PyObject result)
        {
            if (Running)
                throw PyExc.ValueError($"{Kind} already executing");
            if (Finished)
            {
                if (throwIn != null) throw throwIn;
                if (IsCoroutine && sent != null)
                    throw PyExc.RuntimeError("cannot reuse already awaited coroutine");
                result = Singletons.None;
                return false;
            }
            if (!Started && sent != null && sent != Singletons.None && throwIn == null)
                throw PyExc.TypeError($"can't send non-None value to a just-started {Kind}");
            var f = Frame;
            if (throwIn == null)
            {
                // The sent value becomes the result of the yield expression (or is popped by the
                // POP_TOP after RETURN_GENERATOR on the first resume).
                ArrayStore.Put(f.Values, f.StackPointer++, sent ?? Singletons.None);
            }
            Started = true;
            Running = true;
            var ts = PyThreadState.Current;
            var savedExc = ts.HandledException;
            if (ExcState != null) ts.HandledException = ExcState;
            try
            {
                result = InstructionLoop.Run(f, ts, throwIn);
            }
            catch (PyException e)
            {
                Finished = true;
                ExcState = null;
                ts.HandledException = savedExc;
                // PEP 479: StopIteration raised inside a generator becomes RuntimeError.
                if (e.Value.Type.IsSubtypeOf(Types.StopIteration) && !IsAsyncGen)
                {
                    var re = PyExc.RuntimeError($"{(IsCoroutine ? "coroutine" : "generator")} raised StopIteration");
                    re.Value.Cause = e.Value; re.Value.Context = e.Value;
                    throw re;
                }
                if (IsAsyncGen && e.Value.Type.IsSubtypeOf(Types.StopAsyncIteration))
                {
                    var re = PyExc.RuntimeError("async generator raised StopAsyncIteration");
                    re.Value.Cause = e.Value; re.Value.Context = e.Value;
                    throw re;
                }
                throw;
            }
            finally
            {
                Running = false;
            }
            if (f.NextInstruction < 0)
            {
                Finished = true;
                ExcState = null;
                ts.HandledException = savedExc;
                return false;
            }
            ExcState = ts.HandledException == savedExc ? null : ts.HandledException;
            ts.HandledException = savedExc;
            return true;
        }

        /// <summary>next() for the FOR_ITER fast path: null when exhausted.</summary>
        public PyObject? NextOrNull()
        {
            if (Resume(Singletons.None, null, out var r)) return r;
            return null;
        }

        public PyObject Send(PyObject value)
        {
            if (Resume(value, null, out var r)) return r;
            throw StopWith(r);
        }

        private PyException StopWith(PyObject r)
        {
            if (IsAsyncGen) return PyExc.MakeNoArgs(Types.StopAsyncIteration);
            return r == Singletons.None ? PyExc.StopIteration() : PyExc.StopIteration(r);
        }

        /// <summary>_PyGen_yf: the iterator being delegated to when suspended in yield from/await.</summary>
        public PyObject? YieldFrom()
        {
            if (!Started || Finished) return null;
            var f = Frame;
            int next = f.NextInstruction;
            if (next < 0 || next >= f.Code.Instructions.Length) return null;
            int word = f.Code.Instructions[next];
            if ((word & 0xFF) != Opcodes.RESUME || (word >> 8) < 2) return null;
            return f.Values[f.StackPointer - 1];
        }

        /// <summary>gen_throw: delegate to a sub-iterator first, then raise at the yield point.</summary>
        public PyObject Throw(PyException exc)
        {
            var yf = YieldFrom();
            if (yf != null)
            {
                PyObject? ret;
                Running = true;
                try
                {
                    if (exc.Value.Type.IsSubtypeOf(Types.GeneratorExit))
                    {
                        CloseIterator(yf);
                        ret = null;
                    }
                    else if (yf is PyGenerator g)
                    {
                        try { ret = g.Throw(exc); Running = false; return ret; }
                        catch (PyException e2) { Running = false; return ContinueAfterSubiteratorError(e2); }
                    }
                    else
                    {
                        var t = yf.Type.Lookup("throw");
                        if (t == null) { ret = null; }
                        else
                        {
                            try { ret = Ops.CallDescriptor(t, yf, exc.Value); Running = false; return ret; }
                            catch (PyException e2) { Running = false; return ContinueAfterSubiteratorError(e2); }
                        }
                    }
                }
                finally { Running = false; }
            }
            if (Resume(null, exc, out var r)) return r;
            throw StopWith(r);
        }

        /// <summary>After the delegate raised: StopIteration gives the yield-from result; others are thrown in.</summary>
        private PyObject ContinueAfterSubiteratorError(PyException e)
        {
            if (e.Value.Type.IsSubtypeOf(Types.StopIteration))
            {
                var val = Exceptions.StopIterationValue(e.Value);
                // Pop the sub-iterator and resume after the SEND loop: emulate by sending into the frame
                // with the receiver replaced; simplest faithful route: resume the frame with the value
                // at the SEND (the frame's SEND will see a finished receiver and jump).
                var f = Frame;
                f.Values[f.StackPointer - 1] = new FinishedIterator(val);
                if (Resume(Singletons.None, null, out var r)) return r;
                throw StopWith(r);
            }
            if (Resume(null, e, out var r2)) return r2;
            throw StopWith(r2);
        }

        public PyObject Close()
        {
            if (!Started || Finished) { Finished = true; return Singletons.None; }
            try
            {
                var r = Throw(PyExc.MakeNoArgs(Types.GeneratorExit));
                throw PyExc.RuntimeError($"{Kind} ignored GeneratorExit");
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.GeneratorExit) || e.Value.Type.IsSubtypeOf(Types.StopIteration) || e.Value.Type.IsSubtypeOf(Types.StopAsyncIteration))
            {
                Finished = true;
                return Singletons.None;
            }
        }

        private static void CloseIterator(PyObject yf)
        {
            if (yf is PyGenerator g) { g.Close(); return; }
            var c = yf.Type.Lookup("close");
            if (c != null) Ops.CallDescriptor(c, yf);
        }

        /// <summary>The SEND instruction's delegation (gen_send / _PyIter_Send).</summary>
        public static void SendTo(PyObject receiver, PyObject value, out PyObject? yielded, out PyObject? returned)
        {
            yielded = null; returned = null;
            if (receiver is FinishedIterator fi) { returned = fi.Value; return; }
            if (receiver is PyGenerator g && (g.Type == Types.Generator || g.Type == Types.Coroutine))
            {
                if (g.Resume(value, null, out var r)) yielded = r; else returned = r;
                return;
            }
            if (receiver is CoroutineAwaitIterator cw)
            {
                SendTo(cw.Inner, value, out yielded, out returned);
                return;
            }
            try
            {
                if (value == Singletons.None)
                {
                    var next = receiver.Type.Lookup("__next__");
                    if (next == null) throw PyExc.TypeError($"'{Ops.TypeName(receiver)}' object is not an iterator");
                    yielded = Ops.CallDescriptor(next, receiver);
                    return;
                }
                yielded = Ops.CallMethod(receiver, "send", value);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.StopIteration))
            {
                returned = Exceptions.StopIterationValue(e.Value);
            }
        }

        /// <summary>GET_AWAITABLE (_PyCoro_GetAwaitableIter).</summary>
        public static PyObject GetAwaitable(PyObject o, int where)
        {
            if (o is PyGenerator g && g.Type == Types.Coroutine)
            {
                if (g.YieldFrom() != null) throw PyExc.RuntimeError("coroutine is being awaited already");
                return o;
            }
            // gen_is_coroutine: a generator whose code has CO_ITERABLE_COROUTINE (@types.coroutine) is its own iterator.
            if (o is PyGenerator gg && gg.Type == Types.Generator && (gg.Frame.Code.Flags & PyCode.CO_ITERABLE_COROUTINE) != 0)
                return o;
            var aw = o.Type.Lookup("__await__");
            if (aw == null)
            {
                string msg = where switch
                {
                    1 => $"'async with' received an object from __aenter__ that does not implement __await__: {Ops.TypeName(o)}",
                    2 => $"'async with' received an object from __aexit__ that does not implement __await__: {Ops.TypeName(o)}",
                    _ => $"object {Ops.TypeName(o)} can't be used in 'await' expression",
                };
                throw PyExc.TypeError(msg);
            }
            var it = Ops.CallDescriptor(aw, o);
            if (it is PyGenerator ig && ig.Type == Types.Coroutine)
                throw PyExc.TypeError("__await__() returned a coroutine");
            if (it.Type.Lookup("__next__") == null)
                throw PyExc.TypeError($"__await__() returned non-iterator of type '{Ops.TypeName(it)}'");
            return it;
        }

        public static PyObject GetAIter(PyObject o)
        {
            var f = o.Type.Lookup("__aiter__");
            if (f == null) throw PyExc.TypeError($"'async for' requires an object with __aiter__ method, got {Ops.TypeName(o)}");
            return Ops.CallDescriptor(f, o);
        }

        public static PyObject GetANext(PyObject aiter)
        {
            if (aiter is PyGenerator g && g.IsAsyncGen) return new AsyncGenASend(g, Singletons.None);
            var f = aiter.Type.Lookup("__anext__");
            if (f == null) throw PyExc.TypeError($"'async for' requires an iterator with __anext__ method, got {Ops.TypeName(aiter)}");
            var r = Ops.CallDescriptor(f, aiter);
            return GetAwaitable(r, 0);
        }
    }

    /// <summary>A receiver that has finished with a value (used after a delegated throw returned).</summary>
    public sealed class FinishedIterator : PyObject
    {
        public readonly PyObject Value;
        public FinishedIterator(PyObject v) : base(Types.Object) { Value = v; }
    }

    /// <summary>coroutine.__await__() result.</summary>
    public sealed class CoroutineAwaitIterator : PyObject
    {
        public readonly PyGenerator Inner;
        public CoroutineAwaitIterator(PyGenerator inner) : base(Types.CoroutineWrapper) { Inner = inner; }
    }

    /// <summary>The awaitable returned by async_generator.__anext__/asend (Objects/genobject.c async_gen_asend).</summary>
    public sealed class AsyncGenASend : PyObject
    {
        public readonly PyGenerator Gen;
        public PyObject SendValue;
        public bool Done;
        public AsyncGenASend(PyGenerator gen, PyObject value) : base(Types.AsyncGenASendType) { Gen = gen; SendValue = value; }

        /// <summary>One step: returns a value to yield to the event loop, or throws StopIteration(value) / StopAsyncIteration.</summary>
        public PyObject Step(PyObject sent, PyException? throwIn)
        {
            if (Done) throw PyExc.RuntimeError("cannot reuse already awaited __anext__()/asend()");
            PyObject r;
            bool yielded;
            if (throwIn != null)
            {
                try { r = Gen.Throw(throwIn); yielded = true; }
                catch (PyException e) when (e.Value.Type.IsSubtypeOf(Types.StopAsyncIteration) || e.Value.Type.IsSubtypeOf(Types.StopIteration)) { Done = true; throw PyExc.MakeNoArgs(Types.StopAsyncIteration); }
            }
            else
            {
                var v = SendValue != Singletons.None && !Gen.Started ? SendValue : sent;
                SendValue = Singletons.None;
                yielded = Gen.Resume(v, null, out r);
            }
            if (!yielded) { Done = true; throw PyExc.MakeNoArgs(Types.StopAsyncIteration); }
            if (r is AsyncGenWrappedValue w) { Done = true; throw PyExc.StopIteration(w.Value); }
            return r;
        }
    }
}
