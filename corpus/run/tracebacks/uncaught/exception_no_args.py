# features: [tracebacks, uncaught-exception]
# stages: [run]
class Empty(Exception):
    pass
raise Empty
