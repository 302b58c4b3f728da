# features: [import, import-main]
# stages: [run]
# The __main__ module of a script: its attributes, sys.path[0], sys.modules['__main__'].
import sys, os
print(__name__, __spec__, __package__, __doc__)
print(os.path.basename(__file__), os.path.isabs(__file__))
print(sys.path[0] == os.path.dirname(os.path.abspath(__file__)))
print(sys.modules["__main__"].__dict__ is globals())
print(type(__builtins__).__name__, __builtins__ is sys.modules["builtins"])
print(sorted(k for k in globals() if k.startswith("__")))
print(sys.argv[0].endswith("main_module.py"))
if __name__ == "__main__":
    print("run as a script")
