# features: [import, import-relative, import-package]
# stages: [run]
# Packages with __init__.py, relative imports at one and two levels, and the module attributes they set.
import sys
import relpkg
print(relpkg.LEAF_VALUE, relpkg.leaf.deep.WHERE, relpkg.sub.deep.VALUE)
import relpkg.sub.deep as d
print(d.__name__, d.__package__, d.__spec__.name, d.__spec__.parent)
print(d.__file__.endswith("relpkg/sub/deep.py"), d.__spec__.origin == d.__file__)
print(relpkg.__path__[0].endswith("relpkg"), relpkg.__spec__.submodule_search_locations == relpkg.__path__)
print(d.sibling.NAME, "relpkg.sub.sibling" in sys.modules)
print(type(d.__loader__).__name__, type(d.__spec__).__name__)
print(sorted(k for k in sys.modules if k.startswith("relpkg")))
import relpkg.sub
print(relpkg.sub is sys.modules["relpkg.sub"], relpkg.sub.deep is d)
m = __import__("relpkg.sub.deep")
print(m is relpkg)
m = __import__("relpkg.sub.deep", fromlist=["x"])
print(m is d)
m = __import__("deep", globals={"__package__": "relpkg.sub", "__name__": "relpkg.sub.x"}, level=1)
print(m is d)
m = __import__("", globals={"__package__": "relpkg.sub", "__name__": "relpkg.sub.x"}, fromlist=["deep"], level=2)
print(m is relpkg)
