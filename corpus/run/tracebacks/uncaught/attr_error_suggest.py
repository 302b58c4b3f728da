# features: [tracebacks, uncaught-exception]
# stages: [run]
class P:
    def __init__(self):
        self.value = 1
p = P()
print(p.valeu)
