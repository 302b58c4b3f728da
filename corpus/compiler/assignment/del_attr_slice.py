# features: [assignment]
# stages: [tokens, ast, dis]
class C: pass
C.x = 1
del C.x
l = [1, 2]
del l[:1]
