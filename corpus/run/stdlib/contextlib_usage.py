# features: [import, stdlib-contextlib]
# stages: [run]
# flags: [needs-stdlib]
import contextlib
import io

@contextlib.contextmanager
def tag(name):
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("a") as n:
    print("inside", n)

try:
    with tag("b"):
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)

with contextlib.suppress(KeyError, IndexError):
    [][1]
print("suppressed")

buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("hidden", 1, 2)
print(repr(buf.getvalue()))

with contextlib.ExitStack() as stack:
    names = [stack.enter_context(tag(x)) for x in "xyz"]
    stack.callback(print, "callback ran")
    print(names)

class Res:
    def close(self):
        print("closed")
with contextlib.closing(Res()):
    print("using")

with contextlib.nullcontext(5) as v:
    print("null", v)

with contextlib.ExitStack() as stack:
    stack.push(lambda *exc: print("exit", exc[0].__name__ if exc[0] else None) or True)
    raise RuntimeError("swallowed")
print("after swallow")

@contextlib.contextmanager
def gen_swallow():
    try:
        yield
    except ZeroDivisionError:
        print("handled in generator")
with gen_swallow():
    1 / 0
print("done")

class Ctx(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, *a):
        print("exit"); return False
@Ctx()
def f():
    print("body")
f()
