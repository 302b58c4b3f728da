# features: [realworld, exceptions, exception-groups]
# stages: [run]
import traceback, sys

class AppError(Exception):
    code = 1
    def __init__(self, msg, *, detail=None):
        super().__init__(msg); self.detail = detail
    def __str__(self):
        s = super().__str__()
        return f"{s} [{self.detail}]" if self.detail else s
class ConfigError(AppError): code = 2
class NetworkError(AppError): code = 3
class TimeoutError_(NetworkError): pass

def load(path):
    try:
        return {"a.cfg": "x=1"}[path]
    except KeyError as e:
        raise ConfigError(f"cannot load {path}", detail="missing") from e

for p in ["a.cfg", "b.cfg"]:
    try:
        print(load(p))
    except AppError as e:
        print(type(e).__name__, e, e.code, repr(e.__cause__), isinstance(e, ConfigError))
try:
    load("c.cfg")
except AppError:
    print(traceback.format_exc())
def risky(n):
    errs = []
    for i in range(n):
        try:
            if i % 3 == 0: raise ValueError(f"bad {i}")
            if i % 3 == 1: raise TypeError(f"type {i}")
        except Exception as e:
            errs.append(e)
    if errs:
        raise ExceptionGroup("batch failed", errs)
try:
    risky(5)
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions], eg.message)
try:
    try:
        risky(3)
    except* ValueError:
        print("handled values only")
except ExceptionGroup as eg:
    print("remaining:", eg, eg.exceptions)
eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), KeyError(3)])])
match, rest = eg.split(TypeError)
print(match, rest)
print(eg.subgroup(lambda e: isinstance(e, KeyError)))
print(repr(eg))
traceback.print_exception(eg, file=sys.stdout)
try:
    ExceptionGroup("x", [1])
except TypeError as e:
    print(e)
try:
    raise BaseExceptionGroup("mixed", [KeyboardInterrupt(), ValueError()])
except BaseExceptionGroup as e:
    print(type(e).__name__, e)
e = ValueError("note me")
e.add_note("first note"); e.add_note("second")
print(e.__notes__)
print("".join(traceback.format_exception_only(e)), end="")
def nested():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            int("x")
        except ValueError as ve:
            raise RuntimeError("wrapped") from ve
try:
    nested()
except RuntimeError as e:
    tb = traceback.TracebackException.from_exception(e)
    print("".join(tb.format()))
    print(e.__context__.__context__)
try:
    try:
        raise KeyError("k")
    finally:
        print("finally runs")
except KeyError as e:
    print(repr(e), e.args)
print(sys.exc_info())
def f():
    try:
        return "try"
    finally:
        print("finally before return")
print(f())
raise AppError("fatal", detail="end") from NetworkError("net down")
