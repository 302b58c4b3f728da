# features: [tracebacks, uncaught-exception]
# stages: [run]
class T:
    @property
    def temp(self):
        return self._t
print(T().temp)
