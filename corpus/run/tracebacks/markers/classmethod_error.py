# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
class F:
    @classmethod
    def build(cls, n):
        return cls.parts[n]
F.build(1)
