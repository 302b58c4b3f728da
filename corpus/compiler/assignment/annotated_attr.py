# features: [assignment]
# stages: [tokens, ast, dis]
class C: pass
C.x: int = 1
