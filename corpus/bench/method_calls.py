# features: [bench, classes, method-calls]
# stages: [run]
# flags: [slow]
class Counter:
    def __init__(self):
        self.value = 0
    def inc(self):
        self.value += 1
        return self
    def add(self, n):
        self.value += n
    def get(self):
        return self.value

class Sub(Counter):
    def inc(self):
        super().inc()
        return self
    def double(self):
        self.add(self.get())

c = Counter()
s = Sub()
for i in range(2400000):
    c.inc()
    c.add(i & 3)
    s.inc()
    if i % 100000 == 0:
        s.double()
print(c.get(), s.get())
