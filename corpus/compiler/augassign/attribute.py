# features: [augassign]
# stages: [tokens, ast, dis]
class C: pass
c = C()
c.n = 0
c.n += 5
