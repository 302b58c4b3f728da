# features: [classic]
# stages: [tokens, ast, dis, run]
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self
print(Counter().inc().inc().n)
