# features: [tracebacks, uncaught-exception]
# stages: [run]
class P:
    pass
p = P()
print(p.missing)
