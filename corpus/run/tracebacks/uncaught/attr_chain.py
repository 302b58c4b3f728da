# features: [tracebacks, uncaught-exception]
# stages: [run]
class A:
    pass
a = A()
a.b = A()
print(a.b.c.d)
