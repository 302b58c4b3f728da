# features: [tracebacks, uncaught-exception]
# stages: [run]
class Base:
    def area(self):
        raise NotImplementedError('subclass must implement')
Base().area()
