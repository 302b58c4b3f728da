# features: [import, import-star]
# stages: [run]
# `from x import *` takes __all__ (importing submodules it names) or else the public names.
from starpkg import *
print(public_a, sub_mod.X)
print("public_b" in dir(), "_hidden" in dir())
from starpkg.noall import *
print(alpha, gamma.__name__, Delta.__name__, "_beta" in dir(), "_sys" in dir())
import starpkg
starpkg.__all__ = ["public_a", 5]
try:
    from starpkg import *
except TypeError as e:
    print("TypeError:", e)
starpkg.__all__ = ["missing_name"]
try:
    from starpkg import *
except AttributeError as e:
    print("AttributeError:", e)
