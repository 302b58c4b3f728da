# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
class CM:
    def __enter__(self):
        return 1 / 0
    def __exit__(self, *a): pass
with CM() as c:
    pass
