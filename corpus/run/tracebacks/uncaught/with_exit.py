# features: [tracebacks, uncaught-exception]
# stages: [run]
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *exc):
        print('exit', exc[0].__name__)
        return False
with CM():
    raise LookupError('inside')
