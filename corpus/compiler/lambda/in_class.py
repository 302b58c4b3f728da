# features: [lambda]
# stages: [tokens, ast, dis]
class C:
    f = lambda self: self
