# features: [exceptions, constructors, custom-exception-hierarchies]
# stages: [run]
class AppError(Exception):
    code = 1
class NotFound(AppError):
    code = 404
    def __init__(self, what):
        super().__init__(f"{what} not found")
        self.what = what
class Invalid(AppError, ValueError):
    code = 422
def find(key, data):
    if key not in data:
        raise NotFound(key)
    if data[key] is None:
        raise Invalid(f"{key} is invalid")
    return data[key]
data = {"a": 1, "b": None}
for k in ["a", "b", "c"]:
    try:
        print(find(k, data))
    except NotFound as e:
        print("NotFound", e.code, e.what, e, isinstance(e, AppError))
    except ValueError as e:
        print("ValueError", type(e).__name__, e.code, e, type(e).__mro__[1].__name__)
class Resource:
    def __init__(self, fail):
        if fail:
            raise RuntimeError("construction failed")
        self.ok = True
for fail in (False, True):
    try:
        r = Resource(fail)
        print("built", r.ok)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    raise NotFound
except TypeError as e:
    print("TypeError:", e)
errors = []
for exc_type in (KeyError, IndexError, ZeroDivisionError, AttributeError):
    try:
        raise exc_type("x")
    except LookupError as e:
        errors.append(("lookup", type(e).__name__))
    except ArithmeticError as e:
        errors.append(("arith", type(e).__name__))
    except Exception as e:
        errors.append(("other", type(e).__name__))
print(errors)
