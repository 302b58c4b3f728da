# features: [realworld, stdlib-warnings, sys-exit]
# stages: [run]
# flags: [needs-stdlib]
import warnings, sys

def old_api(x):
    warnings.warn("old_api is deprecated, use new_api", DeprecationWarning, stacklevel=2)
    return x * 2
def risky():
    warnings.warn("something odd")
    warnings.warn("careful", RuntimeWarning)
    warnings.warn("careful", RuntimeWarning)
print(old_api(2))
risky()
warnings.simplefilter("always")
print(old_api(3))
risky()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    old_api(1)
    warnings.warn("user", UserWarning)
    print([(x.category.__name__, str(x.message)) for x in w])
warnings.filterwarnings("error", category=UserWarning)
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised:", e)
warnings.resetwarnings()
warnings.filterwarnings("ignore", message="quiet.*")
warnings.warn("quiet please")
warnings.warn("loud", FutureWarning)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "line of code"), end="")
class MyWarning(Warning): pass
warnings.warn_explicit("explicit", MyWarning, "mod.py", 42)
print("exiting", file=sys.stderr)
sys.exit(3)
