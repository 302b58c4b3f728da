# features: [import, stdlib-traceback]
# stages: [run]
# flags: [needs-stdlib]
import traceback
def inner():
    raise ValueError("bad value")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    lines = traceback.format_exception_only(type(e), e)
    print(lines)
    tb = traceback.extract_tb(e.__traceback__)
    print([(f.name, f.lineno) for f in tb])
    print(len(traceback.format_exception(e)) > 1)
    print(traceback.format_exc().splitlines()[-1])
stack = traceback.extract_stack()
print(stack[-1].name, stack[-1].lineno)
print(traceback.format_exception_only(KeyError, KeyError("k")))
