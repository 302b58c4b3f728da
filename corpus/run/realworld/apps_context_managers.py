# features: [realworld, context-managers, stdlib-contextlib]
# stages: [run]
# flags: [needs-stdlib]
import contextlib, io, sys

class Timer:
    """Deterministic fake timer"""
    clock = 0
    def __enter__(self):
        Timer.clock += 10; self.start = Timer.clock; print("enter", self.start); return self
    def __exit__(self, et, ev, tb):
        Timer.clock += 5; self.elapsed = Timer.clock - self.start
        print("exit", et.__name__ if et else None, ev, self.elapsed)
        return et is KeyError

with Timer() as t:
    pass
with Timer():
    {}["missing"]
print("survived KeyError")
try:
    with Timer():
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    except ZeroDivisionError:
        print("handled zde in", name)
    finally:
        print(f"</{name}>")

with tag("a") as x, tag("b") as y:
    print("body", x, y)
with tag("div"):
    1 / 0
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured!")
print(repr(buf.getvalue()))
with contextlib.suppress(FileNotFoundError, KeyError):
    open("/nonexistent/file/here")
print("suppressed")
with contextlib.ExitStack() as stack:
    for n in ("x", "y", "z"):
        stack.enter_context(tag(n))
    stack.callback(print, "callback ran")
    print("in stack")
class Resource:
    def __init__(self, n): self.n = n
    def close(self): print("closing", self.n)
with contextlib.closing(Resource(7)) as r:
    print("using", r.n)
with contextlib.nullcontext(42) as v:
    print(v)
@contextlib.contextmanager
def bad():
    yield
    yield
try:
    with bad():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
@contextlib.contextmanager
def noyield():
    if False:
        yield
try:
    with noyield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)
class Reentrant(contextlib.ContextDecorator):
    def __enter__(self): print("start"); return self
    def __exit__(self, *a): print("end"); return False
@Reentrant()
def work(n):
    print("working", n)
work(3)
print(sys.stdout is sys.__stdout__)
