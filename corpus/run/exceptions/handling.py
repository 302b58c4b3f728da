# features: [exceptions, try-except-else-finally, chaining]
# stages: [run]
def f(x):
    try:
        if x == 0:
            raise ValueError("zero")
        r = 10 // x
    except ValueError as e:
        print("ValueError", e)
        return -1
    except ZeroDivisionError:
        print("never")
    else:
        print("else", r)
        return r
    finally:
        print("finally", x)

print(f(0), f(5))
try:
    try:
        {}['k']
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(repr(e), repr(e.__cause__), e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(repr(e), repr(e.__context__))

class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code
try:
    raise MyError(42)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)
for exc in [IndexError, KeyError('k'), StopIteration(3), OSError(2, 'nope'), SystemExit(3)]:
    try:
        raise exc
    except BaseException as e:
        print(type(e).__name__, repr(e), str(e))
def g():
    try:
        return "try"
    finally:
        print("g finally")
print(g())
for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("fin", i)
e = ValueError("x")
e.add_note("a note")
print(e.__notes__)
try:
    assert 1 == 2, "math is broken"
except AssertionError as e:
    print("AssertionError:", e)
