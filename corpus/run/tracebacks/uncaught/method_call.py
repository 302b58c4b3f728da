# features: [tracebacks, uncaught-exception]
# stages: [run]
class Acc:
    def __init__(self):
        self.items = []
    def top(self):
        return self.items[-1]
Acc().top()
