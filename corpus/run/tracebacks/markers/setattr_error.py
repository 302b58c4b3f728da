# features: [tracebacks, uncaught-exception, caret-markers]
# stages: [run]
class S:
    __slots__ = ('a',)
s = S()
s.b = 1
