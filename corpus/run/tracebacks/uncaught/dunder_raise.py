# features: [tracebacks, uncaught-exception]
# stages: [run]
class V:
    def __add__(self, other):
        raise ArithmeticError('no add')
V() + V()
