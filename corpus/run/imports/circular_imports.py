# features: [import, import-circular]
# stages: [run]
# Circular imports: a partially initialized module is visible, with CPython's messages when a name is missing.
import circ.a
print(circ.a.A, circ.b.B)
try:
    import circ.c
except ImportError as e:
    print(type(e).__name__, str(e).split(" (/")[0], e.name)
import sys
print("circ.c" in sys.modules, "circ.d" in sys.modules)
