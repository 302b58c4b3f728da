# features: [augassign]
# stages: [tokens, ast, dis]
x = 10
x /= 4
class M:
    def __imatmul__(self, o): return self
m = M()
m @= m
