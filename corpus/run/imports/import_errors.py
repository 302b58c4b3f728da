# features: [import, import-errors]
# stages: [run]
# ImportError and ModuleNotFoundError messages and attributes, as import.c and importlib word them.
import sys
def show(e):
    print(type(e).__name__, "|", str(e).split(" (/")[0], "|", e.name, "|", e.path is None)
for stmt in ["import no_such_module_xyz", "import errpkg.nope", "from errpkg import nope",
             "import sys.nope", "import errpkg.chain", "from . import x", "from .. import y",
             "import errpkg.bad", "import errpkg.bad"]:
    try:
        exec(stmt, {"__name__": "__main__"})
    except ImportError as e:
        show(e)
    except ValueError as e:
        print("ValueError", e)
print("errpkg.bad" in sys.modules, "errpkg.chain" in sys.modules)
for args in [("",), ("x", None, None, None, -1), (5,)]:
    try:
        __import__(*args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    exec("from .. import y", {"__package__": "errpkg", "__name__": "errpkg.m"})
except ImportError as e:
    print(e)
sys.modules["blocked_mod"] = None
try:
    import blocked_mod
except ModuleNotFoundError as e:
    show(e)
