# features: [attribute]
# stages: [tokens, ast, dis]
def f(o):
    return o.m(1, k=2)
